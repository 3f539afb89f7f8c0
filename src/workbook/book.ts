// From a file's bytes to sheets of cells: an Excel workbook (.xlsx, as Excel or LibreOffice saves it)
// or a CSV file (UTF-8 with or without BOM, or Shift_JIS). Anything else is refused with a Japanese
// message saying what the file seems to be and what to send instead. Never throws for bad input.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { type Encoding, decode } from "../ingest/read-document.ts";
import { looksLikeText } from "../ingest/lines.ts";
import { type Cell, EMPTY, cellOf, columnLetter } from "./cells.ts";

export interface Sheet {
  name: string;
  hidden: boolean;
  /** Rows by 1-based row number; each row's cells from column A (index 0). Empty rows are absent. */
  rows: Map<number, Cell[]>;
}

export interface Book {
  format: "xlsx" | "csv";
  /** For CSV: how the text was encoded. */
  encoding?: Encoding;
  sheets: Sheet[];
}

export type BookResult = { ok: true; book: Book } | { ok: false; message: string };

export const cellAt = (row: readonly Cell[] | undefined, column: number): Cell => row?.[column - 1] ?? EMPTY;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

const NOT_A_WORKBOOK =
  "Excel ブック（.xlsx）でも CSV ファイルでもありません。Hyoka からダウンロードしたブックか、同じ列の CSV を指定してください。";

export async function loadBook(bytes: Uint8Array, fileName = ""): Promise<BookResult> {
  const fail = (message: string): BookResult => ({ ok: false, message });
  if (bytes.length === 0)
    return fail("ファイルが空です。中身のあるブックか CSV ファイルを指定してください。");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return loadXlsx(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return fail(
      "古い Excel 形式（.xls）のファイルです。Excel で「Excel ブック（*.xlsx）」として保存し直してから指定してください。",
    );
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return fail(`PDF ファイルです。${NOT_A_WORKBOOK}`);
  const decoded = decode(bytes);
  if (!decoded || !looksLikeText(decoded.text)) return fail(NOT_A_WORKBOOK);
  // NUL is no text a value can hold (PostgreSQL refuses it); Excel's own cells never have it.
  const nul = decoded.text.indexOf("\u0000");
  if (nul >= 0) {
    const line = decoded.text.slice(0, nul).split("\n").length;
    return fail(
      `CSV の ${line} 行目に NUL 文字（U+0000）があります。取り除いてから、もう一度指定してください。`,
    );
  }
  return csvBook(decoded.text, decoded.encoding, fileName);
}

async function loadXlsx(bytes: Uint8Array): Promise<BookResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    // A zip without a workbook in it (a .docx, an archive) loads as a workbook with no sheets.
    if (wb.worksheets.length === 0) throw new Error("no sheets");
  } catch {
    return {
      ok: false,
      message:
        "Excel ブック（.xlsx）として読めません。ファイルが壊れているか、ほかの形式の zip ファイルです。Excel で開いて保存し直すか、ダウンロードし直してください。",
    };
  }
  let nul: string | null = null;
  const sheets: Sheet[] = wb.worksheets.map((ws) => {
    const rows = new Map<number, Cell[]>();
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const c = cellOf(cell.value);
        if (c.kind === "text" && c.text.includes("\u0000"))
          nul ??= `シート「${ws.name}」の ${columnLetter(col)}${n} セル`;
        cells[col - 1] = c;
      });
      for (let i = 0; i < cells.length; i++) cells[i] ??= EMPTY;
      if (cells.some((c) => c.kind !== "empty")) rows.set(n, cells);
    });
    return { name: ws.name, hidden: ws.state !== "visible", rows };
  });
  // As in a CSV: no value holds NUL (a file written by a program, not by Excel, can carry one).
  if (nul)
    return {
      ok: false,
      message: `${nul}に NUL 文字（U+0000）があります。取り除いてから、もう一度指定してください。`,
    };
  return { ok: true, book: { format: "xlsx", sheets } };
}

function csvBook(text: string, encoding: Encoding, fileName: string): BookResult {
  const firstLine = text.slice(0, text.indexOf("\n") >>> 0);
  const delimiter = firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : ",";
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (err) {
    return { ok: false, message: csvProblem(err) };
  }
  const rows = new Map<number, Cell[]>();
  records.forEach((r, i) => {
    const cells = r.map((v): Cell => (v.trim() === "" ? EMPTY : { kind: "text", text: v }));
    if (cells.some((c) => c.kind !== "empty")) rows.set(i + 1, cells);
  });
  const name = fileName.replace(/^.*[\\/]/, "") || "CSV";
  return { ok: true, book: { format: "csv", encoding, sheets: [{ name, hidden: false, rows }] } };
}

/** What csv-parse could not read, in Japanese with where: an unclosed quote runs to the end of the file. */
function csvProblem(err: unknown): string {
  const e = err as { code?: string; records?: number; lines?: number };
  if (e.code === "CSV_QUOTE_NOT_CLOSED")
    return `CSV の ${(e.records ?? 0) + 1} 件目の行で始まる引用符（"）が、ファイルの最後（${e.lines ?? "?"} 行目）まで閉じていません。引用符を閉じるか、値の中の " を "" と書いてから、もう一度指定してください。`;
  return `CSV を読めません（${e.lines ?? "?"} 行目付近）。Excel で「CSV UTF-8」として保存し直してから指定してください。`;
}
