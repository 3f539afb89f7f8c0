/// <reference lib="dom" />
// End to end, in Chromium against the app as `npm start` serves it: a department editor enters the R5
// actual of 製造業の付加価値生産性 and sees its rate and grade recompute (1,200.0 ÷ 1,280.0 = 93.8% → Ｂ,
// from the published 82.6% → Ｃ), writes the analysis and submits; the evaluator returns it with a
// comment; the editor fixes it; the evaluator approves and publishes; an anonymous visitor then sees the
// published values; an editor of another department has no control and the API answers 403.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type RunningApp,
  launchBrowser,
  screenshot,
  seriousViolations,
  startApp,
} from "../support/app-server.ts";

const ADMIN = { email: "admin@example.jp", password: "admin-password-1" };
const PASSWORD = "department-pass-1";
const PLAN = "hokkaido-sogo-keikaku";
const XSS = "<script>window.__xss = 1</script>";

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

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

const origin = () => new URL(app.url).origin;

/** Signs in through the API in the page's context (setting up users is not what this test is about). */
async function apiSignIn(page: Page, email: string, password: string) {
  const res = await page.request.post(`${origin()}/api/auth/sign-in/email`, {
    headers: { Origin: origin() },
    data: { email, password },
  });
  expect(res.status()).toBe(200);
}

async function review(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  await screenshot(page, name);
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
}

describe("the evaluation cycle in Chromium", () => {
  it("enter, recompute, submit, return, fix, approve, publish; anonymous sees it; another department cannot", async () => {
    // Set-up by the administrator and the evaluator.
    const admin = await newPage();
    await apiSignIn(admin, ADMIN.email, ADMIN.password);
    const departments = (await (await admin.request.get(`${origin()}/api/departments`)).json()) as {
      departments: { name: string }[];
    };
    const other = departments.departments.find(
      (d) => !["産業振興課", "スタートアップ推進室"].includes(d.name),
    )!.name;
    for (const [email, grant] of [
      ["evaluator@example.jp", { role: "evaluator", plan: PLAN }],
      ["editor@example.jp", { role: "editor", department: "産業振興課" }],
      ["other@example.jp", { role: "editor", department: other }],
    ] as const) {
      const res = await admin.request.post(`${origin()}/api/admin/users`, {
        headers: { Origin: origin() },
        data: { email, name: email.split("@")[0], password: PASSWORD, grants: [grant] },
      });
      expect(res.status()).toBe(201);
    }
    await admin.goto(`${app.url}admin/users`);
    await expect.poll(() => admin.getByText("editor@example.jp").count()).toBeGreaterThan(0);
    await review(admin, "20-admin-users");

    const evaluator = await newPage();
    await apiSignIn(evaluator, "evaluator@example.jp", PASSWORD);
    await evaluator.goto(`${app.url}work`);
    await evaluator.getByLabel("評価年度（西暦）").fill("2024");
    await evaluator.getByLabel("計画", { exact: true }).selectOption(PLAN);
    await evaluator.getByRole("button", { name: "開く" }).click();
    await expect
      .poll(() => evaluator.getByRole("heading", { level: 1 }).textContent())
      .toContain("令和6年度 評価");
    const cycleUrl = evaluator.url();
    await review(evaluator, "21-cycle-dashboard");

    // The editor signs in through the form and finds the item.
    const editor = await newPage();
    await editor.goto(`${app.url}signin`);
    await review(editor, "22-sign-in");
    await editor.getByLabel("メールアドレス").fill("editor@example.jp");
    await editor.getByLabel("パスワード").fill(PASSWORD);
    await editor.getByRole("button", { name: "サインイン" }).click();
    await expect.poll(() => editor.getByRole("heading", { level: 1 }).textContent()).toBe("評価作業");
    await editor.getByRole("link", { name: "令和6年度" }).click();
    await editor.getByRole("link", { name: /2\(2\)A_0505/ }).click();
    await expect
      .poll(() => editor.getByRole("heading", { level: 1 }).textContent())
      .toContain("ものづくり産業の振興");
    const itemUrl = editor.url();
    const rate = () =>
      editor
        .getByTestId(/^rate-/)
        .first()
        .textContent();
    expect(await rate()).toContain("82.6");

    await editor.getByLabel(/^製造業の付加価値生産性\S* 令和5年度 中間目標値$/).fill("1,280.0");
    await editor.getByLabel(/^製造業の付加価値生産性\S* 令和5年度 実績値$/).fill("１２００．０");
    await editor.getByLabel("分析", { exact: true }).fill(`${XSS} 付加価値生産性は回復傾向。`);
    await editor.getByLabel("連携状況の判定").selectOption("○");
    await editor.getByLabel("緊急性・優先性の判定").selectOption("○");
    await editor.getByLabel("総合判定（案）").selectOption("概ね順調");
    await editor.getByRole("button", { name: /^保存/ }).click();
    await expect.poll(rate).toContain("93.8");
    expect(
      await editor
        .getByTestId(/^grade-/)
        .first()
        .textContent(),
    ).toContain("Ｂ");
    // The script typed into the analysis is shown as text and never runs.
    expect(await editor.getByLabel("分析", { exact: true }).inputValue()).toContain(XSS);
    expect(await editor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await review(editor, "23-item-entered");
    await editor.getByRole("button", { name: "提出する" }).click();
    await expect.poll(() => editor.getByText("提出済").count()).toBeGreaterThan(0);

    // Another department's editor: no control on the page, and the API refuses.
    const otherEditor = await newPage();
    await apiSignIn(otherEditor, "other@example.jp", PASSWORD);
    await otherEditor.goto(itemUrl);
    await expect
      .poll(() => otherEditor.getByRole("heading", { level: 1 }).textContent())
      .toContain("ものづくり");
    expect(await otherEditor.getByRole("button", { name: /^保存/ }).count()).toBe(0);
    expect(await otherEditor.getByLabel(/^製造業の付加価値生産性\S* 令和5年度 実績値$/).count()).toBe(0);
    const apiPath = new URL(itemUrl).pathname.replace("/work/", "/api/");
    const refused = await otherEditor.request.put(`${origin()}${apiPath}`, {
      headers: { Origin: origin() },
      data: { version: 99, changes: { analysis: "他課による変更" } },
    });
    expect(refused.status()).toBe(403);
    await review(otherEditor, "24-item-other-department");

    // The evaluator returns it with a comment.
    await evaluator.goto(itemUrl);
    await evaluator.getByLabel("差戻しのコメント").fill("今後の取組を分析に書いてください。");
    await evaluator.getByRole("button", { name: "差し戻す" }).click();
    await expect.poll(() => evaluator.getByText("差戻し", { exact: true }).count()).toBeGreaterThan(0);

    // The editor sees the comment, fixes the analysis and submits again.
    await editor.reload();
    await expect
      .poll(() => editor.getByText("今後の取組を分析に書いてください。").count())
      .toBeGreaterThan(0);
    await editor
      .getByLabel("分析", { exact: true })
      .fill("付加価値生産性は回復傾向。今後はデジタル化支援を強化する。");
    await editor.getByRole("button", { name: /^保存/ }).click();
    await expect.poll(() => editor.getByRole("button", { name: /^保存$/ }).count()).toBe(1);
    await editor.getByRole("button", { name: "提出する" }).click();
    await expect.poll(() => editor.getByText("提出済").count()).toBeGreaterThan(0);

    // The evaluator approves and publishes.
    await evaluator.reload();
    await evaluator.getByRole("button", { name: "承認する" }).click();
    await expect.poll(() => evaluator.getByText("承認済").count()).toBeGreaterThan(0);
    await review(evaluator, "25-item-approved");
    await evaluator.goto(cycleUrl);
    // Publishing asks first, in a dialog that says what becomes final.
    await evaluator.getByRole("button", { name: "公表する…" }).click();
    await evaluator.getByRole("button", { name: "公表する（取り消せません）" }).click();
    await expect.poll(() => evaluator.getByText("公表しました。").count()).toBe(1);

    // An anonymous visitor sees the published values on the measure's page.
    const visitor = await newPage();
    await visitor.goto(app.url);
    await visitor.getByRole("link", { name: "北海道総合計画" }).first().click();
    await visitor.getByRole("button", { name: "すべて開く" }).click();
    await visitor
      .getByRole("link", { name: /2\(2\)A_0505/ })
      .first()
      .click();
    await expect.poll(() => visitor.locator("main").innerText()).toContain("93.8");
    const text = await visitor.locator("main").innerText();
    expect(text).toContain("概ね順調");
    expect(await visitor.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await review(visitor, "26-measure-published");
  });
});
