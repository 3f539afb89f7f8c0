// Parser for 札幌市産業振興ビジョン改定版の各種取組の進捗状況 (seed 004): the city's progress table of its
// industrial promotion vision. The PDF extraction gives one long table, cut into pages:
//
//   headings  重点分野N.… | 《横断的戦略N.…》 柱N.… | 基本施策N.… | ①…   (one per line; ① may be "- ①")
//   header    取組 指標 H30 R1 R2 R3 R4 / 実績(指標) … 内容 決算見込額(千円) 実績(指標) 目標(指標)
//   rows      program | indicator | H30 R1 R2 R3 actuals | R4 content | R4 決算見込額 | R4 actual | R4 target
//
// Rows may carry ★ (in the name cell or in a cell of its own) and 【再掲】 (listed again under another
// 取組; its figures may differ from the first listing). Under 横断的戦略 the body has one more level than
// under 重点分野 (柱), so the tree has four levels of which 重点分野 branches skip 柱.
import { sapporoKey } from "./keys.ts";
import { compare, parseDecimal, formatDecimal } from "../domain/decimal.ts";
import { parseAmount, parseNumber } from "../domain/numbers.ts";
import { cleanText, isMissingMark, nameKey, toHalfWidth } from "../domain/text.ts";
import { type Period, parseYear } from "../domain/years.ts";
import { toLines } from "./lines.ts";
import {
  type BudgetLineInput,
  type DocumentParser,
  type IndicatorInput,
  type IndicatorUsageInput,
  type Issue,
  type NodeInput,
  type ObservationInput,
  type ObservationStatus,
  type ParseResult,
  type ProgramInput,
  type ProgramLinkInput,
  type TargetInput,
  emptyDocument,
} from "./model.ts";

const PLAN_KEY = "sapporo-sangyo-vision";
const PLAN_NAME = "札幌市産業振興ビジョン改定版";
const TITLE = "札幌市産業振興ビジョン改定版の各種取組の進捗状況";
const LEVELS = ["分野", "柱", "基本施策", "取組"] as const;

export const programKey = sapporoKey;
export const indicatorKey = sapporoKey;

const FIELD_RE = /^重点分野\s*(\d+)\s*\.\s*(.+)$/;
const STRATEGY_RE = /^《\s*横断的戦略\s*(\d+)\s*\.\s*(.+?)\s*》$/;
/** The table of contents names each 横断的戦略 in full ("横断的戦略1 札幌経済を支える…"). */
const TOC_STRATEGY_RE = /^横断的戦略\s*(\d+)\s+(.+)$/;
const PILLAR_RE = /^柱\s*(\d+)\s*\.\s*(.+)$/;
const MEASURE_RE = /^基本施策\s*(\d+)\s*\.\s*(.+)$/;
const INITIATIVE_RE = /^(?:-\s*)?([\u2460-\u2473])\s*(.+)$/;
const GROUP_RE = /^《[^》]*》$/;
const RELISTED_INITIATIVE_RE = /\s*\(再掲\)$/;
const OMITTED_RE = /^~?再掲のため省略~?$/;
const SOURCE_LABEL_RE = /^【資料\d*】$/;
const RELISTED_MARK_RE = /【再掲】/;
const STAR_RE = /★/;
const SEPARATOR_RE = /^-+$/;
const SUBHEADER_CELLS = new Set(["実績(指標)", "内容", "決算見込額(千円)", "目標(指標)"]);

/** Cell positions in a program row once a leading ★ / empty cell is taken off. */
const ROW_CELLS = 10;
const C_NAME = 0;
const C_INDICATOR = 1;
const C_FIRST_ACTUAL = 2; // H30..R3 in 2..5
const C_CONTENT = 6;
const C_SETTLEMENT = 7;
const C_LAST_ACTUAL = 8;
const C_TARGET = 9;

/** Unit names accepted from a trailing "(…)" of an indicator name; other brackets ((累計), (国内)) are not units. */
const UNITS = new Set([
  "%",
  "人",
  "千人",
  "万人",
  "件",
  "社",
  "回",
  "日",
  "台",
  "円",
  "千円",
  "万円",
  "百万円",
  "億円",
  "ha",
  "t",
  "万t",
]);
/** The remark that makes a figure an estimate: 「300(見込み値)」. */
const ESTIMATE = "見込み値";
/** A unit printed after a number in a cell ("468万t-CO₂"). */
const VALUE_UNIT_RE = /^[万千百億]?[A-Za-z%][A-Za-z0-9%-]*$/;
/** Indicators whose name says less is better. */
const DECREASE_RE = /排出量/;
/** An indicator with no figures whose name is an action ("…の実施", "…策定") is a qualitative one. */
const ACTION_NAME_RE = /(策定|構築|検討|実施|整備)$/;

/** Words printed instead of an actual, with the status they mean. */
const STATUS_WORDS: readonly (readonly [string, ObservationStatus])[] = [
  ["集計中", "集計中"],
  ["調査中", "調査中"],
  ["調査未実施", "調査未実施"],
  ["非調査年", "調査未実施"],
  ["未公表", "未公表"],
  ["集計不可", "－"],
];

interface YearColumn {
  readonly label: string;
  readonly year: number;
}

// The table's year columns. The document prints them in every header; these apply when it does not.
const DEFAULT_YEARS: readonly YearColumn[] = [
  { label: "H30", year: 2018 },
  { label: "R1", year: 2019 },
  { label: "R2", year: 2020 },
  { label: "R3", year: 2021 },
  { label: "R4", year: 2022 },
];

interface NodeDraft {
  readonly key: string;
  readonly parentKey?: string;
  readonly level: (typeof LEVELS)[number];
  readonly code: string;
  readonly name: string;
  readonly sortOrder: number;
  readonly line: number;
  readonly texts: Record<string, string>;
  /** For a 取組 printed as "(再掲)" with its rows omitted: the name to look the original up by. */
  relistOf?: string;
  children: number;
}

/** One printed program row. */
interface Listing {
  readonly line: number;
  readonly nodeKey: string;
  /** Printed with 【再掲】. */
  readonly marked: boolean;
  readonly star: boolean;
  readonly name: string;
  readonly indicator: string;
  readonly years: readonly YearColumn[];
  /** Actual cells by year column; undefined where the row was cut off. */
  readonly actuals: readonly (string | undefined)[];
  readonly content?: string;
  readonly settlement?: string;
  readonly target?: string;
  readonly truncated: boolean;
}

interface Scan {
  readonly title?: string;
  readonly nodes: NodeDraft[];
  readonly listings: Listing[];
  readonly years: readonly YearColumn[];
}

type Cell =
  | {
      readonly kind: "value";
      readonly value: string;
      readonly unit: string;
      readonly note?: string;
      /** Printed as 「…(見込み値)」. */
      readonly estimate?: true;
    }
  | { readonly kind: "status"; readonly status: ObservationStatus; readonly note?: string }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "empty" };

export const visionProgressParser: DocumentParser = {
  kind: "vision-progress",
  detect(text: string): number {
    return text.includes("札幌市産業振興ビジョン") && text.includes("決算見込額") ? 0.9 : 0;
  },
  parse(text: string, _fileName: string): ParseResult {
    if (!text.includes("札幌市産業振興ビジョン") && !text.includes("決算見込額")) {
      return {
        ok: false,
        issues: [
          {
            severity: "error",
            message: `「${TITLE}」の表ではありません。表題（札幌市産業振興ビジョン）も表の見出し（決算見込額）も見つかりません。読み込むファイルを確認してください。`,
          },
        ],
      };
    }
    const issues: Issue[] = [];
    const scan = scanLines(text, issues);
    const document = assemble(scan, issues);
    issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { ok: true, document, issues };
  },
};

// ---------------------------------------------------------------------------------------------------
// Pass 1: lines → nodes and printed rows.

function scanLines(text: string, issues: Issue[]): Scan {
  const warn = (line: number, message: string) => issues.push({ severity: "warning", line, message });
  // Trailing tabs are kept: an empty last cell (no target printed) is still a cell.
  const lines = toLines(text).map((l) => ({ no: l.no, text: toHalfWidth(l.text) }));
  const nodes: NodeDraft[] = [];
  const nodeByKey = new Map<string, NodeDraft>();
  const listings: Listing[] = [];
  const tocStrategyNames = new Map<string, string>();
  let title: string | undefined;
  let years: readonly YearColumn[] = DEFAULT_YEARS;
  let firstYears: readonly YearColumn[] | undefined;
  let inBody = false;
  let roots = 0;
  let field: NodeDraft | undefined;
  let pillar: NodeDraft | undefined;
  let measure: NodeDraft | undefined;
  let initiative: NodeDraft | undefined;

  const addNode = (
    parent: NodeDraft | undefined,
    level: NodeDraft["level"],
    segment: string,
    code: string,
    name: string,
    line: number,
  ): NodeDraft => {
    let key = `${parent?.key ?? PLAN_KEY}/${segment}`;
    const existing = nodeByKey.get(key);
    // A heading printed again after a page break continues the same node.
    if (existing && nameKey(existing.name) === nameKey(name)) return existing;
    if (existing) {
      warn(
        line,
        `「${parent?.key ?? PLAN_KEY}」の下に${segment}が異なる名称で2回出てきます。別のキーを付けて別の項目として取り込みました。見出しの番号を確認してください。`,
      );
      let n = 2;
      while (nodeByKey.has(`${key}~${n}`)) n++;
      key = `${key}~${n}`;
    }
    const sortOrder = parent ? ++parent.children : ++roots;
    const node: NodeDraft = {
      key,
      ...(parent ? { parentKey: parent.key } : {}),
      level,
      code,
      name,
      sortOrder,
      line,
      texts: {},
      children: 0,
    };
    nodes.push(node);
    nodeByKey.set(key, node);
    return node;
  };

  for (let i = 0; i < lines.length; i++) {
    const { no, text: raw } = lines[i]!;
    if (raw.trim() === "") continue;
    let cells = raw.split("\t").map((c) => c.trim());
    const filled = cells.filter((c) => c !== "");

    if (title === undefined && raw.includes("札幌市産業振興ビジョン")) title = cleanText(raw);

    if (filled.length <= 1) {
      const t = cleanText(filled[0] ?? "");
      let m: RegExpExecArray | null;
      if ((m = FIELD_RE.exec(t))) {
        inBody = true;
        field = addNode(undefined, "分野", `重点分野${m[1]}`, `重点分野${m[1]}`, m[2]!.trim(), no);
        pillar = measure = initiative = undefined;
      } else if ((m = STRATEGY_RE.exec(t))) {
        inBody = true;
        const name = tocStrategyNames.get(m[1]!) ?? m[2]!;
        field = addNode(undefined, "分野", `横断的戦略${m[1]}`, `横断的戦略${m[1]}`, name, no);
        pillar = measure = initiative = undefined;
      } else if (!inBody) {
        // Title page and table of contents: only the strategies' full names are kept.
        if ((m = TOC_STRATEGY_RE.exec(t))) tocStrategyNames.set(m[1]!, m[2]!.trim());
        if (GROUP_RE.test(t) || PILLAR_RE.test(t) || MEASURE_RE.test(t)) {
          inBody = true;
          i--; // read it again as a body line
        }
      } else if ((m = PILLAR_RE.exec(t))) {
        if (!field)
          warn(
            no,
            `柱の見出し「${t}」がどの分野（重点分野・横断的戦略）の下にもないため、読み飛ばしました。`,
          );
        else pillar = addNode(field, "柱", `柱${m[1]}`, `柱${m[1]}`, m[2]!.trim(), no);
        measure = initiative = undefined;
      } else if ((m = MEASURE_RE.exec(t))) {
        const parent = pillar ?? field;
        if (!parent)
          warn(
            no,
            `基本施策の見出し「${t}」がどの分野（重点分野・横断的戦略）の下にもないため、読み飛ばしました。`,
          );
        else measure = addNode(parent, "基本施策", `基本施策${m[1]}`, `基本施策${m[1]}`, m[2]!.trim(), no);
        initiative = undefined;
      } else if ((m = INITIATIVE_RE.exec(t))) {
        const number = m[1]!.codePointAt(0)! - 0x245f;
        const printed = m[2]!.trim();
        const name = printed.replace(RELISTED_INITIATIVE_RE, "");
        if (!measure) {
          warn(no, `取組の見出し「${t}」がどの基本施策の下にもないため、読み飛ばしました。`);
        } else {
          initiative = addNode(measure, "取組", `取組${number}`, m[1]!, name, no);
          if (name !== printed) initiative.relistOf = name;
        }
      } else if (OMITTED_RE.test(t)) {
        if (initiative) initiative.texts["再掲"] = "再掲のため省略";
      } else if (!GROUP_RE.test(t) && !SOURCE_LABEL_RE.test(t) && !t.includes("札幌市産業振興ビジョン")) {
        warn(no, `見出しとも表の行とも判別できない行を読み飛ばしました: 「${t.slice(0, 40)}」`);
      }
      continue;
    }

    if (cells[0] === "取組" && cells[1] === "指標") {
      const parsed = parseYearHeader(cells.slice(C_FIRST_ACTUAL, C_FIRST_ACTUAL + DEFAULT_YEARS.length));
      if (parsed) years = parsed;
      else warn(no, "表の見出しの年度を読み取れません。H30～R4の年度として読み取りました。");
      firstYears ??= years;
      continue;
    }
    if (filled.every((c) => SUBHEADER_CELLS.has(c))) continue;
    if (filled.every((c) => SEPARATOR_RE.test(c))) continue;
    if (!inBody) {
      // Contents lines ("①観光	1") are not rows; anything longer before the first heading is lost.
      if (filled.length > 2)
        warn(no, "最初の見出し（重点分野・横断的戦略など）より前にある表の行を読み飛ばしました。");
      continue;
    }

    // A row the extraction broke over two lines: the break is inside one cell, or replaced a tab.
    const next = lines[i + 1];
    if (rowCells(cells).cells.length < ROW_CELLS && next?.text.includes("\t")) {
      const more = next.text.split("\t").map((c) => c.trim());
      const joined = [
        [...cells.slice(0, -1), cells.at(-1)! + more[0]!, ...more.slice(1)],
        [...cells, ...more],
      ].find((c) => rowCells(c).cells.length === ROW_CELLS);
      if (joined && rowCells(more).cells.length < ROW_CELLS) {
        cells = joined;
        warn(no, `表の行が${next.no}行目にまたがっています。2行をつないで1つの行として読み取りました。`);
        i++;
      }
    }

    const node = initiative ?? measure;
    if (!node) {
      warn(no, "どの基本施策の下にもない表の行を読み飛ばしました。");
      continue;
    }
    if (!initiative) warn(no, "取組の見出しの下にない表の行です。その基本施策に結び付けました。");
    const listing = readRow(cells, no, node.key, years, issues);
    if (listing) listings.push(listing);
  }

  if (!title) issues.push({ severity: "warning", message: `表題「${TITLE}」が見つかりません。` });
  if (listings.length === 0) issues.push({ severity: "warning", message: "事業の行が1つも見つかりません。" });
  return { ...(title ? { title } : {}), nodes, listings, years: firstYears ?? years };
}

/** "H30 R1 R2 R3 R4" → the five year columns; null when any is not a year. */
function parseYearHeader(cells: readonly string[]): YearColumn[] | null {
  if (cells.length !== DEFAULT_YEARS.length) return null;
  const out: YearColumn[] = [];
  for (const label of cells) {
    const p = parseYear(label);
    if (!p) return null;
    out.push({ label, year: p.from });
  }
  return out;
}

/** A row's cells in the ten columns: some pages put ★ (or nothing) in a column of their own before the
 *  name, some end every row with an empty cell. */
function rowCells(raw: readonly string[]): { cells: string[]; star: boolean } {
  let cells = [...raw];
  let star = false;
  if (cells.length > ROW_CELLS && (cells[0] === "" || cells[0] === "★")) {
    star = cells[0] === "★";
    cells = cells.slice(1);
  }
  while (cells.length > ROW_CELLS && cells.at(-1) === "") cells.pop();
  return { cells, star };
}

function readRow(
  rawCells: readonly string[],
  line: number,
  nodeKey: string,
  years: readonly YearColumn[],
  issues: Issue[],
): Listing | null {
  let { cells, star } = rowCells(rawCells);
  const truncated = cells.length < ROW_CELLS;
  if (cells.length > ROW_CELLS) {
    issues.push({
      severity: "warning",
      line,
      message: `行の列が多すぎます（${ROW_CELLS}列のところ${cells.length}列）。余分な列は読み飛ばしました。`,
    });
    cells = cells.slice(0, ROW_CELLS);
  }
  if (truncated) {
    // The last cell of a cut row may itself be cut ("412,018" → "41"): it is not trusted.
    cells = cells.slice(0, -1);
    issues.push({
      severity: "warning",
      line,
      message: `行が途中で切れています（${ROW_CELLS}列中${cells.length}列）。残りの列は読み取れませんでした。`,
    });
  }
  const cell = (i: number) => {
    const c = cells[i];
    return c === undefined ? undefined : cleanText(c);
  };

  let name = cell(C_NAME) ?? "";
  if (STAR_RE.test(name)) star = true;
  const marked = RELISTED_MARK_RE.test(name);
  name = cleanText(name.replace(STAR_RE, "").replace(RELISTED_MARK_RE, ""));
  if (name === "") {
    issues.push({ severity: "warning", line, message: "事業名のない行を読み飛ばしました。" });
    return null;
  }
  const indicator = cell(C_INDICATOR) ?? "";
  if (indicator === "")
    issues.push({ severity: "warning", line, message: `「${name}」に指標が書かれていません。` });

  const actuals = years.map((_, i) => cell(i === years.length - 1 ? C_LAST_ACTUAL : C_FIRST_ACTUAL + i));
  const content = cell(C_CONTENT);
  const settlement = cell(C_SETTLEMENT);
  const target = cell(C_TARGET);
  return {
    line,
    nodeKey,
    marked,
    star,
    name,
    indicator,
    years,
    actuals,
    ...(content !== undefined ? { content } : {}),
    ...(settlement !== undefined ? { settlement } : {}),
    ...(target !== undefined ? { target } : {}),
    truncated,
  };
}

// ---------------------------------------------------------------------------------------------------
// Pass 2: rows → programs, links, indicators, observations, budgets.

interface ProgramDraft {
  readonly key: string;
  readonly canonical: Listing;
  star: boolean;
  indicatorKey?: string;
  /** 【再掲】 listings linked to it by a similar, not the same, name (a typo: "IT活用" for "IT利活用"). */
  readonly similarNames: Set<Listing>;
}

interface IndicatorDraft {
  readonly input: IndicatorInput;
  /** Observations by year; a shared indicator's come from the first listing that printed a figure. */
  readonly observations: Map<number, ObservationInput>;
  /** The listing that defined it: the series another program's listing must print to share it. */
  readonly listing: Listing;
}

function assemble(scan: Scan, issues: Issue[]) {
  const warn = (line: number, message: string) => issues.push({ severity: "warning", line, message });
  const lastYear = scan.years.at(-1)!.year;
  // The document carries no date. It reports R4 (FY2022) results, cites "R5.3末時点", and so was
  // published in FY2023: the edition is the year after the evaluation year.
  const doc = emptyDocument("vision-progress", PLAN_KEY, scan.title ?? TITLE, String(lastYear + 1));
  doc.evaluationYear = lastYear;
  // The document states no period for the vision, so the plan has none.
  doc.plans.push({
    key: PLAN_KEY,
    name: PLAN_NAME,
    organization: "札幌市",
    levels: [...LEVELS],
    ruleProfile: "sapporo-vision",
  });

  resolveRelistedInitiatives(scan.nodes, warn);
  for (const n of scan.nodes) doc.nodes.push(nodeInput(n));

  const programs = collectPrograms(scan.listings, warn);
  const ordered = [...new Set(programs.values())].sort((a, b) => a.canonical.line - b.canonical.line);

  const indicators = new Map<string, IndicatorDraft>();
  for (const p of ordered) {
    p.indicatorKey = addIndicator(p.canonical, indicators, warn);
    doc.programs.push(programInput(p));
    const budget = budgetLine(p, lastYear, warn);
    if (budget) doc.budgetLines.push(budget);
  }
  for (const d of indicators.values()) {
    doc.indicators.push(d.input);
    doc.observations.push(...[...d.observations.values()].sort((a, b) => a.period.from - b.period.from));
  }

  const linked = new Set<string>();
  const used = new Set<string>();
  const linksPerNode = new Map<string, number>();
  for (const l of scan.listings) {
    const p = programs.get(l)!;
    const pairKey = `${p.key}\u0000${l.nodeKey}`;
    if (linked.has(pairKey)) {
      warn(l.line, `「${l.name}」が同じ取組の下に2回載っています。2回目の掲載は読み飛ばしました。`);
      continue;
    }
    linked.add(pairKey);
    const sortOrder = (linksPerNode.get(l.nodeKey) ?? 0) + 1;
    linksPerNode.set(l.nodeKey, sortOrder);
    const relisted = p.canonical !== l;
    if (relisted) compareWithFirstListing(l, p.canonical, warn);
    doc.programLinks.push({
      programKey: p.key,
      nodeKey: l.nodeKey,
      sortOrder,
      relisted,
      listed: listedFigures(l, p.similarNames.has(l)),
      line: l.line,
    } satisfies ProgramLinkInput);
    if (p.indicatorKey && !used.has(`${p.indicatorKey}\u0000${l.nodeKey}`)) {
      used.add(`${p.indicatorKey}\u0000${l.nodeKey}`);
      doc.usages.push(usageInput(l, p.indicatorKey, sortOrder, lastYear));
    }
  }
  return doc;
}

function nodeInput(n: NodeDraft): NodeInput {
  return {
    key: n.key,
    planKey: PLAN_KEY,
    ...(n.parentKey ? { parentKey: n.parentKey } : {}),
    level: n.level,
    code: n.code,
    name: n.name,
    sortOrder: n.sortOrder,
    ...(Object.keys(n.texts).length > 0 ? { texts: { ...n.texts } } : {}),
    line: n.line,
  };
}

/** A 取組 printed as "(再掲)" stands for another 取組 of the same name: record which one. */
function resolveRelistedInitiatives(nodes: readonly NodeDraft[], warn: (line: number, m: string) => void) {
  const originals = nodes.filter((n) => n.level === "取組" && n.relistOf === undefined);
  for (const n of nodes) {
    if (n.relistOf === undefined) continue;
    const key = nameKey(n.relistOf);
    let original = originals.find((o) => nameKey(o.name) === key);
    if (!original) {
      // The re-listed headings are retyped, not copied ("…の支援" / "…まで一貫した支援").
      const close = closest(key, originals, (o) => nameKey(o.name), Math.floor(key.length / 5));
      if (close) {
        original = close;
        warn(
          n.line,
          `(再掲)の取組「${n.name}」と同じ名称の取組がないため、名称が近い「${close.name}」（${close.line}行目）の再掲として扱いました。`,
        );
      } else {
        warn(
          n.line,
          `(再掲)の取組「${n.name}」と同じ名称の取組が見つからないため、再掲元を結び付けられません。取組名を確認してください。`,
        );
      }
    }
    n.texts["再掲"] ??= "(再掲)";
    if (original) n.texts["再掲元"] = original.key;
  }
}

/**
 * Each listing's program. The first listing without 【再掲】 is the program's own; 【再掲】 listings are
 * found by name, allowing for the abbreviations and typos the document has ("中小企業経営支援事業" for
 * "…(中小企業支援センター事業)", "IT活用" for "IT利活用").
 */
function collectPrograms(listings: readonly Listing[], warn: (line: number, m: string) => void) {
  const byKey = new Map<string, ProgramDraft>();
  const byListing = new Map<Listing, ProgramDraft>();
  for (const l of listings) {
    const key = programKey(l.name);
    if (!l.marked && !byKey.has(key)) byKey.set(key, newProgram(key, l));
  }
  for (const l of listings) {
    const key = programKey(l.name);
    let p = byKey.get(key);
    if (!p) p = findRelisted(l, byKey, warn);
    if (!p) {
      warn(
        l.line,
        `【再掲】「${l.name}」の最初の掲載が見つかりません。この行を事業の最初の掲載として扱いました。`,
      );
      p = newProgram(key, l);
      byKey.set(key, p);
    } else if (!l.marked && p.canonical !== l) {
      warn(
        l.line,
        `「${l.name}」が【再掲】の印なしで再び載っています。${p.canonical.line}行目の再掲として扱いました。`,
      );
    }
    p.star ||= l.star;
    byListing.set(l, p);
  }
  return byListing;
}

const newProgram = (key: string, canonical: Listing): ProgramDraft => ({
  key,
  canonical,
  star: false,
  similarNames: new Set(),
});

function findRelisted(
  l: Listing,
  byKey: ReadonlyMap<string, ProgramDraft>,
  warn: (line: number, m: string) => void,
): ProgramDraft | undefined {
  const key = programKey(l.name);
  const candidates = [...byKey.values()];
  // An abbreviated name: the program's name without its "(…)" qualifier.
  const base = (k: string) => k.replace(/(\([^()]*\))+$/, "");
  const sameBase = candidates.filter((p) => base(p.key) === key);
  if (sameBase.length === 1) return sameBase[0];
  // A typo: a near-identical name, preferring a program printed with the same indicator.
  let near = candidates.filter((p) => levenshtein(p.key, key) <= 2);
  if (near.length > 1) near = near.filter((p) => nameKey(p.canonical.indicator) === nameKey(l.indicator));
  if (near.length !== 1) return undefined;
  const p = near[0]!;
  p.similarNames.add(l);
  warn(
    l.line,
    `【再掲】「${l.name}」と同じ名称の事業がないため、名称が近い「${p.canonical.name}」（${p.canonical.line}行目）の再掲として扱いました。`,
  );
  return p;
}

function programInput(p: ProgramDraft): ProgramInput {
  const { canonical: l } = p;
  const attributes: Record<string, unknown> = {};
  if (p.star) attributes["star"] = true;
  let summary: string | undefined;
  const note = contentRemark(l);
  if (note) attributes["note"] = note;
  else if (l.content && !isMissingMark(l.content)) summary = l.content;
  return {
    key: p.key,
    name: l.name,
    ...(summary ? { summary } : {}),
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    ...lifecycleOf(l),
    line: l.line,
  };
}

function budgetLine(p: ProgramDraft, fiscalYear: number, warn: (line: number, m: string) => void) {
  const cell = p.canonical.settlement;
  if (cell === undefined || isMissingMark(cell)) return null;
  const amount = parseAmount(cell, "千円");
  if (!amount) {
    warn(p.canonical.line, `「${p.canonical.name}」の決算見込額「${cell}」を金額（千円）として読めません。`);
    return null;
  }
  return {
    programKey: p.key,
    fiscalYear,
    kind: "決算見込",
    amount: amount.value,
    scale: amount.scale,
    standalone: true,
    line: p.canonical.line,
  } satisfies BudgetLineInput;
}

/**
 * The indicator of a program's own listing. Programs printing the same indicator name share it — unless
 * the series they print differ (the same "満足度(%)" measured on different visitors, or an ended
 * program's "—" where the other prints a figure): then the later one gets its own indicator, keyed by
 * name and program, so that no program's row shows another's figures.
 */
function addIndicator(
  l: Listing,
  indicators: Map<string, IndicatorDraft>,
  warn: (line: number, m: string) => void,
): string | undefined {
  if (l.indicator === "") return undefined;
  const cells = l.actuals.map((c) => (c === undefined ? undefined : readCell(c)));
  const target = l.target === undefined ? undefined : readCell(l.target);
  const all = [...cells, target].filter((c): c is Cell => c !== undefined);
  const milestones = [...new Set(all.flatMap((c) => (c.kind === "text" ? [c.text] : [])))];
  const hasValue = all.some((c) => c.kind === "value");
  const bareName = l.indicator.replace(/(\s*\([^()]*\))+$/, "");
  const qualitative = milestones.length > 0 || (!hasValue && ACTION_NAME_RE.test(bareName));
  const key = indicatorKey(l.indicator);
  const ended = lifecycleOf(l)?.endedYear;

  const observations = new Map<number, ObservationInput>();
  l.years.forEach((y, i) => {
    const c = cells[i];
    if (c === undefined || c.kind === "empty") return;
    if (ended !== undefined && y.year > ended) {
      // The program did not run that year: its "—" is no observation.
      if (c.kind === "status" && c.status === "－" && !c.note) return;
      warn(
        l.line,
        `「${l.name}」は「${l.content}」の事業ですが、${y.label}の実績「${l.actuals[i]}」が印刷されています。印刷どおり取り込みました。`,
      );
    }
    if (c.kind === "text" && !qualitative) {
      warn(l.line, `「${l.name}」の${y.label}実績「${c.text}」は数値ではないため、取り込みませんでした。`);
      return;
    }
    observations.set(y.year, observation(c, key, { from: y.year, to: y.year }, l.line));
  });

  const input: IndicatorInput = {
    key,
    name: l.indicator,
    unit: unitOf(l.indicator, all),
    direction: DECREASE_RE.test(l.indicator) ? "decrease" : "increase",
    measure: qualitative ? "qualitative" : "quantitative",
    ...(milestones.length > 0 ? { milestones } : {}),
    line: l.line,
  };
  const shared = indicators.get(key);
  if (!shared) {
    indicators.set(key, { input, observations, listing: l });
    return key;
  }
  if (sameSeries(shared.listing, l)) {
    // The same series; a row cut short on the first listing is completed by this one.
    for (const [year, o] of observations)
      if (!shared.observations.has(year)) shared.observations.set(year, o);
    return key;
  }
  const ownKey = `${key}#${nameKey(l.name)}`;
  warn(
    l.line,
    `指標「${l.indicator}」が「${shared.listing.name}」（${shared.listing.line}行目）と「${l.name}」に載っていますが、実績値が異なります。別々の指標として取り込みました。`,
  );
  const own = new Map([...observations].map(([y, o]) => [y, { ...o, indicatorKey: ownKey }] as const));
  indicators.set(ownKey, { input: { ...input, key: ownKey }, observations: own, listing: l });
  return ownKey;
}

/** Two listings print one series when every year's actual that both print reads the same. */
function sameSeries(a: Listing, b: Listing): boolean {
  const printed = new Map(a.years.map((y, i) => [y.year, a.actuals[i]] as const));
  return b.years.every((y, i) => {
    const x = printed.get(y.year);
    const z = b.actuals[i];
    return x === undefined || z === undefined || sameCell(readCell(x), readCell(z));
  });
}

function sameCell(a: Cell, b: Cell): boolean {
  if (a.kind === "value" && b.kind === "value")
    return compare(parseDecimal(a.value)!, parseDecimal(b.value)!) === 0 && a.unit === b.unit;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A content cell that is only a bracketed remark says what became of the program, not what it did. */
function contentRemark(l: Listing): string | undefined {
  return (l.content && /^\((.+)\)$/.exec(l.content)?.[1]) || undefined;
}

/** What a content cell says became of the program: ended (「令和3年度をもって終了」, 「令和元年度事業終了」)
 *  or merged into another from a year on (「令和4年度から中小企業DX推進費に統合」). */
function lifecycleOf(l: Listing): { endedYear: number; successorName?: string } | undefined {
  const remark = contentRemark(l);
  if (!remark) return undefined;
  const ended = /^(.+?年度)(?:をもって|事業)終了$/.exec(remark);
  const endedYear = ended && parseYear(ended[1]!)?.to;
  if (endedYear) return { endedYear };
  const merged = /^(.+?年度)から(.+)に統合$/.exec(remark);
  const from = merged && parseYear(merged[1]!)?.from;
  if (from) return { endedYear: from - 1, successorName: merged[2]!.trim() };
  return undefined;
}

function observation(
  c: Exclude<Cell, { kind: "empty" }>,
  indicatorKey: string,
  period: Period,
  line: number,
): ObservationInput {
  const base = { indicatorKey, series: "actual", period, line };
  switch (c.kind) {
    case "value":
      return {
        ...base,
        value: c.value,
        ...(c.note ? { note: c.note } : {}),
        ...(c.estimate ? { estimate: true } : {}),
      };
    case "status":
      return { ...base, status: c.status, ...(c.note ? { note: c.note } : {}) };
    case "text":
      return { ...base, milestone: c.text };
  }
}

function usageInput(l: Listing, key: string, sortOrder: number, year: number): IndicatorUsageInput {
  const cell = l.target === undefined ? undefined : readCell(l.target);
  const period: Period = { from: year, to: year };
  const targets: TargetInput[] = [];
  let note: string | undefined;
  if (cell?.kind === "value") {
    targets.push({
      period,
      kind: "absolute",
      value: cell.value,
      isFinal: false,
      ...(cell.note || cell.estimate ? { label: l.target } : {}),
    });
  } else if (cell?.kind === "text") {
    targets.push({ period, kind: "absolute", isFinal: false, label: cell.text });
  } else if (cell?.kind === "status" && cell.note) {
    note = `目標: ${l.target}`;
  }
  return {
    indicatorKey: key,
    nodeKey: l.nodeKey,
    displayName: l.indicator,
    sortOrder,
    role: "指標",
    targets,
    ...(note ? { note } : {}),
    line: l.line,
  };
}

/** The figures as this listing printed them, keyed by the table's own column names; `matchedBy` says
 *  when the listing was linked to its program by a similar name only. */
function listedFigures(l: Listing, similarName: boolean): Record<string, unknown> {
  const actuals: Record<string, string> = {};
  l.years.forEach((y, i) => {
    const c = l.actuals[i];
    if (c !== undefined) actuals[y.label] = c;
  });
  return {
    name: l.name,
    indicator: l.indicator,
    star: l.star,
    actuals,
    ...(l.content !== undefined ? { content: l.content } : {}),
    ...(l.settlement !== undefined ? { settlementEstimate: l.settlement } : {}),
    ...(l.target !== undefined ? { target: l.target } : {}),
    ...(l.truncated ? { truncated: true } : {}),
    ...(similarName ? { matchedBy: "similar-name" } : {}),
  };
}

/** A 【再掲】 listing printing other figures than the first listing is worth a look. */
function compareWithFirstListing(l: Listing, first: Listing, warn: (line: number, m: string) => void) {
  const same = (a: string | undefined, b: string | undefined) =>
    a === undefined || b === undefined || a.replace(/\s/g, "") === b.replace(/\s/g, "");
  const diffs: string[] = [];
  l.years.forEach((y, i) => {
    if (!same(l.actuals[i], first.actuals[i])) diffs.push(`${y.label} ${l.actuals[i]} / ${first.actuals[i]}`);
  });
  if (!same(l.settlement, first.settlement)) diffs.push(`決算見込額 ${l.settlement} / ${first.settlement}`);
  if (!same(l.target, first.target)) diffs.push(`目標 ${l.target} / ${first.target}`);
  if (diffs.length > 0)
    warn(
      l.line,
      `【再掲】「${l.name}」の数値が最初の掲載（${first.line}行目）と異なります: ${diffs.join("、")}`,
    );
}

// ---------------------------------------------------------------------------------------------------
// Cells.

/**
 * What an actual or target cell says: a figure ("1,270", "300(見込み値)", "468万t-CO₂"), a status
 * ("集計中", "—", "調査未実施 (外国人観光客が対象のため)"), or words (a milestone: "検討", "策定").
 */
function readCell(printed: string): Cell {
  const s = cleanText(printed);
  if (s === "") return { kind: "empty" };
  if (isMissingMark(s)) return { kind: "status", status: "－" };
  const dashNote = /^[—―‐ー-]\s*([(※].*)$/.exec(s);
  if (dashNote) return { kind: "status", status: "－", note: remarkOf(dashNote[1]!) };
  for (const [word, status] of STATUS_WORDS) {
    if (!s.startsWith(word)) continue;
    const note = word === status ? remarkOf(s.slice(word.length)) : s;
    return { kind: "status", status, ...(note ? { note } : {}) };
  }
  // "2023.12頃実績確定": the figure is not in yet.
  if (/実績確定/.test(s)) return { kind: "status", status: "集計中", note: s };
  const m = /^([△▲-]?\s*\d[\d,]*(?:\.\d+)?)(.*)$/.exec(s);
  const n = m && parseNumber(m[1]!);
  if (m && n) {
    const rest = m[2]!.trim();
    const value = formatDecimal(n.value);
    if (rest === "") return { kind: "value", value, unit: "" };
    if (/^[(※]/.test(rest)) {
      const note = remarkOf(rest);
      return note === ESTIMATE
        ? { kind: "value", value, unit: "", estimate: true }
        : { kind: "value", value, unit: "", note };
    }
    const unit = rest.normalize("NFKC").replace(/\s+/g, "");
    if (VALUE_UNIT_RE.test(unit)) return { kind: "value", value, unit };
  }
  return { kind: "text", text: s };
}

/** A remark printed after a figure or a status, without its brackets, a ※ kept as printed:
 *  "(外国人観光客が対象のため)" → "外国人観光客が対象のため", "※R5.3末時点" → "※R5.3末時点". */
function remarkOf(printed: string): string {
  const s = printed.trim().replace(/^※\s*/, "※");
  return (/^\(([^()]*)\)$/.exec(s)?.[1] ?? s).trim();
}

/** The unit from the name's last "(…)" ("…(累計)(億円)" → 億円), else the one printed after the figures. */
function unitOf(name: string, cells: readonly Cell[]): string {
  const last = /\(([^()]*)\)\s*$/.exec(name);
  if (last && UNITS.has(last[1]!.trim())) return last[1]!.trim();
  for (const c of cells) if (c.kind === "value" && c.unit !== "") return c.unit;
  return "";
}

function closest<T>(
  key: string,
  items: readonly T[],
  keyOf: (t: T) => string,
  maxDistance: number,
): T | undefined {
  let best: T | undefined;
  let bestDistance = maxDistance + 1;
  let tie = false;
  for (const item of items) {
    const d = levenshtein(key, keyOf(item));
    if (d < bestDistance) [best, bestDistance, tie] = [item, d, false];
    else if (d === bestDistance) tie = true;
  }
  return tie ? undefined : best;
}

function levenshtein(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length]!;
}
