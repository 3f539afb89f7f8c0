// Parser for seed document 002: 令和4年度「北海道Society5.0」関連事業 参考資料.
//
// The document is a catalogue of the programs related to the 北海道Society5.0推進計画, one PDF page per
// program, grouped under the plan's four pillars ("暮らしの柱の主な事業", "産業の…", "行政の…",
// "データ利活用の…"). A page starts with a header line
//     [事業名 ]<name> <pillar>R4事業費 <amount>[の枠内 | の内数]
// followed by the label "背景・課題" and then the page's boxes in PDF extraction order: a narrow goal
// column (目指す姿, 数値目標 tables), the overview (one wide paragraph), the background bullets, the
// content, the 令和4年度の目標値, "担当課：…", subsidy terms, and the labels of diagrams and photos.
// Oddities handled here: two headers carry no name (the name is printed elsewhere on the page), one
// carries no pillar, two research pages (道総研) have no budget, one program spans two pages
// ("１／２", "２／２"), one page is tagged 産業 although printed in the 暮らし section, full-width digits
// and commas, half-width katakana, and CJK radical code points (⺠ ⻑ ⾼ …) for ordinary kanji.
//
// The extraction does not keep box boundaries, so telling background from content is heuristic (see
// backgroundFrom). Text that no rule claims is kept in attributes.otherText, so nothing printed is lost.
// Figures with years go to attributes.targets / attributes.actuals as printed; indicators are emitted
// only when the page names the indicator unambiguously (see assembleIndicators).
import { hokkaidoKey } from "./keys.ts";
import type {
  BudgetLineInput,
  DocumentParser,
  IndicatorInput,
  IndicatorUsageInput,
  Issue,
  NodeInput,
  ObservationInput,
  ParseResult,
  PrintedTotalInput,
  ProgramInput,
  ProgramLinkInput,
  TargetInput,
} from "./model.ts";
import { emptyDocument } from "./model.ts";
import { cleanText, nameKey, toHalfWidth } from "../domain/text.ts";
import { parseAmount, parseNumber } from "../domain/numbers.ts";
import { parsePeriod, type Period } from "../domain/years.ts";
import { formatDecimal } from "../domain/decimal.ts";

const DOC_KEY = "hokkaido-society5-r4";
const TITLE = "令和4年度「北海道Society5.0」関連事業 参考資料";
const EDITION = "2022";
const PLAN_KEY = "hokkaido-society5";
const PLAN_NAME = "北海道Society5.0推進計画";
const RULE_PROFILE = "hokkaido-kihon-hyoka";
const LEVEL = "柱";
/** The budget year of the catalogue (R4事業費). Figures for earlier years are actuals, later ones targets. */
const BUDGET_YEAR = 2022;

const PILLARS = ["暮らし", "産業", "行政", "データ利活用"] as const;
type Pillar = (typeof PILLARS)[number];
const PILLAR_ALT = PILLARS.join("|");

const nodeKeyOf = (p: Pillar) => `${PLAN_KEY}/${p}`;

// ---------------------------------------------------------------------------------------------------
// Text clean-up

/**
 * CJK radicals the PDF used for ordinary kanji. Kangxi radicals (U+2F00–) have NFKC mappings; the
 * "supplement" ones (U+2E80–) do not, and ⼾ maps under NFKC to the old form 戶 rather than 戸.
 */
const RADICALS: Readonly<Record<string, string>> = {
  "⺠": "民",
  "⻑": "長",
  "⻘": "青",
  "⻄": "西",
  "⻝": "食",
  "⻤": "鬼",
  "⻩": "黄",
  "⼾": "戸",
};

/**
 * One extracted line as text: radicals to kanji, half-width katakana (ﾃﾞｼﾞﾀﾙ, ｢ ｣, ･) to full-width,
 * and "<label>" brackets that are not HTML to full-width so cleanText keeps them. Full-width digits are
 * kept as printed; matching is done on the half-width copy.
 */
function tidyLine(raw: string): string {
  const s = raw
    .replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (c) => RADICALS[c] ?? c.normalize("NFKC"))
    .replace(/[\uff61-\uff9f]+/g, (run) => run.normalize("NFKC"))
    .replace(/<([^<>]*\P{ASCII}[^<>]*)>/gu, "＜$1＞");
  return cleanText(s);
}

interface Line {
  /** 1-based line number in the decoded text. */
  readonly no: number;
  /** tidyLine() of the line: the text as printed, cleaned. */
  readonly text: string;
  /** toHalfWidth(text): same length and positions as text, for matching. */
  readonly half: string;
}

const BULLET_RE = /^(?:[•・○●◦▪■□◆◇※]|[①-⑳])/;
/** A line that is a bracketed heading on its own: 【事業内容】, ［配信センター］. */
const HEADING_RE = /^(?:【[^】]*】|［[^］]*］|\[[^\]]*\])$/;
const isBullet = (l: Line) => BULLET_RE.test(l.text);
const isHeading = (l: Line) => HEADING_RE.test(l.text);
/** Bullets of one list share a marker; ①②③ count as one marker. */
function markerOf(l: Line): string {
  const c = l.text.charAt(0);
  return /[①-⑳]/.test(c) ? "①" : c;
}
const endsSentence = (s: string) => /。\s*$/.test(s);
/** A line ending in a count ("企業立地 ：234件", "１７事業所"): the next line is a new item. */
const FIGURE_END_RE = /\d\s*(?:件|人|名|台|社|%|円|事業所|ha)$/;
const jpLength = (l: Line) => [...l.text].length;

/**
 * Joins lines the PDF wrapped: no separator inside a sentence, a space before a figure on its own line,
 * a newline before a list item or heading, after a heading, a sentence or a figure, and before the
 * lines in `breaks` (first lines of blocks that start a new paragraph).
 */
function joinLines(lines: readonly Line[], breaks?: ReadonlySet<number>): string {
  let out = "";
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (prev) {
      const newItem = isBullet(l) || l.text.startsWith("【") || isHeading(l) || /^\(\d+\)/.test(l.half);
      const prevDone = isHeading(prev) || endsSentence(prev.text) || FIGURE_END_RE.test(prev.half);
      if (newItem || prevDone || breaks?.has(l.no)) out += "\n";
      else if (/^\d/.test(l.half)) out += " ";
    }
    out += l.text;
  });
  return out;
}

/** Printed text of a regex group matched on `half` (the two strings have the same positions). */
function printed(line: Line, m: RegExpExecArray, group: number): string {
  const span = m.indices?.[group];
  return span ? line.text.slice(span[0], span[1]).trim() : "";
}

// ---------------------------------------------------------------------------------------------------
// Years and figures

const ERA = String.raw`(?:令和|平成|R|H)\s*(?:元|\d{1,2})`;
/** 令和２〜7年, 令和２年〜令和４年, R2〜R6: a single year or a range. */
const YEARS = String.raw`${ERA}\s*(?:年度|年)?(?:\s*[〜~～]\s*(?:${ERA}|\d{1,2})\s*(?:年度|年)?)?`;
/** A figure with a unit, as the goal columns print them: "２４件", "8.0％", "3,240Kg/10a", "年間5件". */
const VALUE = String.raw`(?:年間)?\d[\d,.]*(?:\s*[^\s\d（(、。⇨→][^\s（(、。⇨→]{0,9})?`;
const VALUE_ONLY_RE = new RegExp(`^(?:${VALUE}|維持)$`);

/** parsePeriod plus the form "令和２〜7年", whose second year has no era. */
function periodOf(text: string): Period | null {
  const t = toHalfWidth(text).replace(/累計$/, "").trim();
  const direct = parsePeriod(t);
  if (direct) return direct;
  const m = /^(令和|平成|R|H)\s*(元|\d{1,2})\s*(年度|年)?\s*[〜~～]\s*(\d{1,2})\s*(年度|年)?$/.exec(t);
  if (!m) return null;
  const suffix = m[5] ?? m[3] ?? "";
  return parsePeriod(`${m[1]}${m[2]}${suffix}〜${m[1]}${m[4]}${suffix}`);
}

/** A year or period with a figure or statement, as printed: a target or an actual. */
interface YearFigure {
  readonly label: string;
  readonly text?: string;
  readonly year: number;
  readonly period?: Period;
  readonly line: number;
}

function yearFigure(label: string, text: string | undefined, period: Period, line: number): YearFigure {
  return {
    label,
    ...(text !== undefined && text !== "" ? { text } : {}),
    year: period.to,
    ...(period.from !== period.to ? { period } : {}),
    line,
  };
}

// ---------------------------------------------------------------------------------------------------
// Pages

interface Point {
  readonly period: Period;
  /** The figure as printed ("２４件", "維持"). */
  readonly text: string;
  readonly kind: "actual" | "target";
  readonly baseline?: boolean;
  readonly line: number;
}

/** Figures of one indicator on one page, found by one rule. */
interface Series {
  name?: string;
  /** A name read from the text near a 年次 table; used only when the page has no bracketed label. */
  nameCandidate?: string;
  role?: string;
  readonly points: Point[];
  readonly line: number;
  readonly fromTable?: boolean;
  /** Year-figure lines printed without a name (a chart's values): named by a bracketed label, if any. */
  readonly loose?: boolean;
}

interface Scheme {
  name: string;
  summary: string;
  subsidyRate?: string;
  limit?: string;
}

interface Page {
  readonly headerLine: number;
  name?: string;
  nameFromBody?: number;
  pageMarker?: { readonly index: number; readonly count: number };
  tag?: Pillar;
  section?: Pillar;
  budgetText?: string;
  department?: string;
  summary?: string;
  background?: string;
  content?: string;
  readonly targets: YearFigure[];
  readonly actuals: YearFigure[];
  readonly attributes: Record<string, unknown>;
  readonly series: Series[];
  readonly components: { name: string; fiscalYear: number; amount: string; line: number }[];
  otherText?: string;
  readonly issues: Issue[];
}

/** A key-value row of subsidy or loan terms: label (spaces allowed between its characters) → attribute. */
const KV_ROWS: readonly (readonly [string, string])[] = [
  ["交付限度額", "limit"],
  ["補助率", "subsidyRate"],
  ["交付率", "subsidyRate"],
  ["限度額", "limit"],
  ["補助対象者", "recipients"],
  ["交付対象者", "recipients"],
  ["事業期間", "projectPeriod"],
  ["融資メニュー", "loan.menu"],
  ["融資対象", "loan.eligibility"],
  ["資金使途", "loan.use"],
  ["融資金額", "loan.amount"],
  ["融資期間", "loan.term"],
  ["融資利率", "loan.rate"],
];
const KV_RES = KV_ROWS.map(([label, attr]) => ({
  attr,
  re: new RegExp(`^${[...label].join("\\s*")}\\s+(.+)$`, "d"),
}));
const kvOf = (l: Line) => KV_RES.find((k) => k.re.test(l.text));

const DEPT_RE = /^担当課\s*[：:]\s*(.*)$/d;
const TAG_LINE_RE = new RegExp(`^(.+?)\\s+(${PILLAR_ALT})$`);

class PageReader {
  private readonly used: boolean[];
  private readonly lines: readonly Line[];
  /** The page is lines[start, end); lines[start] is its header. */
  private readonly start: number;
  private readonly end: number;
  readonly page: Page;

  constructor(lines: readonly Line[], start: number, end: number, headerLine: number) {
    this.lines = lines;
    this.start = start;
    this.end = end;
    this.used = lines.map(() => false);
    this.page = {
      headerLine,
      targets: [],
      actuals: [],
      attributes: {},
      series: [],
      components: [],
      issues: [],
    };
  }

  private line(i: number): Line | undefined {
    return i >= this.start && i < this.end ? this.lines[i] : undefined;
  }
  private blank(i: number): boolean {
    return (this.line(i)?.text ?? "") === "";
  }
  /** A non-blank line no rule has claimed yet. */
  private free(i: number): boolean {
    const l = this.line(i);
    return l !== undefined && l.text !== "" && !this.used[i];
  }
  private use(i: number): Line {
    this.used[i] = true;
    return this.lines[i]!;
  }
  private nextNonBlank(i: number): number {
    let j = i;
    while (j < this.end && this.blank(j)) j++;
    return j < this.end ? j : -1;
  }
  /** Indices of the contiguous non-blank free lines from i. */
  private block(i: number): number[] {
    const out: number[] = [];
    for (let j = i; this.free(j); j++) out.push(j);
    return out;
  }
  private indices(): number[] {
    const out: number[] = [];
    for (let i = this.start; i < this.end; i++) out.push(i);
    return out;
  }

  /**
   * Runs the rules in order: each claims its lines, so the specific shapes (department, terms tables,
   * year targets, 年次 tables) go before the generic ones (year-led statements), and the prose split
   * (overview → 【】 sections → background → content) sees only what is left.
   */
  read(): Page {
    this.header();
    const label = this.indices().find((i) => this.lines[i]!.text.startsWith("背景・課題"));
    let inlineBackground: string | undefined;
    if (label !== undefined) {
      this.use(label);
      inlineBackground = this.lines[label]!.text.replace(/^背景・課題\s*/, "") || undefined;
    }
    this.department();
    this.nameFromBody();
    this.keyValues();
    this.recipientLimits();
    this.schemeTable();
    this.subsidyTable();
    this.components();
    this.yearTargets();
    this.goalBlocks();
    this.yearTables();
    this.yearKeyValues();
    this.labelledValues();
    this.arrowPairs();
    this.valueWithYear();
    this.actualLines();
    this.yearValueLines();
    this.yearLedStatements();
    this.quotedLabels();
    const overview = this.overview(label ?? this.start);
    const sections = this.sections();
    const bgEnd = this.backgroundFrom(overview, label, inlineBackground);
    // Content follows both the overview and the background (the page with the background inline after
    // "背景・課題" prints the goal column between them).
    this.contentFrom(Math.max(bgEnd ?? 0, overview?.end ?? (label ?? this.start) + 1), sections);
    this.rest();
    return this.page;
  }

  // --- header, department, name --------------------------------------------------------------------

  private header(): void {
    const l = this.use(this.start);
    const budget = new RegExp(`^(?:事業名\\s*)?(.*?)\\s*(${PILLAR_ALT})?\\s*R4事業費\\s*(.*)$`, "d").exec(
      l.half,
    );
    const tagOnly = new RegExp(`^(?:事業名\\s*)?(.+?)\\s+(${PILLAR_ALT})$`, "d").exec(l.half);
    let name: string;
    if (budget) {
      name = printed(l, budget, 1);
      if (budget[2]) this.page.tag = budget[2] as Pillar;
      const amount = printed(l, budget, 3);
      if (amount) this.page.budgetText = amount;
    } else if (tagOnly) {
      name = printed(l, tagOnly, 1);
      this.page.tag = tagOnly[2] as Pillar;
    } else {
      name = l.text.replace(/^事業名\s*/, "");
    }
    // "１／２" after the name: the page number of a program printed over two pages.
    const marker = /\s+(\d)\s*[/／]\s*(\d)$/.exec(toHalfWidth(name));
    if (marker) {
      this.page.pageMarker = { index: Number(marker[1]), count: Number(marker[2]) };
      name = name.slice(0, marker.index).trim();
    }
    if (name) this.page.name = name;
  }

  private department(): void {
    for (const i of this.indices()) {
      const m = DEPT_RE.exec(this.lines[i]!.text);
      if (!m || this.used[i]) continue;
      this.use(i);
      const dept = (m[1] ?? "").trim();
      if (!dept) continue;
      if (this.page.department === undefined) {
        this.page.department = dept;
      } else if (this.page.department !== dept) {
        this.page.issues.push({
          severity: "warning",
          line: this.lines[i]!.no,
          message: `担当課が二つ書かれています（${this.page.department} / ${dept}）。最初のものを使います。`,
        });
      }
    }
  }

  /** Two headers print no name; the page then has "<name> <pillar>" or "<…事業>" on a line of its own. */
  private nameFromBody(): void {
    if (this.page.name) return;
    const tagged = this.indices().find((i) => this.free(i) && TAG_LINE_RE.test(this.lines[i]!.text));
    const plain = this.indices().find(
      (i) => this.free(i) && /^[^\s・•○●【［（(「＜]{2,40}(?:事業|事業費)$/.test(this.lines[i]!.text),
    );
    const i = tagged ?? plain;
    if (i === undefined) return;
    const l = this.use(i);
    const m = TAG_LINE_RE.exec(l.text);
    this.page.name = m ? (m[1] ?? "").trim() : l.text;
    if (m && !this.page.tag) this.page.tag = m[2] as Pillar;
    this.page.nameFromBody = l.no;
  }

  // --- subsidy and loan terms -------------------------------------------------------------------------

  private setAttr(path: string, value: string): void {
    const [head, sub] = path.split(".") as [string, string | undefined];
    if (sub === undefined) {
      this.page.attributes[head] = value;
      return;
    }
    const obj = (this.page.attributes[head] ?? {}) as Record<string, string>;
    obj[sub] = value;
    this.page.attributes[head] = obj;
  }

  /** 補助率 １／２以内, 限度額 …, 融資利率 … (the rate continues on a later line). */
  private keyValues(): void {
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      const kv = kvOf(l);
      if (!kv) continue;
      const m = kv.re.exec(l.half)!;
      this.use(i);
      let value = printed(l, m, 1);
      // A second line of the same cell ("政策サポート 事業活性化（IT活用）" under the loan menu).
      const next = this.lines[i + 1];
      if (this.free(i + 1) && next && !kvOf(next) && !isBullet(next) && jpLength(next) <= 25) {
        value += " " + this.use(i + 1).text;
      }
      // Interest rates wrap after a blank: "１．５％（７年以内）…".
      const j = this.nextNonBlank(i + 1);
      if (kv.attr === "loan.rate" && j > i && this.free(j) && /^\d[\d.]*%/.test(this.lines[j]!.half)) {
        value += "、" + this.use(j).text;
      }
      this.setAttr(kv.attr, value);
    }
  }

  /** 交付対象者 / 及び / 交付限度額, then rows "単一市町村 上限： 500万円、下限：50万円" (a name may wrap). */
  private recipientLimits(): void {
    const head = this.indices().find(
      (i) =>
        this.free(i) &&
        this.lines[i]!.text.replace(/\s/g, "") === "交付対象者" &&
        (this.lines[i + 1]?.text ?? "").replace(/\s/g, "") === "及び",
    );
    if (head === undefined) return;
    this.use(head);
    this.use(head + 1);
    if ((this.lines[head + 2]?.text ?? "").replace(/\s/g, "") === "交付限度額") this.use(head + 2);
    const rows: { recipient: string; limit: string }[] = [];
    let prefix: number[] = [];
    for (let i = head + 3; i < this.end; i++) {
      if (this.blank(i)) continue;
      if (!this.free(i)) break;
      const l = this.lines[i]!;
      const at = l.text.indexOf("上限");
      if (at < 0) {
        prefix.push(i);
        if (prefix.length > 2) break;
        continue;
      }
      const recipient = [...prefix.map((p) => this.lines[p]!.text), l.text.slice(0, at).trim()].join("");
      prefix.forEach((p) => this.use(p));
      this.use(i);
      prefix = [];
      rows.push({ recipient, limit: l.text.slice(at).trim() });
    }
    if (rows.length > 0) {
      this.page.attributes.limitsByRecipient = rows;
      this.page.attributes.recipients = rows.map((r) => r.recipient);
    }
  }

  /** "事業名 概要 補助率、上限額" then per scheme: name lines, summary lines, ●rate, ●limit (may wrap). */
  private schemeTable(): void {
    const head = this.indices().find(
      (i) => this.free(i) && this.lines[i]!.text.replace(/\s/g, "") === "事業名概要補助率、上限額",
    );
    if (head === undefined) return;
    this.use(head);
    const schemes: Scheme[] = [];
    let cur: (Scheme & { nameDone: boolean; limits: string[] }) | undefined;
    const flush = () => {
      if (!cur) return;
      schemes.push({
        name: cur.name,
        summary: cur.summary,
        ...(cur.subsidyRate !== undefined ? { subsidyRate: cur.subsidyRate } : {}),
        ...(cur.limits.length > 0 ? { limit: cur.limits.join(" ") } : {}),
      });
    };
    for (let i = head + 1; i < this.end; i++) {
      if (this.blank(i)) continue;
      if (!this.free(i)) break;
      const l = this.use(i);
      if (l.text.startsWith("●") && cur) {
        const v = l.text.slice(1).trim();
        if (cur.subsidyRate === undefined) cur.subsidyRate = v;
        else cur.limits.push(v);
      } else if (
        cur &&
        cur.subsidyRate !== undefined &&
        cur.limits.length > 0 &&
        /^[＜<]|^\d|円$/.test(l.half)
      ) {
        cur.limits[cur.limits.length - 1] += " " + l.text;
      } else if (!cur || cur.subsidyRate !== undefined) {
        flush();
        cur = { name: l.text, summary: "", nameDone: /事業$/.test(l.text), limits: [] };
      } else if (!cur.nameDone) {
        cur.name += l.text;
        cur.nameDone = /事業$/.test(l.text);
      } else {
        cur.summary += l.text;
      }
    }
    flush();
    if (schemes.length > 0) this.page.attributes.schemes = schemes;
  }

  /** The 中小企業競争力強化促進事業 table ("支 援 名 称 補助対象となる経費 補助率 補助限度額"): kept as printed. */
  private subsidyTable(): void {
    const head = this.indices().find(
      (i) => this.free(i) && /^支援名称/.test(this.lines[i]!.text.replace(/\s/g, "")),
    );
    if (head === undefined) return;
    const rows: string[] = [];
    for (let i = head; i < this.end; i++) if (this.free(i)) rows.push(this.use(i).text);
    this.page.attributes.subsidyTable = rows.join("\n");
  }

  /** "介護ロボット導入支援事業費補助金（令和４年度 1,202,160千円）": parts of a combined budget. */
  private components(): void {
    const re = /^(.+?)[（(]((?:令和|R)\s*\d{1,2}\s*年度)\s*(\d[\d,]*千円)[）)]$/d;
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      const m = re.exec(l.half);
      const year = m ? periodOf(m[2] ?? "") : null;
      if (!m || !year) continue;
      this.use(i);
      this.page.components.push({
        name: printed(l, m, 1),
        fiscalYear: year.to,
        amount: printed(l, m, 3),
        line: l.no,
      });
    }
  }

  // --- targets and actuals -----------------------------------------------------------------------------

  private addFigure(f: YearFigure): void {
    (f.year < BUDGET_YEAR ? this.page.actuals : this.page.targets).push(f);
  }

  /**
   * Lines that continue a statement: the block at `from`, then further blocks while they start with the
   * same list marker ("・…", "（２）…") as the first. `listed` continues a list begun on an earlier line.
   */
  private statement(from: number, listed?: { marker: string; width: number }): Line[] {
    const out: Line[] = [];
    let marker = listed?.marker;
    let width = listed?.width ?? 0;
    for (let i = from; ;) {
      const blk = this.block(i);
      const first = blk[0] !== undefined ? this.lines[blk[0]]! : undefined;
      if (!first || DEPT_RE.test(first.text) || kvOf(first)) break;
      const m = /^(?:・|\(\d+\))/.exec(first.half)?.[0]?.replace(/\d+/, "n");
      const blkWidth = Math.max(...blk.map((j) => jpLength(this.lines[j]!)));
      if (out.length === 0 && !listed) marker = m;
      // A later list block must sit in the same column: a much wider one is another box (ヒグマ page).
      else if (marker === undefined || m !== marker || blkWidth > width * 1.5 + 2) break;
      width = Math.max(width, blkWidth);
      blk.forEach((j) => out.push(this.use(j)));
      const next = this.nextNonBlank(blk[blk.length - 1]! + 1);
      if (next < 0) break;
      i = next;
    }
    return out;
  }

  /** "令和4年度の目標値 ５事例に対して支援", "【令和4年度の目標値】" + lines, "令和4年度の目標 …". */
  private yearTargets(): void {
    const re = /^[○【]?\s*((?:令和|R)\s*\d{1,2}\s*年度の目標値?)】?\s*(.*)$/d;
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      const m = re.exec(l.half);
      if (!m) continue;
      this.use(i);
      const label = printed(l, m, 1);
      const rest = printed(l, m, 2);
      const year = periodOf(/^(?:令和|R)\s*\d{1,2}\s*年度/.exec(toHalfWidth(label))?.[0] ?? "");
      if (!year) continue;
      let more: Line[];
      if (rest) {
        more = this.block(i + 1).map((j) => this.use(j));
        if (rest.startsWith("・")) {
          const j = this.nextNonBlank((more.length > 0 ? i + more.length : i) + 1);
          const width = Math.max(...[rest, ...more.map((x) => x.text)].map((t) => [...t].length));
          if (j > 0 && this.free(j) && this.lines[j]!.text.startsWith("・")) {
            more.push(...this.statement(j, { marker: "・", width }));
          }
        }
      } else {
        const j = this.nextNonBlank(i + 1);
        more = j > 0 && this.free(j) ? this.statement(j) : [];
      }
      const text = rest
        ? joinLines([{ ...l, text: rest, half: toHalfWidth(rest) }, ...more])
        : joinLines(more) || undefined;
      this.addFigure(yearFigure(label, text, year, l.no));
    }
  }

  /** "目標 令和６年" (or "目標" then "令和２年〜令和４年累計") followed by the aim in the goal column. */
  private goalBlocks(): void {
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      let label: string;
      let period: Period | null;
      let bodyFrom: number;
      const inline = /^目標\s+(.+)$/.exec(l.text);
      if (inline && periodOf(inline[1] ?? "")) {
        label = l.text;
        period = periodOf(inline[1] ?? "");
        bodyFrom = i + 1;
      } else if (l.text === "目標" && this.free(i + 1) && periodOf(this.lines[i + 1]!.text)) {
        label = `目標 ${this.lines[i + 1]!.text}`;
        period = periodOf(this.lines[i + 1]!.text);
        this.use(i + 1);
        bodyFrom = i + 2;
      } else continue;
      if (!period) continue;
      this.use(i);
      const j = this.free(bodyFrom) ? bodyFrom : this.nextNonBlank(bodyFrom);
      const body = j > 0 && this.free(j) ? this.statement(j) : [];
      this.addFigure(yearFigure(label, joinLines(body) || undefined, period, l.no));
    }
  }

  /**
   * The 年次 / 数値目標 tables of the goal column, one cell per line:
   *   年次 / 令和２年度 13,743人 / 数値目標 / 令和７年度 100,000人      (year and figure on one line)
   *   年次 / 令和２年 / 数値目標 / 3.94％ / 令和７年 ８.０％           (figure on a later line)
   *   年次 / 平成30年 / (2020年) / 指標 / 11,530台 / 令和7年 / (2025年) 26,000台
   * The first row is the baseline (an actual), the last the target. The indicator's name, when printed,
   * is the short block right after the table.
   */
  private yearTables(): void {
    const yearOnly = new RegExp(`^(${YEARS})$`);
    const yearValue = new RegExp(`^(${YEARS})\\s+(${VALUE}|維持)$`, "d");
    const western = /^\((\d{4})年\)(?:\s+(.+))?$/d;
    for (const i of this.indices()) {
      if (!this.free(i) || !/^年次(?:\s*数値目標)?$/.test(this.lines[i]!.text)) continue;
      this.use(i);
      const series: Series = { points: [], line: this.lines[i]!.no, fromTable: true, role: "数値目標" };
      const rows: { label: string; period: Period; line: Line; value?: string; western?: number }[] = [];
      let j = i + 1;
      for (; j < this.end; j++) {
        if (this.blank(j)) continue;
        if (!this.free(j)) break;
        const l = this.lines[j]!;
        const pending = rows.find((r) => r.value === undefined);
        let m: RegExpExecArray | null;
        if (l.text === "数値目標" || l.text === "指標") {
          series.role = l.text;
        } else if ((m = yearValue.exec(l.half))) {
          const p = periodOf(m[1] ?? "");
          if (!p) break;
          rows.push({ label: printed(l, m, 1), period: p, line: l, value: printed(l, m, 2) });
        } else if (yearOnly.test(l.half)) {
          const p = periodOf(l.half);
          if (!p) break;
          rows.push({ label: l.text, period: p, line: l });
        } else if ((m = western.exec(l.half))) {
          // "(2020年)" under "平成30年": the western year of the row above, checked against it.
          const last = pending ?? rows[rows.length - 1];
          if (last) last.western = Number(m[1]);
          if (last && m[2]) last.value = printed(l, m, 2);
        } else if (VALUE_ONLY_RE.test(l.half) && pending) {
          pending.value = l.text;
        } else break;
        this.use(j);
      }
      rows.forEach((r, k) => {
        if (r.western !== undefined && r.western !== r.period.to) {
          this.page.issues.push({
            severity: "warning",
            line: r.line.no,
            message: `${r.label} に (${r.western}年) と書かれています（${r.period.to}年のはず）。和暦を採ります。`,
          });
        }
        if (r.value === undefined) return;
        const kind = r.period.to < BUDGET_YEAR ? "actual" : "target";
        series.points.push({
          period: r.period,
          text: r.value,
          kind,
          baseline: k === 0 && kind === "actual",
          line: r.line.no,
        });
        this.addFigure(yearFigure(r.label, r.value, r.period, r.line.no));
      });
      const n = j >= this.end ? -1 : this.free(j) ? j : -1;
      const blk = n >= 0 ? this.block(n).map((k) => this.lines[k]!) : [];
      if (blk.length > 0 && looksLikeIndicatorName(blk)) series.nameCandidate = joinLines(blk);
      // The candidate's lines stay unclaimed: when a bracketed label names the indicator instead, they
      // are the aim of the page and belong in otherText.
      if (series.points.length > 0) this.page.series.push(series);
    }
  }

  /** "年次： 令和６年度" / "数値目標：489万m3" / "（森林づくりに伴い算出され" … "利用される木材の量）". */
  private yearKeyValues(): void {
    for (const i of this.indices()) {
      const y = this.free(i) ? /^年次\s*[：:]\s*(.+)$/.exec(this.lines[i]!.text) : null;
      const period = y ? periodOf(y[1] ?? "") : null;
      const j = this.nextNonBlank(i + 1);
      const v =
        period && j > 0 && this.free(j) ? /^数値目標\s*[：:]\s*(.+)$/.exec(this.lines[j]!.text) : null;
      if (!period || !v) continue;
      this.use(i);
      this.use(j);
      const value = (v[1] ?? "").trim();
      // The indicator's name follows in parentheses, possibly over a blank line.
      const paren: Line[] = [];
      let k = this.nextNonBlank(j + 1);
      if (k > 0 && this.free(k) && /^[（(]/.test(this.lines[k]!.text)) {
        while (k > 0 && this.free(k)) {
          const l = this.use(k);
          paren.push(l);
          if (/[）)]$/.test(l.text)) break;
          k = this.nextNonBlank(k + 1);
        }
      }
      const note = joinLines(paren);
      const name = note.replace(/^[（(]|[）)]$/g, "").replace(/\s+/g, "");
      this.addFigure(yearFigure("数値目標", value + note, period, this.lines[i]!.no));
      this.page.series.push({
        name: name || undefined,
        role: "数値目標",
        points: [{ period, text: value, kind: "target", line: this.lines[j]!.no }],
        line: this.lines[i]!.no,
      });
    }
  }

  /** "・<name>" / "目標値：100%(R4)" / "基準値：77%(R1)": a named indicator with target and baseline. */
  private labelledValues(): void {
    const re = new RegExp(`^(目標値?|基準値)\\s*[：:]\\s*(${VALUE})\\s*[（(](${ERA})[）)]$`, "d");
    let current: Series | undefined;
    let lastIndex = -2;
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      const m = re.exec(l.half);
      const period = m ? periodOf(m[3] ?? "") : null;
      if (!m || !period) continue;
      if (!current || lastIndex !== i - 1) {
        // The name: the lines above, from the one starting with "・".
        const nameLines: Line[] = [];
        for (let k = i - 1; k >= this.start && k >= i - 4 && this.free(k); k--) {
          nameLines.unshift(this.lines[k]!);
          if (this.lines[k]!.text.startsWith("・")) break;
        }
        if (!nameLines[0]?.text.startsWith("・")) continue;
        nameLines.forEach((n) => (this.used[n.no - 1] = true));
        current = { name: joinLines(nameLines).replace(/^・\s*/, ""), points: [], line: nameLines[0].no };
        this.page.series.push(current);
      }
      this.use(i);
      lastIndex = i;
      const isBaseline = m[1] === "基準値";
      const value = printed(l, m, 2);
      current.points.push({
        period,
        text: value,
        kind: isBaseline ? "actual" : "target",
        baseline: isBaseline,
        line: l.no,
      });
      this.addFigure(yearFigure(`${current.name} ${printed(l, m, 1)}`, value, period, l.no));
    }
  }

  /** "<name>" / "H30 0件 ⇨ R6 5件": baseline and target of a named indicator on one line. */
  private arrowPairs(): void {
    const re = new RegExp(`^(${ERA})\\s*(${VALUE})\\s*[⇨→]\\s*(${ERA})\\s*(${VALUE})$`, "d");
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      const m = re.exec(l.half);
      const from = m ? periodOf(m[1] ?? "") : null;
      const to = m ? periodOf(m[3] ?? "") : null;
      if (!m || !from || !to) continue;
      const nameLines: Line[] = [];
      for (let k = i - 1; k >= this.start && k >= i - 3 && this.free(k); k--)
        nameLines.unshift(this.lines[k]!);
      this.use(i);
      nameLines.forEach((n) => (this.used[n.no - 1] = true));
      const name = joinLines(nameLines) || undefined;
      const before = printed(l, m, 2);
      const after = printed(l, m, 4);
      this.addFigure(yearFigure(printed(l, m, 1), before, from, l.no));
      this.addFigure(yearFigure(printed(l, m, 3), after, to, l.no));
      this.page.series.push({
        name,
        points: [
          {
            period: from,
            text: before,
            kind: from.to < BUDGET_YEAR ? "actual" : "target",
            baseline: true,
            line: l.no,
          },
          { period: to, text: after, kind: to.to < BUDGET_YEAR ? "actual" : "target", line: l.no },
        ],
        line: nameLines[0]?.no ?? l.no,
      });
    }
  }

  /** "【KPI】" / "自力更新面積" / "2.3％（H30）" / "→ 10％（R７）": figure then year, arrow for the target. */
  private valueWithYear(): void {
    const re = new RegExp(`^(→\\s*)?(${VALUE})\\s*[（(](${ERA})[）)]$`, "d");
    let current: Series | undefined;
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      const m = re.exec(l.half);
      const period = m ? periodOf(m[3] ?? "") : null;
      if (!m || !period) continue;
      const arrow = m[1] !== undefined;
      if (!arrow || !current) {
        const k = i - 1;
        const nameLine = this.free(k) && !BULLET_RE.test(this.lines[k]!.text) ? this.lines[k]! : undefined;
        if (nameLine) this.used[k] = true;
        // 【KPI】 / 【事業効果】 above the name, possibly over a blank line, gives the indicator's role.
        let h = k - 1;
        while (nameLine && h > this.start && this.blank(h)) h--;
        const heading = nameLine && this.free(h) ? /^【(.+)】$/.exec(this.lines[h]!.text) : null;
        if (heading) this.used[h] = true;
        current = {
          name: nameLine?.text,
          role: heading ? heading[1] : undefined,
          points: [],
          line: (nameLine ?? l).no,
        };
        this.page.series.push(current);
      }
      this.use(i);
      const value = printed(l, m, 2);
      const kind = arrow || period.to >= BUDGET_YEAR ? "target" : "actual";
      current.points.push({ period, text: value, kind, baseline: !arrow && kind === "actual", line: l.no });
      const figure = yearFigure(current.name ?? printed(l, m, 3), value, period, l.no);
      (kind === "actual" ? this.page.actuals : this.page.targets).push(figure);
    }
  }

  /** "令和2年度実績 3件", "※ R2実績 24,130台". */
  private actualLines(): void {
    const re = new RegExp(`^(?:※\\s*)?(${ERA}\\s*(?:年度|年)?)実績\\s*[：:]?\\s*(${VALUE})$`, "d");
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      const m = re.exec(l.half);
      const period = m ? periodOf(m[1] ?? "") : null;
      if (!m || !period) continue;
      this.use(i);
      const value = printed(l, m, 2);
      this.page.actuals.push(yearFigure(`${printed(l, m, 1)}実績`, value, period, l.no));
      this.unnamed(l.no).points.push({ period, text: value, kind: "actual", line: l.no });
    }
  }

  /** Figures on lines of their own: "令和７年度 ２４件", "令和３年度 ８件", and reversed "3.86％平成30年". */
  private yearValueLines(): void {
    const re = new RegExp(`^(${YEARS})\\s+(${VALUE}|維持)$`, "d");
    const reversed = /^(\d[\d,.]*\s*[^\s\d]{0,4}?)\s*((?:令和|平成)\s*(?:元|\d{1,2})\s*(?:年度|年))$/d;
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      const m = re.exec(l.half);
      const r = m ? null : reversed.exec(l.half);
      const [yearGroup, valueGroup] = m ? [1, 2] : [2, 1];
      const hit = m ?? r;
      const period = hit ? periodOf(hit[yearGroup] ?? "") : null;
      if (!hit || !period) continue;
      this.use(i);
      const label = printed(l, hit, yearGroup);
      const value = printed(l, hit, valueGroup);
      this.addFigure(yearFigure(label, value, period, l.no));
      const kind = period.to < BUDGET_YEAR ? "actual" : "target";
      this.unnamed(l.no).points.push({ period, text: value, kind, line: l.no });
    }
  }

  /** The page's figures that no printed name goes with (yet): named later from a bracketed label. */
  private unnamed(line: number): Series {
    let s = this.page.series.find((x) => x.loose && x.name === undefined);
    if (!s) {
      s = { loose: true, points: [], line };
      this.page.series.push(s);
    }
    return s;
  }

  /**
   * Aims that start with their year: "令和7年度に北海道…達成できる", "令和４年度のサイエンス / パーク参加
   * 児童生徒数 / 1,400人", "＜令和５年＞ / ドローンの…進展", "令和５年度 特例校 / の大学進学率 46％".
   * Not "令和4年7〜8月" (a schedule) nor "令和３年度北海道データセンターセミナー" (a caption).
   */
  private yearLedStatements(): void {
    const re = new RegExp(`^([<＜])?(${ERA}\\s*(?:年度|年))([>＞])?(.*)$`, "d");
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      const m = re.exec(l.half);
      const period = m ? periodOf(m[2] ?? "") : null;
      if (!m || !period) continue;
      const bracketed = m[1] !== undefined && m[3] !== undefined;
      const rest = m[4] ?? "";
      const blk = this.block(i).map((k) => this.lines[k]!);
      const joined = joinLines(blk);
      const trailing = /\s(\d[\d,.]*\s*[^\s\d]{0,6})$/d.exec(toHalfWidth(joined));
      if (!bracketed && !/^[のに]/.test(rest) && !(/^\s/.test(rest) && trailing)) continue;
      blk.forEach((b) => (this.used[b.no - 1] = true));
      const yearText = printed(l, m, 2);
      let label: string;
      let text: string;
      if (trailing && !bracketed) {
        const at = trailing.indices![1]![0];
        label = joined.slice(0, at).trim();
        text = joined.slice(at).trim();
      } else {
        label = yearText;
        text = joined
          .slice(m.indices![4]![0])
          .replace(/^[のに]/, "")
          .trim();
      }
      this.addFigure(yearFigure(label, text, period, l.no));
    }
  }

  /** A label alone in brackets ("＜事業採択件数(累計)＞", "「馬鈴しょ作付面積」"): a chart's indicator name. */
  private quotedLabels(): void {
    const labels: string[] = [];
    for (const i of this.indices()) {
      if (!this.free(i)) continue;
      const m = /^[「＜]([^「」＜＞]+)[」＞]$/.exec(this.lines[i]!.text);
      if (!m || new RegExp(`^${ERA}`).test(toHalfWidth(m[1] ?? ""))) continue;
      labels.push(m[1] ?? "");
      // Kept for otherText as well: a lone label may be a caption rather than an indicator.
    }
    if (labels.length !== 1) return;
    const label = labels[0]!;
    for (const s of this.page.series) if ((s.loose || s.fromTable) && !s.name) s.name = label;
  }

  // --- overview, background, content ----------------------------------------------------------------

  /** The overview is the first wide paragraph that is not a list: at least 28 characters a line. */
  private overview(from: number): { start: number; end: number } | undefined {
    for (let i = from + 1; i < this.end; i++) {
      const l = this.lines[i]!;
      if (!this.free(i) || isBullet(l) || isHeading(l) || jpLength(l) < 28) continue;
      // Lines under a 【…】 heading are that section's, not the overview (次世代自動車部品 page).
      if (this.lines[this.blockStart(i)]!.text.startsWith("【")) continue;
      let j = i;
      while (this.free(j + 1) && !isBullet(this.lines[j + 1]!) && !isHeading(this.lines[j + 1]!)) j++;
      const lines: Line[] = [];
      for (let k = i; k <= j; k++) lines.push(this.use(k));
      this.page.summary = joinLines(lines);
      return { start: i, end: j + 1 };
    }
    return undefined;
  }

  /** 【事業内容】【事業概要】【実施内容】… sections: their lines are content wherever they sit. */
  private sections(): Line[] {
    const out: Line[] = [];
    for (let i = this.start; i < this.end; i++) {
      if (!this.free(i)) continue;
      const l = this.lines[i]!;
      const m = /^【([^】]*)】/.exec(l.text);
      if (!m || /目標|KPI|効果|指標/.test(m[1] ?? "")) continue;
      if (!isHeading(l)) {
        this.block(i).forEach((k) => out.push(this.use(k)));
        continue;
      }
      // A heading alone: its section runs to the next heading or a line another rule claimed. A heading
      // with nothing under it ("【事業内容】" at the foot of a page) is left for otherText.
      const body: number[] = [];
      for (let k = i + 1; k < this.end; k++) {
        if (this.blank(k)) continue;
        if (!this.free(k) || this.lines[k]!.text.startsWith("【")) break;
        body.push(k);
      }
      if (body.length === 0) continue;
      out.push(this.use(i));
      body.forEach((k) => out.push(this.use(k)));
    }
    return out;
  }

  /**
   * The background: the list (or paragraph) right after the overview. Where a list ends is a guess,
   * since the content box often uses the same bullet: a later item after a blank line still belongs to
   * the background when the previous item ended a sentence ("。") or it is as wide as the background box
   * (41+ characters); a line after a blank continues an item when the item had no "。" and the line is
   * a lone fragment. When the overview is followed by a target line, the list just above it is used.
   * Returns the index after the background, for the content to start from.
   */
  private backgroundFrom(
    overview: { start: number; end: number } | undefined,
    label: number | undefined,
    inline: string | undefined,
  ): number | undefined {
    const taken: Line[] = [];
    let start: number | undefined;
    if (inline !== undefined && label !== undefined) {
      const l = this.lines[label]!;
      taken.push({ ...l, text: inline, half: toHalfWidth(inline) });
      start = this.free(label + 1) ? label + 1 : undefined;
    } else if (overview) {
      let j = overview.end;
      // Skip blanks and the 担当課 line, which the PDF sometimes places between overview and background.
      while (j < this.end && (this.blank(j) || (this.used[j] && DEPT_RE.test(this.lines[j]!.text)))) j++;
      if (this.free(j)) start = j;
      else {
        // The list just above the overview (ヒグマ page: the background is printed before the overview).
        let k = overview.start - 1;
        while (k > this.start && this.blank(k)) k--;
        const s = this.blockStart(k);
        if (this.free(k) && isBullet(this.lines[s]!)) {
          this.bulletRun(s, taken);
          this.page.background = joinLines(taken);
        }
        return overview.end;
      }
    }
    if (start === undefined) {
      if (taken.length > 0) this.page.background = joinLines(taken);
      return overview?.end;
    }
    const end =
      isBullet(this.lines[start]!) || taken.length > 0
        ? this.bulletRun(start, taken)
        : this.paragraph(start, taken);
    this.page.background = joinLines(taken);
    return end;
  }

  private blockStart(i: number): number {
    let s = i;
    while (this.free(s - 1)) s--;
    return s;
  }

  /** A lone line after a blank, ending the list item above it (the PDF broke a wrapped line there). */
  private isFragment(j: number): boolean {
    const next = j + 1;
    return !this.free(next) || isBullet(this.lines[next]!) || isHeading(this.lines[next]!);
  }

  private bulletRun(start: number, taken: Line[]): number {
    const marker = taken[0] ? markerOf(taken[0]) : markerOf(this.lines[start]!);
    let i = start;
    for (;;) {
      const cur = this.use(i);
      taken.push(cur);
      const next = i + 1;
      if (this.free(next)) {
        const n = this.lines[next]!;
        if (isBullet(n) ? markerOf(n) !== marker : isHeading(n) || endsSentence(cur.text)) return next;
        i = next;
        continue;
      }
      const j = this.nextNonBlank(next);
      if (j < 0 || !this.free(j) || j === next) return next;
      const n = this.lines[j]!;
      if (isBullet(n)) {
        if (markerOf(n) !== marker || !(endsSentence(cur.text) || jpLength(n) >= 41)) return next;
      } else if (isHeading(n) || endsSentence(cur.text) || !this.isFragment(j)) return next;
      i = j;
    }
  }

  private paragraph(start: number, taken: Line[]): number {
    let i = start;
    for (;;) {
      while (this.free(i) && !isBullet(this.lines[i]!) && !isHeading(this.lines[i]!))
        taken.push(this.use(i++));
      const last = taken[taken.length - 1];
      const j = this.nextNonBlank(i);
      if (!last || j < 0 || j === i || !this.free(j) || endsSentence(last.text)) return i;
      const n = this.lines[j]!;
      if (isBullet(n) || isHeading(n) || !this.isFragment(j)) return i;
      i = j;
    }
  }

  /**
   * The content: the blocks after the background up to 担当課 (the first always, later ones only when
   * they look like text rather than diagram labels), plus the 【…】 sections. Failing both, a list after
   * 担当課 (the ワーケーション page prints its content below the department).
   */
  private contentFrom(from: number, sections: Line[]): void {
    const deptAt = this.indices().find((i) => DEPT_RE.test(this.lines[i]!.text));
    const stop = deptAt !== undefined && deptAt >= from ? deptAt : this.end;
    const taken: Line[] = [];
    const breaks = new Set<number>();
    let prevBlock: Line[] = [];
    for (let i = from; i < stop; i++) {
      if (!this.free(i)) continue;
      const blk = this.block(i).filter((k) => k < stop);
      const lines = blk.map((k) => this.lines[k]!);
      const last = prevBlock[prevBlock.length - 1];
      // A wrapped item continued after a blank ("○…デジ" / "タル関連産業の調査"): only blank lines between,
      // the line above ends no sentence, and either this is a lone fragment or the line above filled
      // its box (as long as the longest line of its block).
      const full =
        prevBlock.length >= 2 &&
        last !== undefined &&
        jpLength(last) >= Math.max(...prevBlock.map(jpLength)) - 1;
      const continues =
        last !== undefined &&
        !endsSentence(last.text) &&
        !isBullet(lines[0]!) &&
        this.indices().every((k) => k <= last.no - 1 || k >= i || this.blank(k)) &&
        (this.isFragment(i) || full);
      const textLike = lines.some((l) => isBullet(l) || isHeading(l) || jpLength(l) >= 20);
      if (taken.length === 0 || continues || textLike) {
        if (taken.length > 0 && !continues) breaks.add(lines[0]!.no);
        blk.forEach((k) => taken.push(this.use(k)));
        prevBlock = lines;
      }
      i = blk[blk.length - 1] ?? i;
    }
    taken.push(...sections);
    if (taken.length === 0 && deptAt !== undefined) {
      for (let i = deptAt + 1; i < this.end; i++) {
        if (!this.free(i) || !/^[・•]/.test(this.lines[i]!.text)) continue;
        const blk = this.block(i).filter((k) => /^[・•]/.test(this.lines[k]!.text));
        if (blk.length >= 2) blk.forEach((k) => taken.push(this.use(k)));
        break;
      }
    }
    taken.sort((a, b) => a.no - b.no);
    if (taken.length > 0) this.page.content = joinLines(taken, breaks);
  }

  private rest(): void {
    const rest = this.indices()
      .filter((i) => this.free(i))
      .map((i) => this.lines[i]!.text);
    if (rest.length > 0) this.page.otherText = rest.join("\n");
  }
}

/** The short name printed under a 年次 table: a few short lines, no sentence, no figure. */
function looksLikeIndicatorName(blk: readonly Line[]): boolean {
  const text = blk.map((l) => l.text).join("");
  return (
    blk.length <= 4 &&
    blk.every((l) => jpLength(l) <= 20) &&
    [...text].length <= 40 &&
    !/[、。]/.test(text) &&
    !BULLET_RE.test(text) &&
    !new RegExp(`^${ERA}`).test(toHalfWidth(text)) &&
    !/\d/.test(toHalfWidth(text))
  );
}

// ---------------------------------------------------------------------------------------------------
// Document

const HEADING_LINE_RE = new RegExp(`^(${PILLAR_ALT})の柱の主な事業$`);

interface Section {
  readonly pillar: Pillar;
  readonly index: number;
  readonly name: string;
}

function splitPages(lines: readonly Line[], sections: readonly Section[]): number[] {
  const headers = new Set<number>();
  lines.forEach((l, i) => {
    if (/R4事業費/.test(l.half)) headers.add(i);
    if (l.text.startsWith("背景・課題")) {
      let k = i - 1;
      while (k >= 0 && lines[k]!.text === "") k--;
      if (
        k >= 0 &&
        !HEADING_LINE_RE.test(lines[k]!.text.replace(/\s/g, "")) &&
        !lines[k]!.text.startsWith("背景・課題")
      ) {
        headers.add(k);
      }
    }
  });
  const sectionLines = new Set(sections.map((s) => s.index));
  return [...headers].filter((i) => !sectionLines.has(i)).sort((a, b) => a - b);
}

interface Program {
  page: Page;
  key: string;
  name: string;
  pages: number[];
}

function programFrom(page: Page, issues: Issue[]): Program {
  const name = page.name ?? "";
  if (page.nameFromBody !== undefined) {
    issues.push({
      severity: "warning",
      line: page.headerLine,
      message: `見出し行に事業名がありません。${page.nameFromBody}行目の「${name}」を事業名とします。`,
    });
  }
  if (!name) {
    issues.push({ severity: "warning", line: page.headerLine, message: "事業名が見つかりません。" });
  }
  const key = name ? hokkaidoKey(name) : `hokkaido:${DOC_KEY}:line-${page.headerLine}`;
  return { page, key, name: name || `（事業名不明 ${page.headerLine}行目）`, pages: [page.headerLine] };
}

/** The second page of a program ("２／２") adds its texts and figures to the first. */
function mergePage(into: Program, page: Page, issues: Issue[]): void {
  const a = into.page;
  const join = (x?: string, y?: string) => (x && y ? `${x}\n${y}` : (x ?? y));
  a.summary = join(a.summary, page.summary);
  a.background = join(a.background, page.background);
  a.content = join(a.content, page.content);
  a.otherText = join(a.otherText, page.otherText);
  a.targets.push(...page.targets);
  a.actuals.push(...page.actuals);
  a.series.push(...page.series);
  a.components.push(...page.components);
  for (const [k, v] of Object.entries(page.attributes)) if (!(k in a.attributes)) a.attributes[k] = v;
  a.department ??= page.department;
  if (page.department && a.department !== page.department) {
    issues.push({
      severity: "warning",
      line: page.headerLine,
      message: `続きのページの担当課が違います（${page.department}）。`,
    });
  }
  if (page.budgetText !== undefined && a.budgetText !== undefined) {
    const x = parseAmount(a.budgetText);
    const y = parseAmount(page.budgetText);
    if (!x || !y || x.value !== y.value || x.scale !== y.scale) {
      issues.push({
        severity: "warning",
        line: page.headerLine,
        message: `続きのページの事業費（${page.budgetText}）が最初のページ（${a.budgetText}）と違います。最初のものを使います。`,
      });
    }
  }
  a.budgetText ??= page.budgetText;
  into.pages.push(page.headerLine);
}

/** Indicator output collected over the document: one indicator per key, one usage per (indicator, node). */
interface IndicatorOut {
  indicators: Map<string, IndicatorInput>;
  usages: Map<string, IndicatorUsageInput>;
  observations: Map<string, ObservationInput>;
}

/**
 * Indicators are emitted only for a series with a printed name and at least one target, all figures in
 * one unit: 年次 tables named by the block under them or by a lone bracketed label, "目標値：/基準値："
 * lists, "H30 0件 ⇨ R6 5件" lines, "【KPI】 name / 2.3％（H30） / → 10％（R７）", and "年次：/数値目標：".
 * The model links usages to plan nodes only, so a program's indicator is used on its pillar's node with
 * the program named in the note. The 令和4年度の目標値 joins a series only when it repeats its name.
 */
function assembleIndicators(program: Program, nodeKey: string, out: IndicatorOut, issues: Issue[]): string[] {
  const page = program.page;
  const keys: string[] = [];
  const named = page.series.filter((s) => (s.name ?? s.nameCandidate) !== undefined);
  // Unnamed single figures on the page (e.g. 令和元年 ２４件 next to a table) join a sole named table.
  const loose = page.series.find((s) => s.loose && s.name === undefined);
  const tables = named.filter((s) => s.fromTable);
  if (loose && tables.length === 1) tables[0]!.points.push(...loose.points);
  for (const s of named) {
    const name = (s.name ?? s.nameCandidate)!;
    const numbers = s.points.map((p) => ({ p, n: p.text === "維持" ? null : parseNumber(p.text) }));
    const units = new Set(numbers.filter((x) => x.n).map((x) => x.n!.unit));
    if (units.size !== 1 || numbers.some((x) => x.p.text !== "維持" && !x.n)) continue;
    const unit = [...units][0]!;
    // The 令和4年度の目標値 names the same indicator: "宇宙関連産業への新規参入／宇宙ビジネス創出件数 1件".
    for (const t of page.targets) {
      if (!t.text || t.year !== BUDGET_YEAR) continue;
      const tk = nameKey(t.text);
      const nk = nameKey(name);
      const n = tk.startsWith(nk)
        ? parseNumber(t.text.slice(t.text.length - (tk.length - nk.length)).trim())
        : null;
      if (n && n.unit === unit && !s.points.some((p) => p.kind === "target" && p.period.to === BUDGET_YEAR)) {
        const value = t.text.slice(t.text.length - (tk.length - nk.length)).trim();
        s.points.push({
          period: { from: BUDGET_YEAR, to: BUDGET_YEAR, basis: "fiscal" },
          text: value,
          kind: "target",
          line: t.line,
        });
      }
    }
    const targets = s.points.filter((p) => p.kind === "target");
    if (targets.length === 0) continue;
    const key = nameKey(name);
    const finalYear = Math.max(...targets.map((p) => p.period.to));
    const baseline = s.points.find((p) => p.baseline);
    const maintain = targets.some((p) => p.text === "維持");
    const finalTarget = targets.find((p) => p.period.to === finalYear);
    const finalValue = finalTarget ? parseNumber(finalTarget.text) : null;
    const baseValue = baseline ? parseNumber(baseline.text) : null;
    const decreasing =
      finalValue &&
      baseValue &&
      Number(formatDecimal(finalValue.value)) < Number(formatDecimal(baseValue.value));
    const allFiscal = s.points.every((p) => p.period.basis === "fiscal");
    if (!out.indicators.has(key)) {
      out.indicators.set(key, {
        key,
        name,
        unit,
        direction: maintain ? "maintain" : decreasing ? "decrease" : "increase",
        measure: "quantitative",
        ...(allFiscal ? { yearBasis: "fiscal" as const } : {}),
        line: s.line,
      });
    }
    keys.push(key);
    const usageKey = `${key}\u0000${nodeKey}`;
    const existing = out.usages.get(usageKey);
    if (existing) {
      out.usages.set(usageKey, { ...existing, note: `${existing.note}、「${program.name}」` });
    } else {
      const targetInputs: TargetInput[] = targets
        .sort((a, b) => a.period.to - b.period.to)
        .map((p): TargetInput => {
          const n = parseNumber(p.text);
          return p.text === "維持" || !n
            ? {
                period: p.period,
                kind: "baseline_or_more",
                isFinal: p.period.to === finalYear,
                label: p.text,
              }
            : {
                period: p.period,
                kind: "absolute",
                value: formatDecimal(n.value),
                isFinal: p.period.to === finalYear,
                label: p.text,
              };
        });
      out.usages.set(usageKey, {
        indicatorKey: key,
        nodeKey,
        displayName: name,
        sortOrder: [...out.usages.values()].filter((u) => u.nodeKey === nodeKey).length + 1,
        ...(s.role ? { role: s.role } : {}),
        ...(baseline && baseValue
          ? { baseline: { period: baseline.period, value: formatDecimal(baseValue.value) } }
          : {}),
        targets: targetInputs,
        note: `事業「${program.name}」`,
        line: s.line,
      });
    }
    for (const p of s.points.filter((x) => x.kind === "actual")) {
      const n = parseNumber(p.text);
      if (!n) continue;
      const okey = `${key}\u0000${p.period.from}-${p.period.to}`;
      const prior = out.observations.get(okey);
      if (prior && prior.value !== formatDecimal(n.value)) {
        issues.push({
          severity: "warning",
          line: p.line,
          message: `「${name}」の実績が二通りあります（${prior.value} / ${p.text}）。`,
        });
        continue;
      }
      out.observations.set(okey, {
        indicatorKey: key,
        series: "actual",
        period: p.period,
        value: formatDecimal(n.value),
        line: p.line,
      });
    }
  }
  return [...new Set(keys)];
}

const byLine = <T extends { line: number }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => a.line - b.line);

function parseCatalogue(text: string): ParseResult {
  const issues: Issue[] = [];
  const lines: Line[] = text
    .replace(/^\ufeff/, "")
    .split(/\r\n|\r|\n/)
    .map((raw, i) => {
      const t = tidyLine(raw);
      return { no: i + 1, text: t, half: toHalfWidth(t) };
    });

  const sections: Section[] = [];
  lines.forEach((l, i) => {
    const m = HEADING_LINE_RE.exec(l.text.replace(/\s/g, ""));
    if (m) sections.push({ pillar: m[1] as Pillar, index: i, name: `${m[1]}の柱` });
  });
  for (const p of PILLARS) {
    if (!sections.some((s) => s.pillar === p)) {
      issues.push({
        severity: "warning",
        message: `「${p}の柱の主な事業」の見出しが見つかりません（文書が途中で切れている可能性）。`,
      });
    }
  }

  const headers = splitPages(lines, sections);
  if (headers.length === 0) {
    issues.push({ severity: "warning", message: "事業のページ（R4事業費 / 背景・課題）が見つかりません。" });
  }
  const boundaries = [...headers, ...sections.map((s) => s.index), lines.length].sort((a, b) => a - b);
  const programs: Program[] = [];
  for (const h of headers) {
    const end = boundaries.find((b) => b > h) ?? lines.length;
    const page = new PageReader(lines, h, end, lines[h]!.no).read();
    page.section = [...sections].reverse().find((s) => s.index < h)?.pillar;
    issues.push(...page.issues);
    const pageIssues: Issue[] = [];
    const candidate = programFrom(page, pageIssues);
    const prev = programs.find((p) => p.key === candidate.key);
    if (prev) {
      if (!page.pageMarker || page.pageMarker.index < 2) {
        issues.push({
          severity: "warning",
          line: page.headerLine,
          message: `事業「${candidate.name}」が二度載っています（${prev.pages[0]}行目）。一つの事業にまとめます。`,
        });
      }
      mergePage(prev, page, issues);
    } else {
      issues.push(...pageIssues);
      programs.push(candidate);
    }
  }

  const doc = emptyDocument("society5-catalogue", DOC_KEY, TITLE, EDITION);
  doc.plans.push({
    key: PLAN_KEY,
    name: PLAN_NAME,
    organization: "北海道",
    levels: [LEVEL],
    ruleProfile: RULE_PROFILE,
  });
  PILLARS.forEach((p, i) => {
    const s = sections.find((x) => x.pillar === p);
    const node: NodeInput = {
      key: nodeKeyOf(p),
      planKey: PLAN_KEY,
      level: LEVEL,
      name: s?.name ?? `${p}の柱`,
      sortOrder: i + 1,
      ...(s ? { line: lines[s.index]!.no } : {}),
    };
    doc.nodes.push(node);
  });

  const out: IndicatorOut = { indicators: new Map(), usages: new Map(), observations: new Map() };
  const linkOrder = new Map<string, number>();
  for (const prog of programs) {
    const page = prog.page;
    const pillar = page.tag ?? page.section;
    if (page.tag && page.section && page.tag !== page.section) {
      issues.push({
        severity: "warning",
        line: page.headerLine,
        message: `「${prog.name}」は${page.section}の柱の章にありますが、ページの表示は「${page.tag}」です。表示の柱に結びます。`,
      });
    }
    if (!page.department) {
      issues.push({
        severity: "warning",
        line: page.headerLine,
        message: `「${prog.name}」の担当課が見つかりません。`,
      });
    } else if (!doc.departments.includes(page.department)) {
      doc.departments.push(page.department);
    }

    // Budget.
    const amount = page.budgetText ? parseAmount(page.budgetText) : null;
    if (!page.budgetText) {
      issues.push({
        severity: "warning",
        line: page.headerLine,
        message: `「${prog.name}」に R4事業費 が書かれていません。`,
      });
    } else if (!amount) {
      issues.push({
        severity: "warning",
        line: page.headerLine,
        message: `「${prog.name}」の R4事業費「${page.budgetText}」を読めません。`,
      });
    } else {
      const partOf = /枠内|内数/.test(page.budgetText);
      const budget: BudgetLineInput = {
        programKey: prog.key,
        fiscalYear: BUDGET_YEAR,
        kind: "予算",
        amount: amount.value,
        scale: amount.scale,
        standalone: !partOf,
        ...(partOf ? { note: toHalfWidth(page.budgetText).replace(/\s+/g, "") } : {}),
        line: page.headerLine,
      };
      doc.budgetLines.push(budget);
      if (page.components.length > 0 && !partOf) {
        const parts = page.components.map((c) => parseAmount(c.amount));
        if (parts.every((p) => p && p.scale === amount.scale)) {
          const sum = parts.reduce((acc, p) => acc + p!.value, 0n);
          const total: PrintedTotalInput = {
            scopeKey: prog.key,
            label: "R4事業費（内訳の合計）",
            printed: amount.value.toString(),
            sumOfRows: sum.toString(),
            line: page.headerLine,
          };
          doc.printedTotals.push(total);
          if (sum !== amount.value) {
            issues.push({
              severity: "warning",
              line: page.headerLine,
              message: `「${prog.name}」の内訳の合計（${sum}）が R4事業費 と合いません。`,
            });
          }
        }
      }
    }

    // Link to the pillar.
    let indicatorKeys: string[] = [];
    if (pillar) {
      const nodeKey = nodeKeyOf(pillar);
      const order = (linkOrder.get(nodeKey) ?? 0) + 1;
      linkOrder.set(nodeKey, order);
      const link: ProgramLinkInput = {
        programKey: prog.key,
        nodeKey,
        sortOrder: order,
        relisted: false,
        ...(page.budgetText ? { listed: { R4事業費: page.budgetText } } : {}),
        line: page.headerLine,
      };
      doc.programLinks.push(link);
      indicatorKeys = assembleIndicators(prog, nodeKey, out, issues);
    } else {
      issues.push({
        severity: "warning",
        line: page.headerLine,
        message: `「${prog.name}」の柱が分かりません。`,
      });
    }

    const attributes: Record<string, unknown> = {
      ...(pillar ? { pillar } : {}),
      ...(page.tag && page.section && page.tag !== page.section ? { printedInSection: page.section } : {}),
      ...(page.background ? { background: page.background } : {}),
      ...(page.content ? { content: page.content } : {}),
      ...(page.targets.length > 0 ? { targets: byLine(page.targets) } : {}),
      ...(page.actuals.length > 0 ? { actuals: byLine(page.actuals) } : {}),
      ...page.attributes,
      ...(page.components.length > 0 ? { components: page.components } : {}),
      ...(indicatorKeys.length > 0 ? { indicatorKeys } : {}),
      ...(prog.pages.length > 1 ? { pages: prog.pages } : {}),
      ...(page.otherText ? { otherText: page.otherText } : {}),
    };
    const program: ProgramInput = {
      key: prog.key,
      name: prog.name,
      ...(page.department ? { department: page.department } : {}),
      ...(page.summary ? { summary: page.summary } : {}),
      attributes,
      line: page.headerLine,
    };
    doc.programs.push(program);
  }
  doc.indicators.push(...out.indicators.values());
  doc.usages.push(...out.usages.values());
  doc.observations.push(...out.observations.values());
  return { ok: true, document: doc, issues };
}

function detectCatalogue(text: string): number {
  const t = toHalfWidth(text);
  return t.includes("Society5.0") && (t.includes("R4事業費") || t.includes("関連事業")) ? 0.9 : 0;
}

export const society5CatalogueParser: DocumentParser = {
  kind: "society5-catalogue",
  detect: detectCatalogue,

  parse(text: string, _fileName: string): ParseResult {
    if (detectCatalogue(text) === 0) {
      return {
        ok: false,
        issues: [
          {
            severity: "error",
            message:
              "「北海道Society5.0」関連事業 参考資料ではありません（Society5.0 / R4事業費 がありません）。",
          },
        ],
      };
    }
    try {
      return parseCatalogue(text);
    } catch (e) {
      // The parser is meant not to throw; if it does, report it rather than crash the import.
      return { ok: false, issues: [{ severity: "error", message: `解析中の例外: ${String(e)}` }] };
    }
  },
};
