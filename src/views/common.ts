// Small pieces shared by the read models behind the API.
import { NO_DATA_KEY, RATE_BANDS, type RateBand, UNGRADED_KEY, rateBand } from "../domain/grade-counts.ts";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { IndicatorRecord } from "../evaluation/indicator-records.ts";
import type { BudgetFigures, GradeCounts } from "../server/schemas/read.ts";

/** An amount stored as (integer, scale) in 千円, as a number. */
export function toSenYen(amount: number | string | bigint, scale: number): number {
  const n = Number(amount);
  return scale >= 3 ? n * 10 ** (scale - 3) : n / 10 ** (3 - scale);
}

/**
 * The documents that speak for a plan: those listing a program under one of its nodes, and the plan's
 * evaluation cycles. A program may be listed by several organizations' documents (one program, one
 * identity); a budget line counts under a plan only when one of these documents states it.
 */
export function planDocuments(db: Kysely<Database>, of: { planId: number } | { nodeId: number }) {
  const planIds =
    "planId" in of
      ? [of.planId]
      : db.selectFrom("policy_nodes").select("plan_id").where("id", "=", of.nodeId);
  return db
    .selectFrom("program_links as l")
    .innerJoin("policy_nodes as n", "n.id", "l.node_id")
    .select("l.document_id as id")
    .where("n.plan_id", "in", planIds)
    .union(
      db
        .selectFrom("evaluation_cycles")
        .select((eb) => eb.fn.coalesce("document_id", eb.lit(0)).as("id"))
        .where("plan_id", "in", planIds),
    );
}

export type { BudgetFigures };

export function budgetFigures(b: {
  fiscal_year: number;
  kind: string;
  amount: number | string | bigint;
  scale: number;
  general_revenue: number | string | bigint | null;
  staff_hq: string | null;
  staff_branch: string | null;
  staff_total: string | null;
  total_cost: number | string | bigint | null;
  standalone: number;
  note: string | null;
}): BudgetFigures {
  return {
    fiscalYear: b.fiscal_year,
    kind: b.kind,
    amount: toSenYen(b.amount, b.scale),
    generalRevenue: b.general_revenue === null ? null : toSenYen(b.general_revenue, b.scale),
    staffHq: b.staff_hq,
    staffBranch: b.staff_branch,
    staffTotal: b.staff_total,
    totalCost: b.total_cost === null ? null : toSenYen(b.total_cost, b.scale),
    standalone: b.standalone === 1,
    note: b.note,
  };
}

export const nullableNumber = (v: number | string | bigint | null) => (v === null ? null : Number(v));

export function gradeCounts(records: readonly Pick<IndicatorRecord, "grade" | "rate">[]): GradeCounts {
  const out: GradeCounts = {};
  for (const r of records) {
    const k = r.grade ?? (r.rate === null ? NO_DATA_KEY : UNGRADED_KEY);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/** For plans whose profile has no grades: how many rates reach the target, come close, fall short. */
export function rateBands(records: readonly Pick<IndicatorRecord, "rate">[]): Record<RateBand, number> {
  const out = Object.fromEntries(RATE_BANDS.map((b) => [b, 0])) as Record<RateBand, number>;
  for (const r of records) if (r.rate !== null) out[rateBand(Number(r.rate))]++;
  return out;
}

export const gradeLabels = (p: RuleProfile | undefined) =>
  p ? [...p.grades].sort((a, b) => b.min - a.min).map((g) => g.label) : [];

export function parseJson<T>(text: string | null, fallback: T): T {
  if (!text) return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
