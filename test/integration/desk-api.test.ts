// The support desk of seed 001 over HTTP, on both stores, with signed-in clients: the flow (a
// bank's staff registers a case and reports it to the center, the center hands it to ノーステック財団,
// which records support; 新規 in its quarter and plan year, 継続 the next fiscal year, lapsed the year
// after), who sees what (another organization's staff: 403 on the case and not in its list; anonymous:
// 401 on cases, counts only, with no company and no consultation in any public answer), the refusals
// with their statuses and codes, and how a body and a query are checked (docs/support-desk.md, Routes).
// Expected values are counted by hand from the plan: plan years 2017–2018, 2019, 2020, 2021, 2022 with
// the targets 10 / 20 / 30 / 30 / 30 (I 1 (5)); 5 core organizations and 17 network members, three of
// which (ノーステック財団, 中小企業総合支援センター, 道総研) are core ones as well: 19 organizations.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { createApp } from "../../src/server/app.ts";
import { type Client, client, makeUser, signIn } from "../support/accounts.ts";
import { importSeeds } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const PLAN = "hokkaido-kita-monozukuri-support";
const DESK = `/api/plans/${PLAN}/desk`;
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

const USERS = {
  bank: { organization: "北洋銀行" },
  center: { organization: "ものづくり支援センター" },
  noastec: { organization: "ノーステック財団" },
  dogin: { organization: "北海道銀行" },
} as const;
type Who = keyof typeof USERS | "evaluator" | "admin" | "anonymous";

for (const dialect of DIALECTS) {
  describe(`the desk's API on ${dialect}`, () => {
    let store: TestStore;
    const as = {} as Record<Who, Client>;
    /** Organization ids by short name, as the desk's reference data gives them. */
    const org: Record<string, number> = {};
    let caseId: number;
    let version: number;
    const casePath = () => `/api/desk/cases/${caseId}`;

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["001"]);
      const app = createApp(store, loadProfiles(), {
        auth: { secret: "desk-api-secret-0123456789abcdef0123" },
      });
      for (const [who, scope] of Object.entries(USERS)) {
        await makeUser(store, `${who}@example.jp`, "supporter", scope);
      }
      await makeUser(store, "evaluator@example.jp", "evaluator", { plan: PLAN });
      await makeUser(store, "admin@example.jp", "admin");
      as.anonymous = client(app, null);
      for (const who of [...Object.keys(USERS), "evaluator", "admin"] as Who[]) {
        const { cookie } = await signIn(app, `${who}@example.jp`);
        as[who] = client(app, cookie!);
      }
    });
    afterAll(async () => store.cleanup());

    describe("the reference data (public)", () => {
      it("lists the organizations with the center, the 別紙 basic plans and the fields' values", async () => {
        const { status, body } = await as.anonymous.get(DESK);
        expect(status).toBe(200);
        expect(body.plan.key).toBe(PLAN);
        expect(body.organizations).toHaveLength(19);
        expect(body.organizations.filter((o: { kind: string }) => o.kind === "core")).toHaveLength(5);
        expect(body.center.name).toBe(CENTER);
        expect(body.organizations.filter((o: { isCenter: boolean }) => o.isCenter)).toEqual([
          expect.objectContaining({ id: body.center.id, name: CENTER, kind: "member" }),
        ]);
        for (const o of body.organizations) if (o.shortName) org[o.shortName] = o.id;
        expect(Object.keys(org)).toEqual(
          expect.arrayContaining(["ノーステック財団", "北洋銀行", "北海道銀行", "ものづくり支援センター"]),
        );
        expect(body.basicPlans).toHaveLength(24);
        expect(body.basicPlans[1].municipalities).toEqual(["函館市", "北斗市", "七飯町"]);
        expect(body.choices.fields).toEqual([
          { value: "food_manufacturing", label: "食料品製造関連" },
          { value: "manufacturing", label: "ものづくり関連" },
          { value: "it", label: "IT関連" },
        ]);
        expect(body.choices.stages.map((s: { label: string }) => s.label)).toEqual([
          "研究開発",
          "製品化",
          "販路拡大",
        ]);
        expect(body.choices.supportKinds.map((s: { label: string }) => s.label)).toEqual([
          "技術支援",
          "助言",
          "融資・出資",
          "販路支援",
          "共同研究",
          "その他",
        ]);
      });

      it("is a 404 for a plan that does not exist", async () => {
        const { status, body } = await as.anonymous.get("/api/plans/no-such-plan/desk");
        expect([status, body.code]).toEqual([404, "not_found"]);
      });
    });

    describe("the issue's flow", () => {
      it("a bank's staff registers a case (201, version 1, no warning: 帯広市 names 食料品製造)", async () => {
        const { status, body } = await as.bank.send("POST", `${DESK}/cases`, CASE);
        expect(status).toBe(201);
        expect(body).toMatchObject({ version: 1, warnings: [] });
        caseId = body.id;
        version = body.version;
        const detail = await as.bank.get(casePath());
        expect(detail.status).toBe(200);
        expect(detail.body).toMatchObject({
          company: CASE.company,
          status: "open",
          receivedBy: { id: org["北洋銀行"], shortName: "北洋銀行" },
          steps: [],
          supports: [],
        });
      });

      it("and reports it to the center (ウb)", async () => {
        const step = {
          version,
          kind: "reported",
          date: "2019-05-21",
          reason: "殺菌工程の技術的な評価が必要",
        };
        const { status, body } = await as.bank.send("POST", `${casePath()}/steps`, step);
        expect([status, body]).toEqual([200, { version: 2 }]);
        version = body.version;
      });

      it("ノーステック財団 does not see it before it is routed there (403), nor the bank hand it on", async () => {
        expect((await as.noastec.get(casePath())).status).toBe(403);
        const handOn = { version, kind: "handed_on", toOrganizationId: org["ノーステック財団"] };
        const r = await as.bank.send("POST", `${casePath()}/steps`, handOn);
        expect([r.status, r.body.message]).toEqual([403, "「他の機関へ引継ぎ」はセンターが行います。"]);
      });

      it("the center hands it to ノーステック財団 (イb), which then sees its steps", async () => {
        const step = {
          version,
          kind: "handed_on",
          date: "2019-05-27",
          toOrganizationId: org["ノーステック財団"],
          reason: "科学技術面の支援",
        };
        const { status, body } = await as.center.send("POST", `${casePath()}/steps`, step);
        expect([status, body]).toEqual([200, { version: 3 }]);
        version = body.version;
        const detail = await as.noastec.get(casePath());
        expect(detail.status).toBe(200);
        expect(
          detail.body.steps.map((s: { kind: string; from: { id: number }; to: { id: number } }) => [
            s.kind,
            s.from.id,
            s.to.id,
          ]),
        ).toEqual([
          ["reported", org["北洋銀行"], org["ものづくり支援センター"]],
          ["handed_on", org["ものづくり支援センター"], org["ノーステック財団"]],
        ]);
      });

      it("ノーステック財団 records support in FY2019 Q1 (201)", async () => {
        const support = { version, date: "2019-06-10", kind: "technical", note: "試作品の殺菌条件を評価" };
        const { status, body } = await as.noastec.send("POST", `${casePath()}/supports`, support);
        expect(status).toBe(201);
        expect(body).toEqual({ version: 4, recordId: expect.any(Number) });
        version = body.version;
      });

      it("the quarter's counts show it as 新規 for ノーステック財団 and 食料品製造 (public)", async () => {
        const { status, body } = await as.anonymous.get(`${DESK}/quarters?fiscalYear=2019`);
        expect(status).toBe(200);
        expect(body).toEqual({
          cells: [
            {
              fiscalYear: 2019,
              quarter: 1,
              organizationId: org["ノーステック財団"],
              field: "food_manufacturing",
              status: "new",
              cases: 1,
            },
          ],
          confirmations: [],
        });
      });

      it("the plan year's counts show it as 新規 in 2019, beside the targets (public)", async () => {
        const { status, body } = await as.anonymous.get(`${DESK}/counts?asOf=2020-03-31`);
        expect(status).toBe(200);
        expect(
          body.planYears.map((y: Record<string, unknown>) => [
            y.from,
            y.to,
            y.target,
            y.new,
            y.followUp,
            y.total,
          ]),
        ).toEqual([
          [2017, 2018, "10", 0, 0, 0],
          [2019, 2019, "20", 1, 0, 1],
          [2020, 2020, "30", 0, 0, 0],
          [2021, 2021, "30", 0, 0, 0],
          [2022, 2022, "30", 0, 0, 0],
        ]);
      });

      it("the next fiscal year it is 継続; the year after, with no support, lapsed and due", async () => {
        const support = { version, date: "2020-08-05", kind: "advice" };
        const r = await as.noastec.send("POST", `${casePath()}/supports`, support);
        expect(r.status).toBe(201);
        version = r.body.version;
        const quarters = await as.anonymous.get(`${DESK}/quarters?fiscalYear=2020`);
        expect(quarters.body.cells).toEqual([
          {
            fiscalYear: 2020,
            quarter: 2,
            organizationId: org["ノーステック財団"],
            field: "food_manufacturing",
            status: "follow-up",
            cases: 1,
          },
        ]);
        const counts = await as.center.get(`${DESK}/counts?asOf=2023-04-01`);
        expect(
          counts.body.planYears.map((y: Record<string, unknown>) => [
            y.new,
            y.followUp,
            y.lapsed,
            y.lapsedCases,
          ]),
        ).toEqual([
          [0, 0, 0, []],
          [1, 0, 0, []],
          [0, 1, 0, []],
          [0, 0, 1, [caseId]],
          [0, 0, 0, []],
        ]);
        const due = [
          { caseId, company: CASE.company, planYear: { from: 2021, to: 2021 }, dueBy: "2022-03-31" },
        ];
        for (const who of ["noastec", "bank", "center", "admin"] as const) {
          const r = await as[who].get(`${DESK}/follow-ups?asOf=2021-10-01`);
          expect([who, r.status, r.body]).toEqual([who, 200, { asOf: "2021-10-01", due }]);
        }
        expect((await as.dogin.get(`${DESK}/follow-ups?asOf=2021-10-01`)).body.due).toEqual([]);
      });
    });

    describe("who sees what", () => {
      it("another organization's staff get 403 on the case and do not find it in their list", async () => {
        expect((await as.dogin.get(casePath())).status).toBe(403);
        for (const [path, payload] of [
          ["steps", { version, kind: "handled" }],
          ["supports", { version, date: "2020-09-01", kind: "advice" }],
          ["close", { version, outcome: "x" }],
        ] as const) {
          const r = await as.dogin.send("POST", `${casePath()}/${path}`, payload);
          expect([path, r.status, r.body.code]).toEqual([path, 403, "forbidden"]);
        }
        expect(await as.dogin.get(`${DESK}/cases`)).toEqual({ status: 200, body: { cases: [] } });
      });

      it("the center, administrators and the organizations involved list it", async () => {
        for (const who of ["center", "admin", "bank", "noastec"] as const) {
          const r = await as[who].get(`${DESK}/cases`);
          expect([who, r.status, r.body.cases.map((c: { id: number }) => c.id)]).toEqual([
            who,
            200,
            [caseId],
          ]);
        }
      });

      it("anonymous users get 401 on cases and follow-ups; a user without a desk right 403", async () => {
        const calls = (c: Client) => [
          c.get(casePath()),
          c.get(`${DESK}/cases`),
          c.get(`${DESK}/follow-ups`),
          c.send("POST", `${DESK}/cases`, CASE),
          c.send("POST", `${casePath()}/steps`, { version, kind: "handled" }),
          c.send("POST", `${casePath()}/supports`, { version, date: "2020-09-01", kind: "advice" }),
          c.send("POST", `${casePath()}/close`, { version, outcome: "x" }),
          c.send("POST", `${DESK}/quarters/confirm`, { fiscalYear: 2019, quarter: 1 }),
        ];
        for (const r of await Promise.all(calls(as.anonymous))) {
          expect([r.status, r.body.code]).toEqual([401, "unauthenticated"]);
        }
        for (const r of await Promise.all(calls(as.evaluator))) {
          expect([r.status, r.body.code]).toEqual([403, "forbidden"]);
        }
      });

      it("anonymous users get counts only: no company, no consultation, no case id", async () => {
        const answers = await Promise.all([
          as.anonymous.get(DESK),
          as.anonymous.get(`${DESK}/counts?asOf=2023-04-01`),
          as.anonymous.get(`${DESK}/quarters`),
          as.evaluator.get(`${DESK}/counts?asOf=2023-04-01`),
        ]);
        for (const { status, body } of answers) {
          expect(status).toBe(200);
          const text = JSON.stringify(body);
          expect(text).not.toContain(CASE.company);
          expect(text).not.toContain("十勝テスト");
          expect(text).not.toContain(CASE.request);
          expect(text).not.toMatch(/"caseId"|"company"|"request"/);
        }
        const counts = answers[1]!.body.planYears;
        expect(counts[3]).toMatchObject({ from: 2021, lapsed: 1, lapsedCases: [] });
        expect(answers[3]!.body.planYears[3].lapsedCases).toEqual([]);
      });

      it("a case that does not exist is a 404", async () => {
        const r = await as.center.get("/api/desk/cases/2147483647");
        expect([r.status, r.body.code]).toEqual([404, "not_found"]);
      });
    });

    describe("refusals", () => {
      it("a stale version is a 409 conflict with the current version", async () => {
        const r = await as.center.send("POST", `${casePath()}/steps`, { version: 1, kind: "handled" });
        expect([r.status, r.body.code, r.body.version]).toEqual([409, "conflict", version]);
      });

      it("a body the schema refuses is a 422 listing every field at fault, as the service answers", async () => {
        const r = await as.bank.send("POST", `${DESK}/cases`, {
          ...CASE,
          company: "  ",
          receivedOn: "2019-02-30",
          field: "tourism",
        });
        expect(r.status).toBe(422);
        expect(r.body.code).toBe("invalid");
        expect(r.body.errors).toEqual([
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
        const step = await as.center.send("POST", `${casePath()}/steps`, { kind: "sideways" });
        expect(step.status).toBe(422);
        expect(step.body.errors.map((e: { field: string }) => e.field)).toEqual(["version", "kind"]);
        const team = await as.center.send("POST", `${casePath()}/steps`, {
          version,
          kind: "team",
          members: [],
        });
        expect([team.status, team.body.errors]).toEqual([
          422,
          [{ field: "members", message: "チームの構成（支援機関と役割）を一つ以上指定してください。" }],
        ]);
      });

      it("NUL in a field, or a body that is no object, is one of those errors (422)", async () => {
        const nul = await as.bank.send("POST", `${DESK}/cases`, { ...CASE, company: "a\u0000b" });
        expect([nul.status, nul.body.errors]).toEqual([
          422,
          [{ field: "company", message: "会社名に NUL 文字（U+0000）は使えません。" }],
        ]);
        const notAnObject = await as.bank.send("POST", `${DESK}/cases`, [CASE]);
        expect([notAnObject.status, notAnObject.body.errors?.[0]?.field]).toEqual([422, "body"]);
      });

      it("a query parameter that cannot be read is a 400 naming it; a quarter without its year a 422", async () => {
        for (const [path, parameter] of [
          [`${DESK}/quarters?fiscalYear=1900`, "fiscalYear"],
          [`${DESK}/counts?asOf=2019-02-30`, "asOf"],
          [`${DESK}/cases?field=tourism`, "field"],
          [`${DESK}/cases?quarter=5`, "quarter"],
          [`${DESK}/cases?organizationId=x`, "organizationId"],
          ["/api/desk/cases/0", "id"],
        ] as const) {
          const r = await as.center.get(path);
          expect([path, r.status, r.body.parameter]).toEqual([path, 400, parameter]);
        }
        const r = await as.center.get(`${DESK}/cases?quarter=1`);
        expect([r.status, r.body.errors]).toEqual([
          422,
          [{ field: "quarter", message: "四半期で絞り込むときは年度も指定してください。" }],
        ]);
        const filtered = await as.center.get(
          `${DESK}/cases?fiscalYear=2019&quarter=1&field=food_manufacturing`,
        );
        expect(filtered.body.cases.map((c: { id: number }) => c.id)).toEqual([caseId]);
        expect((await as.center.get(`${DESK}/cases?fiscalYear=2020`)).body.cases).toEqual([]);
      });

      it("a confirmed quarter locks the organization's support there (409 quarter_locked)", async () => {
        const confirm = { fiscalYear: 2019, quarter: 1 };
        const ok = await as.noastec.send("POST", `${DESK}/quarters/confirm`, confirm);
        expect(ok.status).toBe(200);
        expect(ok.body).toMatchObject({
          organizationId: org["ノーステック財団"],
          fiscalYear: 2019,
          quarter: 1,
        });
        expect(ok.body.cells).toHaveLength(1);
        const locked = await as.noastec.send("POST", `${casePath()}/supports`, {
          version,
          date: "2019-06-30",
          kind: "advice",
        });
        expect([locked.status, locked.body.code]).toEqual([409, "quarter_locked"]);
        expect(locked.body.message).toBe(
          "ノーステック財団の令和元年度第1四半期の件数は確認済みのため、この期間（2019-04-01〜2019-06-30）の支援は記録できません。",
        );
        const again = await as.noastec.send("POST", `${DESK}/quarters/confirm`, confirm);
        expect([again.status, again.body.code]).toEqual([409, "confirmed"]);
        const future = await as.noastec.send("POST", `${DESK}/quarters/confirm`, {
          fiscalYear: 2199,
          quarter: 1,
        });
        expect([future.status, future.body.code]).toEqual([409, "quarter_not_over"]);
        // An administrator coordinates the desk but confirms no organization's figures.
        const admin = await as.admin.send("POST", `${DESK}/quarters/confirm`, {
          fiscalYear: 2019,
          quarter: 2,
        });
        expect(admin.status).toBe(403);
        const shown = await as.anonymous.get(`${DESK}/quarters?fiscalYear=2019`);
        expect(shown.body.confirmations).toEqual([
          {
            organizationId: org["ノーステック財団"],
            fiscalYear: 2019,
            quarter: 1,
            confirmedAt: expect.any(String),
            confirmedBy: null,
          },
        ]);
      });

      it("a closed case is not routed again (409 closed) nor closed twice", async () => {
        const close = { version, outcome: "製品化に至った", closedOn: "2020-12-20" };
        const closed = await as.noastec.send("POST", `${casePath()}/close`, close);
        expect([closed.status, closed.body]).toEqual([200, { version: version + 1 }]);
        version = closed.body.version;
        const route = await as.center.send("POST", `${casePath()}/steps`, { version, kind: "handled" });
        expect([route.status, route.body.code]).toEqual([409, "closed"]);
        const twice = await as.center.send("POST", `${casePath()}/close`, { version, outcome: "再度" });
        expect([twice.status, twice.body.code]).toEqual([409, "closed"]);
        const detail = await as.bank.get(casePath());
        expect([detail.body.status, detail.body.outcome, detail.body.closedOn]).toEqual([
          "closed",
          "製品化に至った",
          "2020-12-20",
        ]);
      });
    });
  });
}
