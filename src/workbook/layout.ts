// The layout of a department's values workbook: its sheets, their columns (found by header text when
// read, so that an inserted column or a CSV with the columns in another order still reads), and the
// hidden sheet that says which plan, year and department the workbook was made for.

export const VALUES_FORMAT = "hyoka-values";
export const PLAN_SETUP_FORMAT = "hyoka-plan-setup";
export const META_SHEET = "hyoka";
export const FORMAT_VERSION = "1";

export const SHEETS = {
  indicators: "実績値",
  budgets: "予算",
  texts: "評価文",
  instructions: "説明",
} as const;

/** Columns of the indicator sheet (and of a values CSV), in the order they are written. */
export const INDICATOR_COLUMNS = {
  nodeCode: "施策コード",
  nodeName: "施策名",
  indicatorName: "指標名",
  unit: "単位",
  year: "年度",
  value: "実績値",
  status: "状況",
  note: "備考",
  target: "目標値",
  nodeId: "施策ID",
  indicatorId: "指標ID",
  valueAtDownload: "実績値（取得時）",
  statusAtDownload: "状況（取得時）",
  noteAtDownload: "備考（取得時）",
  targetAtDownload: "目標値（取得時）",
} as const;

export const BUDGET_COLUMNS = {
  nodeCode: "施策コード",
  nodeName: "施策名",
  programCode: "事業コード",
  programName: "事業名",
  year: "年度",
  amount: "予算額（千円）",
  nodeId: "施策ID",
  programId: "事業ID",
  amountAtDownload: "予算額（取得時）",
} as const;

export const TEXT_COLUMNS = {
  nodeCode: "施策コード",
  nodeName: "施策名",
  label: "項目",
  content: "内容",
  nodeId: "施策ID",
  field: "項目キー",
  contentAtDownload: "内容（取得時）",
} as const;

/** The fields of an item the texts sheet holds, besides each program's 対応方針番号 and 方向性. */
export const TEXT_FIELDS = [
  "analysis",
  "coordination/rating",
  "coordination/text",
  "urgency/rating",
  "urgency/text",
  "proposedJudgement",
] as const;

export interface ValuesMeta {
  planKey: string;
  planName: string;
  cycleId: number;
  fiscalYear: number;
  departmentId: number;
  departmentName: string;
  downloadedAt: string;
  downloadedBy: string;
}

/** The hidden sheet's rows: label, then value. */
export const META_LABELS: Readonly<Record<keyof ValuesMeta | "format" | "version", string>> = {
  format: "形式",
  version: "版",
  planKey: "計画キー",
  planName: "計画",
  cycleId: "評価年度ID",
  fiscalYear: "評価年度",
  departmentId: "担当課ID",
  departmentName: "担当課",
  downloadedAt: "ダウンロード日時",
  downloadedBy: "ダウンロードした人",
};
