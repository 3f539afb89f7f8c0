// One indicator: every observation, and each plan node that uses it with that plan's targets.
import type { Kysely } from "kysely";
import { projectLinear } from "../domain/projection.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { periodLabel } from "../domain/years.ts";
import type { Database } from "../db/schema.ts";
import { type IndicatorRecord, indicatorRecords } from "../evaluation/indicator-records.ts";
import type { IndicatorDetail, IndicatorUsage, SeriesPoint } from "../server/api-types.ts";
import { parseJson } from "./common.ts";

const periodJson = (from: number, to: number) => ({ from, to, label: periodLabel({ from, to }) });

export async function indicatorDetail(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  id: number,
): Promise<IndicatorDetail | null> {
  const indicator = await db.selectFrom("indicators").selectAll().where("id", "=", id).executeTakeFirst();
  if (!indicator) return null;
  const [observations, records] = await Promise.all([
    db
      .selectFrom("observations as o")
      .innerJoin("documents as d", "d.id", "o.document_id")
      .select([
        "o.series",
        "o.period_from",
        "o.period_to",
        "o.value",
        "o.status",
        "o.note",
        "o.milestone",
        "d.title",
      ])
      .where("o.indicator_id", "=", id)
      .orderBy("o.period_from")
      .orderBy("o.period_to")
      .orderBy("o.series")
      .execute(),
    indicatorRecords(db, profiles, { indicatorIds: [id] }),
  ]);
  const series: SeriesPoint[] = observations.map((o) => ({
    series: o.series,
    period: periodJson(o.period_from, o.period_to),
    value: o.value,
    status: o.status,
    note: o.note,
    milestone: o.milestone,
    document: o.title,
  }));
  const targets = records.length
    ? await db
        .selectFrom("targets")
        .selectAll()
        .where(
          "usage_id",
          "in",
          records.map((r) => r.usageId),
        )
        .orderBy("period_from")
        .execute()
    : [];
  const analyses = records.length
    ? await db
        .selectFrom("indicator_usages")
        .select(["id", "analysis"])
        .where(
          "id",
          "in",
          records.map((r) => r.usageId),
        )
        .execute()
    : [];
  const usages: IndicatorUsage[] = records.map((r) => {
    const own = targets.filter((t) => t.usage_id === r.usageId);
    return {
      ...r,
      targets: own.map((t) => ({
        period: periodJson(t.period_from, t.period_to),
        kind: t.kind,
        value: t.value,
        isFinal: t.is_final === 1,
        label: t.label,
      })),
      analysis: analyses.find((a) => a.id === r.usageId)?.analysis ?? null,
      projection: projection(r, own, observations, indicator.direction),
    };
  });
  return {
    indicator: {
      id: indicator.id,
      key: indicator.key,
      name: indicator.name,
      unit: indicator.unit,
      direction: indicator.direction,
      measure: indicator.measure,
      milestones: parseJson<string[] | null>(indicator.milestones, null),
      yearBasis: indicator.year_basis,
      source: indicator.source,
      publication: indicator.publication,
      rationale: indicator.rationale,
    },
    series,
    usages,
  };
}

function projection(
  record: IndicatorRecord,
  targets: { period_to: number; kind: string; value: string | null; is_final: number }[],
  observations: { series: string; period_from: number; period_to: number; value: string | null }[],
  direction: string,
): IndicatorUsage["projection"] {
  const final =
    targets.find((t) => t.is_final === 1) ?? [...targets].sort((a, b) => b.period_to - a.period_to)[0];
  if (!final) return null;
  const actuals = observations.filter(
    (o) => o.series === "actual" && o.value !== null && o.period_from === o.period_to,
  );
  const points = actuals.map((o) => ({ year: o.period_to, value: Number(o.value) }));
  const value = projectLinear(points, final.period_to);
  if (value === null) return null;
  const targetValue =
    final.kind === "absolute"
      ? final.value
      : final.kind === "baseline_or_more"
        ? (record.baseline?.value ?? null)
        : null;
  const reaches =
    targetValue === null
      ? null
      : direction === "decrease"
        ? value <= Number(targetValue)
        : value >= Number(targetValue);
  return {
    fromYear: Math.min(...points.map((p) => p.year)),
    toYear: final.period_to,
    // As many decimals as the actuals carry (at least one): 1.27 → "1.35", 1,057.2 → "1125.5".
    value: value.toFixed(Math.max(1, ...actuals.map((o) => o.value!.split(".")[1]?.length ?? 0))),
    target: targetValue,
    reaches,
  };
}
