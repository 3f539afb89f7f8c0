// The plan's support desk in figures, public: each plan year's 支援件数 (新規 + 継続) against its target,
// and, for a chosen fiscal year, the quarters' counts by organization, field and 新規 / 継続. Counts only:
// no company and no case is named here (docs/support-desk.md).
import { NativeSelect, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import type {
  SupportDeskReference,
  SupportPlanYear,
  SupportPlanYearCounts,
  SupportQuarterlyCounts,
} from "../api/types.ts";
import { useApi } from "../api.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { Section } from "../components/Section.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { DeskCountsChart } from "../desk/DeskCountsChart.tsx";
import {
  CASE_STATUS_LABELS,
  QUARTER_MONTHS,
  QUARTERS,
  deskApiPath,
  fieldLabel,
  fiscalYearOf,
  organizationName,
} from "../desk/desk.ts";
import { formatNumber } from "../format.ts";
import { useSession } from "../session.tsx";
import { useYears } from "../year-style.tsx";

export function DeskSummaryPage() {
  const { key = "" } = useParams();
  const desk = useApi<SupportDeskReference>(deskApiPath(key));
  const counts = useApi<SupportPlanYearCounts>(`${deskApiPath(key)}/counts`);
  return (
    <ApiView state={desk} page>
      {(d) => (
        <>
          <Breadcrumbs
            items={[
              { label: "ホーム", to: paths.home() },
              { label: d.plan.name, to: paths.plan(d.plan.key) },
              { label: "相談窓口の支援件数" },
            ]}
          />
          <PageTitle title={`${d.plan.name}の相談窓口の支援件数`} />
          <Stack gap="xl">
            <DeskIntro desk={d} />
            <ApiView state={counts}>
              {(c) => (
                <>
                  <PlanYears planYears={c.planYears} />
                  <Quarters desk={d} planYears={c.planYears} />
                </>
              )}
            </ApiView>
          </Stack>
        </>
      )}
    </ApiView>
  );
}

function DeskIntro({ desk }: { desk: SupportDeskReference }) {
  const session = useSession();
  return (
    <Stack gap="xs">
      <Text>
        支援件数は、計画年度ごとに支援を受けた企業の数（新規と継続の合計）です。
        {desk.center ? `相談の窓口は${desk.center.shortName ?? desk.center.name}です。` : ""}
      </Text>
      {session.me ? (
        <AppLink to={paths.deskCases(desk.plan.key)}>相談案件の一覧（窓口の利用者）</AppLink>
      ) : null}
    </Stack>
  );
}

function PlanYears({ planYears }: { planYears: SupportPlanYear[] }) {
  const years = useYears();
  return (
    <Section id="desk-plan-years" title="計画年度ごとの支援件数">
      <DeskCountsChart planYears={planYears} />
      <TableScroll label="計画年度ごとの支援件数">
        <Table captionSide="top" striped withTableBorder>
          <Table.Caption>計画年度ごとの支援件数と目標（件）</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">計画年度</Table.Th>
              <Table.Th scope="col" className="num">
                目標
              </Table.Th>
              <Table.Th scope="col" className="num">
                新規
              </Table.Th>
              <Table.Th scope="col" className="num">
                継続
              </Table.Th>
              <Table.Th scope="col" className="num">
                支援件数（合計）
              </Table.Th>
              <Table.Th scope="col" className="num">
                フォローアップ未実施
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {planYears.map((p) => (
              <Table.Tr key={p.from}>
                <Table.Th scope="row" className="nowrap">
                  {years.span(p)}
                </Table.Th>
                <Table.Td className="num">{p.target === null ? "－" : formatNumber(p.target)}</Table.Td>
                <Table.Td className="num">{p.new}</Table.Td>
                <Table.Td className="num">{p.followUp}</Table.Td>
                <Table.Td className="num">{p.total}</Table.Td>
                <Table.Td className="num">{p.lapsed}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Section>
  );
}

/** The fiscal years the plan years cover, and the one shown first: this year, or the nearest. */
function fiscalYears(planYears: SupportPlanYear[]): { list: number[]; first: number } {
  const list = planYears.flatMap((p) => Array.from({ length: p.to - p.from + 1 }, (_, i) => p.from + i));
  const now = fiscalYearOf();
  const first = list.includes(now) ? now : (list.filter((y) => y < now).at(-1) ?? list[0] ?? now);
  return { list, first };
}

function Quarters({ desk, planYears }: { desk: SupportDeskReference; planYears: SupportPlanYear[] }) {
  const years = useYears();
  const { list, first } = fiscalYears(planYears);
  const [fiscalYear, setFiscalYear] = useState(first);
  const quarters = useApi<SupportQuarterlyCounts>(
    `${deskApiPath(desk.plan.key)}/quarters?fiscalYear=${fiscalYear}`,
  );
  return (
    <Section id="desk-quarters" title="四半期ごとの件数">
      <NativeSelect
        label="年度"
        value={String(fiscalYear)}
        onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
        data={list.map((y) => ({ value: String(y), label: years.fiscal(y) }))}
        maw="16rem"
        mb="md"
      />
      <ApiView state={quarters}>
        {(q) => (
          <QuarterTable
            desk={desk}
            data={q}
            caption={`${years.fiscal(fiscalYear)}の四半期ごとの件数（件）`}
          />
        )}
      </ApiView>
    </Section>
  );
}

const STATUSES = ["new", "follow-up"] as const;

function QuarterTable({
  desk,
  data,
  caption,
}: {
  desk: SupportDeskReference;
  data: SupportQuarterlyCounts;
  caption: string;
}) {
  const rows = desk.organizations.flatMap((o) =>
    desk.choices.fields
      .map((f) => ({ org: o, field: f.value }))
      .filter((r) => data.cells.some((c) => c.organizationId === r.org.id && c.field === r.field)),
  );
  const count = (orgId: number, field: string, quarter: number, status: string) =>
    data.cells.find(
      (c) => c.organizationId === orgId && c.field === field && c.quarter === quarter && c.status === status,
    )?.cases ?? 0;
  if (rows.length === 0) return <Text>この年度の支援の記録はありません。</Text>;
  return (
    <>
      <TableScroll label={caption}>
        <Table captionSide="top" striped withTableBorder withColumnBorders>
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" rowSpan={2}>
                支援機関
              </Table.Th>
              <Table.Th scope="col" rowSpan={2}>
                事業分野
              </Table.Th>
              {QUARTERS.map((qt) => (
                <Table.Th key={qt} scope="colgroup" colSpan={2}>
                  第{qt}四半期（{QUARTER_MONTHS[qt - 1]}）
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {QUARTERS.flatMap((qt) =>
                STATUSES.map((s) => (
                  <Table.Th key={`${qt}-${s}`} scope="col" className="num">
                    {CASE_STATUS_LABELS[s]}
                  </Table.Th>
                )),
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ org, field }) => (
              <Table.Tr key={`${org.id}-${field}`}>
                <Table.Th scope="row" className="nowrap">
                  {org.shortName ?? org.name}
                </Table.Th>
                <Table.Td className="nowrap">{fieldLabel(desk.choices, field)}</Table.Td>
                {QUARTERS.flatMap((qt) =>
                  STATUSES.map((s) => (
                    <Table.Td key={`${qt}-${s}`} className="num">
                      {count(org.id, field, qt, s)}
                    </Table.Td>
                  )),
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Confirmations desk={desk} data={data} />
    </>
  );
}

function Confirmations({ desk, data }: { desk: SupportDeskReference; data: SupportQuarterlyCounts }) {
  if (data.confirmations.length === 0)
    return <Text mt="sm">この年度に確定した四半期はありません（件数は変わることがあります）。</Text>;
  return (
    <>
      <Text mt="sm">確定した四半期（その機関の件数は変わりません）:</Text>
      <ul>
        {data.confirmations.map((c) => (
          <li key={`${c.organizationId}-${c.quarter}`}>
            {organizationName(desk, c.organizationId)} 第{c.quarter}四半期
          </li>
        ))}
      </ul>
    </>
  );
}
