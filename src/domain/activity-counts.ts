// Activity counts printed in brackets after a measure's results: 「(R4:22回、R3:20回、R2:19回、R1:18回)」,
// 「（R1～R3:毎年度各1回、R4:2回）」, 「（R4：10回13社）」. Reading a text finds each bracket, the activity it
// counts (the text before it) and its counts by unit and fiscal year; writing prints a bracket again
// from stored counts in the style the text printed it in (its brackets, colon, separator, order), so a
// text rewritten from the counts it was read from is the text as printed. Pure.
import { formatDecimal, parseDecimal } from "./decimal.ts";
import { toHalfWidth } from "./text.ts";
import { parseYear, shortWarekiLabel } from "./years.ts";

/** Units a count is printed with. */
export const COUNT_UNITS = ["回", "件", "名", "社", "人", "団体", "か所", "箇所", "校"] as const;

/** A qualifier that makes a range of years one count per year (「R1～R4:毎年度1回」). */
const EVERY_YEAR = "毎年度";

export interface ActivityCount {
  readonly fiscalYear: number;
  /** Decimal text ("22"). */
  readonly value: string;
  /** Printed before the number: 毎年度, 毎年度各, オンライン. */
  readonly qualifier: string | null;
}

/** How a bracket prints its counts. */
export interface CountStyle {
  readonly open: string;
  readonly close: string;
  readonly colon: string;
  readonly separator: string;
  readonly rangeMark: string;
  readonly order: "newest-first" | "oldest-first";
  /** The units of one year's entry, in printed order (「10回13社」: 回, 社). */
  readonly units: readonly string[];
  readonly fullWidth: boolean;
}

/** One bracket of counts found in a text. */
export interface CountBracket {
  readonly start: number;
  readonly end: number;
  readonly printed: string;
  /** The activity counted: the text from the bullet (or the previous bracket) to this one. */
  readonly label: string;
  readonly style: CountStyle;
  readonly series: readonly { readonly unit: string; readonly counts: readonly ActivityCount[] }[];
}

/** A bracket that looks like counts (an era year and a colon) but could not be read. */
export interface UnreadBracket {
  readonly start: number;
  readonly printed: string;
  readonly reason: string;
}

const BRACKET_RE = /[（(][^（()）]*[)）]/g;
const LOOKS_LIKE_COUNTS = /[RHＲＨ]\s*[0-9０-９元]+\s*[:：～~〜]/;
const YEAR = "[RHＲＨ]\\s*(?:[0-9０-９]{1,2}|元)";
const ITEM_RE = new RegExp(`^\\s*(${YEAR})(?:\\s*([～~〜])\\s*(${YEAR}))?\\s*([:：])\\s*(.*?)\\s*$`, "s");
const UNIT = COUNT_UNITS.join("|");
const COUNT_RE = new RegExp(`^([^0-9０-９、,，]*?)([0-9０-９]+(?:[.．][0-9０-９]+)?)\\s*(${UNIT})`);
const SEPARATOR_RE = /[、,，]/;

/** The activity a bracket counts: the text since the bullet, the previous bracket or the text's start. */
function labelBefore(text: string, start: number, previousEnd: number): string {
  const bullet = text.lastIndexOf("\n・", start) + 1;
  return text
    .slice(Math.max(previousEnd, bullet), start)
    .replace(/\s*\n\s*/g, "")
    .replace(/^[・、，,\s]+/, "")
    .trim();
}

interface ParsedItem {
  from: number;
  to: number;
  colon: string;
  rangeMark: string | null;
  counts: { unit: string; value: string; qualifier: string }[];
}

function parseItem(item: string): ParsedItem | string {
  const m = ITEM_RE.exec(item);
  if (!m) return `「${item.trim()}」に年度とコロンがありません`;
  const from = parseYear(toHalfWidth(m[1]!).replace(/\s/g, ""))?.from;
  const to = m[3] ? parseYear(toHalfWidth(m[3]).replace(/\s/g, ""))?.from : from;
  if (from === undefined || to === undefined || to < from) return `「${item.trim()}」の年度を読めません`;
  const counts: ParsedItem["counts"] = [];
  for (let rest = m[5]!; rest.trim() !== "";) {
    const c = COUNT_RE.exec(rest);
    if (!c) return `「${rest.trim()}」を数と単位（${COUNT_UNITS.join("・")}）として読めません`;
    const value = parseDecimal(toHalfWidth(c[2]!));
    if (!value) return `「${c[2]}」を数として読めません`;
    const qualifier = c[1]!.trim();
    if (counts.some((x) => x.unit === c[3])) return `「${item.trim()}」に単位「${c[3]}」が二度あります`;
    counts.push({ unit: c[3]!, value: formatDecimal(value), qualifier });
    rest = rest.slice(c[0].length);
  }
  if (counts.length === 0) return `「${item.trim()}」に数がありません`;
  if (to > from && !counts.every((c) => c.qualifier.startsWith(EVERY_YEAR)))
    return `年度の範囲「${m[1]}${m[2]}${m[3]}」は「${EVERY_YEAR}」の数でなければ年度ごとに分けられません`;
  return { from, to, colon: m[4]!, rangeMark: m[2] ?? null, counts };
}

function readBracket(printed: string, start: number, label: string): CountBracket | string {
  if (label === "") return "何の数かを表す文が括弧の前にありません";
  const inner = printed.slice(1, -1);
  const separator = SEPARATOR_RE.exec(inner)?.[0] ?? "、";
  const items: ParsedItem[] = [];
  for (const part of inner.split(SEPARATOR_RE)) {
    const item = parseItem(part);
    if (typeof item === "string") return item;
    items.push(item);
  }
  const units: string[] = [];
  const byUnit = new Map<string, ActivityCount[]>();
  for (const item of items) {
    for (const c of item.counts) {
      if (!units.includes(c.unit)) units.push(c.unit);
      const list = byUnit.get(c.unit) ?? [];
      for (let y = item.from; y <= item.to; y++) {
        if (list.some((x) => x.fiscalYear === y)) return `${shortWarekiLabel(y)}の${c.unit}が二度あります`;
        list.push({ fiscalYear: y, value: c.value, qualifier: c.qualifier || null });
      }
      byUnit.set(c.unit, list);
    }
  }
  return {
    start,
    end: start + printed.length,
    printed,
    label,
    style: {
      open: printed[0]!,
      close: printed.at(-1)!,
      colon: items[0]!.colon,
      separator,
      rangeMark: items.find((i) => i.rangeMark)?.rangeMark ?? "～",
      order: items.length > 1 && items[0]!.from < items.at(-1)!.from ? "oldest-first" : "newest-first",
      units,
      fullWidth: /[０-９]/.test(inner),
    },
    series: units.map((unit) => ({ unit, counts: byUnit.get(unit)! })),
  };
}

/** Every bracket of counts in a text, and those that look like counts but could not be read. */
export function findCountBrackets(text: string): { brackets: CountBracket[]; unread: UnreadBracket[] } {
  const brackets: CountBracket[] = [];
  const unread: UnreadBracket[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(BRACKET_RE)) {
    const start = m.index;
    const printed = m[0];
    if (LOOKS_LIKE_COUNTS.test(printed)) {
      const read = readBracket(printed, start, labelBefore(text, start, previousEnd));
      if (typeof read === "string") unread.push({ start, printed, reason: read });
      else brackets.push(read);
    }
    previousEnd = start + printed.length;
  }
  return { brackets, unread };
}

const toFullWidth = (s: string) =>
  s.replace(/[0-9A-Z.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** One year's (or one range's) entry: 「R4:22回」, 「R1～R4:毎年度1回」, 「R4：10回13社」. */
interface Entry {
  from: number;
  to: number;
  counts: { unit: string; value: string; qualifier: string | null }[];
}

const sameCounts = (a: Entry, b: Entry) =>
  a.counts.length === b.counts.length &&
  a.counts.every((c, i) => c.value === b.counts[i]!.value && c.qualifier === b.counts[i]!.qualifier);

/**
 * The bracket of a style with the counts of each of its units up to a fiscal year, or null when there
 * is none. Consecutive years with the same 毎年度 counts print as one range, as the document prints them.
 */
export function printBracket(
  style: CountStyle,
  countsByUnit: ReadonlyMap<string, readonly ActivityCount[]>,
  upTo: number,
): string | null {
  const years = [
    ...new Set(
      style.units.flatMap((u) =>
        (countsByUnit.get(u) ?? []).map((c) => c.fiscalYear).filter((y) => y <= upTo),
      ),
    ),
  ].sort((a, b) => a - b);
  const entries: Entry[] = [];
  for (const year of years) {
    const counts = style.units.flatMap((unit) => {
      const c = countsByUnit.get(unit)?.find((x) => x.fiscalYear === year);
      return c ? [{ unit, value: c.value, qualifier: c.qualifier }] : [];
    });
    const entry = { from: year, to: year, counts };
    const last = entries.at(-1);
    const everyYear = counts.every((c) => c.qualifier?.startsWith(EVERY_YEAR));
    if (last && last.to === year - 1 && everyYear && sameCounts(last, entry)) last.to = year;
    else entries.push(entry);
  }
  if (entries.length === 0) return null;
  if (style.order === "newest-first") entries.reverse();
  const year = (y: number) => shortWarekiLabel(y);
  const body = entries
    .map((e) => {
      const years = e.from === e.to ? year(e.from) : `${year(e.from)}${style.rangeMark}${year(e.to)}`;
      const counts = e.counts.map((c) => `${c.qualifier ?? ""}${c.value}${c.unit}`).join("");
      return `${years}${style.colon}${counts}`;
    })
    .join(style.separator);
  return `${style.open}${style.fullWidth ? toFullWidth(body) : body}${style.close}`;
}

/** A stored series as the rewrite matches it to a bracket: by the activity and the unit. */
export interface SeriesCounts {
  readonly label: string;
  readonly unit: string;
  readonly counts: readonly ActivityCount[];
}

/**
 * The text with each bracket of counts printed again from the stored series of its activity, up to a
 * fiscal year. A bracket whose activity or units have no stored series is left as printed.
 */
export function rewriteCounts(text: string, series: readonly SeriesCounts[], upTo: number): string {
  if (series.length === 0) return text;
  let out = "";
  let at = 0;
  // A series is printed in its activity's first bracket (the import reads only that one of a repeat).
  const claimed = new Set<SeriesCounts>();
  for (const b of findCountBrackets(text).brackets) {
    const own = b.style.units.map((unit) => series.find((x) => x.label === b.label && x.unit === unit));
    const free = own.every((s) => s !== undefined && !claimed.has(s));
    for (const s of own) if (s) claimed.add(s);
    if (!free) continue;
    const byUnit = new Map(own.map((s) => [s!.unit, s!.counts]));
    const printed = printBracket(b.style, byUnit, upTo);
    // A bracket the PDF wrapped over two lines is the same bracket when only the line break differs.
    if (printed === null || printed === b.printed.replace(/\s*\n\s*/g, "")) continue;
    out += text.slice(at, b.start) + printed;
    at = b.end;
  }
  return out + text.slice(at);
}

/** Where a series' brackets are printed besides the node's texts (成果 …): the evaluation's two texts. */
export const COORDINATION_SECTION = "連携状況";
export const URGENCY_SECTION = "緊急性・優先性";
