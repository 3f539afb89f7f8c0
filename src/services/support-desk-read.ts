// The support desk's reads (docs/support-desk.md): the cases a principal sees, one case with its steps,
// team, support and warnings, and the counts the counting core (src/domain/support-desk.ts) makes of the
// stored register — public, as counts only — with the follow-ups due.
import type { Kysely, Transaction } from "kysely";
import { type CaseRow, basicPlansOf, involving, planYearsOf, registerOf } from "../db/support-desk.ts";
import type { Database } from "../db/schema.ts";
import { type Principal, isDeskCoordinator } from "../domain/rights.ts";
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  ROUTING_STEP_KINDS,
  ROUTING_STEP_LABELS,
  SUPPORT_FIELDS,
  SUPPORT_FIELD_LABELS,
  SUPPORT_KINDS,
  SUPPORT_KIND_LABELS,
  SUPPORT_STAGES,
  SUPPORT_STAGE_LABELS,
  type SupportField,
  caseStatuses,
  followUpsDue as dueFollowUps,
  planYearCounts as countPlanYears,
  quarterDates,
  quarterlyCounts as countQuarters,
} from "../domain/support-desk.ts";
import {
  AsOfInput,
  type CaseDetail,
  CaseFilter,
  type CaseList,
  type CaseStep,
  type CaseSummary,
  type DeskReference,
  type FollowUpsDue,
  type PlanYearCounts,
  type QuarterlyCounts,
} from "../server/schemas/support-desk.ts";
import {
  type Desk,
  caseContext,
  centerId,
  deskOf,
  fieldWarnings,
  invalidField,
  isCenter,
  mine,
  organizationIn,
  ref,
  requireDeskUser,
  today,
  valid,
} from "./support-desk-access.ts";

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

// ---- reading: cases -------------------------------------------------------------------------------

/** The ids of the plan's cases the principal sees: "all" for the coordinators. */
async function visibleCases(db: Db, p: Principal | null, desk: Desk): Promise<"all" | Set<number>> {
  if (isDeskCoordinator(p, centerId(desk))) return "all";
  const own = mine(p, desk).map((o) => o.id);
  if (own.length === 0) return new Set();
  const rows = await db
    .selectFrom("support_cases as c")
    .select("c.id")
    .where("c.plan_id", "=", desk.plan.id)
    .where(involving(own))
    .execute();
  return new Set(rows.map((r) => r.id));
}

function summaryOf(desk: Desk, r: CaseRow): CaseSummary {
  return {
    id: r.id,
    company: r.company,
    municipality: r.municipality,
    field: r.field as CaseSummary["field"],
    stage: r.stage as CaseSummary["stage"],
    status: r.status as CaseSummary["status"],
    receivedOn: r.received_on,
    receivedBy: ref(desk.byId.get(r.received_by)!),
    version: r.version,
  };
}

export async function listCases(
  db: Db,
  p: Principal | null,
  planKey: string,
  filter: CaseFilter = {},
): Promise<CaseList> {
  const desk = await deskOf(db, planKey);
  requireDeskUser(p, desk, "相談案件を見る");
  const f = valid(CaseFilter, filter);
  if (f.quarter !== undefined && f.fiscalYear === undefined) {
    throw invalidField("quarter", "四半期で絞り込むときは年度も指定してください。");
  }
  let q = db.selectFrom("support_cases as c").selectAll("c").where("c.plan_id", "=", desk.plan.id);
  if (!isDeskCoordinator(p, centerId(desk))) q = q.where(involving(mine(p, desk).map((o) => o.id)));
  if (f.fiscalYear !== undefined) {
    const { from, to } = f.quarter
      ? quarterDates({ fiscalYear: f.fiscalYear, quarter: f.quarter as 1 | 2 | 3 | 4 })
      : { from: `${f.fiscalYear}-04-01`, to: `${f.fiscalYear + 1}-03-31` };
    q = q.where("c.received_on", ">=", from).where("c.received_on", "<=", to);
  }
  if (f.organizationId !== undefined)
    q = q.where(involving([organizationIn(desk, f.organizationId, "organizationId").id]));
  if (f.field !== undefined) q = q.where("c.field", "=", f.field);
  if (f.status !== undefined) q = q.where("c.status", "=", f.status);
  const rows = await q.orderBy("c.received_on", "desc").orderBy("c.id", "desc").execute();
  return { cases: rows.map((r) => summaryOf(desk, r)) };
}

async function stepsOf(db: Db, desk: Desk, caseId: number): Promise<CaseStep[]> {
  const steps = await db
    .selectFrom("support_case_steps")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("id")
    .execute();
  const members = steps.length
    ? await db
        .selectFrom("support_team_members")
        .selectAll()
        .where(
          "step_id",
          "in",
          steps.map((s) => s.id),
        )
        .orderBy("sort_order")
        .execute()
    : [];
  const byStep = Map.groupBy(members, (m) => m.step_id);
  const org = (id: number | null) => (id === null ? null : ref(desk.byId.get(id)!));
  return steps.map((s) => ({
    id: s.id,
    kind: s.kind as CaseStep["kind"],
    date: s.date,
    from: org(s.from_organization_id)!,
    to: org(s.to_organization_id),
    toOutside: s.to_outside,
    reason: s.reason,
    members: (byStep.get(s.id) ?? []).map((m) => ({
      organization: org(m.organization_id),
      outside: m.outside,
      role: m.role,
    })),
    recordedAt: s.recorded_at,
    recordedBy: s.recorded_by_name,
  }));
}

async function supportsOf(db: Db, desk: Desk, caseId: number) {
  const rows = await db
    .selectFrom("support_records")
    .selectAll()
    .where("case_id", "=", caseId)
    .orderBy("date")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    date: r.date,
    organization: ref(desk.byId.get(r.organization_id)!),
    kind: r.kind as CaseDetail["supports"][number]["kind"],
    note: r.note,
  }));
}

export async function caseDetail(db: Db, p: Principal | null, caseId: number): Promise<CaseDetail> {
  const { desk, row } = await caseContext(db, p, caseId);
  const steps = await stepsOf(db, desk, caseId);
  const supports = await supportsOf(db, desk, caseId);
  const planYears = await planYearsOf(db, desk.plan);
  const statuses = planYears.length
    ? caseStatuses(
        supports.map((s) => ({ date: s.date, organizationId: s.organization.id })),
        planYears,
      )
    : [];
  return {
    ...summaryOf(desk, row),
    approvedProject: row.approved_project === 1,
    request: row.request,
    outcome: row.outcome,
    closedOn: row.closed_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    steps,
    team: steps.findLast((s) => s.kind === "team")?.members ?? [],
    supports,
    years: planYears.map((y, i) => ({ planYear: { from: y.from, to: y.to }, status: statuses[i] ?? null })),
    warnings: await fieldWarnings(db, desk.plan.id, row.municipality, row.field as SupportField),
  };
}

// ---- reading: counts (public) and follow-ups ------------------------------------------------------

export async function cellsOf(db: Db | Trx, desk: Desk): Promise<QuarterlyCounts["cells"]> {
  const planYears = await planYearsOf(db, desk.plan);
  if (planYears.length === 0) return [];
  return countQuarters(await registerOf(db, desk.plan.id), planYears).map((c) => ({
    fiscalYear: c.quarter.fiscalYear,
    quarter: c.quarter.quarter,
    organizationId: c.organizationId,
    field: c.field,
    status: c.status,
    cases: c.cases,
  }));
}

/** 新規, 継続, total and lapsed per plan year with the targets; lapsed cases listed only where visible. */
export async function planYearCounts(
  db: Db,
  p: Principal | null,
  planKey: string,
  input: AsOfInput = {},
): Promise<PlanYearCounts> {
  const desk = await deskOf(db, planKey);
  const asOf = valid(AsOfInput, input).asOf ?? today();
  const planYears = await planYearsOf(db, desk.plan);
  if (planYears.length === 0) return { planYears: [] };
  const counts = countPlanYears(await registerOf(db, desk.plan.id), planYears, asOf);
  const visible = await visibleCases(db, p, desk);
  return {
    planYears: counts.map((c, i) => ({
      from: c.planYear.from,
      to: c.planYear.to,
      target: planYears[i]!.target,
      new: c.new,
      followUp: c.followUp,
      total: c.total,
      lapsed: c.lapsed.length,
      lapsedCases: c.lapsed.filter((id) => visible === "all" || visible.has(id)),
    })),
  };
}

/** The quarterly counts of every organization (a fiscal year's, when given) and the quarters confirmed. */
export async function quarterlyCounts(
  db: Db,
  p: Principal | null,
  planKey: string,
  input: { fiscalYear?: number } = {},
): Promise<QuarterlyCounts> {
  const desk = await deskOf(db, planKey);
  const { fiscalYear } = valid(CaseFilter.pick({ fiscalYear: true }), input);
  const cells = (await cellsOf(db, desk)).filter(
    (c) => fiscalYear === undefined || c.fiscalYear === fiscalYear,
  );
  let q = db
    .selectFrom("support_quarter_confirmations")
    .selectAll()
    .where(
      "organization_id",
      "in",
      desk.list.map((o) => o.id),
    )
    .orderBy("fiscal_year")
    .orderBy("quarter")
    .orderBy("organization_id");
  if (fiscalYear !== undefined) q = q.where("fiscal_year", "=", fiscalYear);
  const deskUser = isDeskCoordinator(p, centerId(desk)) || mine(p, desk).length > 0;
  const confirmations = (await q.execute()).map((c) => ({
    organizationId: c.organization_id,
    fiscalYear: c.fiscal_year,
    quarter: c.quarter,
    confirmedAt: c.confirmed_at,
    confirmedBy: deskUser ? c.confirmed_by_name : null,
  }));
  return { cells, confirmations };
}

/** The follow-ups due in the quarter of `asOf` (today by default), of the cases the principal sees. */
export async function followUpsDue(
  db: Db,
  p: Principal | null,
  planKey: string,
  input: AsOfInput = {},
): Promise<FollowUpsDue> {
  const desk = await deskOf(db, planKey);
  requireDeskUser(p, desk, "フォローアップの予定を見る");
  const asOf = valid(AsOfInput, input).asOf ?? today();
  const planYears = await planYearsOf(db, desk.plan);
  if (planYears.length === 0) return { asOf, due: [] };
  const visible = await visibleCases(db, p, desk);
  const due = dueFollowUps(await registerOf(db, desk.plan.id), planYears, asOf).filter(
    (d) => visible === "all" || visible.has(d.caseId),
  );
  const companies = await companiesOf(
    db,
    due.map((d) => d.caseId),
  );
  return {
    asOf,
    due: due.map((d) => ({
      caseId: d.caseId,
      company: companies.get(d.caseId) ?? "",
      planYear: { from: d.planYear.from, to: d.planYear.to },
      dueBy: d.dueBy,
    })),
  };
}

async function companiesOf(db: Db, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("support_cases")
    .select(["id", "company"])
    .where("id", "in", [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.company]));
}

// ---- the desk's reference data (public) -----------------------------------------------------------

const choicesOf = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>) =>
  values.map((value) => ({ value, label: labels[value] }));

const DESK_CHOICES: DeskReference["choices"] = {
  fields: choicesOf(SUPPORT_FIELDS, SUPPORT_FIELD_LABELS),
  stages: choicesOf(SUPPORT_STAGES, SUPPORT_STAGE_LABELS),
  supportKinds: choicesOf(SUPPORT_KINDS, SUPPORT_KIND_LABELS),
  stepKinds: choicesOf(ROUTING_STEP_KINDS, ROUTING_STEP_LABELS),
  statuses: choicesOf(CASE_STATUSES, CASE_STATUS_LABELS),
};

/**
 * The desk's organizations (the center marked), the 別紙 list of basic plans, and the values of the
 * case's fields with their labels: what the forms offer.
 */
export async function deskReference(db: Db, planKey: string): Promise<DeskReference> {
  const desk = await deskOf(db, planKey);
  const basicPlans = await basicPlansOf(db, desk.plan.id);
  return {
    plan: { key: desk.plan.key, name: desk.plan.name },
    center: desk.center ? ref(desk.center) : null,
    organizations: desk.list.map((o) => ({ ...ref(o), kind: o.kind, isCenter: isCenter(desk, o) })),
    basicPlans: basicPlans.map((b) => ({ name: b.name, municipalities: b.municipalities, fields: b.texts })),
    choices: DESK_CHOICES,
  };
}
