// Workbooks a person would keep: A4 page setup fitted to the page width, column widths set, numbers as
// numbers with separators ('#,##0', '#,##0.0'), rates as numbers shown with "%", text wrapped.
import ExcelJS from "exceljs";
import {
  ESTIMATE_MARK,
  PROVISIONAL_BASIS,
  PROVISIONAL_FOOTNOTE,
  PROVISIONAL_MARK,
  decimalNumber,
  decimalsOf,
  reflow,
} from "./format.ts";
import type { Orientation } from "./html.ts";
import type { CellValue, Column, DataTable } from "./tables.ts";

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

export function newWorkbook(): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Hyoka";
  // A fixed date: the same data gives the same workbook.
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  return wb;
}

const SHEET_NAME_MAX = 31;

/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
export function sheetName(wb: Workbook, wanted: string): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, "・")
      .trim()
      .slice(0, SHEET_NAME_MAX) || "Sheet";
  let name = base;
  for (let i = 2; wb.worksheets.some((w) => w.name.toLowerCase() === name.toLowerCase()); i++) {
    const suffix = `(${i})`;
    name = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
  }
  return name;
}

const A4 = 9;

export function addSheet(wb: Workbook, wanted: string, orientation: Orientation): Worksheet {
  return wb.addWorksheet(sheetName(wb, wanted), {
    pageSetup: {
      paperSize: A4 as ExcelJS.PageSetup["paperSize"],
      orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "&P / &N" },
  });
}

export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};
export const HEAD_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8E8E8" } };

export const AMOUNT_FORMAT = "#,##0";
export const RATE_FORMAT = '0.0"%"';

/** "#,##0" or "#,##0.0…" for a decimal printed with that many decimals. */
export const decimalFormat = (decimals: number) => (decimals > 0 ? `#,##0.${"0".repeat(decimals)}` : "#,##0");

/**
 * Sets a cell to a decimal string as a number (with its printed decimals), or to the text it is. An
 * estimate stays a number, shown as 「300（見込み値）」.
 */
export function setDecimal(cell: ExcelJS.Cell, value: string | null | undefined, estimate = false): void {
  const n = decimalNumber(value);
  if (n === null) {
    cell.value = value ?? null;
    return;
  }
  cell.value = n;
  cell.numFmt = `${decimalFormat(decimalsOf(value))}${estimate ? `"${ESTIMATE_MARK}"` : ""}`;
  cell.alignment = { horizontal: "right", vertical: "top" };
}

export function setAmount(cell: ExcelJS.Cell, value: number | null | undefined): void {
  cell.value = value ?? null;
  cell.numFmt = AMOUNT_FORMAT;
  cell.alignment = { horizontal: "right", vertical: "top" };
}

/**
 * A rate such as "82.6": the number 82.6 shown as "82.6%" (so a formula can use it as a percent figure);
 * a rate on an estimate stays the same number, shown as "82.6%（暫定）".
 */
export function setRate(cell: ExcelJS.Cell, value: string | null | undefined, provisional = false): void {
  const n = decimalNumber(value);
  cell.value = n ?? "－";
  const digits = decimalsOf(value);
  const shown = `"%${provisional ? PROVISIONAL_MARK : ""}"`;
  if (n !== null) cell.numFmt = `${digits > 0 ? `0.${"0".repeat(digits)}` : "0"}${shown}`;
  cell.alignment = { horizontal: "right", vertical: "top" };
}

export function styleHead(row: ExcelJS.Row): void {
  row.eachCell({ includeEmpty: true }, (c) => {
    c.font = { bold: true };
    c.fill = HEAD_FILL;
    c.border = THIN;
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
}

/** Characters of a line at a column width, for estimating the height of wrapped text. */
const charsPerLine = (width: number) => Math.max(4, Math.floor(width / 2));

/** A row tall enough for text wrapped in the given width (Excel does not fit merged cells itself). */
export function fitHeight(row: ExcelJS.Row, text: string, width: number): void {
  const lines = text
    .split("\n")
    .reduce((n, l) => n + Math.max(1, Math.ceil([...l].length / charsPerLine(width))), 0);
  row.height = Math.max(15, Math.min(409, lines * 13.5));
}

/** A label in column A and a text merged across B..last, wrapped. */
export function labelled(
  ws: Worksheet,
  label: string,
  value: string | null,
  lastColumn: number,
  width: number,
) {
  const text = value === null ? "－" : reflow(value);
  const row = ws.addRow([label, text]);
  if (lastColumn > 2) ws.mergeCells(row.number, 2, row.number, lastColumn);
  const a = row.getCell(1);
  a.font = { bold: true };
  a.fill = HEAD_FILL;
  a.alignment = { vertical: "top", wrapText: true };
  row.getCell(2).alignment = { vertical: "top", wrapText: true };
  for (let c = 1; c <= lastColumn; c++) row.getCell(c).border = THIN;
  fitHeight(row, text, width);
  return row;
}

export function title(ws: Worksheet, text: string, lastColumn: number): void {
  const row = ws.addRow([text]);
  ws.mergeCells(row.number, 1, row.number, lastColumn);
  row.getCell(1).font = { bold: true, size: 14 };
  row.height = 22;
}

export function heading(ws: Worksheet, text: string): void {
  ws.addRow([]);
  const row = ws.addRow([text]);
  row.getCell(1).font = { bold: true, size: 11 };
}

const WIDTHS: Record<Column["type"], number> = { text: 24, integer: 8, number: 12, amount: 14, rate: 10 };

function setCell(cell: ExcelJS.Cell, column: Column, value: CellValue, provisional: boolean): void {
  if (column.type === "amount" || column.type === "integer") {
    if (typeof value === "number") setAmount(cell, value);
    else cell.value = value;
    if (column.type === "integer") cell.numFmt = "0";
  } else if (column.type === "rate") setRate(cell, value === null ? null : String(value), provisional);
  else if (column.type === "number") setDecimal(cell, value === null ? null : String(value));
  else {
    cell.value = value;
    cell.alignment = { vertical: "top", wrapText: true };
  }
  cell.border = THIN;
}

/**
 * A sheet holding one table: a title row, the header row (frozen, filterable), one row per record.
 * No merged cells, so the sheet sorts and filters as it is.
 */
export function addTableSheet(wb: Workbook, table: DataTable, orientation: Orientation, sheetTitle?: string) {
  const ws = addSheet(wb, table.title, orientation);
  const widths = table.columns.map((c) => {
    const longest = Math.max(
      0,
      ...table.rows.slice(0, 200).map((r) => {
        const v = r[table.columns.indexOf(c)];
        return v === null || v === undefined
          ? 0
          : Math.min(60, [...String(v)].length * (typeof v === "number" ? 1.2 : 2));
      }),
    );
    return Math.max(
      WIDTHS[c.type],
      Math.min(c.type === "text" ? 50 : 16, longest + 2),
      [...c.label].length * 2,
    );
  });
  ws.columns = widths.map((width) => ({ width }));
  const t = ws.addRow([sheetTitle ?? table.title]);
  t.getCell(1).font = { bold: true, size: 12 };
  const head = ws.addRow(table.columns.map((c) => c.label));
  styleHead(head);
  // A rate whose 率の根拠 is an estimate is marked, and the sheet ends with the footnote.
  const basis = table.columns.findIndex((c) => c.key === "rateBasis");
  const provisional = (r: CellValue[]) => basis >= 0 && r[basis] === PROVISIONAL_BASIS;
  for (const r of table.rows) {
    const row = ws.addRow([]);
    table.columns.forEach((c, i) => setCell(row.getCell(i + 1), c, r[i] ?? null, provisional(r)));
  }
  if (table.rows.some(provisional)) {
    ws.addRow([]);
    ws.addRow([PROVISIONAL_FOOTNOTE]);
  }
  ws.views = [{ state: "frozen", ySplit: head.number }];
  ws.autoFilter = {
    from: { row: head.number, column: 1 },
    to: { row: head.number, column: table.columns.length },
  };
  ws.pageSetup.printTitlesRow = `${head.number}:${head.number}`;
  return ws;
}

export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
