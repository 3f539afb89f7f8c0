// Activity counts (「(R4:22回、R3:20回、R2:19回、R1:18回)」, seed 000 lines 33–43 and 221) as series: imported,
// asked for in the yearly cycle, published with the cycle's document and printed back into the
// 基本評価調書. Expected counts are read by hand from those lines; R5 = 2023, R6 = 2024.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCountBrackets, printBracket } from "../../src/domain/activity-counts.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { kihonHyokaSheet } from "../../src/reports/models/kihon-hyoka.ts";
import { buildReport, parseReportRequest } from "../../src/reports/reports.ts";
import { renderReport } from "../../src/reports/render.ts";
import { itemView, openCycle, publishCycle, saveItem, transitionItem } from "../../src/services/cycle.ts";
import { Problem } from "../../src/services/problem.ts";
import { activitySeries } from "../../src/views/activity-series.ts";
import { nodeDetail } from "../../src/views/node-detail.ts";
import { importSeeds } from "../support/seeds.ts";
import { TEST_EVALUATOR } from "../support/publish.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const profiles = loadProfiles();
const PLAN = "hokkaido-sogo-keikaku";
const NODE = "2(2)A_0505";
const evaluator = TEST_EVALUATOR;

for (const dialect of DIALECTS) {
  describe(`activity series on ${dialect}`, () => {
    let store: TestStore;
    let nodeId: number;

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["000"]);
      nodeId = (
        await store.db
          .selectFrom("policy_nodes")
          .select("id")
          .where("code", "=", NODE)
          .executeTakeFirstOrThrow()
      ).id;
    });
    afterAll(async () => store.cleanup());

    const seriesId = async (label: string, unit = "回") =>
      (
        await store.db
          .selectFrom("activity_series")
          .select("id")
          .where("node_id", "=", nodeId)
          .where("label", "like", `${label}%`)
          .where("unit", "=", unit)
          .executeTakeFirstOrThrow()
      ).id;

    /** The sheet of a year as the report API builds it (a published year's stored edition), and its HTML. */
    async function sheetOf(year: number) {
      const parsed = parseReportRequest(
        { kind: "kihon-hyoka", planKey: PLAN, node: NODE, year: String(year) },
        "api",
      );
      if (!parsed.ok) throw new Error(parsed.error.message);
      const built = await buildReport(store.db, profiles, parsed.request);
      if (!built.ok) throw new Error(built.error.message);
      if (built.model.kind !== "kihon-hyoka") throw new Error(built.model.kind);
      const html = new TextDecoder().decode((await renderReport(built.model, "html")).bytes);
      return { sheet: built.model.sheets[0]!, html };
    }

    it("imports twelve series and 30 counts; the seed's year regenerated from them prints every bracket as printed", async () => {
      // 3 + 1 + 4 + 3 + 4 + 4 + 1 + 2 + 3 + 3 counts in 成果, 1 + 1 in line 221.
      const series = (await activitySeries(store.db, [nodeId])).get(nodeId)!;
      expect(series).toHaveLength(12);
      expect(series.reduce((n, s) => n + s.counts.length, 0)).toBe(30);
      expect(series.find((s) => s.label.startsWith("技術者向け研修会"))!.counts).toEqual([
        { fiscalYear: 2019, value: "18", qualifier: null },
        { fiscalYear: 2020, value: "19", qualifier: null },
        { fiscalYear: 2021, value: "20", qualifier: null },
        { fiscalYear: 2022, value: "22", qualifier: null },
      ]);

      const node = await store.db
        .selectFrom("policy_nodes")
        .select("texts")
        .where("id", "=", nodeId)
        .executeTakeFirstOrThrow();
      const printedResults = (JSON.parse(node.texts) as Record<string, string>)["成果"]!;
      const printedUrgency = (
        await store.db
          .selectFrom("node_evaluations")
          .select("urgency_priority")
          .where("node_id", "=", nodeId)
          .executeTakeFirstOrThrow()
      ).urgency_priority!;
      // Each of the eleven brackets, printed from the stored counts of its series alone.
      const brackets = [
        ...findCountBrackets(printedResults).brackets.map((b) => ({ b, section: "成果" })),
        ...findCountBrackets(printedUrgency).brackets.map((b) => ({ b, section: "緊急性・優先性" })),
      ];
      expect(brackets).toHaveLength(11);
      for (const { b, section } of brackets) {
        const counts = new Map(
          b.style.units.map((unit) => {
            const s = series.find((x) => x.section === section && x.label === b.label && x.unit === unit)!;
            return [unit, s.counts];
          }),
        );
        expect(printBracket(b.style, counts, 2022)).toBe(b.printed);
      }
      // The 令和5年度 sheet computed anew (not its stored edition) reproduces the texts.
      const sheet = (await kihonHyokaSheet(store.db, profiles, nodeId, 2023))!;
      expect(sheet.texts.find((t) => t.label === "成果")!.text).toBe(printedResults);
      expect(sheet.evaluation.urgencyPriority).toBe(printedUrgency);
    });

    it("令和6年度: R5 counts entered, checked, published with the cycle's document and printed in the sheet", async () => {
      const r5Before = await sheetOf(2023);
      const cycle = await openCycle(store.db, profiles, evaluator, PLAN, { fiscalYear: 2024 });
      const item = await itemView(store.db, profiles, evaluator, cycle.id, nodeId);
      expect(item.form.measure).toContain("activity");
      expect(item.settledYear).toBe(2023);
      expect(item.activities).toHaveLength(12);
      const training = await seriesId("技術者向け研修会");
      const tour = await seriesId("自動運転先進事例地視察会");

      // A count is a number in the series' unit, whole like those printed, never negative.
      const refused = await saveItem(store.db, profiles, evaluator, cycle.id, nodeId, {
        version: item.version,
        changes: {
          [`activity/${training}`]: "-1",
          [`activity/${tour}`]: "2.5",
          [`activity/${await seriesId("ヘルスケア産業への参入研修会", "名")}`]: "80社",
          "activity/999999": "1",
        },
      }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(Problem);
      const errors = ((refused as Problem).details as { errors: { field: string; message: string }[] })
        .errors;
      expect(errors.map((e) => e.message)).toEqual([
        "負の値は入力できません: 「-1」",
        "整数で入力してください（単位: 回）: 「2.5」",
        "数値で入力してください（単位: 名）: 「80社」",
        "この施策の活動ではありません。",
      ]);

      const saved = await saveItem(store.db, profiles, evaluator, cycle.id, nodeId, {
        version: item.version,
        changes: {
          [`activity/${training}`]: "２５回",
          [`activity/${tour}`]: "2",
          analysis: "研修会は増加傾向。",
          "coordination/rating": "○",
          "urgency/rating": "○",
          proposedJudgement: "やや遅れている",
        },
      });
      const entered = await itemView(store.db, profiles, evaluator, cycle.id, nodeId);
      expect(entered.entries[`activity/${training}`]).toBe("25");
      const submitted = await transitionItem(store.db, profiles, evaluator, cycle.id, nodeId, "submit", {
        version: saved.version,
      });
      await transitionItem(store.db, profiles, evaluator, cycle.id, nodeId, "approve", {
        version: submitted.version,
      });
      await publishCycle(store.db, profiles, evaluator, cycle.id);

      // Stored with the cycle's document, for 2023.
      const stored = await store.db
        .selectFrom("activity_counts as c")
        .innerJoin("documents as d", "d.id", "c.document_id")
        .select(["c.series_id", "c.fiscal_year", "c.value", "d.key"])
        .where("d.key", "=", `cycle/${PLAN}/2024`)
        .orderBy("c.series_id")
        .execute();
      expect(stored).toEqual(
        [
          { series_id: training, fiscal_year: 2023, value: "25", key: `cycle/${PLAN}/2024` },
          { series_id: tour, fiscal_year: 2023, value: "2", key: `cycle/${PLAN}/2024` },
        ].sort((a, b) => a.series_id - b.series_id),
      );

      // The 令和6年度 sheet prints R5 newest first, or last where the bracket runs oldest first.
      const r6 = await sheetOf(2024);
      const results = r6.sheet.texts.find((t) => t.label === "成果")!.text;
      expect(results).toContain("(R5:25回、R4:22回、R3:20回、R2:19回、R1:18回)");
      expect(results).toContain("（R3:オンライン3回、R4:1回、R5:2回）");
      expect(results).toContain("(R4:10回)");
      expect(r6.html).toContain("(R5:25回、R4:22回、R3:20回、R2:19回、R1:18回)");
      // The 令和5年度 sheet stays as printed.
      expect(await sheetOf(2023)).toEqual(r5Before);
      expect(r5Before.sheet.texts.find((t) => t.label === "成果")!.text).toContain(
        "(R4:22回、R3:20回、R2:19回、R1:18回)",
      );

      // The measure's page shows the new year.
      const detail = (await nodeDetail(store.db, profiles, nodeId))!;
      expect(detail.activities.find((a) => a.id === training)!.counts.at(-1)).toEqual({
        fiscalYear: 2023,
        value: "25",
        qualifier: null,
      });

      // 令和7年度 asks for the same series again, for R6; last year's count is not carried as this year's.
      const r7 = await openCycle(store.db, profiles, evaluator, PLAN, { fiscalYear: 2025 });
      const next = await itemView(store.db, profiles, evaluator, r7.id, nodeId);
      expect(next.settledYear).toBe(2024);
      expect(next.activities.map((a) => a.id)).toEqual(item.activities.map((a) => a.id));
      expect(next.activities.find((a) => a.id === training)!.counts.map((c) => c.value)).toEqual([
        "18",
        "19",
        "20",
        "22",
        "25",
      ]);
      expect(Object.keys(next.entries).filter((k) => k.startsWith("activity/"))).toEqual([]);

      // Importing the seed again replaces its own 30 counts and keeps the two the cycle published.
      await importSeeds(store.db, ["000"]);
      const again = (await activitySeries(store.db, [nodeId])).get(nodeId)!;
      expect(again.map((x) => x.id)).toEqual(item.activities.map((a) => a.id));
      expect(again.reduce((n, x) => n + x.counts.length, 0)).toBe(32);
    });
  });
}
