/// <reference lib="dom" />
// The workbook page in Chromium against the app as `npm start` serves it (run `npm run build` first):
// from the cycle's dashboard to the page, download the department's workbook, upload it with an error
// (the error table names the cell), then corrected (the preview shows old → new), and apply.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type RunningApp,
  launchBrowser,
  screenshot,
  seriousViolations,
  startApp,
} from "../support/app-server.ts";
import { editWorkbook, enteredValues } from "./support.ts";

const ADMIN = { email: "admin@example.jp", password: "admin-password-1" };
const PASSWORD = "department-pass-1";
const PLAN = "hokkaido-sogo-keikaku";

let app: RunningApp;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  app = await startApp({ HYOKA_ADMIN_EMAIL: ADMIN.email, HYOKA_ADMIN_PASSWORD: ADMIN.password });
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), "hyoka-wb-page-"));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const origin = () => new URL(app.url).origin;

async function signedIn(email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const res = await page.request.post(`${origin()}/api/auth/sign-in/email`, {
    headers: { Origin: origin() },
    data: { email, password },
  });
  expect(res.status()).toBe(200);
  return page;
}

async function review(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  await screenshot(page, name);
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
}

describe("the workbook page in Chromium", () => {
  it("download, upload with an error, upload corrected, preview old → new, apply", async () => {
    const admin = await signedIn(ADMIN.email, ADMIN.password);
    const created = await admin.request.post(`${origin()}/api/admin/users`, {
      headers: { Origin: origin() },
      data: {
        email: "editor@example.jp",
        name: "産業振興課",
        password: PASSWORD,
        grants: [{ role: "editor", department: "産業振興課" }],
      },
    });
    expect(created.status()).toBe(201);
    const opened = await admin.request.post(`${origin()}/api/plans/${PLAN}/cycles`, {
      headers: { Origin: origin() },
      data: { fiscalYear: 2024 },
    });
    const cycleId = ((await opened.json()) as { id: number }).id;

    const editor = await signedIn("editor@example.jp", PASSWORD);
    await editor.goto(`${app.url}work/cycles/${cycleId}`);
    await editor.getByRole("link", { name: /ブックで一括入力/ }).click();
    await expect
      .poll(() => editor.getByRole("heading", { level: 1 }).textContent())
      .toBe("北海道総合計画 令和6年度 ブックで一括入力");
    const link = editor.getByRole("link", { name: "産業振興課 の入力用ブック（.xlsx）" });
    const href = await link.getAttribute("href");
    const downloaded = await (await editor.request.get(`${origin()}${href}`)).body();

    // With an error: nothing applied, the error table names the cell.
    const bad = join(dir, "bad.xlsx");
    writeFileSync(bad, await editWorkbook(downloaded, { "実績値!F5": "千二百" }));
    await editor.locator('input[type="file"]').setInputFiles(bad);
    await editor.getByRole("button", { name: "確認する" }).click();
    const errors = editor.getByRole("table", { name: /誤り 1 件/ });
    await expect.poll(() => errors.count()).toBe(1);
    expect(await errors.locator("tbody tr td").allTextContents()).toEqual([
      "実績値",
      "5",
      "F",
      "製造業の付加価値生産性（暦年） 2023年度 実績値: 数値で入力してください（単位: 万円）: 「千二百」",
    ]);
    await review(editor, "workbook-errors");

    // Corrected: the preview shows old → new; 「反映する」 applies it.
    const good = join(dir, "good.xlsx");
    writeFileSync(good, await editWorkbook(downloaded, { "実績値!F5": 1200 }));
    await editor.locator('input[type="file"]').setInputFiles(good);
    await editor.getByRole("button", { name: "確認する" }).click();
    const changes = editor.getByRole("table", { name: /変更 1 件/ });
    await expect.poll(() => changes.count()).toBe(1);
    expect(await changes.locator("tbody tr td").allTextContents()).toEqual([
      "実績値 5行 F列",
      "2(2)A_0505 製造業の付加価値生産性（暦年） 2023年度 実績値",
      "（空欄）",
      "→ 1200.0",
      "なし",
    ]);
    await review(editor, "workbook-preview");
    await editor.getByRole("button", { name: "反映する" }).click();
    await expect
      .poll(() => editor.getByRole("status").first().textContent())
      .toContain("1 件を反映しました。");
    const nodes = (await (await editor.request.get(`${origin()}/api/cycles/${cycleId}`)).json()) as {
      items: { nodeId: number; code: string }[];
    };
    const nodeId = nodes.items.find((i) => i.code === "2(2)A_0505")!.nodeId;
    const item = (await (
      await editor.request.get(`${origin()}/api/cycles/${cycleId}/items/${nodeId}`)
    ).json()) as {
      entries: Record<string, string>;
    };
    expect(Object.values(enteredValues(item.entries))).toEqual(["1200.0"]);
  }, 180_000);

  it("plan set-up: the administrator uploads the filled-in template, checks it and registers it", async () => {
    const admin = await signedIn(ADMIN.email, ADMIN.password);
    await admin.goto(`${app.url}work/plan-setup`);
    await expect.poll(() => admin.getByRole("heading", { level: 1 }).textContent()).toBe("計画設定ブック");
    const template = await admin
      .getByRole("link", { name: "計画設定ブックのひな形（.xlsx）" })
      .getAttribute("href");
    expect((await admin.request.get(`${origin()}${template}`)).status()).toBe(200);
    await admin
      .locator('input[type="file"]')
      .setInputFiles(fileURLToPath(new URL("../fixtures/workbook/plan-setup-sample.xlsx", import.meta.url)));
    await admin.getByRole("button", { name: "確認する" }).click();
    await expect
      .poll(() => admin.getByText("新規作成: サンプル市総合計画（sample-city-sogo）").count())
      .toBe(1);
    await review(admin, "plan-setup-preview");
    await admin.getByRole("button", { name: "登録する" }).click();
    await expect.poll(() => admin.getByRole("status").first().textContent()).toContain("計画を作成しました");
    await admin.getByRole("link", { name: "サンプル市総合計画" }).click();
    await expect
      .poll(() => admin.getByRole("heading", { level: 1 }).textContent())
      .toContain("サンプル市総合計画");
  }, 120_000);
});
