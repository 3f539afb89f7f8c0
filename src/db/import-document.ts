// Writes one parsed document in one transaction. Shared entities (plans, nodes, programs, indicators,
// departments) are upserted by key, so their ids survive a re-import; the facts the document states
// (links, budget lines, usages, targets, observations, evaluations) are replaced as a whole.
import { type Kysely, type Transaction, sql } from "kysely";
import { nameKey } from "../domain/text.ts";
import type { ParsedDocument } from "../ingest/model.ts";
import type { Database } from "./schema.ts";

export interface ImportCounts {
  plans: number;
  nodes: number;
  programs: number;
  programLinks: number;
  budgetLines: number;
  indicators: number;
  usages: number;
  targets: number;
  observations: number;
  evaluations: number;
  supportOrganizations: number;
}

type KeyedTable = "plans" | "policy_nodes" | "indicators";

const json = (v: unknown) => JSON.stringify(v ?? {}, (_k, x) => (typeof x === "bigint" ? x.toString() : x));

/** Tables whose rows belong to one document and are replaced when it is imported again. */
const DOCUMENT_FACTS = [
  "program_links",
  "budget_lines",
  "observations",
  "node_evaluations",
  "program_evaluations",
  "plan_links",
  "printed_totals",
  "support_basic_plans",
  "activity_counts",
] as const;

/**
 * Writes a document in one transaction; `alongside` writes more (an audit row) in the same one, after
 * the document, and `before` reads in it what the document is about to replace.
 */
export async function importDocument(
  db: Kysely<Database>,
  doc: ParsedDocument,
  file: { name: string; sha256: string },
  alongside?: (trx: Transaction<Database>, counts: ImportCounts) => Promise<void>,
  before?: (trx: Transaction<Database>) => Promise<void>,
): Promise<ImportCounts> {
  return db.transaction().execute(async (trx) => {
    await before?.(trx);
    const counts = await write(trx, doc, file);
    await alongside?.(trx, counts);
    return counts;
  });
}

async function write(
  trx: Transaction<Database>,
  doc: ParsedDocument,
  file: { name: string; sha256: string },
) {
  const now = new Date().toISOString();
  const { id: documentId } = await trx
    .insertInto("documents")
    .values({
      key: doc.key,
      kind: doc.kind,
      title: doc.title,
      edition: doc.edition,
      evaluation_year: doc.evaluationYear ?? null,
      file_name: file.name,
      sha256: file.sha256,
      imported_at: now,
    })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet((eb) => ({
        kind: eb.ref("excluded.kind"),
        title: eb.ref("excluded.title"),
        edition: eb.ref("excluded.edition"),
        evaluation_year: eb.ref("excluded.evaluation_year"),
        file_name: eb.ref("excluded.file_name"),
        sha256: eb.ref("excluded.sha256"),
        imported_at: eb.ref("excluded.imported_at"),
      })),
    )
    .returning("id")
    .executeTakeFirstOrThrow();

  for (const t of DOCUMENT_FACTS) await trx.deleteFrom(t).where("document_id", "=", documentId).execute();
  const oldUsages = trx.selectFrom("indicator_usages").select("id").where("document_id", "=", documentId);
  await trx.deleteFrom("targets").where("usage_id", "in", oldUsages).execute();
  await trx.deleteFrom("indicator_usages").where("document_id", "=", documentId).execute();

  const organization = await documentOrganization(trx, doc);
  const departmentIds = new Map<string, number>();
  const departmentId = async (name: string) => {
    let id = departmentIds.get(name);
    if (id === undefined) departmentIds.set(name, (id = await resolveDepartment(trx, organization, name)));
    return id;
  };
  for (const d of doc.departments) await departmentId(d);

  const planIds = new Map<string, number>();
  const nodeIds = new Map<string, number>();
  const programIds = new Map<string, number>();
  const indicatorIds = new Map<string, number>();
  // Ids by key: written by this document, else stored by an earlier one.
  const lookup = (table: KeyedTable, cache: Map<string, number>) => async (key: string) => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const found = await trx.selectFrom(table).select("id").where("key", "=", key).executeTakeFirst();
    if (!found) throw new Error(`${table} ${key} is not defined by this document or an earlier one`);
    cache.set(key, found.id);
    return found.id;
  };
  const planId = lookup("plans", planIds);
  const nodeId = lookup("policy_nodes", nodeIds);
  const programId = async (key: string) => {
    const known = programIds.get(key);
    if (known !== undefined) return known;
    const found = await programByKey(trx, key);
    if (found === undefined)
      throw new Error(`programs ${key} is not defined by this document or an earlier one`);
    programIds.set(key, found);
    return found;
  };
  const indicatorId = lookup("indicators", indicatorIds);
  for (const p of doc.plans) {
    const row = {
      key: p.key,
      search_key: nameKey(p.name),
      name: p.name,
      organization: p.organization,
      period_from: p.period?.from ?? null,
      period_to: p.period?.to ?? null,
      levels: json(p.levels),
      rule_profile: p.ruleProfile,
      texts: json(p.texts),
      document_id: documentId,
    };
    const { id } = await trx
      .insertInto("plans")
      .values(row)
      .onConflict((oc) => oc.column("key").doUpdateSet(row))
      .returning("id")
      .executeTakeFirstOrThrow();
    planIds.set(p.key, id);
  }

  for (const n of doc.nodes) {
    const row = {
      key: n.key,
      search_key: nameKey(`${n.code ?? ""} ${n.name}`),
      plan_id: await planId(n.planKey),
      parent_id: n.parentKey ? await nodeId(n.parentKey) : null,
      level: n.level,
      code: n.code ?? null,
      name: n.name,
      sort_order: n.sortOrder,
      texts: json(n.texts),
      document_id: documentId,
    };
    const { id } = await trx
      .insertInto("policy_nodes")
      .values(row)
      .onConflict((oc) => oc.column("key").doUpdateSet(row))
      .returning("id")
      .executeTakeFirstOrThrow();
    nodeIds.set(n.key, id);
    await trx.deleteFrom("node_departments").where("node_id", "=", id).execute();
    for (const [sortOrder, d] of (n.departments ?? []).entries()) {
      await trx
        .insertInto("node_departments")
        .values({ node_id: id, department_id: await departmentId(d), sort_order: sortOrder })
        .execute();
    }
  }

  for (const [key, id] of await writePrograms(trx, doc, { documentId, organization, departmentId })) {
    programIds.set(key, id);
  }

  for (const l of doc.programLinks) {
    await trx
      .insertInto("program_links")
      .values({
        program_id: await programId(l.programKey),
        node_id: await nodeId(l.nodeKey),
        document_id: documentId,
        sort_order: l.sortOrder,
        relisted: l.relisted ? 1 : 0,
        listed: json(l.listed),
        line: l.line ?? null,
      })
      .execute();
  }

  for (const b of doc.budgetLines) {
    await trx
      .insertInto("budget_lines")
      .values({
        program_id: await programId(b.programKey),
        document_id: documentId,
        fiscal_year: b.fiscalYear,
        kind: b.kind,
        amount: b.amount.toString(),
        scale: b.scale,
        general_revenue: b.generalRevenue?.toString() ?? null,
        staff_hq: b.staffHq ?? null,
        staff_branch: b.staffBranch ?? null,
        staff_total: b.staffTotal ?? null,
        total_cost: b.totalCost?.toString() ?? null,
        standalone: b.standalone ? 1 : 0,
        note: b.note ?? null,
      })
      .execute();
  }

  // Indicators are shared across documents: a later document fills in what an earlier one left empty.
  for (const i of doc.indicators) {
    const { id } = await trx
      .insertInto("indicators")
      .values({
        key: i.key,
        search_key: nameKey(i.name),
        name: i.name,
        unit: i.unit,
        direction: i.direction,
        measure: i.measure,
        milestones: i.milestones ? json(i.milestones) : null,
        year_basis: i.yearBasis ?? null,
        source: i.source ?? null,
        publication: i.publication ?? null,
        rationale: i.rationale ?? null,
      })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({
          name: sql`excluded.name`,
          search_key: sql`excluded.search_key`,
          unit: sql`coalesce(nullif(excluded.unit, ''), indicators.unit)`,
          direction: sql`excluded.direction`,
          measure: sql`excluded.measure`,
          milestones: sql`coalesce(excluded.milestones, indicators.milestones)`,
          year_basis: sql`coalesce(excluded.year_basis, indicators.year_basis)`,
          source: sql`coalesce(excluded.source, indicators.source)`,
          publication: sql`coalesce(excluded.publication, indicators.publication)`,
          rationale: sql`coalesce(excluded.rationale, indicators.rationale)`,
        }),
      )
      .returning("id")
      .executeTakeFirstOrThrow();
    indicatorIds.set(i.key, id);
  }

  let targets = 0;
  for (const u of doc.usages) {
    const row = {
      indicator_id: await indicatorId(u.indicatorKey),
      node_id: await nodeId(u.nodeKey),
      document_id: documentId,
      display_name: u.displayName,
      sort_order: u.sortOrder,
      role: u.role ?? null,
      baseline_from: u.baseline?.period?.from ?? null,
      baseline_to: u.baseline?.period?.to ?? null,
      baseline_value: u.baseline?.value ?? null,
      analysis: u.analysis ?? null,
      published_rate: u.publishedRate ?? null,
      published_grade: u.publishedGrade ?? null,
      published_from: u.publishedPeriod?.from ?? null,
      published_to: u.publishedPeriod?.to ?? null,
      note: u.note ?? null,
    };
    const { id } = await trx
      .insertInto("indicator_usages")
      .values(row)
      .onConflict((oc) => oc.columns(["indicator_id", "node_id"]).doUpdateSet(row))
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx.deleteFrom("targets").where("usage_id", "=", id).execute();
    for (const t of u.targets) {
      await trx
        .insertInto("targets")
        .values({
          usage_id: id,
          period_from: t.period.from,
          period_to: t.period.to,
          kind: t.kind,
          value: t.value ?? null,
          reference_series: t.referenceSeries ?? null,
          is_final: t.isFinal ? 1 : 0,
          label: t.label ?? null,
        })
        .execute();
      targets++;
    }
  }

  // One row per indicator, series and period from this document; a repeat in the same document is
  // the same statement printed twice (e.g. a row and its footnote).
  const seen = new Set<string>();
  let observations = 0;
  for (const o of doc.observations) {
    const id = await indicatorId(o.indicatorKey);
    const k = `${id}|${o.series}|${o.period.from}|${o.period.to}`;
    if (seen.has(k)) continue;
    seen.add(k);
    await trx
      .insertInto("observations")
      .values({
        indicator_id: id,
        series: o.series,
        period_from: o.period.from,
        period_to: o.period.to,
        value: o.value ?? null,
        milestone: o.milestone ?? null,
        status: o.status ?? null,
        note: o.note ?? null,
        estimate: o.estimate ? 1 : 0,
        document_id: documentId,
        known_from: doc.edition,
      })
      .execute();
    observations++;
  }

  for (const e of doc.nodeEvaluations) {
    await trx
      .insertInto("node_evaluations")
      .values({
        node_id: await nodeId(e.nodeKey),
        evaluation_year: e.evaluationYear,
        document_id: documentId,
        indicator_grade: e.indicatorGrade ?? null,
        coordination: e.coordination ?? null,
        urgency_priority: e.urgencyPriority ?? null,
        overall_judgement: e.overallJudgement ?? null,
        secondary_evaluation: e.secondaryEvaluation ?? null,
        response_policy: e.responsePolicy ?? null,
        texts: json(e.texts),
      })
      .execute();
  }
  for (const e of doc.programEvaluations) {
    await trx
      .insertInto("program_evaluations")
      .values({
        program_id: await programId(e.programKey),
        node_id: await nodeId(e.nodeKey),
        evaluation_year: e.evaluationYear,
        document_id: documentId,
        response_policy_no: e.responsePolicyNo ?? null,
        direction: e.direction ?? null,
        note: e.note ?? null,
      })
      .execute();
  }
  for (const l of doc.planLinks) {
    await trx
      .insertInto("plan_links")
      .values({ node_id: await nodeId(l.nodeKey), linked_plan: l.linkedPlan, document_id: documentId })
      .execute();
  }
  for (const t of doc.printedTotals) {
    await trx
      .insertInto("printed_totals")
      .values({
        document_id: documentId,
        scope_key: t.scopeKey,
        label: t.label,
        printed: t.printed,
        sum_of_rows: t.sumOfRows,
        tolerance: t.tolerance ?? null,
        line: t.line ?? null,
      })
      .execute();
  }
  await writeSupportOrganizations(trx, doc, documentId, planId);
  await writeBasicPlans(trx, doc, documentId, planId);
  await writeActivitySeries(trx, doc, documentId, nodeId);

  return {
    plans: doc.plans.length,
    nodes: doc.nodes.length,
    programs: doc.programs.length,
    programLinks: doc.programLinks.length,
    budgetLines: doc.budgetLines.length,
    indicators: doc.indicators.length,
    usages: doc.usages.length,
    targets,
    observations,
    evaluations: doc.nodeEvaluations.length + doc.programEvaluations.length,
    supportOrganizations: doc.supportOrganizations.length,
  } satisfies ImportCounts;
}

// ---- the support desk ------------------------------------------------------------------------------

/**
 * Writes the support organizations, found again by plan, kind and name so that their ids (which cases,
 * routing steps and grants name) survive a re-import. One the document no longer names goes, unless
 * the desk's records or a grant name it.
 */
async function writeSupportOrganizations(
  trx: Transaction<Database>,
  doc: ParsedDocument,
  documentId: number,
  planId: (key: string) => Promise<number>,
) {
  const kept: number[] = [];
  for (const s of doc.supportOrganizations) {
    const row = {
      plan_id: await planId(s.planKey),
      document_id: documentId,
      name: s.name,
      role: s.role,
      kind: s.kind,
      sort_order: s.sortOrder,
      short_name: s.shortName ?? null,
      is_center: s.center ? 1 : 0,
    };
    const { id } = await trx
      .insertInto("support_organizations")
      .values(row)
      .onConflict((oc) => oc.columns(["plan_id", "kind", "name"]).doUpdateSet(row))
      .returning("id")
      .executeTakeFirstOrThrow();
    kept.push(id);
  }
  let stale = trx.deleteFrom("support_organizations").where("document_id", "=", documentId);
  if (kept.length > 0) stale = stale.where("id", "not in", kept);
  await stale
    .where(({ not, or }) => not(or(SUPPORT_ORGANIZATION_REFERENCES.map(namesOrganization))))
    .execute();
}

/** The columns that name a support organization. */
const SUPPORT_ORGANIZATION_REFERENCES = [
  ["role_grants", "support_organization_id"],
  ["support_cases", "received_by"],
  ["support_case_steps", "from_organization_id"],
  ["support_case_steps", "to_organization_id"],
  ["support_team_members", "organization_id"],
  ["support_records", "organization_id"],
  ["support_quarter_confirmations", "organization_id"],
] as const;

const namesOrganization = ([table, column]: (typeof SUPPORT_ORGANIZATION_REFERENCES)[number]) =>
  sql<boolean>`exists (select 1 from ${sql.table(table)} r where r.${sql.ref(column)} = support_organizations.id)`;

/** The agreed basic plans of the 別紙 and their fields, as the document lists them. */
async function writeBasicPlans(
  trx: Transaction<Database>,
  doc: ParsedDocument,
  documentId: number,
  planId: (key: string) => Promise<number>,
) {
  for (const b of doc.supportBasicPlans ?? []) {
    const { id } = await trx
      .insertInto("support_basic_plans")
      .values({
        plan_id: await planId(b.planKey),
        document_id: documentId,
        name: b.name,
        municipalities: json(b.municipalities),
        sort_order: b.sortOrder,
        line: b.line ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (b.fields.length === 0) continue;
    await trx
      .insertInto("support_basic_plan_fields")
      .values(
        b.fields.map((f, i) => ({
          basic_plan_id: id,
          text: f.text,
          field: f.field,
          sort_order: i + 1,
          line: f.line ?? null,
        })),
      )
      .execute();
  }
}

// ---- activity counts ------------------------------------------------------------------------------

/**
 * Writes the document's activity series (found again by node, text, activity and unit, so counts that
 * cycles published stay with them) and its counts; a series this document defined that no longer has a
 * count from any document goes.
 */
async function writeActivitySeries(
  trx: Transaction<Database>,
  doc: ParsedDocument,
  documentId: number,
  nodeId: (key: string) => Promise<number>,
) {
  for (const s of doc.activitySeries ?? []) {
    const row = {
      node_id: await nodeId(s.nodeKey),
      section: s.section,
      label: s.label,
      unit: s.unit,
      sort_order: s.sortOrder,
      document_id: documentId,
      line: s.line ?? null,
    };
    const { id } = await trx
      .insertInto("activity_series")
      .values(row)
      .onConflict((oc) => oc.columns(["node_id", "section", "label", "unit"]).doUpdateSet(row))
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const c of s.counts) {
      await trx
        .insertInto("activity_counts")
        .values({
          series_id: id,
          fiscal_year: c.fiscalYear,
          value: c.value,
          qualifier: c.qualifier ?? null,
          document_id: documentId,
        })
        .execute();
    }
  }
  await trx
    .deleteFrom("activity_series")
    .where("document_id", "=", documentId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("activity_counts as c")
            .select("c.id")
            .whereRef("c.series_id", "=", "activity_series.id"),
        ),
      ),
    )
    .execute();
}

// ---- organization and departments ----------------------------------------------------------------

/** The organization a document speaks for: its plans', else that of the plan its nodes belong to. */
async function documentOrganization(trx: Transaction<Database>, doc: ParsedDocument): Promise<string> {
  const own = doc.plans[0]?.organization;
  if (own !== undefined) return own;
  const nodeKey = doc.nodes[0]?.key ?? doc.programLinks[0]?.nodeKey ?? doc.usages[0]?.nodeKey;
  const planKey = doc.nodes[0]?.planKey;
  const row = await trx
    .selectFrom("plans as p")
    .select("p.organization")
    .where((eb) =>
      eb.or([
        eb("p.key", "=", planKey ?? ""),
        eb(
          "p.id",
          "in",
          eb
            .selectFrom("policy_nodes")
            .select("plan_id")
            .where("key", "=", nodeKey ?? ""),
        ),
      ]),
    )
    .executeTakeFirst();
  return row?.organization ?? "";
}

/**
 * The levels of a department's name, the largest first: 経済部産業振興局産業振興課 → 経済部, 産業振興局,
 * 産業振興課 (and 経済観光局産業振興部産業振興課 in the city's order). A level ends at 部, 庁 or 局.
 */
export function departmentLevels(name: string): string[] {
  const levels: string[] = [];
  let rest = name;
  for (let m = /^(.+?[部庁局])(.+)$/.exec(rest); m; m = /^(.+?[部庁局])(.+)$/.exec(rest)) {
    levels.push(m[1]!);
    rest = m[2]!;
  }
  return [...levels, rest];
}

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The departments a name may stand for, in any organization: 産業振興課 is every 産業振興課;
 * 経済部産業振興局産業振興課 only the one under those parents.
 */
export async function departmentsByName(
  db: Db,
  name: string,
): Promise<{ id: number; organization: string }[]> {
  const levels = departmentLevels(name.trim());
  const all = await db
    .selectFrom("departments")
    .select(["id", "name", "parent_id", "organization"])
    .execute();
  const byId = new Map(all.map((d) => [d.id, d]));
  const matches = (d: (typeof all)[number], i: number): boolean =>
    d.name === levels[i] && (i === 0 || (d.parent_id !== null && matches(byId.get(d.parent_id)!, i - 1)));
  return all
    .filter((d) => matches(d, levels.length - 1))
    .map((d) => ({ id: d.id, organization: d.organization }));
}

const departmentsNamed = (db: Db, organization: string, name: string) =>
  db
    .selectFrom("departments")
    .select(["id", "parent_id"])
    .where("organization", "=", organization)
    .where("name", "=", name)
    .orderBy("id")
    .execute();

/**
 * The department a document's name stands for, within its organization. A full name is stored as its
 * levels (部 → 局 → 課, each the parent of the next); a bare name (産業振興課) is the one department of
 * that name in the organization, else a department of its own, until a full name ending in it arrives
 * and takes it over. So the same department is found whichever document came first.
 */
async function resolveDepartment(trx: Transaction<Database>, organization: string, name: string) {
  const levels = departmentLevels(name);
  if (levels.length === 1) {
    const rows = await departmentsNamed(trx, organization, name);
    const nested = rows.filter((r) => r.parent_id !== null);
    const found = nested.length === 1 ? nested[0] : rows.find((r) => r.parent_id === null);
    return found?.id ?? (await insertDepartment(trx, organization, null, name));
  }
  let parent: number | null = null;
  for (const level of levels) {
    const existing = await trx
      .selectFrom("departments")
      .select("id")
      .where("organization", "=", organization)
      .where("name", "=", level)
      .where((eb) => (parent === null ? eb("parent_id", "is", null) : eb("parent_id", "=", parent)))
      .executeTakeFirst();
    parent = existing?.id ?? (await insertDepartment(trx, organization, parent, level));
  }
  const leaf = parent!;
  const sameLeaf = await departmentsNamed(trx, organization, levels.at(-1)!);
  if (sameLeaf.filter((r) => r.parent_id !== null).length === 1) {
    const bare = [...sameLeaf, ...(await departmentsNamed(trx, organization, name))].filter(
      (r) => r.parent_id === null && r.id !== leaf,
    );
    for (const b of bare) await mergeDepartment(trx, b.id, leaf);
  }
  return leaf;
}

async function insertDepartment(
  trx: Transaction<Database>,
  organization: string,
  parent: number | null,
  name: string,
) {
  const { id } = await trx
    .insertInto("departments")
    .values({ name, organization, parent_id: parent })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/** Moves everything that names department `from` to `to`, and removes `from`. */
async function mergeDepartment(trx: Transaction<Database>, from: number, to: number) {
  await trx
    .deleteFrom("node_departments")
    .where("department_id", "=", from)
    .where("node_id", "in", (eb) =>
      eb.selectFrom("node_departments").select("node_id").where("department_id", "=", to),
    )
    .execute();
  await trx
    .updateTable("node_departments")
    .set({ department_id: to })
    .where("department_id", "=", from)
    .execute();
  for (const t of ["programs", "program_sources", "role_grants"] as const) {
    await trx.updateTable(t).set({ department_id: to }).where("department_id", "=", from).execute();
  }
  await trx.updateTable("departments").set({ parent_id: to }).where("parent_id", "=", from).execute();
  await trx.deleteFrom("departments").where("id", "=", from).execute();
}

// ---- programs: one program across documents -----------------------------------------------------------

interface ProgramContext {
  documentId: number;
  organization: string;
  departmentId: (name: string) => Promise<number>;
}

type SourceRow = Omit<Database["program_sources"], "id" | "program_id">;

/**
 * Writes what the document states about each program (program_sources) and returns each program key's
 * program id. A program is the one this document's key was given to before (a user's merge or split
 * stands), else the one another document gave the same key, else the one of the same organization with
 * the same normalised name and department, else a new one. The program's own row is derived from its
 * sources (refreshProgram), so the order documents come in does not matter.
 */
async function writePrograms(trx: Transaction<Database>, doc: ParsedDocument, ctx: ProgramContext) {
  const ids = new Map<string, number>();
  for (const p of doc.programs) {
    const source: SourceRow = {
      document_id: ctx.documentId,
      key: p.key,
      name_key: nameKey(p.name),
      organization: ctx.organization,
      department_id: p.department ? await ctx.departmentId(p.department) : null,
      department_name: p.department ?? null,
      name: p.name,
      code: p.code ?? null,
      summary: p.summary ?? null,
      attributes: json(p.attributes),
      ended_year: p.endedYear ?? null,
      successor_name: p.successorName ?? null,
    };
    const programId = (await findProgram(trx, source)) ?? (await insertProgram(trx, source));
    await trx
      .insertInto("program_sources")
      .values({ ...source, program_id: programId })
      .onConflict((oc) =>
        oc.columns(["document_id", "key"]).doUpdateSet({ ...source, program_id: programId }),
      )
      .execute();
    ids.set(p.key, programId);
  }
  let stale = trx.deleteFrom("program_sources").where("document_id", "=", ctx.documentId);
  if (ids.size > 0) stale = stale.where("key", "not in", [...ids.keys()]);
  await stale.execute();
  await refreshPrograms(trx, [...new Set(ids.values())], ctx.organization);
  return ids;
}

/** The program a key stands for: the one a document gave it to, else the program of that key. */
async function programByKey(db: Db, key: string): Promise<number | undefined> {
  const source = await db
    .selectFrom("program_sources")
    .select("program_id")
    .where("key", "=", key)
    .orderBy("program_id")
    .executeTakeFirst();
  if (source) return source.program_id;
  return (await db.selectFrom("programs").select("id").where("key", "=", key).executeTakeFirst())?.id;
}

async function findProgram(trx: Transaction<Database>, s: SourceRow): Promise<number | undefined> {
  const own = await trx
    .selectFrom("program_sources")
    .select("program_id")
    .where("document_id", "=", s.document_id)
    .where("key", "=", s.key)
    .executeTakeFirst();
  if (own) return own.program_id;
  const byKey = await programByKey(trx, s.key);
  if (byKey !== undefined) return byKey;
  const byName = await trx
    .selectFrom("program_sources")
    .select("program_id")
    .where("organization", "=", s.organization)
    .where("name_key", "=", s.name_key)
    .where((eb) =>
      s.department_id === null ? eb("department_id", "is", null) : eb("department_id", "=", s.department_id),
    )
    .where("document_id", "!=", s.document_id)
    .orderBy("program_id")
    .executeTakeFirst();
  return byName?.program_id;
}

/** A new program, its row filled in from its sources by refreshProgram. */
export async function insertProgram(trx: Transaction<Database>, s: Pick<SourceRow, "key" | "name">) {
  const { id } = await trx
    .insertInto("programs")
    .values({ key: s.key, name: s.name, attributes: "{}" })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Derives each program's row from its sources, the newest document's first (edition, then key): its
 * name, and the first code, department, summary and lifecycle any states; attributes merged, newer
 * over older; the key, the smallest of its sources' keys. Programs of the organization that name a
 * successor are refreshed too, as the successor may have just arrived.
 */
export async function refreshPrograms(
  trx: Transaction<Database>,
  ids: readonly number[],
  organization: string,
) {
  const predecessors = await trx
    .selectFrom("program_sources")
    .select("program_id")
    .distinct()
    .where("organization", "=", organization)
    .where("successor_name", "is not", null)
    .execute();
  for (const id of new Set([...ids, ...predecessors.map((p) => p.program_id)])) await refreshProgram(trx, id);
}

async function refreshProgram(trx: Transaction<Database>, id: number) {
  const sources = await trx
    .selectFrom("program_sources as s")
    .innerJoin("documents as d", "d.id", "s.document_id")
    .selectAll("s")
    .select("d.key as documentKey")
    .where("s.program_id", "=", id)
    .orderBy("d.edition", "desc")
    .orderBy("d.key")
    .execute();
  const newest = sources[0];
  if (!newest) return;
  const first = <K extends keyof (typeof sources)[number]>(k: K) =>
    sources.map((s) => s[k]).find((v) => v !== null) ?? null;
  const attributes: Record<string, unknown> = Object.assign(
    {},
    ...sources.toReversed().map((s) => JSON.parse(s.attributes) as Record<string, unknown>),
  );
  const successorName = first("successor_name");
  const successorId = successorName ? await findSuccessor(trx, newest.organization, successorName, id) : null;
  if (successorName && successorId === null) attributes.successorName = successorName;
  const code = first("code");
  await trx
    .updateTable("programs")
    .set({
      key: await freeKey(trx, id, sources.map((s) => s.key).sort()[0]!, newest.documentKey),
      search_key: nameKey(`${code ?? ""} ${newest.name}`),
      code,
      name: newest.name,
      department_id: first("department_id"),
      summary: first("summary"),
      attributes: json(attributes),
      ended_year: first("ended_year"),
      successor_id: successorId,
    })
    .where("id", "=", id)
    .execute();
}

async function findSuccessor(trx: Transaction<Database>, organization: string, name: string, self: number) {
  const row = await trx
    .selectFrom("program_sources")
    .select("program_id")
    .where("organization", "=", organization)
    .where("name_key", "=", nameKey(name))
    .where("program_id", "!=", self)
    .orderBy("program_id")
    .executeTakeFirst();
  return row?.program_id ?? null;
}

/** The key for a program: `key`, or, when another program holds it (after a split), key@document. */
async function freeKey(trx: Transaction<Database>, id: number, key: string, documentKey: string) {
  const holder = await trx.selectFrom("programs").select("id").where("key", "=", key).executeTakeFirst();
  return !holder || holder.id === id ? key : `${key}@${documentKey}`;
}
