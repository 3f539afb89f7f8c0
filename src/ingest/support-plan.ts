// Parser for seed document 001: 北海道「北のものづくり」連携支援計画, a coordinated support plan under the
// 地域未来投資促進法. Five support organisations run a one-stop desk for companies in three fields; the
// plan states routing rules for consultations, a quarterly aggregation, a yearly PDCA review and a
// table of target support counts per fiscal year.
//
// The text is a PDF extraction: headings sit on their own lines ("(1) …", "② …"), tables arrive as
// tab-separated rows (one of them split across a page break), some cells carry <p>/<ul> fragments, and
// the PDF put spaces between digits and kanji ("平成 29 年 12 月") and between Latin letters ("I T").
//
// Shape of the result: the plan is a two-level tree, a plan-level node 全体 (level 計画) holding the
// support-count indicator, because the plan states its targets for all three fields together, and
// under it one node per field (level 分野). Everything prose goes into texts by heading.
import type {
  Issue,
  IndicatorInput,
  IndicatorUsageInput,
  NodeInput,
  ParseResult,
  DocumentParser,
  PrintedTotalInput,
  SupportBasicPlanInput,
  SupportOrganizationInput,
  TargetInput,
} from "./model.ts";
import { emptyDocument } from "./model.ts";
import { cleanText, nameKey, toHalfWidth } from "../domain/text.ts";
import { parseNumber } from "../domain/numbers.ts";
import { parseYear, parseYearMonth, type Period } from "../domain/years.ts";
import { add, compare, formatDecimal, fromInteger, type Decimal } from "../domain/decimal.ts";
import { SUPPORT_FIELD_LABELS, SUPPORT_FIELDS, type SupportField } from "../domain/support-desk.ts";

/** The key of seed 001's plan (北海道「北のものづくり」連携支援計画), the plan of the support desk. */
export const PLAN_KEY = "hokkaido-kita-monozukuri-support";
const RULE_PROFILE = "hokkaido-kihon-hyoka";
const ORGANIZATION = "北海道";
const WHOLE_NODE_KEY = `${PLAN_KEY}/全体`;
const INDICATOR_KEY = `${PLAN_KEY}:支援件数`;
const FALLBACK_TITLE = "北海道「北のものづくり」連携支援計画";

// ---------------------------------------------------------------------------------------------------
// Text clean-up

const CJK = "\\u3000-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef";
// Digits next to digits or kanji, Latin letters next to kanji: Japanese puts no space there.
const ALNUM_SPACE = new RegExp(
  `(?<=[0-9]) +(?=[0-9${CJK}])|(?<=[${CJK}]) +(?=[0-9A-Za-z])|(?<=[A-Za-z]) +(?=[${CJK}])`,
  "g",
);
const PUNCT_SPACE = /(?<=[、。「」『』（）【】〈〉・：]) +| +(?=[、。「」『』（）【】〈〉：])/g;
// "I T", "G D P", "S G E C": the PDF spaced out runs of single capitals.
const SPACED_CAPITALS = /(?<=\b[A-Z]) (?=[A-Z]\b)/g;

/**
 * cleanText plus removal of the spaces the PDF put where Japanese has none: between digits and kanji
 * ("平成 29 年"), Latin and kanji ("I T 関連"), after Japanese punctuation, inside spaced-out capitals.
 * Spaces between two kanji are kept, since those can be real (a person's name: "丹保 憲仁").
 */
function tidy(s: string): string {
  return cleanText(s).replace(ALNUM_SPACE, "").replace(PUNCT_SPACE, "").replace(SPACED_CAPITALS, "");
}

/** Organisation names never contain spaces; the PDF adds some ("地方独立行政法人 北海道立…"). */
function orgName(s: string): string {
  return tidy(s).replace(/\s+/g, "");
}

/** "- ・…" / " - b …": the leading "- " is the extractor's list marker, not the document's. */
function stripListMarker(s: string): string {
  return s.replace(/^\s*-\s+/, "");
}

/** Splits text at HTML block tags (<p>, <ul>, <li>) into the lines they stood for. */
function splitHtml(s: string): string[] {
  return s.split(/<\/?(?:p|ul|ol|li|br)\b[^>]*>/i);
}

/** A cell with <ul> bullets ("<ul …> ・a ・b") as one bullet per line. */
function bulletLines(s: string): string {
  return splitHtml(s)
    .flatMap((part) => cleanText(part).split(/\s+(?=・)/))
    .map(tidy)
    .filter((l) => l !== "")
    .join("\n");
}

// ---------------------------------------------------------------------------------------------------
// Lines and sections

/** One logical line: a prose fragment (HTML split off) or a raw tab-separated table row. */
interface Fragment {
  /** 1-based line in the decoded text. */
  readonly line: number;
  /** cleanText without the list marker; used to recognise headings. */
  readonly plain: string;
  /** Cleaned text as stored. */
  readonly text: string;
  /** Cells of a tab-separated row, raw; undefined for prose. */
  readonly cells?: readonly string[];
}

function fragmentsOf(text: string): Fragment[] {
  const out: Fragment[] = [];
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.includes("\t")) {
      const cells = raw.split("\t");
      if (cells.some((c) => cleanText(c) !== "")) out.push({ line, plain: cleanText(raw), text: "", cells });
      return;
    }
    for (const part of splitHtml(raw)) {
      const plain = cleanText(stripListMarker(part));
      if (plain !== "") out.push({ line, plain, text: tidy(plain) });
    }
  });
  return out;
}

interface Heading {
  readonly kind: "part" | "chapter" | "section" | "item" | "subheading" | "annex";
  readonly number: string;
  readonly title: string;
}

const PART_RE = /^(Ⅰ|Ⅱ|Ⅲ|Ⅳ|I|II|III|IV|Ｉ|ＩＩ)\s+(\S.{0,30})$/;
const CHAPTER_RE = /^([0-9０-９]{1,2})\s+(\S.{0,80})$/;
const SECTION_RE = /^[(（]([0-9０-９]{1,2})[)）]\s*(\S.{0,120})$/;
const ITEM_RE = /^([①-⑳])\s*(\S.{0,80})$/;
const SUBHEADING_RE = /^[(（]([^()（）]{2,30})[)）]$/;
const ANNEX_RE = /^[(（]別紙[0-9０-９]*[)）]$/;

/** A heading line, by the document's numbering. Sentences (ending in 。) are never headings. */
function headingOf(f: Fragment): Heading | null {
  if (f.cells || f.plain.endsWith("。")) return null;
  const p = f.plain;
  let m: RegExpExecArray | null;
  if (ANNEX_RE.test(p)) return { kind: "annex", number: "別紙", title: "" };
  if ((m = PART_RE.exec(p))) {
    const n = toHalfWidth(m[1] ?? "");
    return { kind: "part", number: n === "I" ? "Ⅰ" : n === "II" ? "Ⅱ" : n, title: tidy(m[2] ?? "") };
  }
  if ((m = CHAPTER_RE.exec(p)))
    return { kind: "chapter", number: toHalfWidth(m[1] ?? ""), title: tidy(m[2] ?? "") };
  if ((m = SECTION_RE.exec(p)))
    return { kind: "section", number: toHalfWidth(m[1] ?? ""), title: tidy(m[2] ?? "") };
  if ((m = ITEM_RE.exec(p))) return { kind: "item", number: m[1] ?? "", title: tidy(m[2] ?? "") };
  if ((m = SUBHEADING_RE.exec(p))) return { kind: "subheading", number: "", title: tidy(m[1] ?? "") };
  return null;
}

interface Section {
  /** Key of the text: the document's own numbering and heading, e.g. "3(2)② 事業者、自治体等からの相談体制の整備". */
  readonly key: string;
  readonly line: number;
  readonly body: Fragment[];
}

/**
 * Cuts the document at its headings. Keys follow the way the document cites itself ("5（1）…"):
 * chapter, (section), item; chapters of part Ⅱ and later are prefixed with the part ("Ⅱ1 …"), since
 * part Ⅱ numbers its chapters from 1 again. After (別紙) everything belongs to the annex.
 */
function sectionsOf(fragments: readonly Fragment[]): { title?: Fragment; sections: Section[] } {
  const sections: Section[] = [];
  let title: Fragment | undefined;
  let part = "Ⅰ";
  let chapter = "";
  let section = "";
  let inAnnex = false;
  let current: Section | undefined;
  const open = (key: string, line: number) => {
    current = { key, line, body: [] };
    sections.push(current);
  };
  for (const f of fragments) {
    // The title: a short line naming the plan, before any heading.
    const isTitle = sections.length === 0 && !f.cells && f.plain.length <= 60 && !f.plain.endsWith("。");
    if (!title && isTitle && f.plain.includes("連携支援計画")) {
      title = f;
      continue;
    }
    const h = inAnnex ? null : headingOf(f);
    if (!h) {
      if (!current) open("前文", f.line);
      current?.body.push(f);
      continue;
    }
    const prefix = part === "Ⅰ" ? chapter : `${part}${chapter}`;
    switch (h.kind) {
      case "annex":
        inAnnex = true;
        open("別紙", f.line);
        break;
      case "part":
        part = h.number;
        chapter = section = "";
        current = undefined;
        break;
      case "chapter":
        chapter = h.number;
        section = "";
        open(`${part === "Ⅰ" ? chapter : `${part}${chapter}`} ${h.title}`, f.line);
        break;
      case "section":
        section = h.number;
        open(`${prefix}(${section}) ${h.title}`, f.line);
        break;
      case "item":
        open(`${prefix}(${section})${h.number} ${h.title}`, f.line);
        break;
      case "subheading":
        // （地域の状況、特色及び課題）: a titled part of the current section.
        open(`${prefix}(${section}) ${h.title}`, f.line);
        break;
    }
  }
  return { title, sections };
}

// ---------------------------------------------------------------------------------------------------
// Target support counts (1(5) 想定する支援件数)

interface TargetColumn {
  readonly header: string;
  readonly cell: string;
  readonly period?: Period;
  readonly isTotal: boolean;
  readonly value?: Decimal;
  readonly unit: string;
  readonly newCases?: number;
  readonly continuing?: number;
}

interface TargetTable {
  readonly headerLine: number;
  readonly valueLine: number;
  readonly label: string;
  readonly columns: readonly TargetColumn[];
}

const YEAR_TOKEN = /(?:(?:明治|大正|昭和|平成|令和|[HR])\s*(?:元|\d{1,2})|(?:19|20)\d{2})\s*年度?/g;

/** All years a header cell names ("2017年度 2018年度" is one merged cell) as one period. */
function periodOfHeader(cell: string): Period | undefined {
  const years = [...toHalfWidth(cell).matchAll(YEAR_TOKEN)]
    .map((m) => parseYear(m[0].replace(/\s+/g, "")))
    .filter((p): p is Period => p !== null);
  if (years.length === 0) return undefined;
  const from = Math.min(...years.map((y) => y.from));
  const to = Math.max(...years.map((y) => y.to));
  const basis = years.every((y) => y.basis === "fiscal") ? "fiscal" : years[0]?.basis;
  return basis ? { from, to, basis } : { from, to };
}

/** The row labelled 目標件数 and the year row above it. */
function findTargetTable(fragments: readonly Fragment[], issues: Issue[]): TargetTable | undefined {
  const valueIdx = fragments.findIndex((f) => f.cells && /目標|件数/.test(cleanText(f.cells[0] ?? "")));
  if (valueIdx < 0) return undefined;
  const valueRow = fragments[valueIdx];
  let headerRow: Fragment | undefined;
  for (let i = valueIdx - 1; i >= 0; i--) {
    const f = fragments[i];
    if (f?.cells) {
      headerRow = f;
      break;
    }
    if (f && !f.cells) break;
  }
  if (!valueRow?.cells || !headerRow?.cells) {
    issues.push({ severity: "warning", line: valueRow?.line, message: "目標件数の行に年度の見出し行がない" });
    return undefined;
  }
  const headers = headerRow.cells;
  const cells = valueRow.cells;
  if (headers.length !== cells.length) {
    issues.push({
      severity: "warning",
      line: valueRow.line,
      message: `目標件数の列数 (${cells.length}) が見出しの列数 (${headers.length}) と違う; 左から対応させた`,
    });
  }
  const columns: TargetColumn[] = [];
  for (let i = 1; i < Math.min(headers.length, cells.length); i++) {
    const header = cleanText(headers[i] ?? "");
    const cell = tidy(cells[i] ?? "");
    if (header === "" && cell === "") continue;
    const isTotal = /合計|累計|計$/.test(header);
    const period = isTotal ? undefined : periodOfHeader(header);
    // "20件 (新規10、継続10)": the figure, then the printed breakdown.
    const m = /^(.*?)\s*[(（](.*)[)）]\s*$/.exec(cell);
    const main = m ? (m[1] ?? "") : cell;
    const breakdown = toHalfWidth(m ? (m[2] ?? "") : "");
    const n = parseNumber(main);
    const newCases = /新規\s*(\d+)/.exec(breakdown)?.[1];
    const continuing = /継続\s*(\d+)/.exec(breakdown)?.[1];
    if (!isTotal && !period) {
      issues.push({
        severity: "warning",
        line: headerRow.line,
        message: `年度の読めない見出し: "${header}"`,
      });
    }
    if (!n) {
      issues.push({ severity: "warning", line: valueRow.line, message: `目標件数が数値でない: "${cell}"` });
    }
    columns.push({
      header,
      cell,
      period,
      isTotal,
      value: n?.value,
      unit: n?.unit ?? "",
      newCases: newCases === undefined ? undefined : Number(newCases),
      continuing: continuing === undefined ? undefined : Number(continuing),
    });
  }
  return { headerLine: headerRow.line, valueLine: valueRow.line, label: cleanText(cells[0] ?? ""), columns };
}

/** A column holding one year's (or one merged cell's) figure. */
function isYearTarget(c: TargetColumn): c is TargetColumn & { period: Period; value: Decimal } {
  return !c.isTotal && c.period !== undefined && c.value !== undefined;
}

function renderTargetTable(t: TargetTable): string {
  return [t.label, ...t.columns.map((c) => `${c.header}: ${c.cell}`)].join("\n");
}

// ---------------------------------------------------------------------------------------------------
// Support organisations

interface CoreRow {
  readonly line: number;
  readonly lines: number[];
  readonly no: string;
  orgCell: string;
  roleCell: string;
}

/**
 * Rows of 3(1): "n <tab> ①名称 ②住所 ③代表者 <tab> ④役割"; a row may continue after a page break.
 * `headerLine` is the column-title row right above the first row (it says what ①–④ are).
 */
function findCoreRows(fragments: readonly Fragment[]): { rows: CoreRow[]; headerLine?: number } {
  const rows: CoreRow[] = [];
  let headerLine: number | undefined;
  let last: CoreRow | undefined;
  let previous: Fragment | undefined;
  for (const f of fragments) {
    const before = previous;
    previous = f;
    if (!f.cells) {
      last = undefined;
      continue;
    }
    const [no = "", org = "", role = ""] = f.cells.map((c) => c.trim());
    if (/^[0-9０-９]{1,2}$/.test(no) && org.includes("①")) {
      if (rows.length === 0 && before?.cells) headerLine = before.line;
      last = { line: f.line, lines: [f.line], no: toHalfWidth(no), orgCell: org, roleCell: role };
      rows.push(last);
    } else if (last && no === "") {
      // Continuation after a page break: the sentence runs on, so join without a separator.
      const strip = (s: string) => s.replace(/^\s*(?:<[^>]+>\s*)*/, "");
      const rest = f.cells.slice(1).map((c) => c.trim());
      if (rest.length >= 2) {
        last.orgCell += strip(rest[rest.length - 2] ?? "");
        last.roleCell += strip(rest[rest.length - 1] ?? "");
      } else {
        last.roleCell += strip(rest[0] ?? "");
      }
      last.lines.push(f.line);
    }
  }
  return { rows, headerLine };
}

interface CoreOrg {
  readonly line: number;
  readonly name: string;
  readonly address: string;
  readonly representative: string;
  readonly role: string;
}

function coreOrgOf(row: CoreRow, issues: Issue[]): CoreOrg | undefined {
  const cell = splitHtml(row.orgCell).join(" ");
  const m = /①(.*?)(?:②(.*?))?(?:③(.*))?$/s.exec(cell);
  const name = orgName(m?.[1] ?? "");
  if (!m || name === "") {
    issues.push({
      severity: "warning",
      line: row.line,
      message: `支援機関の名称が読めない: "${cleanText(cell)}"`,
    });
    return undefined;
  }
  return {
    line: row.line,
    name,
    address: tidy(m[2] ?? ""),
    representative: cleanText(m[3] ?? ""),
    role: bulletLines(row.roleCell),
  };
}

function renderCoreOrgs(orgs: readonly CoreOrg[]): string {
  return orgs
    .map((o, i) =>
      [`${i + 1} ${o.name}`, `住所: ${o.address}`, `代表者: ${o.representative}`, `役割:\n${o.role}`].join(
        "\n",
      ),
    )
    .join("\n\n");
}

/** 【本計画における地域経済牽引支援機関】: "名称（以下「略称」）" or "名称（注記）", one a line. */
function findCoreList(fragments: readonly Fragment[]): { name: string; note: string; line: number }[] {
  const start = fragments.findIndex((f) => /^【.*地域経済牽引支援機関】$/.test(f.plain));
  if (start < 0) return [];
  const out: { name: string; note: string; line: number }[] = [];
  for (const f of fragments.slice(start + 1)) {
    if (f.cells || /^[【[〈(（]/.test(f.plain) || f.plain.endsWith("。")) break;
    const m = /^(.*?)[(（](.*)[)）]$/.exec(f.plain);
    out.push({ name: orgName(m ? (m[1] ?? "") : f.plain), note: tidy(m?.[2] ?? ""), line: f.line });
  }
  return out;
}

/** Short names the plan introduces with （以下「…」）, for the names in the list: alias → name. */
function aliasesOf(text: string, names: readonly string[]): Map<string, string> {
  const compact = text.replace(/\s+/g, "");
  const aliases = new Map<string, string>();
  for (const name of names) {
    const m = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[（(]以下「([^」]+)」[）)]`).exec(
      compact,
    );
    if (m?.[1]) aliases.set(m[1], name);
  }
  return aliases;
}

const withShortName = (shortName: string | undefined) => (shortName ? { shortName } : {});

/** ア: 「ものづくり支援センター」（以下「センター」）が一元的な窓口 — the name of the desk's window. */
function centerName(text: string): string | undefined {
  return /「([^」]+)」[（(]以下「センター」[）)]/.exec(text.replace(/\s+/g, ""))?.[1];
}

/** 〈事務局〉 and 〈参加機関〉 of 北のものづくりネットワーク. The participant list wraps mid-name. */
function findNetwork(fragments: readonly Fragment[]): { secretariat: Fragment[]; participants: Fragment[] } {
  const sec = fragments.findIndex((f) => /^〈事務局〉$/.test(f.plain));
  const par = fragments.findIndex((f) => /^〈参加機関〉$/.test(f.plain));
  const until = (from: number) => {
    const out: Fragment[] = [];
    for (const f of fragments.slice(from + 1)) {
      if (f.cells || /^[【[〈]/.test(f.plain) || headingOf(f) || f.plain.endsWith("。")) break;
      out.push(f);
    }
    return out;
  };
  return { secretariat: sec < 0 ? [] : until(sec), participants: par < 0 ? [] : until(par) };
}

// ---------------------------------------------------------------------------------------------------
// Fields and the annex

interface Field {
  readonly name: string;
  readonly slug: string;
  readonly line: number;
}

/** 「食料品製造関連」 「ものづくり関連」 「I T（情報技術）関連」: the line listing the target fields. */
function findFields(fragments: readonly Fragment[]): Field[] {
  const f = fragments.find((x) => !x.cells && /^(?:「[^」]+」\s*){2,}$/.test(x.plain));
  if (!f) return [];
  return [...f.text.matchAll(/「([^」]+)」/g)].map((m) => {
    const name = m[1] ?? "";
    // Keys use the field's short name: "IT（情報技術）関連" → "IT".
    const slug = name.replace(/（[^）]*）|\([^)]*\)/g, "").replace(/関連$/, "") || name;
    return { name, slug, line: f.line };
  });
}

/** Which of the plan's fields an annex entry names, by its printed field ("…を活用した食料品製造関連分野"). */
function fieldOfEntry(entry: string, fields: readonly Field[]): Field | undefined {
  const phrase = entry.split("活用した").pop() ?? entry;
  return fields.find((f) => {
    if (f.slug === "IT") return /(?:^|[^A-Za-z])IT(?:[^A-Za-z]|$)/.test(phrase);
    if (/食料品/.test(f.slug)) return /食料品|食品/.test(phrase) && /製造/.test(phrase);
    return phrase.includes(f.slug);
  });
}

interface AnnexEntry {
  readonly plan: string;
  readonly entry: string;
  readonly line: number;
}

/** 〈札幌市〉 ・… : agreed basic plans and their fields consistent with this plan. */
function annexEntries(annex: Section | undefined): AnnexEntry[] {
  const out: AnnexEntry[] = [];
  let plan = "";
  for (const f of annex?.body ?? []) {
    const m = /^〈(.+)〉$/.exec(f.text);
    if (m) plan = m[1] ?? "";
    else if (plan !== "" && f.text.startsWith("・")) out.push({ plan, entry: f.text.slice(1), line: f.line });
  }
  return out;
}

/** The plan's field (SUPPORT_FIELDS) a printed field is: 「I T（情報技術）関連」 is IT関連. */
function supportFieldOf(f: Field): SupportField | undefined {
  const bare = f.name.replace(/（[^）]*）|\([^)]*\)/g, "");
  return SUPPORT_FIELDS.find((code) => SUPPORT_FIELD_LABELS[code] === bare);
}

/** The annex's basic plans as data: 〈函館市・北斗市・七飯町〉 is three municipalities under one plan. */
function basicPlansOf(entries: readonly AnnexEntry[], fields: readonly Field[]): SupportBasicPlanInput[] {
  const byPlan = Map.groupBy(entries, (e) => e.plan);
  return [...byPlan].map(([name, own], i) => ({
    planKey: PLAN_KEY,
    name,
    municipalities: name.split("・").filter((m) => m !== ""),
    fields: own.map((e) => {
      const field = fieldOfEntry(e.entry, fields);
      return { text: e.entry, field: (field && supportFieldOf(field)) ?? null, line: e.line };
    }),
    sortOrder: i + 1,
    line: own[0]?.line,
  }));
}

// ---------------------------------------------------------------------------------------------------
// Dates

const AS_OF_RE =
  /((?:明治|大正|昭和|平成|令和|\d{4})\s*(?:元|\d{1,2})?\s*年\s*\d{1,2}\s*月)\s*(?:\d{1,2}\s*日)?\s*末?\s*(?:現在|時点)/g;

/** The latest "平成29年12月22日現在" / "…月末時点" the plan cites: it was written no earlier. */
function latestAsOf(fragments: readonly Fragment[]): { edition: string; line: number } | undefined {
  let best: { year: number; month: number; line: number } | undefined;
  for (const f of fragments) {
    for (const m of toHalfWidth(f.plain).matchAll(AS_OF_RE)) {
      const ym = parseYearMonth((m[1] ?? "").replace(/\s+/g, ""));
      if (ym && (!best || ym.year * 12 + ym.month > best.year * 12 + best.month))
        best = { ...ym, line: f.line };
    }
  }
  return best && { edition: `${best.year}-${String(best.month).padStart(2, "0")}`, line: best.line };
}

/** "計画承認の日から 2022 年度末日まで" → 2022. */
function planEndYear(text: string): { year: number } | undefined {
  const m = /計画期間[^。]*?(?:から|～|〜)\s*((?:平成|令和|[HR])?\s*(?:元|\d{1,4}))\s*年度末/.exec(
    toHalfWidth(text),
  );
  const p = m ? parseYear(`${(m[1] ?? "").replace(/\s+/g, "")}年度`) : null;
  return p ? { year: p.to } : undefined;
}

// ---------------------------------------------------------------------------------------------------
// The parser

function looksLikeSupportPlan(text: string): boolean {
  return text.includes("連携支援計画") && text.includes("支援機関");
}

function parseSupportPlan(text: string): ParseResult {
  const issues: Issue[] = [];
  if (!looksLikeSupportPlan(text) || !text.includes("北のものづくり")) {
    return {
      ok: false,
      issues: [{ severity: "error", message: "北海道「北のものづくり」連携支援計画 の本文ではない" }],
    };
  }
  const fragments = fragmentsOf(text);
  const { title: titleFragment, sections } = sectionsOf(fragments);
  const title = titleFragment ? tidy(titleFragment.plain) : FALLBACK_TITLE;
  if (!titleFragment) issues.push({ severity: "warning", message: "表題の行がない" });

  // The plan prints no date of its own; the latest "…現在" it cites bounds it from below.
  const asOf = latestAsOf(fragments);

  // --- targets
  const targetTable = findTargetTable(fragments, issues);
  if (!targetTable) issues.push({ severity: "warning", message: "想定する支援件数 (目標件数) の表がない" });
  const yearColumns = targetTable?.columns.filter(isYearTarget) ?? [];
  const firstYear = yearColumns.length ? Math.min(...yearColumns.map((c) => c.period.from)) : undefined;

  // --- period: starts on the approval date, which the plan does not print; its first target year stands in.
  const end = planEndYear(text);
  let period: Period | undefined;
  if (end && firstYear !== undefined && firstYear <= end.year) {
    period = { from: firstYear, to: end.year, basis: "fiscal" };
    issues.push({
      severity: "warning",
      line: sections.find((s) => s.key.includes("計画期間"))?.line,
      message: `計画期間の始期は「計画承認の日」で日付の記載がない; 目標表の最初の年度 ${firstYear} を始期とした`,
    });
  } else if (end) {
    period = { from: end.year, to: end.year, basis: "fiscal" };
    issues.push({ severity: "warning", message: "計画期間の始期が読めない; 終期の年度だけを期間とした" });
  } else {
    issues.push({ severity: "warning", message: "計画期間 (…年度末日まで) が読めない" });
  }

  const edition = asOf?.edition ?? (period ? String(period.from) : "");
  issues.push({
    severity: "warning",
    line: asOf?.line,
    message: asOf
      ? `計画の作成日の記載がない; 版は本文が引く最新の時点 (${asOf.edition}) とした`
      : `計画の作成日の記載がない; 版を "${edition}" とした`,
  });

  const doc = emptyDocument("support-plan", PLAN_KEY, title, edition);

  // --- support organisations
  const { rows: coreRows, headerLine: coreHeaderLine } = findCoreRows(fragments);
  const coreOrgs = coreRows.map((r) => coreOrgOf(r, issues)).filter((o): o is CoreOrg => o !== undefined);
  const coreList = findCoreList(fragments);
  if (coreOrgs.length === 0 && coreList.length === 0) {
    issues.push({ severity: "warning", message: "地域経済牽引支援機関の一覧がない" });
  }
  if (coreOrgs.length > 0 && coreList.length > 0) {
    const inTable = new Set(coreOrgs.map((o) => nameKey(o.name)));
    for (const item of coreList) {
      if (!inTable.has(nameKey(item.name))) {
        issues.push({
          severity: "warning",
          line: item.line,
          message: `一覧の支援機関 "${item.name}" が 3(1) の表にない`,
        });
      }
    }
  }
  const coreNames = coreOrgs.length > 0 ? coreOrgs.map((o) => o.name) : coreList.map((o) => o.name);
  const aliases = aliasesOf(text, coreNames);
  const fullName = (s: string) => [...aliases].find(([a]) => nameKey(a) === nameKey(s))?.[1] ?? s;
  const shortName = (name: string) => [...aliases].find(([, n]) => n === name)?.[0];
  const roleSection = sections.find((s) => s.key.includes("役割について"));
  coreNames.forEach((name, i) => {
    let role = coreOrgs.find((o) => o.name === name)?.role ?? "";
    if (role === "") {
      // Without the table, fall back to the sentences of 1(3) that name the organisation.
      const short = [...aliases].filter(([, n]) => n === name).map(([a]) => a);
      role = (roleSection?.body ?? [])
        .filter((f) => [name, ...short].some((n) => nameKey(f.text).includes(nameKey(n))))
        .map((f) => f.text)
        .join("\n");
    }
    doc.supportOrganizations.push({
      planKey: PLAN_KEY,
      name,
      role,
      kind: "core",
      sortOrder: i + 1,
      ...withShortName(shortName(name)),
    });
  });

  // Network members under the group label they are printed under. A short name ("道総研") resolves to
  // the core organisation it stands for, so one organisation has one name in both lists.
  const network = findNetwork(fragments);
  const secretariat = network.secretariat.map((f) => orgName(f.plain));
  const participants = network.participants
    .map((f) => f.plain)
    .join("") // the list wraps mid-name ("釧路根 / 室圏…")
    .split(/[、，,]/)
    .map(orgName)
    .filter((n) => n !== "");
  const members = [
    ...secretariat.map((name) => ({ name, role: "事務局" })),
    ...participants.map((name) => ({ name, role: "参加機関" })),
  ];
  if (members.length === 0) {
    issues.push({ severity: "warning", message: "北のものづくりネットワークの構成機関がない" });
  }
  const center = centerName(text);
  members.forEach((m, i) => {
    const name = fullName(m.name);
    const isCenter = center !== undefined && name.endsWith(center);
    const member: SupportOrganizationInput = {
      planKey: PLAN_KEY,
      name,
      role: m.role,
      kind: "member",
      sortOrder: i + 1,
      ...withShortName(isCenter ? center : shortName(name)),
      ...(isCenter ? { center: true } : {}),
    };
    doc.supportOrganizations.push(member);
  });
  if (center === undefined || !doc.supportOrganizations.some((o) => o.center)) {
    issues.push({ severity: "warning", message: "相談の一元的な窓口（センター）の機関が読めない" });
  }

  // --- departments: 北海道's own offices the plan names (secretariat, the 経済部 approving plans).
  const departments = new Set<string>();
  // Stored without the leading 北海道 (the plan's organisation), as other documents print them.
  const part = "[^、。「」（）()や等にのがはを]";
  const officeRe = new RegExp(`北海道(${part}{1,6}部(?:${part}{1,8}局)?(?:${part}{1,10}(?:課|室))?)`, "g");
  for (const m of text.replace(/\s+/g, "").matchAll(officeRe)) departments.add(m[1] ?? "");
  doc.departments.push(...departments);

  // --- plan texts, by heading; the tables are rendered as text in their sections
  // Table rows are replaced by their rendering: at the first row, the whole table; the rest skipped.
  const coreLines = new Set(coreRows.flatMap((r) => r.lines));
  if (coreHeaderLine !== undefined) coreLines.add(coreHeaderLine);
  const firstCoreLine = coreRows[0]?.line;
  const texts: Record<string, string> = {};
  for (const s of sections) {
    const out: string[] = [];
    for (const f of s.body) {
      if (!f.cells) out.push(f.text);
      else if (coreLines.has(f.line)) {
        if (f.line === firstCoreLine) out.push(renderCoreOrgs(coreOrgs));
      } else if (targetTable && f.line === targetTable.valueLine) out.push(renderTargetTable(targetTable));
      else if (!(targetTable && f.line === targetTable.headerLine)) {
        out.push(
          f.cells
            .map(tidy)
            .filter((c) => c !== "")
            .join(" | "),
        );
      }
    }
    const body = out.join("\n").trim();
    if (body !== "") texts[s.key] = texts[s.key] ? `${texts[s.key]}\n${body}` : body;
  }

  doc.plans.push({
    key: PLAN_KEY,
    name: title,
    organization: ORGANIZATION,
    period,
    levels: ["計画", "分野"],
    ruleProfile: RULE_PROFILE,
    texts,
  });

  // --- nodes: 全体 (holds the plan-wide targets) and the fields under it
  const targetSection = sections.find((s) => s.key.includes("支援件数"));
  const wholeTexts: Record<string, string> = {};
  const scope = targetSection?.body.find((f) => !f.cells && f.text.includes("支援する"));
  if (scope) wholeTexts["支援対象"] = scope.text;
  const whole: NodeInput = {
    key: WHOLE_NODE_KEY,
    planKey: PLAN_KEY,
    level: "計画",
    name: "計画全体",
    sortOrder: 0,
    texts: wholeTexts,
    line: targetSection?.line ?? titleFragment?.line,
  };
  doc.nodes.push(whole);

  const fields = findFields(fragments);
  if (fields.length === 0) issues.push({ severity: "warning", message: "支援対象とする事業分野の行がない" });
  // "北海道内では平成29年12月末時点で、28の基本計画…。このうち、19計画において食料品製造関連が、…"
  const compact = fragments.map((f) => f.text).join("\n");
  const countSentence =
    /[^\n。]*基本計画[^\n。]*作成・同意されている。/.exec(compact)?.[0].replace(/^・/, "") ?? "";
  const counts = [...compact.matchAll(/(\d+)計画において([^、。]+?)が/g)];
  const annex = sections.find((s) => s.key === "別紙");
  const entries = annexEntries(annex);
  fields.forEach((field, i) => {
    const nodeTexts: Record<string, string> = {};
    const count = counts.find((m) => nameKey(m[2] ?? "") === nameKey(field.name));
    if (count) {
      nodeTexts["同意基本計画"] =
        `${countSentence}このうち、${count[1]}計画において${field.name}が盛り込まれている。`;
    }
    // Annex entries whose printed field is this one; entries naming none of the three (家具等製造,
    // 第4次産業革命, 木材関連 …) stay only in the plan's 別紙 text.
    const mine = entries.filter((e) => fieldOfEntry(e.entry, fields) === field);
    if (mine.length > 0) {
      nodeTexts["別紙: 整合性ある事業分野"] = mine.map((e) => `${e.plan}: ${e.entry}`).join("\n");
    }
    doc.nodes.push({
      key: `${PLAN_KEY}/${field.slug}`,
      planKey: PLAN_KEY,
      parentKey: WHOLE_NODE_KEY,
      level: "分野",
      name: field.name,
      sortOrder: i + 1,
      texts: nodeTexts,
      line: field.line,
    });
  });

  doc.supportBasicPlans = basicPlansOf(entries, fields);
  if (annex && doc.supportBasicPlans.length === 0) {
    issues.push({ severity: "warning", line: annex.line, message: "別紙に同意基本計画（〈市町村〉）がない" });
  }

  // --- the indicator and its targets
  if (targetTable && yearColumns.length > 0) {
    const unit = yearColumns[0]?.unit || "件";
    const indicator: IndicatorInput = {
      key: INDICATOR_KEY,
      name: "支援件数",
      unit,
      direction: "increase",
      measure: "quantitative",
      yearBasis: "fiscal",
      line: targetTable.valueLine,
    };
    doc.indicators.push(indicator);

    const targets: TargetInput[] = yearColumns.map((c) => ({
      period: c.period,
      kind: "absolute",
      value: formatDecimal(c.value),
      isFinal: false,
      label: c.cell,
    }));
    for (const c of yearColumns) {
      if (c.newCases !== undefined && c.continuing !== undefined) {
        const sum = fromInteger(c.newCases + c.continuing);
        if (compare(sum, c.value) !== 0) {
          issues.push({
            severity: "warning",
            line: targetTable.valueLine,
            message: `${c.header}: 新規 ${c.newCases} + 継続 ${c.continuing} が ${c.cell} と合わない`,
          });
        }
      }
    }
    const sumOfRows = yearColumns.reduce((acc, c) => add(acc, c.value as Decimal), fromInteger(0));
    const total = targetTable.columns.find((c) => c.isTotal && c.value);
    const last = Math.max(...yearColumns.map((c) => c.period?.to ?? 0));
    if (total?.value) {
      targets.push({
        period: { from: firstYear ?? last, to: last, basis: "fiscal" },
        kind: "absolute",
        value: formatDecimal(total.value),
        isFinal: true,
        label: `${total.header} ${total.cell}`,
      });
      const printed: PrintedTotalInput = {
        scopeKey: INDICATOR_KEY,
        label: `${targetTable.label} ${total.header}`,
        printed: formatDecimal(total.value),
        sumOfRows: formatDecimal(sumOfRows),
        line: targetTable.valueLine,
      };
      doc.printedTotals.push(printed);
      if (compare(total.value, sumOfRows) !== 0) {
        issues.push({
          severity: "warning",
          line: targetTable.valueLine,
          message: `目標件数の合計 ${formatDecimal(total.value)} が各年度の和 ${formatDecimal(sumOfRows)} と合わない`,
        });
      }
    } else {
      issues.push({ severity: "warning", line: targetTable.valueLine, message: "目標件数の合計がない" });
    }

    // The printed breakdown and the ※ notes under the table say how the figures were set.
    const notes = (targetSection?.body ?? [])
      .filter((f) => !f.cells && f.line > targetTable.valueLine)
      .map((f) => f.text);
    const usage: IndicatorUsageInput = {
      indicatorKey: INDICATOR_KEY,
      nodeKey: WHOLE_NODE_KEY,
      displayName: targetSection ? targetSection.key.replace(/^\S+\s+/, "") : "支援件数",
      sortOrder: 1,
      role: targetTable.label || undefined,
      targets,
      note: [renderTargetTable(targetTable), ...notes].join("\n"),
      line: targetTable.valueLine,
    };
    doc.usages.push(usage);
  }

  return { ok: true, document: doc, issues };
}

export const supportPlanParser: DocumentParser = {
  kind: "support-plan",
  detect(text: string): number {
    if (!looksLikeSupportPlan(text)) return 0;
    return text.includes("北のものづくり") ? 0.95 : 0.85;
  },
  parse(text: string, _fileName: string): ParseResult {
    try {
      return parseSupportPlan(text);
    } catch (e) {
      // A bug here must not take the import down; report it like any other problem.
      return { ok: false, issues: [{ severity: "error", message: `解析中の例外: ${String(e)}` }] };
    }
  },
};
