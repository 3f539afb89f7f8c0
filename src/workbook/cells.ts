// What a spreadsheet cell holds, as the workbook readers see it: text, a number or a date, whatever
// Excel, LibreOffice or a CSV file put there (formulas are read by their cached result, rich text as
// its plain text). Pure: no database, no I/O.
import type ExcelJS from "exceljs";
import { MAX_ID } from "../db/limits.ts";
import { parseDecimal } from "../domain/decimal.ts";
import { parseNumber } from "../domain/numbers.ts";
import { parseYear } from "../domain/years.ts";

/** A cell's content: empty, text, a number, a date, or a formula whose result was never saved. */
export type Cell =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "date"; value: Date }
  | { kind: "uncalculated" };

export const EMPTY: Cell = { kind: "empty" };

/** A problem with one cell (or row: column ""), for the person who filled in the sheet. */
export interface CellProblem {
  sheet: string;
  row: number;
  /** Column letter ("E"), or "" when the problem is about the whole row or file. */
  column: string;
  message: string;
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** 「実績値」シート 12行 E列: the place a message names. */
export function where(p: Pick<CellProblem, "sheet" | "row" | "column">): string {
  // A CSV file has one sheet, named after the file: "values.csv 12行 E列".
  const sheet = /\.(csv|tsv|txt)$/i.test(p.sheet) ? p.sheet : `「${p.sheet}」${p.row ? "シート" : ""}`;
  if (p.row === 0) return sheet;
  return `${sheet} ${p.row}行${p.column ? ` ${p.column}列` : ""}`;
}

export const describeProblem = (p: CellProblem) => `${where(p)}: ${p.message}`;

/** Reads an exceljs cell value. Merged cells read as their top-left cell (exceljs does that). */
export function cellOf(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === "string") return value.trim() === "" ? EMPTY : { kind: "text", text: value };
  if (typeof value === "number") return Number.isFinite(value) ? { kind: "number", value } : EMPTY;
  if (typeof value === "boolean") return { kind: "text", text: value ? "TRUE" : "FALSE" };
  if (value instanceof Date) return { kind: "date", value };
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: ExcelJS.CellValue | { error: string } }).result;
      if (result === undefined || result === null) return { kind: "uncalculated" };
      if (typeof result === "object" && "error" in result)
        return { kind: "text", text: String(result.error) };
      return cellOf(result as ExcelJS.CellValue);
    }
    if ("richText" in value) return cellOf(value.richText.map((r) => r.text).join(""));
    if ("text" in value) return cellOf((value as { text: string }).text);
    if ("error" in value) return { kind: "text", text: String(value.error) };
  }
  return EMPTY;
}

/** Excel's day 0 (1899-12-30, which absorbs the 1900 leap-year bug for every date after March 1900). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function serialToDate(serial: number): Date {
  return new Date(EXCEL_EPOCH + Math.round(serial * 86400) * 1000);
}

/** The fiscal year (April–March) a date falls in. */
export const fiscalYearOf = (d: Date) => (d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1);

/** A cell's text as a person would read it; numbers in plain ASCII, dates as YYYY-MM-DD. */
export function cellText(c: Cell): string {
  switch (c.kind) {
    case "empty":
    case "uncalculated":
      return "";
    case "text":
      return c.text.trim();
    case "number":
      return numberText(c.value);
    case "date":
      return c.value.toISOString().slice(0, 10);
  }
}

/** The shortest text that reads back as the number, never in exponent form. */
export function numberText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  if (Number.isInteger(n)) return BigInt(n).toString();
  return n.toFixed(20).replace(/\.?0+$/, "");
}

/**
 * A number cell as decimal text with `scale` digits after the point: 1200 → "1200.0" (scale 1). A
 * float that only differs from a value of `scale` digits by binary noise (0.30000000000000004) is
 * taken as that value; a real extra digit is kept, for validation to refuse.
 */
export function numberAtScale(n: number, scale: number): string {
  const fixed = n.toFixed(scale);
  if (/e/i.test(fixed)) return numberText(n);
  if (Math.abs(Number(fixed) - n) <= Math.abs(n) * 1e-12 + 1e-12) return fixed;
  return numberText(n);
}

/**
 * A year from a cell: 2024, "2024", "R6", "令和6年度", "２０２４年度", a date (its fiscal year) or an
 * Excel date serial number (a date cell saved without its format). Null when it is not a year.
 */
export function yearOf(c: Cell): number | null {
  if (c.kind === "date") return fiscalYearOf(c.value);
  if (c.kind === "number") {
    if (Number.isInteger(c.value) && c.value >= 1900 && c.value <= 2199) return c.value;
    // Serial numbers of dates from 1954 to 2119.
    if (c.value >= 20000 && c.value <= 80000) return fiscalYearOf(serialToDate(c.value));
    return null;
  }
  if (c.kind === "text") {
    const p = parseYear(c.text);
    if (p && p.from === p.to && p.from >= 1900 && p.from <= 2199) return p.from;
    const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(c.text.trim());
    if (m) return fiscalYearOf(new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)));
  }
  return null;
}

/** An id from a cell (numbers, or digits stored as text, full-width too): a positive integer up to MAX_ID. */
export function idOf(c: Cell): number | null {
  if (c.kind === "number")
    return Number.isInteger(c.value) && c.value > 0 && c.value <= MAX_ID ? c.value : null;
  if (c.kind === "text") {
    const n = parseNumber(c.text);
    if (!n || n.unit !== "" || n.value.scale !== 0 || n.value.units <= 0n) return null;
    return n.value.units <= BigInt(MAX_ID) ? Number(n.value.units) : null;
  }
  return null;
}

/** Whether two field values mean the same: equal numbers (1200 = 1200.0), else equal trimmed text. */
export function sameValue(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = (a ?? "").trim();
  const y = (b ?? "").trim();
  if (x === y) return true;
  const dx = parseDecimal(x);
  const dy = parseDecimal(y);
  if (!dx || !dy) return false;
  const s = Math.max(dx.scale, dy.scale);
  return dx.units * 10n ** BigInt(s - dx.scale) === dy.units * 10n ** BigInt(s - dy.scale);
}
