// Rates, grades and overall judgements under a rule profile. Pure: the figures follow from the stored
// values and the profile, so changing the profile changes the figures, never the data.
import { type Decimal, compare, isZero, percent, subtract } from "./decimal.ts";
import type { RuleProfile } from "./rule-profile.ts";
import { type Period, samePeriod } from "./years.ts";

export type Direction = "increase" | "decrease" | "maintain";

export interface Observation {
  /** "actual", or a reference series ("national"). */
  readonly series: string;
  readonly period: Period;
  readonly value?: Decimal;
  readonly status?: string;
  /** Edition ("2018-11", "2023") of the document that reported the value: it is known from then. */
  readonly knownFrom: string;
  /** Stated as an estimate (見込み値): shown as one, and a rate computed on it is provisional. */
  readonly estimate?: boolean;
}

export interface Target {
  readonly period: Period;
  readonly kind: "absolute" | "baseline_or_more" | "reference";
  readonly value?: Decimal;
  readonly referenceSeries?: string;
  readonly isFinal: boolean;
}

export interface EvaluationInput {
  readonly direction: Direction;
  readonly measure: "quantitative" | "qualitative";
  readonly baseline?: { readonly period?: Period; readonly value?: Decimal };
  /** The targets of the plan being evaluated (each plan keeps its own). */
  readonly targets: readonly Target[];
  /** Every observation of the indicator, from any document. */
  readonly observations: readonly Observation[];
}

export type RateReason =
  "qualitative" | "no-actual" | "no-target" | "no-reference" | "no-baseline" | "zero-denominator";

export const RATE_REASON_TEXT: Readonly<Record<RateReason, string>> = {
  qualitative: "定性的な指標のため進捗率を算出しない",
  "no-actual": "実績値が未捕捉",
  "no-target": "評価対象年度の目標値がない",
  "no-reference": "参照値（全国値等）が未捕捉",
  "no-baseline": "基準値がない",
  "zero-denominator": "分母が0のため算出不能",
};

/** How an estimate and a rate on it are named wherever they are shown: 「300（見込み値）」, 「82.8%（暫定）」. */
export const ESTIMATE_LABEL = "見込み値";
export const PROVISIONAL_LABEL = "暫定";
export const PROVISIONAL_TEXT = "見込み値に基づく暫定の率";

export interface IndicatorEvaluation {
  readonly rate: Decimal | null;
  readonly reason?: RateReason;
  readonly grade: string | null;
  readonly actual?: { readonly period: Period; readonly value: Decimal; readonly estimate: boolean };
  readonly target?: { readonly period: Period; readonly value: Decimal; readonly kind: Target["kind"] };
  readonly referenceValue?: Decimal;
}

/** Edition strings compare as text: "2018-11" < "2023" < "2023-06". */
function knownBy(o: Observation, asOf: string | undefined): boolean {
  return asOf === undefined || o.knownFrom <= asOf;
}

/**
 * Whether `o` replaces `current`, a statement about the same period: it was reported later, or, by a
 * document of the same edition, it is a firm value where `current` was an estimate (見込み値 → 実績).
 */
export function replaces(
  o: { readonly knownFrom: string; readonly estimate?: boolean },
  current: { readonly knownFrom: string; readonly estimate?: boolean },
): boolean {
  return (
    o.knownFrom > current.knownFrom ||
    (o.knownFrom === current.knownFrom && current.estimate === true && o.estimate !== true)
  );
}

/** The latest actual with a value known as of `asOf`; for the same period, the one that replaces the others. */
export function latestActual(
  observations: readonly Observation[],
  asOf?: string,
): { period: Period; value: Decimal; estimate: boolean } | undefined {
  let best: Observation | undefined;
  for (const o of observations) {
    if (o.series !== "actual" || o.value === undefined || !knownBy(o, asOf)) continue;
    if (
      !best ||
      o.period.to > best.period.to ||
      (o.period.to === best.period.to && o.period.from < best.period.from) ||
      (samePeriod(o.period, best.period) && replaces(o, best))
    ) {
      best = o;
    }
  }
  return best?.value
    ? { period: best.period, value: best.value, estimate: best.estimate === true }
    : undefined;
}

function chooseTarget(
  targets: readonly Target[],
  actualPeriod: Period,
  basis: RuleProfile["rate"]["targetBasis"],
): Target | undefined {
  if (basis === "same-year") return targets.find((t) => samePeriod(t.period, actualPeriod));
  return targets.find((t) => t.isFinal) ?? [...targets].sort((a, b) => b.period.to - a.period.to)[0];
}

function referenceValue(input: EvaluationInput, series: string, period: Period, asOf?: string) {
  const found = input.observations
    .filter((o) => o.series === series && o.value !== undefined && knownBy(o, asOf))
    .filter((o) => samePeriod(o.period, period))
    .sort((a, b) => (a.knownFrom < b.knownFrom ? 1 : -1))[0];
  return found?.value;
}

export function gradeOf(rate: Decimal | null, profile: RuleProfile): string | null {
  if (rate === null || profile.grades.length === 0) return null;
  const bands = [...profile.grades].sort((a, b) => b.min - a.min);
  for (const b of bands) {
    if (compare(rate, decimalOfNumber(b.min)) >= 0) return b.label;
  }
  return null;
}

function decimalOfNumber(n: number): Decimal {
  const s = String(n);
  const [int, frac = ""] = s.split(".");
  return { units: BigInt((int ?? "0") + frac), scale: frac.length };
}

/** Evaluates one indicator of one plan as of an edition (`asOf`), under `profile`. */
export function evaluateIndicator(
  input: EvaluationInput,
  profile: RuleProfile,
  asOf?: string,
): IndicatorEvaluation {
  const fail = (reason: RateReason, rest: Partial<IndicatorEvaluation> = {}): IndicatorEvaluation => ({
    rate: null,
    reason,
    grade: null,
    ...rest,
  });
  if (input.measure === "qualitative") return fail("qualitative");
  const actual = latestActual(input.observations, asOf);
  if (!actual) return fail("no-actual");
  const target = chooseTarget(input.targets, actual.period, profile.rate.targetBasis);
  if (!target) return fail("no-target", { actual });

  let targetValue: Decimal | undefined;
  let reference: Decimal | undefined;
  if (target.kind === "absolute") targetValue = target.value;
  else if (target.kind === "baseline_or_more") {
    targetValue = input.baseline?.value;
    if (!targetValue) return fail("no-baseline", { actual });
  } else {
    reference = referenceValue(input, target.referenceSeries ?? "national", actual.period, asOf);
    if (!reference) return fail("no-reference", { actual });
    targetValue = reference;
  }
  if (!targetValue) return fail("no-target", { actual });
  const resolved = {
    actual,
    target: { period: target.period, value: targetValue, kind: target.kind },
    ...(reference ? { referenceValue: reference } : {}),
  };

  const { digits, mode } = profile.rate.rounding;
  const baseline = input.baseline?.value;
  let rate: Decimal;
  if (input.direction === "decrease") {
    if (profile.rate.decrease.zeroWhenWorseThanBaseline && baseline && compare(actual.value, baseline) > 0) {
      rate = { units: 0n, scale: digits };
    } else if (profile.rate.decrease.formula === "target-over-actual") {
      if (isZero(actual.value)) return fail("zero-denominator", resolved);
      rate = percent(targetValue, actual.value, digits, mode);
    } else {
      if (!baseline) return fail("no-baseline", resolved);
      const den = subtract(baseline, targetValue);
      if (isZero(den)) return fail("zero-denominator", resolved);
      rate = percent(subtract(baseline, actual.value), den, digits, mode);
    }
  } else if (profile.rate.formula === "ratio") {
    if (isZero(targetValue)) return fail("zero-denominator", resolved);
    rate = percent(actual.value, targetValue, digits, mode);
  } else {
    if (!baseline) return fail("no-baseline", resolved);
    const den = subtract(targetValue, baseline);
    if (isZero(den)) return fail("zero-denominator", resolved);
    rate = percent(subtract(actual.value, baseline), den, digits, mode);
  }
  return { rate, grade: gradeOf(rate, profile), ...resolved };
}

/** The measure's indicator grade and overall judgement (総合判定) from its indicators' grades. */
export function judgeMeasure(
  grades: readonly (string | null)[],
  profile: RuleProfile,
): { grade: string | null; judgement: string | null } {
  const j = profile.judgement;
  if (!j) return { grade: null, judgement: null };
  const points = grades.flatMap((g) => (g !== null && j.points[g] !== undefined ? [j.points[g]] : []));
  if (points.length === 0) return { grade: null, judgement: null };
  const mean = points.reduce((a, b) => a + b, 0) / points.length;
  // Points are small integers; the mean has few digits, so float rounding at .5 is exact enough here.
  const rounded = j.rounding === "half-up" ? Math.floor(mean + 0.5) : Math.floor(mean);
  const band = [...j.grades].sort((a, b) => b.minPoints - a.minPoints).find((b) => rounded >= b.minPoints);
  const grade = band?.label ?? null;
  return { grade, judgement: grade ? (j.byGrade[grade] ?? null) : null };
}
