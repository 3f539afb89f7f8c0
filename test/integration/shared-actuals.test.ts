// An indicator that several measures share has one actual a year. Publishing a year in which the items
// that use it enter the same actual writes it once; entering it differently is refused (409, naming the
// indicator and both measures) and nothing of the year is written. Before, publishing failed on the
// store's unique key (a 500) even when the values agreed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { type ItemView, itemView, openCycle, publishCycle, saveItem } from "../../src/services/cycle.ts";
import { Problem } from "../../src/services/problem.ts";
import { TEST_EVALUATOR, approveRemaining, publishPlanYear } from "../support/publish.ts";
import { importSeeds } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const PLAN = "sapporo-sangyo-vision";
const profiles = loadProfiles();

for (const dialect of DIALECTS) {
  describe(`an indicator shared by measures, on ${dialect}`, () => {
    let store: TestStore;
    let indicatorId: number;
    let nodeIds: number[];
    const uses = (item: ItemView) => item.indicators.some((i) => i.id === indicatorId);

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["004"]);
      const shared = await store.db
        .selectFrom("indicator_usages")
        .select("indicator_id")
        .groupBy("indicator_id")
        .having((eb) => eb.fn.count("node_id"), ">", 1)
        .orderBy("indicator_id")
        .executeTakeFirstOrThrow();
      indicatorId = shared.indicator_id;
      nodeIds = (
        await store.db
          .selectFrom("indicator_usages")
          .select("node_id")
          .where("indicator_id", "=", indicatorId)
          .orderBy("node_id")
          .execute()
      ).map((u) => u.node_id);
      expect(nodeIds.length).toBeGreaterThan(1);
    });
    afterAll(() => store.cleanup());

    const actualsOf = (year: number) =>
      store.db
        .selectFrom("observations")
        .innerJoin("documents", "documents.id", "observations.document_id")
        .select(["observations.value", "documents.key"])
        .where("indicator_id", "=", indicatorId)
        .where("series", "=", "actual")
        .where("period_from", "=", year)
        .where("documents.kind", "=", "evaluation-cycle")
        .execute();

    it("writes an actual that every measure enters alike once", async () => {
      await publishPlanYear(store.db, profiles, { plan: PLAN, year: 2023 }, (item) =>
        uses(item) ? { [`actual/${indicatorId}/2023/value`]: "310" } : {},
      );
      expect((await actualsOf(2023)).map((o) => o.value)).toEqual(["310"]);
    });

    it("refuses to publish an actual the measures enter differently, naming both, and writes nothing", async () => {
      const cycle = await openCycle(store.db, profiles, TEST_EVALUATOR, PLAN, { fiscalYear: 2024 });
      for (const [i, nodeId] of nodeIds.entries()) {
        const item = await itemView(store.db, profiles, TEST_EVALUATOR, cycle.id, nodeId);
        await saveItem(store.db, profiles, TEST_EVALUATOR, cycle.id, nodeId, {
          version: item.version,
          changes: { [`actual/${indicatorId}/2024/value`]: i === 0 ? "320" : "330" },
        });
      }
      await approveRemaining(store.db, profiles, TEST_EVALUATOR, cycle.id);
      const refusal = await publishCycle(store.db, profiles, TEST_EVALUATOR, cycle.id).catch(
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(Problem);
      const p = refusal as Problem;
      expect([p.status, p.code]).toEqual([409, "conflicting_actuals"]);
      const conflicts = p.details.conflicts as {
        indicatorId: number;
        year: number;
        nodes: { id: number }[];
      }[];
      expect(conflicts[0]).toMatchObject({ indicatorId, year: 2024 });
      expect(conflicts[0]!.nodes.map((n) => n.id)).toEqual([nodeIds[0], nodeIds[1]]);
      expect(p.message).toContain("同じ値にしてから公表してください");
      expect(await actualsOf(2024)).toEqual([]);
      const status = await store.db
        .selectFrom("evaluation_cycles")
        .select("status")
        .where("id", "=", cycle.id)
        .executeTakeFirstOrThrow();
      expect(status.status).toBe("open");
    });
  });
}
