// CSV as Japanese spreadsheets and open-data portals take it: UTF-8 with BOM by default; Shift_JIS
// (CP932, CRLF) on request. CP932 lacks some characters that Unicode text holds: those with a
// CP932 look-alike are mapped (〜 → ～, − → －, …); the rest become "?" and are reported with their
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
  /** 1-based line of the CSV (the header is line 1). */
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

/** A cell as CSV text: numbers plain (no separators), text as is. */
const cellText = (v: CellValue) => (v === null ? "" : typeof v === "number" ? String(v) : v);

export function tableToCsv(table: DataTable, encoding: CsvEncoding = "utf8"): CsvOutput {
  const records = [table.columns.map((c) => c.label), ...table.rows.map((r) => r.map(cellText))];
  if (encoding === "utf8") {
    const body = stringify(records, { record_delimiter: "\r\n" });
    return { bytes: new TextEncoder().encode("\uFEFF" + body), unmappable: [] };
  }
  const unmappable: Unmappable[] = [];
  const fitted = records.map((r, i) =>
    r.map((v, j) => {
      const { text, missing } = toCp932Text(v);
      for (const ch of missing)
        unmappable.push({
          row: i + 1,
          column: table.columns[j]?.label ?? String(j + 1),
          character: ch,
          codePoint: `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`,
        });
      return text;
    }),
  );
  const body = stringify(fitted, { record_delimiter: "\r\n" });
  return { bytes: new Uint8Array(iconv.encode(body, "cp932")), unmappable };
}

/** "3行目「指標名」の「㎥」(U+33A5)" — for a warning. */
export const describeUnmappable = (u: Unmappable) =>
  `${u.row}行目「${u.column}」の「${u.character}」(${u.codePoint})`;
