// Budgets by fiscal year as grouped bars (one colour per kind: 当初予算, 決算見込額 …). The figure is an
// image named by its caption, which sums the figures up; the page shows the same data as a table.
import { useId } from "react";
import { linearScale } from "../charts/scale.ts";
import { formatAmount } from "../format.ts";
import { chartColors, color } from "../theme.ts";
import { useYears } from "../year-style.tsx";
import { ValueAxis } from "./ValueAxis.tsx";

export interface BudgetBar {
  fiscalYear: number;
  kind: string;
  amount: number;
}

const KIND_COLORS = [chartColors.bar, color("green", "800"), color("orange", "800"), color("purple", "700")];

const W = 640;
const H = 240;
const PAD = { left: 96, right: 16, top: 28, bottom: 36 };

export function BudgetChart({ bars, title }: { bars: BudgetBar[]; title: string }) {
  const years = useYears();
  const captionId = useId();
  if (bars.length === 0) return null;
  const yearList = [...new Set(bars.map((b) => b.fiscalYear))].sort((a, b) => a - b);
  const kinds = [...new Set(bars.map((b) => b.kind))];
  const y = linearScale([0, ...bars.map((b) => b.amount)], H - PAD.bottom, PAD.top);
  const slot = (W - PAD.left - PAD.right) / yearList.length;
  const barWidth = Math.min(48, (slot * 0.7) / kinds.length);
  const x0 = (yearIndex: number) => PAD.left + slot * yearIndex + (slot - barWidth * kinds.length) / 2;

  const summary = yearList
    .map((fy) => {
      const parts = bars
        .filter((b) => b.fiscalYear === fy)
        .map((b) => `${kinds.length > 1 ? `${b.kind} ` : ""}${formatAmount(b.amount)}`);
      return `${years.fiscal(fy)} ${parts.join("、")}`;
    })
    .join("。");

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
        <ValueAxis y={y} left={PAD.left} right={W - PAD.right} unit="千円" />
        {yearList.map((fy, i) => (
          <g key={fy}>
            {kinds.map((kind, k) => {
              const b = bars.find((bar) => bar.fiscalYear === fy && bar.kind === kind);
              if (!b) return null;
              const top = y(Math.max(0, b.amount));
              const bottom = y(Math.min(0, b.amount));
              return (
                <rect
                  key={kind}
                  x={x0(i) + k * barWidth}
                  y={top}
                  width={barWidth - 2}
                  height={Math.max(1, bottom - top)}
                  fill={KIND_COLORS[k % KIND_COLORS.length]}
                />
              );
            })}
            <text
              x={PAD.left + slot * i + slot / 2}
              y={H - PAD.bottom + 18}
              textAnchor="middle"
              fontSize="12"
              fill={chartColors.axis}
            >
              {years.short(fy)}
            </text>
          </g>
        ))}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke={chartColors.axis} />
      </svg>
      {kinds.length > 1 ? (
        <ul className="chart-legend" aria-label="凡例">
          {kinds.map((kind, k) => (
            <li key={kind}>
              <svg width="14" height="14" aria-hidden="true" focusable="false">
                <rect width="14" height="14" fill={KIND_COLORS[k % KIND_COLORS.length]} />
              </svg>
              {kind}
            </li>
          ))}
        </ul>
      ) : null}
      <figcaption id={captionId}>
        {title}（グラフ）: {summary}。
      </figcaption>
    </figure>
  );
}
