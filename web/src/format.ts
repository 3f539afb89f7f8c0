// Numbers as the documents print them: thousands separators, 千円, △ for negatives, "－" for nothing;
// and how long ago something was touched.
import { ESTIMATE_LABEL } from "../../src/domain/evaluate.ts";

export const NONE = "－";

/** "1234567" → "1,234,567"; keeps a fraction as it is ("12345.60" → "12,345.60"). */
function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A decimal number given as a string or a number, with separators and △ for a negative:
 * "-1234.5" → "△1,234.5". Text that is not a number is returned unchanged.
 */
export function formatNumber(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === "") return NONE;
  const text = typeof value === "number" ? String(value) : value.trim();
  const m = /^([+-]?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  const [, sign, int = "", frac = ""] = m;
  const negative = sign === "-" && /[1-9]/.test(int + frac);
  return `${negative ? "△" : ""}${groupDigits(int)}${frac}`;
}

/** An amount in 千円: 341003 → "341,003千円", -5 → "△5千円", null → "－". */
export function formatAmount(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return NONE;
  return `${formatNumber(amount)}千円`;
}

/** A rate as the profile rounded it: "82.6" → "82.6%". */
export function formatRate(rate: string | null | undefined): string {
  return rate === null || rate === undefined || rate === "" ? NONE : `${formatNumber(rate)}%`;
}

/** A value with its unit when the unit is short enough to follow it ("12件", "82.6%"). */
export function formatValue(value: string | null | undefined, unit?: string | null): string {
  const v = formatNumber(value);
  if (v === NONE || !unit) return v;
  return `${v}${unit}`;
}

/** 「（見込み値）」: what follows an actual stated as an estimate, as seed 004 prints 「300(見込み値)」. */
export const ESTIMATE_MARK = `（${ESTIMATE_LABEL}）`;

/** An actual with its unit, marked when it is an estimate: "300百万円（見込み値）". */
export function formatActual(
  value: string | null | undefined,
  unit: string | null | undefined,
  estimate?: boolean,
) {
  const v = formatValue(value, unit);
  return estimate && v !== NONE ? `${v}${ESTIMATE_MARK}` : v;
}

/** Sum of amounts, ignoring nulls; null when there is nothing to add. */
export function sumAmounts(amounts: readonly (number | null | undefined)[]): number | null {
  const present = amounts.filter((a): a is number => typeof a === "number" && Number.isFinite(a));
  return present.length ? present.reduce((a, b) => a + b, 0) : null;
}

/** A plain count with separators: 1234 → "1,234". */
export function formatCount(n: number): string {
  return formatNumber(n);
}

/** "3日前", "2時間前", "たった今": how long ago something was touched. */
export function ago(iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60000);
  if (minutes < 1) return "たった今";
  if (minutes < 60) return `${minutes}分前`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}時間前`;
  return `${Math.floor(hours / 24)}日前`;
}
