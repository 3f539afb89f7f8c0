// A judgement (総合判定: 順調, 概ね順調, やや遅れている, 遅れている), in the same tones as the grades.
import { judgementTone } from "../grades.ts";
import { ToneBadge } from "./ToneBadge.tsx";

export function JudgementBadge({ judgement }: { judgement: string | null | undefined }) {
  if (!judgement) {
    return (
      <ToneBadge tone="none" title="判定なし">
        －
      </ToneBadge>
    );
  }
  return <ToneBadge tone={judgementTone(judgement)}>{judgement}</ToneBadge>;
}
