// A program's lifecycle: the last fiscal year it ran, and the program it was merged into. Pure.
import type { CycleForm, ProgramField } from "./cycle-form.ts";
import { warekiLabel } from "./years.ts";

export interface ProgramLifecycle {
  /** The last fiscal year the program ran; null while it runs. */
  readonly endedYear: number | null;
  /** The program it was merged into from the year after endedYear, by name. */
  readonly successorName?: string | null;
}

/** Whether values (actuals, budgets) may be entered for the fiscal year: not after the program ended. */
export function acceptsValuesIn(program: ProgramLifecycle, fiscalYear: number): boolean {
  return program.endedYear === null || fiscalYear <= program.endedYear;
}

/** 「令和3年度をもって終了」 / 「令和4年度から中小企業DX推進費に統合」; null while the program runs. */
export function lifecycleLabel(program: ProgramLifecycle): string | null {
  if (program.endedYear === null) return null;
  return program.successorName
    ? `${warekiLabel(program.endedYear + 1, "fiscal")}から${program.successorName}に統合`
    : `${warekiLabel(program.endedYear, "fiscal")}をもって終了`;
}

/** Program fields stated for the form's settled year: a 決算 / 決算見込 and the costs that go with it. */
const SETTLED_YEAR_FIELDS = new Set<ProgramField>([
  "settled",
  "settledEstimate",
  "generalRevenue",
  "staffHq",
  "staffBranch",
]);

/**
 * The fiscal year a program field of an evaluation year's entries is for: a 決算 / 決算見込, 一般財源 and
 * 人工 the form's settled year (the year before, in a 基本評価調書); a 予算, 対応方針, 方向性, 取組状況 or
 * 内容 the evaluation year itself.
 */
export function programFieldYear(field: ProgramField, fiscalYear: number, form: CycleForm): number {
  return SETTLED_YEAR_FIELDS.has(field) ? fiscalYear + form.settledYearOffset : fiscalYear;
}

/**
 * Why a program takes no value for a fiscal year, naming the program and the year; null when it does:
 * 「「観光資源発掘・魅力創出事業」は令和3年度をもって終了したため、令和5年度の値は入力できません。」
 */
export function endedProgramMessage(
  program: ProgramLifecycle & { readonly name: string },
  fiscalYear: number,
): string | null {
  if (acceptsValuesIn(program, fiscalYear)) return null;
  const done = program.successorName ? "された" : "した";
  return `「${program.name}」は${lifecycleLabel(program)}${done}ため、${warekiLabel(fiscalYear, "fiscal")}の値は入力できません。`;
}
