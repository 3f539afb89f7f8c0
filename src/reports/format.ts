// Figures as the documents print them: thousands separators, △ for negatives, 千円, rates with "%",
// 和暦 year labels ("R2年度", "令和5年度"). Values arrive as the store keeps them (decimal strings and
// integers), so nothing here rounds: the rule profile rounded the rates already.
import { ESTIMATE_LABEL, PROVISIONAL_LABEL, PROVISIONAL_TEXT } from "../domain/evaluate.ts";
import { formatThousands } from "../domain/numbers.ts";
import { type YearBasis, type YearMonth, eraOf, warekiLabel } from "../domain/years.ts";

export const NONE = "－";

const ERA_LETTER: Record<string, string> = { 明治: "M", 大正: "T", 昭和: "S", 平成: "H", 令和: "R" };

/** "1057.2" → "1,057.2"; "-3" → "△3"; text that is not a decimal is returned as it is. */
export function formatDecimalText(value: string | null | undefined): string {
  if (value === null || value === undefined || value.trim() === "") return NONE;
  const m = /^(-)?(\d+)(\.\d+)?$/.exec(value.trim());
  if (!m) return value;
  const negative = m[1] === "-" && /[1-9]/.test((m[2] ?? "") + (m[3] ?? ""));
  return `${negative ? "△" : ""}${formatThousands(BigInt(m[2]!))}${m[3] ?? ""}`;
}

/** An amount in 千円 as a number: 341003 → "341,003". */
export function formatAmount(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NONE;
  return Number.isInteger(value) ? formatThousands(value) : formatDecimalText(String(value));
}

/** "82.6" → "82.6%". */
export function formatRate(rate: string | null | undefined): string {
  return rate === null || rate === undefined ? NONE : `${formatDecimalText(rate)}%`;
}

/** What follows an actual stated as an estimate, and a rate or grade computed on one. */
export const ESTIMATE_MARK = `（${ESTIMATE_LABEL}）`;
export const PROVISIONAL_MARK = `（${PROVISIONAL_LABEL}）`;
/** The footnote of a document that prints a provisional rate. */
export const PROVISIONAL_FOOTNOTE = `${PROVISIONAL_MARK}: ${PROVISIONAL_TEXT}（確定した実績値に置き換わると計算し直す）`;

/** The table column 率の根拠 (RATE_BASIS): 「実績値」, or 「見込み値（暫定）」 for a provisional rate. */
export const RATE_BASIS = "率の根拠";
export const PROVISIONAL_BASIS = `${ESTIMATE_LABEL}${PROVISIONAL_MARK}`;
export function rateBasis(rate: string | null, provisional: boolean | undefined): string | null {
  return rate === null ? null : provisional ? PROVISIONAL_BASIS : "実績値";
}

/** A value followed by its unit: ("455", "件") → "455件"; a missing value stays "－". */
export function withUnit(value: string | null | undefined, unit: string): string {
  const v = formatDecimalText(value);
  return v === NONE ? v : `${v}${unit}`;
}

/** 2020 → "R2", 2019 → "R元", 2018 → "H30": the short form the tables' column heads use. */
export function shortEraYear(year: number, asOf?: YearMonth | null): string {
  const { era, eraYear } = eraOf(year, asOf);
  return `${ERA_LETTER[era] ?? era}${eraYear === 1 ? "元" : eraYear}`;
}

/** 2018 → "H30年度" (fiscal) or "H30年" (calendar, or unknown with calendar wanted). */
export function shortYearLabel(year: number, basis: YearBasis = "fiscal"): string {
  return `${shortEraYear(year)}${basis === "fiscal" ? "年度" : "年"}`;
}

/** A period (single year or range): "H29", "H27～H31累計"; `asOf` as in eraOf (2019 is H31 in 2018). */
export function periodShort(from: number, to: number, asOf?: YearMonth | null): string {
  return from === to
    ? shortEraYear(from, asOf)
    : `${shortEraYear(from, asOf)}～${shortEraYear(to, asOf)}累計`;
}

/** 2023 → "令和5年度". */
export const fiscalYearLabel = (year: number) => warekiLabel(year, "fiscal");

export const DIRECTION_LABEL: Record<string, string> = {
  increase: "増加",
  decrease: "減少",
  maintain: "維持",
};

/** A decimal string as a number for a spreadsheet cell, or null when it is not a plain decimal. */
export function decimalNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined || !/^-?\d+(\.\d+)?$/.test(value.trim())) return null;
  return Number(value);
}

/** Number of decimals a decimal string carries ("1280.0" → 1), for a spreadsheet number format. */
export function decimalsOf(value: string | null | undefined): number {
  return value?.split(".")[1]?.length ?? 0;
}

/** Lines that begin a new item: bullets, brackets, numbers. A line break before them is kept. */
const ITEM_START = /^(?:[・（(【［[■●○◆◇□※＜<〈《「『\-－―→⇒①-⑳•]|\d+[.．、)）]|https?:)/;

/**
 * Text extracted from a PDF keeps the lines of the PDF's boxes ("…支援してい\nるほか"). Lines are
 * joined again unless the break ends a sentence or the next line starts an item, so that the text wraps
 * to the new document's width.
 */
export function reflow(text: string): string {
  const lines = text.split("\n");
  let out = lines[0] ?? "";
  for (const line of lines.slice(1)) {
    const prev = out.slice(-1);
    const keep =
      prev === "" || /[。：:）)」』]$/.test(prev) || line.trim() === "" || ITEM_START.test(line.trim());
    out += keep ? `\n${line}` : line;
  }
  return out;
}

/** "341003千円" (an amount as a document printed it) → "341,003千円"; other text unchanged. */
export const formatPrintedAmount = (s: string) =>
  s.replace(
    /^(-?\d+)(千円|円|万円|百万円|億円)$/,
    (_m, n: string, unit: string) => `${formatDecimalText(n)}${unit}`,
  );
