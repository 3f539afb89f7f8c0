// `hyoka demo generate --desk`: the demo register of seed 001's support desk (docs/support-desk.md,
// "Demo register"), so that the desk's pages, counts and follow-ups have something to show. The cases
// are planned by demo-desk-plan.ts and written here in one transaction with multi-row INSERTs: the
// service (support-desk.ts) would write one case at a time with its audit rows, which is slower and
// would stamp every row with today's time. The rows keep the service's invariants (test/services/
// demo-desk.test.ts replays cases through the service and compares): each step of a kind the plan
// allows and from the organization it must come from, support only by an organization involved in the
// case or the center, a case's version counting its changes, no step after closing.
//
// The audit trail gets one entry for the whole register (action support.demo), not one per row: the
// cases are no one's work. The plan's 支援件数 (support-register-kpi.ts) is written anew in the same
// transaction, as after any change. Every company name starts with （デモ）; running it again when such
// cases exist writes nothing. Each organization's quarters are confirmed up to the last two of the plan,
// with the figures as they then stand, so that both states show. Ids are given explicitly (PostgreSQL:
// the tables are locked and the sequences moved past them); do not run it while another process
// writes cases.
import { type Kysely, type Transaction, sql } from "kysely";
import type { Store } from "../db/connect.ts";
import type { Database } from "../db/schema.ts";
import type { SupportOrganization } from "../db/support-organizations.ts";
import { basicPlansOf, planByKey, planYearsOf } from "../db/support-desk.ts";
import {
  type FiscalQuarter,
  type PlanYear,
  fieldWarning,
  fiscalQuarterOf,
  quarterDates,
} from "../domain/support-desk.ts";
import { PLAN_KEY } from "../ingest/support-plan.ts";
import { COMMAND_LINE, audit } from "./audit.ts";
import {
  type DemoCase,
  DEMO_DESK_SEED,
  DEMO_MARK,
  type DemoDeskReference,
  type DemoDeskShape,
  planDemoDesk,
} from "./demo-desk-plan.ts";
import { Problem } from "./problem.ts";
import { type Desk, deskOf, shown } from "./support-desk-access.ts";
import { cellsOf } from "./support-desk-read.ts";
import { refreshRegisterKpi } from "./support-register-kpi.ts";

export {
  DEMO_DESK_SHAPE,
  DEMO_MARK,
  type DemoCase,
  type DemoDeskShape,
  planDemoDesk,
} from "./demo-desk-plan.ts";

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

/** Quarters at the end of the plan left unconfirmed, so that confirming can be tried. */
const OPEN_QUARTERS = 2;
/** SQLite binds at most 32,766 values a statement, PostgreSQL 65,535. */
const MAX_VALUES = { sqlite: 30_000, postgres: 60_000 } as const;

export interface DemoDeskResult {
  /** False when the register already had demo cases: nothing was written. */
  readonly written: boolean;
  readonly cases: number;
  readonly supported: number;
  readonly steps: number;
  readonly teams: number;
  readonly supports: number;
  readonly closed: number;
  /** Cases whose field is not in their municipality's basic plan (registered with the 別紙 warning). */
  readonly warned: number;
  readonly confirmations: number;
  readonly seconds: number;
}

const notImported = () =>
  new Problem(
    404,
    "not_found",
    "資料 001（北海道「北のものづくり」連携支援計画）が取り込まれていないため、デモの相談案件は作れません。" +
      "先に npx hyoka import examples/hokkaido/001_*.txt で取り込んでください。",
  );

/** The demo cases of the plan already stored. */
export async function demoCaseCount(db: Db, planId: number): Promise<number> {
  const r = await db
    .selectFrom("support_cases")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("plan_id", "=", planId)
    .where("company", "like", `${DEMO_MARK}%`)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** What the demo is planned from: seed 001's desk, its 別紙 list and plan years; refused without 001. */
export async function demoDeskReference(db: Db): Promise<DemoDeskReference & { desk: Desk }> {
  const plan = await planByKey(db, PLAN_KEY);
  if (!plan) throw notImported();
  const desk = await deskOf(db, PLAN_KEY);
  const planYears = await planYearsOf(db, plan);
  if (!desk.center || planYears.length === 0) throw notImported();
  const basicPlans = await basicPlansOf(db, plan.id);
  return { desk, organizations: desk.list, center: desk.center, basicPlans, planYears };
}

/** Makes the demo register of seed 001's desk, unless it is there already. */
export async function generateDemoDesk(
  store: Store,
  options: { seed?: number; shape?: DemoDeskShape } = {},
): Promise<DemoDeskResult> {
  const started = performance.now();
  const plan = await planByKey(store.db, PLAN_KEY);
  if (!plan) throw notImported();
  const existing = await demoCaseCount(store.db, plan.id);
  if (existing > 0) return { ...EMPTY, written: false, cases: existing, seconds: elapsed(started) };
  const ref = await demoDeskReference(store.db);
  await refuseConfirmedQuarters(store.db, ref.desk, ref.planYears);
  const cases = planDemoDesk(ref, { seed: options.seed ?? DEMO_DESK_SEED, shape: options.shape });
  const confirmations = await store.db.transaction().execute(async (trx) => {
    await writeCases(store, trx, plan.id, cases);
    const n = await confirmQuarters(trx, ref.desk, confirmableQuarters(cases, ref.planYears));
    await audit(trx, COMMAND_LINE, summaryEntry(cases, n));
    await refreshRegisterKpi(trx, PLAN_KEY);
    return n;
  });
  const warned = cases.filter((c) => fieldWarning(c.municipality, c.field, ref.basicPlans) !== null).length;
  return { ...counts(cases), written: true, warned, confirmations, seconds: elapsed(started) };
}

const EMPTY = { steps: 0, supported: 0, teams: 0, supports: 0, closed: 0, warned: 0, confirmations: 0 };
const elapsed = (started: number) => (performance.now() - started) / 1000;

function counts(cases: readonly DemoCase[]) {
  return {
    cases: cases.length,
    supported: cases.filter((c) => c.supports.length > 0).length,
    steps: cases.reduce((a, c) => a + c.steps.length, 0),
    teams: cases.filter((c) => c.steps.some((s) => s.kind === "team")).length,
    supports: cases.reduce((a, c) => a + c.supports.length, 0),
    closed: cases.filter((c) => c.closed).length,
  };
}

/** A quarter already confirmed in the plan's years would lock demo records in it: refuse instead. */
async function refuseConfirmedQuarters(db: Db, desk: Desk, planYears: readonly PlanYear[]) {
  const confirmed = await db
    .selectFrom("support_quarter_confirmations")
    .select("id")
    .where(
      "organization_id",
      "in",
      desk.list.map((o) => o.id),
    )
    .where("fiscal_year", ">=", planYears[0]!.from)
    .where("fiscal_year", "<=", planYears.at(-1)!.to)
    .limit(1)
    .execute();
  if (confirmed.length > 0) {
    throw new Problem(
      409,
      "confirmed",
      "この計画の期間に確認済みの四半期があるため、デモの相談案件は作れません（デモの支援の記録がその期間の締めに反します）。",
    );
  }
}

// ---- writing ------------------------------------------------------------------------------------

async function nextId(trx: Trx, table: "support_cases" | "support_case_steps"): Promise<number> {
  const r = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.max("id").as("m"))
    .executeTakeFirst();
  return Number(r?.m ?? 0) + 1;
}

/** Inserts rows in statements of as many rows as the database binds. */
async function insertAll<T extends keyof Database & `support_${string}`>(
  store: Store,
  trx: Trx,
  table: T,
  rows: readonly Record<string, unknown>[],
) {
  if (rows.length === 0) return;
  const per = Math.max(1, Math.floor(MAX_VALUES[store.dialect] / Object.keys(rows[0]!).length));
  for (let i = 0; i < rows.length; i += per) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + per) as never)
      .execute();
  }
}

/** Who a demo row was recorded by: 「（デモ）北洋銀行 担当」. */
const actor = (o: SupportOrganization) => `${DEMO_MARK}${shown(o)} 担当`;

async function writeCases(store: Store, trx: Trx, planId: number, cases: readonly DemoCase[]) {
  if (store.dialect === "postgres") {
    await sql`lock table support_cases, support_case_steps in share row exclusive mode`.execute(trx);
  }
  const desk = await deskOf(trx, PLAN_KEY);
  const nameOf = (id: number) => actor(desk.byId.get(id)!);
  let caseId = await nextId(trx, "support_cases");
  let stepId = await nextId(trx, "support_case_steps");
  const rows = {
    cases: [] as object[],
    steps: [] as object[],
    members: [] as object[],
    records: [] as object[],
  };
  for (const c of cases) {
    const id = caseId++;
    rows.cases.push(caseRow(planId, id, c));
    for (const s of c.steps) {
      const sid = stepId++;
      rows.steps.push({
        id: sid,
        case_id: id,
        kind: s.kind,
        date: s.date,
        from_organization_id: s.fromId,
        to_organization_id: s.toId,
        to_outside: s.toOutside,
        reason: s.reason,
        recorded_at: s.at,
        recorded_by: null,
        recorded_by_name: nameOf(s.fromId),
      });
      s.members.forEach((m, i) =>
        rows.members.push({
          step_id: sid,
          organization_id: m.organizationId,
          outside: m.outside,
          role: m.role,
          sort_order: i + 1,
        }),
      );
    }
    for (const r of c.supports) {
      rows.records.push({
        case_id: id,
        organization_id: r.organizationId,
        date: r.date,
        kind: r.kind,
        note: r.note,
        created_at: r.at,
        created_by: null,
      });
    }
  }
  await insertAll(store, trx, "support_cases", rows.cases as never);
  await insertAll(store, trx, "support_case_steps", rows.steps as never);
  await insertAll(store, trx, "support_team_members", rows.members as never);
  await insertAll(store, trx, "support_records", rows.records as never);
  if (store.dialect === "postgres") {
    for (const t of ["support_cases", "support_case_steps"]) {
      await sql`select setval(pg_get_serial_sequence(${t}, 'id'), (select max(id) from ${sql.table(t)}))`.execute(
        trx,
      );
    }
  }
}

/** A case as the service stores it: version 1 at registration, one more for each change after. */
function caseRow(planId: number, id: number, c: DemoCase) {
  const changes = c.steps.length + c.supports.length + (c.closed ? 1 : 0);
  const last = [c.at, ...c.steps.map((s) => s.at), ...c.supports.map((s) => s.at), c.closed?.at ?? ""];
  return {
    id,
    plan_id: planId,
    company: c.company,
    municipality: c.municipality,
    field: c.field,
    stage: c.stage,
    approved_project: c.approvedProject ? 1 : 0,
    request: c.request,
    received_on: c.receivedOn,
    received_by: c.receivedBy,
    status: c.closed ? "closed" : "open",
    outcome: c.closed?.outcome ?? null,
    closed_on: c.closed?.on ?? null,
    version: 1 + changes,
    created_at: c.at,
    created_by: null,
    updated_at: last.reduce((a, b) => (b > a ? b : a)),
    updated_by: null,
  };
}

// ---- confirmed quarters -------------------------------------------------------------------------

/** The quarters from the desk's first support to the plan's end, but for the last OPEN_QUARTERS. */
function confirmableQuarters(cases: readonly DemoCase[], planYears: readonly PlanYear[]): FiscalQuarter[] {
  const dates = cases.flatMap((c) => c.supports.map((s) => s.date)).sort();
  if (dates.length === 0) return [];
  const first = fiscalQuarterOf(dates[0]!)!;
  const quarters: FiscalQuarter[] = [];
  for (let y = first.fiscalYear; y <= planYears.at(-1)!.to; y++) {
    for (const q of [1, 2, 3, 4] as const) {
      if (y > first.fiscalYear || q >= first.quarter) quarters.push({ fiscalYear: y, quarter: q });
    }
  }
  return quarters.slice(0, Math.max(0, quarters.length - OPEN_QUARTERS));
}

/** Each organization with support in the register confirms each quarter, as its staff would. */
async function confirmQuarters(trx: Trx, desk: Desk, quarters: readonly FiscalQuarter[]) {
  const cells = await cellsOf(trx, desk);
  const supporting = new Set(cells.map((c) => c.organizationId));
  const rows = desk.list
    .filter((o) => supporting.has(o.id))
    .flatMap((o) =>
      quarters.map((q) => {
        const day = new Date(Date.parse(`${quarterDates(q).to}T00:00:00Z`) + 10 * 86_400_000);
        const own = cells.filter(
          (c) => c.organizationId === o.id && c.fiscalYear === q.fiscalYear && c.quarter === q.quarter,
        );
        return {
          organization_id: o.id,
          fiscal_year: q.fiscalYear,
          quarter: q.quarter,
          figures: JSON.stringify(own),
          confirmed_at: `${day.toISOString().slice(0, 10)}T01:00:00.000Z`,
          confirmed_by: null,
          confirmed_by_name: actor(o),
        };
      }),
    );
  for (let i = 0; i < rows.length; i += 500) {
    await trx
      .insertInto("support_quarter_confirmations")
      .values(rows.slice(i, i + 500))
      .execute();
  }
  return rows.length;
}

function summaryEntry(cases: readonly DemoCase[], confirmations: number) {
  const n = counts(cases);
  const text =
    `デモの相談案件 ${n.cases}件（うち支援 ${n.supported}件）、回付 ${n.steps}件、支援の記録 ${n.supports}件、` +
    `確認済みの四半期 ${confirmations}件を作成（hyoka demo generate --desk。案件ごとの監査記録は作らない）`;
  return {
    action: "support.demo",
    entity: "support_plan",
    entityId: PLAN_KEY,
    label: "デモの相談案件",
    new: text,
  };
}
