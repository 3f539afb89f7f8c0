// Actuals against targets over the years: the actuals and reference series (全国平均値 …) as lines, the
// baseline, interim and final targets as markers, and the projection of the trend to the final year as
// a dashed line. The SVG is an image named by its caption, which states the same in words; the page
// also shows every value in a table.
import { type ReactNode, useId } from "react";
import type { IndicatorUsage, SeriesPoint } from "../api/types.ts";
import {
  type IndicatorChartData,
  type XY,
  chartExtent,
  indicatorChartData,
} from "../charts/indicator-series.ts";
import { linearScale } from "../charts/scale.ts";
import { formatValue } from "../format.ts";
import { chartColors, color } from "../theme.ts";
import { useYears } from "../year-style.tsx";
import { ValueAxis } from "./ValueAxis.tsx";

const W = 720;
const H = 320;
const PAD = { left: 72, right: 24, top: 28, bottom: 40 };
const REFERENCE_COLORS = [chartColors.reference, color("purple", "800"), color("gray", "700")];

export function IndicatorChart({
  series,
  usage,
  unit,
  name,
}: {
  series: SeriesPoint[];
  usage: IndicatorUsage | null;
  unit: string;
  name: string;
}) {
  const years = useYears();
  const captionId = useId();
  const d = indicatorChartData(series, usage);
  const extent = chartExtent(d);
  if (extent.years.length === 0) {
    return <p>グラフに描ける単年の数値がありません。数値は下の表をご覧ください。</p>;
  }
  const minYear = Math.min(...extent.years);
  const maxYear = Math.max(...extent.years);
  const span = Math.max(1, maxYear - minYear);
  const x = (year: number) => PAD.left + ((year - minYear + 0.5) / (span + 1)) * (W - PAD.left - PAD.right);
  const y = linearScale(extent.values, H - PAD.bottom, PAD.top);
  const yearTicks: number[] = [];
  const step = span > 14 ? 2 : 1;
  for (let yr = minYear; yr <= maxYear; yr += step) yearTicks.push(yr);
  const path = (pts: XY[]) => pts.map((p, i) => `${i ? "L" : "M"}${x(p.year)},${y(p.value)}`).join(" ");
  const v = (n: number) => formatValue(n.toFixed(d.digits), unit);

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width={W}
        height={H}
        role="img"
        aria-labelledby={captionId}
        focusable="false"
      >
        <ValueAxis y={y} left={PAD.left} right={W - PAD.right} unit={unit} />
        {yearTicks.map((yr) => (
          <text
            key={yr}
            x={x(yr)}
            y={H - PAD.bottom + 20}
            textAnchor="middle"
            fontSize="12"
            fill={chartColors.axis}
          >
            {years.short(yr)}
          </text>
        ))}
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
          stroke={chartColors.axis}
        />

        {d.projection ? (
          <path
            d={path([d.projection.from, d.projection.to])}
            fill="none"
            stroke={chartColors.projection}
            strokeWidth={2}
            strokeDasharray="6 4"
          />
        ) : null}
        {d.references.map((s, i) => (
          <g key={s.key}>
            <path
              d={path(s.points)}
              fill="none"
              stroke={REFERENCE_COLORS[i % REFERENCE_COLORS.length]}
              strokeWidth={2}
            />
            {s.points.map((p) => (
              <rect
                key={p.year}
                x={x(p.year) - 4}
                y={y(p.value) - 4}
                width={8}
                height={8}
                fill={REFERENCE_COLORS[i % REFERENCE_COLORS.length]}
              />
            ))}
          </g>
        ))}
        {d.actual ? (
          <g>
            <path d={path(d.actual.points)} fill="none" stroke={chartColors.actual} strokeWidth={3} />
            {d.actual.points.map((p) => (
              <circle
                key={p.year}
                cx={x(p.year)}
                cy={y(p.value)}
                r={5}
                fill={p.estimate ? "white" : chartColors.actual}
                stroke={chartColors.actual}
                strokeWidth={2}
              />
            ))}
          </g>
        ) : null}
        {d.targets.length > 1 ? (
          <path
            d={path(d.targets)}
            fill="none"
            stroke={chartColors.target}
            strokeWidth={1.5}
            strokeDasharray="2 4"
          />
        ) : null}
        {d.targets.map((t) => (
          <Diamond
            key={t.year}
            cx={x(t.year)}
            cy={y(t.value)}
            r={t.isFinal ? 9 : 6}
            fill={t.isFinal ? chartColors.finalTarget : chartColors.target}
          />
        ))}
        {d.baseline ? (
          <polygon
            points={triangle(x(d.baseline.year), y(d.baseline.value), 7)}
            fill="white"
            stroke={chartColors.baseline}
            strokeWidth={2}
          />
        ) : null}
        {d.projection ? (
          <circle
            cx={x(d.projection.to.year)}
            cy={y(d.projection.to.value)}
            r={5}
            fill="white"
            stroke={chartColors.projection}
            strokeWidth={2}
          />
        ) : null}
      </svg>
      <Legend d={d} />
      <figcaption id={captionId}>{caption(name, d, years, v)}</figcaption>
    </figure>
  );
}

function Diamond({ cx, cy, r, fill }: { cx: number; cy: number; r: number; fill: string }) {
  return <polygon points={`${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`} fill={fill} />;
}

const triangle = (cx: number, cy: number, r: number) =>
  `${cx},${cy - r} ${cx + r},${cy + r * 0.8} ${cx - r},${cy + r * 0.8}`;

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg width="24" height="14" viewBox="0 0 24 14" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

function Legend({ d }: { d: IndicatorChartData }) {
  return (
    <ul className="chart-legend" aria-label="凡例">
      {d.actual ? (
        <li>
          <Swatch>
            <line x1="0" x2="24" y1="7" y2="7" stroke={chartColors.actual} strokeWidth="3" />
            <circle cx="12" cy="7" r="4" fill={chartColors.actual} />
          </Swatch>
          実績値
        </li>
      ) : null}
      {d.actual?.points.some((p) => p.estimate) ? (
        <li>
          <Swatch>
            <circle cx="12" cy="7" r="4" fill="white" stroke={chartColors.actual} strokeWidth="2" />
          </Swatch>
          見込み値
        </li>
      ) : null}
      {d.references.map((s, i) => (
        <li key={s.key}>
          <Swatch>
            <line
              x1="0"
              x2="24"
              y1="7"
              y2="7"
              stroke={REFERENCE_COLORS[i % REFERENCE_COLORS.length]}
              strokeWidth="2"
            />
            <rect x="8" y="3" width="8" height="8" fill={REFERENCE_COLORS[i % REFERENCE_COLORS.length]} />
          </Swatch>
          {s.label}
        </li>
      ))}
      {d.baseline ? (
        <li>
          <Swatch>
            <polygon points={triangle(12, 7, 5)} fill="white" stroke={chartColors.baseline} strokeWidth="2" />
          </Swatch>
          基準値
        </li>
      ) : null}
      {d.targets.some((t) => !t.isFinal) ? (
        <li>
          <Swatch>
            <Diamond cx={12} cy={7} r={5} fill={chartColors.target} />
          </Swatch>
          目標値
        </li>
      ) : null}
      {d.targets.some((t) => t.isFinal) ? (
        <li>
          <Swatch>
            <Diamond cx={12} cy={7} r={6} fill={chartColors.finalTarget} />
          </Swatch>
          最終目標値
        </li>
      ) : null}
      {d.projection ? (
        <li>
          <Swatch>
            <line
              x1="0"
              x2="24"
              y1="7"
              y2="7"
              stroke={chartColors.projection}
              strokeWidth="2"
              strokeDasharray="6 4"
            />
          </Swatch>
          実績の傾向を延ばした見込み
        </li>
      ) : null}
    </ul>
  );
}

function caption(
  name: string,
  d: IndicatorChartData,
  years: ReturnType<typeof useYears>,
  v: (n: number) => string,
): string {
  const parts: string[] = [`${name}の推移（グラフ）。`];
  const a = d.actual?.points ?? [];
  const first = a[0];
  const last = a[a.length - 1];
  const actual = (p: XY) => `${v(p.value)}${p.estimate ? "（見込み値、白抜きの点）" : ""}`;
  if (first && last && a.length > 1) {
    parts.push(
      `実績値は${years.year(first.year)}の${actual(first)}から${years.year(last.year)}の${actual(last)}。`,
    );
  } else if (last) {
    parts.push(`実績値は${years.year(last.year)}の${actual(last)}。`);
  } else {
    parts.push("実績値はまだありません。");
  }
  if (d.baseline) parts.push(`基準値は${years.year(d.baseline.year)}の${v(d.baseline.value)}。`);
  const final = d.targets.find((t) => t.isFinal) ?? d.targets[d.targets.length - 1];
  if (final) {
    parts.push(`${final.isFinal ? "最終" : ""}目標値は${years.year(final.year)}に${v(final.value)}。`);
  }
  for (const t of d.wordTargets) {
    parts.push(`${t.isFinal ? "最終" : ""}目標は${years.year(t.year)}に「${t.text}」。`);
  }
  for (const s of d.references) {
    const p = s.points[s.points.length - 1];
    if (p) parts.push(`${s.label}は${years.year(p.year)}に${v(p.value)}。`);
  }
  if (d.projection) {
    const reach =
      d.projection.reaches === null
        ? "です（目標が数値でないため、届くかどうかは判断していません）。"
        : d.projection.reaches
          ? "で、目標に届く見込みです。"
          : "で、目標に届かない見込みです。";
    parts.push(
      `実績の傾向を延ばすと${years.year(d.projection.to.year)}に${v(d.projection.to.value)}${reach}`,
    );
  }
  if (d.omitted > 0) parts.push(`複数年にわたる期間の値（${d.omitted}件）は表にのみ示しています。`);
  return parts.join("");
}
