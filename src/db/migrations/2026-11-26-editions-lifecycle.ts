// Frozen in time: published editions kept as records, estimates among actuals, the department
// hierarchy and the program lifecycle.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter.constructor.name === "PostgresAdapter";
  // A published edition: the computed model of one document (a report kind, for a plan and year, and
  // for one node where the kind is per measure), written when the edition became published and only
  // ever replaced by an evaluator's correction (the old row stays, superseded, for the record).
  await db.schema
    .createTable("editions")
    .addColumn("id", pg ? "serial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("fiscal_year", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("node_id", "integer", (c) => c.references("policy_nodes.id").onDelete("cascade"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("model", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("published_at", "text", (c) => c.notNull())
    .addColumn("published_by", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("superseded_at", "text")
    .execute();
  await db.schema
    .createIndex("editions_lookup")
    .on("editions")
    .columns(["plan_id", "fiscal_year", "kind", "node_id"])
    .execute();
  // 見込み値: an actual stated as an estimate, shown as one and rated provisionally.
  await db.schema
    .alterTable("observations")
    .addColumn("estimate", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // 部 → 局 → 課: a department may belong to a larger one.
  await db.schema.alterTable("departments").addColumn("parent_id", "integer").execute();
  // A program that ended, or was merged into a successor, in a fiscal year.
  await db.schema.alterTable("programs").addColumn("ended_year", "integer").execute();
  await db.schema.alterTable("programs").addColumn("successor_id", "integer").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("programs").dropColumn("successor_id").execute();
  await db.schema.alterTable("programs").dropColumn("ended_year").execute();
  await db.schema.alterTable("departments").dropColumn("parent_id").execute();
  await db.schema.alterTable("observations").dropColumn("estimate").execute();
  await db.schema.dropTable("editions").execute();
}
