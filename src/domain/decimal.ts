// Exact decimal numbers: value = units × 10^-scale. Rates are computed from these without floats,
// so a rate sitting exactly on a rounding boundary (99.25 → 99.3) rounds the way the rules say.

export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_RE = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Parses a plain ASCII decimal ("-1234.5"). Returns null for anything else. */
export function parseDecimal(s: string): Decimal | null {
  const m = DECIMAL_RE.exec(s.trim());
  if (!m) return null;
  const frac = m[3] ?? "";
  const units = BigInt((m[2] ?? "0") + frac) * (m[1] ? -1n : 1n);
  return { units, scale: frac.length };
}

export function decimal(s: string): Decimal {
  const d = parseDecimal(s);
  if (!d) throw new Error(`not a decimal: ${s}`);
  return d;
}

export function fromInteger(n: number | bigint): Decimal {
  return { units: BigInt(n), scale: 0 };
}

export function formatDecimal(d: Decimal): string {
  const neg = d.units < 0n;
  const digits = (neg ? -d.units : d.units).toString().padStart(d.scale + 1, "0");
  const int = digits.slice(0, digits.length - d.scale);
  const frac = d.scale > 0 ? "." + digits.slice(digits.length - d.scale) : "";
  return (neg ? "-" : "") + int + frac;
}

export function toNumber(d: Decimal): number {
  return Number(formatDecimal(d));
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

/** The sum of decimal texts, blanks and unreadable ones left out: ["12.1", "0.0"] → "12.1". */
export function sumDecimals(values: readonly (string | null | undefined)[]): string {
  let acc = fromInteger(0);
  for (const v of values) {
    const d = v === null || v === undefined ? null : parseDecimal(v);
    if (d) acc = add(acc, d);
  }
  return formatDecimal(acc);
}

export function isZero(d: Decimal): boolean {
  return d.units === 0n;
}

export type Rounding = "half-up" | "truncate";

/**
 * (a ÷ b) × 100, rounded to `digits` decimals. Exact: the quotient is formed in integers.
 * half-up rounds halves away from zero, as Japanese public documents do (四捨五入).
 */
export function percent(a: Decimal, b: Decimal, digits: number, rounding: Rounding): Decimal {
  if (b.units === 0n) throw new RangeError("division by zero");
  // a/b = (a.units / 10^a.scale) / (b.units / 10^b.scale)
  let num = a.units * 10n ** BigInt(b.scale) * 100n * 10n ** BigInt(digits);
  let den = b.units * 10n ** BigInt(a.scale);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const neg = num < 0n;
  const absNum = neg ? -num : num;
  let q = absNum / den;
  const r = absNum % den;
  if (rounding === "half-up" && r * 2n >= den) q += 1n;
  return { units: neg ? -q : q, scale: digits };
}
