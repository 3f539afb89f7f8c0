// One record per indicator usage (an indicator in a plan's node), evaluated under the plan's profile
// as of the edition of the document that states the usage.
import type { IndicatorRecord, PeriodJson } from "../server/schemas/read.ts";
import type { Kysely } from "kysely";
import { type Decimal, formatDecimal, parseDecimal } from "../domain/decimal.ts";
import {
  type Direction,
  type Observation,
  type Target,
  RATE_REASON_TEXT,
  evaluateIndicator,
} from "../domain/evaluate.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { type Period, periodLabel } from "../domain/years.ts";
import type { Database } from "../db/schema.ts";

export type { IndicatorRecord, PeriodJson };

/** Period labels by from, to and basis: naming an era goes through Intl, which is slow at 10⁶ calls. */
const labels = new Map<string, string>();

export function cachedPeriodLabel(p: Period): string {
  const key = `${p.from}|${p.to}|${p.basis ?? ""}`;
  let label = labels.get(key);
  if (label === undefined) labels.set(key, (label = periodLabel(p)));
  return label;
}

const periodJson = (p: Period): PeriodJson => ({ from: p.from, to: p.to, label: cachedPeriodLabel(p) });
const dec = (s: string | null): Decimal | undefined =>
  s === null ? undefined : (parseDecimal(s) ?? undefined);

/** Bound variables per statement stay far below SQLite's 32766 and PostgreSQL's 65535. */
const CHUNK = 5000;

export async function inChunks<T>(ids: number[], query: (ids: number[]) => Promise<T[]>): Promise<T[]> {
  if (ids.length <= CHUNK) return query(ids);
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await query(ids.slice(i, i + CHUNK))));
  return out;
}

export interface RecordFilter {
  planKey?: string;
  indicatorIds?: readonly number[];
  nodeIds?: readonly number[];
}

/** The usages to evaluate, with their indicator, node, plan and the edition they are evaluated as of. */
export function usageQuery(db: Kysely<Database>, filter: RecordFilter = {}) {
  let q = db
    .selectFrom("indicator_usages as u")
    .innerJoin("indicators as i", "i.id", "u.indicator_id")
    .innerJoin("policy_nodes as n", "n.id", "u.node_id")
    .innerJoin("plans as p", "p.id", "n.plan_id")
    .innerJoin("documents as d", "d.id", "u.document_id")
    .select([
      "u.id as usageId",
      "u.display_name",
      "u.baseline_from",
      "u.baseline_to",
      "u.baseline_value",
      "u.published_rate",
      "u.published_grade",
      "u.published_from",
      "u.published_to",
      "i.id as indicatorId",
      "i.key as indicatorKey",
      "i.unit",
      "i.direction",
      "i.measure",
      "n.key as nodeKey",
      "n.id as nodeId",
      "n.code",
      "n.name as nodeName",
      "n.sort_order",
      "p.key as planKey",
      "p.name as planName",
      "p.rule_profile",
      "p.evaluated_as_of",
      "d.edition",
    ])
    .orderBy("p.key")
    .orderBy("n.sort_order")
    .orderBy("u.sort_order")
    .orderBy("u.id");
  if (filter.planKey) q = q.where("p.key", "=", filter.planKey);
  // An empty id list matches nothing: [-1] keeps the SQL valid on both databases.
  if (filter.indicatorIds) q = q.where("i.id", "in", filter.indicatorIds.length ? filter.indicatorIds : [-1]);
  if (filter.nodeIds) q = q.where("n.id", "in", filter.nodeIds.length ? filter.nodeIds : [-1]);
  return q;
}

export type UsageRow = Awaited<ReturnType<ReturnType<typeof usageQuery>["execute"]>>[number];

export interface TargetRow {
  usage_id: number;
  period_from: number;
  period_to: number;
  kind: string;
  value: string | null;
  reference_series: string | null;
  is_final: number;
}

export interface ObservationRow {
  indicator_id: number;
  series: string;
  period_from: number;
  period_to: number;
  value: string | null;
  status: string | null;
  known_from: string;
  /** 1 when the value is an estimate (見込み値). */
  estimate: number;
}

/** Values not (yet) in the store, evaluated as if they were: a cycle's draft entries. */
export interface Overlay {
  /** The edition the usages are evaluated as of (the cycle's), when later than their own. */
  edition: string;
  targets: readonly TargetRow[];
  /** Taken before the stored observations of the same period. */
  observations: readonly ObservationRow[];
}

export async function indicatorRecords(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  options: RecordFilter & {
    /** Evaluate under this profile instead of each plan's own. */
    profile?: RuleProfile;
    overlay?: Overlay;
    /**
     * Evaluate each usage as of its own document's edition, ignoring a later published year of its
     * plan: what the document itself printed (check compares this with the published figures).
     */
    asOfOwnEdition?: boolean;
  } = {},
): Promise<IndicatorRecord[]> {
  const usages = await usageQuery(db, options).execute();
  if (usages.length === 0) return [];

  const targets = await inChunks(
    usages.map((u) => u.usageId),
    (ids) =>
      db
        .selectFrom("targets")
        .select(["usage_id", "period_from", "period_to", "kind", "value", "reference_series", "is_final"])
        .where("usage_id", "in", ids)
        .execute(),
  );
  const observations = await inChunks([...new Set(usages.map((u) => u.indicatorId))], (ids) =>
    db
      .selectFrom("observations")
      .select([
        "indicator_id",
        "series",
        "period_from",
        "period_to",
        "value",
        "status",
        "known_from",
        "estimate",
      ])
      .where("indicator_id", "in", ids)
      .execute(),
  );
  const overlay = options.overlay;
  if (options.asOfOwnEdition) {
    const own = usages.map((u) => ({ ...u, evaluated_as_of: null }));
    return evaluateUsages(own, targets, observations, profiles, options.profile);
  }
  if (!overlay) return evaluateUsages(usages, targets, observations, profiles, options.profile);
  return evaluateUsages(
    usages.map((u) => ({ ...u, evaluated_as_of: laterEdition(u.evaluated_as_of, overlay.edition) })),
    // An entered interim target replaces a stored one of the same period.
    [
      ...overlay.targets,
      ...targets.filter(
        (t) =>
          !overlay.targets.some(
            (o) =>
              o.usage_id === t.usage_id && o.period_from === t.period_from && o.period_to === t.period_to,
          ),
      ),
    ],
    [...overlay.observations, ...observations],
    profiles,
    options.profile,
  );
}

const laterEdition = (a: string | null, b: string | null) => (a === null ? b : b === null || a > b ? a : b);

/**
 * Evaluates usages from their rows: each usage's targets, and every observation of its indicator (in
 * the order the store returns them: the first of two equal candidates wins).
 */
export function evaluateUsages(
  usages: readonly UsageRow[],
  targets: readonly TargetRow[],
  observations: readonly ObservationRow[],
  profiles: ReadonlyMap<string, RuleProfile>,
  override?: RuleProfile,
): IndicatorRecord[] {
  // Grouped once: a plan has thousands of targets and observations.
  const targetsByUsage = Map.groupBy(targets, (t) => t.usage_id);
  const observationsByIndicator = Map.groupBy(observations, (o) => o.indicator_id);
  return usages.map((u) => {
    const profile = override ?? profiles.get(u.rule_profile);
    if (!profile) throw new Error(`評価ルール「${u.rule_profile}」が見つかりません（計画 ${u.planKey}）。`);
    const ts: Target[] = (targetsByUsage.get(u.usageId) ?? []).map((t) => ({
      period: { from: t.period_from, to: t.period_to },
      kind: t.kind as Target["kind"],
      ...(t.value !== null ? { value: dec(t.value)! } : {}),
      ...(t.reference_series ? { referenceSeries: t.reference_series } : {}),
      isFinal: t.is_final === 1,
    }));
    const os: Observation[] = (observationsByIndicator.get(u.indicatorId) ?? []).map((o) => ({
      series: o.series,
      period: { from: o.period_from, to: o.period_to },
      ...(o.value !== null ? { value: dec(o.value)! } : {}),
      ...(o.status ? { status: o.status } : {}),
      knownFrom: o.known_from,
      ...(o.estimate === 1 ? { estimate: true } : {}),
    }));
    const laterYear = laterEdition(u.edition, u.evaluated_as_of) !== u.edition;
    const baselineValue = dec(u.baseline_value);
    const baselinePeriod =
      u.baseline_from !== null ? { from: u.baseline_from, to: u.baseline_to ?? u.baseline_from } : undefined;
    const e = evaluateIndicator(
      {
        direction: u.direction as Direction,
        measure: u.measure as "quantitative" | "qualitative",
        ...(baselineValue || baselinePeriod
          ? {
              baseline: {
                ...(baselineValue ? { value: baselineValue } : {}),
                ...(baselinePeriod ? { period: baselinePeriod } : {}),
              },
            }
          : {}),
        targets: ts,
        observations: os,
      },
      profile,
      laterEdition(u.edition, u.evaluated_as_of)!,
    );
    const target = e.target
      ? { value: formatDecimal(e.target.value), period: periodJson(e.target.period), kind: e.target.kind }
      : ts[0]
        ? {
            value: ts[0].value ? formatDecimal(ts[0].value) : null,
            period: periodJson(ts[0].period),
            kind: ts[0].kind,
          }
        : null;
    return {
      usageId: u.usageId,
      indicatorId: u.indicatorId,
      nodeId: u.nodeId,
      plan: u.planName,
      planKey: u.planKey,
      nodeKey: u.nodeKey,
      nodeCode: u.code,
      nodeName: u.nodeName,
      indicator: u.display_name,
      indicatorKey: u.indicatorKey,
      unit: u.unit,
      direction: u.direction,
      baseline:
        u.baseline_value !== null || baselinePeriod
          ? { value: u.baseline_value, period: baselinePeriod ? periodJson(baselinePeriod) : null }
          : null,
      actual: e.actual
        ? {
            value: formatDecimal(e.actual.value),
            period: periodJson(e.actual.period),
            estimate: e.actual.estimate,
          }
        : null,
      target,
      referenceValue: e.referenceValue ? formatDecimal(e.referenceValue) : null,
      rate: e.rate ? formatDecimal(e.rate) : null,
      rateReason: e.reason ? RATE_REASON_TEXT[e.reason] : null,
      grade: e.grade,
      provisional: e.rate !== null && e.actual?.estimate === true,
      // The figures the usage's document printed belong to its own edition, not to a later year's.
      publishedRate: laterYear ? null : u.published_rate,
      publishedGrade: laterYear ? null : u.published_grade,
      publishedPeriod:
        !laterYear && u.published_from !== null
          ? periodJson({ from: u.published_from, to: u.published_to ?? u.published_from })
          : null,
      evaluatedAsOf: laterEdition(u.edition, u.evaluated_as_of)!,
      profile: profile.id,
    };
  });
}

/** Whether grades judged together (a measure's 指標判定, 総合判定) rest on an estimate. */
export const gradedOnEstimate = (records: readonly Pick<IndicatorRecord, "grade" | "provisional">[]) =>
  records.some((r) => r.provisional && r.grade !== null);
