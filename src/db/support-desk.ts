// The support desk's queries (docs/support-desk.md): a plan's years and basic plans, its cases with who
// is involved in each, and the register as the counting core (src/domain/support-desk.ts) reads it.
import type { ExpressionBuilder, Kysely, Transaction } from "kysely";
import {
  type BasicPlan,
  type PlanYear,
  type SupportCase,
  type SupportField,
  SUPPORT_FIELDS,
  planYearsProblem,
} from "../domain/support-desk.ts";
import type { Database } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

export async function planByKey(db: Db, key: string) {
  return db
    .selectFrom("plans")
    .select(["id", "key", "name", "period_from", "period_to"])
    .where("key", "=", key)
    .executeTakeFirst();
}

export interface PlanYearTarget extends PlanYear {
  /** The target count of the plan year, as stated (decimal text), or null. */
  readonly target: string | null;
}

/**
 * The plan years: the periods of the plan's yearly targets (001: 2017–2018 as one, then 2019 … 2022),
 * else each fiscal year of the plan's period; none when the plan has neither.
 */
export async function planYearsOf(
  db: Db,
  plan: { id: number; period_from: number | null; period_to: number | null },
): Promise<PlanYearTarget[]> {
  const rows = await db
    .selectFrom("targets as t")
    .innerJoin("indicator_usages as u", "u.id", "t.usage_id")
    .innerJoin("policy_nodes as n", "n.id", "u.node_id")
    .select(["t.period_from", "t.period_to", "t.value"])
    .where("n.plan_id", "=", plan.id)
    .where("t.is_final", "=", 0)
    .orderBy("t.period_from")
    .orderBy("t.id")
    .execute();
  const byPeriod = new Map<string, PlanYearTarget>();
  for (const r of rows) {
    const key = `${r.period_from}-${r.period_to}`;
    if (!byPeriod.has(key)) byPeriod.set(key, { from: r.period_from, to: r.period_to, target: r.value });
  }
  const stated = [...byPeriod.values()];
  if (stated.length > 0 && planYearsProblem(stated) === null) return stated;
  const { period_from: from, period_to: to } = plan;
  if (from === null || to === null || to < from) return [];
  return Array.from({ length: to - from + 1 }, (_, i) => ({ from: from + i, to: from + i, target: null }));
}

const isField = (f: string | null): f is SupportField => SUPPORT_FIELDS.includes(f as SupportField);

/** The 別紙 list of the plan: each agreed basic plan, its municipalities and printed fields. */
export async function basicPlansOf(db: Db, planId: number) {
  const plans = await db
    .selectFrom("support_basic_plans")
    .select(["id", "name", "municipalities"])
    .where("plan_id", "=", planId)
    .orderBy("sort_order")
    .orderBy("id")
    .execute();
  const fields = plans.length
    ? await db
        .selectFrom("support_basic_plan_fields")
        .select(["basic_plan_id", "text", "field"])
        .where(
          "basic_plan_id",
          "in",
          plans.map((p) => p.id),
        )
        .orderBy("sort_order")
        .execute()
    : [];
  const byPlan = Map.groupBy(fields, (f) => f.basic_plan_id);
  return plans.map((p) => {
    const own = byPlan.get(p.id) ?? [];
    return {
      name: p.name,
      municipalities: JSON.parse(p.municipalities) as string[],
      texts: own.map((f) => ({ text: f.text, field: isField(f.field) ? f.field : null })),
      fields: own.map((f) => f.field).filter(isField),
    } satisfies BasicPlan & { texts: unknown };
  });
}

type CaseScope = ExpressionBuilder<Database & { c: Database["support_cases"] }, "c">;

/**
 * The cases (as `c`) some of the given organizations are involved in: received, routed to, in a team
 * of, or recorded support for. `organizations` is not empty.
 */
export const involving = (organizations: readonly number[]) => (eb: CaseScope) =>
  eb.or([
    eb("c.received_by", "in", organizations),
    eb.exists(
      eb
        .selectFrom("support_case_steps as s")
        .select("s.id")
        .whereRef("s.case_id", "=", "c.id")
        .where("s.to_organization_id", "in", organizations),
    ),
    eb.exists(
      eb
        .selectFrom("support_team_members as m")
        .innerJoin("support_case_steps as ts", "ts.id", "m.step_id")
        .select("m.id")
        .whereRef("ts.case_id", "=", "c.id")
        .where("m.organization_id", "in", organizations),
    ),
    eb.exists(
      eb
        .selectFrom("support_records as r")
        .select("r.id")
        .whereRef("r.case_id", "=", "c.id")
        .where("r.organization_id", "in", organizations),
    ),
  ]);

export async function caseRow(db: Db, caseId: number) {
  return db.selectFrom("support_cases").selectAll().where("id", "=", caseId).executeTakeFirst();
}
export type CaseRow = NonNullable<Awaited<ReturnType<typeof caseRow>>>;

/** The organizations involved in a case (see `involving`), without repeats. */
export async function involvedIn(db: Db, c: Pick<CaseRow, "id" | "received_by">): Promise<number[]> {
  const steps = await db
    .selectFrom("support_case_steps")
    .select("to_organization_id as id")
    .where("case_id", "=", c.id)
    .execute();
  const members = await db
    .selectFrom("support_team_members as m")
    .innerJoin("support_case_steps as s", "s.id", "m.step_id")
    .select("m.organization_id as id")
    .where("s.case_id", "=", c.id)
    .execute();
  const records = await db
    .selectFrom("support_records")
    .select("organization_id as id")
    .where("case_id", "=", c.id)
    .execute();
  const ids = [c.received_by, ...[...steps, ...members, ...records].map((r) => r.id)];
  return [...new Set(ids.filter((i): i is number => i !== null))];
}

/** The plan's register as the counting core reads it: each case's field and its supports. */
export async function registerOf(db: Db, planId: number): Promise<SupportCase[]> {
  const cases = await db
    .selectFrom("support_cases")
    .select(["id", "field"])
    .where("plan_id", "=", planId)
    .orderBy("id")
    .execute();
  const records = await db
    .selectFrom("support_records as r")
    .innerJoin("support_cases as c", "c.id", "r.case_id")
    .select(["r.case_id", "r.date", "r.organization_id"])
    .where("c.plan_id", "=", planId)
    .orderBy("r.id")
    .execute();
  const byCase = Map.groupBy(records, (r) => r.case_id);
  return cases.map((c) => ({
    id: c.id,
    field: c.field as SupportField,
    supports: (byCase.get(c.id) ?? []).map((r) => ({ date: r.date, organizationId: r.organization_id })),
  }));
}

/** The confirmation of an organization's quarter, if its staff confirmed it. */
export async function confirmationOf(db: Db, organizationId: number, fiscalYear: number, quarter: number) {
  return db
    .selectFrom("support_quarter_confirmations")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("fiscal_year", "=", fiscalYear)
    .where("quarter", "=", quarter)
    .executeTakeFirst();
}
