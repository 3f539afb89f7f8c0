// The yearly evaluation cycle. An evaluator opens a year for a plan; each measure with indicators or
// programs becomes an item that its departments fill in (drafts, kept apart from the published facts),
// submit, get returned or approved; publishing writes the items into the store as the facts of the
// cycle's own document, which is what everyone else reads. Every change goes into the audit trail.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import {
  type EndedProgram,
  type EntryContext,
  type Entries,
  type FieldError,
  checkEntries,
  endedRefusal,
  entryRules,
  fieldLabel,
  parseField,
  scaleOf,
  validateChanges,
} from "../domain/entry.ts";
import { AMOUNT_KINDS, type CycleForm, MARK_TEXTS } from "../domain/cycle-form.ts";
import { type CycleStatus, ITEM_STATUS_LABELS, type ItemStatus } from "../domain/item-status.ts";
import { sumDecimals } from "../domain/decimal.ts";
import { judgeMeasure } from "../domain/evaluate.ts";
import { type Principal, canEdit, canEvaluate, canReadDrafts } from "../domain/rights.ts";
import { type RuleProfile, cycleFormOf } from "../domain/rule-profile.ts";
import { isCalendarDate, warekiLabel } from "../domain/years.ts";
import {
  type IndicatorRecord,
  type ObservationRow,
  type TargetRow,
  gradedOnEstimate,
  indicatorRecords,
} from "../evaluation/indicator-records.ts";
import { recordEditions } from "../reports/editions.ts";
import { activitySeries } from "../views/activity-series.ts";
import { planDocuments } from "../views/common.ts";
import { programEnds } from "../views/programs.ts";
import { audit } from "./audit.ts";
import { watchEstimates } from "./estimates.ts";
import { Problem, forbidden, unauthenticated } from "./problem.ts";
import { registerIndicatorIds } from "./support-register-kpi.ts";

export { ITEM_STATUSES, ITEM_STATUS_LABELS, type ItemStatus } from "../domain/item-status.ts";

type Db = Kysely<Database>;
const now = () => new Date().toISOString();
export const parseEntries = (s: string): Record<string, string> => JSON.parse(s) as Record<string, string>;

function requireReader(p: Principal | null): Principal {
  if (!p) throw unauthenticated();
  if (!canReadDrafts(p)) throw forbidden("評価作業を見る");
  return p;
}

export async function cycleRow(db: Db, cycleId: number) {
  const c = await db
    .selectFrom("evaluation_cycles as c")
    .innerJoin("plans as p", "p.id", "c.plan_id")
    .innerJoin("documents as pd", "pd.id", "p.document_id")
    .select([
      "pd.kind as planKind",
      "c.id",
      "c.plan_id",
      "c.fiscal_year",
      "c.status",
      "c.deadline",
      "c.document_id",
      "c.opened_at",
      "c.published_at",
      "p.key as planKey",
      "p.name as planName",
      "p.rule_profile",
      "p.period_from",
      "p.period_to",
    ])
    .where("c.id", "=", cycleId)
    .executeTakeFirst();
  if (!c) throw new Problem(404, "not_found", "評価年度が見つかりません。");
  return c;
}
export type CycleRow = Awaited<ReturnType<typeof cycleRow>>;

/**
 * A year an imported document already evaluates (seed 000 is the 令和5年度 evaluation) is published: its
 * edition is a record, so a cycle cannot publish the year again. It is refused before anything is
 * entered, naming the document; a change to such a year is a corrected document, imported again.
 */
async function refuseYearPublishedByDocument(db: Db, planId: number, fiscalYear: number) {
  const published = await db
    .selectFrom("node_evaluations as e")
    .innerJoin("policy_nodes as n", "n.id", "e.node_id")
    .innerJoin("documents as d", "d.id", "e.document_id")
    .select("d.title")
    .where("n.plan_id", "=", planId)
    .where("e.evaluation_year", "=", fiscalYear)
    .where("d.kind", "!=", "evaluation-cycle")
    .executeTakeFirst();
  if (published)
    throw new Problem(
      409,
      "published_by_document",
      `${warekiLabel(fiscalYear)}度の評価は資料「${published.title}」として公表済みのため、評価年度として開けません。数値を直すときは、訂正した資料を取り込み直してください。`,
    );
}

/**
 * Writes an item's new content or state if it is still at the version that was read, and counts a new
 * version; false when someone else saved first (nothing is written then).
 */
export async function updateItem(
  trx: Transaction<Database>,
  item: { id: number; version: number },
  by: string | null,
  values: { content?: string; status?: string; comment?: string | null },
): Promise<boolean> {
  const r = await trx
    .updateTable("evaluation_items")
    .set({ ...values, version: item.version + 1, updated_at: now(), updated_by: by })
    .where("id", "=", item.id)
    .where("version", "=", item.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export const itemEntity = (cycleId: number, nodeId: number) => `${cycleId}/${nodeId}`;

// ---- opening and listing ---------------------------------------------------------------------

export async function openCycle(
  db: Db,
  profiles: ReadonlyMap<string, RuleProfile>,
  p: Principal | null,
  planKey: string,
  input: { fiscalYear: number; deadline?: string | null },
) {
  if (!p) throw unauthenticated();
  const plan = await db
    .selectFrom("plans")
    .select(["id", "name", "rule_profile"])
    .where("key", "=", planKey)
    .executeTakeFirst();
  if (!plan) throw new Problem(404, "not_found", `計画「${planKey}」が見つかりません。`);
  if (!canEvaluate(p, plan.id)) throw forbidden("この計画の評価年度を開く");
  if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < 1989 || input.fiscalYear > 2199) {
    throw new Problem(422, "invalid", "評価年度は西暦4桁で指定してください。", {
      errors: [{ field: "fiscalYear", message: "評価年度は西暦4桁で指定してください。" }],
    });
  }
  if (input.deadline && !isCalendarDate(input.deadline)) {
    const message = `締切「${input.deadline}」は日付ではありません。YYYY-MM-DD の形で、暦にある日を指定してください（例: 2026-08-31）。`;
    throw new Problem(422, "invalid", message, {
      errors: [{ field: "deadline", message }],
    });
  }
  const exists = await db
    .selectFrom("evaluation_cycles")
    .select("id")
    .where("plan_id", "=", plan.id)
    .where("fiscal_year", "=", input.fiscalYear)
    .executeTakeFirst();
  if (exists) {
    throw new Problem(409, "exists", `${warekiLabel(input.fiscalYear)}度の評価はすでに開かれています。`, {
      cycleId: exists.id,
    });
  }
  await refuseYearPublishedByDocument(db, plan.id, input.fiscalYear);
  return db.transaction().execute(async (trx) => {
    const at = now();
    const doc = await trx
      .insertInto("documents")
      .values({
        key: `cycle/${planKey}/${input.fiscalYear}`,
        kind: "evaluation-cycle",
        title: `${plan.name} ${warekiLabel(input.fiscalYear)}度 評価`,
        edition: String(input.fiscalYear),
        evaluation_year: input.fiscalYear,
        file_name: "",
        sha256: "",
        imported_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const cycle = await trx
      .insertInto("evaluation_cycles")
      .values({
        plan_id: plan.id,
        fiscal_year: input.fiscalYear,
        status: "open",
        deadline: input.deadline ?? null,
        document_id: doc.id,
        opened_by: p.userId,
        opened_at: at,
        published_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    // Items: every node of the plan that has indicators or programs to report on.
    const nodes = await trx
      .selectFrom("policy_nodes as n")
      .select("n.id")
      .where("n.plan_id", "=", plan.id)
      .where((eb) =>
        eb.or([
          eb.exists(eb.selectFrom("indicator_usages as u").select("u.id").whereRef("u.node_id", "=", "n.id")),
          eb.exists(eb.selectFrom("program_links as l").select("l.id").whereRef("l.node_id", "=", "n.id")),
        ]),
      )
      .orderBy("n.sort_order")
      .execute();
    const carried = await carriedTexts(
      trx,
      plan.id,
      input.fiscalYear - 1,
      nodes.map((n) => n.id),
      cycleFormOf(profiles.get(plan.rule_profile)),
    );
    if (nodes.length) {
      await trx
        .insertInto("evaluation_items")
        .values(
          nodes.map((n) => ({
            cycle_id: cycle.id,
            node_id: n.id,
            status: "draft",
            content: JSON.stringify(carried.get(n.id) ?? {}),
            version: 1,
            comment: null,
            updated_at: at,
            updated_by: null,
          })),
        )
        .execute();
    }
    await audit(trx, p, {
      action: "open",
      entity: "cycle",
      entityId: String(cycle.id),
      new: `${planKey} ${input.fiscalYear}`,
    });
    return { id: cycle.id };
  });
}

/** Entries that are texts a department rewrites each year rather than starts afresh. */
const CARRIED = /^(text\/.+|analysis|coordination\/text|urgency\/text|progress\/\d+|content\/\d+)$/;

/**
 * The texts a new year starts from, per node: the previous year's cycle entries, or, where the previous
 * year came from a document, its published texts (the year's evaluation, else the measure's own).
 */
async function carriedTexts(
  trx: Transaction<Database>,
  planId: number,
  previousYear: number,
  nodeIds: readonly number[],
  form: CycleForm,
): Promise<Map<number, Record<string, string>>> {
  const out = new Map<number, Record<string, string>>();
  if (nodeIds.length === 0) return out;
  const previous = await trx
    .selectFrom("evaluation_items as i")
    .innerJoin("evaluation_cycles as c", "c.id", "i.cycle_id")
    .select(["i.node_id", "i.content"])
    .where("c.plan_id", "=", planId)
    .where("c.fiscal_year", "=", previousYear)
    .execute();
  // Not the texts of a program that ended before the new year.
  const ends = await programEnds(
    trx,
    previous.flatMap((i) => programsIn(parseEntries(i.content))),
  );
  const ended = endedRules(form, previousYear + 1, ends);
  for (const i of previous) {
    const kept = Object.entries(parseEntries(i.content)).filter(
      ([k, v]) => CARRIED.test(k) && v && !endedRefusal(k, ended),
    );
    out.set(i.node_id, Object.fromEntries(kept));
  }
  if (previous.length) return out;
  const [nodes, evaluations] = await Promise.all([
    trx
      .selectFrom("policy_nodes")
      .select(["id", "texts"])
      .where("id", "in", [...nodeIds])
      .execute(),
    trx
      .selectFrom("node_evaluations")
      .select(["node_id", "texts"])
      .where("node_id", "in", [...nodeIds])
      .where("evaluation_year", "=", previousYear)
      .orderBy("id")
      .execute(),
  ]);
  const yearTexts = new Map(evaluations.map((e) => [e.node_id, parseEntries(e.texts)]));
  for (const n of nodes) {
    const own = parseEntries(n.texts);
    const year = yearTexts.get(n.id) ?? {};
    const entries: Record<string, string> = {};
    for (const label of form.texts) {
      const text = year[label] ?? own[label];
      if (text) entries[`text/${label}`] = text;
    }
    if (form.measure.includes("analysis") && year["分析"]) entries["analysis"] = year["分析"];
    out.set(n.id, entries);
  }
  return out;
}

export async function planCycles(db: Db, p: Principal | null, planKey: string) {
  requireReader(p);
  const plan = await db.selectFrom("plans").select("id").where("key", "=", planKey).executeTakeFirst();
  if (!plan) throw new Problem(404, "not_found", `計画「${planKey}」が見つかりません。`);
  const cycles = await db
    .selectFrom("evaluation_cycles")
    .select(["id", "fiscal_year", "status", "deadline", "published_at"])
    .where("plan_id", "=", plan.id)
    .orderBy("fiscal_year", "desc")
    .execute();
  return {
    canOpen: canEvaluate(p, plan.id),
    cycles: cycles.map((c) => ({
      id: c.id,
      fiscalYear: c.fiscal_year,
      status: c.status as CycleStatus,
      deadline: c.deadline,
      publishedAt: c.published_at,
    })),
  };
}

/** Every cycle the user can see, newest first: the start page of the work. */
export async function allCycles(db: Db, p: Principal | null) {
  requireReader(p);
  const rows = await db
    .selectFrom("evaluation_cycles as c")
    .innerJoin("plans as p", "p.id", "c.plan_id")
    .select([
      "c.id",
      "c.fiscal_year",
      "c.status",
      "c.deadline",
      "c.published_at",
      "p.key",
      "p.name",
      "p.id as planId",
    ])
    .orderBy("c.fiscal_year", "desc")
    .orderBy("p.key")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fiscalYear: r.fiscal_year,
    status: r.status as CycleStatus,
    deadline: r.deadline,
    publishedAt: r.published_at,
    plan: { key: r.key, name: r.name },
    canEvaluate: canEvaluate(p, r.planId),
  }));
}

// ---- the evaluator's dashboard ----------------------------------------------------------------

export async function nodeDepartments(db: Db, nodeIds: readonly number[]) {
  const rows = nodeIds.length
    ? await db
        .selectFrom("node_departments as nd")
        .innerJoin("departments as d", "d.id", "nd.department_id")
        .select(["nd.node_id", "d.id", "d.name"])
        .where("nd.node_id", "in", nodeIds)
        .orderBy("nd.sort_order")
        .orderBy("d.id")
        .execute()
    : [];
  return Map.groupBy(rows, (r) => r.node_id);
}

export async function cycleDashboard(
  db: Db,
  profiles: ReadonlyMap<string, RuleProfile>,
  p: Principal | null,
  cycleId: number,
) {
  requireReader(p);
  const c = await cycleRow(db, cycleId);
  const items = await db
    .selectFrom("evaluation_items as i")
    .innerJoin("policy_nodes as n", "n.id", "i.node_id")
    .leftJoin("auth_user as u", "u.id", "i.updated_by")
    .select([
      "i.node_id",
      "i.status",
      "i.content",
      "i.comment",
      "i.updated_at",
      "u.name as updatedBy",
      "n.code",
      "n.name",
      "n.level",
    ])
    .where("i.cycle_id", "=", cycleId)
    .orderBy("n.sort_order")
    .execute();
  const nodeIds = items.map((i) => i.node_id);
  const [departments, links] = await Promise.all([
    nodeDepartments(db, nodeIds),
    nodeIds.length
      ? db
          .selectFrom("program_links")
          .select(["node_id", "program_id"])
          .where("node_id", "in", nodeIds)
          .execute()
      : [],
  ]);
  const programsOf = Map.groupBy(links, (l) => l.node_id);
  const form = cycleFormOf(profiles.get(c.rule_profile));
  const ends = await programEnds(db, [...new Set(links.map((l) => l.program_id))]);
  return {
    id: c.id,
    plan: { key: c.planKey, name: c.planName },
    fiscalYear: c.fiscal_year,
    status: c.status as CycleStatus,
    deadline: c.deadline,
    openedAt: c.opened_at,
    publishedAt: c.published_at,
    canEvaluate: canEvaluate(p, c.plan_id),
    items: items.map((i) => {
      const entries = parseEntries(i.content);
      const deps = departments.get(i.node_id) ?? [];
      return {
        nodeId: i.node_id,
        code: i.code,
        name: i.name,
        level: i.level,
        departments: deps.map((d) => ({ id: d.id, name: d.name })),
        status: i.status as ItemStatus,
        comment: i.comment,
        updatedAt: i.updated_at,
        updatedBy: i.updatedBy,
        /** What submission still lacks: the required fields left empty, and problems across fields. */
        missing: checkEntries(entries, "submit", {
          form,
          programIds: (programsOf.get(i.node_id) ?? []).map((l) => l.program_id),
          ended: { fiscalYear: c.fiscal_year, programs: ends },
        }).map((e) => e.field),
        canEdit: canEdit(
          p,
          c.plan_id,
          deps.map((d) => d.id),
        ),
      };
    }),
  };
}

// ---- one item ------------------------------------------------------------------------------------

async function itemRow(db: Db, cycleId: number, nodeId: number) {
  const item = await db
    .selectFrom("evaluation_items")
    .selectAll()
    .where("cycle_id", "=", cycleId)
    .where("node_id", "=", nodeId)
    .executeTakeFirst();
  if (!item) throw new Problem(404, "not_found", "この評価年度に、その施策の評価項目はありません。");
  return item;
}

/** What the item's fields may hold: its indicators (unit, scale), programs, years and judgements. */
export async function entryContext(db: Db, c: CycleRow, nodeId: number, profile: RuleProfile | undefined) {
  const usages = await db
    .selectFrom("indicator_usages as u")
    .innerJoin("indicators as i", "i.id", "u.indicator_id")
    .select(["u.id as usageId", "i.id", "u.display_name", "i.unit", "u.baseline_from"])
    .where("u.node_id", "=", nodeId)
    .orderBy("u.sort_order")
    .execute();
  const indicatorIds = usages.map((u) => u.id);
  const usageIds = usages.map((u) => u.usageId);
  const [observations, targets, programs] = await Promise.all([
    indicatorIds.length
      ? db
          .selectFrom("observations")
          .select([
            "indicator_id",
            "series",
            "period_from",
            "period_to",
            "value",
            "milestone",
            "estimate",
            "status",
            "note",
            "known_from",
          ])
          .where("indicator_id", "in", indicatorIds)
          .orderBy("period_from")
          .execute()
      : [],
    usageIds.length
      ? db
          .selectFrom("targets")
          .select(["usage_id", "period_from", "period_to", "kind", "value", "is_final"])
          .where("usage_id", "in", usageIds)
          .orderBy("period_from")
          .execute()
      : [],
    db
      .selectFrom("program_links as l")
      .innerJoin("programs as p", "p.id", "l.program_id")
      .select(["p.id", "p.code", "p.name", "l.relisted"])
      .where("l.node_id", "=", nodeId)
      .orderBy("l.sort_order")
      .execute(),
  ]);
  const ends = await programEnds(
    db,
    programs.map((p) => p.id),
  );
  const fromRegister = await registerIndicatorIds(db, { nodeId });
  const byIndicator = Map.groupBy(observations, (o) => o.indicator_id);
  const byUsage = Map.groupBy(targets, (t) => t.usage_id);
  const form = cycleFormOf(profile);
  // The plan's period; a plan that does not state one spans its indicators' baselines to final targets.
  const years = [
    ...usages.map((u) => u.baseline_from),
    ...targets.map((t) => t.period_to),
    ...observations.map((o) => o.period_to),
    c.fiscal_year,
  ].filter((y): y is number => y !== null);
  const activities = (await activitySeries(db, [nodeId])).get(nodeId) ?? [];
  const ctx: EntryContext = {
    activities: new Map(
      activities.map((a) => [
        a.id,
        { label: a.label, unit: a.unit, scale: scaleOf(a.counts.map((x) => x.value)) },
      ]),
    ),
    indicators: new Map(
      usages.map((u) => {
        const values = [
          ...(byIndicator.get(u.id) ?? []).map((o) => o.value),
          ...(byUsage.get(u.usageId) ?? []).map((t) => t.value),
        ];
        return [
          u.id,
          {
            name: u.display_name,
            unit: u.unit,
            scale: scaleOf(values),
            allowNegative: values.some((v) => v?.startsWith("-")),
            fromRegister: fromRegister.has(u.id),
          },
        ];
      }),
    ),
    programs: new Map(programs.map((p) => [p.id, p.name])),
    ended: ends,
    fiscalYear: c.fiscal_year,
    years: { from: c.period_from ?? Math.min(...years), to: c.period_to ?? Math.max(...years) },
    judgements: form.measure.includes("judgement")
      ? [...new Set(Object.values(profile?.judgement?.byGrade ?? {}))]
      : [],
    form,
  };
  return { ctx, usages, byIndicator, byUsage, programs, ends };
}

/** The item's entries as the rows the rule engine reads. */
function overlayOf(entries: Entries, usages: readonly { usageId: number; id: number }[], edition: string) {
  const observations: ObservationRow[] = [];
  const targets: TargetRow[] = [];
  for (const [path, value] of Object.entries(entries)) {
    const f = parseField(path);
    if (!f || !value) continue;
    // One actual per indicator and year: its value, status or milestone (checkEntries allows one).
    if (f.kind === "actual" && (f.part === "value" || f.part === "status" || f.part === "milestone")) {
      observations.push({
        indicator_id: f.indicatorId,
        series: "actual",
        period_from: f.year,
        period_to: f.year,
        value: f.part === "value" ? value : null,
        status: f.part === "status" ? value : null,
        known_from: edition,
        estimate: f.part === "value" && entries[`actual/${f.indicatorId}/${f.year}/estimate`] === "1" ? 1 : 0,
      });
    }
    if (f.kind === "target") {
      for (const u of usages.filter((x) => x.id === f.indicatorId)) {
        targets.push({
          usage_id: u.usageId,
          period_from: f.year,
          period_to: f.year,
          kind: "absolute",
          value,
          reference_series: null,
          is_final: 0,
        });
      }
    }
  }
  return { edition, observations, targets };
}

export async function itemView(
  db: Db,
  profiles: ReadonlyMap<string, RuleProfile>,
  p: Principal | null,
  cycleId: number,
  nodeId: number,
) {
  requireReader(p);
  const c = await cycleRow(db, cycleId);
  const item = await itemRow(db, cycleId, nodeId);
  const profile = profiles.get(c.rule_profile);
  const [{ ctx, usages, byIndicator, byUsage, programs, ends }, node, deps, history, budgets, evaluations] =
    await Promise.all([
      entryContext(db, c, nodeId, profile),
      db
        .selectFrom("policy_nodes")
        .select(["id", "code", "name", "level"])
        .where("id", "=", nodeId)
        .executeTakeFirstOrThrow(),
      nodeDepartments(db, [nodeId]),
      db
        .selectFrom("audit_log")
        .select(["at", "user_name", "action", "field", "label", "old_value", "new_value", "reason"])
        .where("entity", "=", "item")
        .where("entity_id", "=", itemEntity(cycleId, nodeId))
        .orderBy("id", "desc")
        .execute(),
      db
        .selectFrom("budget_lines as b")
        .innerJoin("program_links as l", "l.program_id", "b.program_id")
        .select(["b.program_id", "b.fiscal_year", "b.kind", "b.amount", "b.scale"])
        .where("l.node_id", "=", nodeId)
        .where("b.document_id", "in", planDocuments(db, { nodeId }))
        .orderBy("b.fiscal_year")
        .execute(),
      db
        .selectFrom("program_evaluations")
        .select(["program_id", "evaluation_year", "response_policy_no", "direction"])
        .where("node_id", "=", nodeId)
        .orderBy("evaluation_year", "desc")
        .execute(),
    ]);
  const activities = (await activitySeries(db, [nodeId])).get(nodeId) ?? [];
  const entries = parseEntries(item.content);
  const records = await indicatorRecords(db, profiles, {
    nodeIds: [nodeId],
    overlay: overlayOf(entries, usages, String(c.fiscal_year)),
  });
  const departments = (deps.get(nodeId) ?? []).map((d) => ({ id: d.id, name: d.name }));
  const editable = canEdit(
    p,
    c.plan_id,
    departments.map((d) => d.id),
  );
  const evaluator = canEvaluate(p, c.plan_id);
  const status = item.status as ItemStatus;
  return {
    cycle: {
      id: c.id,
      fiscalYear: c.fiscal_year,
      status: c.status as CycleStatus,
      deadline: c.deadline,
      plan: { key: c.planKey, name: c.planName },
    },
    node,
    departments,
    status,
    version: item.version,
    comment: item.comment,
    updatedAt: item.updated_at,
    entries,
    years: ctx.years,
    judgements: [...ctx.judgements],
    /** Whether the plan's profile grades indicators (the city's and the strategy's do not). */
    graded: (profile?.grades.length ?? 0) > 0,
    form: ctx.form,
    settledYear: c.fiscal_year + ctx.form.settledYearOffset,
    /** The measure's activity series with their published counts; the form asks for the settled year's. */
    activities,
    indicators: usages.map((u) => ({
      id: u.id,
      name: u.display_name,
      unit: u.unit,
      scale: ctx.indicators.get(u.id)!.scale,
      /** The actuals are the support register's counts, shown as 台帳から and not entered. */
      actualFromRegister: ctx.indicators.get(u.id)!.fromRegister,
      observations: (byIndicator.get(u.id) ?? []).map((o) => ({
        series: o.series,
        from: o.period_from,
        to: o.period_to,
        value: o.value,
        milestone: o.milestone,
        estimate: o.estimate === 1,
        status: o.status,
        note: o.note,
      })),
      targets: (byUsage.get(u.usageId) ?? []).map((t) => ({
        from: t.period_from,
        to: t.period_to,
        value: t.value,
        final: t.is_final === 1,
      })),
      record: records.find((r) => r.usageId === u.usageId) ?? null,
    })),
    computed: {
      ...(profile
        ? judgeMeasure(
            records.map((r) => r.grade),
            profile,
          )
        : { grade: null, judgement: null }),
      provisional: gradedOnEstimate(records),
    },
    programs: programs.map((pr) => ({
      id: pr.id,
      code: pr.code,
      name: pr.name,
      relisted: pr.relisted === 1,
      budgets: budgets
        .filter((b) => b.program_id === pr.id)
        .map((b) => ({ fiscalYear: b.fiscal_year, kind: b.kind, amount: String(b.amount), scale: b.scale })),
      lastEvaluation: evaluations.find((e) => e.program_id === pr.id) ?? null,
      /** 「令和3年度をもって終了」 and the successor, for a program that ended. */
      ended: ends.has(pr.id)
        ? { label: ends.get(pr.id)!.label, successor: ends.get(pr.id)!.successor }
        : null,
      /** The form's fields that take no value, the program having ended before their year. */
      closed: ctx.form.program.filter((f) => endedRefusal(`${f}/${pr.id}`, entryRules(ctx))),
    })),
    rights: {
      edit: editable && (c.status === "published" ? evaluator : status === "draft" || status === "returned"),
      submit: editable && c.status !== "published" && (status === "draft" || status === "returned"),
      evaluate: evaluator,
      /** The evaluator writes the 二次政策評価 while the item is under review, and until publication. */
      review: evaluator && c.status !== "published" && (status === "submitted" || status === "approved"),
      correctionNeedsReason: c.status === "published",
    },
    history: history.map((h) => ({
      at: h.at,
      user: h.user_name,
      action: h.action,
      field: h.field,
      label: h.label,
      old: h.old_value,
      new: h.new_value,
      reason: h.reason,
    })),
  };
}

export type ItemView = Awaited<ReturnType<typeof itemView>>;

// ---- changes -----------------------------------------------------------------------------------

/** The item as it is now, for the client whose save was refused. */
async function conflict(db: Db, cycleId: number, nodeId: number) {
  const current = await itemRow(db, cycleId, nodeId);
  return new Problem(
    409,
    "conflict",
    "ほかの人がこの項目を先に保存しました。最新の内容を確認してから、もう一度入力してください。",
    { version: current.version, status: current.status, entries: parseEntries(current.content) },
  );
}

export async function saveItem(
  db: Db,
  profiles: ReadonlyMap<string, RuleProfile>,
  p: Principal | null,
  cycleId: number,
  nodeId: number,
  input: { version: number; changes: Entries; reason?: string | null },
) {
  if (!p) throw unauthenticated();
  const c = await cycleRow(db, cycleId);
  const deps = (await nodeDepartments(db, [nodeId])).get(nodeId) ?? [];
  if (
    !canEdit(
      p,
      c.plan_id,
      deps.map((d) => d.id),
    )
  )
    throw forbidden("この施策を編集する");
  const evaluator = canEvaluate(p, c.plan_id);
  const published = c.status === "published";
  if (published && !evaluator) {
    throw new Problem(403, "locked", "公表済みの年度は、政策評価担当だけが理由を添えて修正できます。");
  }
  const reason = input.reason?.trim() || null;
  if (published && !reason) {
    throw new Problem(422, "invalid", "公表済みの年度を修正するには、修正の理由を入力してください。", {
      errors: [{ field: "reason", message: "修正の理由を入力してください。" }],
    });
  }
  if ("secondary" in input.changes && !evaluator) throw forbidden("二次政策評価を書く");
  const item = await itemRow(db, cycleId, nodeId);
  if (!published && item.status !== "draft" && item.status !== "returned") {
    if (!evaluator)
      throw new Problem(409, "not_editable", "提出済みの項目は編集できません。差戻しを待ってください。");
    if (Object.keys(input.changes).some((k) => k !== "secondary"))
      throw new Problem(
        409,
        "not_editable",
        "審査中の項目では二次政策評価だけを編集できます。ほかの項目は差し戻してから直してください。",
      );
  }
  if (item.version !== input.version) throw await conflict(db, cycleId, nodeId);

  const { ctx } = await entryContext(db, c, nodeId, profiles.get(c.rule_profile));
  const { normalised, errors } = validateChanges(input.changes, ctx);
  const required = entryRules(ctx);
  const before = parseEntries(item.content);
  const merged: Record<string, string> = { ...before, ...normalised };
  for (const [k, v] of Object.entries(merged)) if (v === "") delete merged[k];
  const all: FieldError[] = [...errors, ...checkEntries(merged, "save", required)];
  if (all.length) {
    throw new Problem(422, "invalid", "入力に誤りがあります。各項目のメッセージを確認してください。", {
      errors: all.map((e) => ({ ...e, label: fieldLabel(e.field, ctx) })),
    });
  }
  const changed = Object.keys({ ...before, ...merged }).filter(
    (k) => (before[k] ?? "") !== (merged[k] ?? ""),
  );
  if (changed.length === 0) return { version: item.version, changed: 0 };

  return db.transaction().execute(async (trx) => {
    // The version guards the row: a concurrent save that got here first leaves nothing to update.
    if (!(await updateItem(trx, item, p.userId, { content: JSON.stringify(merged) })))
      throw await conflict(db, cycleId, nodeId);
    for (const field of changed) {
      await audit(trx, p, {
        action: published ? "correct" : "edit",
        entity: "item",
        entityId: itemEntity(cycleId, nodeId),
        field,
        label: fieldLabel(field, ctx),
        old: before[field] ?? null,
        new: merged[field] ?? null,
        reason,
      });
    }
    if (published) {
      await materialize(trx, profiles, c, { by: p, reason: `公表後の修正: ${reason}` });
      await recordCycleEditions(trx, profiles, c, { source: "公表後の修正", by: p, reason });
    }
    return { version: item.version + 1, changed: changed.length };
  });
}

type Transition = "submit" | "return" | "approve";

export async function transitionItem(
  db: Db,
  profiles: ReadonlyMap<string, RuleProfile>,
  p: Principal | null,
  cycleId: number,
  nodeId: number,
  action: Transition,
  input: { version: number; comment?: string | null },
) {
  if (!p) throw unauthenticated();
  const c = await cycleRow(db, cycleId);
  if (c.status === "published") throw new Problem(409, "published", "この年度はすでに公表されています。");
  const item = await itemRow(db, cycleId, nodeId);
  const deps = (await nodeDepartments(db, [nodeId])).get(nodeId) ?? [];
  const from = item.status as ItemStatus;
  let to: ItemStatus;
  const comment = input.comment?.trim() || null;
  if (action === "submit") {
    if (
      !canEdit(
        p,
        c.plan_id,
        deps.map((d) => d.id),
      )
    )
      throw forbidden("この施策を提出する");
    if (from !== "draft" && from !== "returned") {
      throw new Problem(409, "bad_state", `「${ITEM_STATUS_LABELS[from]}」の項目は提出できません。`);
    }
    const { ctx } = await entryContext(db, c, nodeId, profiles.get(c.rule_profile));
    const missing = checkEntries(parseEntries(item.content), "submit", entryRules(ctx));
    if (missing.length) {
      throw new Problem(422, "invalid", "提出に必要な入力が足りません。", {
        errors: missing.map((e) => ({ ...e, label: fieldLabel(e.field, ctx) })),
      });
    }
    to = "submitted";
  } else {
    if (!canEvaluate(p, c.plan_id)) throw forbidden(action === "return" ? "差し戻す" : "承認する");
    if (action === "return") {
      if (from !== "submitted" && from !== "approved") {
        throw new Problem(409, "bad_state", `「${ITEM_STATUS_LABELS[from]}」の項目は差し戻せません。`);
      }
      if (!comment) {
        throw new Problem(422, "invalid", "差し戻すときは、直してほしい点をコメントに書いてください。", {
          errors: [{ field: "comment", message: "コメントを入力してください。" }],
        });
      }
      to = "returned";
    } else {
      if (from !== "submitted") {
        throw new Problem(
          409,
          "bad_state",
          `「${ITEM_STATUS_LABELS[from]}」の項目は承認できません。提出を待ってください。`,
        );
      }
      to = "approved";
    }
  }
  if (item.version !== input.version) throw await conflict(db, cycleId, nodeId);
  await db.transaction().execute(async (trx) => {
    const updated = await updateItem(trx, item, p.userId, {
      status: to,
      comment: action === "return" ? comment : action === "submit" ? item.comment : null,
    });
    if (!updated) throw await conflict(db, cycleId, nodeId);
    await audit(trx, p, {
      action,
      entity: "item",
      entityId: itemEntity(cycleId, nodeId),
      field: "status",
      label: "状態",
      old: ITEM_STATUS_LABELS[from],
      new: ITEM_STATUS_LABELS[to],
      reason: comment,
    });
  });
  return { status: to, version: item.version + 1 };
}

// ---- publishing --------------------------------------------------------------------------------

export async function publishCycle(
  db: Db,
  profiles: ReadonlyMap<string, RuleProfile>,
  p: Principal | null,
  cycleId: number,
) {
  if (!p) throw unauthenticated();
  const c = await cycleRow(db, cycleId);
  if (!canEvaluate(p, c.plan_id)) throw forbidden("公表する");
  if (c.status === "published") throw new Problem(409, "published", "この年度はすでに公表されています。");
  const pending = await db
    .selectFrom("evaluation_items as i")
    .innerJoin("policy_nodes as n", "n.id", "i.node_id")
    .select(["n.code", "n.name", "i.status"])
    .where("i.cycle_id", "=", cycleId)
    .where("i.status", "!=", "approved")
    .execute();
  if (pending.length) {
    throw new Problem(
      409,
      "not_approved",
      `承認されていない項目があるため公表できません: ${pending
        .map((x) => `${x.code ?? ""} ${x.name}（${ITEM_STATUS_LABELS[x.status as ItemStatus]}）`.trim())
        .join("、")}`,
    );
  }
  await db.transaction().execute(async (trx) => {
    const at = now();
    await trx
      .updateTable("evaluation_cycles")
      .set({ status: "published", published_at: at })
      .where("id", "=", cycleId)
      .execute();
    await materialize(
      trx,
      profiles,
      { ...c, status: "published" },
      { by: p, reason: `${warekiLabel(c.fiscal_year)}度の公表` },
    );
    await recordCycleEditions(trx, profiles, c, { source: `${warekiLabel(c.fiscal_year)}度の公表`, by: p });
    await audit(trx, p, {
      action: "publish",
      entity: "cycle",
      entityId: String(cycleId),
      old: "open",
      new: "published",
    });
  });
  return { status: "published" as const };
}

/**
 * Writes a published cycle's items as the facts of its document, replacing what an earlier write left:
 * actuals, interim targets, budgets, the measures' evaluations and the programs' 対応方針 / 方向性. An
 * estimate the write replaces with a firm value is audited as done by `change.by`.
 */
async function materialize(
  trx: Transaction<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  c: CycleRow,
  change: { by: Principal; reason: string },
) {
  const docId = c.document_id!;
  const edition = String(c.fiscal_year);
  const estimates = await watchEstimates(trx, edition);
  for (const t of ["observations", "budget_lines", "node_evaluations", "program_evaluations"] as const) {
    await trx.deleteFrom(t).where("document_id", "=", docId).execute();
  }
  await trx.deleteFrom("targets").where("document_id", "=", docId).execute();
  const items = await trx
    .selectFrom("evaluation_items")
    .select(["node_id", "content"])
    .where("cycle_id", "=", c.id)
    .orderBy("node_id")
    .execute();
  const profile = profiles.get(c.rule_profile);
  const form = cycleFormOf(profile);
  const shared = sharedActuals();
  for (const item of items) {
    const entries = parseEntries(item.content);
    const usages = await trx
      .selectFrom("indicator_usages")
      .select(["id as usageId", "indicator_id as id"])
      .where("node_id", "=", item.node_id)
      .execute();
    const overlay = overlayOf(entries, usages, edition);
    for (const o of overlay.observations) {
      const base = `actual/${o.indicator_id}/${o.period_from}`;
      const row = {
        ...o,
        milestone: entries[`${base}/milestone`] ?? null,
        note: entries[`${base}/note`] ?? null,
      };
      if (shared.fresh(item.node_id, row)) {
        await trx
          .insertInto("observations")
          .values({ ...row, document_id: docId })
          .execute();
      }
    }
    for (const t of overlay.targets) {
      await trx
        .insertInto("targets")
        .values({ ...t, label: `${warekiLabel(c.fiscal_year)}度評価で入力`, document_id: docId })
        .execute();
    }
    await materializePrograms(trx, entries, { nodeId: item.node_id, documentId: docId }, c, form);
    const records: IndicatorRecord[] = await indicatorRecords(trx, profiles, {
      nodeIds: [item.node_id],
      overlay,
    });
    const texts: Record<string, string> = {};
    for (const label of form.texts) if (entries[`text/${label}`]) texts[label] = entries[`text/${label}`]!;
    if (entries["coordination/rating"]) texts[MARK_TEXTS.coordination] = entries["coordination/rating"];
    if (entries["urgency/rating"]) texts[MARK_TEXTS.urgency] = entries["urgency/rating"];
    if (entries["analysis"]) texts["分析"] = entries["analysis"];
    await trx
      .insertInto("node_evaluations")
      .values({
        node_id: item.node_id,
        evaluation_year: c.fiscal_year,
        document_id: docId,
        indicator_grade: profile
          ? judgeMeasure(
              records.map((r) => r.grade),
              profile,
            ).grade
          : null,
        coordination: entries["coordination/text"] ?? null,
        urgency_priority: entries["urgency/text"] ?? null,
        overall_judgement: entries["proposedJudgement"] ?? null,
        secondary_evaluation: entries["secondary"] ?? null,
        response_policy: null,
        texts: JSON.stringify(texts),
      })
      .execute();
  }
  if (shared.conflicts.length) throw await conflictingActuals(trx, shared.conflicts);
  await materializeActivityCounts(trx, c, form, items);
  // Readers now evaluate the plan as of this year, and the read-model cache sees new data.
  await trx
    .updateTable("plans")
    .set({ evaluated_as_of: edition })
    .where("id", "=", c.plan_id)
    .where((eb) => eb.or([eb("evaluated_as_of", "is", null), eb("evaluated_as_of", "<", edition)]))
    .execute();
  await trx.updateTable("documents").set({ imported_at: now() }).where("id", "=", docId).execute();
  await estimates.record(change.by, change.reason);
}

/** The rules by which a program that ended takes no value for a year after its end (endedRefusal). */
const endedRules = (form: CycleForm, fiscalYear: number, programs: ReadonlyMap<number, EndedProgram>) => ({
  form,
  programIds: [],
  ended: { fiscalYear, programs },
});

/** The programs an item's entries name. */
function programsIn(entries: Entries): number[] {
  const ids = Object.keys(entries).flatMap((path) => {
    const f = parseField(path);
    return f?.kind === "program" ? [f.programId] : [];
  });
  return [...new Set(ids)];
}

/** Most final first: 人工 and 一般財源 belong with the 決算 when there is one. */
const AMOUNT_FIELDS_BY_FINALITY = ["settled", "settledEstimate", "budget"] as const;

type ActualRow = ObservationRow & { milestone: string | null; note: string | null };
interface ActualConflict {
  indicatorId: number;
  year: number;
  nodeIds: [number, number];
}

/**
 * An indicator that several measures share has one actual a year: the items that enter it must agree.
 * fresh() tells whether an item's actual is still to be written (not when an earlier item wrote it),
 * and keeps the pairs of items that disagree.
 */
function sharedActuals() {
  const seen = new Map<string, { nodeId: number; row: string }>();
  const conflicts: ActualConflict[] = [];
  return {
    conflicts,
    fresh(nodeId: number, o: ActualRow): boolean {
      const key = `${o.indicator_id}/${o.series}/${o.period_from}/${o.period_to}`;
      const row = JSON.stringify([o.value, o.status, o.milestone, o.note, o.estimate]);
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, { nodeId, row });
        return true;
      }
      if (earlier.row !== row) {
        conflicts.push({
          indicatorId: o.indicator_id,
          year: o.period_from,
          nodeIds: [earlier.nodeId, nodeId],
        });
      }
      return false;
    },
  };
}

/** The 409 for items that enter one shared indicator's actual differently, naming them. */
async function conflictingActuals(db: Db, conflicts: ActualConflict[]): Promise<Problem> {
  const indicators = new Map(
    (
      await db
        .selectFrom("indicators")
        .select(["id", "name"])
        .where("id", "in", [...new Set(conflicts.map((x) => x.indicatorId))])
        .execute()
    ).map((i) => [i.id, i.name]),
  );
  const nodes = new Map(
    (
      await db
        .selectFrom("policy_nodes")
        .select(["id", "code", "name"])
        .where("id", "in", [...new Set(conflicts.flatMap((x) => x.nodeIds))])
        .execute()
    ).map((n) => [n.id, n.code ?? n.name]),
  );
  const listed = conflicts.map((x) => ({
    indicatorId: x.indicatorId,
    indicator: indicators.get(x.indicatorId) ?? String(x.indicatorId),
    year: x.year,
    nodes: x.nodeIds.map((id) => ({ id, label: nodes.get(id) ?? String(id) })),
  }));
  const first = listed[0]!;
  return new Problem(
    409,
    "conflicting_actuals",
    `複数の施策で使う指標「${first.indicator}」の${warekiLabel(first.year)}の実績値が、施策 ${first.nodes.map((n) => n.label).join(" と ")} で異なります` +
      `${listed.length > 1 ? `（ほか ${listed.length - 1} 件）` : ""}。同じ値にしてから公表してください。`,
    { conflicts: listed },
  );
}

/**
 * Writes an item's program entries as facts: each amount as a budget line of its kind (for the fiscal
 * year the form's offset names), 一般財源 and 人工 with the most final of them, and 対応方針番号,
 * 方向性, 取組状況 or 内容 as the program's evaluation of the year.
 */
async function materializePrograms(
  trx: Transaction<Database>,
  entries: Entries,
  at: { nodeId: number; documentId: number },
  c: CycleRow,
  form: CycleForm,
) {
  const programs = programsIn(entries);
  // A program that ended gets no value for a year after its end, whatever the entries hold.
  const ended = endedRules(form, c.fiscal_year, await programEnds(trx, programs));
  for (const programId of programs) {
    const e = (field: string) =>
      endedRefusal(`${field}/${programId}`, ended) ? null : (entries[`${field}/${programId}`] ?? null);
    const finalField = AMOUNT_FIELDS_BY_FINALITY.find((f) => e(f));
    for (const field of AMOUNT_FIELDS_BY_FINALITY) {
      const amount = e(field);
      if (!amount) continue;
      const costs = field === finalField;
      const staff = [e("staffHq"), e("staffBranch")].filter((x): x is string => x !== null);
      await trx
        .insertInto("budget_lines")
        .values({
          program_id: programId,
          document_id: at.documentId,
          fiscal_year: field === "budget" ? c.fiscal_year : c.fiscal_year + form.settledYearOffset,
          kind: AMOUNT_KINDS[field]!,
          amount,
          scale: 3,
          general_revenue: costs ? e("generalRevenue") : null,
          staff_hq: costs ? e("staffHq") : null,
          staff_branch: costs ? e("staffBranch") : null,
          staff_total: costs && staff.length ? sumDecimals(staff) : null,
          total_cost: null,
          standalone: 0,
          note: null,
        })
        .execute();
    }
    const note = e("progress") ?? e("content");
    if (e("policy") || e("direction") || note) {
      await trx
        .insertInto("program_evaluations")
        .values({
          program_id: programId,
          node_id: at.nodeId,
          evaluation_year: c.fiscal_year,
          document_id: at.documentId,
          response_policy_no: e("policy"),
          direction: e("direction"),
          note,
        })
        .execute();
    }
  }
}

/**
 * Writes the items' activity counts (`activity/<series id>`) as the cycle document's counts of the settled
 * year, replacing what an earlier write left. The series stay the node's: the next year asks for them
 * again.
 */
async function materializeActivityCounts(
  trx: Transaction<Database>,
  c: CycleRow,
  form: CycleForm,
  items: readonly { node_id: number; content: string }[],
) {
  await trx.deleteFrom("activity_counts").where("document_id", "=", c.document_id!).execute();
  for (const item of items) {
    const counts = Object.entries(parseEntries(item.content)).flatMap(([path, value]) => {
      const f = parseField(path);
      return f?.kind === "activity" && value ? [{ seriesId: f.seriesId, value }] : [];
    });
    if (counts.length === 0) continue;
    const own = await trx
      .selectFrom("activity_series")
      .select("id")
      .where("node_id", "=", item.node_id)
      .where(
        "id",
        "in",
        counts.map((x) => x.seriesId),
      )
      .execute();
    for (const x of counts.filter((x) => own.some((o) => o.id === x.seriesId))) {
      await trx
        .insertInto("activity_counts")
        .values({
          series_id: x.seriesId,
          fiscal_year: c.fiscal_year + form.settledYearOffset,
          value: x.value,
          qualifier: null,
          document_id: c.document_id!,
        })
        .execute();
    }
  }
}

/** Records the documents of a cycle's year as published editions (src/reports/editions.ts). */
function recordCycleEditions(
  trx: Transaction<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  c: CycleRow,
  meta: { source: string; by: Principal; reason?: string | null },
) {
  return recordEditions(
    trx,
    profiles,
    { id: c.plan_id, key: c.planKey, documentKind: c.planKind },
    c.fiscal_year,
    { source: meta.source, by: `${meta.by.name} <${meta.by.email}>`, reason: meta.reason ?? null },
  );
}
