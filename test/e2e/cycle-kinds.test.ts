/// <reference lib="dom" />
// End to end in Chromium, for the two kinds of plan whose yearly form is not the 基本評価調書's: a
// department editor fills in the item page as that plan's form asks, submits; the evaluator approves and
// publishes; the report regenerated for the new year shows what was entered.
// - 004 (進捗状況, sapporo-sangyo-vision, 令和5年度): on the initiative that holds 道外からの年間観光客数,
//   札幌での夜間観光の満足度 and スノーリゾート推進計画策定 (seed 004 lines 60–66): an estimate with an
//   "as of" note, a status with a note, a milestone, each program's 内容 and a 決算見込額.
// - 003 (推進状況, hokkaido-sousei, 令和元年度): a theme's 取組概要, a related program's budget and 取組状況.
// The other items of each year are approved through the API (they are not what this test is about).
import type { Browser, BrowserContext, Page } from "playwright-core";
import { parse } from "csv-parse/sync";
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

let app: RunningApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: Page;

const origin = () => new URL(app.url).origin;

async function newPage(width = 1366): Promise<Page> {
  const context = await browser.newContext({ locale: "ja-JP", viewport: { width, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

async function apiSignIn(page: Page, email: string, password: string) {
  const res = await page.request.post(`${origin()}/api/auth/sign-in/email`, {
    headers: { Origin: origin() },
    data: { email, password },
  });
  expect(res.status()).toBe(200);
}

async function api<T>(method: "GET" | "POST" | "PUT", path: string, data?: unknown): Promise<T> {
  const res = await admin.request.fetch(`${origin()}${path}`, {
    method,
    headers: { Origin: origin() },
    ...(data === undefined ? {} : { data }),
  });
  expect(res.status(), `${method} ${path}: ${await res.text()}`).toBeLessThan(300);
  return (await res.json()) as T;
}

interface Item {
  version: number;
  status: string;
  node: { id: number; name: string };
  departments: { id: number; name: string }[];
  form: { required: string[] };
  indicators: { id: number; name: string }[];
  programs: { id: number; name: string; relisted: boolean; closed: string[] }[];
}

/** Every item of the cycle but `except` gets what its form requires, and is submitted and approved. */
async function approveTheRest(cycleId: number, except: number) {
  const dashboard = await api<{ items: { nodeId: number; status: string }[] }>(
    "GET",
    `/api/cycles/${cycleId}`,
  );
  for (const { nodeId } of dashboard.items.filter((i) => i.nodeId !== except && i.status !== "approved")) {
    const base = `/api/cycles/${cycleId}/items/${nodeId}`;
    let item = await api<Item>("GET", base);
    if (item.form.required.includes("content/*") && item.programs.length)
      item = await api<Item>("PUT", base, {
        version: item.version,
        changes: Object.fromEntries(
          item.programs
            .filter((p) => !p.closed.includes("content"))
            .map((p) => [`content/${p.id}`, "継続して実施"]),
        ),
      });
    item = await api<Item>("POST", `${base}/submit`, { version: item.version });
    await api<Item>("POST", `${base}/approve`, { version: item.version });
  }
}

/**
 * Whoever enters the item's values, signed in, on the item page: an editor of its department, or — when
 * the document names no department for it (the seeds 003 and 004 print none) — the plan's evaluator.
 */
async function editorOn(cycleId: number, plan: string, item: Item, email: string): Promise<Page> {
  const department = item.departments[0]?.name;
  const grant = department ? { role: "editor", department } : { role: "evaluator", plan };
  const res = await admin.request.post(`${origin()}/api/admin/users`, {
    headers: { Origin: origin() },
    data: { email, name: email.split("@")[0], password: PASSWORD, grants: [grant] },
  });
  expect(res.status(), await res.text()).toBe(201);
  const editor = await newPage();
  await apiSignIn(editor, email, PASSWORD);
  await editor.goto(`${app.url}work/cycles/${cycleId}/items/${item.node.id}`);
  await expect.poll(() => editor.getByRole("heading", { level: 1 }).textContent()).toContain(item.node.name);
  return editor;
}

async function submitInUi(editor: Page, name: string) {
  await editor.getByRole("button", { name: /^保存/ }).click();
  await expect.poll(() => editor.getByRole("button", { name: /^保存$/ }).count()).toBe(1);
  await editor.waitForLoadState("networkidle");
  await screenshot(editor, name);
  expect(await seriousViolations(editor), `axe on ${name}`).toEqual([]);
  await editor.getByRole("button", { name: "提出する" }).click();
  await expect.poll(() => editor.getByText("提出済").count()).toBeGreaterThan(0);
}

async function approveAndPublish(cycleId: number, nodeId: number) {
  const base = `/api/cycles/${cycleId}/items/${nodeId}`;
  const item = await api<Item>("GET", base);
  expect(item.status).toBe("submitted");
  await api<Item>("POST", `${base}/approve`, { version: item.version });
  await approveTheRest(cycleId, nodeId);
  await api("POST", `/api/cycles/${cycleId}/publish`);
}

/** The report's CSV as anyone downloads it, parsed into records by header. */
async function reportCsv(query: string): Promise<Record<string, string>[]> {
  const visitor = await newPage();
  const res = await visitor.request.get(`${origin()}/api/reports/${query}`);
  expect(res.status(), await res.text()).toBe(200);
  return parse(await res.body(), { bom: true, columns: true }) as Record<string, string>[];
}

beforeAll(async () => {
  app = await startApp({ HYOKA_ADMIN_EMAIL: ADMIN.email, HYOKA_ADMIN_PASSWORD: ADMIN.password });
  browser = await launchBrowser();
  admin = await newPage();
  await apiSignIn(admin, ADMIN.email, ADMIN.password);
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close();
  await browser?.close();
  await app?.stop();
});

describe("each kind of plan's yearly form in Chromium", () => {
  it("004 進捗状況: an estimate with a note, a status, a milestone, 内容 and 決算見込額", async () => {
    const cycle = await api<{ id: number }>("POST", "/api/plans/sapporo-sangyo-vision/cycles", {
      fiscalYear: 2023,
    });
    const dashboard = await api<{ items: { nodeId: number; name: string }[] }>(
      "GET",
      `/api/cycles/${cycle.id}`,
    );
    const target = dashboard.items.find((i) => i.name.startsWith("道内外の都市と連携し"))!;
    const item = await api<Item>("GET", `/api/cycles/${cycle.id}/items/${target.nodeId}`);
    const editor = await editorOn(cycle.id, "sapporo-sangyo-vision", item, "vision@example.jp");
    // No 総合判定 is asked for by the city's form.
    expect(await editor.getByLabel("総合判定（案）").count()).toBe(0);

    const year = "令和5年度";
    const visitors = /^道外からの年間観光客数\S* /;
    await editor.getByLabel(new RegExp(`${visitors.source}${year} 実績値$`)).fill("1,310");
    await editor.getByLabel(new RegExp(`${visitors.source}${year} 見込み値$`)).selectOption("1");
    await editor.getByLabel(new RegExp(`${visitors.source}${year} 備考$`)).fill("※R6.3末時点");
    const night = /^札幌での夜間観光の満足度\S* /;
    await editor.getByLabel(new RegExp(`${night.source}${year} 状況$`)).selectOption("調査未実施");
    await editor.getByLabel(new RegExp(`${night.source}${year} 備考$`)).fill("隔年調査のため");
    await editor.getByLabel(`スノーリゾート推進計画策定 ${year} 段階`).selectOption("実施");
    // 観光資源発掘・魅力創出事業 ended with R3 (line 65): its row takes nothing and says so.
    const ended = item.programs.find((p) => p.name === "観光資源発掘・魅力創出事業")!;
    expect(ended.closed).toContain("content");
    expect(await editor.getByLabel(`${ended.name} 内容`).count()).toBe(0);
    await expect.poll(() => editor.getByText("令和3年度をもって終了").count()).toBeGreaterThan(0);
    for (const p of item.programs.filter((x) => !x.relisted && !x.closed.includes("content")))
      await editor.getByLabel(`${p.name} 内容`).fill(`${p.name}の令和5年度の取組`);
    await editor.getByLabel("スノーリゾート推進事業 決算見込額（千円）").fill("12,345");
    await submitInUi(editor, "30-item-vision-entered");
    await approveAndPublish(cycle.id, item.node.id);

    const rows = await reportCsv("vision-progress?plan=sapporo-sangyo-vision&year=2023&format=csv");
    const row = (program: string) => rows.find((r) => r["事業名"] === program && !r["再掲"])!;
    expect(row("広域連携による観光振興事業")["R5 内容"]).toBe("広域連携による観光振興事業の令和5年度の取組");
    expect(row("スノーリゾート推進事業")).toMatchObject({
      指標: "スノーリゾート推進計画策定",
      "R5 実績": "実施",
      "R5 内容": "スノーリゾート推進事業の令和5年度の取組",
      "R5 決算見込額（千円）": "12345",
    });
    const estimateRow = rows.find((r) => r["指標"]?.startsWith("道外からの年間観光客数"))!;
    expect(estimateRow["R5 実績"]).toBe("1310（見込み値） ※R6.3末時点");
    const statusRow = rows.find((r) => r["指標"]?.startsWith("札幌での夜間観光の満足度"))!;
    expect(statusRow["R5 実績"]).toBe("調査未実施（隔年調査のため）");
  });

  it("003 推進状況: a theme's 取組概要, a program's budget and 取組状況", async () => {
    const cycle = await api<{ id: number }>("POST", "/api/plans/hokkaido-sousei/cycles", {
      fiscalYear: 2019,
    });
    const dashboard = await api<{ items: { nodeId: number; name: string }[] }>(
      "GET",
      `/api/cycles/${cycle.id}`,
    );
    let item: Item | undefined;
    for (const i of dashboard.items) {
      const candidate = await api<Item>("GET", `/api/cycles/${cycle.id}/items/${i.nodeId}`);
      if (candidate.programs.some((p) => !p.relisted)) {
        item = candidate;
        break;
      }
    }
    const program = item!.programs.find((p) => !p.relisted)!;
    const editor = await editorOn(cycle.id, "hokkaido-sousei", item!, "sousei@example.jp");
    expect(await editor.getByLabel("総合判定（案）").count()).toBe(0);
    await editor.getByLabel("本年度の主な取組概要").fill("令和元年度は移住相談窓口を拡充した。");
    await editor.getByLabel(`${program.name} 予算額（千円）`).fill("4,321");
    await editor.getByLabel(`${program.name} 取組状況`).fill("相談件数が前年度を上回った。");
    await submitInUi(editor, "31-item-sousei-entered");
    await approveAndPublish(cycle.id, item!.node.id);

    const rows = await reportCsv("sousei-progress?plan=hokkaido-sousei&year=2019&format=csv&table=programs");
    expect(rows.find((r) => r["関連事業名"] === program.name && !r["再掲"])).toMatchObject({
      年度: "2019",
      "予算（千円）": "4321",
      取組状況: "相談件数が前年度を上回った。",
    });
  });
});
