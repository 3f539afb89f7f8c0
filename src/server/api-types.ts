// The JSON API's types, as the views and the web app use them: inferred from the schemas the routes
// declare (src/server/schemas/), so that the code, the document and the pages cannot disagree.
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

export type {
  AvailableReport,
  ComparedEdition,
  ComparisonRow,
  ComparisonSection,
  EditionComparison,
  EditionDocument,
  EditionList,
  EditionSubject,
  EditionSummary,
  RowChange,
} from "./schemas/editions.ts";
