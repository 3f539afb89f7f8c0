// A measure (施策) or any node of a plan: everything its 基本評価調書 shows — texts, indicators, the
// evaluation (連携状況, 緊急性・優先性, 総合判定, 二次政策評価, 対応方針) and its programs.
import { MARK_TEXTS } from "../../../src/domain/cycle-form.ts";
import { Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import type { NodeDetail } from "../api/types.ts";
import { useApi } from "../api.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { Downloads } from "../components/Downloads.tsx";
import { EditionsLink } from "../components/EditionsLink.tsx";
import { GradeBadge } from "../components/GradeBadge.tsx";
import { ProvisionalMark } from "../components/Provisional.tsx";
import { IndicatorTable } from "../components/IndicatorTable.tsx";
import { InfoList } from "../components/InfoList.tsx";
import { JudgementBadge } from "../components/JudgementBadge.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { PrintedTotals, ProgramTable } from "../components/ProgramTable.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { TextSections } from "../components/TextSections.tsx";
import { NONE } from "../format.ts";
import { useYears } from "../year-style.tsx";
import { Section } from "../components/Section.tsx";

const nodeTitle = (n: { code: string | null; name: string }) => `${n.code ? `${n.code} ` : ""}${n.name}`;

export function NodePage() {
  const { id = "" } = useParams();
  const state = useApi<NodeDetail>(`/api/nodes/${encodeURIComponent(id)}`);
  return (
    <ApiView state={state} page>
      {(data) => <NodeView data={data} />}
    </ApiView>
  );
}

function NodeView({ data }: { data: NodeDetail }) {
  const { node, plan, ancestors, children, evaluation } = data;
  const title = nodeTitle(node);
  const years = useYears();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "ホーム", to: paths.home() },
          { label: plan.name, to: paths.plan(plan.key) },
          ...ancestors.map((a) => ({ label: nodeTitle(a), to: paths.node(a.id) })),
          { label: title },
        ]}
      />
      <Text size="sm" mb={4}>
        {plan.name}の{node.level}
      </Text>
      <PageTitle title={title} />
      <Stack gap="xl">
        <InfoList
          items={[
            ["計画", <AppLink to={paths.plan(plan.key)}>{plan.name}</AppLink>],
            ["コード", node.code ?? NONE],
            [
              "担当",
              node.departments.length ? (
                <CommaList
                  items={node.departments.map((d) => (
                    <AppLink to={paths.department(d.id)}>{d.name}</AppLink>
                  ))}
                />
              ) : (
                NONE
              ),
            ],
            ["関連する計画", data.planLinks.length ? data.planLinks.join("、") : null],
            [
              "下位の項目",
              children.length ? (
                <CommaList
                  items={children.map((c) => (
                    <AppLink to={paths.node(c.id)}>{nodeTitle(c)}</AppLink>
                  ))}
                />
              ) : null,
            ],
          ]}
        />

        <Downloads node={node.id} />
        <EditionsLink node={node.id} />

        <Section
          id="node-judgement"
          title={evaluation ? `評価（${years.fiscal(evaluation.evaluationYear)}）` : "評価"}
        >
          <Judgements data={data} />
        </Section>

        {Object.keys(node.texts).length > 0 ? (
          <Section id="node-texts" title="施策の内容">
            <TextSections texts={node.texts} order={3} />
          </Section>
        ) : null}

        {data.activities.length > 0 ? (
          <Section id="node-activities" title="活動の実績">
            <ActivityTable activities={data.activities} caption={`${title}の活動の実績`} />
          </Section>
        ) : null}

        <Section id="node-indicators" title="成果指標">
          {data.indicators.length === 0 ? (
            <Text>この項目には成果指標がありません。</Text>
          ) : (
            <IndicatorTable indicators={data.indicators} caption={`${title}の成果指標`} />
          )}
        </Section>

        {evaluation ? (
          <Section id="node-evaluation" title="評価の内容">
            <EvaluationTexts evaluation={evaluation} />
          </Section>
        ) : null}

        <Section id="node-programs" title="事務事業">
          {data.programs.length === 0 ? (
            <Text>この項目に掲載された事業はありません。</Text>
          ) : (
            <Stack gap="md">
              <ProgramTable programs={data.programs} caption={`${title}の事務事業`} />
              <PrintedTotals totals={data.totals} />
            </Stack>
          )}
        </Section>
      </Stack>
    </>
  );
}

function CommaList({ items }: { items: ReactNode[] }) {
  return (
    <>
      {items.map((item, i) => (
        <span key={i}>
          {i > 0 ? "、" : ""}
          {item}
        </span>
      ))}
    </>
  );
}

function Judgements({ data }: { data: NodeDetail }) {
  const { evaluation, computed } = data;
  if (!evaluation && !computed.grade && !computed.judgement) {
    return <Text>この項目の評価は記載されていません。</Text>;
  }
  return (
    <Table captionSide="top" withTableBorder maw={720}>
      <Table.Caption>指標判定と総合判定（調書の記載と、指標から計算した値）</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">項目</Table.Th>
          <Table.Th scope="col">調書の記載</Table.Th>
          <Table.Th scope="col">計算値</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row">指標判定</Table.Th>
          <Table.Td>
            {evaluation?.indicatorGrade ? <GradeBadge grade={evaluation.indicatorGrade} /> : NONE}
          </Table.Td>
          <Table.Td>
            <GradeBadge grade={computed.grade} />
            <ProvisionalMark provisional={computed.provisional && computed.grade !== null} />
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row">総合判定</Table.Th>
          <Table.Td>
            {evaluation?.overallJudgement ? <JudgementBadge judgement={evaluation.overallJudgement} /> : NONE}
          </Table.Td>
          <Table.Td>
            <JudgementBadge judgement={computed.judgement} />
            <ProvisionalMark provisional={computed.provisional && computed.judgement !== null} />
          </Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/**
 * The activities counted in the measure's texts (「(R4:22回、R3:20回)」), a row each, a column a year:
 * the counts the documents printed and those the yearly cycle published since.
 */
function ActivityTable({ activities, caption }: { activities: NodeDetail["activities"]; caption: string }) {
  const years = useYears();
  const columns = [...new Set(activities.flatMap((a) => a.counts.map((c) => c.fiscalYear)))].sort(
    (a, b) => a - b,
  );
  return (
    <TableScroll label={caption}>
      <Table withTableBorder captionSide="top" miw={480 + columns.length * 72}>
        <Table.Caption>調書の本文の括弧内に記載された回数・件数など（年度ごと）</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">活動</Table.Th>
            <Table.Th scope="col">記載箇所</Table.Th>
            {columns.map((y) => (
              <Table.Th scope="col" key={y} ta="right" style={{ whiteSpace: "nowrap" }}>
                {years.fiscal(y)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Th scope="row" fw="normal" miw={220}>
                {a.label}
              </Table.Th>
              <Table.Td style={{ whiteSpace: "nowrap" }}>{a.section}</Table.Td>
              {columns.map((y) => {
                const c = a.counts.find((x) => x.fiscalYear === y);
                return (
                  <Table.Td key={y} ta="right" style={{ whiteSpace: "nowrap" }}>
                    {c ? (
                      <>
                        {c.qualifier ? <Text span size="xs">{`${c.qualifier} `}</Text> : null}
                        {`${c.value}${a.unit}`}
                      </>
                    ) : (
                      NONE
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

const USED_TEXT_KEYS: readonly string[] = Object.values(MARK_TEXTS);

function EvaluationTexts({ evaluation }: { evaluation: NonNullable<NodeDetail["evaluation"]> }) {
  const t = evaluation.texts;
  const blocks: [string, string | null, string | undefined][] = [
    ["連携状況", evaluation.coordination, t[MARK_TEXTS.coordination]],
    ["緊急性・優先性", evaluation.urgencyPriority, t[MARK_TEXTS.urgency]],
    ["二次政策評価", evaluation.secondaryEvaluation, undefined],
    ["対応方針", evaluation.responsePolicy, undefined],
  ];
  const others = Object.entries(t).filter(([k]) => !USED_TEXT_KEYS.includes(k));
  return (
    <Stack gap="md">
      {blocks.map(([heading, body, mark]) => (
        <section key={heading}>
          <Title order={3} size="h4" mb={4}>
            {heading}
          </Title>
          {mark ? <Text fw={700}>判定: {mark}</Text> : null}
          <Text className="pre-line">{body?.trim() ? body : "記載なし"}</Text>
        </section>
      ))}
      {others.length ? (
        <section>
          <Title order={3} size="h4" mb={4}>
            その他の記載
          </Title>
          <Table withTableBorder maw={800}>
            <Table.Tbody>
              {others.map(([k, v]) => (
                <Table.Tr key={k}>
                  <Table.Th scope="row" w="30%">
                    {k}
                  </Table.Th>
                  <Table.Td className="pre-line">{v}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      ) : null}
    </Stack>
  );
}
