// Expected values are hand calculations from the seed documents (000, 003 and 004).
import { describe, expect, it } from "vitest";
import { decimal, formatDecimal, percent, sumDecimals } from "../../src/domain/decimal.ts";
import { type EvaluationInput, evaluateIndicator, judgeMeasure } from "../../src/domain/evaluate.ts";
import { loadProfiles } from "../../src/profiles.ts";

const profiles = loadProfiles();
const sousei = profiles.get("hokkaido-sousei")!;
const kihon = profiles.get("hokkaido-kihon-hyoka")!;
const y = (from: number, to = from) => ({ from, to });
const actual = (year: number, value: string, knownFrom = "2018-11", to = year) => ({
  series: "actual",
  period: y(year, to),
  value: decimal(value),
  knownFrom,
});

describe("percent: exact and rounded once", () => {
  it("rounds half up on an exact boundary (238.3 / 240.1 = 99.2503…)", () => {
    expect(formatDecimal(percent(decimal("238.3"), decimal("240.1"), 1, "half-up"))).toBe("99.3");
    expect(formatDecimal(percent(decimal("1"), decimal("8"), 1, "half-up"))).toBe("12.5");
    expect(formatDecimal(percent(decimal("1"), decimal("16"), 1, "half-up"))).toBe("6.3"); // 6.25
    expect(formatDecimal(percent(decimal("1"), decimal("16"), 1, "truncate"))).toBe("6.2");
  });
});

describe("sumDecimals: exact sums of figures as printed", () => {
  it("adds at the widest scale and leaves blanks and unreadable text out", () => {
    // 000's totals row: 本庁 12.1 + 出先機関 0.0 = 12.1 (it prints 人工計 11.9).
    expect(sumDecimals(["12.1", "0.0"])).toBe("12.1");
    expect(sumDecimals(["0.1", "0.2"])).toBe("0.3");
    expect(sumDecimals(["1", "0.25", null, undefined, "－"])).toBe("1.25");
    expect(sumDecimals([])).toBe("0");
  });
});

describe("hokkaido-sousei (003's first page)", () => {
  it("increase: a / b against the final target", () => {
    const input: EvaluationInput = {
      direction: "increase",
      measure: "quantitative",
      baseline: { period: y(2013), value: decimal("931") },
      targets: [{ period: y(2019), kind: "absolute", value: decimal("1280"), isFinal: true }],
      observations: [actual(2016, "989")],
    };
    const e = evaluateIndicator(input, sousei, "2018-11");
    expect(formatDecimal(e.rate!)).toBe("77.3"); // 989 / 1280 = 77.27 %
  });

  it("reference target: the national value of the actual's year (H29 75.7)", () => {
    const e = evaluateIndicator(
      {
        direction: "increase",
        measure: "quantitative",
        targets: [{ period: y(2019), kind: "reference", referenceSeries: "national", isFinal: true }],
        observations: [
          actual(2017, "71.4"),
          { series: "national", period: y(2016), value: decimal("75.0"), knownFrom: "2018-11" },
          { series: "national", period: y(2017), value: decimal("75.7"), knownFrom: "2018-11" },
        ],
      },
      sousei,
      "2018-11",
    );
    expect(formatDecimal(e.rate!)).toBe("94.3"); // 71.4 / 75.7 = 94.32 %
    expect(formatDecimal(e.referenceValue!)).toBe("75.7");
  });

  it("baseline-or-more: the baseline is the target (現状値以上)", () => {
    const e = evaluateIndicator(
      {
        direction: "increase",
        measure: "quantitative",
        baseline: { period: y(2013), value: decimal("10705") },
        targets: [{ period: y(2019), kind: "baseline_or_more", isFinal: true }],
        observations: [actual(2016, "12115")],
      },
      sousei,
    );
    expect(formatDecimal(e.rate!)).toBe("113.2"); // 12115 / 10705 = 113.17 %
  });

  it("decrease: b / a, and 0% when worse than the baseline", () => {
    const base = {
      direction: "decrease" as const,
      measure: "quantitative" as const,
      baseline: { value: decimal("100") },
      targets: [{ period: y(2019), kind: "absolute" as const, value: decimal("80"), isFinal: true }],
    };
    expect(
      formatDecimal(evaluateIndicator({ ...base, observations: [actual(2017, "90")] }, sousei).rate!),
    ).toBe("88.9");
    expect(
      formatDecimal(evaluateIndicator({ ...base, observations: [actual(2017, "101")] }, sousei).rate!),
    ).toBe("0.0");
  });

  it("no actual: no rate, with the reason", () => {
    const e = evaluateIndicator(
      {
        direction: "increase",
        measure: "quantitative",
        targets: [{ period: y(2019), kind: "absolute", value: decimal("5"), isFinal: true }],
        observations: [],
      },
      sousei,
    );
    expect(e.rate).toBeNull();
    expect(e.reason).toBe("no-actual");
  });

  it("cumulative actual against a cumulative final target (H27～H29 vs H27～H31)", () => {
    const e = evaluateIndicator(
      {
        direction: "increase",
        measure: "quantitative",
        targets: [{ period: y(2015, 2019), kind: "absolute", value: decimal("10500"), isFinal: true }],
        observations: [actual(2015, "6569", "2018-11", 2017)],
      },
      sousei,
    );
    expect(formatDecimal(e.rate!)).toBe("62.6"); // 6569 / 10500 = 62.56 %
  });
});

describe("hokkaido-kihon-hyoka (000)", () => {
  const input: EvaluationInput = {
    direction: "increase",
    measure: "quantitative",
    targets: [2018, 2019, 2020].map((yr) => ({
      period: y(yr),
      kind: "absolute" as const,
      value: decimal("1280.0"),
      isFinal: false,
    })),
    observations: [
      actual(2016, "989"),
      actual(2018, "991.0", "2023"),
      actual(2019, "1025.0", "2023"),
      actual(2020, "1057.2", "2023"),
    ],
  };

  it("latest actual ÷ the same year's target, grade by band", () => {
    const e = evaluateIndicator(input, kihon, "2023");
    expect(formatDecimal(e.rate!)).toBe("82.6"); // 1057.2 / 1280.0 = 82.59 %
    expect(e.grade).toBe("Ｃ");
    expect(e.actual?.period).toEqual(y(2020));
  });

  it("as of an earlier edition, later actuals are unknown", () => {
    const e = evaluateIndicator(input, kihon, "2018-11");
    expect(e.actual?.period).toEqual(y(2016));
    expect(e.reason).toBe("no-target"); // 000 sets no target for 2016
  });

  it("bands: A ≥ 100, B ≥ 90, C ≥ 80, D below", () => {
    const grade = (a: string) =>
      evaluateIndicator(
        {
          ...input,
          targets: [{ period: y(2020), kind: "absolute", value: decimal("100"), isFinal: false }],
          observations: [actual(2020, a, "2023")],
        },
        kihon,
      ).grade;
    expect([grade("100"), grade("99.9"), grade("90"), grade("89.96"), grade("80"), grade("79.9")]).toEqual([
      "Ａ",
      "Ｂ",
      "Ｂ",
      "Ｂ",
      "Ｃ",
      "Ｄ",
    ]);
  });

  it("overall judgement from the grades: three Ｃ → やや遅れている", () => {
    expect(judgeMeasure(["Ｃ", "Ｃ", "Ｃ"], kihon)).toEqual({ grade: "Ｃ", judgement: "やや遅れている" });
    expect(judgeMeasure(["Ａ", "Ａ", "Ｂ"], kihon)).toEqual({ grade: "Ａ", judgement: "順調" });
    expect(judgeMeasure([null], kihon)).toEqual({ grade: null, judgement: null });
  });

  it("changing the profile changes the figure, not the data", () => {
    const truncating = {
      ...kihon,
      rate: { ...kihon.rate, rounding: { mode: "truncate" as const, digits: 1 } },
    };
    expect(formatDecimal(evaluateIndicator(input, truncating, "2023").rate!)).toBe("82.5");
    const progress = { ...kihon, rate: { ...kihon.rate, formula: "progress" as const } };
    const withBaseline = { ...input, baseline: { value: decimal("931") } };
    // (1057.2 − 931) / (1280 − 931) = 126.2 / 349 = 36.16 %
    expect(formatDecimal(evaluateIndicator(withBaseline, progress, "2023").rate!)).toBe("36.2");
  });
});

describe("estimates (004 line 415: R4 「300(見込み値)」 against the R4 target 300)", () => {
  const vision = profiles.get("sapporo-vision")!;
  const input = (observations: EvaluationInput["observations"]): EvaluationInput => ({
    direction: "increase",
    measure: "quantitative",
    targets: [{ period: y(2022), kind: "absolute", value: decimal("300"), isFinal: false }],
    observations,
  });
  const estimate = { ...actual(2022, "300", "2023"), estimate: true };

  it("a rate on an estimate is computed as usual and said to rest on one: 300 ÷ 300 = 100.0%", () => {
    const e = evaluateIndicator(input([actual(2021, "267", "2023"), estimate]), vision, "2023");
    expect(formatDecimal(e.rate!)).toBe("100.0");
    expect(e.actual?.estimate).toBe(true);
  });

  it("a firm value of the same edition replaces the estimate, in either order: 310 ÷ 300 = 103.3%", () => {
    for (const observations of [
      [estimate, actual(2022, "310", "2023")],
      [actual(2022, "310", "2023"), estimate],
    ]) {
      const e = evaluateIndicator(input(observations), vision, "2023");
      expect([formatDecimal(e.rate!), e.actual?.estimate]).toEqual(["103.3", false]);
    }
  });

  it("an estimate of a later edition still replaces an earlier firm value", () => {
    const e = evaluateIndicator(
      input([actual(2022, "310", "2023"), { ...estimate, knownFrom: "2024" }]),
      vision,
    );
    expect([formatDecimal(e.rate!), e.actual?.estimate]).toEqual(["100.0", true]);
  });
});
