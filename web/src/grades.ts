// Grades (指標判定 Ａ–Ｄ), judgements (総合判定 順調 …) and rate bands share five tones, so that a colour
// always means the same thing. The tone only colours: the label is always written out beside it.

import { NO_DATA_KEY, RATE_BANDS, RATE_BAND_LABELS, UNGRADED_KEY } from "../../src/domain/grade-counts.ts";

export type Tone = "good" | "fair" | "warn" | "bad" | "none";

export { NO_DATA_KEY, UNGRADED_KEY };
export const NO_DATA_LABEL = "未集計";

const toHalfWidth = (s: string) =>
  s.replace(/[Ａ-Ｚａ-ｚ０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();

/** Ａ (or A, S) good, Ｂ fair, Ｃ warn, Ｄ bad; anything else, or nothing, none. */
export function gradeTone(grade: string | null | undefined): Tone {
  if (!grade) return "none";
  switch (toHalfWidth(grade).toUpperCase()) {
    case "S":
    case "A":
      return "good";
    case "B":
      return "fair";
    case "C":
      return "warn";
    case "D":
      return "bad";
    default:
      return "none";
  }
}

/** 順調 good, 概ね順調 fair, やや遅れている warn, 遅れている bad; a grade letter as gradeTone. */
export function judgementTone(judgement: string | null | undefined): Tone {
  if (!judgement) return "none";
  const j = judgement.trim();
  if (/^(概ね|おおむね)順調/.test(j)) return "fair";
  if (/^順調/.test(j)) return "good";
  if (/^やや遅れ/.test(j)) return "warn";
  if (/遅れ/.test(j)) return "bad";
  return gradeTone(j);
}

/** Rate bands, for profiles without grades: "≥100" good, "80–100" fair, "<80" warn. */
export function bandTone(band: string): Tone {
  if (band.startsWith("≥") || band.startsWith(">=")) return "good";
  if (band.startsWith("<")) return "warn";
  if (band === NO_DATA_KEY) return "none";
  return "fair";
}

const BAND_LABELS: Readonly<Record<string, string>> = RATE_BAND_LABELS;

export interface DistributionEntry {
  key: string;
  label: string;
  count: number;
  tone: Tone;
}

/**
 * Counts in display order: the profile's grade labels first, then any other key as it comes, and the
 * indicators without data last. Zero counts of known grades are kept (a table reads better whole).
 */
export function gradeDistribution(
  counts: Readonly<Record<string, number>>,
  gradeLabels: readonly string[],
): DistributionEntry[] {
  const keys = [
    ...gradeLabels,
    ...Object.keys(counts).filter((k) => !gradeLabels.includes(k) && k !== NO_DATA_KEY),
    NO_DATA_KEY,
  ];
  return keys
    .map((key) => ({
      key,
      label: key === NO_DATA_KEY ? NO_DATA_LABEL : key === UNGRADED_KEY ? UNGRADED_LABEL : key,
      count: counts[key] ?? 0,
      tone: gradeTone(key),
    }))
    .filter((e) => e.count > 0 || gradeLabels.includes(e.key));
}

/** Rate bands in order, then the indicators without a rate. */
export function bandDistribution(
  bands: Readonly<Record<string, number>>,
  noData: number,
): DistributionEntry[] {
  const order: readonly string[] = RATE_BANDS;
  const keys = [...order, ...Object.keys(bands).filter((k) => !order.includes(k))];
  const entries = keys.map((key) => ({
    key,
    label: BAND_LABELS[key] ?? key,
    count: bands[key] ?? 0,
    tone: bandTone(key),
  }));
  return noData > 0
    ? [...entries, { key: NO_DATA_KEY, label: NO_DATA_LABEL, count: noData, tone: "none" as const }]
    : entries;
}

export const UNGRADED_LABEL = "率あり（区分なし）";
