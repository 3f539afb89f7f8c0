// The synthetic national store (hyoka demo generate), at two municipalities, on both databases: the
// row counts follow from the shape (6 policies × 10 measures, 200 indicators, 300 programs, 10 years).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import type { Overview, SearchResult } from "../../src/server/schemas/read.ts";
import { createApp } from "../../src/server/app.ts";
import { DEMO_ROWS_PER_MUNICIPALITY, generateDemo } from "../../src/services/demo-generate.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const EXPECTED_FOR_TWO = {
  documents: 2,
  plans: 2,
  departments: 40, // 20 each
  policy_nodes: 132, // (6 policies + 60 measures) × 2
  node_departments: 132, // one department per node
  programs: 600, // 5 per measure
  program_links: 620, // each program once, and 10 再掲 listings per municipality
  budget_lines: 6000, // 10 fiscal years per program
  indicators: 400,
  indicator_usages: 400, // each on one measure
  targets: 4400, // 10 yearly targets and a final one per usage
  observations: 4000, // 10 yearly actuals per indicator
};

/** What each dialect generated, to compare: the same seed gives the same data on both. */
const digests = new Map<string, string>();

for (const dialect of DIALECTS) {
  describe(`hyoka demo generate on ${dialect}`, () => {
    let store: TestStore;
    let result: Awaited<ReturnType<typeof generateDemo>>;
    const progress: number[] = [];
    const count = async (table: keyof typeof EXPECTED_FOR_TWO) =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number | string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      store = await createTestStore(dialect);
      result = await generateDemo(store, { municipalities: 2, onProgress: (p) => progress.push(p.done) });
    });
    afterAll(async () => store.cleanup());

    it("writes the rows the shape implies, and says so", async () => {
      for (const [table, n] of Object.entries(EXPECTED_FOR_TWO)) {
        expect(await count(table as keyof typeof EXPECTED_FOR_TWO), table).toBe(n);
      }
      expect(result.rows).toEqual(EXPECTED_FOR_TWO);
      expect(
        Object.fromEntries(Object.entries(DEMO_ROWS_PER_MUNICIPALITY).map(([t, n]) => [t, 2 * n])),
      ).toEqual(EXPECTED_FOR_TWO);
      expect(result).toMatchObject({ municipalities: 2, written: 2, skipped: 0 });
      expect(progress.at(0)).toBe(0);
      expect(progress.at(-1)).toBe(2);
    });

    it("names, keys and search keys as the importer writes them", async () => {
      const plans = await store.db.selectFrom("plans").selectAll().orderBy("key").execute();
      expect(plans.map((p) => [p.key, p.name, p.rule_profile, p.period_from, p.period_to])).toEqual([
        ["demo-0001", "デモ市0001 総合計画", "hokkaido-kihon-hyoka", 2016, 2025],
        ["demo-0002", "デモ市0002 総合計画", "hokkaido-kihon-hyoka", 2016, 2025],
      ]);
      expect(JSON.parse(plans[0]!.levels)).toEqual(["政策", "施策"]);
      for (const t of ["plans", "policy_nodes", "programs", "indicators"] as const) {
        const missing = await store.db.selectFrom(t).select("id").where("search_key", "is", null).execute();
        expect(missing, t).toEqual([]);
      }
      const levels = await store.db
        .selectFrom("policy_nodes")
        .select(["level", (eb) => eb.fn.countAll<number | string>().as("n")])
        .groupBy("level")
        .orderBy("level")
        .execute();
      expect(levels.map((l) => [l.level, Number(l.n)])).toEqual([
        ["政策", 12],
        ["施策", 120],
      ]);
      const relisted = await store.db
        .selectFrom("program_links")
        .select("id")
        .where("relisted", "=", 1)
        .execute();
      expect(relisted).toHaveLength(20);
      const pending = await store.db
        .selectFrom("observations")
        .select(["value", "period_to"])
        .where("status", "=", "集計中")
        .execute();
      expect(pending.length).toBeGreaterThan(0);
      expect(pending.every((o) => o.value === null && o.period_to === 2025)).toBe(true);
    });

    it("is deterministic, and skips municipalities already present", async () => {
      const rows = await store.db
        .selectFrom("observations as o")
        .innerJoin("indicators as i", "i.id", "o.indicator_id")
        .select(["i.key", "o.period_from", "o.value", "o.status"])
        .orderBy("i.key")
        .orderBy("o.period_from")
        .execute();
      const digest = JSON.stringify(rows);
      for (const other of digests.values()) expect(digest).toBe(other);
      digests.set(dialect, digest);

      const again = await generateDemo(store, { municipalities: 3 });
      expect(again).toMatchObject({ municipalities: 3, written: 1, skipped: 2 });
      expect(again.rows.plans).toBe(1);
      expect(await count("plans")).toBe(3);
      expect(await count("observations")).toBe(6000);
    });

    it("is evaluated and found like imported data", async () => {
      const app = createApp(store, loadProfiles());
      const overview = (await (await app.request("/api/overview")).json()) as Overview;
      const plan = overview.plans.find((p) => p.key === "demo-0002")!;
      expect(plan).toMatchObject({ indicatorCount: 200, nodeCount: 66, programCount: 300 });
      expect(Object.values(plan.gradeCounts).reduce((a, n) => a + n, 0)).toBe(200);
      expect(plan.gradeCounts.noData).toBeUndefined();
      expect(plan.budgetByYear.map((b) => b.fiscalYear)).toEqual([
        2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
      ]);
      const found = (await (
        await app.request(`/api/search?q=${encodeURIComponent("デモ市０００２")}`)
      ).json()) as SearchResult;
      expect(found.hits).toEqual([expect.objectContaining({ type: "plan", id: "demo-0002" })]);
    });
  });
}
