// データの食い違い: the findings of `hyoka check`, grouped by kind, disagreements before information.
import { Stack, Table, Text, Title } from "@mantine/core";
import type { CheckResult, Finding } from "../api/types.ts";
import { useApi } from "../api.ts";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { ToneBadge } from "../components/ToneBadge.tsx";
import { groupFindings } from "../findings.ts";
import { findingKindLabel } from "../labels.ts";

export function CheckPage() {
  const state = useApi<CheckResult>("/api/check");
  return (
    <>
      <PageTitle title="データの食い違い" />
      <Text mb="lg">
        取り込んだ資料どうし、また資料と計算値とで一致しない箇所です。計画担当の確認用に、種類ごとにまとめて示します。
      </Text>
      <ApiView state={state}>{(data) => <Findings findings={data.findings} />}</ApiView>
    </>
  );
}

function Findings({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <Text>食い違いは見つかりませんでした。</Text>;
  const groups = groupFindings(findings);
  const disagreements = findings.filter((f) => f.severity === "disagreement").length;
  return (
    <Stack gap="xl">
      <nav aria-label="種類ごとの件数">
        <Text mb="xs">
          食い違い {disagreements}件、参考情報 {findings.length - disagreements}件。
        </Text>
        <ul>
          {groups.map(([kind, fs]) => (
            <li key={kind}>
              <a className="hyoka-link" href={`#finding-${kind}`}>
                {findingKindLabel(kind).title}
              </a>
              （{fs.length}件）
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([kind, fs]) => {
        const label = findingKindLabel(kind);
        return (
          <section key={kind} aria-labelledby={`finding-${kind}`}>
            <Title order={2} id={`finding-${kind}`} mb="xs">
              {label.title}（{fs.length}件）
            </Title>
            {label.description ? <Text mb="sm">{label.description}</Text> : null}
            <TableScroll label={`${label.title}の一覧`}>
              <Table captionSide="top" withTableBorder striped miw={720}>
                <Table.Caption>{label.title}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">対象</Table.Th>
                    <Table.Th scope="col">内容</Table.Th>
                    <Table.Th scope="col">種別</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {fs.map((f, i) => (
                    <Table.Tr key={i}>
                      <Table.Th scope="row">{f.subject}</Table.Th>
                      <Table.Td>{f.message}</Table.Td>
                      <Table.Td>
                        {f.severity === "disagreement" ? (
                          <ToneBadge tone="bad">食い違い</ToneBadge>
                        ) : (
                          <ToneBadge tone="none">参考</ToneBadge>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </section>
        );
      })}
    </Stack>
  );
}
