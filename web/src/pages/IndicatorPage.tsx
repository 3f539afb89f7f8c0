// An indicator: its actuals against the targets over the years (chart and table), the projection of its
// trend to the final year, where the figures come from, and every plan that uses it.
import { NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import type { IndicatorDetail, IndicatorUsage } from "../api/types.ts";
import { useApi } from "../api.ts";
import { seriesLabel } from "../charts/indicator-series.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { GradeBadge } from "../components/GradeBadge.tsx";
import { IndicatorChart } from "../components/IndicatorChart.tsx";
import { InfoList } from "../components/InfoList.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { ProvisionalMark, ProvisionalNote, Rate } from "../components/Provisional.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { ToneBadge } from "../components/ToneBadge.tsx";
import { ESTIMATE_MARK, NONE, formatActual, formatNumber, formatRate, formatValue } from "../format.ts";
import { directionLabel, targetKindLabel } from "../labels.ts";
import { useYears } from "../year-style.tsx";
import { Section } from "../components/Section.tsx";

export function IndicatorPage() {
  const { id = "" } = useParams();
  const state = useApi<IndicatorDetail>(`/api/indicators/${encodeURIComponent(id)}`);
  return (
    <ApiView state={state} page>
      {(data) => <IndicatorView key={data.indicator.id} data={data} />}
    </ApiView>
  );
}

const YEAR_BASIS: Record<string, string> = { fiscal: "年度", calendar: "暦年" };
const MEASURE: Record<string, string> = { quantitative: "定量", qualitative: "定性" };

function IndicatorView({ data }: { data: IndicatorDetail }) {
  const { indicator, series, usages } = data;
  const [usageIndex, setUsageIndex] = useState(0);
  const usage = usages[usageIndex] ?? usages[0] ?? null;
  return (
    <>
      <Breadcrumbs items={[{ label: "ホーム", to: paths.home() }, { label: indicator.name }]} />
      <PageTitle title={indicator.name} />
      <Stack gap="xl">
        <InfoList
          items={[
            ["単位", indicator.unit || NONE],
            ["望ましい方向", directionLabel(indicator.direction)],
            ["種類", MEASURE[indicator.measure] ?? indicator.measure],
            [
              "年の区切り",
              indicator.yearBasis ? (YEAR_BASIS[indicator.yearBasis] ?? indicator.yearBasis) : null,
            ],
            ["出典", indicator.source],
            ["公表時期", indicator.publication],
            [
              "設定の考え方",
              indicator.rationale ? <span className="pre-line">{indicator.rationale}</span> : null,
            ],
            ["段階", indicator.milestones?.length ? indicator.milestones.join(" → ") : null],
          ]}
        />

        <Section id="ind-chart" title="実績値と目標値の推移">
          {usages.length > 1 ? (
            <NativeSelect
              label="目標値を示す計画"
              mb="sm"
              maw={520}
              value={String(usageIndex)}
              onChange={(e) => setUsageIndex(Number(e.currentTarget.value))}
              data={usages.map((u, i) => ({
                value: String(i),
                label: `${u.plan}（${u.nodeCode ?? u.nodeName}）`,
              }))}
            />
          ) : null}
          <IndicatorChart series={series} usage={usage} unit={indicator.unit} name={indicator.name} />
        </Section>

        <Section id="ind-values" title="実績値等の一覧">
          <SeriesTable data={data} />
        </Section>

        <Section id="ind-usages" title="この指標を使う計画">
          <Stack gap="lg">
            {usages.length === 0 ? <Text>この指標を使う計画はありません。</Text> : null}
            {usages.map((u) => (
              <UsageView key={u.usageId} usage={u} unit={indicator.unit} />
            ))}
          </Stack>
        </Section>
      </Stack>
    </>
  );
}

function SeriesTable({ data }: { data: IndicatorDetail }) {
  const years = useYears();
  const { series, indicator } = data;
  if (series.length === 0) return <Text>実績値はまだ記録されていません。</Text>;
  return (
    <TableScroll label="実績値等の一覧">
      <Table captionSide="top" withTableBorder striped miw={800}>
        <Table.Caption>
          {indicator.name}の実績値等{indicator.unit ? `（単位: ${indicator.unit}）` : ""}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">年</Table.Th>
            <Table.Th scope="col">系列</Table.Th>
            <Table.Th scope="col" className="num">
              値
            </Table.Th>
            <Table.Th scope="col">状況</Table.Th>
            <Table.Th scope="col">注記</Table.Th>
            <Table.Th scope="col">段階</Table.Th>
            <Table.Th scope="col">資料</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {series.map((p, i) => (
            <Table.Tr key={`${p.series}-${p.period.from}-${p.period.to}-${i}`}>
              <Table.Th scope="row">{years.period(p.period)}</Table.Th>
              <Table.Td>{seriesLabel(p.series)}</Table.Td>
              <Table.Td className="num">
                {formatNumber(p.value)}
                {p.estimate && p.value !== null ? ESTIMATE_MARK : ""}
              </Table.Td>
              <Table.Td>{p.status ?? ""}</Table.Td>
              <Table.Td className="pre-line">{p.note ?? ""}</Table.Td>
              <Table.Td>{p.milestone ?? ""}</Table.Td>
              <Table.Td>{p.document}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function UsageView({ usage: u, unit }: { usage: IndicatorUsage; unit: string }) {
  const years = useYears();
  const headingId = `usage-${u.usageId}`;
  return (
    <section aria-labelledby={headingId} className="usage">
      <Title order={3} id={headingId} mb="xs">
        {u.plan}
      </Title>
      <InfoList
        items={[
          [
            "施策等",
            <AppLink to={paths.node(u.nodeId)}>
              {u.nodeCode ? `${u.nodeCode} ` : ""}
              {u.nodeName}
            </AppLink>,
          ],
          ["計画での名称", u.indicator],
          [
            "基準値",
            u.baseline
              ? `${formatValue(u.baseline.value, unit)}（${years.period(u.baseline.period)}）`
              : NONE,
          ],
          [
            "実績値",
            u.actual
              ? `${formatActual(u.actual.value, unit, u.actual.estimate)}（${years.period(u.actual.period)}）`
              : NONE,
          ],
          [
            "評価に用いた目標値",
            u.target
              ? `${u.target.value !== null ? formatValue(u.target.value, unit) : targetKindLabel(u.target.kind)}（${years.period(u.target.period)}）`
              : NONE,
          ],
          [
            "達成率（計算）",
            <>
              <Rate rate={u.rate} provisional={u.provisional} />
              {u.rate === null && u.rateReason ? `（${u.rateReason}）` : ""}
            </>,
          ],
          [
            "判定（計算）",
            u.grade ? (
              <>
                <GradeBadge grade={u.grade} />
                <ProvisionalMark provisional={u.provisional} />
              </>
            ) : (
              NONE
            ),
          ],
          [
            "公表値",
            u.publishedRate || u.publishedGrade ? (
              <>
                {formatRate(u.publishedRate)}{" "}
                {u.publishedGrade ? <GradeBadge grade={u.publishedGrade} /> : null}
                {u.publishedPeriod ? `（${years.period(u.publishedPeriod)}）` : ""}
              </>
            ) : null,
          ],
          ["見通し", <Projection usage={u} unit={unit} />],
        ]}
      />
      <ProvisionalNote shown={u.provisional} />
      {u.targets.length > 0 ? (
        <Table captionSide="top" withTableBorder striped maw={720} mb="sm">
          <Table.Caption>{u.plan}での目標値</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">年</Table.Th>
              <Table.Th scope="col">種類</Table.Th>
              <Table.Th scope="col" className="num">
                目標値
              </Table.Th>
              <Table.Th scope="col">区分</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {u.targets.map((t, i) => (
              <Table.Tr key={`${t.period.from}-${t.period.to}-${i}`}>
                <Table.Th scope="row">{years.period(t.period)}</Table.Th>
                <Table.Td>{targetKindLabel(t.kind, t.label)}</Table.Td>
                <Table.Td className="num">{formatNumber(t.value)}</Table.Td>
                <Table.Td>{t.isFinal ? "最終目標" : "中間目標"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {u.analysis ? (
        <>
          <Title order={4} mb={4}>
            分析
          </Title>
          <Text className="pre-line">{u.analysis}</Text>
        </>
      ) : null}
    </section>
  );
}

function Projection({ usage, unit }: { usage: IndicatorUsage; unit: string }) {
  const years = useYears();
  const p = usage.projection;
  if (!p) return <>実績値が2年分以上そろっていないため、見通しは計算できません。</>;
  const verdict =
    p.reaches === null ? null : p.reaches ? (
      <ToneBadge tone="good">到達見込み</ToneBadge>
    ) : (
      <ToneBadge tone="bad">未達見込み</ToneBadge>
    );
  return (
    <>
      {years.year(p.fromYear)}以降の実績の傾向を延ばすと、{years.year(p.toYear)}に{formatValue(p.value, unit)}
      {p.target !== null ? `（目標 ${formatValue(p.target, unit)}）` : ""} {verdict}
    </>
  );
}
