// The JSON API's response shapes: the contract between src/server and web/. Amounts are numbers in 千円
// (exact integers well inside Number's range); rates are decimal strings as the profile rounds them.
import type { Finding } from "../evaluation/check.ts";
import type { IndicatorRecord, PeriodJson } from "../evaluation/indicator-records.ts";
import type { AvailableReport } from "../reports/available.ts";
import type { BudgetFigures } from "../views/common.ts";
import type { ComparisonRow, ComparisonSection, RowChange } from "../views/edition-compare.ts";

export type {
  AvailableReport,
  ComparisonRow,
  ComparisonSection,
  Finding,
  IndicatorRecord,
  PeriodJson,
  RowChange,
};

export interface ApiError {
  /** Stable machine id: "not_found", "bad_parameter", "internal_error". */
  code: string;
  /** Japanese, for the user. */
  message: string;
  /** The parameter at fault, for "bad_parameter". */
  parameter?: string;
}

/** Counts of indicators by computed grade label; "noData" counts indicators without a rate yet. */
export type GradeCounts = Record<string, number>;

export interface BudgetYear {
  fiscalYear: number;
  kind: string;
  /** Sum of standalone budget lines, 千円. */
  amount: number;
}

export interface BehindMeasure {
  nodeId: number;
  nodeCode: string | null;
  nodeName: string;
  indicator: string;
  indicatorId: number;
  rate: string;
  /** The rate rests on an estimate (見込み値). */
  provisional: boolean;
}

export interface PlanSummary {
  key: string;
  name: string;
  organization: string;
  period: { from: number; to: number } | null;
  ruleProfile: string;
  ruleProfileName: string;
  /** Grade labels in the profile's order (e.g. ["Ａ","Ｂ","Ｃ","Ｄ"]); empty when the profile has none. */
  gradeLabels: string[];
  indicatorCount: number;
  nodeCount: number;
  programCount: number;
  gradeCounts: GradeCounts;
  /** Indicators with a rate, by rate band when the profile has no grades: "≥100", "80–100", "<80". */
  rateBands: Record<string, number>;
  /** Of the indicators with a rate, how many rest on an estimate (provisional). */
  provisionalCount: number;
  budgetByYear: BudgetYear[];
  /** Up to 5 indicators with the lowest rates, with their node. */
  behind: BehindMeasure[];
}

/** GET /api/overview */
export interface Overview {
  plans: PlanSummary[];
}

export interface TreeNode {
  id: number;
  key: string;
  parentId: number | null;
  level: string;
  code: string | null;
  name: string;
  /** Grades of the indicators of this node and all its descendants. */
  gradeCounts: GradeCounts;
  indicatorCount: number;
  programCount: number;
  /** Latest fiscal year's standalone budget of the programs linked to this node and its descendants. */
  budget: BudgetYear | null;
  /** Computed 総合判定, where the profile defines one and the node has graded indicators. */
  judgement: string | null;
  grade: string | null;
  /** The grade and judgement rest on an estimate (見込み値) of some indicator: provisional. */
  provisional: boolean;
}

/** GET /api/plans/:key */
export interface PlanDetail {
  plan: PlanSummary & { levels: string[]; texts: Record<string, string> };
  nodes: TreeNode[];
}

export interface NodeIndicator extends IndicatorRecord {
  indicatorId: number;
}

export interface NodeProgram {
  id: number;
  code: string | null;
  name: string;
  /** 一般 / 事務 where the document states it. */
  type: string | null;
  department: string | null;
  relisted: boolean;
  budget: BudgetFigures | null;
  responsePolicyNo: string | null;
  direction: string | null;
}

/** GET /api/nodes/:id — everything the 基本評価調書 shows for a measure. */
export interface NodeDetail {
  node: {
    id: number;
    key: string;
    level: string;
    code: string | null;
    name: string;
    texts: Record<string, string>;
    departments: { id: number; name: string }[];
  };
  plan: { key: string; name: string; ruleProfile: string };
  /** From the root down to the parent. */
  ancestors: { id: number; level: string; code: string | null; name: string }[];
  children: { id: number; level: string; code: string | null; name: string }[];
  planLinks: string[];
  evaluation: {
    evaluationYear: number;
    indicatorGrade: string | null;
    coordination: string | null;
    urgencyPriority: string | null;
    overallJudgement: string | null;
    secondaryEvaluation: string | null;
    responsePolicy: string | null;
    texts: Record<string, string>;
  } | null;
  /** provisional: some graded indicator rests on an estimate (見込み値). */
  computed: { grade: string | null; judgement: string | null; provisional: boolean };
  indicators: NodeIndicator[];
  programs: NodeProgram[];
  /** Program totals as printed and as summed, when the document printed a totals row. */
  totals: {
    label: string;
    printed: string;
    sumOfRows: string;
    /** Equal, or within the rounding of rows that print rounded figures (000's 人工). */
    agrees: boolean;
  }[];
  /** Activities counted per year in the measure's texts (「(R4:22回、R3:20回)」). */
  activities: ActivitySeries[];
}

/** An activity of a node counted per fiscal year, each year's count from the newest document stating it. */
export interface ActivitySeries {
  id: number;
  /** The text its brackets are printed in: 成果, 連携状況, 緊急性・優先性. */
  section: string;
  label: string;
  unit: string;
  /** Oldest year first. */
  counts: { fiscalYear: number; value: string; qualifier: string | null }[];
}

export interface SeriesPoint {
  series: string;
  period: PeriodJson;
  value: string | null;
  status: string | null;
  note: string | null;
  milestone: string | null;
  /** Stated as an estimate (見込み値). */
  estimate: boolean;
  document: string;
}

export interface IndicatorUsage extends IndicatorRecord {
  nodeId: number;
  targets: {
    period: PeriodJson;
    kind: string;
    value: string | null;
    isFinal: boolean;
    label: string | null;
  }[];
  analysis: string | null;
  /** Linear trend of the actuals to the final target's year; null with fewer than two actuals. */
  projection: {
    fromYear: number;
    toYear: number;
    /** The trend's value in the final year. */
    value: string;
    target: string | null;
    reaches: boolean | null;
  } | null;
}

/** GET /api/indicators/:id */
export interface IndicatorDetail {
  indicator: {
    id: number;
    key: string;
    name: string;
    unit: string;
    direction: string;
    measure: string;
    milestones: string[] | null;
    yearBasis: string | null;
    source: string | null;
    publication: string | null;
    rationale: string | null;
  };
  /** Every observation, all series ("actual", "national"), oldest first. */
  series: SeriesPoint[];
  /** One per plan node that uses the indicator, each with that plan's targets. */
  usages: IndicatorUsage[];
}

/** GET /api/programs/:id */
export interface ProgramDetail {
  program: {
    id: number;
    code: string | null;
    name: string;
    summary: string | null;
    /** fullName: the department with its 部 and 局 (経済部産業振興局産業振興課). */
    department: { id: number; name: string; fullName: string } | null;
    attributes: Record<string, unknown>;
    /** The last fiscal year the program ran; null while it runs. */
    endedYear: number | null;
    /** The program it was merged into (null when ended without one, or when it is not in the data). */
    successor: { id: number; name: string } | null;
    /** 「令和3年度をもって終了」 / 「令和4年度から中小企業DX推進費に統合」; null while it runs. */
    lifecycle: string | null;
  };
  /** Amounts in 千円 (scale 3); document: the title of the document that stated the line, documentKey its key. */
  budgets: (BudgetFigures & { scale: number; document: string; documentKey: string })[];
  /** The documents that state something about the program (one can be split off into a program of its own). */
  documents: { key: string; title: string }[];
  /** Every node the program is listed under; relisted = a 【再掲】 listing. */
  links: {
    nodeId: number;
    nodeCode: string | null;
    nodeName: string;
    level: string;
    planKey: string;
    planName: string;
    relisted: boolean;
    listed: Record<string, unknown>;
  }[];
}

/** GET /api/departments */
export interface DepartmentList {
  departments: {
    id: number;
    name: string;
    /** With its 部 and 局: 経済部産業振興局産業振興課. */
    fullName: string;
    parentId: number | null;
    nodeCount: number;
    programCount: number;
  }[];
}

/** GET /api/departments/:id */
export interface DepartmentDetail {
  department: { id: number; name: string; fullName: string; parentId: number | null };
  nodes: {
    id: number;
    code: string | null;
    name: string;
    level: string;
    planKey: string;
    planName: string;
  }[];
  programs: { id: number; code: string | null; name: string; budget: BudgetYear | null }[];
}

export interface SearchHit {
  type: "plan" | "node" | "program" | "indicator";
  /** Plan key for plans, numeric id otherwise (as a string). */
  id: string;
  title: string;
  /** Where it sits: plan name, node code … */
  context: string;
  planKey: string | null;
  grade: string | null;
  /** The grade rests on an estimate (見込み値). */
  provisional: boolean;
}

/** GET /api/search?q=&type=&grade=&department=&plan=&year= */
export interface SearchResult {
  query: string;
  total: number;
  hits: SearchHit[];
}

/** GET /api/check */
export interface CheckResult {
  findings: Finding[];
}

// Published editions: the schemas of the edition routes (src/server/schemas/editions.ts).
export type {
  ComparedEdition,
  EditionComparison,
  EditionDocument,
  EditionList,
  EditionSubject,
  EditionSummary,
} from "./schemas/editions.ts";
