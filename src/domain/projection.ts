// A straight-line trend through yearly actuals (least squares), extended to a target year. An estimate
// for the reader's eye, not a published figure: plain floating point is enough here.

export interface TrendPoint {
  readonly year: number;
  readonly value: number;
}

/** The least-squares line through the points, or null with fewer than two distinct years. */
export function linearTrend(points: readonly TrendPoint[]): ((year: number) => number) | null {
  if (new Set(points.map((p) => p.year)).size < 2) return null;
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.year, 0) / n;
  const my = points.reduce((a, p) => a + p.value, 0) / n;
  const sxy = points.reduce((a, p) => a + (p.year - mx) * (p.value - my), 0);
  const sxx = points.reduce((a, p) => a + (p.year - mx) ** 2, 0);
  const slope = sxy / sxx;
  return (year) => my + slope * (year - mx);
}

/** The trend's value in `year`, or null with fewer than two distinct years. */
export function projectLinear(points: readonly TrendPoint[], year: number): number | null {
  return linearTrend(points)?.(year) ?? null;
}
