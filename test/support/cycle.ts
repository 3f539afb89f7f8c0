// Drives a cycle's items to 承認済 through the services, as an evaluator would after the departments'
// work: each item gets what its form requires (004: every running program's 内容), then is submitted
// and approved. For tests that need a year published and care about a few items only.
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";
import type { Principal } from "../../src/domain/rights.ts";
import type { RuleProfile } from "../../src/domain/rule-profile.ts";
import { itemView, saveItem, transitionItem } from "../../src/services/cycle.ts";

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
