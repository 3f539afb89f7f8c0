// One indicator: every observation, and each plan node that uses it with that plan's targets.
import type { Kysely } from "kysely";
import { projectLinear } from "../domain/projection.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { compiled } from "../db/compiled.ts";
import type { Database } from "../db/schema.ts";
import {
  type IndicatorRecord,
  cachedPeriodLabel,
  evaluateUsages,
  usageQuery,
} from "../evaluation/indicator-records.ts";
import type { IndicatorDetail, IndicatorUsage, SeriesPoint } from "../server/schemas/read.ts";
import { parseJson } from "./common.ts";

const periodJson = (from: number, to: number) => ({ from, to, label: cachedPeriodLabel({ from, to }) });

// The indicator page is the most requested at national scale: its four queries are compiled once.
const indicatorById = compiled((db, id: number) =>
  db.selectFrom("indicators").selectAll().where("id", "=", id),
);
const observationsOf = compiled((db, id: number) =>
  db
    .selectFrom("observations as o")
    .innerJoin("documents as d", "d.id", "o.document_id")
    .select([
      "o.indicator_id",
      "o.series",
      "o.period_from",
      "o.period_to",
      "o.value",
      "o.status",
      "o.note",
      "o.milestone",
      "o.known_from",
      "o.estimate",
      "d.title",
    ])
    .where("o.indicator_id", "=", id)
    .orderBy("o.id"),
);
const usagesOf = compiled((db, id: number) => usageQuery(db, { indicatorIds: [id] }).select("u.analysis"));
const targetsOf = compiled((db, id: number) =>
  db
    .selectFrom("targets as t")
    .innerJoin("indicator_usages as u", "u.id", "t.usage_id")
    .selectAll("t")
    .where("u.indicator_id", "=", id)
    .orderBy("t.id"),
);

export async function indicatorDetail(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  id: number,
): Promise<IndicatorDetail | null> {
  // Four queries at once: the indicator, its observations, its usages and their targets.
  const [[indicator], observations, usageRows, targets] = await Promise.all([
    indicatorById(db, id),
    observationsOf(db, id),
    usagesOf(db, id),
    targetsOf(db, id),
  ]);
  if (!indicator) return null;
  const records = evaluateUsages(usageRows, targets, observations, profiles);
  // Shown by period, then series (a stable sort: rows stating the same thing stay in the order written).
  const shownObservations = [...observations].sort(
    (a, b) =>
      a.period_from - b.period_from ||
      a.period_to - b.period_to ||
      (a.series < b.series ? -1 : a.series > b.series ? 1 : 0),
  );
  const series: SeriesPoint[] = shownObservations.map((o) => ({
    series: o.series,
    period: periodJson(o.period_from, o.period_to),
    value: o.value,
    status: o.status,
    note: o.note,
    milestone: o.milestone,
    estimate: o.estimate === 1,
    document: o.title,
  }));
  const shownTargets = [...targets].sort((a, b) => a.period_from - b.period_from);
  const usages: IndicatorUsage[] = records.map((r, i) => {
    const own = shownTargets.filter((t) => t.usage_id === r.usageId);
    return {
      ...r,
      targets: own.map((t) => ({
        period: periodJson(t.period_from, t.period_to),
        kind: t.kind,
        value: t.value,
        isFinal: t.is_final === 1,
        label: t.label,
      })),
      analysis: usageRows[i]!.analysis,
      projection: projection(r, own, shownObservations, indicator.direction),
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
