// An estimate is shown as an estimate, a rate on it is provisional, and replacing it with a firm value
// is audited — on both databases. Seed 004 line 415 prints 札幌スタイル推進事業's R4 (2022) actual as
// 「300(見込み値)」 against the R4 target 300: 300 ÷ 300 = 100.0%, provisional. A firm 310 entered in
// the 令和5年度 cycle replaces it: 310 ÷ 300 = 103.33… → 103.3% (half-up, one decimal), no longer
// provisional; a later document stating 305 replaces it just as well.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emptyDocument } from "../../src/ingest/model.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { buildReport, parseReportRequest } from "../../src/reports/reports.ts";
import { renderReport } from "../../src/reports/render.ts";
import { createApp } from "../../src/server/app.ts";
import { importParsed } from "../../src/services/import-file.ts";
import { type Client, client, makeUser, signIn } from "../support/accounts.ts";
import { approveRemaining, TEST_EVALUATOR } from "../support/publish.ts";
import { importSeeds } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const PLAN = "sapporo-sangyo-vision";
const INDICATOR = "認証製品の年間売上高(百万円)";
const PROGRAM = "札幌スタイル推進事業";
const profiles = loadProfiles();
const admin = TEST_EVALUATOR;
type Row = Record<string, string>;

async function setUp(dialect: (typeof DIALECTS)[number]) {
  const store = await createTestStore(dialect);
  await importSeeds(store.db, ["004"]);
  const indicator = await store.db
    .selectFrom("indicators as i")
    .innerJoin("indicator_usages as u", "u.indicator_id", "i.id")
    .select(["i.id", "i.key", "u.node_id"])
    .where("i.name", "=", INDICATOR)
    .executeTakeFirstOrThrow();
  return { store, indicator };
}

const replacements = (rows: Row[]) => rows.filter((r) => r["操作"] === "replace-estimate");

for (const dialect of DIALECTS) {
  describe(`estimates and provisional rates on ${dialect}`, () => {
    let store: TestStore;
    let indicator: { id: number; key: string; node_id: number };
    let users: Record<"admin" | "evaluator", Client>;

    beforeAll(async () => {
      ({ store, indicator } = await setUp(dialect));
      const app = createApp(store, profiles, { auth: { secret: "test-secret-0123456789abcdef0123456789" } });
      await makeUser(store, "admin@example.jp", "admin");
      await makeUser(store, "evaluator@example.jp", "evaluator", { plan: PLAN });
      users = {
        admin: client(app, (await signIn(app, "admin@example.jp")).cookie),
        evaluator: client(app, (await signIn(app, "evaluator@example.jp")).cookie),
      };
    });
    afterAll(async () => store.cleanup());

    const auditRows = async () =>
      parse((await users.admin.get("/api/admin/audit.csv")).body as string, {
        columns: true,
        bom: true,
      }) as Row[];

    it("shows the estimate as one, and the rate on it as provisional: pages, documents, open data", async () => {
      const page = (await users.evaluator.get(`/api/indicators/${indicator.id}`)).body;
      expect(page.series.find((p: { period: { from: number } }) => p.period.from === 2022)).toMatchObject({
        value: "300",
        estimate: true,
      });
      expect(page.usages[0]).toMatchObject({
        actual: { value: "300", estimate: true },
        rate: "100.0",
        provisional: true,
      });
      const node = (await users.evaluator.get(`/api/nodes/${indicator.node_id}`)).body;
      expect(node.indicators[0]).toMatchObject({ rate: "100.0", provisional: true });

      // The 令和4年度 進捗状況: the figure as computed, marked, with the footnote; the CSV says why.
      const render = async (format: "csv" | "html" | "xlsx") => {
        const parsed = parseReportRequest(
          { kind: "vision-progress", planKey: PLAN, year: "2022", format },
          "api",
        );
        if (!parsed.ok) throw new Error(parsed.error.message);
        const built = await buildReport(store.db, profiles, parsed.request);
        if (!built.ok) throw new Error(built.error.message);
        return (await renderReport(built.model, format, { table: parsed.request.table! })).bytes;
      };
      const text = async (format: "csv" | "html") => new TextDecoder().decode(await render(format));
      const row = (parse(await text("csv"), { columns: true, bom: true }) as Row[]).find(
        (r) => r["事業名"] === PROGRAM,
      )!;
      expect(row).toMatchObject({
        "R4 実績": "300（見込み値）",
        "達成率（%）": "100.0",
        率の根拠: "見込み値（暫定）",
      });
      const html = await text("html");
      expect(html).toContain('100.0%<br><span class="mark">（暫定）</span>');
      expect(html).toContain("（暫定）: 見込み値に基づく暫定の率");
      // The workbook keeps the rate a number, shown with the mark, and ends with the footnote.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(await render("xlsx")) as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const head = ws.getRow(2).values as string[];
      const sheetRow = ws
        .getRows(3, ws.rowCount - 2)!
        .find((r) => r.getCell(head.indexOf("事業名")).value === PROGRAM)!;
      const rate = sheetRow.getCell(head.indexOf("達成率（%）"));
      expect([rate.value, rate.numFmt]).toEqual([100, '0.0"%（暫定）"']);
      expect(ws.getRow(ws.rowCount).getCell(1).value).toBe(
        "（暫定）: 見込み値に基づく暫定の率（確定した実績値に置き換わると計算し直す）",
      );

      const open = (await users.evaluator.get(`/api/opendata/indicator_results?plan=${PLAN}&limit=1000`))
        .body;
      const results = open.records.filter((r: { indicator_id: number }) => r.indicator_id === indicator.id);
      expect(results).toEqual([expect.objectContaining({ rate: "100.0", provisional: 1 })]);
      // Every other rate of the plan rests on a firm actual.
      expect(open.records.filter((r: { provisional: number }) => r.provisional === 1)).toHaveLength(1);
    });

    it("publishing a firm value replaces the estimate, and the audit trail records it once", async () => {
      const opened = await users.evaluator.send("POST", `/api/plans/${PLAN}/cycles`, { fiscalYear: 2023 });
      expect(opened.status).toBe(201);
      const path = `/api/cycles/${opened.body.id}/items/${indicator.node_id}`;
      const item = (await users.evaluator.get(path)).body;
      // Until published, the item page evaluates the entry: firm, so not provisional.
      const saved = await users.evaluator.send("PUT", path, {
        version: item.version,
        changes: {
          [`actual/${indicator.id}/2022/value`]: "310",
          ...Object.fromEntries(
            item.programs.map((p: { id: number }) => [
              `content/${p.id}`,
              "令和5年度も認証とプロモーションを継続",
            ]),
          ),
        },
      });
      expect(saved.status).toBe(200);
      const entered = (await users.evaluator.get(path)).body;
      const own = entered.indicators.find((i: { id: number }) => i.id === indicator.id);
      expect(own.record).toMatchObject({
        rate: "103.3",
        provisional: false,
        actual: { value: "310", estimate: false },
      });
      expect(replacements(await auditRows())).toEqual([]);

      const submitted = await users.evaluator.send("POST", `${path}/submit`, { version: entered.version });
      expect(
        (await users.evaluator.send("POST", `${path}/approve`, { version: submitted.body.version })).status,
      ).toBe(200);
      await approveRemaining(store.db, profiles, admin, opened.body.id);
      expect((await users.evaluator.send("POST", `/api/cycles/${opened.body.id}/publish`)).status).toBe(200);

      const [entry, ...more] = replacements(await auditRows());
      expect(more).toEqual([]);
      expect(entry).toMatchObject({
        対象: "indicator",
        対象ID: String(indicator.id),
        項目: `actual/${indicator.id}/2022`,
        項目名: `${INDICATOR} 令和4年度 実績値`,
        変更前: "300（見込み値）",
        変更後: "310",
        利用者: "evaluator <evaluator@example.jp>",
        理由: "令和5年度の公表",
      });
      expect(Date.parse(entry!["日時"]!)).not.toBeNaN();
      const usage = (await users.evaluator.get(`/api/indicators/${indicator.id}`)).body.usages[0];
      expect(usage).toMatchObject({
        actual: { value: "310", estimate: false },
        rate: "103.3",
        provisional: false,
      });

      // A correction after publication writes the year again; the estimate was replaced once.
      const published = (await users.evaluator.get(path)).body;
      const corrected = await users.evaluator.send("PUT", path, {
        version: published.version,
        changes: { [`content/${published.programs[0].id}`]: "令和5年度は認証製品を追加" },
        reason: "内容の誤記",
      });
      expect(corrected.status).toBe(200);
      expect(replacements(await auditRows())).toHaveLength(1);
    });
  });

  describe(`an estimate replaced by a later document on ${dialect}`, () => {
    let store: TestStore;
    let indicator: { id: number; key: string; node_id: number };
    beforeAll(async () => ({ store, indicator } = await setUp(dialect)));
    afterAll(async () => store.cleanup());

    it("is audited as the command line's import of that document", async () => {
      const later = emptyDocument("vision-progress", "sapporo-vision-r4-kakutei", "R4実績の確定値", "2024");
      later.observations.push({
        indicatorKey: indicator.key,
        series: "actual",
        period: { from: 2022, to: 2022 },
        value: "305",
      });
      await importParsed(store.db, profiles, later, { name: "r4-kakutei.txt", sha256: "" });
      const rows = await store.db
        .selectFrom("audit_log")
        .select(["user_name", "entity_id", "field", "old_value", "new_value", "reason"])
        .where("action", "=", "replace-estimate")
        .execute();
      expect(rows).toEqual([
        {
          user_name: expect.stringMatching(/^コマンドライン </),
          entity_id: String(indicator.id),
          field: `actual/${indicator.id}/2022`,
          old_value: "300（見込み値）",
          new_value: "305",
          reason: "文書「r4-kakutei.txt」の取込",
        },
      ]);
      // Importing the same document again replaces nothing more.
      await importParsed(store.db, profiles, later, { name: "r4-kakutei.txt", sha256: "" });
      expect(
        await store.db
          .selectFrom("audit_log")
          .select("id")
          .where("action", "=", "replace-estimate")
          .execute(),
      ).toHaveLength(1);
    });
  });
}
