import { describe, expect, it } from "vitest";
import type { IndicatorUsage, SeriesPoint } from "../../web/src/api/types.ts";
import { chartExtent, indicatorChartData, numeric } from "../../web/src/charts/indicator-series.ts";
import { linearScale, linearTrend, niceTicks, tickLabel } from "../../web/src/charts/scale.ts";

const point = (series: string, from: number, to: number, value: string | null): SeriesPoint => ({
  series,
  period: { from, to, label: "" },
  value,
  status: null,
  note: null,
  milestone: null,
  estimate: false,
  document: "doc",
});

describe("chart helpers (web)", () => {
  it("makes round ticks that cover the values", () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    const t = niceTicks(931, 1280, 5);
    expect(t[0]).toBeLessThanOrEqual(931);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(1280);
    const s = linearScale([0, 50], 200, 0);
    expect(s(0)).toBe(200);
    expect(s(s.ticks[s.ticks.length - 1]!)).toBe(0);
  });

  it("fits a least-squares trend", () => {
    const f = linearTrend([
      { year: 2018, value: 10 },
      { year: 2020, value: 14 },
    ]);
    expect(f?.(2019)).toBeCloseTo(12);
    expect(linearTrend([{ year: 2018, value: 1 }])).toBeNull();
  });

  it("reads printed numbers", () => {
    expect(numeric("1,057.2")).toBe(1057.2);
    expect(numeric("△3")).toBe(-3);
    expect(numeric("集計中")).toBeNull();
    expect(tickLabel(12000)).toBe("12,000");
    expect(tickLabel(-5)).toBe("△5");
  });

  it("plots single years only, with targets, baseline and projection of one usage", () => {
    const usage = {
      baseline: { value: "900", period: { from: 2013, to: 2013, label: "" } },
      targets: [
        {
          period: { from: 2020, to: 2020, label: "" },
          kind: "absolute",
          value: "1280.0",
          isFinal: false,
          label: null,
        },
        {
          period: { from: 2025, to: 2025, label: "" },
          kind: "absolute",
          value: "1280.0",
          isFinal: true,
          label: null,
        },
      ],
      projection: { fromYear: 2016, toYear: 2025, value: "1200.0", target: "1280.0", reaches: false },
    } as unknown as IndicatorUsage;
    const d = indicatorChartData(
      [
        point("actual", 2016, 2016, "989"),
        point("actual", 2020, 2020, "1057.2"),
        point("national", 2020, 2020, "1300"),
        point("actual", 2015, 2019, "5000"),
        point("actual", 2021, 2021, null),
      ],
      usage,
    );
    expect(d.actual?.points).toEqual([
      { year: 2016, value: 989 },
      { year: 2020, value: 1057.2 },
    ]);
    expect(d.references.map((s) => s.label)).toEqual(["全国値"]);
    expect(d.baseline).toEqual({ year: 2013, value: 900 });
    expect(d.targets.map((t) => [t.year, t.isFinal])).toEqual([
      [2020, false],
      [2025, true],
    ]);
    expect(d.projection?.to).toEqual({ year: 2025, value: 1200 });
    expect(d.projection?.from.year).toBe(2016);
    expect(d.projection?.reaches).toBe(false);
    expect(d.omitted).toBe(1);
    expect(d.digits).toBe(1);
    expect(d.wordTargets).toEqual([]);
    expect(Math.min(...chartExtent(d).years)).toBe(2013);
  });
});
