// The JSON API's types, as the views and the web app use them: inferred from the schemas the routes
// declare (src/server/schemas/), so that the code, the document and the pages cannot disagree.
import type { AvailableReport } from "../reports/available.ts";
import type { ReportKind } from "../reports/reports.ts";
import type { ComparisonRow, ComparisonSection, RowChange } from "../views/edition-compare.ts";

export type { AvailableReport, ComparisonRow, ComparisonSection, RowChange };
export type { Finding } from "../evaluation/check.ts";
export type {
  ActivitySeries,
  BehindMeasure,
  BudgetYear,
  CheckResult,
  DepartmentDetail,
  DepartmentList,
  GradeCounts,
  IndicatorDetail,
  IndicatorRecord,
  IndicatorUsage,
  NodeDetail,
  NodeIndicator,
  NodeProgram,
  Overview,
  PeriodJson,
  PlanDetail,
  PlanSummary,
  ProgramDetail,
  SearchHit,
  SearchResult,
  SeriesPoint,
  TreeNode,
} from "./schemas/read.ts";
export type { ApiError } from "./contract.ts";

/** What editions are listed or compared for: a measure, or a program. */
export interface EditionSubject {
  type: "node" | "program";
  id: number;
  code: string | null;
  name: string;
}

/** A document published year by year: a measure's 基本評価調書, or a plan's 推進状況 / 進捗状況 / 関連事業. */
export interface EditionDocument {
  kind: ReportKind;
  /** 基本評価調書, 進捗状況 … */
  title: string;
  plan: { key: string; name: string };
  /** The measure whose 基本評価調書 it is; null for a plan's own document. */
  node: { id: number; code: string | null; name: string } | null;
}

/** One revision of one year's published document. */
export interface EditionSummary {
  year: number;
  revision: number;
  /** What published it: 「文書「000.txt」の取込」, 「令和6年度の公表」. */
  source: string;
  /** Who: a user's name and e-mail, 取込, or the command line. */
  by: string;
  publishedAt: string;
  /** An evaluator's reason for a correction. */
  reason: string | null;
  /** When a later revision replaced it; null for the edition in force. */
  supersededAt: string | null;
}

/** GET /api/nodes/:id/editions, GET /api/programs/:id/editions?plan=&node= */
export interface EditionList {
  subject: EditionSubject;
  /** Every document with published editions that the subject is in (a program can be in several). */
  documents: EditionDocument[];
  /** The one listed: the one asked for by plan (and node), else the first; null when there is none. */
  document: EditionDocument | null;
  /** Its editions, newest year first, every revision (superseded ones too). */
  editions: EditionSummary[];
  /** The years with an edition in force, newest first: the years that can be compared. */
  years: number[];
}

/** A compared edition (the one in force for its year) and the download of its document. */
export interface ComparedEdition extends EditionSummary {
  /** The fiscal year of its amounts: the 基本評価調書's 決算 year (the year before), else its own. */
  budgetYear: number;
  report: AvailableReport;
}

/** GET /api/nodes/:id/editions/compare?from=&to=, GET /api/programs/:id/editions/compare?plan=&node=&from=&to= */
export interface EditionComparison {
  subject: EditionSubject;
  document: EditionDocument;
  from: ComparedEdition;
  to: ComparedEdition;
  /** 記載, 成果指標, 評価, 事務事業 for a measure; one section 事業 for a program. */
  sections: ComparisonSection[];
  counts: Record<RowChange, number>;
}
