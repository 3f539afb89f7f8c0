// The four kinds of document, what each takes, and one entry point that checks a request and builds
// the document's model. Shared by the command line and the HTTP routes: a bad request comes back as a
// ReportError naming the parameter, in Japanese, never as an exception.
import type { Kysely } from "kysely";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { parseYear } from "../domain/years.ts";
import { MAX_ID, parseId } from "../db/limits.ts";
import type { Database } from "../db/schema.ts";
import { fiscalYearLabel } from "./format.ts";
import { type KihonHyokaSheet, kihonHyokaSheet } from "./models/kihon-hyoka.ts";
import { type Society5CatalogueReport, society5CatalogueReport } from "./models/society5-catalogue.ts";
import { type SouseiProgressReport, souseiProgressReport } from "./models/sousei-progress.ts";
import { type VisionProgressReport, visionProgressReport } from "./models/vision-progress.ts";
import { planDocuments } from "../views/common.ts";
import { storedEdition } from "./editions.ts";
import { evaluatedNodes, findNode, findPlan } from "./queries.ts";

export const REPORT_KINDS = [
  "kihon-hyoka",
  "sousei-progress",
  "vision-progress",
  "society5-catalogue",
] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_FORMATS = ["pdf", "xlsx", "html", "csv"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CSV_ENCODINGS = ["utf8", "cp932"] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export interface KindInfo {
  title: string;
  /** What --year means for this kind. */
  yearMeaning: string;
  /** The tables a CSV can hold (the first is the default). */
  tables: { name: string; title: string }[];
  /** Takes --node (one measure; without it, every measure of the year). */
  node: boolean;
  /** Takes --program (one program's sheet). */
  program: boolean;
}

export const KIND_INFO: Record<ReportKind, KindInfo> = {
  "kihon-hyoka": {
    title: "基本評価調書",
    yearMeaning: "評価年度",
    tables: [
      { name: "indicators", title: "成果指標" },
      { name: "programs", title: "事務事業" },
    ],
    node: true,
    program: false,
  },
  "sousei-progress": {
    title: "推進状況",
    yearMeaning: "予算の年度",
    tables: [
      { name: "kpis", title: "数値目標・KPI" },
      { name: "programs", title: "関連事業" },
    ],
    node: false,
    program: false,
  },
  "vision-progress": {
    title: "進捗状況",
    yearMeaning: "最新の年度",
    tables: [{ name: "progress", title: "進捗状況" }],
    node: false,
    program: false,
  },
  "society5-catalogue": {
    title: "関連事業",
    yearMeaning: "事業費の年度",
    tables: [{ name: "programs", title: "関連事業" }],
    node: false,
    program: true,
  },
};

export interface KihonHyokaBook {
  kind: "kihon-hyoka";
  plan: { key: string; name: string; organization: string };
  evaluationYear: number;
  sheets: KihonHyokaSheet[];
}

export type ReportModel =
  KihonHyokaBook | SouseiProgressReport | VisionProgressReport | Society5CatalogueReport;

export interface ReportError {
  code: "bad_parameter" | "not_found";
  /** The parameter at fault, as the API names it ("year"). */
  parameter: string;
  message: string;
}

export interface ReportRequest {
  kind: ReportKind;
  planKey: string;
  /** A node's code, key or id (kihon-hyoka). */
  node?: string;
  /** A program's id (society5-catalogue). */
  programId?: number;
  year: number;
  format: ReportFormat;
  table?: string;
  encoding?: CsvEncoding;
}

/** The raw parameters as a user gives them (all text). */
export type RawReportRequest = Partial<Record<keyof ReportRequest, string>>;

/** How a parameter is named to the user: "--year" on the command line, "year" in the API. */
export type ParameterStyle = "cli" | "api";

const PARAMETER_NAMES: Record<string, string> = {
  kind: "種類",
  planKey: "計画",
  node: "施策",
  programId: "事業",
  year: "年度",
  format: "形式",
  table: "表",
  encoding: "文字コード",
};
const API_NAMES: Record<string, string> = { planKey: "plan", programId: "program" };
const CLI_NAMES: Record<string, string> = { kind: "<kind>", planKey: "--plan", programId: "--program" };

export function parameterName(key: keyof ReportRequest, style: ParameterStyle): string {
  if (style === "api") return API_NAMES[key] ?? key;
  return CLI_NAMES[key] ?? `--${key}`;
}

function bad(key: keyof ReportRequest, style: ParameterStyle, message: string): ReportError {
  return {
    code: "bad_parameter",
    parameter: parameterName(key, "api"),
    message: `${PARAMETER_NAMES[key]}（${parameterName(key, style)}）: ${message}`,
  };
}

/** A year as 2023, 令和5, R5, R5年度 …: the western year, or null. */
export function parseReportYear(text: string): number | null {
  if (/^\d{4}$/.test(text.trim())) {
    const y = Number(text.trim());
    return y >= 1900 && y <= 2200 ? y : null;
  }
  const p = parseYear(text);
  return p && p.from === p.to && p.from >= 1900 && p.from <= 2200 ? p.from : null;
}

/** Checks the shape of a request (not yet the data): every parameter is named when it is wrong. */
export function parseReportRequest(
  raw: RawReportRequest,
  style: ParameterStyle,
): { ok: true; request: ReportRequest } | { ok: false; error: ReportError } {
  const fail = (key: keyof ReportRequest, message: string) => ({
    ok: false as const,
    error: bad(key, style, message),
  });
  const kind = raw.kind as ReportKind | undefined;
  if (!kind || !REPORT_KINDS.includes(kind))
    return fail("kind", `${REPORT_KINDS.join(" / ")} のいずれかを指定してください: 「${raw.kind ?? ""}」`);
  const info = KIND_INFO[kind];
  if (!raw.planKey) return fail("planKey", "計画のキーを指定してください（例: hokkaido-sogo-keikaku）。");
  if (raw.year === undefined || raw.year === "")
    return fail("year", `${info.yearMeaning}を西暦4桁または和暦（例: 2023、R5）で指定してください。`);
  const year = parseReportYear(raw.year);
  if (year === null)
    return fail(
      "year",
      `西暦4桁（1900〜2200）または和暦（例: R5、令和5年度）で指定してください: 「${raw.year}」`,
    );
  const format = (raw.format || "pdf") as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    return fail("format", `${REPORT_FORMATS.join(" / ")} のいずれかを指定してください: 「${raw.format}」`);
  if (raw.node !== undefined && raw.node !== "" && !info.node)
    return fail("node", `${info.title}では指定できません（基本評価調書だけが施策を指定します）。`);
  if (raw.programId !== undefined && raw.programId !== "" && !info.program)
    return fail("programId", `${info.title}では指定できません（関連事業だけが事業を指定します）。`);
  if (raw.programId && parseId(raw.programId) === null)
    return fail("programId", `事業のIDを ${MAX_ID} までの正の整数で指定してください: 「${raw.programId}」`);
  const tables = info.tables.map((t) => t.name);
  if (raw.table && !tables.includes(raw.table))
    return fail("table", `${info.title}の表は ${tables.join(" / ")} のいずれかです: 「${raw.table}」`);
  if (raw.table && format !== "csv") return fail("table", "CSV のときだけ指定できます。");
  const encoding = (raw.encoding || "utf8") as CsvEncoding;
  if (!CSV_ENCODINGS.includes(encoding))
    return fail(
      "encoding",
      `utf8（BOM付き）または cp932（Shift_JIS）を指定してください: 「${raw.encoding}」`,
    );
  if (raw.encoding && format !== "csv") return fail("encoding", "CSV のときだけ指定できます。");
  return {
    ok: true,
    request: {
      kind,
      planKey: raw.planKey,
      year,
      format,
      ...(raw.node ? { node: raw.node } : {}),
      ...(raw.programId ? { programId: Number(raw.programId) } : {}),
      table: raw.table || tables[0]!,
      encoding,
    },
  };
}

export type BuildResult = { ok: true; model: ReportModel } | { ok: false; error: ReportError };

export interface BuildOptions {
  style?: ParameterStyle;
  /** Called as each measure's sheet is built (bulk 基本評価調書): done of total. */
  onProgress?: (done: number, total: number) => void;
}

/** Checks the request against the data and builds the document's model. */
export async function buildReport(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  request: ReportRequest,
  options: BuildOptions = {},
): Promise<BuildResult> {
  const style = options.style ?? "api";
  const notFound = (key: keyof ReportRequest, message: string): BuildResult => ({
    ok: false,
    error: { code: "not_found", parameter: parameterName(key, "api"), message },
  });
  const plan = await findPlan(db, request.planKey);
  if (!plan)
    return notFound(
      "planKey",
      `計画「${request.planKey}」が見つかりません（${parameterName("planKey", style)}）。計画のキーはホーム画面または /api/overview で確かめられます。`,
    );
  const yearText = fiscalYearLabel(request.year);
  if (request.kind === "kihon-hyoka") {
    let nodes = await evaluatedNodes(db, plan.id, request.year);
    if (request.node) {
      const node = await findNode(db, plan.id, request.node);
      if (!node)
        return notFound(
          "node",
          `計画「${plan.name}」に施策「${request.node}」はありません（${parameterName("node", style)}）。`,
        );
      nodes = nodes.filter((n) => n.id === node.id);
      if (nodes.length === 0)
        return notFound(
          "year",
          `施策「${node.code ?? node.name}」の${yearText}の評価はありません（${parameterName("year", style)}）。`,
        );
    } else if (nodes.length === 0) {
      return notFound(
        "year",
        `計画「${plan.name}」に${yearText}の評価はありません（${parameterName("year", style)}）。`,
      );
    }
    const sheets: KihonHyokaSheet[] = [];
    for (const n of nodes) {
      const sheet =
        (await storedEdition<KihonHyokaSheet>(db, plan.id, "kihon-hyoka", request.year, n.id)) ??
        (await kihonHyokaSheet(db, profiles, n.id, request.year));
      if (sheet) sheets.push(sheet);
      options.onProgress?.(sheets.length, nodes.length);
    }
    return {
      ok: true,
      model: {
        kind: "kihon-hyoka",
        plan: { key: plan.key, name: plan.name, organization: plan.organization },
        evaluationYear: request.year,
        sheets,
      },
    };
  }
  if (!(await planHasYear(db, plan.id, request.year)))
    return notFound(
      "year",
      `計画「${plan.name}」に${yearText}のデータ（予算・目標値・実績値）はありません（${parameterName("year", style)}）。`,
    );
  const build = {
    "sousei-progress": souseiProgressReport,
    "vision-progress": visionProgressReport,
    "society5-catalogue": society5CatalogueReport,
  }[request.kind];
  const model =
    (await storedEdition<SouseiProgressReport | VisionProgressReport | Society5CatalogueReport>(
      db,
      plan.id,
      request.kind,
      request.year,
      null,
    )) ?? (await build(db, profiles, plan.key, request.year));
  if (!model) return notFound("planKey", `計画「${request.planKey}」が見つかりません。`);
  if (model.kind === "society5-catalogue" && request.programId !== undefined) {
    const pillars = model.pillars
      .map((p) => ({ ...p, sheets: p.sheets.filter((s) => s.programId === request.programId) }))
      .filter((p) => p.sheets.length > 0);
    if (pillars.length === 0)
      return notFound(
        "programId",
        `事業 ${request.programId} は計画「${plan.name}」に載っていません（${parameterName("programId", style)}）。`,
      );
    return { ok: true, model: { ...model, pillars } };
  }
  return { ok: true, model };
}

/** Whether the plan has any budget line, target or actual in the year. */
export async function planHasYear(db: Kysely<Database>, planId: number, year: number): Promise<boolean> {
  const nodes = db.selectFrom("policy_nodes").select("id").where("plan_id", "=", planId);
  const budget = await db
    .selectFrom("budget_lines as b")
    .innerJoin("program_links as l", "l.program_id", "b.program_id")
    .select("b.id")
    .where("l.node_id", "in", nodes)
    .where("b.document_id", "in", planDocuments(db, { planId }))
    .where("b.fiscal_year", "=", year)
    .limit(1)
    .executeTakeFirst();
  if (budget) return true;
  const usages = db.selectFrom("indicator_usages").select("indicator_id").where("node_id", "in", nodes);
  const observed = await db
    .selectFrom("observations")
    .select("id")
    .where("indicator_id", "in", usages)
    .where("period_to", "=", year)
    .limit(1)
    .executeTakeFirst();
  return observed !== undefined;
}

/** "【2(2)A_0505】高い付加価値を生み出すものづくり産業の振興" */
export const sheetTitle = (s: KihonHyokaSheet) => `${s.node.code ? `【${s.node.code}】` : ""}${s.node.name}`;

export function kihonHyokaTitle(book: KihonHyokaBook): string {
  const only = book.sheets.length === 1 ? book.sheets[0] : undefined;
  return `${fiscalYearLabel(book.evaluationYear)} 基本評価調書 ${only ? sheetTitle(only) : `${book.plan.name}（${book.sheets.length}施策）`}`;
}

/** The document's title, for its first line and its file name. */
export function reportTitle(model: ReportModel): string {
  switch (model.kind) {
    case "kihon-hyoka":
      return kihonHyokaTitle(model);
    case "sousei-progress":
      return `${model.plan.name}推進状況（${fiscalYearLabel(model.year)}）`;
    case "vision-progress":
      return `${model.plan.name}の各種取組の進捗状況（${fiscalYearLabel(model.year)}）`;
    case "society5-catalogue":
      return `${fiscalYearLabel(model.year)}「${model.plan.name}」関連事業`;
  }
}

/** A file name without characters that file systems or Content-Disposition refuse. */
export function reportFileName(model: ReportModel, format: ReportFormat, table?: string): string {
  const base = reportTitle(model)
    .replace(/[\\/:*?"<>|\s]+/g, "_")
    .replace(/_+/g, "_");
  return `${base}${table && format === "csv" ? `_${table}` : ""}.${format}`;
}
