// Numbers as the documents print them: full-width digits, thousands separators, △ / ▲ for negatives,
// units and scaled money units (千円 / 万円 / 百万円 / 億円). "—" and "－" mean missing.
import { type Decimal, parseDecimal } from "./decimal.ts";
import { isMissingMark, toHalfWidth } from "./text.ts";

export interface ParsedNumber {
  readonly value: Decimal;
  /** Unit text after the number ("万円", "%", "人", "m³"), trimmed; "" when none. */
  readonly unit: string;
}

/** Money units and their power of ten relative to one yen. */
export const MONEY_SCALES: Readonly<Record<string, number>> = {
  円: 0,
  千円: 3,
  万円: 4,
  百万円: 6,
  億円: 8,
};

const NUMBER_RE = /^([△▲-])?\s*(\d{1,3}(?:,\s?\d{3})+|\d+)(?:\.(\d+))?\s*(.*)$/;

/**
 * "４,０４９千円" → 4049 千円; "△174億円" → -174 億円; "1,057.2" → 1057.2; "76.2%以上" → 76.2 "%以上".
 * Null when there is no number at the start, or the text is a missing mark.
 */
export function parseNumber(text: string): ParsedNumber | null {
  const s = toHalfWidth(text)
    .trim()
    .replace(/^[(（]|[)）]$/g, "");
  if (isMissingMark(s)) return null;
  const m = NUMBER_RE.exec(s);
  if (!m) return null;
  const intPart = (m[2] ?? "").replace(/[,\s]/g, "");
  const value = parseDecimal(`${m[1] ? "-" : ""}${intPart}${m[3] ? "." + m[3] : ""}`);
  if (!value) return null;
  return { value, unit: (m[4] ?? "").trim() };
}

/** An amount of money as an exact integer in the unit it was printed in, with that unit's scale. */
export interface Amount {
  /** The printed figure (e.g. 4049 for "4,049千円"). */
  readonly value: bigint;
  /** Power of ten of the unit relative to yen: 3 for 千円. */
  readonly scale: number;
}

/** "4,049千円" → { value: 4049n, scale: 3 }. `defaultUnit` applies when the text has no unit. */
export function parseAmount(text: string, defaultUnit = "千円"): Amount | null {
  const n = parseNumber(text);
  if (!n || n.value.scale !== 0) return null;
  const unit = n.unit === "" ? defaultUnit : n.unit.replace(/の?(枠内|内数).*$/, "").trim();
  const scale = MONEY_SCALES[unit];
  if (scale === undefined) return null;
  return { value: n.value.units, scale };
}

/** Converts an amount to another money scale exactly; null when it would need a fraction. */
export function rescaleAmount(a: Amount, scale: number): bigint | null {
  if (scale <= a.scale) return a.value * 10n ** BigInt(a.scale - scale);
  const div = 10n ** BigInt(scale - a.scale);
  return a.value % div === 0n ? a.value / div : null;
}

/** 4049 → "4,049" (the documents' way of printing amounts). */
export function formatThousands(n: bigint | number): string {
  const s = (typeof n === "bigint" ? n : BigInt(n)).toString();
  const neg = s.startsWith("-");
  const digits = neg ? s.slice(1) : s;
  return (neg ? "△" : "") + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
