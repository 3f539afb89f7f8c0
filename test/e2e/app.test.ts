/// <reference lib="dom" />
// End to end: the built app served as `npm start` serves it, in Debian's Chromium. Each page is checked
// with axe-core (no serious or critical violations) and saved as a screenshot under test-results/.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type RunningApp,
  launchBrowser,
  screenshot,
  seriousViolations,
  startApp,
} from "../support/app-server.ts";

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  page = await browser.newPage({ locale: "ja-JP", viewport: { width: 1280, height: 900 } });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Checks the page as it stands: accessible, and saved for a person to look at. */
async function review(name: string) {
  await page.waitForLoadState("networkidle");
  await screenshot(page, name);
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
}

describe("in Chromium", () => {
  it("home → plan → measure 2(2)A_0505, by links", async () => {
    await page.goto(app.url);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "計画の一覧" }).count()).toBe(1);
    await review("01-home");

    await page.getByRole("link", { name: "北海道総合計画" }).first().click();
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "北海道総合計画" }).count()).toBe(1);
    await page.getByRole("button", { name: "すべて開く" }).click();
    await review("02-plan");

    await page
      .getByRole("link", { name: /2\(2\)A_0505/ })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("高い付加価値を生み出すものづくり産業の振興");
    const text = await page.locator("main").innerText();
    expect(text).toContain("やや遅れている");
    expect(text).toContain("82.6");
    expect(text).toContain("341,003");
    await review("03-measure");
  });

  it("製造業の付加価値生産性: its values and grade", async () => {
    await page
      .getByRole("link", { name: /製造業の付加価値生産性/ })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("製造業の付加価値生産性");
    const text = await page.locator("main").innerText();
    for (const figure of [
      "1,057.2",
      "1,025.0",
      "991.0",
      "1,280.0",
      "82.6",
      "77.3",
      "Ｃ",
      "北海道創生総合戦略",
    ]) {
      expect(text).toContain(figure);
    }
    await review("04-indicator");
  });

  it("switches the years between 和暦 and western", async () => {
    expect(await page.locator("main").innerText()).toContain("令和2年");
    await page.getByText("西暦", { exact: true }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("2020年");
    // Document texts keep their own wording ("令和2年の…内訳"); the figures' years follow the switch.
    const values = page.getByRole("table", { name: /の実績値等/ });
    expect(await values.innerText()).toContain("2020年");
    expect(await values.innerText()).not.toContain("令和2年");
    await screenshot(page, "05-indicator-western");
    await page.reload();
    await expect.poll(() => page.locator("main").innerText()).toContain("2020年");
    await page.getByText("和暦", { exact: true }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("令和2年");
  });

  it("a 再掲 program from 004 shows every node it serves", async () => {
    const res = await page.request.get(
      `${app.url}api/search?type=program&q=${encodeURIComponent("健康医療バイオ産業支援事業")}`,
    );
    const { hits } = (await res.json()) as { hits: { id: string; title: string }[] };
    const hit = hits.find((h) => h.title === "健康医療バイオ産業支援事業")!;
    await page.goto(`${app.url}programs/${hit.id}`);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toContain("健康医療バイオ産業支援事業");
    const table = page.getByRole("table", { name: /掲載されている施策等/ });
    const rows = await table.locator("tbody tr").allInnerTexts();
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((r) => r.includes("【再掲】")).length).toBe(rows.length - 1);
    await review("06-program-relisted");
  });

  it("serves the built assets compressed and cacheable for good (hashed names)", async () => {
    const html = await (await fetch(app.url)).text();
    const asset = /\/assets\/[^"]+\.js/.exec(html)![0];
    const res = await fetch(new URL(asset, app.url), { headers: { "Accept-Encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("searches in full-width text", async () => {
    await page.goto(`${app.url}search`);
    await page.getByLabel("キーワード").fill("ＩＴ企業競争力");
    await page.getByRole("button", { name: "検索" }).click();
    await expect.poll(() => page.locator("main").innerText()).toContain("IT企業競争力強化促進事業");
    await review("07-search");
  });

  it.each([
    ["08-plan-sousei", "plans/hokkaido-sousei"],
    ["09-plan-sapporo", "plans/sapporo-sangyo-vision"],
    ["10-departments", "departments"],
    ["10-department", "departments/1"],
    ["11-check", "check"],
  ])("%s is accessible", async (name, path) => {
    await page.goto(`${app.url}${path}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).count()).toBe(1);
    await review(name);
  });

  it("is usable by keyboard: the first Tab reaches the skip link, which moves to the main content", async () => {
    await page.goto(app.url);
    await expect.poll(() => page.getByRole("heading", { level: 1, name: "計画の一覧" }).count()).toBe(1);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("本文へ移動");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => location.hash)).toBe("#main");
  });
});
