// The queries the documents need beyond the read models in src/views: facts of one year (an
// evaluation, the budget lines of a fiscal year) and every target and actual of the indicators shown.
import type { Kysely } from "kysely";
import { replaces } from "../domain/evaluate.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { parseId } from "../db/limits.ts";
import type { Database } from "../db/schema.ts";
import { indicatorRecords } from "../evaluation/indicator-records.ts";
import { type BudgetFigures, budgetFigures, parseJson, planDocuments } from "../views/common.ts";

export type PlanRow = Awaited<ReturnType<typeof findPlan>>;

export function findPlan(db: Kysely<Database>, key: string) {
  return db
    .selectFrom("plans")
    .select([
      "id",
      "key",
      "name",
      "organization",
      "period_from",
      "period_to",
      "rule_profile",
      "texts",
      "levels",
    ])
    .where("key", "=", key)
    .executeTakeFirst();
}

export interface NodeRow {
  id: number;
  key: string;
  parentId: number | null;
  level: string;
  code: string | null;
  name: string;
  texts: Record<string, string>;
}

/** Every node of a plan in the plan's order (depth first, as the documents list them). */
export async function planNodes(db: Kysely<Database>, planId: number): Promise<NodeRow[]> {
  const rows = await db
    .selectFrom("policy_nodes")
    .select(["id", "key", "parent_id", "level", "code", "name", "texts", "sort_order"])
    .where("plan_id", "=", planId)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
  const children = Map.groupBy(rows, (r) => r.parent_id);
  const out: NodeRow[] = [];
  const visit = (parent: number | null) => {
    for (const r of children.get(parent) ?? []) {
      out.push({
        id: r.id,
        key: r.key,
        parentId: r.parent_id,
        level: r.level,
        code: r.code,
        name: r.name,
        texts: parseJson<Record<string, string>>(r.texts, {}),
      });
      visit(r.id);
    }
  };
  visit(null);
  return out;
}

/** A node of the plan named by its code or key, else by its id. */
export async function findNode(db: Kysely<Database>, planId: number, ref: string) {
  const base = db.selectFrom("policy_nodes").select(["id", "code", "name"]).where("plan_id", "=", planId);
  const named = await base
    .where((eb) => eb.or([eb("code", "=", ref), eb("key", "=", ref)]))
    .orderBy("sort_order")
    .orderBy("id")
    .executeTakeFirst();
  const id = parseId(ref);
  if (named || id === null) return named;
  return base.where("id", "=", id).executeTakeFirst();
}

/** The nodes evaluated in a year (the measures that have a 基本評価調書), in the plan's order. */
export async function evaluatedNodes(db: Kysely<Database>, planId: number, year: number) {
  const rows = await db
    .selectFrom("node_evaluations as e")
    .innerJoin("policy_nodes as n", "n.id", "e.node_id")
    .select(["n.id", "n.code", "n.name"])
    .where("n.plan_id", "=", planId)
    .where("e.evaluation_year", "=", year)
    .orderBy("n.sort_order")
    .orderBy("n.id")
    .execute();
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

/** The evaluation of a node for one year (the latest written, should two documents state it). */
export async function nodeEvaluationOf(db: Kysely<Database>, nodeId: number, year: number) {
  const e = await db
    .selectFrom("node_evaluations as e")
    .innerJoin("documents as d", "d.id", "e.document_id")
    .selectAll("e")
    .select("d.kind as documentKind")
    .where("e.node_id", "=", nodeId)
    .where("e.evaluation_year", "=", year)
    .orderBy("e.id", "desc")
    .executeTakeFirst();
  return e ? { ...e, texts: parseJson<Record<string, string>>(e.texts, {}) } : undefined;
}

/** Budget line kinds, most final first: a year's 決算 is preferred to its 決算見込 and its 予算. */
const KIND_ORDER = ["決算", "決算見込", "補正", "予算", "当初"];
const kindRank = (k: string) => {
  const i = KIND_ORDER.indexOf(k);
  return i < 0 ? KIND_ORDER.length : i;
};

export type YearBudget = BudgetFigures;

/**
 * Each program's budget line for a fiscal year as the plan's documents state it (planDocuments): the
 * most final kind, the latest written.
 */
export async function budgetsOfYear(
  db: Kysely<Database>,
  plan: { planId: number } | { nodeId: number },
  programIds: readonly number[],
  fiscalYear: number,
): Promise<Map<number, YearBudget>> {
  const out = new Map<number, YearBudget>();
  if (programIds.length === 0) return out;
  const rows = await db
    .selectFrom("budget_lines")
    .selectAll()
    .where("program_id", "in", [...programIds])
    .where("document_id", "in", planDocuments(db, plan))
    .where("fiscal_year", "=", fiscalYear)
    .orderBy("id", "desc")
    .execute();
  rows.sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
  for (const b of rows) {
    if (out.has(b.program_id)) continue;
    out.set(b.program_id, budgetFigures(b));
  }
  return out;
}

export interface ListingRow {
  nodeId: number;
  programId: number;
  code: string | null;
  name: string;
  summary: string | null;
  department: string | null;
  attributes: Record<string, unknown>;
  relisted: boolean;
  /** The figures this listing printed, as imported. */
  listed: Record<string, unknown>;
  sortOrder: number;
}

/** The programs listed under the given nodes, in each node's order (再掲 listings included). */
export async function listings(db: Kysely<Database>, nodeIds: readonly number[]): Promise<ListingRow[]> {
  if (nodeIds.length === 0) return [];
  const rows = await db
    .selectFrom("program_links as l")
    .innerJoin("programs as p", "p.id", "l.program_id")
    .leftJoin("departments as d", "d.id", "p.department_id")
    .select((eb) => [
      // The department as the listing's own document prints it, else the program's.
      eb.fn
        .coalesce(
          eb
            .selectFrom("program_sources as s")
            .select((s) => s.fn.max("s.department_name").as("name"))
            .whereRef("s.program_id", "=", "l.program_id")
            .whereRef("s.document_id", "=", "l.document_id"),
          "d.name",
        )
        .as("department"),
      "l.node_id",
      "l.sort_order",
      "l.relisted",
      "l.listed",
      "p.id",
      "p.code",
      "p.name",
      "p.summary",
      "p.attributes",
    ])
    .where("l.node_id", "in", [...nodeIds])
    .orderBy("l.node_id")
    .orderBy("l.sort_order")
    .orderBy("l.id")
    .execute();
  return rows.map((r) => ({
    nodeId: r.node_id,
    programId: r.id,
    code: r.code,
    name: r.name,
    summary: r.summary,
    department: r.department,
    attributes: parseJson<Record<string, unknown>>(r.attributes, {}),
    relisted: r.relisted === 1,
    listed: parseJson<Record<string, unknown>>(r.listed, {}),
    sortOrder: r.sort_order,
  }));
}

/** Each program's evaluation (対応方針番号, 方向性) under a node for an evaluation year. */
export async function programEvaluationsOf(db: Kysely<Database>, nodeIds: readonly number[], year: number) {
  if (nodeIds.length === 0) return [];
  return db
    .selectFrom("program_evaluations")
    .select(["program_id", "node_id", "response_policy_no", "direction", "note"])
    .where("node_id", "in", [...nodeIds])
    .where("evaluation_year", "=", year)
    .orderBy("id")
    .execute();
}

export interface TargetFact {
  usageId: number;
  from: number;
  to: number;
  kind: string;
  value: string | null;
  isFinal: boolean;
  label: string | null;
}

export interface ObservationFact {
  indicatorId: number;
  series: string;
  from: number;
  to: number;
  value: string | null;
  milestone: string | null;
  status: string | null;
  note: string | null;
  /** Printed as an estimate (見込み値). */
  estimate: boolean;
  knownFrom: string;
}

export interface UsageFacts {
  usageId: number;
  nodeId: number;
  indicatorId: number;
  sortOrder: number;
  displayName: string;
  role: string | null;
  note: string | null;
  analysis: string | null;
  unit: string;
  direction: string;
  yearBasis: string | null;
  source: string | null;
  publication: string | null;
  rationale: string | null;
  targets: TargetFact[];
  /** Every observation of the indicator (all series), by period then as written. */
  observations: ObservationFact[];
}

/** The indicator usages of the given nodes with every target and every observation. */
export async function usageFacts(db: Kysely<Database>, nodeIds: readonly number[]): Promise<UsageFacts[]> {
  if (nodeIds.length === 0) return [];
  const usages = await db
    .selectFrom("indicator_usages as u")
    .innerJoin("indicators as i", "i.id", "u.indicator_id")
    .select([
      "u.id",
      "u.node_id",
      "u.indicator_id",
      "u.sort_order",
      "u.display_name",
      "u.role",
      "u.note",
      "u.analysis",
      "i.unit",
      "i.direction",
      "i.year_basis",
      "i.source",
      "i.publication",
      "i.rationale",
    ])
    .where("u.node_id", "in", [...nodeIds])
    .orderBy("u.node_id")
    .orderBy("u.sort_order")
    .orderBy("u.id")
    .execute();
  if (usages.length === 0) return [];
  const [targets, observations] = await Promise.all([
    db
      .selectFrom("targets")
      .select(["usage_id", "period_from", "period_to", "kind", "value", "is_final", "label"])
      .where(
        "usage_id",
        "in",
        usages.map((u) => u.id),
      )
      .orderBy("period_from")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("observations")
      .select([
        "indicator_id",
        "series",
        "period_from",
        "period_to",
        "value",
        "milestone",
        "status",
        "note",
        "estimate",
        "known_from",
      ])
      .where("indicator_id", "in", [...new Set(usages.map((u) => u.indicator_id))])
      .orderBy("period_from")
      .orderBy("period_to")
      .orderBy("id")
      .execute(),
  ]);
  const targetsBy = Map.groupBy(targets, (t) => t.usage_id);
  const observationsBy = Map.groupBy(observations, (o) => o.indicator_id);
  return usages.map((u) => ({
    usageId: u.id,
    nodeId: u.node_id,
    indicatorId: u.indicator_id,
    sortOrder: u.sort_order,
    displayName: u.display_name,
    role: u.role,
    note: u.note,
    analysis: u.analysis,
    unit: u.unit,
    direction: u.direction,
    yearBasis: u.year_basis,
    source: u.source,
    publication: u.publication,
    rationale: u.rationale,
    targets: (targetsBy.get(u.id) ?? []).map((t) => ({
      usageId: t.usage_id,
      from: t.period_from,
      to: t.period_to,
      kind: t.kind,
      value: t.value,
      isFinal: t.is_final === 1,
      label: t.label,
    })),
    observations: (observationsBy.get(u.indicator_id) ?? []).map((o) => ({
      indicatorId: o.indicator_id,
      series: o.series,
      from: o.period_from,
      to: o.period_to,
      value: o.value,
      milestone: o.milestone,
      status: o.status,
      note: o.note,
      estimate: o.estimate === 1,
      knownFrom: o.known_from,
    })),
  }));
}

/**
 * The actual of a period as known at an edition: the observation of that period reported by the latest
 * document not newer than the edition (all of them without an edition). Another series ("national")
 * is read the same way.
 */
export function actualOf(
  observations: readonly ObservationFact[],
  from: number,
  to: number,
  asOf?: string,
  series = "actual",
): ObservationFact | undefined {
  let best: ObservationFact | undefined;
  for (const o of observations) {
    if (o.series !== series || o.from !== from || o.to !== to) continue;
    if (asOf !== undefined && o.knownFrom > asOf) continue;
    // As the rule engine does (latestActual): a later edition wins, at the same edition a firm value
    // wins over an estimate; of two equal ones, the first.
    if (!best || replaces(o, best)) best = o;
  }
  return best;
}

/** The edition ("2018-11") and title of the document that defined the plan. */
export function planDocument(db: Kysely<Database>, planId: number) {
  return db
    .selectFrom("plans as p")
    .innerJoin("documents as d", "d.id", "p.document_id")
    .select(["d.edition", "d.title", "d.evaluation_year"])
    .where("p.id", "=", planId)
    .executeTakeFirst();
}

/**
 * Everything a plan-wide document shows: the plan, its nodes in order, every listing, every indicator
 * usage with its targets and observations, the rule engine's records, and the budgets of a year.
 */
export async function planFacts(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  planKey: string,
  year: number,
) {
  const plan = await findPlan(db, planKey);
  if (!plan) return null;
  const nodes = await planNodes(db, plan.id);
  const ids = nodes.map((n) => n.id);
  const [listed, facts, records] = await Promise.all([
    listings(db, ids),
    usageFacts(db, ids),
    indicatorRecords(db, profiles, { planKey }),
  ]);
  const [budgets, evaluations] = await Promise.all([
    budgetsOfYear(db, { planId: plan.id }, [...new Set(listed.map((l) => l.programId))], year),
    programEvaluationsOf(db, ids, year),
  ]);
  // What the year's cycle says a program did under a node (004 内容, 003 取組状況).
  const yearNotes = new Map(
    evaluations.flatMap((e) => (e.note ? [[`${e.node_id}|${e.program_id}`, e.note] as const] : [])),
  );
  const yearNote = (l: ListingRow) => yearNotes.get(`${l.nodeId}|${l.programId}`) ?? null;
  return { plan, nodes, listed, facts, records, budgets, yearNote };
}
