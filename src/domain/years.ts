// Years as the documents write them: 平成 / 令和 (H / R), 元年, 年度 (fiscal, April–March) and 暦年,
// western years, "2018年11月", and ranges such as "H27～H31".
import { toHalfWidth } from "./text.ts";

export type YearBasis = "fiscal" | "calendar";

/** A year or a range of years (from ≤ to), western. A single year has from === to. */
export interface Period {
  readonly from: number;
  readonly to: number;
  /** 年度 or 暦年, when the text says so. */
  readonly basis?: YearBasis;
}

interface Era {
  readonly name: string;
  readonly letter: string;
  readonly start: number;
}

const ERAS: readonly Era[] = [
  { name: "明治", letter: "M", start: 1868 },
  { name: "大正", letter: "T", start: 1912 },
  { name: "昭和", letter: "S", start: 1926 },
  { name: "平成", letter: "H", start: 1989 },
  { name: "令和", letter: "R", start: 2019 },
];

function eraByToken(token: string): Era | undefined {
  const t = token.toUpperCase();
  return ERAS.find((e) => e.name === token || e.letter === t);
}

const ERA_YEAR = String.raw`(明治|大正|昭和|平成|令和|[MTSHRmtshr])\s*(元|\d{1,2})`;
const WESTERN_YEAR = String.raw`((?:18|19|20|21)\d{2})`;
const YEAR = `(?:${ERA_YEAR}|${WESTERN_YEAR})`;
const SUFFIX = String.raw`\s*(年度|年|暦年)?`;

const SINGLE_RE = new RegExp(`^${YEAR}${SUFFIX}$`);
const RANGE_RE = new RegExp(`^${YEAR}${SUFFIX}\\s*[～〜~\\-－ー―]\\s*${YEAR}?${SUFFIX}$`);
const MONTH_RE = new RegExp(`^${YEAR}\\s*年\\s*(\\d{1,2})\\s*月$`);

function westernOf(eraToken: string | undefined, eraYear: string | undefined, western: string | undefined) {
  if (western) return Number(western);
  const era = eraByToken(eraToken ?? "");
  if (!era || eraYear === undefined) return null;
  const n = eraYear === "元" ? 1 : Number(eraYear);
  if (n < 1) return null;
  return era.start + n - 1;
}

function basisOf(suffix: string | undefined): YearBasis | undefined {
  if (suffix === "年度") return "fiscal";
  if (suffix === "暦年") return "calendar";
  return undefined;
}

function normalise(text: string): string {
  return toHalfWidth(text)
    .trim()
    .replace(/^[(（]|[)）]$/g, "")
    .trim();
}

/** "H30年度" → 2018 (fiscal); "令和元年" → 2019; "2018" → 2018. Null when the text is not one year. */
export function parseYear(text: string): Period | null {
  const m = SINGLE_RE.exec(normalise(text));
  if (!m) return null;
  const year = westernOf(m[1], m[2], m[3]);
  if (year === null) return null;
  const basis = basisOf(m[4]);
  return basis ? { from: year, to: year, basis } : { from: year, to: year };
}

/** "H27～H31" → 2015–2019; "R1～R4年度"; also a single year. The second era may be omitted ("H27～31"). */
export function parsePeriod(text: string): Period | null {
  const single = parseYear(text);
  if (single) return single;
  // "H27～31": the second year carries the first one's era.
  const s = normalise(text).replace(
    new RegExp(`^${ERA_YEAR}(\\s*(?:年度|年|暦年)?\\s*[～〜~\\-－ー―]\\s*)(\\d{1,2})(?!\\d)`),
    (_m, era: string, n: string, mid: string, n2: string) => `${era}${n}${mid}${era}${n2}`,
  );
  const m = RANGE_RE.exec(s);
  if (!m) return null;
  const from = westernOf(m[1], m[2], m[3]);
  const to = westernOf(m[5], m[6], m[7]);
  if (from === null || to === null || to < from) return null;
  const basis = basisOf(m[8]) ?? basisOf(m[4]);
  return basis ? { from, to, basis } : { from, to };
}

/** "2018年11月" → { year: 2018, month: 11 }. Also accepts 和暦 ("平成30年11月"). */
export function parseYearMonth(text: string): { year: number; month: number } | null {
  const m = MONTH_RE.exec(normalise(text));
  if (!m) return null;
  const year = westernOf(m[1], m[2], m[3]);
  const month = Number(m[4]);
  if (year === null || month < 1 || month > 12) return null;
  return { year, month };
}

const eraFormatter = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { era: "long", year: "numeric" });

/** A month, western: when a document was written (its edition "2018-11"). */
export interface YearMonth {
  readonly year: number;
  readonly month: number;
}

function eraAt(date: Date): { era: string; eraYear: number } {
  const parts = eraFormatter.formatToParts(date);
  const era = parts.find((p) => p.type === "era")?.value ?? "";
  const eraYear = Number(parts.find((p) => p.type === "year")?.value.replace("元", "1") ?? NaN);
  return { era, eraYear };
}

/**
 * The era name and year for a western year, via Intl ("令和", 1). A 年度 is named by its July.
 * With `asOf`, the month a document was written, a later year is named in the era of that month, as the
 * document printed it: to a document of 2018-11, 2019 is 平成31 and 2020 平成32 (令和 began 2019-05).
 */
export function eraOf(year: number, asOf?: YearMonth | null): { era: string; eraYear: number } {
  const july = new Date(Date.UTC(year, 6, 1));
  const named = eraAt(july);
  if (!asOf) return named;
  const written = new Date(Date.UTC(asOf.year, asOf.month - 1, 1));
  if (written >= july) return named;
  const known = eraAt(written);
  return known.era === named.era ? named : { era: known.era, eraYear: known.eraYear + year - asOf.year };
}

/** 2019 → "令和元年度" (fiscal) / "令和元年" (calendar or unknown). */
export function warekiLabel(year: number, basis?: YearBasis): string {
  const { era, eraYear } = eraOf(year);
  return `${era}${eraYear === 1 ? "元" : eraYear}${basis === "fiscal" ? "年度" : "年"}`;
}

/** 2018 → "H30", 2023 → "R5": the short form the tables use. */
export function shortWarekiLabel(year: number): string {
  const { era, eraYear } = eraOf(year);
  const letter = ERAS.find((e) => e.name === era)?.letter ?? era;
  return `${letter}${eraYear}`;
}

export function periodLabel(p: Period): string {
  if (p.from === p.to) return warekiLabel(p.from, p.basis);
  return `${shortWarekiLabel(p.from)}～${shortWarekiLabel(p.to)}${p.basis === "fiscal" ? "年度" : ""}累計`;
}

export function periodKey(p: Period): string {
  return p.from === p.to ? String(p.from) : `${p.from}-${p.to}`;
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

/** Whether a text is a real calendar date written YYYY-MM-DD (2026-02-29 and 2026-13-45 are not). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
