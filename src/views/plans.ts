// Overview of every plan, and one plan with its tree: grades, judgements and budgets per node.
import type { Kysely } from "kysely";
import { judgeMeasure } from "../domain/evaluate.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Database } from "../db/schema.ts";
import { type IndicatorRecord, indicatorRecords } from "../evaluation/indicator-records.ts";
import type { BudgetYear, Overview, PlanDetail, PlanSummary, TreeNode } from "../server/api-types.ts";
import { gradeCounts, gradeLabels, parseJson, rateBands, toSenYen } from "./common.ts";

type PlanRow = Awaited<ReturnType<typeof planRows>>[number];

function planRows(db: Kysely<Database>, key?: string) {
  let q = db.selectFrom("plans").selectAll().orderBy("key");
  if (key) q = q.where("key", "=", key);
  return q.execute();
}

/** Budget lines of the programs linked to the given nodes: one row per program and line. */
async function budgetLines(db: Kysely<Database>, planId: number) {
  return db
    .selectFrom("budget_lines as b")
    .innerJoin(
      (eb) =>
        eb
          .selectFrom("program_links as l")
          .innerJoin("policy_nodes as n", "n.id", "l.node_id")
          .select(["l.program_id", "l.node_id"])
          .where("n.plan_id", "=", planId)
          .where("l.relisted", "=", 0)
          .as("pl"),
      (join) => join.onRef("pl.program_id", "=", "b.program_id"),
    )
    .select(["pl.node_id", "b.program_id", "b.fiscal_year", "b.kind", "b.amount", "b.scale"])
    .where("b.standalone", "=", 1)
    .execute();
}

function sumByYear(
  lines: { fiscal_year: number; kind: string; amount: number | string | bigint; scale: number }[],
) {
  const byYear = new Map<string, BudgetYear>();
  for (const l of lines) {
    const k = `${l.fiscal_year}|${l.kind}`;
    const cur = byYear.get(k) ?? { fiscalYear: l.fiscal_year, kind: l.kind, amount: 0 };
    cur.amount += toSenYen(l.amount, l.scale);
    byYear.set(k, cur);
  }
  return [...byYear.values()].sort((a, b) => a.fiscalYear - b.fiscalYear || a.kind.localeCompare(b.kind));
}

async function summary(
  db: Kysely<Database>,
  plan: PlanRow,
  records: IndicatorRecord[],
  profiles: ReadonlyMap<string, RuleProfile>,
): Promise<PlanSummary> {
  const profile = profiles.get(plan.rule_profile);
  const [nodes, programs, lines] = await Promise.all([
    db.selectFrom("policy_nodes").select("id").where("plan_id", "=", plan.id).execute(),
    db
      .selectFrom("program_links as l")
      .innerJoin("policy_nodes as n", "n.id", "l.node_id")
      .select("l.program_id")
      .distinct()
      .where("n.plan_id", "=", plan.id)
      .execute(),
    budgetLines(db, plan.id),
  ]);
  const behind = records
    .filter((r) => r.rate !== null)
    .sort((a, b) => Number(a.rate) - Number(b.rate))
    .slice(0, 5)
    .map((r) => ({
      nodeId: r.nodeId,
      nodeCode: r.nodeCode,
      nodeName: r.nodeName,
      indicator: r.indicator,
      indicatorId: r.indicatorId,
      rate: r.rate!,
    }));
  return {
    key: plan.key,
    name: plan.name,
    organization: plan.organization,
    period:
      plan.period_from !== null ? { from: plan.period_from, to: plan.period_to ?? plan.period_from } : null,
    ruleProfile: plan.rule_profile,
    ruleProfileName: profile?.name ?? plan.rule_profile,
    gradeLabels: gradeLabels(profile),
    indicatorCount: records.length,
    nodeCount: nodes.length,
    programCount: programs.length,
    gradeCounts: gradeCounts(records),
    rateBands: rateBands(records),
    budgetByYear: sumByYear(uniqueByProgram(lines)),
    behind,
  };
}

/** A program linked to several nodes counts once in a plan's total. */
function uniqueByProgram<T extends { program_id: number; fiscal_year: number; kind: string }>(
  lines: T[],
): T[] {
  const seen = new Set<string>();
  return lines.filter((l) => {
    const k = `${l.program_id}|${l.fiscal_year}|${l.kind}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export async function overview(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
): Promise<Overview> {
  const records = await indicatorRecords(db, profiles);
  const plans = await planRows(db);
  return {
    plans: await Promise.all(
      plans.map((p) =>
        summary(
          db,
          p,
          records.filter((r) => r.planKey === p.key),
          profiles,
        ),
      ),
    ),
  };
}

export async function planDetail(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  key: string,
): Promise<PlanDetail | null> {
  const [plan] = await planRows(db, key);
  if (!plan) return null;
  const records = await indicatorRecords(db, profiles, { planKey: key });
  const profile = profiles.get(plan.rule_profile);
  const nodes = await db
    .selectFrom("policy_nodes")
    .select(["id", "key", "parent_id", "level", "code", "name"])
    .where("plan_id", "=", plan.id)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
  const links = await db
    .selectFrom("program_links as l")
    .innerJoin("policy_nodes as n", "n.id", "l.node_id")
    .select(["l.node_id", "l.program_id"])
    .where("n.plan_id", "=", plan.id)
    .execute();
  const lines = await budgetLines(db, plan.id);

  // Each node aggregates itself and its descendants.
  const children = Map.groupBy(nodes, (n) => n.parent_id);
  const subtree = (id: number): number[] => [id, ...(children.get(id) ?? []).flatMap((c) => subtree(c.id))];
  const tree: TreeNode[] = nodes.map((n) => {
    const ids = new Set(subtree(n.id));
    const own = records.filter((r) => ids.has(r.nodeId));
    const programIds = new Set(links.filter((l) => ids.has(l.node_id)).map((l) => l.program_id));
    const years = sumByYear(uniqueByProgram(lines.filter((l) => ids.has(l.node_id))));
    const latest = years.length
      ? years.filter((y) => y.fiscalYear === years[years.length - 1]!.fiscalYear)
      : [];
    const judged = profile
      ? judgeMeasure(
          own.map((r) => r.grade),
          profile,
        )
      : { grade: null, judgement: null };
    return {
      id: n.id,
      key: n.key,
      parentId: n.parent_id,
      level: n.level,
      code: n.code,
      name: n.name,
      gradeCounts: gradeCounts(own),
      indicatorCount: own.length,
      programCount: programIds.size,
      budget: latest.length
        ? {
            fiscalYear: latest[0]!.fiscalYear,
            kind: latest.map((y) => y.kind).join("・"),
            amount: latest.reduce((a, y) => a + y.amount, 0),
          }
        : null,
      judgement: judged.judgement,
      grade: judged.grade,
    };
  });
  return {
    plan: {
      ...(await summary(db, plan, records, profiles)),
      levels: parseJson<string[]>(plan.levels, []),
      texts: parseJson<Record<string, string>>(plan.texts, {}),
    },
    nodes: tree,
  };
}
