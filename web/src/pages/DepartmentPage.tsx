// A department: every node and program it is responsible for.
import { Stack, Table, Text, Title } from "@mantine/core";
import { useParams } from "react-router";
import type { DepartmentDetail } from "../api/types.ts";
import { useApi } from "../api.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { NONE, formatAmount, sumAmounts } from "../format.ts";
import { useYears } from "../year-style.tsx";

export function DepartmentPage() {
  const { id = "" } = useParams();
  const state = useApi<DepartmentDetail>(`/api/departments/${encodeURIComponent(id)}`);
  return (
    <ApiView state={state} page>
      {(data) => <DepartmentView data={data} />}
    </ApiView>
  );
}

function DepartmentView({ data }: { data: DepartmentDetail }) {
  const years = useYears();
  const { department, nodes, programs } = data;
  const byYear = new Map<string, number[]>();
  for (const p of programs) {
    if (!p.budget) continue;
    const key = `${years.fiscal(p.budget.fiscalYear)} ${p.budget.kind}`;
    byYear.set(key, [...(byYear.get(key) ?? []), p.budget.amount]);
  }
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "ホーム", to: paths.home() },
          { label: "部局", to: paths.departments() },
          { label: department.name },
        ]}
      />
      <PageTitle title={department.name} />
      <Stack gap="xl">
        <section aria-labelledby="dept-nodes">
          <Title order={2} id="dept-nodes" mb="sm">
            担当する施策等（{nodes.length}件）
          </Title>
          {nodes.length === 0 ? (
            <Text>担当する施策等はありません。</Text>
          ) : (
            <TableScroll label="担当する施策等の一覧">
              <Table captionSide="top" withTableBorder striped miw={720}>
                <Table.Caption>{department.name}が担当する施策等</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">施策等</Table.Th>
                    <Table.Th scope="col">階層</Table.Th>
                    <Table.Th scope="col">計画</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {nodes.map((n) => (
                    <Table.Tr key={n.id}>
                      <Table.Th scope="row">
                        <AppLink to={paths.node(n.id)}>
                          {n.code ? `${n.code} ` : ""}
                          {n.name}
                        </AppLink>
                      </Table.Th>
                      <Table.Td>{n.level}</Table.Td>
                      <Table.Td>
                        <AppLink to={paths.plan(n.planKey)}>{n.planName}</AppLink>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )}
        </section>
        <section aria-labelledby="dept-programs">
          <Title order={2} id="dept-programs" mb="sm">
            担当する事業（{programs.length}件）
          </Title>
          {programs.length === 0 ? (
            <Text>担当する事業はありません。</Text>
          ) : (
            <TableScroll label="担当する事業の一覧">
              <Table captionSide="top" withTableBorder striped miw={720}>
                <Table.Caption>{department.name}が担当する事業</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">コード</Table.Th>
                    <Table.Th scope="col">事業名</Table.Th>
                    <Table.Th scope="col">年度・区分</Table.Th>
                    <Table.Th scope="col" className="num">
                      金額
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {programs.map((p) => (
                    <Table.Tr key={p.id}>
                      <Table.Td>{p.code ?? NONE}</Table.Td>
                      <Table.Th scope="row">
                        <AppLink to={paths.program(p.id)}>{p.name}</AppLink>
                      </Table.Th>
                      <Table.Td>
                        {p.budget ? `${years.fiscal(p.budget.fiscalYear)} ${p.budget.kind}` : NONE}
                      </Table.Td>
                      <Table.Td className="num">{formatAmount(p.budget?.amount)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                {byYear.size > 0 ? (
                  <Table.Tfoot>
                    {[...byYear].map(([key, amounts]) => (
                      <Table.Tr key={key}>
                        <Table.Th scope="row" colSpan={3}>
                          合計（{key}、{amounts.length}事業）
                        </Table.Th>
                        <Table.Td className="num">{formatAmount(sumAmounts(amounts))}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tfoot>
                ) : null}
              </Table>
            </TableScroll>
          )}
        </section>
      </Stack>
    </>
  );
}
