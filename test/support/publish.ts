// Publishing a year through the cycle as people would: the evaluator opens the year, the
// entries are saved and submitted, the evaluator writes the 二次政策評価, approves and publishes.
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";
import type { Principal } from "../../src/domain/rights.ts";
import type { RuleProfile } from "../../src/domain/rule-profile.ts";
import {
  type ItemView,
  itemView,
  openCycle,
  publishCycle,
  saveItem,
  transitionItem,
} from "../../src/services/cycle.ts";

export const TEST_EVALUATOR: Principal = {
  userId: "evaluator",
  name: "評価担当",
  email: "evaluator@example.jp",
  grants: [{ role: "admin", planId: null, departmentId: null, supportOrganizationId: null }],
};

/** Opens `year` of the plan, enters `changes` for the measure, reviews, approves and publishes; the cycle's id. */
export async function publishMeasureYear(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  target: { plan: string; nodeId: number; year: number },
  changes: Record<string, string>,
  secondary: string,
  who: Principal = TEST_EVALUATOR,
): Promise<number> {
  const { nodeId } = target;
  const cycle = await openCycle(db, profiles, who, target.plan, { fiscalYear: target.year });
  const item = await itemView(db, profiles, who, cycle.id, nodeId);
  const saved = await saveItem(db, profiles, who, cycle.id, nodeId, { version: item.version, changes });
  const submitted = await transitionItem(db, profiles, who, cycle.id, nodeId, "submit", {
    version: saved.version,
  });
  // The evaluator writes the 二次政策評価 while reviewing.
  const reviewed = await saveItem(db, profiles, who, cycle.id, nodeId, {
    version: submitted.version,
    changes: { secondary },
  });
  await transitionItem(db, profiles, who, cycle.id, nodeId, "approve", { version: reviewed.version });
  await publishCycle(db, profiles, who, cycle.id);
  return cycle.id;
}

/**
 * Opens `year` of a plan evaluated as a whole (推進状況, 進捗状況) and publishes it: each item gets what
 * `entriesFor` gives it, on top of what its form requires (each program's 内容 where asked), and is
 * submitted and approved.
 */
export async function publishPlanYear(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  target: { plan: string; year: number },
  entriesFor: (item: ItemView) => Record<string, string>,
  who: Principal = TEST_EVALUATOR,
): Promise<number> {
  const cycle = await openCycle(db, profiles, who, target.plan, { fiscalYear: target.year });
  const items = await db
    .selectFrom("evaluation_items")
    .select("node_id")
    .where("cycle_id", "=", cycle.id)
    .orderBy("id")
    .execute();
  for (const { node_id: nodeId } of items) {
    const item = await itemView(db, profiles, who, cycle.id, nodeId);
    const changes = entriesFor(item);
    if (Object.keys(changes).length)
      await saveItem(db, profiles, who, cycle.id, nodeId, { version: item.version, changes });
  }
  await approveRemaining(db, profiles, who, cycle.id);
  await publishCycle(db, profiles, who, cycle.id);
  return cycle.id;
}

/** Submits and approves every item of the cycle still in 入力中 or 差戻し. */
export async function approveRemaining(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  by: Principal,
  cycleId: number,
): Promise<void> {
  const open = await db
    .selectFrom("evaluation_items")
    .select("node_id")
    .where("cycle_id", "=", cycleId)
    .where("status", "in", ["draft", "returned"])
    .execute();
  for (const { node_id: nodeId } of open) {
    const item = await itemView(db, profiles, by, cycleId, nodeId);
    const content = item.form.required.includes("content/*")
      ? Object.fromEntries(
          item.programs
            .filter((p) => !p.closed.includes("content") && !item.entries[`content/${p.id}`])
            .map((p) => [`content/${p.id}`, "継続して実施"]),
        )
      : {};
    const version = Object.keys(content).length
      ? (await saveItem(db, profiles, by, cycleId, nodeId, { version: item.version, changes: content }))
          .version
      : item.version;
    const submitted = await transitionItem(db, profiles, by, cycleId, nodeId, "submit", { version });
    await transitionItem(db, profiles, by, cycleId, nodeId, "approve", { version: submitted.version });
  }
}
