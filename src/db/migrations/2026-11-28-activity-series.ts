// Frozen in time: activity counts printed in a measure's texts (「(R4:22回、R3:20回)」) as series of the
// node, with a count per fiscal year from the document that stated it (a seed, or a cycle's document).
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter.constructor.name === "PostgresAdapter";
  await db.schema
    .createTable("activity_series")
    .addColumn("id", pg ? "serial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("node_id", "integer", (c) => c.notNull().references("policy_nodes.id").onDelete("cascade"))
    // The text its brackets are printed in: a node text's label (成果), 連携状況 or 緊急性・優先性.
    .addColumn("section", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("line", "integer")
    .addUniqueConstraint("activity_series_identity", ["node_id", "section", "label", "unit"])
    .execute();
  await db.schema
    .createTable("activity_counts")
    .addColumn("id", pg ? "serial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("series_id", "integer", (c) =>
      c.notNull().references("activity_series.id").onDelete("cascade"),
    )
    .addColumn("fiscal_year", "integer", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("qualifier", "text")
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addUniqueConstraint("activity_counts_statement", ["series_id", "fiscal_year", "document_id"])
    .execute();
  await db.schema
    .createIndex("activity_counts_document")
    .on("activity_counts")
    .column("document_id")
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("activity_counts").execute();
  await db.schema.dropTable("activity_series").execute();
}
