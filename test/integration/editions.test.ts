// A published edition is a record: publishing later years (or correcting one) never changes an earlier
// year's document. Seed 000 prints, for 令和5年度 2(2)A_0505, 達成率 82.6% (製造業の付加価値生産性:
// 1,057.2 ÷ 1,280.0 = 82.59… → 82.6) and 86.1%; those stay in the 令和5年度 sheet after 令和6年度 and 令和7年度
// are published through the cycle.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkData } from "../../src/evaluation/check.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { buildReport, parseReportRequest } from "../../src/reports/reports.ts";
import { renderReport } from "../../src/reports/render.ts";
import { itemView, openCycle, saveItem } from "../../src/services/cycle.ts";
import { publishMeasureYear, TEST_EVALUATOR } from "../support/publish.ts";
import { importSeeds } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const profiles = loadProfiles();
const PLAN = "hokkaido-sogo-keikaku";
const NODE = "2(2)A_0505";
const evaluator = TEST_EVALUATOR;

for (const dialect of DIALECTS) {
  describe(`published editions on ${dialect}`, () => {
    let store: TestStore;
    let nodeId: number;
    let indicatorId: number;
    let programId: number;

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["000"]);
      const one = async (table: "policy_nodes" | "indicators", column: "code" | "name", value: string) =>
        (await store.db.selectFrom(table).select("id").where(column, "=", value).executeTakeFirstOrThrow())
          .id;
      nodeId = await one("policy_nodes", "code", NODE);
      indicatorId = await one("indicators", "name", "製造業の付加価値生産性");
      programId = (
        await store.db
          .selectFrom("program_links")
          .select("program_id")
          .where("node_id", "=", nodeId)
          .where("relisted", "=", 0)
          .orderBy("sort_order")
          .executeTakeFirstOrThrow()
      ).program_id;
    });
    afterAll(async () => store.cleanup());

    /** The sheet of a year as its CSV tables (UTF-8) and its model. */
    async function sheet(year: number) {
      const parsed = parseReportRequest(
        { kind: "kihon-hyoka", planKey: PLAN, node: NODE, year: String(year) },
        "api",
      );
      if (!parsed.ok) throw new Error(parsed.error.message);
      const built = await buildReport(store.db, profiles, parsed.request);
      if (!built.ok) throw new Error(built.error.message);
      const csv = async (table: string) =>
        new TextDecoder().decode((await renderReport(built.model, "csv", { table })).bytes);
      return { model: built.model, indicators: await csv("indicators"), programs: await csv("programs") };
    }

    /** Opens a year, enters it as the department would, reviews, approves and publishes it. */
    const publishYear = (year: number, values: { actual: string; secondary: string; result: string }) =>
      publishMeasureYear(
        store.db,
        profiles,
        { plan: PLAN, nodeId, year },
        {
          [`actual/${indicatorId}/${year - 1}/value`]: values.actual,
          [`target/${indicatorId}/${year - 1}`]: "1,280.0",
          "text/成果": values.result,
          analysis: `${year}年度の分析`,
          "coordination/rating": "○",
          "urgency/rating": "○",
          proposedJudgement: "概ね順調",
          [`settled/${programId}`]: "5,000",
          [`generalRevenue/${programId}`]: "2500",
          [`staffHq/${programId}`]: "1.0",
          [`staffBranch/${programId}`]: "0.5",
        },
        values.secondary,
        evaluator,
      );

    it("publishing 令和6年度 and 令和7年度 leaves the 令和5年度 sheet as published", async () => {
      const r5 = await sheet(2023);
      expect(r5.indicators).toContain("82.6");
      expect(r5.indicators).toContain("86.1");
      const findings = JSON.stringify(await checkData(store.db, profiles));

      const r6Cycle = await publishYear(2024, {
        actual: "1,200.0",
        secondary: "令和6年度の二次評価",
        result: "令和6年度の成果",
      });
      expect(await sheet(2023)).toEqual(r5);

      // The 令和6年度 sheet: its own year's texts, 分析 and 前年度の二次政策評価 (令和5年度's).
      const r6 = await sheet(2024);
      const r6Sheet = r6.model.kind === "kihon-hyoka" ? r6.model.sheets[0]! : null;
      const text = (label: string) => r6Sheet?.texts.find((t) => t.label === label)?.text;
      expect(text("成果")).toBe("令和6年度の成果");
      expect(text("分析")).toBe("2024年度の分析");
      const r5Secondary =
        r5.model.kind === "kihon-hyoka" ? r5.model.sheets[0]!.evaluation.secondaryEvaluation : null;
      expect(r5Secondary).toBeTruthy();
      expect(text("前年度の二次政策評価")).toBe(r5Secondary);
      expect(r6Sheet?.evaluation.secondaryEvaluation).toBe("令和6年度の二次評価");
      // 1,200.0 ÷ 1,280.0 (the interim target entered with it) = 93.75 → 93.8.
      expect(r6.indicators).toContain("93.8");
      // The 令和5年度 決算 entered in the 令和6年度 cycle: 5,000千円, 一般財源 2,500, 人工 1.0 + 0.5.
      const row = r6Sheet?.programs.rows.find((r) => r.amount === 5000);
      expect(row).toMatchObject({
        generalRevenue: 2500,
        staffHq: "1.0",
        staffBranch: "0.5",
        staffTotal: "1.5",
      });
      expect(r6Sheet?.programs.fiscalYear).toBe(2023);

      // 令和7年度 starts from 令和6年度's texts.
      const r7Open = await openCycle(store.db, profiles, evaluator, PLAN, { fiscalYear: 2025 });
      const r7Item = await itemView(store.db, profiles, evaluator, r7Open.id, nodeId);
      expect(r7Item.entries["text/成果"]).toBe("令和6年度の成果");
      expect(r7Item.entries["analysis"]).toBe("2024年度の分析");
      await store.db.deleteFrom("evaluation_cycles").where("id", "=", r7Open.id).execute();
      await store.db.deleteFrom("documents").where("key", "=", `cycle/${PLAN}/2025`).execute();

      await publishYear(2025, {
        actual: "1,250.0",
        secondary: "令和7年度の二次評価",
        result: "令和7年度の成果",
      });
      expect(await sheet(2023)).toEqual(r5);
      expect(await sheet(2024)).toEqual(r6);
      // check compares each document with what it printed: publishing adds no finding.
      expect(JSON.stringify(await checkData(store.db, profiles))).toBe(findings);

      // A correction of 令和6年度 with a reason is the one way its edition changes; the old one is kept.
      const r6Item = await itemView(store.db, profiles, evaluator, r6Cycle, nodeId);
      await saveItem(store.db, profiles, evaluator, r6Cycle, nodeId, {
        version: r6Item.version,
        changes: { "text/成果": "令和6年度の成果（訂正）" },
        reason: "成果の記載誤り",
      });
      const corrected = await sheet(2024);
      expect(corrected.model).not.toEqual(r6.model);
      expect(await sheet(2023)).toEqual(r5);
      const revisions = await store.db
        .selectFrom("editions")
        .select(["revision", "reason", "superseded_at"])
        .where("node_id", "=", nodeId)
        .where("fiscal_year", "=", 2024)
        .orderBy("revision")
        .execute();
      expect(revisions.map((r) => [r.revision, r.reason, r.superseded_at !== null])).toEqual([
        [1, null, true],
        [2, "成果の記載誤り", false],
      ]);
    });
  });
}
