// Every CSV Hyoka writes goes through here: reports, the open-data zip, the audit trail and the
// indicators export. Text that a spreadsheet would run as a formula is neutralised (cellText). Records end with CRLF, and a field holding a line break (CR or LF), a comma or a
// quote is quoted, so that each row is one record whatever reads it. UTF-8 with BOM by default;
// Shift_JIS (CP932, CRLF) on request. CP932 lacks some characters that Unicode text holds: those with
// a CP932 look-alike are mapped (〜 → ～, − → －, …); the rest become "?" and are reported with their
// row and column, so nothing is lost silently.
import { stringify } from "csv-stringify/sync";
import iconv from "iconv-lite";
import type { CsvEncoding } from "./reports.ts";
import type { CellValue, DataTable } from "./tables.ts";

/** Unicode characters with a CP932 counterpart that looks the same (Microsoft's mapping of JIS X 0208). */
export const CP932_MAP: Readonly<Record<string, string>> = {
  "\u301C": "\uFF5E", // WAVE DASH → FULLWIDTH TILDE
  "\u2212": "\uFF0D", // MINUS SIGN → FULLWIDTH HYPHEN-MINUS
  "\u2016": "\u2225", // DOUBLE VERTICAL LINE → PARALLEL TO
  "\u2014": "\u2015", // EM DASH → HORIZONTAL BAR
  "\u00A2": "\uFFE0", // CENT SIGN
  "\u00A3": "\uFFE1", // POUND SIGN
  "\u00AC": "\uFFE2", // NOT SIGN
  "\u00A6": "\uFFE4", // BROKEN BAR
  "\u2013": "\uFF0D", // EN DASH → FULLWIDTH HYPHEN-MINUS
  "\u00A0": " ", // NO-BREAK SPACE
  "\u200B": "", // ZERO WIDTH SPACE
  "\uFEFF": "", // ZERO WIDTH NO-BREAK SPACE
};

export interface Unmappable {
  /** 1-based record of the CSV, the row a spreadsheet shows (the header is row 1). */
  row: number;
  column: string;
  character: string;
  codePoint: string;
}

export interface CsvOutput {
  bytes: Uint8Array;
  /** Characters CP932 cannot hold, written as "?" (empty for UTF-8). */
  unmappable: Unmappable[];
}

const cp932Cache = new Map<string, boolean>();

/** Whether CP932 holds the character (encoding and decoding give it back). */
function inCp932(ch: string): boolean {
  let ok = cp932Cache.get(ch);
  if (ok === undefined) {
    ok = iconv.decode(iconv.encode(ch, "cp932"), "cp932") === ch;
    cp932Cache.set(ch, ok);
  }
  return ok;
}

/** Text made fit for CP932: mapped characters replaced, the others replaced by "?" and returned. */
export function toCp932Text(s: string): { text: string; missing: string[] } {
  let out = "";
  const missing: string[] = [];
  for (const ch of s) {
    const mapped = CP932_MAP[ch] ?? ch;
    if (mapped === "" || [...mapped].every(inCp932)) out += mapped;
    else {
      out += "?";
      missing.push(ch);
    }
  }
  return { text: out, missing };
}

/** The byte order mark that tells spreadsheets a CSV is UTF-8. */
export const BOM = "\uFEFF";

/** A text a spreadsheet would read as a formula: it starts with = + - @, a tab or a CR (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A signed figure ("-5", "+1.5", "-1,234") is a number, not a formula; a lone "-" is a dash. */
const SIGNED_FIGURE = /^[+-]?\d[\d,]*(\.\d+)?%?$|^-$/;

/**
 * A cell as CSV text: numbers plain (no separators), null empty, text as is — except text that a
 * spreadsheet would run as a formula (「=HYPERLINK(…)」 typed into a 連携状況), which gets a leading
 * apostrophe, as OWASP recommends against CSV injection (docs/open-data.md).
 */
function cellText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "number") return String(v);
  return FORMULA_START.test(v) && !SIGNED_FIGURE.test(v) ? `'${v}` : v;
}

/**
 * Records as CSV text without a BOM (for a file written in parts): CRLF after each record, a field
 * with a line break quoted (csv-stringify quotes the delimiter, the quote and the record delimiter
 * "\r\n" by itself, but not a lone "\n" or "\r").
 */
export const csvText = (records: readonly (readonly CellValue[])[]): string =>
  stringify(
    records.map((r) => r.map(cellText)),
    { record_delimiter: "\r\n", quoted_match: /[\r\n]/ },
  );

/** Records as a whole UTF-8 CSV: BOM, then the records. */
export const csvUtf8 = (records: readonly (readonly CellValue[])[]): string => BOM + csvText(records);

/** Records as a CSV file's bytes; the first record is the header (it names columns in warnings). */
export function csvBytes(
  records: readonly (readonly CellValue[])[],
  encoding: CsvEncoding = "utf8",
): CsvOutput {
  if (encoding === "utf8") return { bytes: new TextEncoder().encode(csvUtf8(records)), unmappable: [] };
  const header = records[0]?.map(cellText) ?? [];
  const unmappable: Unmappable[] = [];
  const fitted = records.map((r, i) =>
    r.map((v, j) => {
      const { text, missing } = toCp932Text(cellText(v));
      for (const ch of missing)
        unmappable.push({
          row: i + 1,
          column: header[j] ?? String(j + 1),
          character: ch,
          codePoint: `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
        });
      return text;
    }),
  );
  return { bytes: new Uint8Array(iconv.encode(csvText(fitted), "cp932")), unmappable };
}

/** A document's table as CSV: one header row of the column labels, then one record per row. */
export const tableToCsv = (table: DataTable, encoding: CsvEncoding = "utf8"): CsvOutput =>
  csvBytes([table.columns.map((c) => c.label), ...table.rows], encoding);

/** "3行目「指標名」の「㎥」(U+33A5)" — for a warning. */
export const describeUnmappable = (u: Unmappable) =>
  `${u.row}行目「${u.column}」の「${u.character}」(${u.codePoint})`;
