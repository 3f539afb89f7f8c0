// The check's findings grouped by kind: kinds with disagreements first, then information, each in the
// order the labels list them.
import type { Finding } from "./api/types.ts";
import { FINDING_KIND_LABELS } from "./labels.ts";

export function groupFindings(findings: readonly Finding[]): [string, Finding[]][] {
  const order = Object.keys(FINDING_KIND_LABELS);
  const rank = (kind: string) => (order.includes(kind) ? order.indexOf(kind) : order.length);
  const groups = new Map<string, Finding[]>();
  for (const f of findings) groups.set(f.kind, [...(groups.get(f.kind) ?? []), f]);
  const severity = (fs: Finding[]) => (fs.some((f) => f.severity === "disagreement") ? 0 : 1);
  return [...groups].sort(([a, fa], [b, fb]) => severity(fa) - severity(fb) || rank(a) - rank(b));
}
