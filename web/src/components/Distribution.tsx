// How many indicators fall in each grade (or rate band): a stacked bar for the eye, hidden from screen
// readers, and the counts written out as a list.
import type { DistributionEntry } from "../grades.ts";
import { ToneBadge } from "./ToneBadge.tsx";

export function Distribution({ entries, label }: { entries: DistributionEntry[]; label: string }) {
  const total = entries.reduce((n, e) => n + e.count, 0);
  if (total === 0) return <p className="dist-empty">指標はありません。</p>;
  return (
    <div>
      <div className="dist-bar" aria-hidden="true">
        {entries
          .filter((e) => e.count > 0)
          .map((e) => (
            <span key={e.key} className={`bar-${e.tone}`} style={{ width: `${(e.count / total) * 100}%` }} />
          ))}
      </div>
      <ul className="dist-list" aria-label={label}>
        {entries.map((e) => (
          <li key={e.key}>
            <ToneBadge tone={e.tone}>{e.label}</ToneBadge>
            <span>{e.count}件</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
