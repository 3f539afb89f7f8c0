// Each kind of plan goes through its yearly cycle with what its own document asks for (the `cycle`
// form of its rule profile): 003 (推進状況) and 004 (進捗状況) define no 総合判定, so none is asked for;
// 004 takes an estimate with an "as of" note, a milestone and a status; 003 a KPI actual, a program's
// 取組状況 and budget, and a theme's 取組概要. The regenerated report shows the new year.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { buildReport, parseReportRequest } from "../../src/reports/reports.ts";
import { renderReport } from "../../src/reports/render.ts";
import { itemView, openCycle, publishCycle, saveItem, transitionItem } from "../../src/services/cycle.ts";
import { Problem } from "../../src/services/problem.ts";
import { importSeeds } from "../support/seeds.ts";
import { TEST_EVALUATOR, approveRemaining } from "../support/publish.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const profiles = loadProfiles();
const admin = TEST_EVALUATOR;

for (const dialect of DIALECTS) {
  describe(`the cycle of each kind of plan on ${dialect}`, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["003", "004"]);
    });
    afterAll(async () => store.cleanup());

    /** The first item of a plan's cycle that has programs (and indicators, unless programsOnly). */
    async function itemWith(cycleId: number, programsOnly = false) {
      const items = await store.db
        .selectFrom("evaluation_items as i")
        .select("i.node_id")
        .where("i.cycle_id", "=", cycleId)
        .where((eb) =>
          programsOnly
            ? eb.lit(true)
            : eb.exists(
                eb.selectFrom("indicator_usages as u").select("u.id").whereRef("u.node_id", "=", "i.node_id"),
              ),
        )
        .where((eb) =>
          eb.exists(
            eb.selectFrom("program_links as l").select("l.id").whereRef("l.node_id", "=", "i.node_id"),
          ),
        )
        .orderBy("i.id")
        .execute();
      return items[0]!.node_id;
    }

    async function csvOf(
      kind: "vision-progress" | "sousei-progress",
      plan: string,
      year: number,
      table?: string,
    ) {
      const parsed = parseReportRequest(
        { kind, planKey: plan, year: String(year), format: "csv", ...(table ? { table } : {}) },
        "api",
      );
      if (!parsed.ok) throw new Error(parsed.error.message);
      const built = await buildReport(store.db, profiles, parsed.request);
      if (!built.ok) throw new Error(built.error.message);
      return new TextDecoder().decode(
        (await renderReport(built.model, "csv", { table: parsed.request.table! })).bytes,
      );
    }

    async function submitApprovePublish(cycleId: number, nodeId: number, version: number) {
      const submitted = await transitionItem(store.db, profiles, admin, cycleId, nodeId, "submit", {
        version,
      });
      await transitionItem(store.db, profiles, admin, cycleId, nodeId, "approve", {
        version: submitted.version,
      });
      // Every other item gets what its form requires (004: each running program's 内容) and is approved.
      await approveRemaining(store.db, profiles, admin, cycleId);
      await publishCycle(store.db, profiles, admin, cycleId);
    }

    it("004: 内容, 決算見込額, an estimate with a note, a milestone and a status; no 総合判定", async () => {
      const cycle = await openCycle(store.db, profiles, admin, "sapporo-sangyo-vision", { fiscalYear: 2023 });
      const nodeId = await itemWith(cycle.id);
      const item = await itemView(store.db, profiles, admin, cycle.id, nodeId);
      expect(item.judgements).toEqual([]);
      expect(item.form.measure).not.toContain("judgement");
      const [ind, ind2] = item.indicators;
      const program = item.programs.find((p) => !p.relisted && !p.ended)!;
      // A 総合判定 is not asked for, so it cannot be entered.
      await expect(
        saveItem(store.db, profiles, admin, cycle.id, nodeId, {
          version: item.version,
          changes: { proposedJudgement: "順調" },
        }),
      ).rejects.toBeInstanceOf(Problem);
      // 内容 is required for every program of the item.
      const early = await transitionItem(store.db, profiles, admin, cycle.id, nodeId, "submit", {
        version: item.version,
      }).catch((e: Problem) => e);
      expect(early).toBeInstanceOf(Problem);
      expect((early as Problem).status).toBe(422);
      const changes: Record<string, string> = Object.fromEntries(
        item.programs.filter((p) => !p.ended).map((p) => [`content/${p.id}`, `${p.name}の令和5年度の取組`]),
      );
      changes[`settledEstimate/${program.id}`] = "12,345";
      changes[`actual/${ind!.id}/2023/value`] = "310";
      changes[`actual/${ind!.id}/2023/estimate`] = "1";
      changes[`actual/${ind!.id}/2023/note`] = "R6.3末時点";
      if (ind2) {
        changes[`actual/${ind2.id}/2023/status`] = "集計中";
        changes[`actual/${ind2.id}/2023/note`] = "統計の公表待ち";
      }
      const saved = await saveItem(store.db, profiles, admin, cycle.id, nodeId, {
        version: item.version,
        changes,
      });
      // A milestone and a value for the same year are refused together.
      await expect(
        saveItem(store.db, profiles, admin, cycle.id, nodeId, {
          version: saved.version,
          changes: { [`actual/${ind!.id}/2023/milestone`]: "策定" },
        }),
      ).rejects.toMatchObject({ status: 422 });
      await submitApprovePublish(cycle.id, nodeId, saved.version);

      const stored = await store.db
        .selectFrom("observations")
        .select(["value", "estimate", "note"])
        .where("indicator_id", "=", ind!.id)
        .where("period_to", "=", 2023)
        .executeTakeFirstOrThrow();
      expect(stored).toMatchObject({ value: "310", estimate: 1, note: "R6.3末時点" });
      const budget = await store.db
        .selectFrom("budget_lines")
        .select(["kind", "amount", "fiscal_year"])
        .where("program_id", "=", program.id)
        .where("fiscal_year", "=", 2023)
        .executeTakeFirstOrThrow();
      expect(budget).toMatchObject({ kind: "決算見込", fiscal_year: 2023 });
      expect(Number(budget.amount)).toBe(12345);
      const csv = await csvOf("vision-progress", "sapporo-sangyo-vision", 2023);
      expect(csv).toContain("310");
      // The new year's 内容 is the 内容 column of the regenerated report.
      expect(csv).toContain(`${program.name}の令和5年度の取組`);
    });

    it("003: a KPI actual, 取組状況 and budget of a program, a theme's 取組概要; no 総合判定", async () => {
      const cycle = await openCycle(store.db, profiles, admin, "hokkaido-sousei", { fiscalYear: 2019 });
      const nodeId = await itemWith(cycle.id, true);
      const item = await itemView(store.db, profiles, admin, cycle.id, nodeId);
      expect(item.judgements).toEqual([]);
      // The theme's 取組概要 carries over from the 2018 document.
      expect(item.entries["text/本年度の主な取組概要"]).toBeTruthy();
      const program = item.programs[0]!;
      // The KPIs are the project's (the theme's parent).
      const project = (
        await store.db
          .selectFrom("policy_nodes")
          .select("parent_id")
          .where("id", "=", nodeId)
          .executeTakeFirstOrThrow()
      ).parent_id!;
      const kpiItem = await itemView(store.db, profiles, admin, cycle.id, project);
      const ind = kpiItem.indicators[0]!;
      const kpi = await saveItem(store.db, profiles, admin, cycle.id, project, {
        version: kpiItem.version,
        changes: {
          [`actual/${ind.id}/2019/status`]: "調査中",
          [`actual/${ind.id}/2019/note`]: "調査結果の公表は令和2年度",
        },
      });
      const kpiSubmitted = await transitionItem(store.db, profiles, admin, cycle.id, project, "submit", {
        version: kpi.version,
      });
      await transitionItem(store.db, profiles, admin, cycle.id, project, "approve", {
        version: kpiSubmitted.version,
      });
      const saved = await saveItem(store.db, profiles, admin, cycle.id, nodeId, {
        version: item.version,
        changes: {
          [`budget/${program.id}`]: "4,321",
          [`progress/${program.id}`]: "令和元年度の取組状況",
          "text/本年度の主な取組概要": "令和元年度の主な取組",
        },
      });
      await submitApprovePublish(cycle.id, nodeId, saved.version);
      const evaluation = await store.db
        .selectFrom("program_evaluations")
        .select("note")
        .where("program_id", "=", program.id)
        .where("evaluation_year", "=", 2019)
        .executeTakeFirstOrThrow();
      expect(evaluation.note).toBe("令和元年度の取組状況");
      const status = await store.db
        .selectFrom("observations")
        .select(["status", "note"])
        .where("indicator_id", "=", ind.id)
        .where("period_to", "=", 2019)
        .executeTakeFirstOrThrow();
      expect(status).toEqual({ status: "調査中", note: "調査結果の公表は令和2年度" });
      const csv = await csvOf("sousei-progress", "hokkaido-sousei", 2019, "programs");
      expect(csv).toContain("4321");
      expect(csv).toContain("令和元年度の取組状況");
    });
  });
}
