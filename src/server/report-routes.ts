// Documents and open data over HTTP, mounted under /api:
//   GET /reports?plan=&node=&program=           the documents that apply to a page (for download links)
//   GET /reports/{kind}?plan=&node=&program=&year=&format=&table=&encoding=   one document as a file
//   GET /opendata                               the open-data tables and their columns (the dictionary)
//   GET /opendata/{table}?plan=&limit=&offset=  one table's records as JSON
//   GET /opendata.zip?plan=                     every table as CSV with the dictionary, as a zip
// A malformed parameter is a 400 naming it, an unknown plan, table, node, program or year a 404 naming
// it (the shared Problem). A document's parameters are read by parseReportRequest, as the command line's
// are: the route declares them (and their values) and hands the text on.
import { createRoute } from "@hono/zod-openapi";
import type { Store } from "../db/connect.ts";
import { MAX_ID, parseId } from "../db/limits.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { openDataZip } from "../opendata/zip.ts";
import { OPEN_DATA_TABLES, openDataRows, tableByName } from "../opendata/tables.ts";
import { availableReports } from "../reports/available.ts";
import { PdfRenderer } from "../reports/pdf.ts";
import { renderReport } from "../reports/render.ts";
import {
  CSV_ENCODINGS,
  KIND_INFO,
  REPORT_FORMATS,
  REPORT_KINDS,
  type RawReportRequest,
  type ReportError,
  buildReport,
  parseReportRequest,
} from "../reports/reports.ts";
import { Problem } from "../services/problem.ts";
import {
  PUBLIC,
  TAGS,
  badParameter,
  errors,
  file,
  json,
  optionalId,
  optionalParsed,
  router,
  z,
} from "./contract.ts";
import { disposition } from "./http.ts";
import { type OpenDataRecord, OpenDataDictionary, OpenDataRecords, ReportList } from "./schemas/documents.ts";

/** A refusal of parseReportRequest or buildReport as the shared Problem. */
const refusal = (e: ReportError) =>
  e.code === "not_found"
    ? new Problem(404, "not_found", e.message, { parameter: e.parameter })
    : badParameter(e.parameter, e.message);

const unknownPlan = (key: string) =>
  new Problem(404, "not_found", `計画「${key}」が見つかりません（plan）。`, { parameter: "plan" });

const plan = z.string().optional().openapi({ description: "計画のキー（例: hokkaido-sogo-keikaku）" });

/**
 * A document's parameter as text, for parseReportRequest to read: its values (when they are fixed) and
 * whether it is required are declared here, and a request that breaks them is refused there.
 */
const text = (description: string, more: { enum?: readonly string[]; required?: boolean } = {}) =>
  z
    .string()
    .optional()
    .openapi({
      description,
      ...(more.enum ? { enum: [...more.enum] } : {}),
      ...(more.required ? { param: { required: true } } : {}),
    });

const TABLE_NAMES = [...new Set(REPORT_KINDS.flatMap((k) => KIND_INFO[k].tables.map((t) => t.name)))];

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const listRoute = createRoute({
  method: "get",
  path: "/reports",
  operationId: "listReports",
  tags: [TAGS.documents.name],
  summary: "ページに当てはまる資料",
  description:
    "計画（plan）・施策（node）・事業（program）のページからダウンロードできる、年度ごとの資料と、資料の種類の一覧。",
  security: PUBLIC,
  request: {
    query: z.object({
      plan,
      node: optionalId("node", "施策のID"),
      program: optionalId("program", "事業のID"),
    }),
  },
  responses: { 200: json(ReportList, "資料の種類と、当てはまる資料"), ...errors() },
});

const reportRoute = createRoute({
  method: "get",
  path: "/reports/{kind}",
  operationId: "getReport",
  tags: [TAGS.documents.name],
  summary: "資料をファイルで",
  description:
    "基本評価調書・推進状況・進捗状況・関連事業を PDF・XLSX・HTML・CSV で。公表した年度は公表した版のとおり。" +
    "ファイル名は Content-Disposition に（HTML は inline）。",
  security: PUBLIC,
  request: {
    params: z.object({
      kind: z.string().openapi({ description: "資料の種類", enum: [...REPORT_KINDS] }),
    }),
    query: z.object({
      plan: text("計画のキー（例: hokkaido-sogo-keikaku）", { required: true }),
      year: text(
        "年度（西暦4桁、または R5・令和5年度などの和暦）。基本評価調書では評価年度、推進状況では予算の年度",
        { required: true },
      ),
      format: text("形式（既定 pdf）", { enum: REPORT_FORMATS }),
      node: text("施策のコード・キー・ID（基本評価調書だけ。省くとその年度の全施策）"),
      program: text("事業のID（関連事業だけ: その事業のシート）").openapi({
        type: "integer",
        minimum: 1,
        maximum: MAX_ID,
      }),
      table: text("CSV にする表（format=csv のときだけ。資料の種類ごとの表は GET /api/reports の kinds）", {
        enum: TABLE_NAMES,
      }),
      encoding: text(
        "CSV の文字コード（format=csv のときだけ）: utf8 は BOM 付き UTF-8、cp932 は Shift_JIS・CRLF（既定 utf8）",
        { enum: CSV_ENCODINGS },
      ),
    }),
  },
  responses: {
    200: {
      ...file("資料のファイル", "application/pdf", XLSX, "text/html", "text/csv"),
      headers: {
        "Content-Disposition": {
          description: "ファイル名（ASCII の代わりの名前と、UTF-8 の filename*）",
          schema: { type: "string" },
        },
        "X-Hyoka-Warnings": {
          description:
            "知らせること（Shift_JIS にない文字を「?」にした、フォントを埋め込めなかった …）。改行区切りを URI エンコードしたもの。ないときは送らない",
          schema: { type: "string" },
        },
      },
    },
    ...errors(404),
  },
});

const dictionaryRoute = createRoute({
  method: "get",
  path: "/opendata",
  operationId: "getOpenDataDictionary",
  tags: [TAGS.documents.name],
  summary: "オープンデータの表と項目",
  description: "オープンデータの表と、その項目の名前・型・説明（データ定義）。",
  security: PUBLIC,
  responses: { 200: json(OpenDataDictionary, "オープンデータの表と項目"), ...errors() },
});

const LIMIT = 10_000;

const tableRoute = createRoute({
  method: "get",
  path: "/opendata/{table}",
  operationId: "getOpenDataRecords",
  tags: [TAGS.documents.name],
  summary: "オープンデータの表の行",
  description: "一つの表の行を JSON で、offset から limit 行まで（more: 続きがある）。",
  security: PUBLIC,
  request: {
    params: z.object({
      table: z
        .string()
        .openapi({ description: "表の名前（ない表は 404）", enum: OPEN_DATA_TABLES.map((t) => t.name) }),
    }),
    query: z.object({
      plan,
      limit: optionalParsed((v) => {
        const n = parseId(v);
        return n !== null && n <= LIMIT ? n : null;
      }, `件数（limit）は1〜${LIMIT}の整数で指定してください`).openapi({
        type: "integer",
        minimum: 1,
        maximum: LIMIT,
        default: 1000,
        description: "行数（1〜10000、既定1000）",
      }),
      offset: optionalParsed(
        (v) => (/^\d{1,10}$/.test(v) ? Number(v) : null),
        "開始位置（offset）は0以上の整数で指定してください",
      ).openapi({
        type: "integer",
        minimum: 0,
        maximum: 9_999_999_999,
        default: 0,
        description: "最初の行の位置（0から）",
      }),
    }),
  },
  responses: { 200: json(OpenDataRecords, "表の行"), ...errors(404) },
});

const zipRoute = createRoute({
  method: "get",
  path: "/opendata.zip",
  operationId: "getOpenDataZip",
  tags: [TAGS.documents.name],
  summary: "オープンデータの zip",
  description: "すべての表の CSV（UTF-8、BOM 付き）とデータ定義書の zip。plan でその計画の分だけ。",
  security: PUBLIC,
  request: { query: z.object({ plan }) },
  responses: {
    200: {
      ...file("表ごとの CSV とデータ定義書", "application/zip"),
      headers: {
        "Content-Disposition": {
          description: "ファイル名（hyoka-opendata.zip、plan のときは hyoka-opendata-<plan>.zip）",
          schema: { type: "string" },
        },
      },
    },
    ...errors(404),
  },
});

export function reportRoutes(store: Store, profiles: ReadonlyMap<string, RuleProfile>) {
  const { db } = store;
  const r = router();
  const checkPlan = async (key: string) => {
    const found = await db.selectFrom("plans").select("id").where("key", "=", key).executeTakeFirst();
    if (!found) throw unknownPlan(key);
  };
  // One browser for the process, closed after a minute without PDFs.
  const pdf = new PdfRenderer({ idleMs: 60_000 });

  r.openapi(listRoute, async (c) => {
    const { plan, node, program } = c.req.valid("query");
    return c.json(
      {
        kinds: REPORT_KINDS.map((k) => ({ kind: k, title: KIND_INFO[k].title, tables: KIND_INFO[k].tables })),
        reports: await availableReports(db, {
          ...(plan ? { planKey: plan } : {}),
          ...(node !== undefined ? { nodeId: node } : {}),
          ...(program !== undefined ? { programId: program } : {}),
        }),
      },
      200,
    );
  });

  r.openapi(reportRoute, async (c) => {
    const { kind } = c.req.valid("param");
    const q = c.req.valid("query");
    const raw: RawReportRequest = {
      kind,
      planKey: q.plan,
      node: q.node,
      programId: q.program,
      year: q.year,
      format: q.format,
      table: q.table,
      encoding: q.encoding,
    };
    const parsed = parseReportRequest(raw, "api");
    if (!parsed.ok) throw refusal(parsed.error);
    const built = await buildReport(db, profiles, parsed.request, { style: "api" });
    if (!built.ok) throw refusal(built.error);
    const out = await renderReport(built.model, parsed.request.format, {
      ...(parsed.request.table ? { table: parsed.request.table } : {}),
      ...(parsed.request.encoding ? { encoding: parsed.request.encoding } : {}),
      pdf,
    });
    const headers: Record<string, string> = {
      "Content-Type": out.contentType,
      "Content-Disposition": disposition(out.fileName, parsed.request.format === "html"),
    };
    // Warnings (characters Shift_JIS lacks, a font that could not be embedded), URI-encoded for a header.
    if (out.warnings.length) headers["X-Hyoka-Warnings"] = encodeURIComponent(out.warnings.join("\n"));
    return c.body(new Uint8Array(out.bytes), 200, headers);
  });

  r.openapi(dictionaryRoute, (c) =>
    c.json(
      { formats: { zip: "/api/opendata.zip", json: "/api/opendata/{table}" }, tables: [...OPEN_DATA_TABLES] },
      200,
    ),
  );

  r.openapi(zipRoute, async (c) => {
    const plan = c.req.valid("query").plan || undefined;
    if (plan) await checkPlan(plan);
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        try {
          await openDataZip(db, profiles, { planKey: plan }, (chunk) => controller.enqueue(chunk));
          controller.close();
        } catch (e) {
          controller.error(e);
        }
      },
    });
    return c.body(stream, 200, {
      "Content-Type": "application/zip",
      "Content-Disposition": disposition(`hyoka-opendata${plan ? `-${plan}` : ""}.zip`, false),
    });
  });

  r.openapi(tableRoute, async (c) => {
    const name = c.req.valid("param").table;
    const table = tableByName(name);
    if (!table)
      throw new Problem(
        404,
        "not_found",
        `表「${name}」はありません。${OPEN_DATA_TABLES.map((t) => t.name).join(" / ")} のいずれかです。`,
        { parameter: "table" },
      );
    const q = c.req.valid("query");
    const limit = q.limit ?? 1000;
    const offset = q.offset ?? 0;
    const plan = q.plan || undefined;
    if (plan) await checkPlan(plan);
    const records: OpenDataRecord[] = [];
    let seen = 0;
    let more = false;
    for await (const rows of openDataRows(db, profiles, table.name, { planKey: plan })) {
      for (const row of rows) {
        if (seen++ < offset) continue;
        if (records.length === limit) {
          more = true;
          break;
        }
        records.push(row);
      }
      if (more) break;
    }
    return c.json({ table: table.name, columns: table.columns, offset, limit, more, records }, 200);
  });

  return r;
}
