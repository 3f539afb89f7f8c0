// Search across plans, nodes, programs and indicators: by normalised name (full-width and half-width
// alike), with filters by type, grade, department, plan and year.
import { type Expression, type Kysely, type SqlBool, SqliteAdapter, sql } from "kysely";
import { judgeMeasure } from "../domain/evaluate.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { nameKey } from "../domain/text.ts";
import type { Database } from "../db/schema.ts";
import { gradedOnEstimate, indicatorRecords } from "../evaluation/indicator-records.ts";
import type { SearchHit, SearchResult } from "../server/schemas/read.ts";

export const SEARCH_TYPES = ["plan", "node", "program", "indicator"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchQuery {
  q: string;
  type?: SearchType;
  grade?: string;
  departmentId?: number;
  planKey?: string;
  year?: number;
}

const LIMIT = 100;

type Searched = "plans" | "policy_nodes" | "programs" | "indicators";

/**
 * `<alias>.search_key like %core%`. On SQLite, a core of 3 characters or more is looked up in the table's
 * FTS5 trigram index (migration 2026-11-24) as a phrase, which is the same substring test answered
 * from the index alone (keys and queries are lower case, so the index's case folding changes nothing).
 * PostgreSQL's planner uses its pg_trgm index for the plain LIKE by itself. Shorter keys are scanned.
 */
function matches(db: Kysely<Database>, table: Searched, alias: string, core: string): Expression<SqlBool> {
  if (db.getExecutor().adapter instanceof SqliteAdapter && [...core].length >= 3) {
    const fts = sql.table(`${table}_search`);
    const phrase = `"${core.replaceAll('"', '""')}"`;
    return sql<SqlBool>`${sql.ref(`${alias}.id`)} in (select rowid from ${fts} where ${fts} match ${phrase})`;
  }
  return sql<SqlBool>`${sql.ref(`${alias}.search_key`)} like ${`%${core}%`}`;
}

export async function search(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  query: SearchQuery,
): Promise<SearchResult> {
  // LIKE wildcards in the query are dropped rather than escaped: escaping differs between the databases.
  const core = nameKey(query.q).replace(/[\\%_]/g, "");
  const wants = (t: SearchType) => !query.type || query.type === t;
  const hits: SearchHit[] = [];

  if (wants("plan") && query.grade === undefined && query.departmentId === undefined) {
    let q = db
      .selectFrom("plans")
      .select(["key", "name", "organization", "period_from", "period_to"])
      .where(matches(db, "plans", "plans", core));
    if (query.planKey) q = q.where("key", "=", query.planKey);
    if (query.year !== undefined)
      q = q.where("period_from", "<=", query.year).where("period_to", ">=", query.year);
    for (const p of await q.orderBy("key").limit(LIMIT).execute()) {
      hits.push({
        type: "plan",
        id: p.key,
        title: p.name,
        context: p.organization,
        planKey: p.key,
        grade: null,
        provisional: false,
      });
    }
  }

  if (wants("node")) {
    let q = db
      .selectFrom("policy_nodes as n")
      .innerJoin("plans as p", "p.id", "n.plan_id")
      .select(["n.id", "n.code", "n.name", "n.level", "p.key", "p.name as planName", "p.rule_profile"])
      .where(matches(db, "policy_nodes", "n", core));
    if (query.planKey) q = q.where("p.key", "=", query.planKey);
    if (query.departmentId !== undefined) {
      const dep = query.departmentId;
      q = q.where("n.id", "in", (eb) =>
        eb.selectFrom("node_departments").select("node_id").where("department_id", "=", dep),
      );
    }
    const nodes = await q
      .orderBy("p.key")
      .orderBy("n.sort_order")
      .limit(LIMIT * 5)
      .execute();
    // Without a grade or year filter every candidate is a hit, and only the first LIMIT hits are shown:
    // the others are counted, not evaluated.
    const evaluated =
      query.grade === undefined && query.year === undefined
        ? nodes.slice(0, Math.max(0, LIMIT - hits.length))
        : nodes;
    const records = evaluated.length
      ? await indicatorRecords(db, profiles, { nodeIds: evaluated.map((n) => n.id) })
      : [];
    const byNode = Map.groupBy(records, (r) => r.nodeId);
    for (const n of nodes) {
      const own = byNode.get(n.id) ?? [];
      if (query.year !== undefined && !own.some((r) => coversYear(r.actual?.period, query.year!))) continue;
      const profile = profiles.get(n.rule_profile);
      const grade = profile
        ? judgeMeasure(
            own.map((r) => r.grade),
            profile,
          ).grade
        : null;
      if (query.grade !== undefined && grade !== query.grade) continue;
      hits.push({
        type: "node",
        id: String(n.id),
        title: n.name,
        context: `${n.planName} ${n.level}${n.code ? ` ${n.code}` : ""}`,
        planKey: n.key,
        grade,
        provisional: grade !== null && gradedOnEstimate(own),
      });
    }
  }

  if (wants("program") && query.grade === undefined) {
    let q = db
      .selectFrom("programs as p")
      .leftJoin("departments as d", "d.id", "p.department_id")
      .select(["p.id", "p.code", "p.name", "d.name as department"])
      .where(matches(db, "programs", "p", core));
    if (query.departmentId !== undefined) q = q.where("p.department_id", "=", query.departmentId);
    if (query.planKey) {
      const planKey = query.planKey;
      q = q.where("p.id", "in", (eb) =>
        eb
          .selectFrom("program_links as l")
          .innerJoin("policy_nodes as n", "n.id", "l.node_id")
          .innerJoin("plans as pl", "pl.id", "n.plan_id")
          .select("l.program_id")
          .where("pl.key", "=", planKey),
      );
    }
    if (query.year !== undefined) {
      const year = query.year;
      q = q.where("p.id", "in", (eb) =>
        eb.selectFrom("budget_lines").select("program_id").where("fiscal_year", "=", year),
      );
    }
    for (const p of await q.orderBy("p.code").orderBy("p.name").limit(LIMIT).execute()) {
      hits.push({
        type: "program",
        id: String(p.id),
        title: p.name,
        context: [p.code, p.department].filter(Boolean).join(" "),
        planKey: null,
        grade: null,
        provisional: false,
      });
    }
  }

  if (wants("indicator")) {
    let q = db
      .selectFrom("indicators")
      .select(["id", "name", "unit"])
      .where(matches(db, "indicators", "indicators", core));
    if (query.departmentId !== undefined) {
      const dep = query.departmentId;
      q = q.where("id", "in", (eb) =>
        eb
          .selectFrom("indicator_usages as u")
          .innerJoin("node_departments as nd", "nd.node_id", "u.node_id")
          .select("u.indicator_id")
          .where("nd.department_id", "=", dep),
      );
    }
    const indicators = await q
      .orderBy("name")
      .limit(LIMIT * 5)
      .execute();
    const evaluated =
      query.grade === undefined && query.year === undefined && !query.planKey
        ? indicators.slice(0, Math.max(0, LIMIT - hits.length))
        : indicators;
    const records = evaluated.length
      ? await indicatorRecords(db, profiles, {
          indicatorIds: evaluated.map((i) => i.id),
          ...(query.planKey ? { planKey: query.planKey } : {}),
        })
      : [];
    const byIndicator = Map.groupBy(records, (r) => r.indicatorId);
    for (const i of indicators) {
      const uses = byIndicator.get(i.id) ?? [];
      if (query.planKey && uses.length === 0) continue;
      if (query.year !== undefined && !uses.some((r) => coversYear(r.actual?.period, query.year!))) continue;
      const grades = uses.map((r) => r.grade);
      if (query.grade !== undefined && !grades.includes(query.grade)) continue;
      const graded = uses.find((r) => r.grade !== null);
      hits.push({
        type: "indicator",
        id: String(i.id),
        title: i.name,
        context: [...new Set(uses.map((u) => u.plan))].join("、"),
        planKey: uses[0]?.planKey ?? null,
        grade: graded?.grade ?? null,
        provisional: graded?.provisional ?? false,
      });
    }
  }
  return { query: query.q, total: hits.length, hits: hits.slice(0, LIMIT) };
}

function coversYear(period: { from: number; to: number } | undefined, year: number): boolean {
  return period !== undefined && period.from <= year && year <= period.to;
}
