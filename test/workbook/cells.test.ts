// The pure cell readers: years from whatever a year cell holds, numbers at an indicator's scale, the
// equality that decides whether a cell changed, column letters and the place a message names.
import { describe, expect, it } from "vitest";
import {
  cellOf,
  columnLetter,
  idOf,
  numberAtScale,
  sameValue,
  serialToDate,
  where,
  yearOf,
} from "../../src/workbook/cells.ts";

describe("workbook cells", () => {
  it("years: numbers, text (western, 和暦, full width), dates by fiscal year, serial numbers", () => {
    expect(yearOf({ kind: "number", value: 2024 })).toBe(2024);
    expect(yearOf({ kind: "text", text: "R5" })).toBe(2023);
    expect(yearOf({ kind: "text", text: "令和元年度" })).toBe(2019);
    expect(yearOf({ kind: "text", text: "２０２２年度" })).toBe(2022);
    expect(yearOf({ kind: "text", text: "2024/3/31" })).toBe(2023);
    // April starts the fiscal year; March still belongs to the one before.
    expect(yearOf({ kind: "date", value: new Date(Date.UTC(2024, 3, 1)) })).toBe(2024);
    expect(yearOf({ kind: "date", value: new Date(Date.UTC(2024, 2, 31)) })).toBe(2023);
    // Excel serial 45383 is 2024-04-01; 45382 is 2024-03-31.
    expect(serialToDate(45383).toISOString().slice(0, 10)).toBe("2024-04-01");
    expect(yearOf({ kind: "number", value: 45383 })).toBe(2024);
    expect(yearOf({ kind: "number", value: 45382 })).toBe(2023);
    expect(yearOf({ kind: "text", text: "abc" })).toBeNull();
    expect(yearOf({ kind: "number", value: 12 })).toBeNull();
  });

  it("numbers at a scale: padded, float noise dropped, a real extra digit kept for validation", () => {
    expect(numberAtScale(1200, 1)).toBe("1200.0");
    expect(numberAtScale(0.1 + 0.2, 1)).toBe("0.3");
    expect(numberAtScale(1280.05, 1)).toBe("1280.05");
    expect(numberAtScale(-5, 0)).toBe("-5");
    expect(numberAtScale(1e21, 0)).toBe("1000000000000000000000");
  });

  it("a cell changed only when its value did: 1200 = 1200.0, text by its trimmed value", () => {
    expect(sameValue("1200", "1200.0")).toBe(true);
    expect(sameValue("1200.0", "1200.5")).toBe(false);
    expect(sameValue(null, "")).toBe(true);
    expect(sameValue(" 分析 ", "分析")).toBe(true);
    expect(sameValue("○", "△")).toBe(false);
  });

  it("cell values: formulas by their cached result, rich text as text, ids from text", () => {
    expect(cellOf({ formula: "1+1", result: 2 })).toEqual({ kind: "number", value: 2 });
    expect(cellOf({ formula: "1+1" } as never)).toEqual({ kind: "uncalculated" });
    expect(cellOf({ richText: [{ text: "集計" }, { text: "中" }] })).toEqual({
      kind: "text",
      text: "集計中",
    });
    expect(cellOf("  ")).toEqual({ kind: "empty" });
    expect(idOf({ kind: "text", text: "１２" })).toBe(12);
    expect(idOf({ kind: "number", value: 1.5 })).toBeNull();
    // Ids are what both stores hold (PostgreSQL's serial: up to 2147483647); a larger number names no row.
    expect(idOf({ kind: "number", value: 2147483647 })).toBe(2147483647);
    expect(idOf({ kind: "number", value: 2147483648 })).toBeNull();
    expect(idOf({ kind: "text", text: "99999999999999999999" })).toBeNull();
  });

  it("places: column letters and the sheet, row and column a message names", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
    expect(where({ sheet: "実績値", row: 12, column: "E" })).toBe("「実績値」シート 12行 E列");
    expect(where({ sheet: "実績値", row: 12, column: "" })).toBe("「実績値」シート 12行");
    expect(where({ sheet: "values.csv", row: 3, column: "H" })).toBe("values.csv 3行 H列");
    expect(where({ sheet: "計画", row: 0, column: "" })).toBe("「計画」");
  });
});
