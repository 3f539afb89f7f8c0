// The figures printed in the tables of seeds 000, 003 and 004, read straight from the text files with
// one simple regular expression per table layout, independently of Hyoka's parsers (src/ingest/* is
// not imported here). Each row says which item it belongs to and which CSV column holds each figure;
// a figure that cannot be placed is returned as unplaced, with the reason, never dropped.
import { toHalfWidth } from "../../src/domain/text.ts";

export type SeedNo = "000" | "003" | "004";

/** The CSV tables of the report API that hold the seeds' items ("kind/table"). */
export type TableId =
  | "kihon-hyoka/indicators"
  | "kihon-hyoka/programs"
  | "sousei-progress/kpis"
  | "sousei-progress/programs"
  | "vision-progress/progress";

/**
 * figure: a number (compared as printed); dash: "—", no value (the CSV cell must hold no number);
 * text: a printed status or label in a figure column; note: a remark printed with a figure ("見込み値"),
 * which must appear somewhere in the item's CSV record; mark: ★ or 再掲 (printed "" when absent).
 */
export type EntryKind = "figure" | "dash" | "text" | "note" | "mark";

export interface SeedCell {
  kind: EntryKind;
  /** The CSV column holding it, by header label (a pattern where the label carries an era year). */
  column: string | RegExp;
  /** What it is, for the report: "H30 目標値". */
  meaning: string;
  /** As printed in the seed. */
  printed: string;
  line: number;
  /** The CSV shows this column for one year only: the record must have this value in that column. */
  onlyWhere?: { column: string; value: string };
}

/** One printed table row: the item it belongs to and what it prints. */
export interface SeedRow {
  seed: SeedNo;
  table: TableId;
  line: number;
  /** The item as printed: measure code, program name or code, indicator name. */
  item: string;
  /** Narrows the item where names repeat: project "1", theme "1-2". */
  scope?: string;
  /** A totals row: compared with the sum of the column over the CSV records. */
  totals?: boolean;
  cells: SeedCell[];
}

/** A printed figure the extraction could not place: counted as unaccounted. */
export interface Unplaced {
  seed: SeedNo;
  line: number;
  printed: string;
  reason: string;
  /** The item's CSV record and the columns it might belong to, shown for context. */
  candidates?: { table: TableId; item: string; columns: readonly string[] };
}

/** Printed numbers that are not budgets, actuals, targets, rates or totals: listed, not compared. */
export interface Ignored {
  seed: SeedNo;
  line: number;
  printed: string;
  reason: string;
}

export interface SeedExtraction {
  rows: SeedRow[];
  unplaced: Unplaced[];
  ignored: Ignored[];
}

// ---------------------------------------------------------------------------------------------- cells

/** A number as printed: 1,280.0 / 832, 111 / △5 / 12. */
const NUM = String.raw`[△▲-]?\d{1,3}(?:,\s?\d{3})+(?:\.\d+)?|[△▲-]?\d+(?:\.\d+)?`;
const DASH = /^[—－―‐ー-]$/;
const PERIOD = /^[(（]?(?:H|R|平成|令和)\d+(?:[～~](?:H|R)?\d+)?(?:年度?)?(?:累計)?[)）]?$/;
const FOOTNOTE_REF = /[(（]※(\d)[)）]$/;
const CELL = new RegExp(String.raw`^(${NUM})\s*([^\d\s(（※][^(（※]*?)?\s*([(（※].*)?$`);

export type ParsedCell =
  | { type: "empty" }
  | { type: "dash" }
  | { type: "text"; text: string }
  | { type: "figure"; value: string; note?: string; footnote?: string };

/**
 * A printed cell: a figure with its unit, period "(H26)", footnote "(※1)" or note "(見込み値)"; a dash; or
 * text (a status, a relative target, a dash with its reason).
 */
export function parseCell(raw: string): ParsedCell {
  const s = toHalfWidth(raw).replace(/\s+/g, " ").trim();
  if (s === "") return { type: "empty" };
  if (DASH.test(s)) return { type: "dash" };
  const m = CELL.exec(s);
  if (!m || (m[2] ?? "").includes("頃")) return { type: "text", text: s };
  const tail = (m[3] ?? "").trim();
  const footnote = FOOTNOTE_REF.exec(tail)?.[1];
  const note = footnote || PERIOD.test(tail) || tail === "" ? undefined : tail;
  return { type: "figure", value: m[1]!, ...(note ? { note } : {}), ...(footnote ? { footnote } : {}) };
}

/** A note without its one pair of brackets: "(見込み値)" → "見込み値"; "※R5.3末時点" kept. */
export const stripBrackets = (s: string) =>
  s
    .trim()
    .replace(/^[(（](.*)[)）]$/, "$1")
    .trim();

/** The entries of one printed cell for the CSV column `column` (none for an empty cell). */
function cellEntries(raw: string, column: string | RegExp, meaning: string, line: number): SeedCell[] {
  const c = parseCell(raw);
  const base = { column, meaning, line };
  switch (c.type) {
    case "empty":
      return [];
    case "dash":
      return [{ ...base, kind: "dash", printed: raw.trim() }];
    case "text":
      return [{ ...base, kind: "text", printed: raw.trim() }];
    case "figure":
      return [
        { ...base, kind: "figure", printed: c.value },
        ...(c.note ? [{ ...base, kind: "note" as const, meaning: `${meaning}の注記`, printed: c.note }] : []),
      ];
  }
}

const mark = (printed: string, column: string, line: number): SeedCell => ({
  kind: "mark",
  column,
  meaning: column,
  printed,
  line,
});

/** Text lines numbered from 1. */
const numbered = (text: string) => text.split(/\r?\n/).map((t, i) => ({ no: i + 1, t }));

// ------------------------------------------------------------------------------- 000 基本評価調書

const YEAR_OF: Readonly<Record<string, number>> = {
  H30: 2018,
  R元: 2019,
  R1: 2019,
  R2: 2020,
  R3: 2021,
  R4: 2022,
  R5: 2023,
};
const INDICATOR_HEADER =
  /^(?:増加|減少)?\s*\S*\s*((?:(?:H|R)[元\d]+年度\s*)+)最終目標\(\S+\) 達成率 指標判定$/;
const RATE_GRADE = /^(.*?)\s*(\d+\.\d)% ([ＳＡＢＣＤSABCD])$/;
const PROGRAM_START = /^\s*(\d{4})(?: \d{4})? (?:一般|事務)(?:\s|$)/;
/** A line ending in a run of figures, optionally followed by the response policy number ①②③. */
const FIGURE_RUN = new RegExp(String.raw`((?:(?:^|\s)(?:${NUM}))+)\s*([①②③])?$`);
/** The totals row: the figures, then 計. */
const TOTALS = new RegExp(String.raw`^((?:${NUM})(?:\s+(?:${NUM}))*)計$`);

/** 000: the indicator tables (targets, actuals, final target, rate, grade) and the program table. */
export function extract000(text: string): SeedExtraction {
  const out: SeedExtraction = { rows: [], unplaced: [], ignored: [] };
  const lines = numbered(text);
  extract000Indicators(lines, out);
  extract000Programs(lines, out);
  return out;
}

function extract000Indicators(lines: { no: number; t: string }[], out: SeedExtraction): void {
  // Tables in order, each with its year columns and the 目標値 / 実績値 lines that follow it.
  const tables: {
    years: string[];
    target?: { no: number; t: string };
    actual?: { no: number; t: string };
  }[] = [];
  for (const l of lines) {
    const h = INDICATOR_HEADER.exec(l.t.trim());
    if (h)
      tables.push({
        years: h[1]!
          .trim()
          .split(/\s+/)
          .map((y) => y.replace(/年度$/, "")),
      });
    else if (/^目標値 \d/.test(l.t) && tables.at(-1)) tables.at(-1)!.target = l;
    else if (/^実績値 \d/.test(l.t) && tables.at(-1)) tables.at(-1)!.actual = l;
  }
  // The indicator names carry the printed rate and grade ("… 82.6% Ｃ"), in the order of the tables;
  // a name printed alone on the lines before its rate is the paragraph above.
  const named: { name: string; rate: string; grade: string; no: number }[] = [];
  lines.forEach((l, i) => {
    const m = RATE_GRADE.exec(l.t.trim());
    if (!m) return;
    let name = m[1]!;
    for (let j = i - 1; name === "" && j >= 0; j--) {
      if (lines[j]!.t.trim() === "") continue;
      let k = j;
      while (k > 0 && lines[k - 1]!.t.trim() !== "") k--;
      name = lines
        .slice(k, j + 1)
        .map((x) => x.t.trim())
        .join("");
    }
    named.push({ name, rate: m[2]!, grade: m[3]!, no: l.no });
  });
  const filled = tables.filter((t) => t.target || t.actual);
  if (filled.length !== named.length) {
    for (const t of filled)
      for (const l of [t.target, t.actual].filter((x) => x !== undefined))
        out.unplaced.push({
          seed: "000",
          line: l.no,
          printed: l.t,
          reason: `指標の表 ${filled.length} と率のある指標名 ${named.length} の数が合わない`,
        });
    return;
  }
  filled.forEach((t, i) => {
    const n = named[i]!;
    const cells: SeedCell[] = [];
    const series = (
      l: { no: number; t: string } | undefined,
      column: string,
      label: string,
      withFinal: boolean,
    ) => {
      if (!l) return;
      const values = l.t
        .replace(/^\S+\s+/, "")
        .trim()
        .split(/\s+/);
      if (values.length !== t.years.length + (withFinal ? 1 : 0)) {
        out.unplaced.push({
          seed: "000",
          line: l.no,
          printed: l.t,
          reason: `${label}の数が年度の列と合わない`,
        });
        return;
      }
      t.years.forEach((y, j) => {
        const year = YEAR_OF[y];
        cells.push(
          ...cellEntries(values[j]!, column, `${y} ${label}`, l.no).map((c) => ({
            ...c,
            ...(year ? { onlyWhere: { column: "実績の年", value: String(year) } } : {}),
          })),
        );
      });
      if (withFinal) cells.push(...cellEntries(values.at(-1)!, "最終目標", "最終目標", l.no));
    };
    series(t.target, "目標値（同年）", "目標値", true);
    series(t.actual, "実績値", "実績値", false);
    cells.push(...cellEntries(n.rate, "達成率（%）", "達成率", n.no));
    cells.push(...cellEntries(n.grade, "指標判定", "指標判定", n.no));
    out.rows.push({
      seed: "000",
      table: "kihon-hyoka/indicators",
      line: t.target?.no ?? n.no,
      item: n.name,
      cells,
    });
  });
}

const STAFF_COLUMNS = ["人工（本庁）", "人工（出先機関）", "人工計"] as const;

/**
 * The columns of the 人工 a row prints. All three: 本庁, 出先機関, 人工計. Two: the extraction dropped one
 * empty cell; the totals row prints 出先機関 0.0 (line 545), so no row has 出先機関 staff and the empty
 * cell is 出先機関: the two are 本庁 and 人工計. One or more than three: not placeable.
 */
function staffColumns(printed: number): readonly string[] | null {
  if (printed === 3) return STAFF_COLUMNS;
  if (printed === 2) return [STAFF_COLUMNS[0], STAFF_COLUMNS[2]];
  return printed === 0 ? [] : null;
}

function extract000Programs(lines: { no: number; t: string }[], out: SeedExtraction): void {
  const start = lines.findIndex((l) => l.t.startsWith("施策名 施策コード"));
  let code: string | undefined;
  for (const l of lines.slice(start + 1)) {
    const t = l.t.trim();
    code = PROGRAM_START.exec(t)?.[1] ?? code;
    const total = TOTALS.exec(t);
    const run = total ? null : FIGURE_RUN.exec(t);
    if (!total && (!run || run[1]!.trim().split(/\s+/).length < 4)) continue;
    const numbers = (total ? total[1]! : run![1]!).trim().split(/\s+/);
    // The figure line starts with the department when it prints the blank column (always "0"): that
    // column's header was lost with the extraction, so it is unplaced.
    const blank = total !== null || /(?:課|室)$/.test(t.slice(0, run!.index).trim());
    if (blank && numbers[0] !== "0") {
      out.unplaced.push(
        ...numbers.map((n) => ({
          seed: "000" as const,
          line: l.no,
          printed: n,
          reason: "見出しのない列が 0 でない: 列を決められない",
        })),
      );
      continue;
    }
    const item = total ? "計" : (code ?? "?");
    if (blank)
      out.unplaced.push({
        seed: "000",
        line: l.no,
        printed: numbers.shift()!,
        reason: "事務事業の表の見出しのない列（抽出で見出しが失われた）",
        candidates: { table: "kihon-hyoka/programs", item, columns: [] },
      });
    const cost = total ? undefined : numbers.pop();
    const [amount, general, ...staff] = numbers;
    const cells: SeedCell[] = [
      ...cellEntries(amount ?? "", "事業費（千円）", "事業費", l.no),
      ...cellEntries(general ?? "", "うち一般財源（千円）", "うち一般財源", l.no),
      ...(cost ? cellEntries(cost, "トータルコスト（千円）", "トータルコスト", l.no) : []),
    ];
    const columns = staffColumns(staff.length);
    if (columns) staff.forEach((s, j) => cells.push(...cellEntries(s, columns[j]!, columns[j]!, l.no)));
    else
      for (const s of staff)
        out.unplaced.push({
          seed: "000",
          line: l.no,
          printed: s,
          reason: `人工: 3列（本庁・出先機関・人工計）のうち ${staff.length} つだけ印刷され、どの列か分からない`,
          candidates: { table: "kihon-hyoka/programs", item, columns: STAFF_COLUMNS },
        });
    if (run?.[2]) cells.push(...cellEntries(run[2], "対応方針番号", "対応方針番号", l.no));
    out.rows.push({
      seed: "000",
      table: "kihon-hyoka/programs",
      line: l.no,
      item,
      cells,
      ...(total ? { totals: true } : {}),
    });
  }
}

// ------------------------------------------------------------------------- 003 創生総合戦略推進状況

const PROJECT = /^(\d) \S+プロジェクト$/;
const THEME = /^([①②③④⑤⑥⑦⑧⑨⑩]) \S/;
const KPI_HEADER = /戦略策定[時期]/;
const FOOTNOTE = /^※(\d) .*?(\d+(?:\.\d+)?)(?:を用いて計算|に対する進捗率)/;
const KPI_COLUMNS = [
  ["戦略策定時", "戦略策定時"],
  ["実績値(a)", "実績値"],
  ["目標値(b)", "目標値"],
  ["進捗率（%）", "進捗率"],
] as const;
/** The national row's figures: the actual's is the reference value; the baseline's has no column yet. */
const NATIONAL_COLUMNS = [/全国.*戦略策定時|戦略策定時.*全国/, "参照値（全国値等）"] as const;

/** 003: the program tables (H30予算) and the KPI tables in their three layouts, with their footnotes. */
export function extract003(text: string): SeedExtraction {
  const out: SeedExtraction = { rows: [], unplaced: [], ignored: [] };
  const lines = numbered(text);
  let project = "";
  let theme = "";
  let mode: "none" | "programs" | "kpis" = "none";
  let name = ""; // the indicator named by the current KPI table's header
  const footnoteRows = new Map<string, SeedRow>();
  for (let i = 0; i < lines.length; i++) {
    const { no, t } = lines[i]!;
    const cells = t.split("\t");
    if (PROJECT.test(t)) [project, theme] = [PROJECT.exec(t)![1]!, ""];
    if (THEME.test(t)) theme = String("①②③④⑤⑥⑦⑧⑨⑩".indexOf(t[0]!) + 1);
    if (t.trim() === "") {
      mode = "none";
      continue;
    }
    if (cells[0] === "関連事業名") {
      mode = "programs";
      continue;
    }
    if (t.trim() === "KPI") {
      i = kpiParagraphs(lines, i + 1, project, out);
      continue;
    }
    if (cells.length > 1 && cells.some((c) => KPI_HEADER.test(c))) {
      mode = "kpis";
      const at = cells.findIndex((c) => KPI_HEADER.test(c));
      const before = cells[at - 1]?.trim() ?? "";
      const stated = /^\[数値目標\]\s*(.+?)\s\d/.exec(before);
      name = before === "KPI" ? "" : stated ? stated[1]! : before;
      continue;
    }
    const fn = FOOTNOTE.exec(t.trim());
    if (fn) {
      const row = footnoteRows.get(`${project}:${fn[1]}`);
      if (row) row.cells.push(...cellEntries(fn[2]!, "参照値（全国値等）", `参照値（※${fn[1]}）`, no));
      else
        out.unplaced.push({
          seed: "003",
          line: no,
          printed: fn[2]!,
          reason: `※${fn[1]} を付けた行が見つからない`,
        });
      continue;
    }
    if (mode === "programs" && cells.length >= 3) {
      const relisted = /【再掲】\s*$/.test(cells[0]!);
      out.rows.push({
        seed: "003",
        table: "sousei-progress/programs",
        line: no,
        item: cells[0]!.replace(/【再掲】\s*$/, "").trim(),
        scope: `${project}-${theme}`,
        cells: [
          ...cellEntries(cells[1]!, "予算（千円）", "H30予算", no),
          mark(relisted ? "再掲" : "", "再掲", no),
        ],
      });
      continue;
    }
    if (mode === "kpis" && cells.length > 1) {
      const row = kpiRow(cells, name, project, no, out);
      if (row) {
        const ref = /※(\d)/.exec(cells.join(" "))?.[1];
        if (ref) footnoteRows.set(`${project}:${ref}`, row);
      }
      continue;
    }
    if (/\d/.test(t) && cells.length > 1)
      out.ignored.push({
        seed: "003",
        line: no,
        printed: t.slice(0, 60),
        reason: "予算・目標・実績・率の表ではない（COC+ の参加数など）",
      });
  }
  return out;
}

/** A value row of a KPI table: [label or name], baseline, actual, target, rate (trailing cells may be missing). */
function kpiRow(
  cells: string[],
  header: string,
  project: string,
  no: number,
  out: SeedExtraction,
): SeedRow | null {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== "");
  const first = filled[0] ?? "";
  const label =
    parseCell(first).type === "text" && !/^[(（]\d/.test(first) && !/以上/.test(first) ? filled.shift()! : "";
  if (filled.length < 3 || filled.length > 4) {
    out.unplaced.push({
      seed: "003",
      line: no,
      printed: cells.join(" | "),
      reason: "KPIの行の列数が合わない",
    });
    return null;
  }
  const national = label === "(全国)";
  const sub = /^[(（](.+)[)）]$/.exec(label);
  const item = ["", "北海道", "地域数", "(全国)"].includes(label)
    ? header
    : sub
      ? `${header}（${sub[1]}）`
      : label;
  // The national row's figures belong to the record of the indicator printed in the row above.
  const above = out.rows.at(-1);
  const row: SeedRow =
    national && above?.item === item && above.scope === project
      ? above
      : { seed: "003", table: "sousei-progress/kpis", line: no, item, scope: project, cells: [] };
  filled.forEach((c, j) => {
    if (national) {
      const column = NATIONAL_COLUMNS[j];
      if (column)
        row.cells.push(
          ...cellEntries(c, column, j === 0 ? "全国値（戦略策定時）" : "全国値（実績値の年）", no),
        );
      else
        out.ignored.push({
          seed: "003",
          line: no,
          printed: c,
          reason: "(全国)行の進捗率欄: 全国の行に進捗率はない",
        });
      return;
    }
    const [column, meaning] = KPI_COLUMNS[j]!;
    const p = parseCell(c);
    row.cells.push(...cellEntries(c, p.type === "text" && j === 2 ? "目標値の記載" : column, meaning, no));
  });
  if (row !== above) out.rows.push(row);
  return row;
}

/** The KPI table printed one cell per paragraph: name, baseline, actual (period), target (period), rate. */
function kpiParagraphs(
  lines: { no: number; t: string }[],
  from: number,
  project: string,
  out: SeedExtraction,
): number {
  const tokens: { no: number; t: string }[] = [];
  let i = from;
  for (; i < lines.length && !PROJECT.test(lines[i]!.t); i++) {
    const t = lines[i]!.t.trim();
    if (t === "" || KPI_HEADER.test(t) || /^(実績値|目標値) \([ab]\)$|^進捗率/.test(t)) continue;
    if (PERIOD.test(t) && tokens.length) tokens.at(-1)!.t += ` ${t}`;
    else tokens.push({ no: lines[i]!.no, t });
  }
  for (let k = 0; k < tokens.length; k += 5) {
    const group = tokens.slice(k, k + 5);
    if (group.length < 5 || !/%$/.test(group[4]!.t)) {
      for (const g of group)
        out.unplaced.push({
          seed: "003",
          line: g.no,
          printed: g.t,
          reason: "段落ごとのKPI表を5つ組に分けられない",
        });
      continue;
    }
    const [name, ...values] = group;
    out.rows.push({
      seed: "003",
      table: "sousei-progress/kpis",
      line: name!.no,
      item: name!.t,
      scope: project,
      cells: values.flatMap((v, j) => cellEntries(v.t, KPI_COLUMNS[j]![0], KPI_COLUMNS[j]![1], v.no)),
    });
  }
  return i - 1;
}

// ----------------------------------------------------------------------- 004 産業振興ビジョン進捗

/** The year columns as printed (H30 R1 R2 R3 R4) and the CSV labels for them (R1 is printed R元 there). */
const VISION_YEARS: readonly [string, RegExp][] = [
  ["H30", /^H30\s*実績$/],
  ["R1", /^R(?:1|元)\s*実績$/],
  ["R2", /^R2\s*実績$/],
  ["R3", /^R3\s*実績$/],
];

/** 004: one tab-separated row per program listing: ★, name, indicator, H30–R3, content, 決算見込額, R4 actual, R4 target. */
export function extract004(text: string): SeedExtraction {
  const out: SeedExtraction = { rows: [], unplaced: [], ignored: [] };
  for (const { no, t } of numbered(text)) {
    if (!t.includes("\t")) continue;
    let cells = t.split("\t");
    let star = "";
    if (cells.length === 11 && (cells[0] === "" || cells[0] === "★")) [star, ...cells] = cells;
    else if (cells.length === 11 && cells[10] === "") cells = cells.slice(0, 10);
    const [first = "", indicator = ""] = cells;
    if (first === "取組" || /^-+$/.test(first)) continue;
    const header = first === "" || /^\s*$/.test(indicator);
    if (cells.length !== 10 || header) {
      if (header && !/\d/.test(cells.slice(1).join(""))) continue;
      if (cells.length === 2 && /^\d+$/.test(cells[1]!.trim())) {
        out.ignored.push({ seed: "004", line: no, printed: cells[1]!, reason: "目次のページ番号" });
        continue;
      }
      out.unplaced.push({ seed: "004", line: no, printed: t.slice(0, 80), reason: "表の行として読めない" });
      continue;
    }
    if (first.startsWith("★")) star = "★";
    const relisted = first.includes("【再掲】");
    const name = first.replace(/^★\s*/, "").replace("【再掲】", "").trim();
    const [, , h30, r1, r2, r3, , settlement, actual, target] = cells;
    out.rows.push({
      seed: "004",
      table: "vision-progress/progress",
      line: no,
      item: name,
      cells: [
        mark(star, "★", no),
        mark(relisted ? "再掲" : "", "再掲", no),
        ...[h30, r1, r2, r3].flatMap((c, j) =>
          cellEntries(c!, VISION_YEARS[j]![1], `${VISION_YEARS[j]![0]} 実績`, no),
        ),
        ...cellEntries(settlement!, "R4 決算見込額（千円）", "R4 決算見込額", no),
        ...cellEntries(actual!, "R4 実績", "R4 実績", no),
        ...cellEntries(target!, "R4 目標", "R4 目標", no),
      ],
    });
  }
  return out;
}

export const extractSeed = (seed: SeedNo, text: string): SeedExtraction =>
  ({ "000": extract000, "003": extract003, "004": extract004 })[seed](text);
