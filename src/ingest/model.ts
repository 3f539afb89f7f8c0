// What a parser makes of one document: plain data, keyed by stable text keys so that importing the same
// document again updates the same rows. Parsers never throw for bad input; they report Issues.
import type { SupportField } from "../domain/support-desk.ts";
import type { Period } from "../domain/years.ts";

export type DocumentKind =
  | "kihon-hyoka" // 000 基本評価調書
  | "support-plan" // 001 連携支援計画
  | "society5-catalogue" // 002 Society5.0 関連事業 参考資料
  | "sousei-progress" // 003 創生総合戦略推進状況
  | "vision-progress" // 004 産業振興ビジョン進捗状況
  | "plan-setup"; // a plan set up from the plan set-up workbook (docs/workbooks.md)

/** A problem found in the input, with where it is. `line` is 1-based in the decoded text. */
export interface Issue {
  readonly severity: "error" | "warning";
  readonly line?: number;
  readonly message: string;
}

export type Direction = "increase" | "decrease" | "maintain";
export type ObservationStatus = "集計中" | "調査中" | "調査未実施" | "未公表" | "－" | "終了";
export type TargetKind = "absolute" | "baseline_or_more" | "reference";

/** A decimal number kept as the exact ASCII text it was written as ("1057.2", "-3"). */
export type DecimalText = string;

export interface PlanInput {
  readonly key: string;
  readonly name: string;
  readonly organization: string;
  readonly period?: Period;
  /** Names of the tree's levels, root first ("重点分野", "基本施策", "取組"). */
  readonly levels: readonly string[];
  /** Rule profile id the plan is evaluated under ("hokkaido-sousei"). */
  readonly ruleProfile: string;
  /** Free text sections of the plan (e.g. rules page, routing rules), by heading. */
  readonly texts?: Readonly<Record<string, string>>;
}

export interface NodeInput {
  readonly key: string;
  readonly planKey: string;
  readonly parentKey?: string;
  /** Level label as the plan names it ("施策", "プロジェクト", "柱", "取組"). */
  readonly level: string;
  readonly code?: string;
  readonly name: string;
  readonly sortOrder: number;
  readonly departments?: readonly string[];
  /** Text sections by heading (概要, 成果, 取組概要, 分析 …). */
  readonly texts?: Readonly<Record<string, string>>;
  readonly line?: number;
}

export interface ProgramInput {
  readonly key: string;
  readonly name: string;
  readonly code?: string;
  readonly department?: string;
  readonly summary?: string;
  /** Further attributes as printed: type (一般/事務), subsidy rate and limits, background, targets … */
  readonly attributes?: Readonly<Record<string, unknown>>;
  /** The last fiscal year the program ran (「令和3年度をもって終了」 → 2021). */
  readonly endedYear?: number;
  /** The program it was merged into from the year after endedYear (「令和4年度から中小企業DX推進費に統合」). */
  readonly successorName?: string;
  readonly line?: number;
}

/** A program listed under a node. A 【再掲】 listing is a second link to the same program. */
export interface ProgramLinkInput {
  readonly programKey: string;
  readonly nodeKey: string;
  readonly sortOrder: number;
  readonly relisted: boolean;
  /** The figures this listing printed (they may disagree between listings): free JSON. */
  readonly listed?: Readonly<Record<string, unknown>>;
  readonly line?: number;
}

export interface BudgetLineInput {
  readonly programKey: string;
  readonly fiscalYear: number;
  /** 予算, 決算, 決算見込, 繰越, 当初 … */
  readonly kind: string;
  /** Exact integer in the unit printed; `scale` is its power of ten relative to yen (3 = 千円). */
  readonly amount: bigint;
  readonly scale: number;
  readonly generalRevenue?: bigint;
  readonly staffHq?: DecimalText;
  readonly staffBranch?: DecimalText;
  readonly staffTotal?: DecimalText;
  readonly totalCost?: bigint;
  /** False for amounts marked 枠内 / 内数: part of a larger sum, not to be added up. */
  readonly standalone: boolean;
  readonly note?: string;
  readonly line?: number;
}

export interface IndicatorInput {
  /** Stable key across documents: the normalised name ("製造業の付加価値生産性"). */
  readonly key: string;
  readonly name: string;
  readonly unit: string;
  readonly direction: Direction;
  readonly measure: "quantitative" | "qualitative";
  /** Milestones of a qualitative indicator, in order (検討 → 策定). */
  readonly milestones?: readonly string[];
  readonly yearBasis?: "fiscal" | "calendar";
  readonly source?: string;
  readonly publication?: string;
  readonly rationale?: string;
  readonly line?: number;
}

export interface TargetInput {
  readonly period: Period;
  readonly kind: TargetKind;
  /** For absolute targets. */
  readonly value?: DecimalText;
  /** For reference targets: the series the target is ("national" for 全国平均値 / 全国水準). */
  readonly referenceSeries?: string;
  readonly isFinal: boolean;
  /** The target as printed ("全国水準まで 引き上げ", "現状値以上"). */
  readonly label?: string;
}

/** An indicator as one plan node uses it: that plan's targets, analysis and published figures. */
export interface IndicatorUsageInput {
  readonly indicatorKey: string;
  readonly nodeKey: string;
  /** The name as printed in this document (may differ slightly from the indicator's). */
  readonly displayName: string;
  readonly sortOrder: number;
  /** 数値目標 / KPI / 成果指標 / 指標. */
  readonly role?: string;
  readonly baseline?: { readonly period?: Period; readonly value?: DecimalText };
  readonly targets: readonly TargetInput[];
  readonly analysis?: string;
  readonly publishedRate?: DecimalText;
  readonly publishedGrade?: string;
  /** The actual's period the published figure was computed on. */
  readonly publishedPeriod?: Period;
  readonly note?: string;
  readonly line?: number;
}

export interface ObservationInput {
  readonly indicatorKey: string;
  /** "actual", or a reference series such as "national". */
  readonly series: string;
  readonly period: Period;
  readonly value?: DecimalText;
  /** A milestone reached (qualitative indicators: 検討, 策定). */
  readonly milestone?: string;
  readonly status?: ObservationStatus;
  readonly note?: string;
  /** Printed as an estimate (「300(見込み値)」): shown as one, and a rate on it is provisional. */
  readonly estimate?: boolean;
  readonly line?: number;
}

/**
 * Counts of one activity of a node, as printed in brackets after it (「(R4:22回、R3:20回)」): the activity
 * is the text before the bracket, and a bracket printing two units (「10回13社」) is two series.
 */
export interface ActivitySeriesInput {
  readonly nodeKey: string;
  /** The text the bracket is printed in: a node text's label (成果), or 連携状況 / 緊急性・優先性. */
  readonly section: string;
  readonly label: string;
  /** 回, 件, 名, 社 … */
  readonly unit: string;
  readonly sortOrder: number;
  readonly counts: readonly {
    readonly fiscalYear: number;
    readonly value: DecimalText;
    /** Printed before the number: 毎年度 (a range of years), オンライン. */
    readonly qualifier?: string;
  }[];
  readonly line?: number;
}

/** A measure's evaluation for one evaluation year (基本評価調書). */
export interface NodeEvaluationInput {
  readonly nodeKey: string;
  readonly evaluationYear: number;
  readonly indicatorGrade?: string;
  readonly coordination?: string;
  readonly urgencyPriority?: string;
  readonly overallJudgement?: string;
  readonly secondaryEvaluation?: string;
  readonly responsePolicy?: string;
  readonly texts?: Readonly<Record<string, string>>;
}

/** A program's evaluation result for one evaluation year (対応方針番号, 方向性). */
export interface ProgramEvaluationInput {
  readonly programKey: string;
  readonly nodeKey: string;
  readonly evaluationYear: number;
  readonly responsePolicyNo?: string;
  readonly direction?: string;
  readonly note?: string;
}

export interface PlanLinkInput {
  readonly nodeKey: string;
  readonly linkedPlan: string;
}

/**
 * A printed column whose heading the text extraction lost (000's program table opens with one that
 * prints 0 on every row). Its figures are kept as printed, under this program attribute and as a
 * printed total of this label, and `check` lists them as not re-printed: their meaning is unknown.
 */
export const UNLABELLED_COLUMN = "見出しのない列";

/**
 * The labels of the 人工 columns' printed totals (000's totals row: 12.1, 0.0, 11.9). The rows print whole
 * 人工, so the sheet re-prints these totals as printed rather than the sums of the rounded rows.
 */
export const STAFF_TOTAL_LABELS = {
  staffHq: "人工（本庁） 計",
  staffBranch: "人工（出先機関） 計",
  staffTotal: "人工計 計",
} as const;

/** A total printed in the document, to be checked against its rows. */
export interface PrintedTotalInput {
  readonly scopeKey: string;
  readonly label: string;
  readonly printed: DecimalText;
  readonly sumOfRows: DecimalText;
  /** How far the printed total may lie from the rows' sum because the rows print rounded figures. */
  readonly tolerance?: DecimalText;
  readonly line?: number;
}

/** Support organisations of a coordinated support plan (001). */
export interface SupportOrganizationInput {
  readonly planKey: string;
  readonly name: string;
  readonly role: string;
  readonly kind: "core" | "member";
  readonly sortOrder: number;
  /** The short name the plan introduces (（以下「ノーステック財団」）), by which people name it. */
  readonly shortName?: string;
  /** The desk's one window (ア: 「ものづくり支援センター」（以下「センター」）が一元的な窓口). */
  readonly center?: boolean;
}

/**
 * An agreed basic plan (同意基本計画) of a support plan's 別紙: its municipalities (〈函館市・北斗市・七飯町〉)
 * and each field it prints, with the plan's field it is (null when none of them: 家具等製造分野 …).
 */
export interface SupportBasicPlanInput {
  readonly planKey: string;
  /** As printed between 〈〉. */
  readonly name: string;
  readonly municipalities: readonly string[];
  readonly fields: readonly {
    readonly text: string;
    readonly field: SupportField | null;
    readonly line?: number;
  }[];
  readonly sortOrder: number;
  readonly line?: number;
}

export interface ParsedDocument {
  readonly kind: DocumentKind;
  /** Identity of the document across imports (same key = same document, re-import updates it). */
  readonly key: string;
  readonly title: string;
  /** When the document was made, as known: "2018-11", "2023". Observations are known from then. */
  readonly edition: string;
  /** Evaluation year (western) of the published figures, when the document is an evaluation. */
  readonly evaluationYear?: number;
  readonly plans: readonly PlanInput[];
  readonly departments: readonly string[];
  readonly nodes: readonly NodeInput[];
  readonly programs: readonly ProgramInput[];
  readonly programLinks: readonly ProgramLinkInput[];
  readonly budgetLines: readonly BudgetLineInput[];
  readonly indicators: readonly IndicatorInput[];
  readonly usages: readonly IndicatorUsageInput[];
  readonly observations: readonly ObservationInput[];
  readonly nodeEvaluations: readonly NodeEvaluationInput[];
  readonly programEvaluations: readonly ProgramEvaluationInput[];
  readonly planLinks: readonly PlanLinkInput[];
  readonly printedTotals: readonly PrintedTotalInput[];
  readonly supportOrganizations: readonly SupportOrganizationInput[];
  /** Activity counts printed in the node's texts (000 only, so far). */
  readonly activitySeries?: readonly ActivitySeriesInput[];
  /** The agreed basic plans of a support plan's 別紙 (001 only). */
  readonly supportBasicPlans?: readonly SupportBasicPlanInput[];
}

export type ParseResult =
  | { readonly ok: true; readonly document: ParsedDocument; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** A parser for one document kind. `detect` scores how sure it is that the text is its kind (0–1). */
export interface DocumentParser {
  readonly kind: DocumentKind;
  detect(text: string): number;
  parse(text: string, fileName: string): ParseResult;
}

export function emptyDocument(
  kind: DocumentKind,
  key: string,
  title: string,
  edition: string,
): {
  -readonly [K in keyof ParsedDocument]: ParsedDocument[K] extends readonly (infer T)[]
    ? T[]
    : ParsedDocument[K];
} {
  return {
    kind,
    key,
    title,
    edition,
    plans: [],
    departments: [],
    nodes: [],
    programs: [],
    programLinks: [],
    budgetLines: [],
    indicators: [],
    usages: [],
    observations: [],
    nodeEvaluations: [],
    programEvaluations: [],
    planLinks: [],
    printedTotals: [],
    supportOrganizations: [],
  };
}
