// Setting up a plan that is not in the seeds from the plan set-up workbook (the template filled in for
// サンプル市, test/fixtures/workbook/plan-setup-sample.xlsx), on both databases: the plan, its tree,
// programs and 再掲 links, indicators, targets, actuals and budgets are written, and its rates are
// computed under the profile the workbook names (hokkaido-kihon-hyoka: latest actual ÷ the same year's
// target, decrease: target ÷ actual, one decimal half-up; Ａ ≥ 100, Ｂ ≥ 90, Ｃ ≥ 80). Hand calculation:
//   K1 待機児童数 (decrease): 20 ÷ 25 = 80.0% → Ｃ
//   K2 子育て支援拠点の利用者数 (increase): 11,100 ÷ 12,000 = 92.5% → Ｂ
//   K3 救急搬送の平均時間 (decrease; 2024 is 集計中, so the 2023 actual): 38.0 ÷ 37.5 = 101.33…% → 101.3 → Ａ
// P1-1's judgement: mean of points (Ｃ 2, Ｂ 3) = 2.5 → 3 (half-up) → Ｂ → 概ね順調.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeMeasure } from "../../src/domain/evaluate.ts";
import { indicatorRecords } from "../../src/evaluation/indicator-records.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { applyPlanSetup, planSetupTemplate, previewPlanSetup } from "../../src/services/plan-setup.ts";
import { Problem } from "../../src/services/problem.ts";
import { principalByEmail } from "../../src/auth/auth.ts";
import { makeUser } from "../support/accounts.ts";
import { DIALECTS, type TestStore, createTestStore, tableCounts } from "../support/stores.ts";
import { editWorkbook } from "./support.ts";

const profiles = loadProfiles();
const SAMPLE = readFileSync(
  fileURLToPath(new URL("../fixtures/workbook/plan-setup-sample.xlsx", import.meta.url)),
);

for (const dialect of DIALECTS) {
  describe(`plan set-up on ${dialect}`, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await createTestStore(dialect);
      await makeUser(store, "admin@example.jp", "admin");
      await makeUser(store, "viewer@example.jp", "viewer");
    });
    afterAll(async () => store.cleanup());

    it("the template has every sheet with its headers and the profiles to choose from", async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await planSetupTemplate(profiles)) as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => w.name)).toEqual([
        "説明",
        "計画",
        "体系",
        "事業",
        "指標",
        "目標",
        "実績",
        "参考値",
        "予算",
        "hyoka",
      ]);
      const header = (sheet: string) => (wb.getWorksheet(sheet)!.getRow(1).values as unknown[]).slice(1);
      expect(header("体系")).toEqual(["コード", "親コード", "階層", "名称", "担当課"]);
      expect(header("指標")).toEqual([
        "指標コード",
        "施策コード",
        "指標名",
        "単位",
        "方向",
        "基準年度",
        "基準値",
        "出典",
      ]);
      expect(header("予算")).toEqual(["事業コード", "年度", "区分", "金額（千円）"]);
      expect(wb.getWorksheet("計画")!.getCell("B7").dataValidation.formulae[0]).toBe(
        `"${[...profiles.keys()].join(",")}"`,
      );
    });

    it("a workbook with errors writes nothing and lists every error with its cell", async () => {
      const bad = await editWorkbook(SAMPLE, {
        "計画!B7": "unknown-profile",
        "体系!B3": "P9",
        "指標!E2": "上昇",
        "目標!A2": "K9",
        "実績!B2": "いつか",
        "予算!D2": "12.5",
        // Beyond what the store's bigint holds: was a 500 on PostgreSQL (found by api-fuzz.test.ts).
        "予算!D3": "1000000000000000000000",
      });
      const admin = await principalByEmail(store, "admin@example.jp");
      const before = await tableCounts(store);
      const preview = await previewPlanSetup(store.db, profiles, admin, bad, "bad.xlsx");
      const expected = [
        {
          sheet: "計画",
          row: 7,
          column: "B",
          message: `評価ルール「unknown-profile」はありません。次のいずれかを入力してください: ${[...profiles.keys()].join("、")}`,
        },
        { sheet: "体系", row: 3, column: "B", message: "親コード「P9」が「体系」シートにありません。" },
        {
          sheet: "指標",
          row: 2,
          column: "E",
          message: "方向は 増加・減少・維持 のいずれかを入力してください: 「上昇」",
        },
        { sheet: "目標", row: 2, column: "A", message: "指標コード「K9」が「指標」シートにありません。" },
        {
          sheet: "実績",
          row: 2,
          column: "B",
          message: "年度が読めません: 「いつか」。西暦（2024）か和暦（R6、令和6年度）で入力してください。",
        },
        {
          sheet: "予算",
          row: 2,
          column: "D",
          message: "金額は千円単位の0以上の整数（15桁まで）で入力してください: 「12.5」",
        },
        {
          sheet: "予算",
          row: 3,
          column: "D",
          message: "金額は千円単位の0以上の整数（15桁まで）で入力してください: 「1000000000000000000000」",
        },
      ];
      expect(!preview.ok && preview.errors).toEqual(expected);
      let refused: Problem | null = null;
      try {
        await applyPlanSetup(store.db, profiles, admin, bad, "bad.xlsx");
      } catch (e) {
        refused = e as Problem;
      }
      expect(refused?.status).toBe(422);
      expect(refused?.details.errors).toEqual(expected);
      expect(await tableCounts(store)).toEqual(before);
    });

    it("only an administrator or an evaluator sets up a plan", async () => {
      const viewer = await principalByEmail(store, "viewer@example.jp");
      await expect(previewPlanSetup(store.db, profiles, viewer, SAMPLE, "s.xlsx")).rejects.toMatchObject({
        status: 403,
      });
      await expect(previewPlanSetup(store.db, profiles, null, SAMPLE, "s.xlsx")).rejects.toMatchObject({
        status: 401,
      });
    });

    it("a new plan from the template: written whole, rates computed under the profile it names", async () => {
      const admin = await principalByEmail(store, "admin@example.jp");
      const preview = await previewPlanSetup(store.db, profiles, admin, SAMPLE, "sample.xlsx");
      expect(preview).toMatchObject({
        ok: true,
        plan: { key: "sample-city-sogo", name: "サンプル市総合計画", exists: false },
        counts: {
          nodes: 3,
          programs: 2,
          programLinks: 3,
          indicators: 3,
          targets: 5,
          observations: 5,
          budgetLines: 2,
        },
      });
      const r = await applyPlanSetup(store.db, profiles, admin, SAMPLE, "sample.xlsx");
      expect(r.plan).toEqual({ key: "sample-city-sogo", name: "サンプル市総合計画", created: true });

      const plan = await store.db
        .selectFrom("plans")
        .select(["id", "name", "organization", "period_from", "period_to", "rule_profile", "levels"])
        .where("key", "=", "sample-city-sogo")
        .executeTakeFirstOrThrow();
      // 開始年度 is a date (2021-04-01 → 2021), 終了年度 令和7年度 → 2025.
      expect(plan).toMatchObject({
        organization: "サンプル市",
        period_from: 2021,
        period_to: 2025,
        rule_profile: "hokkaido-kihon-hyoka",
        levels: JSON.stringify(["政策", "施策"]),
      });
      const links = await store.db
        .selectFrom("program_links as l")
        .innerJoin("programs as p", "p.id", "l.program_id")
        .innerJoin("policy_nodes as n", "n.id", "l.node_id")
        .select(["p.code as program", "n.code as node", "l.relisted"])
        .where("n.plan_id", "=", plan.id)
        .orderBy("l.sort_order")
        .execute();
      expect(links.map((l) => [l.program, l.node, Number(l.relisted)])).toEqual([
        ["J001", "P1-1", 0],
        ["J002", "P1-2", 0],
        ["J002", "P1-1", 1],
      ]);
      const budgets = await store.db
        .selectFrom("budget_lines as b")
        .innerJoin("programs as p", "p.id", "b.program_id")
        .select(["p.code", "b.amount", "b.scale", "b.fiscal_year"])
        .where("p.key", "like", "sample-city-sogo:%")
        .orderBy("p.code")
        .execute();
      expect(budgets.map((b) => [b.code, String(b.amount), b.scale, b.fiscal_year])).toEqual([
        ["J001", "120000", 3, 2024],
        ["J002", "45000", 3, 2024],
      ]);

      const records = await indicatorRecords(store.db, profiles, { planKey: "sample-city-sogo" });
      expect(records.map((x) => [x.indicator, x.actual?.value, x.target?.value, x.rate, x.grade])).toEqual([
        ["待機児童数", "25", "20", "80.0", "Ｃ"],
        ["子育て支援拠点の利用者数", "11100", "12000", "92.5", "Ｂ"],
        ["救急搬送の平均時間", "37.5", "38.0", "101.3", "Ａ"],
      ]);
      const p11 = records.filter((x) => x.nodeCode === "P1-1").map((x) => x.grade);
      expect(judgeMeasure(p11, profiles.get("hokkaido-kihon-hyoka")!)).toEqual({
        grade: "Ｂ",
        judgement: "概ね順調",
      });
      const trail = await store.db
        .selectFrom("audit_log")
        .select(["action", "entity_id", "user_name"])
        .where("entity", "=", "plan")
        .execute();
      expect(trail).toEqual([
        { action: "plan-create", entity_id: "sample-city-sogo", user_name: "admin <admin@example.jp>" },
      ]);

      // Importing it again updates the same plan instead of duplicating it.
      const counts = await tableCounts(store);
      const again = await applyPlanSetup(store.db, profiles, admin, SAMPLE, "sample.xlsx");
      expect(again.plan.created).toBe(false);
      expect(await tableCounts(store)).toEqual(counts);
    });
  });
}
