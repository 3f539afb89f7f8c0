import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  eraOf,
  isCalendarDate,
  parsePeriod,
  parseYear,
  parseYearMonth,
  periodLabel,
  shortWarekiLabel,
  warekiLabel,
} from "../../src/domain/years.ts";

describe("parseYear: forms taken from the seeds", () => {
  it.each([
    ["H30年度", 2018, "fiscal"],
    ["R元年度", 2019, "fiscal"],
    ["R2年度", 2020, "fiscal"],
    ["令和５年度", 2023, "fiscal"],
    ["令和元年", 2019, undefined],
    ["平成31年", 2019, undefined],
    ["(H26)", 2014, undefined],
    ["（H31）", 2019, undefined],
    ["r7", 2025, undefined],
    ["R6", 2024, undefined],
    ["2018", 2018, undefined],
    ["２０２２年度", 2022, "fiscal"],
    ["H29暦年", 2017, "calendar"],
  ])("%s → %i", (text, year, basis) => {
    const p = parseYear(text);
    expect(p).not.toBeNull();
    expect(p!.from).toBe(year);
    expect(p!.to).toBe(year);
    expect(p!.basis).toBe(basis);
  });

  it.each(["", "年度", "H", "R0", "X30", "令和", "30", "H30年度度", "1,280"])("rejects %j", (text) => {
    expect(parseYear(text)).toBeNull();
  });
});

describe("parsePeriod: ranges", () => {
  it.each([
    ["H27～H31", 2015, 2019],
    ["H28～H31", 2016, 2019],
    ["H27～H29", 2015, 2017],
    ["R1～R4", 2019, 2022],
    ["H27〜31", 2015, 2019],
    ["2017年度～2022年度", 2017, 2022],
  ])("%s → %i–%i", (text, from, to) => {
    expect(parsePeriod(text)).toMatchObject({ from, to });
  });

  it("rejects a range that runs backwards", () => {
    expect(parsePeriod("H31～H27")).toBeNull();
  });
});

describe("parseYearMonth", () => {
  it("reads 2018年11月 and 平成30年11月 alike", () => {
    expect(parseYearMonth("2018年11月")).toEqual({ year: 2018, month: 11 });
    expect(parseYearMonth("平成30年11月")).toEqual({ year: 2018, month: 11 });
    expect(parseYearMonth("2018年13月")).toBeNull();
  });
});

describe("labels", () => {
  it("names years in 和暦, with 元年", () => {
    expect(warekiLabel(2018, "fiscal")).toBe("平成30年度");
    expect(warekiLabel(2019, "fiscal")).toBe("令和元年度");
    expect(warekiLabel(2023)).toBe("令和5年");
    expect(shortWarekiLabel(2015)).toBe("H27");
    expect(periodLabel({ from: 2015, to: 2019 })).toBe("H27～R1累計");
  });
});

describe("eraOf as of when a document was written", () => {
  it("names a later year in the era the document knew: 2018-11 writes 2019 as H31, 2020 as H32", () => {
    const nov2018 = { year: 2018, month: 11 };
    expect(eraOf(2019, nov2018)).toEqual({ era: "平成", eraYear: 31 });
    expect(eraOf(2020, nov2018)).toEqual({ era: "平成", eraYear: 32 });
    expect(eraOf(2014, nov2018)).toEqual({ era: "平成", eraYear: 26 });
    // 令和 began on 2019-05-01: a document of April 2019 still writes 平成31, one of May 令和元.
    expect(eraOf(2019, { year: 2019, month: 4 })).toEqual({ era: "平成", eraYear: 31 });
    expect(eraOf(2019, { year: 2019, month: 5 })).toEqual({ era: "令和", eraYear: 1 });
    // Years before the document keep their own era.
    expect(eraOf(1988, nov2018)).toEqual({ era: "昭和", eraYear: 63 });
    expect(eraOf(2019)).toEqual({ era: "令和", eraYear: 1 });
  });
});

describe("properties", () => {
  const eras = [
    { letter: "H", name: "平成", start: 1989, last: 31 },
    { letter: "R", name: "令和", start: 2019, last: 60 },
  ];
  it("era letter, era name and western year agree", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...eras),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (era, n, fiscal) => {
          const suffix = fiscal ? "年度" : "年";
          const byLetter = parseYear(`${era.letter}${n}${suffix}`);
          const byName = parseYear(`${era.name}${n === 1 ? "元" : n}${suffix}`);
          expect(byLetter?.from).toBe(era.start + n - 1);
          expect(byName?.from).toBe(era.start + n - 1);
        },
      ),
    );
  });

  it("a western year survives label → parse (fiscal)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2070 }), (y) => {
        expect(parseYear(warekiLabel(y, "fiscal"))?.from).toBe(y);
        expect(parseYear(shortWarekiLabel(y))?.from).toBe(y);
      }),
    );
  });

  it("asOf changes nothing for a document written in or after the year's era, and parses back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2070 }),
        fc.integer({ min: 1990, max: 2070 }),
        fc.integer({ min: 1, max: 12 }),
        (year, written, month) => {
          const asOf = { year: written, month };
          const { era, eraYear } = eraOf(year, asOf);
          // In 令和 or not before the year's July: the era of the year itself.
          if (
            written > 2019 ||
            (written === 2019 && month >= 5) ||
            written > year ||
            (written === year && month >= 7)
          )
            expect(eraOf(year, asOf)).toEqual(eraOf(year));
          // Whichever era it names, the label reads back as the same western year.
          const letter = era === "平成" ? "H" : "R";
          expect(parseYear(`${letter}${eraYear}`)?.from).toBe(year);
        },
      ),
    );
  });

  it("full-width digits parse like half-width", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), (n) => {
        const full = String(n).replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        expect(parseYear(`Ｒ${full}年度`)).toEqual(parseYear(`R${n}年度`));
      }),
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        parseYear(s);
        parsePeriod(s);
        parseYearMonth(s);
      }),
    );
  });
});

describe("isCalendarDate", () => {
  // Days per month by the Gregorian rule, written out independently: leap when divisible by 4, except
  // centuries not divisible by 400.
  const daysIn = (y: number, m: number) =>
    m === 2
      ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
        ? 29
        : 28
      : [4, 6, 9, 11].includes(m)
        ? 30
        : 31;
  const pad = (n: number, w: number) => String(n).padStart(w, "0");

  it("accepts exactly the days of the calendar", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        (y, m, d) => {
          const valid = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
          expect(isCalendarDate(`${y}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(valid);
        },
      ),
    );
  });

  it("refuses other shapes", () => {
    for (const text of ["2026-13-45", "2026-02-29", "2026-8-31", "2026/08/31", "", "２０２６-０８-３１"])
      expect(isCalendarDate(text)).toBe(false);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2000-02-29")).toBe(true);
    expect(isCalendarDate("1900-02-29")).toBe(false);
  });
});
