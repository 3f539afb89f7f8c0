// Documents and open data over HTTP, mounted under /api:
//   GET /reports?plan=&node=&program=           the documents that apply to a page (for download links)
//   GET /reports/{kind}?plan=&node=&program=&year=&format=&table=&encoding=   one document as a file
//   GET /opendata                               the open-data tables and their columns (the dictionary)
//   GET /opendata/{table}?plan=&limit=&offset=  one table's records as JSON
//   GET /opendata.zip?plan=                     every table as CSV with the dictionary, as a zip
// Errors are JSON {code, message, parameter} as in app.ts.
import { type Context, Hono } from "hono";
import type { Store } from "../db/connect.ts";
import { MAX_ID } from "../db/limits.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { openDataZip } from "../opendata/zip.ts";
import { OPEN_DATA_TABLES, type OpenDataRow, openDataRows, tableByName } from "../opendata/tables.ts";
import { availableReports } from "../reports/available.ts";
import { PdfRenderer } from "../reports/pdf.ts";
import { renderReport } from "../reports/render.ts";
import {
  KIND_INFO,
  REPORT_KINDS,
  type RawReportRequest,
  type ReportError,
  buildReport,
  parseReportRequest,
} from "../reports/reports.ts";
import type { ApiError } from "./api-types.ts";
import { disposition, positiveInt } from "./http.ts";

const error = (c: Context, e: ReportError) =>
  c.json<ApiError>(
    { code: e.code, message: e.message, parameter: e.parameter },
    e.code === "not_found" ? 404 : 400,
  );

const badParameter = (c: Context, parameter: string, message: string) =>
  error(c, { code: "bad_parameter", parameter, message });

export function reportRoutes(store: Store, profiles: ReadonlyMap<string, RuleProfile>): Hono {
  const { db } = store;
  const app = new Hono();
  const planExists = async (key: string) =>
    (await db.selectFrom("plans").select("id").where("key", "=", key).executeTakeFirst()) !== undefined;
  const unknownPlan = (c: Context, key: string) =>
    error(c, { code: "not_found", parameter: "plan", message: `計画「${key}」が見つかりません（plan）。` });
  // One browser for the process, closed after a minute without PDFs.
  const pdf = new PdfRenderer({ idleMs: 60_000 });

  app.get("/reports", async (c) => {
    const node = positiveInt(c.req.query("node"));
    if (node === null)
      return badParameter(c, "node", `施策のID（node）は ${MAX_ID} までの正の整数で指定してください。`);
    const program = positiveInt(c.req.query("program"));
    if (program === null)
      return badParameter(c, "program", `事業のID（program）は ${MAX_ID} までの正の整数で指定してください。`);
    const plan = c.req.query("plan") || undefined;
    return c.json({
      kinds: REPORT_KINDS.map((k) => ({ kind: k, title: KIND_INFO[k].title, tables: KIND_INFO[k].tables })),
      reports: await availableReports(db, {
        ...(plan ? { planKey: plan } : {}),
        ...(node !== undefined ? { nodeId: node } : {}),
        ...(program !== undefined ? { programId: program } : {}),
      }),
    });
  });

  app.get("/reports/:kind", async (c) => {
    const q = (name: string) => c.req.query(name);
    const raw: RawReportRequest = { kind: c.req.param("kind") };
    const fields: [keyof RawReportRequest, string][] = [
      ["planKey", "plan"],
      ["node", "node"],
      ["programId", "program"],
      ["year", "year"],
      ["format", "format"],
      ["table", "table"],
      ["encoding", "encoding"],
    ];
    for (const [key, name] of fields) {
      const v = q(name);
      if (v !== undefined) raw[key] = v;
    }
    const parsed = parseReportRequest(raw, "api");
    if (!parsed.ok) return error(c, parsed.error);
    const built = await buildReport(db, profiles, parsed.request, { style: "api" });
    if (!built.ok) return error(c, built.error);
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

  app.get("/opendata", (c) =>
    c.json({
      formats: { zip: "/api/opendata.zip", json: "/api/opendata/{table}" },
      tables: OPEN_DATA_TABLES,
    }),
  );

  app.get("/opendata.zip", async (c) => {
    const plan = c.req.query("plan") || undefined;
    if (plan && !(await planExists(plan))) return unknownPlan(c, plan);
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

  app.get("/opendata/:table", async (c) => {
    const table = tableByName(c.req.param("table"));
    if (!table)
      return error(c, {
        code: "not_found",
        parameter: "table",
        message: `表「${c.req.param("table")}」はありません。${OPEN_DATA_TABLES.map((t) => t.name).join(" / ")} のいずれかです。`,
      });
    const limitParam = positiveInt(c.req.query("limit"));
    if (limitParam === null || (limitParam ?? 0) > 10_000)
      return badParameter(c, "limit", "件数（limit）は1〜10000の整数で指定してください。");
    const limit = limitParam ?? 1000;
    const offsetText = c.req.query("offset");
    if (offsetText !== undefined && !/^\d{1,10}$/.test(offsetText))
      return badParameter(c, "offset", "開始位置（offset）は0以上の整数で指定してください。");
    const offset = Number(offsetText ?? 0);
    const plan = c.req.query("plan") || undefined;
    if (plan && !(await planExists(plan))) return unknownPlan(c, plan);
    const records: OpenDataRow[] = [];
    let seen = 0;
    let more = false;
    for await (const rows of openDataRows(db, profiles, table.name, { planKey: plan })) {
      for (const r of rows) {
        if (seen++ < offset) continue;
        if (records.length === limit) {
          more = true;
          break;
        }
        records.push(r);
      }
      if (more) break;
    }
    return c.json({ table: table.name, columns: table.columns, offset, limit, more, records });
  });

  return app;
}
