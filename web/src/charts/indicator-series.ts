// What the indicator chart draws, prepared from the API's series and one usage's targets: points per
// year (periods spanning several years, such as 累計, are left to the table), the baseline, the targets
// and the projection of the actuals' trend to the final year.
import type { IndicatorUsage, SeriesPoint } from "../api/types.ts";
import { linearTrend } from "./scale.ts";

export interface XY {
  year: number;
  value: number;
  /** An actual stated as an estimate (見込み値): drawn hollow, named in the caption. */
  estimate?: boolean;
}

export interface ChartSeries {
  key: string;
  label: string;
  points: XY[];
}

export interface IndicatorChartData {
  actual: ChartSeries | null;
  references: ChartSeries[];
  baseline: XY | null;
  targets: (XY & { isFinal: boolean })[];
  /** Targets stated in words, not figures ("全国水準まで引き上げ"), for the caption. */
  wordTargets: { year: number; text: string; isFinal: boolean }[];
  /** Decimals to print values with: as many as the figures themselves have (at most 3). */
  digits: number;
  projection: { from: XY; to: XY; reaches: boolean | null; target: number | null } | null;
  /** Points left out because their period spans several years. */
  omitted: number;
}

const SERIES_LABELS: Record<string, string> = {
  actual: "実績値",
  national: "全国値",
  national_average: "全国平均値",
};

export function seriesLabel(series: string): string {
  return SERIES_LABELS[series] ?? series;
}

/** "1,234.5" / "△3" / "-3" → a number; null for anything else. */
export function numeric(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const t = value.replace(/[,，\s]/g, "").replace(/^[△▲]/, "-");
  if (!/^[+-]?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

export function indicatorChartData(series: SeriesPoint[], usage: IndicatorUsage | null): IndicatorChartData {
  let omitted = 0;
  const bySeries = new Map<string, XY[]>();
  for (const p of series) {
    const v = numeric(p.value);
    if (v === null) continue;
    if (p.period.from !== p.period.to) {
      omitted++;
      continue;
    }
    const list = bySeries.get(p.series) ?? [];
    const point: XY = { year: p.period.to, value: v, ...(p.estimate ? { estimate: true } : {}) };
    // A firm value replaces an estimate of the same year; an estimate does not replace a firm value.
    const same = list.findIndex((x) => x.year === point.year && x.estimate !== point.estimate);
    if (same < 0) list.push(point);
    else if (list[same]!.estimate) list[same] = point;
    bySeries.set(p.series, list);
  }
  const toSeries = ([key, points]: [string, XY[]]): ChartSeries => ({
    key,
    label: seriesLabel(key),
    points: [...points].sort((a, b) => a.year - b.year),
  });
  const actualPoints = bySeries.get("actual");
  const actual = actualPoints ? toSeries(["actual", actualPoints]) : null;
  const references = [...bySeries].filter(([k]) => k !== "actual").map(toSeries);

  const baselineValue = numeric(usage?.baseline?.value);
  const bp = usage?.baseline?.period;
  const baseline =
    baselineValue !== null && bp && bp.from === bp.to ? { year: bp.to, value: baselineValue } : null;

  const targets = (usage?.targets ?? []).flatMap((t) => {
    const v = numeric(t.value);
    return v !== null && t.period.from === t.period.to
      ? [{ year: t.period.to, value: v, isFinal: t.isFinal }]
      : [];
  });

  const wordTargets = (usage?.targets ?? []).flatMap((t) =>
    numeric(t.value) === null && t.label ? [{ year: t.period.to, text: t.label, isFinal: t.isFinal }] : [],
  );
  const printed = [
    ...series.map((p) => p.value),
    ...(usage?.targets ?? []).map((t) => t.value),
    usage?.baseline?.value,
  ];
  const digits = Math.min(
    3,
    Math.max(0, ...printed.map((v) => (v && numeric(v) !== null ? (v.split(".")[1]?.length ?? 0) : 0))),
  );

  let projection: IndicatorChartData["projection"] = null;
  const pr = usage?.projection;
  const end = numeric(pr?.value);
  if (pr && end !== null) {
    const trend = actual ? linearTrend(actual.points) : null;
    const last = actual?.points[actual.points.length - 1];
    const from = trend ? { year: pr.fromYear, value: trend(pr.fromYear) } : (last ?? null);
    if (from)
      projection = {
        from,
        to: { year: pr.toYear, value: end },
        reaches: pr.reaches,
        target: numeric(pr.target),
      };
  }
  return { actual, references, baseline, targets, wordTargets, digits, projection, omitted };
}

/** Every year and value the chart must show, for its scales. */
export function chartExtent(d: IndicatorChartData): { years: number[]; values: number[] } {
  const all: XY[] = [
    ...(d.actual?.points ?? []),
    ...d.references.flatMap((s) => s.points),
    ...(d.baseline ? [d.baseline] : []),
    ...d.targets,
    ...(d.projection ? [d.projection.from, d.projection.to] : []),
  ];
  return { years: all.map((p) => p.year), values: all.map((p) => p.value) };
}
