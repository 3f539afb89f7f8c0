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

type KeyedTable = "plans" | "policy_nodes" | "programs" | "indicators";

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
  "support_organizations",
] as const;

/** Writes a document in one transaction; `alongside` writes more (an audit row) in the same one. */
export async function importDocument(
  db: Kysely<Database>,
  doc: ParsedDocument,
  file: { name: string; sha256: string },
  alongside?: (trx: Transaction<Database>, counts: ImportCounts) => Promise<void>,
): Promise<ImportCounts> {
  return db.transaction().execute(async (trx) => {
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

  const departmentIds = new Map<string, number>();
  const departmentId = async (name: string) => {
    const known = departmentIds.get(name);
    if (known !== undefined) return known;
    const { id } = await trx
      .insertInto("departments")
      .values({ name })
      .onConflict((oc) => oc.column("name").doUpdateSet({ name }))
      .returning("id")
      .executeTakeFirstOrThrow();
    departmentIds.set(name, id);
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
  const programId = lookup("programs", programIds);
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
    for (const d of n.departments ?? []) {
      await trx
        .insertInto("node_departments")
        .values({ node_id: id, department_id: await departmentId(d) })
        .execute();
    }
  }

  for (const p of doc.programs) {
    const row = {
      key: p.key,
      search_key: nameKey(`${p.code ?? ""} ${p.name}`),
      code: p.code ?? null,
      name: p.name,
      department_id: p.department ? await departmentId(p.department) : null,
      summary: p.summary ?? null,
      attributes: json(p.attributes),
    };
    const { id } = await trx
      .insertInto("programs")
      .values(row)
      .onConflict((oc) => oc.column("key").doUpdateSet(row))
      .returning("id")
      .executeTakeFirstOrThrow();
    programIds.set(p.key, id);
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
        line: t.line ?? null,
      })
      .execute();
  }
  for (const s of doc.supportOrganizations) {
    await trx
      .insertInto("support_organizations")
      .values({
        plan_id: await planId(s.planKey),
        document_id: documentId,
        name: s.name,
        role: s.role,
        kind: s.kind,
        sort_order: s.sortOrder,
      })
      .execute();
  }

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
