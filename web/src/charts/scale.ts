// Pure helpers for the SVG charts: linear scales and round tick values.

export interface Scale {
  (value: number): number;
  ticks: number[];
}

/** Round tick values covering [min, max], about `count` of them (1, 2, 2.5 or 5 × a power of ten). */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const start = Math.floor(min / step) * step;
  const end = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/** Maps the ticks' span of values onto [rangeStart, rangeEnd] (which may run backwards, as y does). */
export function linearScale(
  values: readonly number[],
  rangeStart: number,
  rangeEnd: number,
  count = 5,
): Scale {
  const finite = values.filter(Number.isFinite);
  const ticks = finite.length ? niceTicks(Math.min(...finite), Math.max(...finite), count) : [0, 1];
  const lo = ticks[0] ?? 0;
  const hi = ticks[ticks.length - 1] ?? 1;
  const span = hi - lo || 1;
  const scale = ((v: number) => rangeStart + ((v - lo) / span) * (rangeEnd - rangeStart)) as Scale;
  scale.ticks = ticks;
  return scale;
}

/** Bars start at zero: the ticks always include it. */
export function zeroBasedScale(values: readonly number[], rangeStart: number, rangeEnd: number): Scale {
  return linearScale([0, ...values], rangeStart, rangeEnd);
}

/** Least-squares line through (year, value) points: the domain's, as the projection uses it. */
export { linearTrend } from "../../../src/domain/projection.ts";

/** A number for an axis label, with separators and up to two decimals. */
export function tickLabel(v: number): string {
  const rounded = Math.round(v * 100) / 100;
  const text = rounded.toLocaleString("ja-JP", { maximumFractionDigits: 2 });
  return rounded < 0 ? `△${text.replace(/^[-−]/, "")}` : text;
}
