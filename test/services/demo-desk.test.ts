// The demo register of seed 001's support desk (hyoka demo generate --desk), on both stores: refused
// without seed 001; hundreds of cases, each routed as the plan's steps ア–エ allow (I 3 (2) ②); the
// counts close to the plan's targets (I 1 (5): 10 new a plan year, totals 10 / 20 / 30 / 30 / 30);
// idempotent; deterministic; and written as the service would write it (cases replayed through the
// service give the same rows). The ranges below are what "close to the targets" means here: new
// 10 ± 3 in each plan year, each total within 5 of its target.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { principalByEmail } from "../../src/auth/auth.ts";
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";
import type { Principal } from "../../src/domain/rights.ts";
import { ROUTING_STEP_KINDS, SUPPORT_KINDS, fiscalQuarterOf } from "../../src/domain/support-desk.ts";
import { auditTrail } from "../../src/services/audit.ts";
import {
  type DemoCase,
  DEMO_MARK,
  demoDeskReference,
  generateDemoDesk,
  planDemoDesk,
} from "../../src/services/demo-desk.ts";
import {
  caseDetail,
  closeCase,
  planYearCounts,
  quarterlyCounts,
  recordSupport,
  registerCase,
  routeCase,
} from "../../src/services/support-desk.ts";
import { makeUser } from "../support/accounts.ts";
import { importSeeds } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore, tableCounts } from "../support/stores.ts";

const PLAN = "hokkaido-kita-monozukuri-support";
const CENTER = "道総研産業技術研究本部ものづくり支援センター";
/** The plan's targets (I 1 (5)): the 2017–2018 column, then 2019 … 2022. */
const TARGETS = [10, 20, 30, 30, 30];
/** Cases replayed through the service and compared with the written rows. */
const REPLAYED = 25;

/** The refusal a call ends in. */
async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (e) {
    return e as { status: number; code: string; message: string };
  }
  throw new Error("expected a refusal");
}

/** A case as stored, organizations by name and without ids or timestamps: what two stores compare on. */
async function stored(db: Kysely<Database>, company: string) {
  const names = new Map(
    (await db.selectFrom("support_organizations").select(["id", "name"]).execute()).map((o) => [
      o.id,
      o.name,
    ]),
  );
  const name = (id: number | null) => (id === null ? null : names.get(id));
  const c = await db
    .selectFrom("support_cases")
    .selectAll()
    .where("company", "=", company)
    .executeTakeFirstOrThrow();
  const steps = await db
    .selectFrom("support_case_steps")
    .selectAll()
    .where("case_id", "=", c.id)
    .orderBy("id")
    .execute();
  const members = await db
    .selectFrom("support_team_members as m")
    .innerJoin("support_case_steps as s", "s.id", "m.step_id")
    .select(["m.step_id", "m.organization_id", "m.outside", "m.role", "m.sort_order"])
    .where("s.case_id", "=", c.id)
    .orderBy("m.step_id")
    .orderBy("m.sort_order")
    .execute();
  const records = await db
    .selectFrom("support_records")
    .selectAll()
    .where("case_id", "=", c.id)
    .orderBy("date")
    .orderBy("id")
    .execute();
  return {
    case: [
      c.company,
      c.municipality,
      c.field,
      c.stage,
      c.approved_project,
      c.request,
      c.received_on,
      name(c.received_by),
      c.status,
      c.outcome,
      c.closed_on,
      c.version,
    ],
    steps: steps.map((s) => ({
      kind: s.kind,
      date: s.date,
      from: name(s.from_organization_id),
      to: name(s.to_organization_id),
      outside: s.to_outside,
      reason: s.reason,
      members: members
        .filter((m) => m.step_id === s.id)
        .map((m) => [name(m.organization_id), m.outside, m.role]),
    })),
    records: records.map((r) => [r.date, name(r.organization_id), r.kind, r.note]),
  };
}

/** A demo case through the service, as the administrator acting for each organization in turn. */
async function replay(db: Kysely<Database>, admin: Principal, c: DemoCase) {
  const { id } = await registerCase(db, admin, PLAN, {
    company: c.company,
    municipality: c.municipality,
    field: c.field,
    stage: c.stage,
    approvedProject: c.approvedProject,
    request: c.request,
    receivedOn: c.receivedOn,
    receivedBy: c.receivedBy,
  });
  let version = 1;
  for (const s of c.steps) {
    ({ version } = await routeCase(db, admin, id, {
      version,
      kind: s.kind,
      date: s.date,
      organizationId: s.fromId,
      ...(s.kind === "handed_on" && s.toId !== null ? { toOrganizationId: s.toId } : {}),
      ...(s.toOutside !== null ? { toOutside: s.toOutside } : {}),
      ...(s.reason !== null ? { reason: s.reason } : {}),
      ...(s.kind === "team"
        ? {
            members: s.members.map((m) =>
              m.organizationId !== null
                ? { organizationId: m.organizationId, role: m.role }
                : { outside: m.outside!, role: m.role },
            ),
          }
        : {}),
    }));
  }
  for (const r of c.supports) {
    ({ version } = await recordSupport(db, admin, id, {
      version,
      date: r.date,
      organizationId: r.organizationId,
      kind: r.kind,
      note: r.note,
    }));
  }
  if (c.closed) {
    await closeCase(db, admin, id, {
      version,
      outcome: c.closed.outcome,
      closedOn: c.closed.on,
      organizationId: c.handlerId,
    });
  }
}

/** The register each dialect wrote, to compare: the same seed gives the same cases on both. */
const digests = new Map<string, string>();

for (const dialect of DIALECTS) {
  describe(`the demo register of the support desk on ${dialect}`, () => {
    let store: TestStore;
    let result: Awaited<ReturnType<typeof generateDemoDesk>>;
    let admin: Principal;
    let center: number;
    let refused: { status: number; message: string };
    let countsBefore: Record<string, number>;

    beforeAll(async () => {
      store = await createTestStore(dialect);
      countsBefore = await tableCounts(store);
      refused = await refusal(generateDemoDesk(store));
      await importSeeds(store.db, ["001"]);
      result = await generateDemoDesk(store);
      await makeUser(store, "admin@example.jp", "admin");
      admin = await principalByEmail(store, "admin@example.jp");
      center = (
        await store.db
          .selectFrom("support_organizations")
          .select("id")
          .where("name", "=", CENTER)
          .executeTakeFirstOrThrow()
      ).id;
    });
    afterAll(async () => store.cleanup());

    const cases = () => store.db.selectFrom("support_cases").selectAll().orderBy("id").execute();
    const steps = () => store.db.selectFrom("support_case_steps").selectAll().orderBy("id").execute();
    const records = () => store.db.selectFrom("support_records").selectAll().orderBy("id").execute();

    it("refuses clearly while seed 001 is not imported, and writes nothing", async () => {
      expect(refused.status).toBe(404);
      expect(refused.message).toContain(
        "資料 001（北海道「北のものづくり」連携支援計画）が取り込まれていない",
      );
      expect(refused.message).toContain("hyoka import");
      expect(countsBefore.support_cases).toBe(0);
    });

    it("makes hundreds of cases, every one marked as demo and routed at least once", async () => {
      const all = await cases();
      expect(all.length).toBeGreaterThanOrEqual(200);
      expect(all.length).toBeLessThan(1000);
      expect(result).toMatchObject({ written: true, cases: all.length });
      expect(all.every((c) => c.company.startsWith(DEMO_MARK))).toBe(true);
      expect(new Set(all.map((c) => c.company)).size).toBe(all.length);
      const routed = new Set((await steps()).map((s) => s.case_id));
      expect(all.filter((c) => !routed.has(c.id))).toEqual([]);
      // Received from January 2018 to March 2023, at the center and at the other organizations.
      expect(all.at(0)!.received_on >= "2018-01-01").toBe(true);
      expect(all.at(-1)!.received_on <= "2023-03-31").toBe(true);
      expect(new Set(all.map((c) => c.received_by)).size).toBeGreaterThanOrEqual(5);
      expect(all.filter((c) => c.received_by === center).length).toBeGreaterThan(50);
    });

    it("routes each case as the plan's steps say: who acts, and where the case goes", async () => {
      const all = await steps();
      expect(new Set(all.map((s) => s.kind))).toEqual(new Set(ROUTING_STEP_KINDS));
      const members = await store.db.selectFrom("support_team_members").selectAll().execute();
      for (const s of all) {
        const where = `step ${s.id} (${s.kind})`;
        if (s.kind === "handled") expect(s.to_organization_id, where).toBe(s.from_organization_id);
        if (s.kind === "reported") {
          expect(s.from_organization_id, where).not.toBe(center);
          expect(s.to_organization_id, where).toBe(center);
        }
        if (s.kind === "handed_on") {
          expect(s.from_organization_id, where).toBe(center);
          expect((s.to_organization_id === null) !== (s.to_outside === null), where).toBe(true);
          expect(s.to_organization_id, where).not.toBe(center);
        }
        if (s.kind === "team") {
          expect(s.from_organization_id, where).toBe(center);
          const own = members.filter((m) => m.step_id === s.id);
          expect(own.length, where).toBeGreaterThanOrEqual(2);
          expect(
            own.every((m) => m.role.length > 0 && (m.organization_id === null) !== (m.outside === null)),
          ).toBe(true);
        }
      }
      const teams = all.filter((s) => s.kind === "team");
      expect(teams.length).toBeGreaterThanOrEqual(5);
      expect(members.some((m) => m.outside !== null)).toBe(true);
      const outside = all.filter((s) => s.to_outside !== null).map((s) => s.to_outside);
      expect(outside.length).toBeGreaterThan(0);
      expect(outside.every((o) => /産業技術総合研究所|JST|大学/.test(o!))).toBe(true);
    });

    it("keeps the service's invariants: who supports, versions, nothing routed after closing", async () => {
      const all = await cases();
      const allSteps = await steps();
      const allRecords = await records();
      const members = await store.db
        .selectFrom("support_team_members as m")
        .innerJoin("support_case_steps as s", "s.id", "m.step_id")
        .select(["s.case_id", "m.organization_id"])
        .execute();
      for (const c of all) {
        const own = allSteps.filter((s) => s.case_id === c.id);
        const supports = allRecords.filter((r) => r.case_id === c.id);
        const involved = new Set([
          c.received_by,
          center,
          ...own.map((s) => s.to_organization_id),
          ...members.filter((m) => m.case_id === c.id).map((m) => m.organization_id),
        ]);
        expect(
          supports.filter((r) => !involved.has(r.organization_id)),
          `case ${c.id}`,
        ).toEqual([]);
        expect(c.version, `case ${c.id}`).toBe(
          1 + own.length + supports.length + (c.status === "closed" ? 1 : 0),
        );
        expect(c.received_on <= own[0]!.date).toBe(true);
        if (c.status === "closed") {
          expect(c.outcome).toBeTruthy();
          expect(
            own.every((s) => s.date <= c.closed_on!),
            `case ${c.id}`,
          ).toBe(true);
        } else expect([c.outcome, c.closed_on]).toEqual([null, null]);
      }
      const closed = all.filter((c) => c.status === "closed").length;
      expect(closed).toBeGreaterThan(all.length / 2);
      expect(closed).toBeLessThan(all.length);
    });

    it("gives plan-year counts close to the plan's targets, with some follow-ups lapsed", async () => {
      const { planYears } = await planYearCounts(store.db, null, PLAN, { asOf: "2023-04-01" });
      expect(planYears.map((y) => [y.from, y.to])).toEqual([
        [2017, 2018],
        [2019, 2019],
        [2020, 2020],
        [2021, 2021],
        [2022, 2022],
      ]);
      planYears.forEach((y, i) => {
        expect(y.new, `${y.from} new`).toBeGreaterThanOrEqual(7);
        expect(y.new, `${y.from} new`).toBeLessThanOrEqual(13);
        expect(Math.abs(y.total - TARGETS[i]!), `${y.from} total`).toBeLessThanOrEqual(5);
      });
      expect(planYears[0]!.followUp).toBe(0);
      // The plan's 支援件数 comes from the register: written anew with the demo, as after any change.
      const kpi = await store.db
        .selectFrom("observations as o")
        .innerJoin("documents as d", "d.id", "o.document_id")
        .select(["o.period_from", "o.period_to", "o.value", "o.estimate"])
        .where("d.kind", "=", "support-register")
        .orderBy("o.period_from")
        .execute();
      expect(kpi.map((o) => [o.period_from, o.period_to, Number(o.value), o.estimate])).toEqual(
        planYears.map((y) => [y.from, y.to, y.total, 0]),
      );
      const lapsed = planYears.reduce((a, y) => a + y.lapsed, 0);
      expect(lapsed).toBeGreaterThan(0);
      expect(lapsed).toBeLessThan(planYears.reduce((a, y) => a + y.followUp, 0) / 3);
    });

    it("records support of every kind, spread over the quarters", async () => {
      const all = await records();
      expect(new Set(all.map((r) => r.kind))).toEqual(new Set(SUPPORT_KINDS));
      const quarters = new Set(all.map((r) => JSON.stringify(fiscalQuarterOf(r.date))));
      // FY2017 Q4 (the desk opens in January 2018) and the 20 quarters of FY2018–2022.
      expect(quarters.size).toBeGreaterThanOrEqual(18);
      expect(all.every((r) => r.date >= "2018-01-01" && r.date <= "2023-03-31")).toBe(true);
    });

    it("reads back through the service: every case's detail", async () => {
      for (const c of await cases()) {
        const d = await caseDetail(store.db, admin, c.id);
        expect(d.steps.length).toBeGreaterThan(0);
      }
    });

    it("writes nothing when run again, and leaves one audit entry for the whole register", async () => {
      const before = await tableCounts(store);
      const again = await generateDemoDesk(store);
      expect(again).toMatchObject({ written: false, cases: before.support_cases });
      expect(await tableCounts(store)).toEqual(before);
      const entries = (await auditTrail(store.db)).filter((e) => e.action === "support.demo");
      expect(entries).toHaveLength(1);
      expect(entries[0]!.new_value).toContain(`デモの相談案件 ${result.cases}件`);
    });

    it("is deterministic: the same plan every time, and the same register on both stores", async () => {
      const ref = await demoDeskReference(store.db);
      expect(planDemoDesk(ref)).toEqual(planDemoDesk(ref));
      const register = [];
      for (const c of await cases()) register.push(await stored(store.db, c.company));
      const digest = JSON.stringify(register);
      for (const other of digests.values()) expect(digest).toBe(other);
      digests.set(dialect, digest);
    });

    it("writes the rows the service writes: the first cases replayed through it are stored alike", async () => {
      const fresh = await createTestStore(dialect);
      try {
        await importSeeds(fresh.db, ["001"]);
        await makeUser(fresh, "admin@example.jp", "admin");
        const freshAdmin = await principalByEmail(fresh, "admin@example.jp");
        const planned = planDemoDesk(await demoDeskReference(fresh.db)).slice(0, REPLAYED);
        for (const c of planned) await replay(fresh.db, freshAdmin, c);
        for (const c of planned)
          expect(await stored(fresh.db, c.company)).toEqual(await stored(store.db, c.company));
      } finally {
        await fresh.cleanup();
      }
    });
    it("confirms each organization's quarters but the plan's last two, which lock as confirmed ones do", async () => {
      const { confirmations } = await quarterlyCounts(store.db, null, PLAN);
      expect(confirmations.length).toBe(result.confirmations);
      expect(confirmations.some((c) => c.fiscalYear === 2022 && c.quarter === 2)).toBe(true);
      expect(confirmations.some((c) => c.fiscalYear === 2022 && c.quarter > 2)).toBe(false);
      const open = (await cases()).find((c) => c.status === "open" && c.received_by !== center)!;
      const locked = await refusal(
        recordSupport(store.db, admin, open.id, {
          version: open.version,
          date: "2019-06-10",
          organizationId: open.received_by,
          kind: "advice",
        }),
      );
      expect(locked.code).toBe("quarter_locked");
      const saved = await recordSupport(store.db, admin, open.id, {
        version: open.version,
        date: "2023-02-10",
        organizationId: center,
        kind: "advice",
        note: "テストの記録",
      });
      expect(saved.version).toBe(open.version + 1);
    });
  });
}
