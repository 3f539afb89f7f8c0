// The value axis of a chart: horizontal grid lines with their labels, and the unit above them.
import type { Scale } from "../charts/scale.ts";
import { tickLabel } from "../charts/scale.ts";
import { chartColors } from "../theme.ts";

export function ValueAxis({
  y,
  left,
  right,
  unit,
}: {
  y: Scale;
  left: number;
  right: number;
  unit?: string;
}) {
  return (
    <>
      {y.ticks.map((t) => (
        <g key={t}>
          <line x1={left} x2={right} y1={y(t)} y2={y(t)} stroke={chartColors.grid} />
          <text
            x={left - 6}
            y={y(t)}
            textAnchor="end"
            dominantBaseline="middle"
            fontSize="12"
            fill={chartColors.axis}
          >
            {tickLabel(t)}
          </text>
        </g>
      ))}
      {unit ? (
        <text x={4} y={12} fontSize="12" fill={chartColors.axis}>
          {unit}
        </text>
      ) : null}
    </>
  );
}
