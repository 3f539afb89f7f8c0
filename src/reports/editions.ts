// Published editions are records. When a year of a plan becomes published (a seed document imported,
// or a cycle published) the documents of that year are computed once and stored as they are; every
// later request for that year's document reads the stored model, so later actuals, targets, years or
// profiles never change it. Only an evaluator's correction (with a reason) or a new import of the same
// source replaces an edition, and the replaced revision stays in the table, marked superseded.
import type { Kysely } from "kysely";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Database } from "../db/schema.ts";
import { type KihonHyokaSheet, kihonHyokaSheet } from "./models/kihon-hyoka.ts";
import { society5CatalogueReport } from "./models/society5-catalogue.ts";
import { souseiProgressReport } from "./models/sousei-progress.ts";
import { visionProgressReport } from "./models/vision-progress.ts";
import { evaluatedNodes } from "./queries.ts";

/** The document a plan is published as, by the kind of the document that set the plan up. */
const PLAN_KINDS = {
  "sousei-progress": souseiProgressReport,
  "vision-progress": visionProgressReport,
  "society5-catalogue": society5CatalogueReport,
} as const;
export type PlanReportKind = keyof typeof PLAN_KINDS;

export const planReportKind = (documentKind: string): PlanReportKind | null =>
  documentKind in PLAN_KINDS ? (documentKind as PlanReportKind) : null;

type Db = Kysely<Database>;

export interface EditionMeta {
  /** What made the edition: 「文書「000.txt」の取込」, 「令和6年度の公表」 … */
  source: string;
  /** Who: a user's name and e-mail, or the command line. */
  by: string;
  /** An evaluator's reason for correcting a published edition. */
  reason?: string | null;
}

/** The edition in force (not superseded) of a document. */
function currentEdition(db: Db, planId: number, kind: string, year: number, nodeId: number | null) {
  const q = db
    .selectFrom("editions")
    .select(["id", "revision", "model"])
    .where("plan_id", "=", planId)
    .where("kind", "=", kind)
    .where("fiscal_year", "=", year)
    .where("superseded_at", "is", null);
  return nodeId === null ? q.where("node_id", "is", null) : q.where("node_id", "=", nodeId);
}

/** The stored model of a published document, or null when the year was never published. */
export async function storedEdition<T>(
  db: Db,
  planId: number,
  kind: string,
  year: number,
  nodeId: number | null,
): Promise<T | null> {
  const row = await currentEdition(db, planId, kind, year, nodeId).executeTakeFirst();
  return row ? (JSON.parse(row.model) as T) : null;
}

/**
 * Computes and stores the documents of a plan's year: the plan's own document (推進状況, 進捗状況,
 * 関連事業) or, for a plan evaluated measure by measure, each measure's 基本評価調書. An edition whose
 * computed model equals the stored one is left alone. Returns how many editions were written.
 */
export async function recordEditions(
  db: Db,
  profiles: ReadonlyMap<string, RuleProfile>,
  plan: { id: number; key: string; documentKind: string },
  year: number,
  meta: EditionMeta,
): Promise<number> {
  const models: { kind: string; nodeId: number | null; model: unknown }[] = [];
  const own = planReportKind(plan.documentKind);
  if (own) {
    const model = await PLAN_KINDS[own](db, profiles, plan.key, year);
    if (model) models.push({ kind: own, nodeId: null, model });
  } else {
    for (const n of await evaluatedNodes(db, plan.id, year)) {
      const sheet: KihonHyokaSheet | null = await kihonHyokaSheet(db, profiles, n.id, year);
      if (sheet) models.push({ kind: "kihon-hyoka", nodeId: n.id, model: sheet });
    }
  }
  let written = 0;
  for (const m of models) if (await store(db, plan.id, year, m, meta)) written++;
  return written;
}

async function store(
  db: Db,
  planId: number,
  year: number,
  m: { kind: string; nodeId: number | null; model: unknown },
  meta: EditionMeta,
): Promise<boolean> {
  const text = JSON.stringify(m.model);
  const current = await currentEdition(db, planId, m.kind, year, m.nodeId).executeTakeFirst();
  if (current?.model === text) return false;
  const at = new Date().toISOString();
  if (current)
    await db.updateTable("editions").set({ superseded_at: at }).where("id", "=", current.id).execute();
  await db
    .insertInto("editions")
    .values({
      plan_id: planId,
      fiscal_year: year,
      kind: m.kind,
      node_id: m.nodeId,
      revision: (current?.revision ?? 0) + 1,
      model: text,
      source: meta.source,
      published_at: at,
      published_by: meta.by,
      reason: meta.reason ?? null,
      superseded_at: null,
    })
    .execute();
  return true;
}

/**
 * Every revision of a plan's editions, newest year first, then newest revision: for comparing editions.
 * `nodeId` narrows to one measure's 基本評価調書 (null: the plan's own document); `kind` to one document.
 */
export async function editionList(db: Db, where: { planId: number; nodeId?: number | null; kind?: string }) {
  let q = db
    .selectFrom("editions")
    .select([
      "id",
      "fiscal_year",
      "kind",
      "node_id",
      "revision",
      "source",
      "published_at",
      "published_by",
      "reason",
      "superseded_at",
    ])
    .where("plan_id", "=", where.planId);
  if (where.nodeId === null) q = q.where("node_id", "is", null);
  else if (where.nodeId !== undefined) q = q.where("node_id", "=", where.nodeId);
  if (where.kind !== undefined) q = q.where("kind", "=", where.kind);
  return q.orderBy("fiscal_year", "desc").orderBy("revision", "desc").execute();
}

/**
 * Records the editions an imported document publishes: for each plan it sets up, the years it states
 * (its evaluations, or the budget years of the plan's own document). Runs in the import's transaction.
 */
export async function recordImportedEditions(
  db: Db,
  profiles: ReadonlyMap<string, RuleProfile>,
  documentKey: string,
  fileName: string,
): Promise<number> {
  const doc = await db
    .selectFrom("documents")
    .select(["id", "kind"])
    .where("key", "=", documentKey)
    .executeTakeFirst();
  if (!doc) return 0;
  const plans = await db
    .selectFrom("plans")
    .select(["id", "key"])
    .where("document_id", "=", doc.id)
    .execute();
  let written = 0;
  for (const plan of plans) {
    const nodes = db.selectFrom("policy_nodes").select("id").where("plan_id", "=", plan.id);
    const years = planReportKind(doc.kind)
      ? await db
          .selectFrom("budget_lines as b")
          .innerJoin("program_links as l", "l.program_id", "b.program_id")
          .select("b.fiscal_year as year")
          .distinct()
          .where("b.document_id", "=", doc.id)
          .where("l.node_id", "in", nodes)
          .execute()
      : await db
          .selectFrom("node_evaluations")
          .select("evaluation_year as year")
          .distinct()
          .where("document_id", "=", doc.id)
          .where("node_id", "in", nodes)
          .execute();
    for (const { year } of years) {
      written += await recordEditions(db, profiles, { ...plan, documentKind: doc.kind }, year, {
        source: `文書「${fileName}」の取込`,
        by: "取込",
      });
    }
  }
  return written;
}
