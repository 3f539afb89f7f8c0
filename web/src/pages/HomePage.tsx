// Home: every plan with its indicators by grade (or rate band), its budget by year, and the measures
// furthest behind.
import { Card, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { Overview, PlanSummary } from "../api/types.ts";
import { useApi } from "../api.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { BudgetChart } from "../components/BudgetChart.tsx";
import { BudgetTable } from "../components/BudgetTable.tsx";
import { Distribution } from "../components/Distribution.tsx";
import { Downloads } from "../components/Downloads.tsx";
import { InfoList } from "../components/InfoList.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { ProvisionalCount, ProvisionalNote, Rate } from "../components/Provisional.tsx";
import { formatCount } from "../format.ts";
import { planDistribution } from "../plan-summary.ts";
import { useYears } from "../year-style.tsx";

export function HomePage() {
  const state = useApi<Overview>("/api/overview");
  return (
    <>
      <PageTitle title="計画の一覧" />
      <Text mb="lg">
        取り込んだ計画ごとに、成果指標の判定（達成率の区分）、年度別の予算額、進捗の遅れている指標を示します。
        率と判定は各計画の評価ルールで計算した値です。「未集計」は実績値がまだなく率を計算できない指標です。
      </Text>
      <ApiView state={state}>
        {(data) =>
          data.plans.length === 0 ? (
            <Text>計画はまだ取り込まれていません。</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              {data.plans.map((p) => (
                <PlanCard key={p.key} plan={p} />
              ))}
            </SimpleGrid>
          )
        }
      </ApiView>
      <Downloads openData />
    </>
  );
}

function PlanCard({ plan }: { plan: PlanSummary }) {
  const years = useYears();
  const dist = planDistribution(plan);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={`plan-${plan.key}`}>
      <Stack gap="md">
        <Title order={2} size="h3" id={`plan-${plan.key}`}>
          <AppLink to={paths.plan(plan.key)}>{plan.name}</AppLink>
        </Title>
        <InfoList
          items={[
            ["策定主体", plan.organization],
            ["計画期間", plan.period ? years.span(plan.period) : "－"],
            ["評価ルール", plan.ruleProfileName],
            [
              "件数",
              `指標 ${formatCount(plan.indicatorCount)}件・施策等 ${formatCount(plan.nodeCount)}件・事業 ${formatCount(plan.programCount)}件`,
            ],
          ]}
        />
        <section>
          <Title order={3} size="h4" mb="xs">
            {dist.title}
          </Title>
          <Distribution entries={dist.entries} label={`${plan.name}の${dist.title}`} />
          <ProvisionalCount count={plan.provisionalCount} />
        </section>
        <section>
          <Title order={3} size="h4" mb="xs">
            予算額（年度別）
          </Title>
          {plan.budgetByYear.length === 0 ? (
            <Text>予算額の記載はありません。</Text>
          ) : (
            <>
              {new Set(plan.budgetByYear.map((b) => b.fiscalYear)).size > 1 ? (
                <BudgetChart bars={plan.budgetByYear} title={`${plan.name}の予算額`} />
              ) : null}
              <BudgetTable bars={plan.budgetByYear} caption={`${plan.name}の予算額（再掲を除く）`} />
            </>
          )}
        </section>
        <section>
          <Title order={3} size="h4" mb="xs">
            進捗の遅れている指標
          </Title>
          {plan.behind.length === 0 ? (
            <Text>率を計算できた指標はまだありません。</Text>
          ) : (
            <ol className="behind-list">
              {plan.behind.map((b) => (
                <li key={`${b.nodeId}-${b.indicatorId}`}>
                  <AppLink to={paths.indicator(b.indicatorId)}>{b.indicator}</AppLink>{" "}
                  <strong>
                    <Rate rate={b.rate} provisional={b.provisional} />
                  </strong>
                  <br />
                  <Text component="span" size="xs">
                    施策等:{" "}
                    <AppLink to={paths.node(b.nodeId)}>
                      {b.nodeCode ? `${b.nodeCode} ` : ""}
                      {b.nodeName}
                    </AppLink>
                  </Text>
                </li>
              ))}
            </ol>
          )}
          <ProvisionalNote shown={plan.behind.some((b) => b.provisional)} />
        </section>
      </Stack>
    </Card>
  );
}
