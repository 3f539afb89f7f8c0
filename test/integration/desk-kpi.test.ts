// Seed 001's 支援件数 from the desk's register, on both stores: cases registered and supported through
// the service, the actual of each plan year (新規 + 継続) as the indicator page, the plan page, the node
// page and the open data give it, its rate under the plan's profile (hokkaido-kihon-hyoka: latest
// actual ÷ the same period's target, half-up to one decimal), `hyoka check`, and the yearly cycle and
// its workbook refusing an entered actual. Expected figures are counted by hand.
//
// Plan years (I 1 (5)): P0 = 2017–2018 (target 10), P1 = 2019 (20), P2 = 2020 (30), P3 = 2021 (30),
// P4 = 2022 (30). A case is 新規 in the plan year of its first support, 継続 in the next two when
// supported there (lapsed when not: not counted). The cases, all at the center:
//   A: 2017-06-01, 2018-05-10 (P0), 2019-07-01 (P1); none in P2 → lapsed there.
//   B: 2018-11-20 (P0), 2020-02-10 (FY2019 = P1), 2020-04-01 (P2).
//   C: 2019-04-01 (P1); none in P2 → lapsed; 2021-09-30 (P3); 2022-05-01 (P4, beyond its three years).
//   D: 2016-12-01 (before the plan: not counted), 2021-03-31 (FY2020 = P2); none in P3 → lapsed.
//   E: registered, never supported: counted nowhere.
//   F: 2022-10-10 (P4).
// Counts: P0 new A B = 2; P1 new C + 継続 A B = 3; P2 new D + 継続 B = 2; P3 継続 C = 1; P4 new F = 1.
// Rate: the latest actual is P4's, 1 ÷ 30 = 3.333…% → 3.3 → Ｄ (< 80). D supported on 2022-06-01 makes
// P4 F + D = 2: 2 ÷ 30 = 6.666…% → 6.7.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { principalByEmail } from "../../src/auth/auth.ts";
import type { Principal } from "../../src/domain/rights.ts";
import { checkData } from "../../src/evaluation/check.ts";
import { openDataRows } from "../../src/opendata/tables.ts";
import { loadProfiles } from "../../src/profiles.ts";
import type { IndicatorDetail, NodeDetail, PlanDetail } from "../../src/server/schemas/read.ts";
import { createApp } from "../../src/server/app.ts";
import { recordSupport, registerCase } from "../../src/services/support-desk.ts";
import { refreshRegisterKpi } from "../../src/services/support-register-kpi.ts";
import { downloadValuesWorkbook, previewWorkbook } from "../../src/services/workbook.ts";
import { REGISTER_CELL_NOTE } from "../../src/workbook/write-values.ts";
import { type Client, client, makeUser, signIn } from "../support/accounts.ts";
import { importSeeds } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const PLAN = "hokkaido-kita-monozukuri-support";
const REGISTER_TITLE = "北海道「北のものづくり」連携支援計画 支援台帳（相談案件の集計）";

const REFUSAL =
  "「想定する支援件数」の実績値は支援台帳（相談案件の支援の記録）から集計されるため、入力できません。支援は相談窓口の台帳に記録してください。";

const CASE = {
  company: "株式会社テスト製作所",
  municipality: "帯広市",
  field: "food_manufacturing",
  stage: "research",
  approvedProject: false,
  request: "新製品の試作について相談したい。",
} as const;

const SUPPORTS: Record<"A" | "B" | "C" | "D" | "E" | "F", string[]> = {
  A: ["2017-06-01", "2018-05-10", "2019-07-01"],
  B: ["2018-11-20", "2020-02-10", "2020-04-01"],
  C: ["2019-04-01", "2021-09-30", "2022-05-01"],
  D: ["2016-12-01", "2021-03-31"],
  E: [],
  F: ["2022-10-10"],
};

/** The register's actuals as the indicator page lists them: [from, to, value, estimate]. */
const actualsOf = (d: IndicatorDetail) =>
  d.series
    .filter((s) => s.series === "actual" && s.document === REGISTER_TITLE)
    .map((s) => [s.period.from, s.period.to, s.value, s.estimate]);

for (const dialect of DIALECTS) {
  describe(`the plan's 支援件数 from the register on ${dialect}`, () => {
    let store: TestStore;
    let app: ReturnType<typeof createApp>;
    let center: Principal;
    let evaluator: Principal;
    let evaluatorApi: Client;
    let indicatorId: number;
    let nodeId: number;
    const cases = {} as Record<keyof typeof SUPPORTS, { id: number; version: number }>;
    const profiles = loadProfiles();
    const get = async <T>(path: string) => {
      const res = await app.request(path);
      return { status: res.status, body: (await res.json()) as T };
    };

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["001"]);
      app = createApp(store, profiles, { auth: { secret: "test-secret-0123456789abcdef0123456789" } });
      await makeUser(store, "center@example.jp", "supporter", { organization: "ものづくり支援センター" });
      await makeUser(store, "evaluator@example.jp", "evaluator", { plan: PLAN });
      center = await principalByEmail(store, "center@example.jp");
      evaluator = await principalByEmail(store, "evaluator@example.jp");
      evaluatorApi = client(app, (await signIn(app, "evaluator@example.jp")).cookie);
      const usage = await store.db
        .selectFrom("indicator_usages as u")
        .innerJoin("indicators as i", "i.id", "u.indicator_id")
        .select(["i.id", "u.node_id"])
        .where("i.key", "=", `${PLAN}:支援件数`)
        .executeTakeFirstOrThrow();
      indicatorId = usage.id;
      nodeId = usage.node_id;
    });
    afterAll(async () => store.cleanup());

    it("before any case, the register states nothing: no actual, no rate", async () => {
      const { body } = await get<IndicatorDetail>(`/api/indicators/${indicatorId}`);
      expect(actualsOf(body)).toEqual([]);
      expect(body.usages[0]).toMatchObject({ actual: null, rate: null, rateReason: "実績値が未捕捉" });
    });

    it("the first case registered: every plan year that is over gets 0", async () => {
      const saved = await registerCase(store.db, center, PLAN, { ...CASE, receivedOn: "2017-05-01" });
      cases.A = saved;
      const { body } = await get<IndicatorDetail>(`/api/indicators/${indicatorId}`);
      expect(actualsOf(body)).toEqual([
        [2017, 2018, "0", false],
        [2019, 2019, "0", false],
        [2020, 2020, "0", false],
        [2021, 2021, "0", false],
        [2022, 2022, "0", false],
      ]);
      expect(body.usages[0]).toMatchObject({ actual: { value: "0" }, rate: "0.0", grade: "Ｄ" });
    });

    it("the cases supported: 2 / 3 / 2 / 1 / 1 per plan year, with the 2017–2018 period as one", async () => {
      for (const name of ["B", "C", "D", "E", "F"] as const) {
        cases[name] = await registerCase(store.db, center, PLAN, {
          ...CASE,
          company: `株式会社テスト${name}`,
          receivedOn: SUPPORTS[name][0] ?? "2019-01-15",
        });
      }
      for (const [name, dates] of Object.entries(SUPPORTS) as [keyof typeof SUPPORTS, string[]][]) {
        for (const date of dates) {
          const r = await recordSupport(store.db, center, cases[name].id, {
            version: cases[name].version,
            date,
            kind: "advice",
          });
          cases[name].version = r.version;
        }
      }
      const { body } = await get<IndicatorDetail>(`/api/indicators/${indicatorId}`);
      expect(actualsOf(body)).toEqual([
        [2017, 2018, "2", false],
        [2019, 2019, "3", false],
        [2020, 2020, "2", false],
        [2021, 2021, "1", false],
        [2022, 2022, "1", false],
      ]);
      const p0 = body.series.find((s) => s.document === REGISTER_TITLE)!;
      expect(p0.note).toBe("新規 2件 + 継続 0件（支援台帳から集計）");
    });

    it("rate: the latest plan year's actual ÷ its target, 1 ÷ 30 → 3.3% (Ｄ), on the indicator page", async () => {
      const { body } = await get<IndicatorDetail>(`/api/indicators/${indicatorId}`);
      expect(body.usages).toHaveLength(1);
      expect(body.usages[0]).toMatchObject({
        actual: { value: "1", period: { from: 2022, to: 2022 }, estimate: false },
        target: { value: "30", period: { from: 2022, to: 2022 } },
        rate: "3.3",
        grade: "Ｄ",
        provisional: false,
        profile: "hokkaido-kihon-hyoka",
      });
    });

    it("the plan page and the node page show the same rate and grade", async () => {
      const plan = (await get<PlanDetail>(`/api/plans/${PLAN}`)).body;
      expect(plan.plan.behind).toEqual([expect.objectContaining({ indicatorId, rate: "3.3" })]);
      expect(plan.plan.gradeCounts).toEqual({ Ｄ: 1 });
      const whole = plan.nodes.find((n) => n.id === nodeId)!;
      expect(whole).toMatchObject({ grade: "Ｄ", judgement: "遅れている", provisional: false });
      const node = (await get<NodeDetail>(`/api/nodes/${nodeId}`)).body;
      expect(node.indicators.map((r) => [r.indicatorId, r.actual?.value, r.rate, r.grade])).toEqual([
        [indicatorId, "1", "3.3", "Ｄ"],
      ]);
    });

    it("a new support in the latest plan year changes the rate: D's 2022 follow-up, 2 ÷ 30 → 6.7%", async () => {
      const r = await recordSupport(store.db, center, cases.D.id, {
        version: cases.D.version,
        date: "2022-06-01",
        kind: "technical",
      });
      cases.D.version = r.version;
      const { body } = await get<IndicatorDetail>(`/api/indicators/${indicatorId}`);
      expect(actualsOf(body).at(-1)).toEqual([2022, 2022, "2", false]);
      expect(body.usages[0]).toMatchObject({ actual: { value: "2" }, rate: "6.7", grade: "Ｄ" });
      // The plan page is a cached read model: it sees the change at once.
      const plan = (await get<PlanDetail>(`/api/plans/${PLAN}`)).body;
      expect(plan.plan.behind[0]).toMatchObject({ indicatorId, rate: "6.7" });
    });

    it("the open data has the register's actuals and the computed rate", async () => {
      const rows = async (table: string) => {
        const out: Record<string, unknown>[] = [];
        for await (const page of openDataRows(store.db, profiles, table, { planKey: PLAN }))
          out.push(...page);
        return out;
      };
      const observations = (await rows("observations")).filter((o) => o.indicator_id === indicatorId);
      expect(observations.map((o) => [o.period_from, o.period_to, o.value, o.estimate])).toEqual([
        [2017, 2018, "2", 0],
        [2019, 2019, "3", 0],
        [2020, 2020, "2", 0],
        [2021, 2021, "1", 0],
        [2022, 2022, "2", 0],
      ]);
      const results = (await rows("indicator_results")).filter((r) => r.indicator_id === indicatorId);
      expect(results).toEqual([
        expect.objectContaining({ actual: "2", target: "30", rate: "6.7", grade: "Ｄ", provisional: 0 }),
      ]);
    });

    it("`hyoka check` finds no disagreement about the plan", async () => {
      const findings = await checkData(store.db, profiles);
      const about = findings.filter(
        (f) => f.severity === "disagreement" && /支援件数|北のものづくり/.test(`${f.subject} ${f.message}`),
      );
      expect(about).toEqual([]);
    });

    it("the plan year running on the day of the change is an estimate, and its rate provisional", async () => {
      // As of 2020-10-01: the supports dated up to then; P2 (FY2020) is running: B's 2020-04-01 only.
      await refreshRegisterKpi(store.db, PLAN, "2020-10-01");
      const { body } = await get<IndicatorDetail>(`/api/indicators/${indicatorId}`);
      expect(actualsOf(body)).toEqual([
        [2017, 2018, "2", false],
        [2019, 2019, "3", false],
        [2020, 2020, "1", true],
      ]);
      // 1 ÷ 30 = 3.333…% → 3.3, provisional: it rests on an estimate.
      expect(body.usages[0]).toMatchObject({ actual: { value: "1", estimate: true }, rate: "3.3" });
      expect(body.usages[0]!.provisional).toBe(true);
      expect(body.series.find((s) => s.period.from === 2020)!.note).toBe(
        "新規 0件 + 継続 1件（支援台帳から集計、2020-10-01 現在の見込み）",
      );
      await refreshRegisterKpi(store.db, PLAN);
      expect(actualsOf((await get<IndicatorDetail>(`/api/indicators/${indicatorId}`)).body)).toHaveLength(5);
    });

    describe("the yearly cycle", () => {
      let cycleId: number;

      beforeAll(async () => {
        const opened = await evaluatorApi.send("POST", `/api/plans/${PLAN}/cycles`, { fiscalYear: 2022 });
        expect(opened.status).toBe(201);
        cycleId = opened.body.id;
      });

      it("the item shows the register's figure as 台帳から, and the rate on it", async () => {
        const { status, body } = await evaluatorApi.get(`/api/cycles/${cycleId}/items/${nodeId}`);
        expect(status).toBe(200);
        const indicator = body.indicators.find((i: { id: number }) => i.id === indicatorId);
        expect(indicator.actualFromRegister).toBe(true);
        expect(
          indicator.observations
            .filter((o: { series: string }) => o.series === "actual")
            .map((o: { from: number; to: number; value: string }) => [o.from, o.to, o.value]),
        ).toEqual([
          [2017, 2018, "2"],
          [2019, 2019, "3"],
          [2020, 2020, "2"],
          [2021, 2021, "1"],
          [2022, 2022, "2"],
        ]);
        expect(indicator.record).toMatchObject({ rate: "6.7", grade: "Ｄ" });
      });

      it("refuses an entered actual for it: 422 naming the field", async () => {
        const item = (await evaluatorApi.get(`/api/cycles/${cycleId}/items/${nodeId}`)).body;
        for (const part of ["value", "status"]) {
          const field = `actual/${indicatorId}/2022/${part}`;
          const r = await evaluatorApi.send("PUT", `/api/cycles/${cycleId}/items/${nodeId}`, {
            version: item.version,
            changes: { [field]: part === "value" ? "25" : "集計中" },
          });
          expect(r.status).toBe(422);
          expect(r.body.code).toBe("invalid");
          expect(r.body.errors).toEqual([
            {
              field,
              label: `想定する支援件数 2022年度 ${part === "value" ? "実績値" : "状況"}`,
              message: REFUSAL,
            },
          ]);
        }
        // The rest of the item is entered as before.
        const ok = await evaluatorApi.send("PUT", `/api/cycles/${cycleId}/items/${nodeId}`, {
          version: item.version,
          changes: { analysis: "支援件数は目標を下回った。" },
        });
        expect(ok.status).toBe(200);
      });

      it("an uploaded value for it is refused at its sheet, row and column", async () => {
        const csv = `施策ID,指標ID,年度,実績値\n${nodeId},${indicatorId},2022,25\n`;
        const preview = await previewWorkbook(
          store.db,
          profiles,
          evaluator,
          { cycleId },
          new TextEncoder().encode(csv),
          "values.csv",
        );
        expect(preview.ok).toBe(false);
        // A CSV file is one sheet, named after the file.
        expect(preview.ok ? [] : preview.errors).toEqual([
          {
            sheet: "values.csv",
            row: 2,
            column: "D",
            label: "想定する支援件数 2022年度 実績値",
            message: REFUSAL,
          },
        ]);
      });

      it("the downloaded workbook shows the figure locked, with the 台帳から comment", async () => {
        const department = await store.db
          .selectFrom("departments")
          .select("id")
          .orderBy("id")
          .executeTakeFirstOrThrow();
        await store.db
          .insertInto("node_departments")
          .values({ node_id: nodeId, department_id: department.id, sort_order: 1 })
          .execute();
        const { bytes } = await downloadValuesWorkbook(store.db, profiles, evaluator, cycleId, department.id);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes as unknown as ArrayBuffer);
        const sheet = wb.getWorksheet("実績値")!;
        const rows: ExcelJS.Row[] = [];
        sheet.eachRow((row, n) => {
          if (n > 1 && row.getCell(11).value === indicatorId) rows.push(row);
        });
        const of2022 = rows.find((r) => r.getCell(5).value === 2022)!;
        expect(of2022.getCell(6).value).toBe(2);
        for (const r of rows) {
          for (const c of [6, 7, 8]) expect(r.getCell(c).protection?.locked).not.toBe(false);
          expect(JSON.stringify(r.getCell(6).note)).toContain(REGISTER_CELL_NOTE);
        }
      });
    });
  });
}
