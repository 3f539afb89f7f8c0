// The activity series of nodes (「(R4:22回、R3:20回)」 read from a 基本評価調書, continued by the cycle),
// each year's count from the newest document that states it.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { ActivitySeries } from "../server/schemas/read.ts";

/**
 * The series of each node, in printed order. With `asOf`, only what documents of that year or before
 * state (a year's sheet reads the counts as they stood then).
 */
export async function activitySeries(
  db: Kysely<Database>,
  nodeIds: readonly number[],
  asOf?: number,
): Promise<Map<number, ActivitySeries[]>> {
  const out = new Map<number, ActivitySeries[]>();
  if (nodeIds.length === 0) return out;
  const [series, counts] = await Promise.all([
    db
      .selectFrom("activity_series")
      .select(["id", "node_id", "section", "label", "unit"])
      .where("node_id", "in", [...nodeIds])
      .orderBy("node_id")
      .orderBy("sort_order")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("activity_counts as c")
      .innerJoin("activity_series as s", "s.id", "c.series_id")
      .innerJoin("documents as d", "d.id", "c.document_id")
      .select(["c.series_id", "c.fiscal_year", "c.value", "c.qualifier", "d.edition"])
      .where("s.node_id", "in", [...nodeIds])
      .orderBy("c.fiscal_year")
      .orderBy("d.edition", "desc")
      .orderBy("d.id", "desc")
      .execute(),
  ]);
  const bySeries = new Map<number, ActivitySeries["counts"]>();
  for (const c of counts) {
    if (asOf !== undefined && Number(c.edition.slice(0, 4)) > asOf) continue;
    const list = bySeries.get(c.series_id) ?? [];
    if (list.at(-1)?.fiscalYear === c.fiscal_year) continue;
    list.push({ fiscalYear: c.fiscal_year, value: c.value, qualifier: c.qualifier });
    bySeries.set(c.series_id, list);
  }
  for (const s of series) {
    const list = out.get(s.node_id) ?? [];
    list.push({
      id: s.id,
      section: s.section,
      label: s.label,
      unit: s.unit,
      counts: bySeries.get(s.id) ?? [],
    });
    out.set(s.node_id, list);
  }
  return out;
}
