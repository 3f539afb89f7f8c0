// What a plan's yearly update asks for: data in the plan's rule profile (`cycle`), not code per page.
// The 基本評価調書 asks for analysis, ratings, a proposed 総合判定, program costs and the measure's
// texts; the 推進状況 for KPI actuals, each program's 取組状況 and budget and a theme's 取組概要; the
// 進捗状況 for each program's 内容, 決算見込額 / 決算額 and its indicator's actual (a value, a status, a
// milestone, or an estimate with an "as of" note). Pure, and free of zod: the item page imports it.

/**
 * The texts under which a measure's evaluation keeps its marks (◎ ○ △): the 連携状況 and 緊急性・優先性
 * ratings, one name for the importer, the cycle, the documents and the pages.
 */
export const MARK_TEXTS = { coordination: "連携状況判定", urgency: "緊急性優先性判定" } as const;

/** Fields asked for each program of an item. */
export const PROGRAM_FIELDS = {
  budget: "予算額（千円）",
  settled: "決算額（千円）",
  settledEstimate: "決算見込額（千円）",
  generalRevenue: "一般財源（千円）",
  staffHq: "人工（本庁）",
  staffBranch: "人工（出先機関）",
  policy: "対応方針番号",
  direction: "方向性",
  progress: "取組状況",
  content: "内容",
} as const;
export type ProgramField = keyof typeof PROGRAM_FIELDS;

/** Program fields that are amounts in 千円, and how publishing stores them as a budget line. */
export const AMOUNT_KINDS: Partial<Record<ProgramField, string>> = {
  budget: "予算",
  settled: "決算",
  settledEstimate: "決算見込",
};

/** Fields asked for each indicator, besides its actual (a value or a status with a note). */
export const INDICATOR_FIELDS = ["target", "milestone", "estimate"] as const;
export type IndicatorField = (typeof INDICATOR_FIELDS)[number];

/**
 * Fields asked once per item (measure). "activity": the count of each of the measure's activity series
 * (「(R4:22回、R3:20回)」 in its texts) for the settled year, entered as `activity/<series id>`.
 */
export const MEASURE_FIELDS = ["analysis", "coordination", "urgency", "judgement", "activity"] as const;
export type MeasureField = (typeof MEASURE_FIELDS)[number];

/** A profile's yearly form (validated by the profile's schema in rule-profile.ts). */
export interface CycleForm {
  measure: MeasureField[];
  /** The measure's texts entered each year, by the label the document prints (施策の概要, 取組概要 …). */
  texts: string[];
  indicator: IndicatorField[];
  program: ProgramField[];
  /**
   * Entries a submission cannot go without: "analysis", "coordination/rating", "urgency/rating",
   * "proposedJudgement", "text/<label>", or "<program field>/*" (every program of the item).
   */
  required: string[];
  /**
   * The fiscal year a 決算 / 決算見込 is entered for, relative to the evaluation year: -1 where the
   * document reports the year before (the 基本評価調書 of 令和6年度 shows 令和5年度's 決算). A 予算 is
   * always the evaluation year's.
   */
  settledYearOffset: number;
}

/** The form of a profile that states none: what the 基本評価調書 asked for before forms were data. */
export function defaultCycleForm(hasJudgement: boolean): CycleForm {
  return {
    measure: hasJudgement ? ["analysis", "coordination", "urgency", "judgement"] : ["analysis"],
    texts: [],
    indicator: ["target"],
    program: ["budget", "policy", "direction"],
    required: hasJudgement
      ? ["analysis", "coordination/rating", "urgency/rating", "proposedJudgement"]
      : ["analysis"],
    settledYearOffset: 0,
  };
}

/** Whether the form asks for the entry at a path (the path's own kind is checked by parseField). */
export function formAsks(form: CycleForm, path: string): boolean {
  const head = path.split("/")[0]!;
  if (head === "actual") {
    const part = path.split("/")[3];
    if (part === "milestone" || part === "estimate") return form.indicator.includes(part);
    return true;
  }
  if (head === "target") return form.indicator.includes("target");
  if (head === "text") return form.texts.includes(path.slice("text/".length));
  if (head in PROGRAM_FIELDS) return form.program.includes(head as ProgramField);
  if (head === "secondary") return true;
  if (head === "proposedJudgement") return form.measure.includes("judgement");
  return form.measure.includes(head as MeasureField);
}

/** The required entries of an item, with "<field>/*" expanded over the item's programs. */
export function requiredPaths(form: CycleForm, programIds: readonly number[]): string[] {
  return form.required.flatMap((r) =>
    r.endsWith("/*") ? programIds.map((id) => `${r.slice(0, -2)}/${id}`) : [r],
  );
}
