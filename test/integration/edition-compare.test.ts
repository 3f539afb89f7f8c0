// Two published editions side by side, through the API, on both databases. The 令和5年度 edition of
// 2(2)A_0505 is seed 000 as imported: 製造業の付加価値生産性 1,057.2 against 1,280.0 in R2 (lines 69–71) is
// 82.6%, Ｃ; 加工組立型工業の付加価値生産性 1,034.5 ÷ 1,202.0 (lines 85–87) is 86.1%; 機械工業振興事業費補助金
// 4,330千円 of which 一般財源 4,330, 人工 0 (line 326). The 令和6年度 edition is what this test enters
// through the cycle. The 進捗状況 of 004 prints さっぽろ雪まつり事業 (line 50) with 決算見込額 412,018千円 and
// R4 175 against the target 300 (58.3%); its 令和5年度 edition is what this test enters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import type { ComparisonRow, EditionComparison, EditionList } from "../../src/server/schemas/editions.ts";
import { createApp } from "../../src/server/app.ts";
import { publishMeasureYear, publishPlanYear } from "../support/publish.ts";
import { importSeeds } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const profiles = loadProfiles();
const PLAN = "hokkaido-sogo-keikaku";
const VISION = "sapporo-sangyo-vision";
const PRODUCTIVITY = "製造業の付加価値生産性（暦年）";
const ASSEMBLY = "加工組立型工業の付加価値生産性（暦年）";

/** The row of a comparison by its key, as [change, from, to]. */
function rowOf(c: EditionComparison, key: string): [ComparisonRow["change"], string | null, string | null] {
  const r = c.sections.flatMap((s) => s.rows).find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}: ${c.sections.flatMap((s) => s.rows.map((x) => x.key)).join(", ")}`);
  return [r.change, r.from, r.to];
}

for (const dialect of DIALECTS) {
  describe(`comparing published editions on ${dialect}`, () => {
    let store: TestStore;
    let app: ReturnType<typeof createApp>;
    let nodeId: number;
    let machinery: number;
    let snow: number;
    let autonomous: number;
    const get = async <T>(path: string) => {
      const res = await app.request(path);
      return { status: res.status, body: (await res.json()) as T & { parameter?: string; message?: string } };
    };

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["000", "002", "004"]);
      app = createApp(store, profiles);
      const idOf = async (
        table: "policy_nodes" | "indicators" | "programs",
        column: "code" | "name",
        value: string,
      ) =>
        (await store.db.selectFrom(table).select("id").where(column, "=", value).executeTakeFirstOrThrow())
          .id;
      nodeId = await idOf("policy_nodes", "code", "2(2)A_0505");
      const indicatorId = await idOf("indicators", "name", "製造業の付加価値生産性");
      machinery = await idOf("programs", "code", "0532");
      snow = await idOf("programs", "name", "さっぽろ雪まつり事業");
      autonomous = await idOf("programs", "name", "自動運転車開発拠点化促進事業");
      await publishMeasureYear(
        store.db,
        profiles,
        { plan: PLAN, nodeId, year: 2024 },
        {
          [`actual/${indicatorId}/2023/value`]: "1,200.0",
          [`target/${indicatorId}/2023`]: "1,280.0",
          "text/成果": "令和6年度の成果",
          analysis: "令和6年度の分析",
          "coordination/rating": "○",
          "urgency/rating": "○",
          proposedJudgement: "概ね順調",
          [`settled/${machinery}`]: "5,000",
          [`generalRevenue/${machinery}`]: "2500",
          [`staffHq/${machinery}`]: "1.0",
          [`staffBranch/${machinery}`]: "0.5",
        },
        "令和6年度の二次評価",
      );
      await publishPlanYear(store.db, profiles, { plan: VISION, year: 2023 }, (item) => {
        if (!item.programs.some((p) => p.id === snow && !p.relisted)) return {};
        const visitors = item.indicators.find((i) => i.name.startsWith("年間来場者数"))!;
        return { [`settledEstimate/${snow}`]: "400,000", [`actual/${visitors.id}/2023/value`]: "239" };
      });
    });
    afterAll(async () => store.cleanup());

    it("lists a measure's editions, newest first, with what published each", async () => {
      const { status, body } = await get<EditionList>(`/api/nodes/${nodeId}/editions`);
      expect(status).toBe(200);
      expect(body.years).toEqual([2024, 2023]);
      expect(body.document).toMatchObject({ kind: "kihon-hyoka", plan: { key: PLAN }, node: { id: nodeId } });
      expect(body.editions.map((e) => [e.year, e.revision, e.source, e.by, e.supersededAt])).toEqual([
        [2024, 1, "令和6年度の公表", "評価担当 <evaluator@example.jp>", null],
        [2023, 1, "文書「000.txt」の取込", "取込", null],
      ]);
    });

    it("compares 令和6年度 with 令和5年度 by default: texts, figures, grades and programs", async () => {
      const { status, body } = await get<EditionComparison>(`/api/nodes/${nodeId}/editions/compare`);
      expect(status).toBe(200);
      expect([body.from.year, body.to.year]).toEqual([2023, 2024]);
      // The sheet's amounts are the year before the evaluation year's.
      expect([body.from.budgetYear, body.to.budgetYear]).toEqual([2022, 2023]);
      expect(body.to.report.query).toEqual({ plan: PLAN, node: "2(2)A_0505", year: "2024" });
      expect(body.sections.map((s) => s.title)).toEqual(["記載", "成果指標", "評価", "事務事業"]);

      expect(rowOf(body, "text/成果")[0]).toBe("changed");
      expect(rowOf(body, "text/成果")[2]).toBe("令和6年度の成果");
      expect(rowOf(body, "text/分析")).toEqual(["added", null, "令和6年度の分析"]);
      expect(rowOf(body, "text/施策目標")[0]).toBe("unchanged");
      // 1,200.0 ÷ 1,280.0 = 93.75 → 93.8%: Ｂ (90 or more) where R5 printed 82.6% Ｃ.
      expect(rowOf(body, `indicator/${PRODUCTIVITY}/rate`)).toEqual(["changed", "82.6%", "93.8%"]);
      expect(rowOf(body, `indicator/${PRODUCTIVITY}/grade`)).toEqual(["changed", "Ｃ", "Ｂ"]);
      expect(rowOf(body, `indicator/${PRODUCTIVITY}/2023-2023/actual`)).toEqual([
        "added",
        null,
        "1,200.0万円",
      ]);
      expect(rowOf(body, `indicator/${PRODUCTIVITY}/2020-2020/actual`)).toEqual([
        "unchanged",
        "1,057.2万円",
        "1,057.2万円",
      ]);
      // Nothing new for this indicator: not flagged.
      expect(rowOf(body, `indicator/${ASSEMBLY}/rate`)).toEqual(["unchanged", "86.1%", "86.1%"]);
      // Grades Ｂ, Ｃ, Ｃ are 3 + 2 + 2 points, 2.33 → 2: Ｃ, as in R5 (line 9).
      expect(rowOf(body, "evaluation/indicatorGrade")).toEqual(["unchanged", "Ｃ", "Ｃ"]);
      // R5 prints やや遅れている (line 9); R6's 総合判定 is the one approved, 概ね順調 (entered above).
      expect(rowOf(body, "evaluation/overallJudgement")).toEqual(["changed", "やや遅れている", "概ね順調"]);
      expect(rowOf(body, "evaluation/secondaryEvaluation")[2]).toBe("令和6年度の二次評価");
      expect(rowOf(body, "program/0532/amount")).toEqual(["changed", "4,330千円", "5,000千円"]);
      expect(rowOf(body, "program/0532/generalRevenue")).toEqual(["changed", "4,330千円", "2,500千円"]);
      expect(rowOf(body, "program/0532/staffBranch")).toEqual(["added", null, "0.5"]);
      expect(rowOf(body, "program/0532/staffTotal")).toEqual(["changed", "0", "1.5"]);
      const rows = body.sections.flatMap((s) => s.rows);
      expect(rows.filter((r) => r.change === "unchanged").every((r) => r.from === r.to)).toBe(true);
      expect(Object.values(body.counts).reduce((a, b) => a + b, 0)).toBe(rows.length);
    });

    it("takes the years asked for, western or 和暦, in either order", async () => {
      const { status, body } = await get<EditionComparison>(
        `/api/nodes/${nodeId}/editions/compare?from=${encodeURIComponent("令和6年度")}&to=R5`,
      );
      expect(status).toBe(200);
      expect(rowOf(body, `indicator/${PRODUCTIVITY}/rate`)).toEqual(["changed", "93.8%", "82.6%"]);
      expect(rowOf(body, "text/分析")).toEqual(["removed", "令和6年度の分析", null]);
    });

    it("compares one program's row of the 基本評価調書", async () => {
      const { status, body } = await get<EditionComparison>(`/api/programs/${machinery}/editions/compare`);
      expect(status).toBe(200);
      expect(body.document).toMatchObject({ kind: "kihon-hyoka", node: { code: "2(2)A_0505" } });
      expect(body.sections.map((s) => s.key)).toEqual(["program"]);
      expect(rowOf(body, "program/amount")).toEqual(["changed", "4,330千円", "5,000千円"]);
      expect(rowOf(body, "program/staffHq")).toEqual(["changed", "0", "1.0"]);
    });

    it("compares one program's row of the 進捗状況", async () => {
      const { status, body } = await get<EditionComparison>(`/api/programs/${snow}/editions/compare`);
      expect(status).toBe(200);
      expect(body.document).toMatchObject({ kind: "vision-progress", plan: { key: VISION }, node: null });
      expect([body.from.year, body.to.year]).toEqual([2022, 2023]);
      expect(body.to.report.query).toEqual({ plan: VISION, year: "2023" });
      expect(rowOf(body, "program/settlement")).toEqual(["changed", "412,018千円", "400,000千円"]);
      expect(rowOf(body, "program/actual/2022")).toEqual(["unchanged", "175", "175"]);
      expect(rowOf(body, "program/actual/2023")).toEqual(["added", null, "239"]);
      // The table shows five years ending with its own: H30 is no longer printed.
      expect(rowOf(body, "program/actual/2018")).toEqual(["removed", "274", null]);
      expect(rowOf(body, "program/indicator")).toEqual([
        "unchanged",
        "年間来場者数(万人)",
        "年間来場者数(万人)",
      ]);
    });

    it("lists each document a program is in, and picks one by plan", async () => {
      const all = await get<EditionList>(`/api/programs/${autonomous}/editions`);
      expect(all.status).toBe(200);
      expect(all.body.documents.map((d) => [d.kind, d.plan.key])).toEqual([
        ["kihon-hyoka", PLAN],
        ["society5-catalogue", "hokkaido-society5"],
      ]);
      const catalogue = await get<EditionList>(`/api/programs/${autonomous}/editions?plan=hokkaido-society5`);
      expect(catalogue.body.document?.kind).toBe("society5-catalogue");
      expect(catalogue.body.years).toEqual([2022]);
      // One edition only: nothing to compare it with.
      const one = await get<EditionComparison>(
        `/api/programs/${autonomous}/editions/compare?plan=hokkaido-society5`,
      );
      expect([one.status, one.body.parameter]).toEqual([404, "from"]);
    });

    it("names the parameter at fault: 400 when malformed, 404 when not found", async () => {
      const cases: [string, number, string][] = [
        [`/api/nodes/${nodeId}/editions/compare?from=abc`, 400, "from"],
        [`/api/nodes/${nodeId}/editions/compare?to=20245`, 400, "to"],
        [`/api/nodes/${nodeId}/editions/compare?from=2024&to=R6`, 400, "to"],
        [`/api/nodes/x/editions`, 400, "id"],
        [`/api/programs/${machinery}/editions?node=-1`, 400, "node"],
        [`/api/nodes/${nodeId}/editions/compare?from=2019`, 404, "from"],
        [`/api/nodes/${nodeId}/editions/compare?to=2030`, 404, "to"],
        [`/api/nodes/999999/editions`, 404, "id"],
        [`/api/programs/999999/editions/compare`, 404, "id"],
        [`/api/programs/${machinery}/editions?plan=no-such-plan`, 404, "plan"],
      ];
      for (const [path, status, parameter] of cases) {
        const res = await get<unknown>(path);
        expect([path, res.status, res.body.parameter]).toEqual([path, status, parameter]);
        expect(res.body.message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      }
    });
  });
}
