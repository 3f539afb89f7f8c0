// Reads a values workbook (or a values CSV) into one entry per filled-in cell: which item and field it
// is, what it says now and what it said at download. Checks what can be checked without the store:
// the keys of each row, years, formulas without a saved result, dates where a number belongs,
// duplicated rows. Everything the store knows (units, scales, rights, the current values) is checked
// by the service. Pure.
import { parseId } from "../db/limits.ts";
import { nameKey } from "../domain/text.ts";
import { type Book, type Sheet, cellAt } from "./book.ts";
import { type Cell, type CellProblem, cellText, columnLetter, idOf, yearOf } from "./cells.ts";
import {
  BUDGET_COLUMNS,
  INDICATOR_COLUMNS,
  META_LABELS,
  META_SHEET,
  PLAN_SETUP_FORMAT,
  SHEETS,
  TEXT_COLUMNS,
  VALUES_FORMAT,
  type ValuesMeta,
} from "./layout.ts";

/** One cell of the workbook that names a field of an item. */
export interface CellEntry {
  sheet: string;
  row: number;
  column: string;
  nodeId: number;
  /** The entry's field path (actual/12/2024/value, budget/3, analysis …). */
  field: string;
  /** What the cell says now, trimmed ("" for empty). */
  text: string;
  /** The cell held a number (not text): kept so the service can write it at the indicator's scale. */
  number?: number;
  /** What the cell said when the workbook was downloaded; undefined when the file does not say (CSV). */
  downloaded?: string;
}

export interface ValuesRead {
  /** The hidden sheet's identification; null for a CSV file. */
  meta: Partial<ValuesMeta> | null;
  entries: CellEntry[];
  problems: CellProblem[];
  /** Data rows read. */
  rows: number;
}

export type BookKind = "values" | "plan-setup" | "unknown";

/** The hidden sheet as label → text. */
export function metaOf(book: Book): Record<string, string> | null {
  const sheet = book.sheets.find((s) => s.name === META_SHEET);
  if (!sheet) return null;
  const out: Record<string, string> = {};
  for (const cells of sheet.rows.values()) out[cellText(cellAt(cells, 1))] = cellText(cellAt(cells, 2));
  return out;
}

/** Which Hyoka workbook this is: by the hidden sheet, or for CSV (and sheets without it) by the headers. */
export function bookKind(book: Book): BookKind {
  const meta = metaOf(book);
  const format = meta?.[META_LABELS.format];
  if (format === VALUES_FORMAT) return "values";
  if (format === PLAN_SETUP_FORMAT) return "plan-setup";
  const names = new Set(book.sheets.map((s) => s.name));
  if (names.has("計画") && names.has("体系")) return "plan-setup";
  if (
    book.format === "csv" &&
    findHeader(book.sheets[0]!, [INDICATOR_COLUMNS.nodeId, INDICATOR_COLUMNS.indicatorId])
  )
    return "values";
  return "unknown";
}

function readMeta(book: Book): Partial<ValuesMeta> | null {
  const m = metaOf(book);
  if (!m) return null;
  const num = (s: string | undefined) => (s ? (parseId(s) ?? undefined) : undefined);
  const out: Partial<ValuesMeta> = {};
  const set = <K extends keyof ValuesMeta>(k: K, v: ValuesMeta[K] | undefined) => {
    if (v !== undefined && v !== "") out[k] = v;
  };
  set("planKey", m[META_LABELS.planKey]);
  set("planName", m[META_LABELS.planName]);
  set("cycleId", num(m[META_LABELS.cycleId]));
  set("fiscalYear", num(m[META_LABELS.fiscalYear]));
  set("departmentId", num(m[META_LABELS.departmentId]));
  set("departmentName", m[META_LABELS.departmentName]);
  set("downloadedAt", m[META_LABELS.downloadedAt]);
  set("downloadedBy", m[META_LABELS.downloadedBy]);
  return out;
}

/** The header row (within the first 20) that has all the given headers, and each header's column. */
export function findHeader(
  sheet: Sheet,
  required: readonly string[],
): { row: number; columns: Map<string, number> } | null {
  const keys = required.map(nameKey);
  const rowNumbers = [...sheet.rows.keys()].sort((a, b) => a - b).slice(0, 20);
  for (const n of rowNumbers) {
    const columns = new Map<string, number>();
    sheet.rows.get(n)!.forEach((c, i) => {
      const k = nameKey(cellText(c));
      if (k && !columns.has(k)) columns.set(k, i + 1);
    });
    if (keys.every((k) => columns.has(k))) return { row: n, columns };
  }
  return null;
}

interface Reader {
  sheet: Sheet;
  problems: CellProblem[];
  entries: CellEntry[];
  seen: Map<string, number>;
}

/** A data row with named columns; reports problems at the right cell. */
function rowReader(r: Reader, header: { columns: Map<string, number> }, n: number, cells: readonly Cell[]) {
  const col = (name: string) => header.columns.get(nameKey(name));
  const cell = (name: string): Cell => {
    const c = col(name);
    return c === undefined ? { kind: "empty" } : cellAt(cells, c);
  };
  const problem = (name: string, message: string) =>
    r.problems.push({
      sheet: r.sheet.name,
      row: n,
      column: col(name) ? columnLetter(col(name)!) : "",
      message,
    });
  const id = (name: string, what: string): number | null => {
    const c = cell(name);
    const v = idOf(c);
    if (v === null)
      problem(
        name,
        c.kind === "empty"
          ? `${what}が空欄です。ダウンロードしたブックの行を使い、この列は変えないでください。`
          : `${what}が読めません: 「${cellText(c)}」。ダウンロードしたブックの行を使い、この列は変えないでください。`,
      );
    return v;
  };
  /** An input cell: its text (or a problem), and whether it held a number. */
  const value = (name: string, numeric: boolean): { text: string; number?: number } | null => {
    const c = cell(name);
    if (c.kind === "uncalculated") {
      problem(name, "数式の結果が保存されていません。Excel で開いて再計算し、保存し直してください。");
      return null;
    }
    if (numeric && c.kind === "date") {
      problem(name, `日付が入っています（${cellText(c)}）。数値を入力してください。`);
      return null;
    }
    if (c.kind === "number") return { text: cellText(c), number: c.value };
    return { text: cellText(c) };
  };
  const downloaded = (name: string): string | undefined =>
    col(name) === undefined ? undefined : cellText(cell(name));
  const add = (nodeId: number, field: string, name: string, atDownload: string, numeric: boolean) => {
    if (col(name) === undefined) return;
    const v = value(name, numeric);
    if (!v) return;
    const key = `${nodeId}|${field}`;
    const earlier = r.seen.get(key);
    if (earlier !== undefined) {
      problem(name, `${earlier}行と同じ項目です。どちらか一方の行にしてください。`);
      return;
    }
    r.seen.set(key, n);
    const d = downloaded(atDownload);
    r.entries.push({
      sheet: r.sheet.name,
      row: n,
      column: columnLetter(col(name)!),
      nodeId,
      field,
      text: v.text,
      ...(v.number !== undefined ? { number: v.number } : {}),
      ...(d !== undefined ? { downloaded: d } : {}),
    });
  };
  return { cell, problem, id, add };
}

/** Whether a row has nothing in the given columns (a note under the table, a spacer row). */
function blank(header: { columns: Map<string, number> }, cells: readonly Cell[], names: readonly string[]) {
  return names.every((name) => {
    const c = header.columns.get(nameKey(name));
    return c === undefined || cellAt(cells, c).kind === "empty";
  });
}

type Progress = (done: number, total: number) => void;

function eachDataRow(
  sheet: Sheet,
  headerRow: number,
  fn: (n: number, cells: Cell[]) => void,
  tick: () => void,
) {
  const numbers = [...sheet.rows.keys()].filter((n) => n > headerRow).sort((a, b) => a - b);
  for (const n of numbers) {
    fn(n, sheet.rows.get(n)!);
    tick();
  }
}

export function readValuesBook(book: Book, onProgress?: Progress): ValuesRead {
  const problems: CellProblem[] = [];
  const entries: CellEntry[] = [];
  const seen = new Map<string, number>();
  let rows = 0;
  const csv = book.format === "csv";
  const sheetNamed = (name: string) =>
    csv
      ? name === SHEETS.indicators
        ? book.sheets[0]
        : undefined
      : book.sheets.find((s) => s.name === name);
  const total = [SHEETS.indicators, SHEETS.budgets, SHEETS.texts]
    .map((n) => sheetNamed(n)?.rows.size ?? 0)
    .reduce((a, b) => a + b, 0);
  const tick = () => {
    rows++;
    if (onProgress && (rows % 500 === 0 || rows === total)) onProgress(rows, total);
  };

  const indicators = sheetNamed(SHEETS.indicators);
  const I = INDICATOR_COLUMNS;
  if (indicators) {
    const header = findHeader(indicators, [I.nodeId, I.indicatorId, I.year]);
    if (!header) {
      problems.push({
        sheet: indicators.name,
        row: 0,
        column: "",
        message: `見出しの行に「${I.nodeId}」「${I.indicatorId}」「${I.year}」の列が見つかりません。ダウンロードしたブックの列（見出しを含む）を使ってください。`,
      });
    } else {
      const r: Reader = { sheet: indicators, problems, entries, seen };
      eachDataRow(
        indicators,
        header.row,
        (n, cells) => {
          if (blank(header, cells, [I.nodeId, I.indicatorId, I.year, I.value, I.status, I.note, I.target]))
            return;
          const x = rowReader(r, header, n, cells);
          const nodeId = x.id(I.nodeId, "施策ID");
          const indicatorId = x.id(I.indicatorId, "指標ID");
          const yearCell = x.cell(I.year);
          const year = yearOf(yearCell);
          if (year === null)
            x.problem(
              I.year,
              `年度が読めません: 「${cellText(yearCell)}」。西暦（2024）か和暦（R6、令和6年度）で入力してください。`,
            );
          if (nodeId === null || indicatorId === null || year === null) return;
          const base = `actual/${indicatorId}/${year}`;
          x.add(nodeId, `${base}/value`, I.value, I.valueAtDownload, true);
          x.add(nodeId, `${base}/status`, I.status, I.statusAtDownload, false);
          x.add(nodeId, `${base}/note`, I.note, I.noteAtDownload, false);
          x.add(nodeId, `target/${indicatorId}/${year}`, I.target, I.targetAtDownload, true);
        },
        tick,
      );
    }
  }

  const budgets = sheetNamed(SHEETS.budgets);
  const B = BUDGET_COLUMNS;
  if (budgets) {
    const header = findHeader(budgets, [B.nodeId, B.programId]);
    if (header) {
      const r: Reader = { sheet: budgets, problems, entries, seen };
      eachDataRow(
        budgets,
        header.row,
        (n, cells) => {
          if (blank(header, cells, [B.nodeId, B.programId, B.amount])) return;
          const x = rowReader(r, header, n, cells);
          const nodeId = x.id(B.nodeId, "施策ID");
          const programId = x.id(B.programId, "事業ID");
          if (nodeId === null || programId === null) return;
          x.add(nodeId, `budget/${programId}`, B.amount, B.amountAtDownload, true);
        },
        tick,
      );
    }
  }

  const texts = sheetNamed(SHEETS.texts);
  const T = TEXT_COLUMNS;
  if (texts) {
    const header = findHeader(texts, [T.nodeId, T.field]);
    if (header) {
      const r: Reader = { sheet: texts, problems, entries, seen };
      eachDataRow(
        texts,
        header.row,
        (n, cells) => {
          if (blank(header, cells, [T.nodeId, T.field, T.content])) return;
          const x = rowReader(r, header, n, cells);
          const nodeId = x.id(T.nodeId, "施策ID");
          const field = cellText(x.cell(T.field));
          if (!field) x.problem(T.field, "項目キーが空欄です。ダウンロードしたブックの行を使ってください。");
          if (nodeId === null || !field) return;
          x.add(nodeId, field, T.content, T.contentAtDownload, false);
        },
        tick,
      );
    }
  }

  if (!indicators && !budgets && !texts) {
    problems.push({
      sheet: book.sheets[0]?.name ?? "",
      row: 0,
      column: "",
      message: `「${SHEETS.indicators}」「${SHEETS.budgets}」「${SHEETS.texts}」のどのシートもありません。Hyoka からダウンロードしたブックを使ってください。`,
    });
  }
  return { meta: csv ? null : readMeta(book), entries, problems, rows };
}
