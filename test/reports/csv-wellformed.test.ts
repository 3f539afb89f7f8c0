// Every CSV Hyoka writes is well-formed: read as spreadsheets read it (CR, LF or CRLF ends an unquoted
// record), each file has one record per row Hyoka meant to write, every record has the header's column
// count, and a field holding a line break comes back whole. Covers every report kind × table in both
// encodings, every file of the open-data zip, the audit trail and `hyoka export indicators --format csv`.
// Run on SQLite only: the CSV writer does not touch the store.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import iconv from "iconv-lite";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Store, migrate, openStore } from "../../src/db/connect.ts";
import { indicatorRecords } from "../../src/evaluation/indicator-records.ts";
import { OPEN_DATA_TABLES, openDataRows } from "../../src/opendata/tables.ts";
import { DICTIONARY_FILE, openDataZip } from "../../src/opendata/zip.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { toCp932Text } from "../../src/reports/csv.ts";
import { renderReport } from "../../src/reports/render.ts";
import {
  CSV_ENCODINGS,
  type CsvEncoding,
  KIND_INFO,
  REPORT_KINDS,
  type ReportKind,
  type ReportModel,
  buildReport,
  parseReportRequest,
} from "../../src/reports/reports.ts";
import { type CellValue, reportTable } from "../../src/reports/tables.ts";
import { createApp } from "../../src/server/app.ts";
import { itemView, openCycle, saveItem } from "../../src/services/cycle.ts";
import { client, makeUser, signIn } from "../support/accounts.ts";
import { hyoka } from "../support/cli.ts";
import { TEST_EVALUATOR } from "../support/publish.ts";
import { importSeeds } from "../support/seeds.ts";

const profiles = loadProfiles();
const LINE_BREAK = /[\r\n]/;
const NODE_NOTE = "\n（改行あり）";
const INDICATOR_NOTE = "\r\n（注）";

/**
 * The model with a line break in every name, for the report tables whose seed data hold none (the
 * reports do not all read names from the rows the store's update below changes).
 */
const withLineBreaks = (model: ReportModel): ReportModel =>
  JSON.parse(JSON.stringify(model), (key, v: unknown) =>
    key === "name" && typeof v === "string" && !LINE_BREAK.test(v) ? v + NODE_NOTE : v,
  ) as ReportModel;

/** The request for each kind, as documents.test.ts makes them (the years the seeds hold). */
const REQUESTS: Record<ReportKind, Record<string, string>> = {
  "kihon-hyoka": { planKey: "hokkaido-sogo-keikaku", year: "2023" },
  "sousei-progress": { planKey: "hokkaido-sousei", year: "H30" },
  "vision-progress": { planKey: "sapporo-sangyo-vision", year: "2022" },
  "society5-catalogue": { planKey: "hokkaido-society5", year: "R4" },
};

/** A CSV read as a spreadsheet reads it: a CR, LF or CRLF outside quotes ends the record. */
const readCsv = (text: string): string[][] =>
  parse(text.replace(/^\uFEFF/, ""), {
    record_delimiter: ["\r\n", "\n", "\r"],
    relax_column_count: true,
  });

/** A value as the CSV should hold it: null → "", numbers in plain decimal. */
const asText = (v: CellValue) => (v === null ? "" : String(v));

/**
 * Checks one CSV: one header of `columns.length`, `rows` records of the same count, and every field
 * that holds a line break in `expected` (the values Hyoka meant to write) read back whole in place.
 * Returns how many such fields there were.
 */
function checkCsv(text: string, columns: number, rows: number, expected?: string[][]): number {
  const records = readCsv(text);
  const widths = new Set(records.map((r) => r.length));
  expect([...widths], "every record has the header's column count").toEqual([columns]);
  expect(records.length - 1, "one record per row").toBe(rows);
  let multiline = 0;
  expected?.forEach((row, i) =>
    row.forEach((v, j) => {
      if (!LINE_BREAK.test(v)) return;
      multiline++;
      expect(records[i + 1]![j]).toBe(v);
    }),
  );
  return multiline;
}

describe("every CSV Hyoka writes parses into one record per row", () => {
  const dir = mkdtempSync(join(tmpdir(), "hyoka-csv-"));
  const dbUrl = `sqlite:${join(dir, "csv.sqlite")}`;
  let store: Store;
  beforeAll(async () => {
    store = openStore(dbUrl);
    await migrate(store.db);
    await importSeeds(store.db);
    // 002 holds program fields with line breaks of its own; measures and indicators do not, so give
    // them one each (as a cell written with Alt+Enter in the plan set-up workbook would), LF and CRLF.
    await store.db
      .updateTable("policy_nodes")
      .set({ name: sql`name || ${NODE_NOTE}` })
      .execute();
    for (const [table, column] of [
      ["indicators", "name"],
      ["indicator_usages", "display_name"],
    ] as const)
      await store.db
        .updateTable(table)
        .set({ [column]: sql`${sql.ref(column)} || ${INDICATOR_NOTE}` })
        .execute();
  });
  afterAll(async () => {
    await store.db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const build = async (kind: ReportKind): Promise<ReportModel> => {
    const parsed = parseReportRequest({ kind, format: "csv", ...REQUESTS[kind] }, "api");
    if (!parsed.ok) throw new Error(parsed.error.message);
    const built = await buildReport(store.db, profiles, parsed.request);
    if (!built.ok) throw new Error(built.error.message);
    return built.model;
  };

  const decode = (bytes: Uint8Array, encoding: CsvEncoding) =>
    encoding === "utf8" ? Buffer.from(bytes).toString("utf8") : iconv.decode(Buffer.from(bytes), "cp932");
  const fit = (v: string, encoding: CsvEncoding) => (encoding === "utf8" ? v : toCp932Text(v).text);

  for (const kind of REPORT_KINDS)
    it(`${kind}: every table, UTF-8 and CP932`, async () => {
      const model = withLineBreaks(await build(kind));
      for (const { name } of KIND_INFO[kind].tables) {
        const table = reportTable(model, name);
        expect(table.rows.length, `${name} has rows`).toBeGreaterThan(0);
        for (const encoding of CSV_ENCODINGS) {
          const { bytes } = await renderReport(model, "csv", { table: name, encoding });
          const expected = table.rows.map((r) => r.map((v) => fit(asText(v), encoding)));
          const text = decode(bytes, encoding);
          const multiline = checkCsv(text, table.columns.length, table.rows.length, expected);
          expect(multiline, `${name} (${encoding}) holds a field with a line break`).toBeGreaterThan(0);
        }
      }
    });

  it("society5-catalogue: 002's 47 programs are 47 records of 10 columns in both encodings", async () => {
    const model = await build("society5-catalogue");
    for (const encoding of CSV_ENCODINGS) {
      const { bytes } = await renderReport(model, "csv", { encoding });
      const records = readCsv(decode(bytes, encoding));
      expect(records).toHaveLength(1 + 47);
      expect(records.every((r) => r.length === 10)).toBe(true);
    }
  });

  it("the open-data zip: the dictionary and every table, including programs.csv and evaluations.csv", async () => {
    const chunks: Uint8Array[] = [];
    await openDataZip(store.db, profiles, {}, (c) => void chunks.push(c));
    const files = unzipSync(Buffer.concat(chunks));
    const text = (name: string) => Buffer.from(files[name]!).toString("utf8");
    const dictionaryRows = OPEN_DATA_TABLES.reduce((n, t) => n + t.columns.length, 0);
    checkCsv(text(DICTIONARY_FILE), 7, dictionaryRows);
    const multiline: Record<string, number> = {};
    for (const t of OPEN_DATA_TABLES) {
      const expected: string[][] = [];
      for await (const rows of openDataRows(store.db, profiles, t.name))
        expected.push(...rows.map((r) => t.columns.map((c) => asText(r[c.name] ?? null))));
      multiline[t.file] = checkCsv(text(t.file), t.columns.length, expected.length, expected);
    }
    for (const file of ["programs.csv", "evaluations.csv", "nodes.csv", "indicators.csv"])
      expect(multiline[file], `${file} holds a field with a line break`).toBeGreaterThan(0);
  });

  it("the audit trail: an analysis saved on two lines is one record", async () => {
    const admin = TEST_EVALUATOR;
    const { id: nodeId } = await store.db
      .selectFrom("policy_nodes")
      .select("id")
      .where("code", "=", "2(2)A_0505")
      .executeTakeFirstOrThrow();
    const cycle = await openCycle(store.db, profiles, admin, "hokkaido-sogo-keikaku", { fiscalYear: 2024 });
    const item = await itemView(store.db, profiles, admin, cycle.id, nodeId);
    const analysis = "製造業の付加価値生産性は回復傾向。\n人材確保が課題。";
    await saveItem(store.db, profiles, admin, cycle.id, nodeId, {
      version: item.version,
      changes: { analysis },
    });

    const app = createApp(store, profiles, { auth: { secret: "test-secret-0123456789abcdef0123456789" } });
    await makeUser(store, "audit-admin@example.jp", "admin");
    const { cookie } = await signIn(app, "audit-admin@example.jp");
    const res = await client(app, cookie).get("/api/admin/audit.csv");
    expect(res.status).toBe(200);

    const entries = await store.db.selectFrom("audit_log").select("id").execute();
    const records = readCsv(res.body as string);
    checkCsv(res.body as string, 11, entries.length);
    const column = (label: string) => records[0]!.indexOf(label);
    const saved = records.filter((r) => r[column("項目")] === "analysis");
    expect(saved.map((r) => r[column("変更後")])).toEqual([analysis]);
  });

  it("hyoka export indicators --format csv", async () => {
    const out = join(dir, "indicators.csv");
    const r = await hyoka(["--db", dbUrl, "export", "indicators", "--format", "csv", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const text = readFileSync(out, "utf8");
    const records = readCsv(text);
    const expected = await indicatorRecords(store.db, profiles);
    checkCsv(text, 22, expected.length);
    const names = records.slice(1).map((rec) => rec[records[0]!.indexOf("指標")]);
    expect(names).toEqual(expected.map((e) => e.indicator));
    expect(names.filter((n) => LINE_BREAK.test(n!)).length).toBeGreaterThan(0);
  });
});
