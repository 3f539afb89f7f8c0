// A grade (指標判定 Ａ–Ｄ). Without a grade: "－" in the grey tone, with the reason as text for screen
// readers when one is given.
import { gradeTone } from "../grades.ts";
import { ToneBadge } from "./ToneBadge.tsx";

export function GradeBadge({
  grade,
  emptyLabel = "－",
}: {
  grade: string | null | undefined;
  emptyLabel?: string;
}) {
  if (!grade) {
    return (
      <ToneBadge tone="none" title="判定なし">
        {emptyLabel}
      </ToneBadge>
    );
  }
  return <ToneBadge tone={gradeTone(grade)}>{grade}</ToneBadge>;
}
