// Overview of every plan, and one plan with its tree: grades, judgements and budgets per node.
import { setImmediate } from "node:timers/promises";
import { type Kysely, SqliteAdapter } from "kysely";
import { judgeMeasure } from "../domain/evaluate.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Database } from "../db/schema.ts";
import { type IndicatorRecord, gradedOnEstimate, indicatorRecords } from "../evaluation/indicator-records.ts";
import type { BudgetYear, Overview, PlanDetail, PlanSummary, TreeNode } from "../server/schemas/read.ts";
import { cached } from "./cache.ts";
import { gradeCounts, gradeLabels, parseJson, planDocuments, rateBands, toSenYen } from "./common.ts";

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
    .where("b.document_id", "in", planDocuments(db, { planId }))
    .execute();
}

/**
 * A plan's budget by fiscal year and kind, summed in SQL: the standalone lines of the programs linked
 * (not 再掲) to its nodes, as the plan's own documents state them (planDocuments), a program counted
 * once however many nodes list it, and one line per program, year and kind (the latest written, should
 * two documents state it).
 */
async function planBudget(db: Kysely<Database>, planId: number): Promise<BudgetYear[]> {
  const programs = db
    .selectFrom("program_links as l")
    .innerJoin("policy_nodes as n", "n.id", "l.node_id")
    .select("l.program_id")
    .where("n.plan_id", "=", planId)
    .where("l.relisted", "=", 0);
  const oneLine = db
    .selectFrom("budget_lines")
    .select((eb) => eb.fn.max("id").as("id"))
    .where("standalone", "=", 1)
    .where("program_id", "in", programs)
    .where("document_id", "in", planDocuments(db, { planId }))
    .groupBy(["program_id", "fiscal_year", "kind"]);
  const rows = await db
    .selectFrom("budget_lines")
    .select((eb) => ["fiscal_year", "kind", "scale", eb.fn.sum<number | string>("amount").as("amount")])
    .where("id", "in", oneLine)
    .groupBy(["fiscal_year", "kind", "scale"])
    .execute();
  return sumByYear(rows);
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
  const countsQuery = db
    .selectNoFrom((eb) => [
      eb
        .selectFrom("policy_nodes")
        .select((e) => e.fn.countAll<number | string>().as("n"))
        .where("plan_id", "=", plan.id)
        .as("nodes"),
      eb
        .selectFrom("program_links as l")
        .innerJoin("policy_nodes as n", "n.id", "l.node_id")
        .select((e) => e.fn.count<number | string>("l.program_id").distinct().as("n"))
        .where("n.plan_id", "=", plan.id)
        .as("programs"),
    ])
    .executeTakeFirstOrThrow();
  const [counts, budgetByYear] = await Promise.all([countsQuery, planBudget(db, plan.id)]);
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
      provisional: r.provisional,
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
    nodeCount: Number(counts.nodes),
    programCount: Number(counts.programs),
    gradeCounts: gradeCounts(records),
    rateBands: rateBands(records),
    provisionalCount: records.filter((r) => r.provisional).length,
    budgetByYear,
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

/**
 * Plans summarised at a time. On SQLite every query completes synchronously, so one at a time is as fast
 * and holds the fewest rows (national scale: 26 s, 170 MB at the peak instead of 240 MB); PostgreSQL
 * answers four at once in 45 s instead of 73 s.
 */
const overviewConcurrency = (db: Kysely<Database>) =>
  db.getExecutor().adapter instanceof SqliteAdapter ? 1 : 4;

/** Every plan's summary. Plan by plan: a national store (1,741 plans) never has all its rows in memory. */
export async function overview(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
): Promise<Overview> {
  const plans = await planRows(db);
  const out: PlanSummary[] = new Array(plans.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < plans.length; i = next++) {
      const p = plans[i]!;
      out[i] = await summary(db, p, await indicatorRecords(db, profiles, { planKey: p.key }), profiles);
      // Let requests in between: on SQLite every query completes synchronously.
      await setImmediate();
    }
  };
  await Promise.all(Array.from({ length: overviewConcurrency(db) }, worker));
  return { plans: out };
}

const encoder = new TextEncoder();

/** The overview as JSON, computed once per data version (see cache.ts): for the API. */
export function overviewJson(db: Kysely<Database>, profiles: ReadonlyMap<string, RuleProfile>) {
  return cached(db, profiles, "overview", async () =>
    encoder.encode(JSON.stringify(await overview(db, profiles))),
  );
}

/** One plan as JSON (null when there is none), computed once per data version: for the API. */
export function planDetailJson(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  key: string,
): Promise<Uint8Array<ArrayBuffer> | null> {
  return cached(db, profiles, `plan:${key}`, async () => {
    const detail = await planDetail(db, profiles, key);
    return detail ? encoder.encode(JSON.stringify(detail)) : null;
  });
}

export async function planDetail(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  key: string,
): Promise<PlanDetail | null> {
  const [plan] = await planRows(db, key);
  if (!plan) return null;
  const profile = profiles.get(plan.rule_profile);
  const [records, nodes, links, lines] = await Promise.all([
    indicatorRecords(db, profiles, { planKey: key }),
    db
      .selectFrom("policy_nodes")
      .select(["id", "key", "parent_id", "level", "code", "name"])
      .where("plan_id", "=", plan.id)
      .orderBy("sort_order")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("program_links as l")
      .innerJoin("policy_nodes as n", "n.id", "l.node_id")
      .select(["l.node_id", "l.program_id"])
      .where("n.plan_id", "=", plan.id)
      .execute(),
    budgetLines(db, plan.id),
  ]);

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
      provisional: judged.grade !== null && gradedOnEstimate(own),
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
