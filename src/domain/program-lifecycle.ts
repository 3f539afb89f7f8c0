// A program's lifecycle: the last fiscal year it ran, and the program it was merged into. Pure.
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
