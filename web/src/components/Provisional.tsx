// A rate or grade computed on an estimate (見込み値) is provisional: 「82.8%（暫定）」, with the reason on
// hover and touch, and in a footnote under the table; the estimate itself reads 「300（見込み値）」.
import { Text, Tooltip } from "@mantine/core";
import { PROVISIONAL_LABEL, PROVISIONAL_TEXT as PROVISIONAL_NOTE } from "../../../src/domain/evaluate.ts";
import { formatRate } from "../format.ts";

/** 「（暫定）」 after a rate or grade that rests on an estimate; nothing otherwise. */
export function ProvisionalMark({ provisional }: { provisional: boolean | undefined }) {
  if (!provisional) return null;
  return (
    // Hover and touch show the reason; the footnote under the table says it for everyone.
    <Tooltip label={PROVISIONAL_NOTE} events={{ hover: true, focus: false, touch: true }}>
      <span className="provisional">（{PROVISIONAL_LABEL}）</span>
    </Tooltip>
  );
}

/** A rate as the profile rounded it, marked when it rests on an estimate. */
export function Rate({ rate, provisional }: { rate: string | null | undefined; provisional?: boolean }) {
  return (
    <>
      {formatRate(rate)}
      <ProvisionalMark provisional={provisional === true && rate !== null && rate !== undefined} />
    </>
  );
}

/** Under a distribution of grades or rate bands: how many of them rest on an estimate. */
export function ProvisionalCount({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <Text size="xs" mt={4}>
      うち{count}件は{PROVISIONAL_NOTE}です。
    </Text>
  );
}

/** The footnote under a table or list that shows a provisional figure. */
export function ProvisionalNote({ shown }: { shown: boolean }) {
  if (!shown) return null;
  return (
    <Text size="xs" mt={4}>
      （{PROVISIONAL_LABEL}）: {PROVISIONAL_NOTE}。確定した実績値が入ると計算し直します。
    </Text>
  );
}
