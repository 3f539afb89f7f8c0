// A program (事業): its budgets over the years, every node it is listed under (with its 【再掲】
// listings), its department and what the documents print about it.
import { Stack, Table, Text } from "@mantine/core";
import { useParams } from "react-router";
import type { ProgramDetail } from "../../../src/server/api-types.ts";
import { useApi } from "../api.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { AttributeValue, attributeLabel } from "../components/AttributeValue.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { Downloads } from "../components/Downloads.tsx";
import { BudgetChart } from "../components/BudgetChart.tsx";
import { InfoList } from "../components/InfoList.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { programType } from "../components/ProgramTable.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { NONE, formatAmount } from "../format.ts";
import { useYears } from "../year-style.tsx";
import { Section } from "../components/Section.tsx";

export function ProgramPage() {
  const { id = "" } = useParams();
  const state = useApi<ProgramDetail>(`/api/programs/${encodeURIComponent(id)}`);
  return (
    <ApiView state={state} page>
      {(data) => <ProgramView data={data} />}
    </ApiView>
  );
}

function ProgramView({ data }: { data: ProgramDetail }) {
  const { program, budgets, links } = data;
  const attributes = Object.entries(program.attributes).filter(([k]) => k !== "type");
  const bars = budgets.filter((b) => b.standalone);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "ホーム", to: paths.home() },
          ...(program.department
            ? [{ label: program.department.name, to: paths.department(program.department.id) }]
            : []),
          { label: program.name },
        ]}
      />
      <Text size="sm" mb={4}>
        事業
      </Text>
      <PageTitle title={program.name} />
      <Stack gap="xl">
        <InfoList
          items={[
            ["コード", program.code ?? NONE],
            ["区分", programType(program)],
            [
              "担当課",
              program.department ? (
                <AppLink to={paths.department(program.department.id)}>{program.department.name}</AppLink>
              ) : (
                NONE
              ),
            ],
            ["概要", program.summary ? <span className="pre-line">{program.summary}</span> : null],
          ]}
        />

        <Downloads program={program.id} />

        <Section id="program-budgets" title="予算の推移">
          {budgets.length === 0 ? (
            <Text>予算額の記載はありません。</Text>
          ) : (
            <Stack gap="md">
              {new Set(bars.map((b) => b.fiscalYear)).size > 1 ? (
                <BudgetChart bars={bars} title={`${program.name}の予算額`} />
              ) : null}
              <BudgetsTable budgets={budgets} name={program.name} />
            </Stack>
          )}
        </Section>

        <Section id="program-links" title="掲載されている施策等">
          {links.length === 0 ? (
            <Text>この事業はどの施策等にも掲載されていません。</Text>
          ) : (
            <LinksTable links={links} />
          )}
        </Section>

        {attributes.length > 0 ? (
          <Section id="program-attributes" title="資料の記載">
            <Table withTableBorder maw={960}>
              <Table.Tbody>
                {attributes.map(([k, v]) => (
                  <Table.Tr key={k}>
                    <Table.Th scope="row" w="25%">
                      {attributeLabel(k)}
                    </Table.Th>
                    <Table.Td>
                      <AttributeValue value={v} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
        ) : null}
      </Stack>
    </>
  );
}

function BudgetsTable({ budgets, name }: { budgets: ProgramDetail["budgets"]; name: string }) {
  const years = useYears();
  return (
    <TableScroll label="予算の一覧">
      <Table captionSide="top" withTableBorder striped miw={960}>
        <Table.Caption>{name}の予算（千円）</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">年度</Table.Th>
            <Table.Th scope="col">区分</Table.Th>
            <Table.Th scope="col" className="num">
              事業費
            </Table.Th>
            <Table.Th scope="col" className="num">
              一般財源
            </Table.Th>
            <Table.Th scope="col">人工</Table.Th>
            <Table.Th scope="col" className="num">
              トータルコスト
            </Table.Th>
            <Table.Th scope="col">計上</Table.Th>
            <Table.Th scope="col">注記</Table.Th>
            <Table.Th scope="col">資料</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {budgets.map((b, i) => (
            <Table.Tr key={`${b.fiscalYear}-${b.kind}-${i}`}>
              <Table.Th scope="row">{years.fiscal(b.fiscalYear)}</Table.Th>
              <Table.Td>{b.kind}</Table.Td>
              <Table.Td className="num">{formatAmount(b.amount)}</Table.Td>
              <Table.Td className="num">{formatAmount(b.generalRevenue)}</Table.Td>
              <Table.Td>
                {b.staffTotal ??
                  (b.staffHq !== null || b.staffBranch !== null
                    ? `本庁 ${b.staffHq ?? NONE}・出先 ${b.staffBranch ?? NONE}`
                    : NONE)}
              </Table.Td>
              <Table.Td className="num">{formatAmount(b.totalCost)}</Table.Td>
              <Table.Td>{b.standalone ? "単独" : "内数・枠内（合計に含めない）"}</Table.Td>
              <Table.Td className="pre-line">{b.note ?? ""}</Table.Td>
              <Table.Td>{b.document}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function LinksTable({ links }: { links: ProgramDetail["links"] }) {
  return (
    <TableScroll label="掲載されている施策等の一覧">
      <Table captionSide="top" withTableBorder striped miw={720}>
        <Table.Caption>この事業が掲載されている施策等（【再掲】を含む）</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">施策等</Table.Th>
            <Table.Th scope="col">階層</Table.Th>
            <Table.Th scope="col">計画</Table.Th>
            <Table.Th scope="col">掲載</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {links.map((l, i) => (
            <Table.Tr key={`${l.nodeId}-${i}`}>
              <Table.Th scope="row">
                <AppLink to={paths.node(l.nodeId)}>
                  {l.nodeCode ? `${l.nodeCode} ` : ""}
                  {l.nodeName}
                </AppLink>
              </Table.Th>
              <Table.Td>{l.level}</Table.Td>
              <Table.Td>
                <AppLink to={paths.plan(l.planKey)}>{l.planName}</AppLink>
              </Table.Td>
              <Table.Td>{l.relisted ? "【再掲】" : "掲載"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
