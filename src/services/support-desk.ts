// The coordinated support desk of a support plan (seed 001; the rules: docs/support-desk.md). Staff of
// the support organizations register cases (相談案件), route them as the plan's steps ア–エ say, record
// the support given and close them; each organization confirms its quarter's figures, which locks its
// records of that quarter. Every change is one transaction with its audit entries, every refusal a
// Problem. The reads (cases, counts, follow-ups) are in support-desk-read.ts, exported from here too.
import type { Kysely, Transaction } from "kysely";
import { type CaseRow, caseRow, confirmationOf } from "../db/support-desk.ts";
import type { SupportOrganization } from "../db/support-organizations.ts";
import type { Database } from "../db/schema.ts";
import { type Principal, isDeskCoordinator } from "../domain/rights.ts";
import {
  CASE_STATUS_LABELS,
  ROUTING_STEP_LABELS,
  SUPPORT_FIELD_LABELS,
  SUPPORT_KIND_LABELS,
  SUPPORT_STAGE_LABELS,
  type RoutingStepKind,
  fiscalQuarterOf,
  quarterDates,
  quarterLabel,
} from "../domain/support-desk.ts";
import type { z } from "../server/contract.ts";
import {
  type CaseChanged,
  type CaseSaved,
  CloseCaseInput,
  ConfirmQuarterInput,
  type QuarterConfirmed,
  type QuarterlyCounts,
  RecordSupportInput,
  RegisterCaseInput,
  RouteCaseInput,
  type SupportRecorded,
} from "../server/schemas/support-desk.ts";
import { type AuditEntry, audit } from "./audit.ts";
import { Problem } from "./problem.ts";
import {
  type CaseContext,
  type Desk,
  actingOnCase,
  actingOrganization,
  caseContext,
  centerId,
  deskOf,
  fieldWarnings,
  invalidField,
  isCenter,
  mine,
  now,
  organizationIn,
  requireDeskUser,
  shown,
  today,
  valid,
} from "./support-desk-access.ts";
import { cellsOf } from "./support-desk-read.ts";
import { refreshRegisterKpi } from "./support-register-kpi.ts";

export {
  caseDetail,
  deskReference,
  followUpsDue,
  listCases,
  planYearCounts,
  quarterlyCounts,
} from "./support-desk-read.ts";

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

// ---- a change to a case ---------------------------------------------------------------------------

async function conflict(db: Db | Trx, caseId: number) {
  const current = await caseRow(db, caseId);
  return new Problem(
    409,
    "conflict",
    "ほかの人がこの相談案件を先に更新しました。最新の内容を確認してから、もう一度操作してください。",
    { version: current?.version ?? null, status: current?.status ?? null },
  );
}

/** Counts a new version of the case if it is still at `version`; else the 409 with the current one. */
async function bump(trx: Trx, ctx: CaseContext, version: number, set: Partial<CaseRow> = {}) {
  const r = await trx
    .updateTable("support_cases")
    .set({ ...set, version: version + 1, updated_at: now(), updated_by: ctx.p.userId })
    .where("id", "=", ctx.row.id)
    .where("version", "=", version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw await conflict(trx, ctx.row.id);
  return { version: version + 1 };
}

async function requireVersion(db: Db, ctx: CaseContext, version: number) {
  if (ctx.row.version !== version) throw await conflict(db, ctx.row.id);
}

const caseEntry = (caseId: number, e: Omit<AuditEntry, "entity" | "entityId">): AuditEntry => ({
  ...e,
  entity: "support_case",
  entityId: String(caseId),
});

// ---- registering ----------------------------------------------------------------------------------

/** The receiving organization: the principal's own, or any for the desk's coordinators. */
function receivingOrganization(p: Principal, desk: Desk, requested: number | undefined) {
  if (requested === undefined || !isDeskCoordinator(p, centerId(desk))) {
    return actingOrganization(p, desk, requested, "receivedBy");
  }
  return organizationIn(desk, requested, "receivedBy");
}

export async function registerCase(
  db: Db,
  p: Principal | null,
  planKey: string,
  input: RegisterCaseInput,
): Promise<CaseSaved> {
  const desk = await deskOf(db, planKey);
  const principal = requireDeskUser(p, desk, "相談案件を登録する");
  const v = valid(RegisterCaseInput, input);
  const receivedBy = receivingOrganization(principal, desk, v.receivedBy);
  const warnings = await fieldWarnings(db, desk.plan.id, v.municipality, v.field);
  const id = await db.transaction().execute(async (trx) => {
    const at = now();
    const row = await trx
      .insertInto("support_cases")
      .values({
        plan_id: desk.plan.id,
        company: v.company,
        municipality: v.municipality,
        field: v.field,
        stage: v.stage,
        approved_project: v.approvedProject ? 1 : 0,
        request: v.request,
        received_on: v.receivedOn,
        received_by: receivedBy.id,
        status: "open",
        version: 1,
        created_at: at,
        created_by: principal.userId,
        updated_at: at,
        updated_by: principal.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const e of registrationEntries(v, receivedBy)) await audit(trx, principal, caseEntry(row.id, e));
    await refreshRegisterKpi(trx, desk.plan.key);
    return row.id;
  });
  return { id, version: 1, warnings };
}

function registrationEntries(v: z.output<typeof RegisterCaseInput>, receivedBy: SupportOrganization) {
  const fields: [string, string, string][] = [
    ["company", "会社名", v.company],
    ["municipality", "市町村", v.municipality],
    ["field", "事業分野", SUPPORT_FIELD_LABELS[v.field]],
    ["stage", "段階", SUPPORT_STAGE_LABELS[v.stage]],
    ["approvedProject", "地域経済牽引事業計画の承認", v.approvedProject ? "承認済み" : "承認なし"],
    ["request", "相談内容", v.request],
    ["receivedOn", "受付日", v.receivedOn],
    ["receivedBy", "受け付けた支援機関", receivedBy.name],
  ];
  return fields.map(([field, label, value]) => ({ action: "support.register", field, label, new: value }));
}

// ---- routing --------------------------------------------------------------------------------------

type RouteInput = z.output<typeof RouteCaseInput>;

interface StepPlan {
  readonly to: SupportOrganization | null;
  readonly outside: string | null;
  readonly members: readonly {
    organization: SupportOrganization | null;
    outside: string | null;
    role: string;
  }[];
}

const onlyTheCenter = (kind: RoutingStepKind) =>
  new Problem(403, "forbidden", `「${ROUTING_STEP_LABELS[kind]}」はセンターが行います。`);

/** Where a step takes the case, by its kind (the plan's steps, I 3 (2) ②); refusals name the field. */
function planStep(desk: Desk, from: SupportOrganization, v: RouteInput): StepPlan {
  const none = { to: null, outside: null, members: [] };
  const extra = v.toOrganizationId !== undefined || v.toOutside !== undefined || v.members !== undefined;
  switch (v.kind) {
    case "handled":
      if (extra) throw invalidField("kind", "自ら対応するときは、引継ぎ先やチームを指定しません。");
      return { ...none, to: from };
    case "reported":
      if (!desk.center) throw new Problem(409, "no_center", "この計画にはセンター（窓口）がありません。");
      if (isCenter(desk, from))
        throw invalidField("kind", "センターはセンターへ報告しません。引き継ぐかチームを結成してください。");
      if (extra) throw invalidField("kind", "センターへ報告するときは、引継ぎ先やチームを指定しません。");
      return { ...none, to: desk.center };
    case "handed_on":
      if (!isCenter(desk, from)) throw onlyTheCenter(v.kind);
      return { ...none, ...handOnTarget(desk, v) };
    case "team":
      if (!isCenter(desk, from)) throw onlyTheCenter(v.kind);
      return { ...none, members: teamOf(desk, v) };
  }
}

function handOnTarget(desk: Desk, v: RouteInput) {
  if ((v.toOrganizationId === undefined) === (v.toOutside === undefined)) {
    throw invalidField(
      "toOrganizationId",
      "引継ぎ先は、支援機関（toOrganizationId）か外部機関（toOutside）のどちらか一つを指定してください。",
    );
  }
  if (v.members !== undefined) throw invalidField("members", "引継ぎではチームを指定しません。");
  if (v.toOutside !== undefined) return { outside: v.toOutside };
  const to = organizationIn(desk, v.toOrganizationId!, "toOrganizationId");
  if (isCenter(desk, to)) throw invalidField("toOrganizationId", "センター自身には引き継げません。");
  return { to };
}

function teamOf(desk: Desk, v: RouteInput): StepPlan["members"] {
  if (v.toOrganizationId !== undefined || v.toOutside !== undefined) {
    throw invalidField(
      "toOrganizationId",
      "チームの結成では引継ぎ先を指定しません。構成は members に書いてください。",
    );
  }
  if (!v.members?.length)
    throw invalidField("members", "チームの構成（支援機関と役割）を一つ以上指定してください。");
  return v.members.map((m, i) => {
    if ((m.organizationId === undefined) === (m.outside === undefined)) {
      throw invalidField(
        `members.${i}`,
        "チームの一員は、支援機関（organizationId）か外部機関（outside）のどちらか一つです。",
      );
    }
    const organization =
      m.organizationId === undefined
        ? null
        : organizationIn(desk, m.organizationId, `members.${i}.organizationId`);
    return { organization, outside: m.outside ?? null, role: m.role };
  });
}

function stepText(from: SupportOrganization, step: StepPlan): string {
  if (step.members.length > 0) {
    const members = step.members.map(
      (m) => `${m.organization ? shown(m.organization) : m.outside}（${m.role}）`,
    );
    return `${shown(from)}: チーム ${members.join("、")}`;
  }
  return `${shown(from)} → ${step.to ? shown(step.to) : step.outside}`;
}

export async function routeCase(
  db: Db,
  p: Principal | null,
  caseId: number,
  input: RouteCaseInput,
): Promise<CaseChanged> {
  const ctx = await caseContext(db, p, caseId);
  const v = valid(RouteCaseInput, input);
  const from = actingOnCase(ctx, v.organizationId);
  if (ctx.row.status === "closed") throw new Problem(409, "closed", "終了した相談案件は回付できません。");
  const step = planStep(ctx.desk, from, v);
  await requireVersion(db, ctx, v.version);
  return db.transaction().execute(async (trx) => {
    const changed = await bump(trx, ctx, v.version);
    const stepId = await insertStep(trx, ctx, from, step, v);
    await audit(
      trx,
      ctx.p,
      caseEntry(ctx.row.id, {
        action: "support.route",
        field: `step/${stepId}`,
        label: ROUTING_STEP_LABELS[v.kind],
        new: stepText(from, step),
        reason: v.reason ?? null,
      }),
    );
    return changed;
  });
}

async function insertStep(
  trx: Trx,
  ctx: CaseContext,
  from: SupportOrganization,
  step: StepPlan,
  v: RouteInput,
) {
  const { id } = await trx
    .insertInto("support_case_steps")
    .values({
      case_id: ctx.row.id,
      kind: v.kind,
      date: v.date ?? today(),
      from_organization_id: from.id,
      to_organization_id: step.to?.id ?? null,
      to_outside: step.outside,
      reason: v.reason ?? null,
      recorded_at: now(),
      recorded_by: ctx.p.userId,
      recorded_by_name: ctx.p.name,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (step.members.length > 0) {
    await trx
      .insertInto("support_team_members")
      .values(
        step.members.map((m, i) => ({
          step_id: id,
          organization_id: m.organization?.id ?? null,
          outside: m.outside,
          role: m.role,
          sort_order: i + 1,
        })),
      )
      .execute();
  }
  return id;
}

// ---- support and closing --------------------------------------------------------------------------

/**
 * The organization a support is recorded for: staff record their own organization's; the desk's
 * coordinators any organization that is involved in the case, or the center.
 */
function supportingOrganization(ctx: CaseContext, requested: number | undefined) {
  const coordinator = isDeskCoordinator(ctx.p, centerId(ctx.desk));
  if (!coordinator || requested === undefined) return actingOnCase(ctx, requested);
  const o = organizationIn(ctx.desk, requested, "organizationId");
  if (!isCenter(ctx.desk, o) && !ctx.involved.includes(o.id)) {
    throw invalidField(
      "organizationId",
      `${shown(o)}はこの案件に関わっていません。先に回付を記録してください。`,
    );
  }
  return o;
}

/** A support dated in a quarter the organization confirmed is refused (409). */
async function refuseLockedQuarter(db: Db | Trx, o: SupportOrganization, date: string) {
  const q = fiscalQuarterOf(date)!;
  if (!(await confirmationOf(db, o.id, q.fiscalYear, q.quarter))) return;
  throw new Problem(
    409,
    "quarter_locked",
    `${shown(o)}の${quarterLabel(q)}の件数は確認済みのため、この期間（${quarterDates(q).from}〜${quarterDates(q).to}）の支援は記録できません。`,
    { organizationId: o.id, fiscalYear: q.fiscalYear, quarter: q.quarter },
  );
}

export async function recordSupport(
  db: Db,
  p: Principal | null,
  caseId: number,
  input: RecordSupportInput,
): Promise<SupportRecorded> {
  const ctx = await caseContext(db, p, caseId);
  const v = valid(RecordSupportInput, input);
  const o = supportingOrganization(ctx, v.organizationId);
  await requireVersion(db, ctx, v.version);
  await refuseLockedQuarter(db, o, v.date);
  return db.transaction().execute(async (trx) => {
    const changed = await bump(trx, ctx, v.version);
    const { id } = await trx
      .insertInto("support_records")
      .values({
        case_id: ctx.row.id,
        organization_id: o.id,
        date: v.date,
        kind: v.kind,
        note: v.note ?? null,
        created_at: now(),
        created_by: ctx.p.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const text = `${v.date} ${shown(o)} ${SUPPORT_KIND_LABELS[v.kind]}${v.note ? `: ${v.note}` : ""}`;
    await audit(
      trx,
      ctx.p,
      caseEntry(ctx.row.id, {
        action: "support.record",
        field: `support/${id}`,
        label: "支援の記録",
        new: text,
      }),
    );
    await refreshRegisterKpi(trx, ctx.desk.plan.key);
    return { ...changed, recordId: id };
  });
}

export async function closeCase(
  db: Db,
  p: Principal | null,
  caseId: number,
  input: CloseCaseInput,
): Promise<CaseChanged> {
  const ctx = await caseContext(db, p, caseId);
  const v = valid(CloseCaseInput, input);
  actingOnCase(ctx, v.organizationId);
  if (ctx.row.status === "closed") throw new Problem(409, "closed", "この相談案件はすでに終了しています。");
  await requireVersion(db, ctx, v.version);
  return db.transaction().execute(async (trx) => {
    const closedOn = v.closedOn ?? today();
    const changed = await bump(trx, ctx, v.version, {
      status: "closed",
      outcome: v.outcome,
      closed_on: closedOn,
    });
    const entry = (field: string, label: string, old: string | null, value: string) =>
      audit(trx, ctx.p, caseEntry(ctx.row.id, { action: "support.close", field, label, old, new: value }));
    await entry("status", "状態", CASE_STATUS_LABELS.open, CASE_STATUS_LABELS.closed);
    await entry("outcome", "結果", ctx.row.outcome, v.outcome);
    await entry("closedOn", "終了日", ctx.row.closed_on, closedOn);
    return changed;
  });
}

// ---- confirming a quarter -------------------------------------------------------------------------

export async function confirmQuarter(
  db: Db,
  p: Principal | null,
  planKey: string,
  input: ConfirmQuarterInput,
): Promise<QuarterConfirmed> {
  const desk = await deskOf(db, planKey);
  const principal = requireDeskUser(p, desk, "四半期の件数を確認する");
  const v = valid(ConfirmQuarterInput, input);
  const o = actingOrganization(principal, desk, v.organizationId);
  if (!mine(principal, desk).includes(o)) {
    throw new Problem(403, "forbidden", `${shown(o)}の件数は、${shown(o)}の職員が確認します。`);
  }
  const q = { fiscalYear: v.fiscalYear, quarter: v.quarter as 1 | 2 | 3 | 4 };
  if (quarterDates(q).to >= today()) {
    throw new Problem(
      409,
      "quarter_not_over",
      `${quarterLabel(q)}はまだ終わっていないため、確認できません。`,
    );
  }
  if (await confirmationOf(db, o.id, q.fiscalYear, q.quarter)) {
    throw new Problem(409, "confirmed", `${shown(o)}の${quarterLabel(q)}の件数はすでに確認済みです。`);
  }
  const cells = (await cellsOf(db, desk)).filter(
    (c) => c.organizationId === o.id && c.fiscalYear === q.fiscalYear && c.quarter === q.quarter,
  );
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("support_quarter_confirmations")
      .values({
        organization_id: o.id,
        fiscal_year: q.fiscalYear,
        quarter: q.quarter,
        figures: JSON.stringify(cells),
        confirmed_at: now(),
        confirmed_by: principal.userId,
        confirmed_by_name: principal.name,
      })
      .execute();
    await audit(trx, principal, {
      action: "support.confirm",
      entity: "support_quarter",
      entityId: `${o.id}/${q.fiscalYear}/${q.quarter}`,
      label: `${shown(o)} ${quarterLabel(q)}`,
      new: figuresText(cells),
    });
  });
  return { organizationId: o.id, fiscalYear: q.fiscalYear, quarter: q.quarter, cells };
}

function figuresText(cells: QuarterlyCounts["cells"]): string {
  if (cells.length === 0) return "支援なし";
  return cells
    .map((c) => `${SUPPORT_FIELD_LABELS[c.field]} ${c.status === "new" ? "新規" : "継続"} ${c.cases}件`)
    .join("、");
}
