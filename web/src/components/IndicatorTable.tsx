// A measure's indicators as the 基本評価調書 lists them: baseline, target, actual, rate and grade as
// computed, and the rate and grade the document published. An actual stated as an estimate reads
// 「300（見込み値）」 and the rate and grade computed on it are marked （暫定）.
import { Table, Text } from "@mantine/core";
import type { IndicatorRecord } from "../api/types.ts";
import { ESTIMATE_MARK, NONE, formatNumber, formatRate } from "../format.ts";
import { targetKindLabel } from "../labels.ts";
import { useYears } from "../year-style.tsx";
import { AppLink, paths } from "./AppLink.tsx";
import { GradeBadge } from "./GradeBadge.tsx";
import { ProvisionalMark, ProvisionalNote, Rate } from "./Provisional.tsx";
import { TableScroll } from "./TableScroll.tsx";

export function IndicatorTable({ indicators, caption }: { indicators: IndicatorRecord[]; caption: string }) {
  const years = useYears();
  const valueWithPeriod = (
    value: string | null | undefined,
    period: Parameters<typeof years.period>[0],
    estimate = false,
  ) =>
    value === null || value === undefined ? (
      NONE
    ) : (
      <>
        {formatNumber(value)}
        {estimate ? ESTIMATE_MARK : ""}
        {period ? (
          <Text component="span" size="xs" display="block">
            {years.period(period)}
          </Text>
        ) : null}
      </>
    );
  return (
    <>
      <TableScroll label={caption}>
        <Table captionSide="top" withTableBorder withColumnBorders striped miw={960}>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">指標</Table.Th>
              <Table.Th scope="col">単位</Table.Th>
              <Table.Th scope="col" className="num">
                基準値
              </Table.Th>
              <Table.Th scope="col" className="num">
                目標値
              </Table.Th>
              <Table.Th scope="col" className="num">
                実績値
              </Table.Th>
              <Table.Th scope="col" className="num">
                達成率（計算）
              </Table.Th>
              <Table.Th scope="col">判定（計算）</Table.Th>
              <Table.Th scope="col" className="num">
                達成率（公表）
              </Table.Th>
              <Table.Th scope="col">判定（公表）</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicators.map((r) => {
              const kind = r.target && r.target.kind !== "absolute" ? targetKindLabel(r.target.kind) : "";
              return (
                <Table.Tr key={r.usageId}>
                  <Table.Th scope="row">
                    <AppLink to={paths.indicator(r.indicatorId)}>{r.indicator}</AppLink>
                    {r.direction === "decrease" ? (
                      <Text component="span" size="xs" display="block">
                        （減少が望ましい指標）
                      </Text>
                    ) : null}
                  </Table.Th>
                  <Table.Td>{r.unit || NONE}</Table.Td>
                  <Table.Td className="num">
                    {valueWithPeriod(r.baseline?.value, r.baseline?.period ?? null)}
                  </Table.Td>
                  <Table.Td className="num">
                    {r.target ? (
                      <>
                        {r.target.value !== null ? formatNumber(r.target.value) : kind || NONE}
                        {r.target.value !== null && kind ? (
                          <Text component="span" size="xs" display="block">
                            {kind}
                          </Text>
                        ) : null}
                        <Text component="span" size="xs" display="block">
                          {years.period(r.target.period)}
                        </Text>
                      </>
                    ) : (
                      NONE
                    )}
                  </Table.Td>
                  <Table.Td className="num">
                    {valueWithPeriod(r.actual?.value, r.actual?.period ?? null, r.actual?.estimate)}
                  </Table.Td>
                  <Table.Td className="num">
                    <Rate rate={r.rate} provisional={r.provisional} />
                    {r.rate === null && r.rateReason ? (
                      <Text component="span" size="xs" display="block" style={{ whiteSpace: "normal" }}>
                        {r.rateReason}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <GradeBadge grade={r.grade} />
                    <ProvisionalMark provisional={r.provisional && r.grade !== null} />
                  </Table.Td>
                  <Table.Td className="num">
                    {formatRate(r.publishedRate)}
                    {r.publishedPeriod ? (
                      <Text component="span" size="xs" display="block">
                        {years.period(r.publishedPeriod)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{r.publishedGrade ? <GradeBadge grade={r.publishedGrade} /> : NONE}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ProvisionalNote shown={indicators.some((r) => r.provisional)} />
    </>
  );
}
