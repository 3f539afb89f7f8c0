// A firm value that replaces an estimate (見込み値) goes into the audit trail: the indicator, the period,
// the estimate and the value that replaced it, who and when. Publishing (or correcting) a year and
// importing a document look at the actuals in force before and after they write, in their own
// transaction: an actual in force that was an estimate and is now a firm value was replaced.
import type { Transaction } from "kysely";
import { ESTIMATE_LABEL, replaces } from "../domain/evaluate.ts";
import { periodKey, periodLabel } from "../domain/years.ts";
import type { Database } from "../db/schema.ts";
import { inChunks } from "../evaluation/indicator-records.ts";
import { type Actor, audit } from "./audit.ts";

type Trx = Transaction<Database>;

interface Stated {
  indicator_id: number;
  period_from: number;
  period_to: number;
  value: string | null;
  estimate: number;
  known_from: string;
}

/**
 * The actual in force for each indicator and period as of an edition, as the rule engine reads it
 * (`replaces`: the latest edition; at the same edition a firm value over an estimate).
 */
async function actualsInForce(trx: Trx, indicatorIds: number[], edition: string) {
  const rows = await inChunks(indicatorIds, (ids) =>
    trx
      .selectFrom("observations")
      .select(["indicator_id", "period_from", "period_to", "value", "estimate", "known_from"])
      .where("indicator_id", "in", ids)
      .where("series", "=", "actual")
      .where("value", "is not", null)
      .where("known_from", "<=", edition)
      .orderBy("id")
      .execute(),
  );
  const inForce = new Map<string, Stated>();
  const asStated = (o: Stated) => ({ knownFrom: o.known_from, estimate: o.estimate === 1 });
  for (const o of rows) {
    const key = `${o.indicator_id}|${o.period_from}|${o.period_to}`;
    const current = inForce.get(key);
    if (!current || replaces(asStated(o), asStated(current))) inForce.set(key, o);
  }
  return inForce;
}

export interface EstimateWatch {
  /** Audits every estimate in force before that a firm value has replaced since; returns how many. */
  record(actor: Actor, reason: string): Promise<number>;
}

/**
 * Notes the estimates in force as of `edition` before a write, so that `record` can name those the
 * write replaced by a firm value.
 */
export async function watchEstimates(trx: Trx, edition: string): Promise<EstimateWatch> {
  const flagged = await trx
    .selectFrom("observations")
    .select("indicator_id")
    .distinct()
    .where("estimate", "=", 1)
    .where("series", "=", "actual")
    .where("value", "is not", null)
    .where("known_from", "<=", edition)
    .execute();
  const indicatorIds = flagged.map((o) => o.indicator_id);
  const before = indicatorIds.length ? await actualsInForce(trx, indicatorIds, edition) : new Map();
  const estimates = [...before].filter(([, o]) => o.estimate === 1);
  return {
    async record(actor, reason) {
      if (estimates.length === 0) return 0;
      const after = await actualsInForce(trx, indicatorIds, edition);
      const indicators = new Map(
        (
          await inChunks(indicatorIds, (ids) =>
            trx
              .selectFrom("indicators")
              .select(["id", "name", "year_basis"])
              .where("id", "in", ids)
              .execute(),
          )
        ).map((i) => [i.id, i]),
      );
      let n = 0;
      for (const [key, old] of estimates) {
        const now = after.get(key);
        if (!now || now.estimate === 1) continue;
        const i = indicators.get(old.indicator_id);
        // Years are fiscal unless the indicator counts calendar years.
        const basis = i?.year_basis === "calendar" ? "calendar" : "fiscal";
        const period = { from: old.period_from, to: old.period_to, basis } as const;
        await audit(trx, actor, {
          action: "replace-estimate",
          entity: "indicator",
          entityId: String(old.indicator_id),
          field: `actual/${old.indicator_id}/${periodKey(period)}`,
          label: `${i?.name ?? "指標"} ${periodLabel(period)} 実績値`,
          old: `${old.value}（${ESTIMATE_LABEL}）`,
          new: now.value,
          reason,
        });
        n++;
      }
      return n;
    },
  };
}
