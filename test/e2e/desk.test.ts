/// <reference lib="dom" />
// End to end, in Chromium against the app as `npm start` serves it, the support desk of seed 001
// (docs/support-desk.md): 北洋銀行's staff registers a case and reports it to the center; the center hands
// it on to ノーステック財団, which records support; the public summary then counts it as 新規 in its
// quarter (2019 Q1); support the next year makes it 継続 in 2020, and 2021 without support is flagged
// (フォローアップ未実施). 北海道銀行's staff does not see the case in its list, and its page says it cannot
// be shown (the API's 403). Each page is looked at with axe, and photographed at 1366 and 390 px.
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type RunningApp,
  launchBrowser,
  screenshot,
  seriousViolations,
  startApp,
} from "../support/app-server.ts";

const ADMIN = { email: "admin@example.jp", password: "admin-password-1" };
const PASSWORD = "supporter-pass-1";
const PLAN = "hokkaido-kita-monozukuri-support";
const COMPANY = "株式会社十勝テスト食品";
const STAFF = {
  bank: "北洋銀行",
  center: "ものづくり支援センター",
  noastec: "ノーステック財団",
  dogin: "北海道銀行",
} as const;
type Staff = keyof typeof STAFF;

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  app = await startApp({ HYOKA_ADMIN_EMAIL: ADMIN.email, HYOKA_ADMIN_PASSWORD: ADMIN.password });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await app?.stop();
});

const origin = () => new URL(app.url).origin;

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1366, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

async function signIn(page: Page, email: string, password: string) {
  const res = await page.request.post(`${origin()}/api/auth/sign-in/email`, {
    headers: { Origin: origin() },
    data: { email, password },
  });
  expect(res.status()).toBe(200);
}

/** axe, then screenshots at 1366 and 390 px. */
async function review(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  await screenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 900 });
}

const section = (page: Page, name: string): Locator => page.getByRole("region", { name, exact: true });

async function route(page: Page, kind: string, fill: (form: Locator) => Promise<void> = async () => {}) {
  const form = section(page, "回付する");
  await form.getByLabel("回付の種類").selectOption({ label: kind });
  await fill(form);
  await form.getByRole("button", { name: "回付を記録する" }).click();
  await expect
    .poll(() => section(page, "回付の記録").getByRole("cell", { name: kind }).count())
    .toBeGreaterThan(0);
}

async function recordSupport(page: Page, date: string, kind: string) {
  const form = section(page, "支援を記録する");
  await form.getByLabel("支援の日").fill(date);
  await form.getByLabel("支援の種類").selectOption({ label: kind });
  await form.getByRole("button", { name: "支援を記録する" }).click();
  await expect.poll(() => section(page, "支援の記録").getByRole("rowheader", { name: date }).count()).toBe(1);
}

describe("the support desk in Chromium", () => {
  const pages = {} as Record<Staff, Page>;
  let casePath = "";

  it("the staff of the organizations sign in", async () => {
    const admin = await newPage();
    await signIn(admin, ADMIN.email, ADMIN.password);
    for (const [who, organization] of Object.entries(STAFF)) {
      const res = await admin.request.post(`${origin()}/api/admin/users`, {
        headers: { Origin: origin() },
        data: {
          email: `${who}@example.jp`,
          name: who,
          password: PASSWORD,
          grants: [{ role: "supporter", organization }],
        },
      });
      expect(res.status()).toBe(201);
      pages[who as Staff] = await newPage();
      await signIn(pages[who as Staff], `${who}@example.jp`, PASSWORD);
    }
  }, 60_000);

  it("the bank registers a case and reports it to the center", async () => {
    const page = pages.bank;
    await page.goto(`${origin()}/plans/${PLAN}`);
    await page.getByRole("link", { name: /相談窓口の支援件数/ }).click();
    await page.getByRole("heading", { level: 1, name: /相談窓口の支援件数/ }).waitFor();
    await page.getByRole("link", { name: /相談案件の一覧/ }).click();
    await page.getByRole("heading", { level: 1, name: "相談案件" }).waitFor();
    await review(page, "desk-cases-empty");

    const form = section(page, "案件の登録");
    await form.getByRole("button", { name: "登録する" }).click();
    await expect.poll(() => form.getByText("赤で示した項目を直してください").count()).toBe(1);

    await form.getByLabel("企業名").fill(COMPANY);
    await form.getByLabel("市町村（別紙の基本計画）").selectOption("帯広市");
    await form.getByLabel("事業分野").selectOption({ label: "食料品製造関連" });
    await form.getByLabel("段階").selectOption({ index: 2 });
    await form.getByLabel("承認を受けた地域経済牽引事業計画の事業").check();
    await form.getByLabel("相談の内容").fill("長いもを使った新製品の殺菌工程について相談したい。");
    await form.getByLabel("受付日").fill("2019-05-20");
    await form.getByRole("button", { name: "登録する" }).click();
    await form.getByRole("status").getByText("登録しました").waitFor();
    await section(page, "案件の一覧").getByRole("link", { name: COMPANY }).waitFor();
    await review(page, "desk-cases");

    await form.getByRole("link", { name: "登録した案件を開く" }).click();
    await page.getByRole("heading", { level: 1, name: `相談案件: ${COMPANY}` }).waitFor();
    casePath = new URL(page.url()).pathname;
    await route(page, "センターへ報告");
    await review(page, "desk-case-reported");
  }, 120_000);

  it("the center hands it on to ノーステック財団, which records support", async () => {
    const center = pages.center;
    await center.goto(`${origin()}${casePath}`);
    await route(center, "他の機関へ引継ぎ", async (form) => {
      await form.getByLabel("引継ぎ先（計画の支援機関）").selectOption({ label: "ノーステック財団" });
      await form.getByLabel("理由").fill("食品の殺菌技術の相談のため");
    });
    const noastec = pages.noastec;
    await noastec.goto(`${origin()}${casePath}`);
    await recordSupport(noastec, "2019-06-10", "技術支援");
    const years = section(noastec, "計画年度ごとの状態");
    await expect.poll(() => years.getByRole("row", { name: /(2019|令和元)年度.*新規/ }).count()).toBe(1);
    await review(noastec, "desk-case-supported");
  }, 120_000);

  it("the public summary counts it as 新規 in 2019 Q1", async () => {
    const page = await newPage();
    await page.goto(`${origin()}/plans/${PLAN}/desk`);
    await page.getByRole("heading", { level: 1, name: /相談窓口の支援件数/ }).waitFor();
    const planYears = page.getByRole("table", { name: /計画年度ごとの支援件数/ });
    await expect
      .poll(() => planYears.getByRole("row").nth(2).innerText())
      .toMatch(/(2019|令和元)年度\s+20\s+1\s+0\s+1/);
    await page.getByLabel("年度", { exact: true }).selectOption("2019");
    const quarters = page.getByRole("table", { name: /の四半期ごとの件数/ });
    await quarters.waitFor();
    const row = quarters.getByRole("row", { name: /ノーステック財団/ });
    // 第1四半期 新規 1, everything else 0.
    await expect
      .poll(() => row.getByRole("cell").allInnerTexts())
      .toEqual(["食料品製造関連", "1", "0", "0", "0", "0", "0", "0", "0"]);
    expect(await page.content()).not.toContain(COMPANY);
    await review(page, "desk-summary");
  }, 120_000);

  it("the next fiscal year it is 継続, and a year with no support is flagged", async () => {
    const noastec = pages.noastec;
    await noastec.goto(`${origin()}${casePath}`);
    await recordSupport(noastec, "2020-08-05", "助言");
    const years = section(noastec, "計画年度ごとの状態");
    await expect.poll(() => years.getByRole("row", { name: /(2020|令和2)年度.*継続/ }).count()).toBe(1);
    await expect
      .poll(() => years.getByRole("row", { name: /(2021|令和3)年度.*フォローアップ未実施/ }).count())
      .toBe(1);
  }, 60_000);

  it("ノーステック財団 confirms 2019 Q1 after a dialog that says it cannot be undone", async () => {
    const page = pages.noastec;
    await page.goto(`${origin()}/work/desk/${PLAN}`);
    const form = section(page, "四半期の件数の確定");
    await form.getByLabel("年度", { exact: true }).selectOption("2019");
    await form.getByLabel("四半期", { exact: true }).selectOption("1");
    await form.getByRole("button", { name: "確定する…" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByText("確定は取り消せません", { exact: false }).waitFor();
    await review(page, "desk-confirm-dialog");
    await dialog.getByRole("button", { name: "確定する（取り消せません）" }).click();
    await form
      .getByRole("status")
      .getByText(/件数を確定しました/)
      .waitFor();
    await review(page, "desk-cases-follow-ups");
  }, 60_000);

  it("another organization's staff does not see the case, and its page says it cannot be shown", async () => {
    const dogin = pages.dogin;
    await dogin.goto(`${origin()}/work/desk/${PLAN}`);
    await section(dogin, "案件の一覧").getByText("該当する案件はありません。").waitFor();
    await dogin.goto(`${origin()}${casePath}`);
    await dogin.getByRole("heading", { level: 1, name: "この案件は表示できません" }).waitFor();
    await review(dogin, "desk-case-forbidden");
  }, 60_000);
});
