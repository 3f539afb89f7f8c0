import { describe, expect, it } from "vitest";
import {
  eraOf,
  fiscalYearText,
  parseYearStyle,
  periodText,
  shortYearText,
  spanText,
  yearText,
} from "../../web/src/years.ts";

describe("years (web)", () => {
  it("names eras by the year's July: 2019 is 令和元年, 1989 is 平成元年", () => {
    expect(eraOf(2018)).toEqual({ era: "平成", eraYear: 30 });
    expect(eraOf(2019)).toEqual({ era: "令和", eraYear: 1 });
    expect(eraOf(1989)).toEqual({ era: "平成", eraYear: 1 });
    expect(eraOf(2023)).toEqual({ era: "令和", eraYear: 5 });
  });

  it("writes years in 和暦 and western", () => {
    expect(yearText(2018, "wareki")).toBe("平成30年");
    expect(yearText(2019, "wareki")).toBe("令和元年");
    expect(yearText(2018, "western")).toBe("2018年");
    expect(fiscalYearText(2022, "wareki")).toBe("令和4年度");
    expect(fiscalYearText(2022, "western")).toBe("2022年度");
    expect(shortYearText(2018, "wareki")).toBe("H30");
    expect(shortYearText(2023, "wareki")).toBe("R5");
    expect(shortYearText(2023, "western")).toBe("2023");
  });

  it("shows the server's 和暦 label as printed, and writes the same years out in western", () => {
    const single = { from: 2018, to: 2018, label: "平成30年" };
    expect(periodText(single, "wareki")).toBe("平成30年");
    expect(periodText(single, "western")).toBe("2018年");
    expect(periodText({ from: 2018, to: 2018, label: "平成30年度" }, "western")).toBe("2018年度");
    const range = { from: 2015, to: 2019, label: "H27～R1" };
    expect(periodText(range, "wareki")).toBe("H27～R1");
    expect(periodText(range, "western")).toBe("2015～2019年");
    expect(periodText({ from: 2017, to: 2018, label: "H29～H30累計" }, "western")).toBe("2017～2018年累計");
  });

  it("computes a label when the period has none", () => {
    expect(periodText({ from: 2020, to: 2020 }, "wareki")).toBe("令和2年");
    expect(periodText({ from: 2015, to: 2019 }, "wareki")).toBe("H27～R1");
  });

  it("writes spans of years, fiscal by default", () => {
    expect(spanText({ from: 2016, to: 2025 }, "wareki")).toBe("平成28年度～令和7年度");
    expect(spanText({ from: 2016, to: 2025 }, "western")).toBe("2016～2025年度");
    expect(spanText({ from: 2015, to: 2019 }, "western", "年")).toBe("2015～2019年");
  });

  it("reads a stored style, falling back to 和暦", () => {
    expect(parseYearStyle("western")).toBe("western");
    expect(parseYearStyle("wareki")).toBe("wareki");
    expect(parseYearStyle(null)).toBe("wareki");
    expect(parseYearStyle("gregorian")).toBe("wareki");
  });
});
