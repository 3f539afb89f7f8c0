// The support desk of seed 001 at service level, on both stores: the flow (a bank's staff
// registers a case and reports it to the center, the center hands it on to ノーステック財団, which records
// support; 新規 in its quarter and plan year, 継続 the next fiscal year, lapsed the year after with no
// support), who sees and changes what, the 409s (stale version, confirmed quarter), the 別紙 warning,
// the audit trail, and the import of the 別紙 list. Expected values are counted by hand from the plan:
// plan years 2017–2018, 2019, 2020, 2021, 2022 (I 1 (5), targets 10 / 20 / 30 / 30 / 30).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { principalByEmail } from "../../src/auth/auth.ts";
import type { Principal } from "../../src/domain/rights.ts";
import { auditTrail } from "../../src/services/audit.ts";
import {
  caseDetail,
  closeCase,
  confirmQuarter,
  followUpsDue,
  listCases,
  planYearCounts,
  quarterlyCounts,
  recordSupport,
  registerCase,
  routeCase,
} from "../../src/services/support-desk.ts";
import { makeUser } from "../support/accounts.ts";
import { importSeeds } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const PLAN = "hokkaido-kita-monozukuri-support";
const NOASTEC = "公益財団法人北海道科学技術総合振興センター";
const HOKUYO = "株式会社北洋銀行";
const DOGIN = "株式会社北海道銀行";
const CENTER = "道総研産業技術研究本部ものづくり支援センター";

const CASE = {
  company: "株式会社十勝テスト食品",
  municipality: "帯広市",
  field: "food_manufacturing",
  stage: "productization",
  approvedProject: true,
  request: "長いもを使った新製品の殺菌工程について相談したい。",
  receivedOn: "2019-05-20",
} as const;

/** The refusal a call ends in. */
async function refusal(call: Promise<unknown>) {
  try {
    await call;
  } catch (e) {
    return e as { status: number; code: string; message: string; details: Record<string, unknown> };
  }
  throw new Error("expected a refusal");
}

for (const dialect of DIALECTS) {
  describe(`support desk on ${dialect}`, () => {
    let store: TestStore;
    const who = {} as Record<"bank" | "center" | "noastec" | "dogin" | "admin" | "evaluator", Principal>;
    const org = {} as Record<"noastec" | "hokuyo" | "dogin" | "center", number>;
    let caseId: number;
    let version: number;
    /** The cases registered for the warnings, in order: 室蘭市, 旭川市, 小樽市. */
    const warned: number[] = [];

    const orgId = async (name: string, kind = "core") =>
      (
        await store.db
          .selectFrom("support_organizations")
          .select("id")
          .where("name", "=", name)
          .where("kind", "=", kind)
          .executeTakeFirstOrThrow()
      ).id;

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["001"]);
      const users: [keyof typeof who, string, Record<string, string>][] = [
        ["bank", "supporter", { organization: "北洋銀行" }],
        ["center", "supporter", { organization: "ものづくり支援センター" }],
        ["noastec", "supporter", { organization: "ノーステック財団" }],
        ["dogin", "supporter", { organization: "北海道銀行" }],
        ["admin", "admin", {}],
        ["evaluator", "evaluator", { plan: PLAN }],
      ];
      for (const [name, role, scope] of users) {
        await makeUser(store, `${name}@example.jp`, role, scope);
        who[name] = await principalByEmail(store, `${name}@example.jp`);
      }
      org.noastec = await orgId(NOASTEC);
      org.hokuyo = await orgId(HOKUYO);
      org.dogin = await orgId(DOGIN);
      org.center = await orgId(CENTER, "member");
    });
    afterAll(async () => store.cleanup());

    describe("the 別紙 list and the organizations, as imported", () => {
      it("stores the 24 basic plans and their 57 fields, and marks the center", async () => {
        const plans = await store.db
          .selectFrom("support_basic_plans")
          .select(["name", "municipalities"])
          .orderBy("sort_order")
          .execute();
        expect(plans).toHaveLength(24);
        expect(plans[1]).toEqual({
          name: "函館市・北斗市・七飯町",
          municipalities: '["函館市","北斗市","七飯町"]',
        });
        const fields = await store.db.selectFrom("support_basic_plan_fields").select("field").execute();
        expect(fields).toHaveLength(57);
        expect(fields.filter((f) => f.field === null)).toHaveLength(8);
        const centers = await store.db
          .selectFrom("support_organizations")
          .select("name")
          .where("is_center", "=", 1)
          .execute();
        expect(centers).toEqual([{ name: CENTER }]);
      });

      it("keeps the organizations' ids when 001 is imported again", async () => {
        const before = await store.db
          .selectFrom("support_organizations")
          .select(["id", "name", "kind"])
          .orderBy("id")
          .execute();
        expect(before).toHaveLength(22);
        await importSeeds(store.db, ["001"]);
        const after = await store.db
          .selectFrom("support_organizations")
          .select(["id", "name", "kind"])
          .orderBy("id")
          .execute();
        expect(after).toEqual(before);
        expect(await store.db.selectFrom("support_basic_plans").select("id").execute()).toHaveLength(24);
      });
    });

    describe("the issue's flow", () => {
      it("a bank's staff registers a case: version 1, no warning (帯広市 names 食料品製造)", async () => {
        const saved = await registerCase(store.db, who.bank, PLAN, CASE);
        expect(saved).toMatchObject({ version: 1, warnings: [] });
        caseId = saved.id;
        version = saved.version;
        const detail = await caseDetail(store.db, who.bank, caseId);
        expect(detail).toMatchObject({
          company: CASE.company,
          status: "open",
          receivedBy: { id: org.hokuyo, shortName: "北洋銀行" },
          approvedProject: true,
          steps: [],
          supports: [],
        });
      });

      it("ノーステック財団 does not see it before it is routed there (403)", async () => {
        expect((await refusal(caseDetail(store.db, who.noastec, caseId))).status).toBe(403);
      });

      it("the bank reports it to the center (ウb)", async () => {
        const input = {
          version,
          kind: "reported",
          date: "2019-05-21",
          reason: "殺菌工程の技術的な評価が必要",
        } as const;
        version = (await routeCase(store.db, who.bank, caseId, input)).version;
        expect(version).toBe(2);
      });

      it("only the center hands a case on (403 for the bank)", async () => {
        const input = { version, kind: "handed_on", toOrganizationId: org.noastec } as const;
        const r = await refusal(routeCase(store.db, who.bank, caseId, input));
        expect(r.status).toBe(403);
        expect(r.message).toBe("「他の機関へ引継ぎ」はセンターが行います。");
      });

      it("the center hands it on to ノーステック財団 (イb)", async () => {
        const input = {
          version,
          kind: "handed_on",
          date: "2019-05-27",
          toOrganizationId: org.noastec,
          reason: "科学技術面の支援",
        } as const;
        version = (await routeCase(store.db, who.center, caseId, input)).version;
        expect(version).toBe(3);
        const steps = (await caseDetail(store.db, who.noastec, caseId)).steps;
        expect(steps.map((s) => [s.kind, s.date, s.from.id, s.to?.id ?? null, s.recordedBy])).toEqual([
          ["reported", "2019-05-21", org.hokuyo, org.center, "bank"],
          ["handed_on", "2019-05-27", org.center, org.noastec, "center"],
        ]);
      });

      it("ノーステック財団 records support in FY2019 Q1 and in FY2020 Q2", async () => {
        for (const [date, note] of [
          ["2019-06-10", "試作品の殺菌条件を評価"],
          ["2020-08-05", "量産試験の助言"],
        ]) {
          const r = await recordSupport(store.db, who.noastec, caseId, {
            version,
            date: date!,
            kind: "technical",
            note,
          });
          version = r.version;
        }
        expect(version).toBe(5);
        const supports = (await caseDetail(store.db, who.bank, caseId)).supports;
        expect(supports.map((s) => [s.date, s.organization.id, s.kind])).toEqual([
          ["2019-06-10", org.noastec, "technical"],
          ["2020-08-05", org.noastec, "technical"],
        ]);
      });

      it("counts it as 新規 in 2019 Q1 and 継続 in 2020 Q2, for ノーステック財団 and 食料品製造", async () => {
        const { cells } = await quarterlyCounts(store.db, null, PLAN);
        expect(cells).toEqual([
          {
            fiscalYear: 2019,
            quarter: 1,
            organizationId: org.noastec,
            field: "food_manufacturing",
            status: "new",
            cases: 1,
          },
          {
            fiscalYear: 2020,
            quarter: 2,
            organizationId: org.noastec,
            field: "food_manufacturing",
            status: "follow-up",
            cases: 1,
          },
        ]);
        expect((await quarterlyCounts(store.db, null, PLAN, { fiscalYear: 2020 })).cells).toHaveLength(1);
      });

      it("per plan year: 新規 2019, 継続 2020, lapsed 2021 (no support there); the targets beside them", async () => {
        const { planYears } = await planYearCounts(store.db, who.center, PLAN, { asOf: "2023-04-01" });
        expect(
          planYears.map((y) => [y.from, y.to, y.target, y.new, y.followUp, y.total, y.lapsed, y.lapsedCases]),
        ).toEqual([
          [2017, 2018, "10", 0, 0, 0, 0, []],
          [2019, 2019, "20", 1, 0, 1, 0, []],
          [2020, 2020, "30", 0, 1, 1, 0, []],
          [2021, 2021, "30", 0, 0, 0, 1, [caseId]],
          [2022, 2022, "30", 0, 0, 0, 0, []],
        ]);
        const detail = await caseDetail(store.db, who.center, caseId);
        expect(detail.years.map((y) => y.status)).toEqual([null, "new", "follow-up", "lapsed", null]);
      });

      it("lists the follow-up due in FY2021 for those who see the case", async () => {
        const due = [
          { caseId, company: CASE.company, planYear: { from: 2021, to: 2021 }, dueBy: "2022-03-31" },
        ];
        for (const p of [who.center, who.noastec, who.bank, who.admin]) {
          expect((await followUpsDue(store.db, p, PLAN, { asOf: "2021-10-01" })).due).toEqual(due);
        }
        expect((await followUpsDue(store.db, who.dogin, PLAN, { asOf: "2021-10-01" })).due).toEqual([]);
        // Once FY2021 is over it is lapsed, no longer due; in FY2020 it was supported, so nothing was due.
        expect((await followUpsDue(store.db, who.center, PLAN, { asOf: "2022-04-01" })).due).toEqual([]);
        expect((await followUpsDue(store.db, who.center, PLAN, { asOf: "2020-12-01" })).due).toEqual([]);
      });
    });

    describe("who sees and changes what", () => {
      it("another organization's staff can neither see nor change the case (403), nor finds it listed", async () => {
        expect((await refusal(caseDetail(store.db, who.dogin, caseId))).status).toBe(403);
        const route = { version, kind: "handled" } as const;
        expect((await refusal(routeCase(store.db, who.dogin, caseId, route))).status).toBe(403);
        const support = { version, date: "2020-09-01", kind: "advice" } as const;
        expect((await refusal(recordSupport(store.db, who.dogin, caseId, support))).status).toBe(403);
        expect(
          (await refusal(closeCase(store.db, who.dogin, caseId, { version, outcome: "x" }))).status,
        ).toBe(403);
        expect((await listCases(store.db, who.dogin, PLAN)).cases).toEqual([]);
      });

      it("the center and administrators see every case; the organizations involved see theirs", async () => {
        for (const p of [who.center, who.admin, who.bank, who.noastec]) {
          expect((await listCases(store.db, p, PLAN)).cases.map((c) => c.id)).toEqual([caseId]);
        }
      });

      it("anonymous users and evaluators get counts only", async () => {
        expect((await refusal(caseDetail(store.db, null, caseId))).status).toBe(401);
        expect((await refusal(listCases(store.db, null, PLAN))).status).toBe(401);
        expect((await refusal(followUpsDue(store.db, null, PLAN))).status).toBe(401);
        expect((await refusal(caseDetail(store.db, who.evaluator, caseId))).status).toBe(403);
        expect((await refusal(listCases(store.db, who.evaluator, PLAN))).status).toBe(403);
        const counts = await planYearCounts(store.db, null, PLAN, { asOf: "2023-04-01" });
        expect(counts.planYears[3]).toMatchObject({ lapsed: 1, lapsedCases: [] });
        expect(
          (await planYearCounts(store.db, who.evaluator, PLAN, { asOf: "2023-04-01" })).planYears[3]
            ?.lapsedCases,
        ).toEqual([]);
      });

      it("a case that does not exist is a 404", async () => {
        expect((await refusal(caseDetail(store.db, who.center, 2_147_483_647))).status).toBe(404);
      });

      it("a team the center forms (エ) makes its members' staff see the case", async () => {
        const members = [
          { organizationId: org.noastec, role: "技術開発の支援" },
          { organizationId: org.dogin, role: "設備資金の融資" },
          { outside: "北海道大学", role: "共同研究" },
        ];
        version = (
          await routeCase(store.db, who.center, caseId, {
            version,
            kind: "team",
            date: "2020-09-15",
            members,
          })
        ).version;
        expect(version).toBe(6);
        const detail = await caseDetail(store.db, who.dogin, caseId);
        expect(detail.team.map((m) => [m.organization?.id ?? null, m.outside, m.role])).toEqual([
          [org.noastec, null, "技術開発の支援"],
          [org.dogin, null, "設備資金の融資"],
          [null, "北海道大学", "共同研究"],
        ]);
        expect((await listCases(store.db, who.dogin, PLAN)).cases.map((c) => c.id)).toEqual([caseId]);
      });
    });

    describe("refusals", () => {
      it("a save based on a stale version is a 409 with the current version", async () => {
        const r = await refusal(
          routeCase(store.db, who.center, caseId, { version: version - 1, kind: "handled" }),
        );
        expect(r.status).toBe(409);
        expect(r.code).toBe("conflict");
        expect(r.details.version).toBe(6);
        const s = await refusal(
          recordSupport(store.db, who.noastec, caseId, { version: 2, date: "2020-10-01", kind: "advice" }),
        );
        expect([s.status, s.details.version]).toEqual([409, 6]);
      });

      it("input is checked field by field (422, Japanese messages)", async () => {
        const r = await refusal(
          registerCase(store.db, who.bank, PLAN, {
            ...CASE,
            company: "  ",
            receivedOn: "2019-02-30",
            field: "tourism" as "it",
          }),
        );
        expect(r.status).toBe(422);
        expect(r.details.errors).toEqual([
          { field: "company", message: "会社名を入力してください。" },
          {
            field: "field",
            message:
              "事業分野は food_manufacturing（食料品製造関連）、manufacturing（ものづくり関連）、it（IT関連） のいずれかです。",
          },
          {
            field: "receivedOn",
            message: "受付日は暦にある日を YYYY-MM-DD の形で入力してください（例: 2019-06-10）。",
          },
        ]);
        const team = await refusal(
          routeCase(store.db, who.center, caseId, { version, kind: "team", members: [] }),
        );
        expect([team.status, team.details.errors]).toEqual([
          422,
          [{ field: "members", message: "チームの構成（支援機関と役割）を一つ以上指定してください。" }],
        ]);
      });

      it("a quarter an organization confirmed is locked for its records (409), not for others'", async () => {
        const confirmed = await confirmQuarter(store.db, who.noastec, PLAN, { fiscalYear: 2019, quarter: 1 });
        expect(confirmed.cells).toEqual([
          {
            fiscalYear: 2019,
            quarter: 1,
            organizationId: org.noastec,
            field: "food_manufacturing",
            status: "new",
            cases: 1,
          },
        ]);
        const locked = await refusal(
          recordSupport(store.db, who.noastec, caseId, { version, date: "2019-06-30", kind: "advice" }),
        );
        expect(locked.status).toBe(409);
        expect(locked.code).toBe("quarter_locked");
        expect(locked.message).toBe(
          "ノーステック財団の令和元年度第1四半期の件数は確認済みのため、この期間（2019-04-01〜2019-06-30）の支援は記録できません。",
        );
        // The day after the quarter, and another organization in it, are open.
        version = (
          await recordSupport(store.db, who.noastec, caseId, { version, date: "2019-07-01", kind: "advice" })
        ).version;
        version = (
          await recordSupport(store.db, who.center, caseId, { version, date: "2019-06-28", kind: "advice" })
        ).version;
        expect(version).toBe(8);
        expect(
          (await refusal(confirmQuarter(store.db, who.noastec, PLAN, { fiscalYear: 2019, quarter: 1 }))).code,
        ).toBe("confirmed");
        const other = await refusal(
          confirmQuarter(store.db, who.bank, PLAN, {
            organizationId: org.noastec,
            fiscalYear: 2019,
            quarter: 1,
          }),
        );
        expect(other.status).toBe(403);
        const shown = await quarterlyCounts(store.db, null, PLAN, { fiscalYear: 2019 });
        expect(shown.confirmations).toEqual([
          {
            organizationId: org.noastec,
            fiscalYear: 2019,
            quarter: 1,
            confirmedAt: expect.any(String),
            confirmedBy: null,
          },
        ]);
        expect((await quarterlyCounts(store.db, who.noastec, PLAN)).confirmations[0]?.confirmedBy).toBe(
          "noastec",
        );
      });

      it("a case whose field its municipality's basic plan does not name is registered, with a warning", async () => {
        const muroran = await registerCase(store.db, who.center, PLAN, { ...CASE, municipality: "室蘭市" });
        const warning = "室蘭市の同意基本計画〈室蘭市〉（別紙）に食料品製造関連の事業分野はありません。";
        expect(muroran.warnings).toEqual([warning]);
        warned.push(muroran.id);
        expect((await caseDetail(store.db, who.center, muroran.id)).warnings).toEqual([warning]);
        // 旭川市 has two basic plans: the second names IT.
        const asahikawa = await registerCase(store.db, who.center, PLAN, {
          ...CASE,
          municipality: "旭川市",
          field: "it",
        });
        expect(asahikawa.warnings).toEqual([]);
        warned.push(asahikawa.id);
        const otaru = await registerCase(store.db, who.center, PLAN, { ...CASE, municipality: "小樽市" });
        expect(otaru.warnings).toEqual(["小樽市の同意基本計画は別紙にありません。"]);
        warned.push(otaru.id);
      });

      it("a closed case is not routed again (409) but may still be followed up", async () => {
        version = (
          await closeCase(store.db, who.noastec, caseId, {
            version,
            outcome: "製品化に至った",
            closedOn: "2020-12-20",
          })
        ).version;
        const detail = await caseDetail(store.db, who.bank, caseId);
        expect([detail.status, detail.outcome, detail.closedOn]).toEqual([
          "closed",
          "製品化に至った",
          "2020-12-20",
        ]);
        expect(
          (await refusal(routeCase(store.db, who.center, caseId, { version, kind: "handled" }))).code,
        ).toBe("closed");
        version = (
          await recordSupport(store.db, who.noastec, caseId, { version, date: "2021-05-10", kind: "market" })
        ).version;
        const { planYears } = await planYearCounts(store.db, null, PLAN, { asOf: "2023-04-01" });
        expect(planYears[3]).toMatchObject({ from: 2021, followUp: 1, lapsed: 0 });
      });
    });

    describe("the audit trail", () => {
      it("records the registration field by field, each step, support, the closing and the confirmation", async () => {
        const rows = (await auditTrail(store.db)).filter(
          (r) => r.entity === "support_case" && r.entity_id === String(caseId),
        );
        const registered = rows.filter((r) => r.action === "support.register");
        expect(registered.map((r) => [r.field, r.new_value])).toEqual([
          ["company", CASE.company],
          ["municipality", "帯広市"],
          ["field", "食料品製造関連"],
          ["stage", "製品化"],
          ["approvedProject", "承認済み"],
          ["request", CASE.request],
          ["receivedOn", "2019-05-20"],
          ["receivedBy", HOKUYO],
        ]);
        expect(registered[0]?.user_name).toBe("bank <bank@example.jp>");
        const routed = rows.filter((r) => r.action === "support.route");
        expect(routed.map((r) => [r.label, r.new_value, r.reason])).toEqual([
          ["センターへ報告", "北洋銀行 → ものづくり支援センター", "殺菌工程の技術的な評価が必要"],
          ["他の機関へ引継ぎ", "ものづくり支援センター → ノーステック財団", "科学技術面の支援"],
          [
            "チームを結成",
            "ものづくり支援センター: チーム ノーステック財団（技術開発の支援）、北海道銀行（設備資金の融資）、北海道大学（共同研究）",
            null,
          ],
        ]);
        const supported = rows.filter((r) => r.action === "support.record").map((r) => r.new_value);
        expect(supported).toEqual([
          "2019-06-10 ノーステック財団 技術支援: 試作品の殺菌条件を評価",
          "2020-08-05 ノーステック財団 技術支援: 量産試験の助言",
          "2019-07-01 ノーステック財団 助言",
          "2019-06-28 ものづくり支援センター 助言",
          "2021-05-10 ノーステック財団 販路支援",
        ]);
        const closed = rows.filter((r) => r.action === "support.close");
        expect(closed.map((r) => [r.field, r.old_value, r.new_value])).toEqual([
          ["status", "対応中", "終了"],
          ["outcome", null, "製品化に至った"],
          ["closedOn", null, "2020-12-20"],
        ]);
        const confirmations = (await auditTrail(store.db)).filter((r) => r.action === "support.confirm");
        expect(confirmations.map((r) => [r.entity_id, r.label, r.new_value])).toEqual([
          [`${org.noastec}/2019/1`, "ノーステック財団 令和元年度第1四半期", "食料品製造関連 新規 1件"],
        ]);
      });

      it("writes nothing for a refusal", async () => {
        const before = (await auditTrail(store.db)).length;
        await refusal(routeCase(store.db, who.dogin, caseId, { version, kind: "handled" }));
        await refusal(routeCase(store.db, who.center, caseId, { version: 1, kind: "handled" }));
        expect((await auditTrail(store.db)).length).toBe(before);
      });
    });

    describe("routing to outside bodies, the acting organization, and the filters", () => {
      let other: number;
      let v: number;

      it("an administrator registers as the center unless another organization is named", async () => {
        const saved = await registerCase(store.db, who.admin, PLAN, {
          ...CASE,
          company: "札幌ITテスト株式会社",
          municipality: "札幌市",
          field: "it",
          receivedOn: "2020-11-02",
        });
        other = saved.id;
        v = saved.version;
        expect((await caseDetail(store.db, who.center, other)).receivedBy.id).toBe(org.center);
      });

      it("the center handles a case itself and hands it on to an outside body", async () => {
        v = (
          await routeCase(store.db, who.center, other, { version: v, kind: "handled", date: "2020-11-04" })
        ).version;
        const outside = {
          version: v,
          kind: "handed_on",
          date: "2020-11-20",
          toOutside: "産総研北海道センター",
        } as const;
        v = (await routeCase(store.db, who.center, other, outside)).version;
        const steps = (await caseDetail(store.db, who.center, other)).steps;
        expect(steps.map((s) => [s.kind, s.from.id, s.to?.id ?? null, s.toOutside])).toEqual([
          ["handled", org.center, org.center, null],
          ["handed_on", org.center, null, "産総研北海道センター"],
        ]);
      });

      it.each([
        [
          { kind: "reported" },
          "kind",
          "センターはセンターへ報告しません。引き継ぐかチームを結成してください。",
        ],
        [
          { kind: "handed_on" },
          "toOrganizationId",
          "引継ぎ先は、支援機関（toOrganizationId）か外部機関（toOutside）のどちらか一つを指定してください。",
        ],
        [
          { kind: "handed_on", toOrganizationId: 1, toOutside: "JST" },
          "toOrganizationId",
          "引継ぎ先は、支援機関（toOrganizationId）か外部機関（toOutside）のどちらか一つを指定してください。",
        ],
        [
          { kind: "handled", toOutside: "JST" },
          "kind",
          "自ら対応するときは、引継ぎ先やチームを指定しません。",
        ],
      ] as const)("refuses a step %j (422 on %s)", async (step, field, message) => {
        const r = await refusal(routeCase(store.db, who.center, other, { version: v, ...step }));
        expect([r.status, r.details.errors]).toEqual([422, [{ field, message }]]);
      });

      it("refuses handing a case on to the center itself, and acting for another organization", async () => {
        const toCenter = await refusal(
          routeCase(store.db, who.center, other, {
            version: v,
            kind: "handed_on",
            toOrganizationId: org.center,
          }),
        );
        expect(toCenter.details.errors).toEqual([
          { field: "toOrganizationId", message: "センター自身には引き継げません。" },
        ]);
        const asOther = await refusal(
          routeCase(store.db, who.bank, caseId, { version, kind: "handled", organizationId: org.noastec }),
        );
        expect([asOther.status, asOther.message]).toEqual([
          403,
          "ノーステック財団として操作する権限がありません。",
        ]);
      });

      it("filters the list by fiscal year and quarter received, organization involved, field and status", async () => {
        const ids = async (filter: object) =>
          (await listCases(store.db, who.center, PLAN, filter)).cases.map((c) => c.id);
        // Newest received first; cases received the same day, the latest registered first.
        expect(await ids({})).toEqual([other, ...[...warned].reverse(), caseId]);
        expect(await ids({ fiscalYear: 2020 })).toEqual([other]);
        expect(await ids({ fiscalYear: 2019, quarter: 1 })).toEqual([...[...warned].reverse(), caseId]);
        expect(await ids({ fiscalYear: 2019, quarter: 2 })).toEqual([]);
        expect(await ids({ field: "it" })).toEqual([other, warned[1]]);
        expect(await ids({ status: "closed" })).toEqual([caseId]);
        expect(await ids({ organizationId: org.noastec })).toEqual([caseId]);
        expect(await ids({ organizationId: org.noastec, status: "open" })).toEqual([]);
        const r = await refusal(listCases(store.db, who.center, PLAN, { quarter: 1 }));
        expect(r.details.errors).toEqual([
          { field: "quarter", message: "四半期で絞り込むときは年度も指定してください。" },
        ]);
      });

      it("does not confirm a quarter that is not over", async () => {
        const r = await refusal(
          confirmQuarter(store.db, who.noastec, PLAN, { fiscalYear: 2199, quarter: 1 }),
        );
        expect([r.status, r.code]).toEqual([409, "quarter_not_over"]);
      });
    });
  });
}
