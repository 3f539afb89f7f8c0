// CSV encodings and quoting: UTF-8 with BOM by default; CP932 with CRLF, characters mapped to their CP932
// look-alikes, and the ones CP932 cannot hold replaced and reported with row and column.
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { tableToCsv, toCp932Text } from "../../src/reports/csv.ts";
import type { DataTable } from "../../src/reports/tables.ts";

const table: DataTable = {
  name: "t",
  title: "t",
  columns: [
    { key: "name", label: "名称", type: "text" },
    { key: "value", label: "値", type: "number" },
  ],
  rows: [
    ["期間 H27〜H31（波ダッシュ）", "1057.2"],
    ["マイナス−1、ダッシュ—", 341003],
    ["体積 m³ と 😀", null],
    ['引用符 " とカンマ , と改行\nのある文字', "-3"],
    ["改行だけ\nの文字", "CR だけ\rの文字"],
  ],
};

describe("CSV", () => {
  it("UTF-8 starts with a BOM, ends lines with CRLF and quotes what needs quoting", () => {
    const { bytes, unmappable } = tableToCsv(table);
    const text = Buffer.from(bytes).toString("utf8");
    expect(text.startsWith("\uFEFF名称,値\r\n")).toBe(true);
    expect(text).toContain("期間 H27〜H31（波ダッシュ）,1057.2\r\n");
    expect(text).toContain('"引用符 "" とカンマ , と改行\nのある文字",-3\r\n');
    expect(unmappable).toEqual([]);
  });

  it("quotes a field whose only special character is a line break (LF or CR), in both encodings", () => {
    // csv-stringify by itself quotes only the record delimiter "\r\n": a lone LF would end the record.
    const utf8 = Buffer.from(tableToCsv(table).bytes).toString("utf8");
    expect(utf8.endsWith('"改行だけ\nの文字","CR だけ\rの文字"\r\n')).toBe(true);
    const sjis = iconv.decode(Buffer.from(tableToCsv(table, "cp932").bytes), "cp932");
    expect(sjis.endsWith('"改行だけ\nの文字","CR だけ\rの文字"\r\n')).toBe(true);
    // Read as a spreadsheet reads it (any line break outside quotes ends a record): 1 + 5 records of 2.
    const records = parse(utf8.slice(1), { record_delimiter: ["\r\n", "\n", "\r"] }) as string[][];
    expect(records.map((r) => r.length)).toEqual([2, 2, 2, 2, 2, 2]);
    expect(records[5]).toEqual(["改行だけ\nの文字", "CR だけ\rの文字"]);
  });

  it("CP932 maps 〜 to ～ (0x8160), − to － and — to ―, and reports what it cannot hold", () => {
    const { bytes, unmappable } = tableToCsv(table, "cp932");
    const buf = Buffer.from(bytes);
    expect(buf.subarray(0, 2)).not.toEqual(Buffer.from([0xef, 0xbb]));
    expect(buf.includes(Buffer.from([0x81, 0x60]))).toBe(true);
    const text = iconv.decode(buf, "cp932");
    expect(text).toContain("期間 H27～H31（波ダッシュ）");
    expect(text).toContain("マイナス－1、ダッシュ―");
    expect(text).toContain("体積 m? と ?");
    expect(text.split("\r\n")[0]).toBe("名称,値");
    expect(unmappable).toEqual([
      { row: 4, column: "名称", character: "³", codePoint: "U+00B3" },
      { row: 4, column: "名称", character: "😀", codePoint: "U+1F600" },
    ]);
  });

  it("characters CP932 holds pass unchanged (①, ㈱, ～, half-width kana)", () => {
    expect(toCp932Text("①㈱～ﾃﾞﾊﾞｲｽ髙")).toEqual({ text: "①㈱～ﾃﾞﾊﾞｲｽ髙", missing: [] });
  });
});
