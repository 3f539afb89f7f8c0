// The plan's KPI from the desk's register (docs/support-desk.md, "The plan's KPI"): the 支援件数 actual
// of each plan year is 新規 + 継続 as the desk counts them (planYearCounts), written as the observations
// of one document per plan, of kind "support-register". Every reader of actuals (pages, reports, open
// data, `hyoka check`, the cycle) takes them as it takes any document's: no reader knows the desk.
//
// The rows are rewritten in the transaction of each change that can move the counts (a case
// registered, a support recorded), and the document's imported_at moves on, so the read-model cache
// (src/views/cache.ts) sees new data. What the rows say:
// - A plan year that is over has its count, 0 included: the register is the record of the desk's work.
// - The plan year running on the day of the change has its count so far, as an estimate (見込み値): its
//   rate is provisional. It becomes firm at the first change after the year's end.
// - A plan year still to come has none. A register without any case states nothing: a plan whose desk
//   is not kept in Hyoka shows no actual rather than zeros.
// - known_from is the plan document's edition: the register is the plan's own running record, so its
//   figures are read at every edition the plan is evaluated as of (the plan's, or a published year's).
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { DocumentKind } from "../ingest/model.ts";
import { today } from "./support-desk-access.ts";
import { planYearCounts } from "./support-desk-read.ts";

type Db = Kysely<Database> | Transaction<Database>;

/** The kind of a support plan's register document, and the plans' own kind whose KPI it provides. */
export const REGISTER_DOCUMENT_KIND = "support-register";
const SUPPORT_PLAN_KIND: DocumentKind = "support-plan";

export const registerDocumentKey = (planKey: string) => `${REGISTER_DOCUMENT_KIND}/${planKey}`;

/**
 * The indicators whose actuals the register provides: those a support plan's own document (001's
 * 想定する支援件数) states for its nodes. Of a plan, or of one node.
 */
export async function registerIndicatorIds(
  db: Db,
  of: { planId: number } | { nodeId: number },
): Promise<Set<number>> {
  let q = db
    .selectFrom("indicator_usages as u")
    .innerJoin("policy_nodes as n", "n.id", "u.node_id")
    .innerJoin("plans as p", "p.id", "n.plan_id")
    .innerJoin("documents as d", "d.id", "p.document_id")
    .select("u.indicator_id")
    .whereRef("u.document_id", "=", "p.document_id")
    .where("d.kind", "=", SUPPORT_PLAN_KIND);
  q = "planId" in of ? q.where("p.id", "=", of.planId) : q.where("n.id", "=", of.nodeId);
  return new Set((await q.execute()).map((r) => r.indicator_id));
}

/** The plan year's last day: the end of its last fiscal year. */
const lastDay = (to: number) => `${to + 1}-03-31`;

/**
 * Writes the register's 支援件数 of a plan anew, as of a day (today in Japan by default). Called inside
 * the transaction of every change to the plan's cases or support records; its first statement locks
 * the register's document row, so that concurrent changes write their counts one after the other.
 */
export async function refreshRegisterKpi(db: Db, planKey: string, asOf: string = today()): Promise<void> {
  const plan = await db
    .selectFrom("plans as p")
    .innerJoin("documents as d", "d.id", "p.document_id")
    .select(["p.id", "p.name", "d.edition"])
    .where("p.key", "=", planKey)
    .executeTakeFirst();
  if (!plan) return;
  const document = await lockDocument(db, planKey, plan);
  await db.deleteFrom("observations").where("document_id", "=", document.id).execute();
  const indicators = [...(await registerIndicatorIds(db, { planId: plan.id }))];
  const anyCase = await db
    .selectFrom("support_cases")
    .select("id")
    .where("plan_id", "=", plan.id)
    .limit(1)
    .executeTakeFirst();
  if (indicators.length > 0 && anyCase) {
    const { planYears } = await planYearCounts(db, null, planKey, { asOf });
    const rows = planYears.flatMap((y) => {
      if (asOf < `${y.from}-04-01`) return [];
      const running = asOf <= lastDay(y.to);
      const note = `新規 ${y.new}件 + 継続 ${y.followUp}件（支援台帳から集計${running ? `、${asOf} 現在の見込み` : ""}）`;
      return indicators.map((indicatorId) => ({
        indicator_id: indicatorId,
        series: "actual",
        period_from: y.from,
        period_to: y.to,
        value: String(y.total),
        milestone: null,
        status: null,
        note,
        document_id: document.id,
        known_from: plan.edition,
        estimate: running ? 1 : 0,
      }));
    });
    if (rows.length > 0) await db.insertInto("observations").values(rows).execute();
  }
  await db
    .updateTable("documents")
    .set({ imported_at: laterStamp(document.imported_at) })
    .where("id", "=", document.id)
    .execute();
}

/**
 * The register's document row, made on first use and locked by the write (PostgreSQL holds the row
 * until the transaction ends; SQLite runs one transaction at a time). Its edition is the plan's.
 */
async function lockDocument(db: Db, planKey: string, plan: { name: string; edition: string }) {
  return db
    .insertInto("documents")
    .values({
      key: registerDocumentKey(planKey),
      kind: REGISTER_DOCUMENT_KIND,
      title: `${plan.name} 支援台帳（相談案件の集計）`,
      edition: plan.edition,
      evaluation_year: null,
      file_name: "",
      sha256: "",
      imported_at: new Date().toISOString(),
    })
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet((eb) => ({ title: eb.ref("excluded.title"), edition: eb.ref("excluded.edition") })),
    )
    .returning(["id", "imported_at"])
    .executeTakeFirstOrThrow();
}

/**
 * Now, or a millisecond after the stamp before when the clock has not moved on: the data version
 * (src/views/cache.ts) must change with every write, even two within one millisecond.
 */
function laterStamp(before: string): string {
  const now = Date.now();
  const last = Date.parse(before);
  return new Date(Number.isNaN(last) || now > last ? now : last + 1).toISOString();
}
