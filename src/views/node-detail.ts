// A measure (施策) or any node: what its 基本評価調書 shows.
import type { Kysely } from "kysely";
import { judgeMeasure } from "../domain/evaluate.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Database } from "../db/schema.ts";
import { totalAgrees } from "../evaluation/check.ts";
import { gradedOnEstimate, indicatorRecords } from "../evaluation/indicator-records.ts";
import type { NodeDetail, NodeProgram } from "../server/schemas/read.ts";
import { activitySeries } from "./activity-series.ts";
import { budgetFigures, parseJson, planDocuments } from "./common.ts";

export async function nodeDetail(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  id: number,
): Promise<NodeDetail | null> {
  const node = await db
    .selectFrom("policy_nodes as n")
    .innerJoin("plans as p", "p.id", "n.plan_id")
    .select([
      "n.id",
      "n.key",
      "n.level",
      "n.code",
      "n.name",
      "n.texts",
      "n.parent_id",
      "p.key as planKey",
      "p.name as planName",
      "p.rule_profile",
    ])
    .where("n.id", "=", id)
    .executeTakeFirst();
  if (!node) return null;

  const ancestors: NodeDetail["ancestors"] = [];
  for (let parent = node.parent_id; parent !== null;) {
    const a = await db
      .selectFrom("policy_nodes")
      .select(["id", "level", "code", "name", "parent_id"])
      .where("id", "=", parent)
      .executeTakeFirstOrThrow();
    ancestors.unshift({ id: a.id, level: a.level, code: a.code, name: a.name });
    parent = a.parent_id;
  }
  const [children, departments, planLinks, evaluation, programs, totals, indicators] = await Promise.all([
    db
      .selectFrom("policy_nodes")
      .select(["id", "level", "code", "name"])
      .where("parent_id", "=", id)
      .orderBy("sort_order")
      .execute(),
    db
      .selectFrom("node_departments as nd")
      .innerJoin("departments as d", "d.id", "nd.department_id")
      .select(["d.id", "d.name"])
      .where("nd.node_id", "=", id)
      .orderBy("nd.sort_order")
      .orderBy("d.id")
      .execute(),
    db.selectFrom("plan_links").select("linked_plan").where("node_id", "=", id).orderBy("id").execute(),
    db
      .selectFrom("node_evaluations")
      .selectAll()
      .where("node_id", "=", id)
      .orderBy("evaluation_year", "desc")
      .executeTakeFirst(),
    nodePrograms(db, id),
    db
      .selectFrom("printed_totals")
      .select(["label", "printed", "sum_of_rows", "tolerance"])
      .where("scope_key", "=", node.key)
      .orderBy("id")
      .execute(),
    indicatorRecords(db, profiles, { nodeIds: [id] }),
  ]);
  const profile = profiles.get(node.rule_profile);
  const activities = (await activitySeries(db, [id])).get(id) ?? [];
  return {
    node: {
      id: node.id,
      key: node.key,
      level: node.level,
      code: node.code,
      name: node.name,
      texts: parseJson<Record<string, string>>(node.texts, {}),
      departments,
    },
    plan: { key: node.planKey, name: node.planName, ruleProfile: node.rule_profile },
    ancestors,
    children,
    planLinks: planLinks.map((l) => l.linked_plan),
    evaluation: evaluation
      ? {
          evaluationYear: evaluation.evaluation_year,
          indicatorGrade: evaluation.indicator_grade,
          coordination: evaluation.coordination,
          urgencyPriority: evaluation.urgency_priority,
          overallJudgement: evaluation.overall_judgement,
          secondaryEvaluation: evaluation.secondary_evaluation,
          responsePolicy: evaluation.response_policy,
          texts: parseJson<Record<string, string>>(evaluation.texts, {}),
        }
      : null,
    computed: {
      ...(profile
        ? judgeMeasure(
            indicators.map((r) => r.grade),
            profile,
          )
        : { grade: null, judgement: null }),
      provisional: gradedOnEstimate(indicators),
    },
    indicators,
    programs,
    totals: totals.map((t) => ({
      label: t.label,
      printed: t.printed,
      sumOfRows: t.sum_of_rows,
      agrees: totalAgrees(t),
    })),
    activities,
  };
}

async function nodePrograms(db: Kysely<Database>, nodeId: number): Promise<NodeProgram[]> {
  const rows = await db
    .selectFrom("program_links as l")
    .innerJoin("programs as p", "p.id", "l.program_id")
    .leftJoin("departments as d", "d.id", "p.department_id")
    .select(["p.id", "p.code", "p.name", "p.attributes", "d.name as department", "l.relisted"])
    .where("l.node_id", "=", nodeId)
    .orderBy("l.sort_order")
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [budgets, evaluations] = await Promise.all([
    db
      .selectFrom("budget_lines")
      .selectAll()
      .where("program_id", "in", ids)
      .where("document_id", "in", planDocuments(db, { nodeId }))
      .orderBy("fiscal_year", "desc")
      .execute(),
    db
      .selectFrom("program_evaluations")
      .selectAll()
      .where("program_id", "in", ids)
      .where("node_id", "=", nodeId)
      .execute(),
  ]);
  return rows.map((r) => {
    const b = budgets.find((x) => x.program_id === r.id);
    const e = evaluations.find((x) => x.program_id === r.id);
    return {
      id: r.id,
      code: r.code,
      name: r.name,
      type: (parseJson<{ type?: string }>(r.attributes, {}).type as string | undefined) ?? null,
      department: r.department,
      relisted: r.relisted === 1,
      budget: b ? budgetFigures(b) : null,
      responsePolicyNo: e?.response_policy_no ?? null,
      direction: e?.direction ?? null,
    };
  });
}
