// Each plan year's 支援件数 against its target, as bars for the eye (hidden from screen readers: the table
// next to it holds the same figures), each bar labelled with its figures in text.
import type { SupportPlanYear } from "../api/types.ts";
import { formatNumber } from "../format.ts";
import { useYears } from "../year-style.tsx";

export function DeskCountsChart({ planYears }: { planYears: SupportPlanYear[] }) {
  const years = useYears();
  const max = Math.max(1, ...planYears.map((p) => Math.max(p.total, Number(p.target ?? 0))));
  const pct = (n: number) => `${(n / max) * 100}%`;
  return (
    <ul className="desk-chart" aria-hidden="true">
      {planYears.map((p) => (
        <li key={p.from}>
          <span className="desk-chart-label">{years.span(p)}</span>
          <span className="desk-chart-track">
            <span className="desk-chart-bar" style={{ width: pct(p.total) }} />
            {p.target !== null ? (
              <span className="desk-chart-target" style={{ left: pct(Number(p.target)) }} />
            ) : null}
          </span>
          <span className="desk-chart-figures">
            {p.total}件{p.target !== null ? `／目標 ${formatNumber(p.target)}件` : ""}
          </span>
        </li>
      ))}
    </ul>
  );
}
