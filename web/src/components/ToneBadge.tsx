// The one look for grades and judgements: a tone colour AND the label in text (never colour alone).
import type { Tone } from "../grades.ts";

export function ToneBadge({ tone, children, title }: { tone: Tone; children: string; title?: string }) {
  return (
    <span className={`tone-badge tone-${tone}`} {...(title ? { title } : {})}>
      {children}
    </span>
  );
}
