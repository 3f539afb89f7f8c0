// A plan: its facts, texts, indicators by grade, budget by year, and the tree of its nodes.
import { Stack, Text, Title } from "@mantine/core";
import { useParams } from "react-router";
import type { PlanDetail, SupportDeskReference } from "../api/types.ts";
import { useApi } from "../api.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { Downloads } from "../components/Downloads.tsx";
import { BudgetTable } from "../components/BudgetTable.tsx";
import { Distribution } from "../components/Distribution.tsx";
import { InfoList } from "../components/InfoList.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { PlanTree } from "../components/PlanTree.tsx";
import { ProvisionalCount } from "../components/Provisional.tsx";
import { TextSections } from "../components/TextSections.tsx";
import { deskApiPath } from "../desk/desk.ts";
import { formatCount } from "../format.ts";
import { planDistribution } from "../plan-summary.ts";
import { useYears } from "../year-style.tsx";

export function PlanPage() {
  const { key = "" } = useParams();
  const state = useApi<PlanDetail>(`/api/plans/${encodeURIComponent(key)}`);
  return (
    <ApiView state={state} page>
      {(data) => <PlanView key={data.plan.key} data={data} />}
    </ApiView>
  );
}

function PlanView({ data }: { data: PlanDetail }) {
  const { plan, nodes } = data;
  const years = useYears();
  const dist = planDistribution(plan);
  const hasTexts = Object.values(plan.texts).some((t) => t.trim() !== "");
  return (
    <>
      <Breadcrumbs items={[{ label: "ホーム", to: paths.home() }, { label: plan.name }]} />
      <PageTitle title={plan.name} />
      <Stack gap="xl">
        <InfoList
          items={[
            ["策定主体", plan.organization],
            ["計画期間", plan.period ? years.span(plan.period) : "－"],
            ["評価ルール", plan.ruleProfileName],
            ["階層", plan.levels.join(" › ")],
            [
              "件数",
              `指標 ${formatCount(plan.indicatorCount)}件・施策等 ${formatCount(plan.nodeCount)}件・事業 ${formatCount(plan.programCount)}件`,
            ],
          ]}
        />
        <Downloads plan={plan.key} />
        <DeskLink planKey={plan.key} />
        {hasTexts ? (
          <section aria-labelledby="plan-texts">
            <Title order={2} id="plan-texts" mb="sm">
              計画の記載
            </Title>
            <details className="plan-texts">
              <summary>{Object.keys(plan.texts).join("・")}を表示</summary>
              <TextSections texts={plan.texts} order={3} />
            </details>
          </section>
        ) : null}
        <section aria-labelledby="plan-dist">
          <Title order={2} id="plan-dist" mb="sm">
            {dist.title}
          </Title>
          <Distribution entries={dist.entries} label={`計画全体の${dist.title}`} />
          <ProvisionalCount count={plan.provisionalCount} />
        </section>
        {plan.budgetByYear.length > 0 ? (
          <section aria-labelledby="plan-budget">
            <Title order={2} id="plan-budget" mb="sm">
              予算額（年度別）
            </Title>
            <BudgetTable bars={plan.budgetByYear} caption="計画の予算額（再掲を除く）" />
          </section>
        ) : null}
        <section aria-labelledby="plan-tree">
          <Title order={2} id="plan-tree" mb="sm">
            施策の体系
          </Title>
          <Text mb="sm">
            各項目の下に、その項目と下位の項目の指標の判定、総合判定（計算値）、事業の予算額（最新年度、再掲を除く）を示します。
          </Text>
          {nodes.length === 0 ? (
            <Text>この計画には項目がありません。</Text>
          ) : (
            <PlanTree nodes={nodes} gradeLabels={plan.gradeLabels} label={`${plan.name}の施策の体系`} />
          )}
        </section>
      </Stack>
    </>
  );
}

/** The plan's support desk, when it has one (the desk's reference answers 404 otherwise). */
function DeskLink({ planKey }: { planKey: string }) {
  const desk = useApi<SupportDeskReference>(deskApiPath(planKey));
  if (desk.status !== "ok") return null;
  return (
    <section aria-labelledby="plan-desk">
      <Title order={2} id="plan-desk" mb="sm">
        支援機関の相談窓口
      </Title>
      <AppLink to={paths.desk(planKey)}>相談窓口の支援件数（計画年度・四半期ごと）</AppLink>
    </section>
  );
}
