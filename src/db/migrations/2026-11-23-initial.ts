// Frozen in time: migrations take Kysely<any> and never import application code.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // SQLite's INTEGER PRIMARY KEY is its rowid; PostgreSQL gets a serial.
  const isPg = db.getExecutor().adapter.constructor.name === "PostgresAdapter";
  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("id", isPg ? "serial" : "integer", (c) =>
        isPg ? c.primaryKey() : c.primaryKey().autoIncrement(),
      );

  await table("documents")
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("edition", "text", (c) => c.notNull())
    .addColumn("evaluation_year", "integer")
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .execute();

  await table("plans")
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("organization", "text", (c) => c.notNull())
    .addColumn("period_from", "integer")
    .addColumn("period_to", "integer")
    .addColumn("levels", "text", (c) => c.notNull())
    .addColumn("rule_profile", "text", (c) => c.notNull())
    .addColumn("texts", "text", (c) => c.notNull())
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .execute();

  await table("departments")
    .addColumn("name", "text", (c) => c.notNull().unique())
    .execute();

  await table("policy_nodes")
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("parent_id", "integer", (c) => c.references("policy_nodes.id"))
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("code", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("texts", "text", (c) => c.notNull())
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .execute();

  await db.schema
    .createTable("node_departments")
    .addColumn("node_id", "integer", (c) => c.notNull().references("policy_nodes.id"))
    .addColumn("department_id", "integer", (c) => c.notNull().references("departments.id"))
    .addPrimaryKeyConstraint("node_departments_pk", ["node_id", "department_id"])
    .execute();

  await table("programs")
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("code", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("department_id", "integer", (c) => c.references("departments.id"))
    .addColumn("summary", "text")
    .addColumn("attributes", "text", (c) => c.notNull())
    .execute();

  await table("program_links")
    .addColumn("program_id", "integer", (c) => c.notNull().references("programs.id"))
    .addColumn("node_id", "integer", (c) => c.notNull().references("policy_nodes.id"))
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("relisted", "integer", (c) => c.notNull())
    .addColumn("listed", "text", (c) => c.notNull())
    .addColumn("line", "integer")
    .execute();

  await table("budget_lines")
    .addColumn("program_id", "integer", (c) => c.notNull().references("programs.id"))
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("fiscal_year", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("amount", "bigint", (c) => c.notNull())
    .addColumn("scale", "integer", (c) => c.notNull())
    .addColumn("general_revenue", "bigint")
    .addColumn("staff_hq", "text")
    .addColumn("staff_branch", "text")
    .addColumn("staff_total", "text")
    .addColumn("total_cost", "bigint")
    .addColumn("standalone", "integer", (c) => c.notNull())
    .addColumn("note", "text")
    .execute();

  await table("indicators")
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("direction", "text", (c) => c.notNull())
    .addColumn("measure", "text", (c) => c.notNull())
    .addColumn("milestones", "text")
    .addColumn("year_basis", "text")
    .addColumn("source", "text")
    .addColumn("publication", "text")
    .addColumn("rationale", "text")
    .execute();

  await table("indicator_usages")
    .addColumn("indicator_id", "integer", (c) => c.notNull().references("indicators.id"))
    .addColumn("node_id", "integer", (c) => c.notNull().references("policy_nodes.id"))
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("role", "text")
    .addColumn("baseline_from", "integer")
    .addColumn("baseline_to", "integer")
    .addColumn("baseline_value", "text")
    .addColumn("analysis", "text")
    .addColumn("published_rate", "text")
    .addColumn("published_grade", "text")
    .addColumn("published_from", "integer")
    .addColumn("published_to", "integer")
    .addColumn("note", "text")
    .addUniqueConstraint("indicator_usages_unique", ["indicator_id", "node_id"])
    .execute();

  await table("targets")
    .addColumn("usage_id", "integer", (c) =>
      c.notNull().references("indicator_usages.id").onDelete("cascade"),
    )
    .addColumn("period_from", "integer", (c) => c.notNull())
    .addColumn("period_to", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("value", "text")
    .addColumn("reference_series", "text")
    .addColumn("is_final", "integer", (c) => c.notNull())
    .addColumn("label", "text")
    .execute();

  await table("observations")
    .addColumn("indicator_id", "integer", (c) => c.notNull().references("indicators.id"))
    .addColumn("series", "text", (c) => c.notNull())
    .addColumn("period_from", "integer", (c) => c.notNull())
    .addColumn("period_to", "integer", (c) => c.notNull())
    .addColumn("value", "text")
    .addColumn("milestone", "text")
    .addColumn("status", "text")
    .addColumn("note", "text")
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("known_from", "text", (c) => c.notNull())
    .addUniqueConstraint("observations_unique", [
      "indicator_id",
      "series",
      "period_from",
      "period_to",
      "document_id",
    ])
    .execute();

  await table("node_evaluations")
    .addColumn("node_id", "integer", (c) => c.notNull().references("policy_nodes.id"))
    .addColumn("evaluation_year", "integer", (c) => c.notNull())
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("indicator_grade", "text")
    .addColumn("coordination", "text")
    .addColumn("urgency_priority", "text")
    .addColumn("overall_judgement", "text")
    .addColumn("secondary_evaluation", "text")
    .addColumn("response_policy", "text")
    .addColumn("texts", "text", (c) => c.notNull())
    .addUniqueConstraint("node_evaluations_unique", ["node_id", "evaluation_year"])
    .execute();

  await table("program_evaluations")
    .addColumn("program_id", "integer", (c) => c.notNull().references("programs.id"))
    .addColumn("node_id", "integer", (c) => c.notNull().references("policy_nodes.id"))
    .addColumn("evaluation_year", "integer", (c) => c.notNull())
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("response_policy_no", "text")
    .addColumn("direction", "text")
    .addColumn("note", "text")
    .execute();

  await table("plan_links")
    .addColumn("node_id", "integer", (c) => c.notNull().references("policy_nodes.id"))
    .addColumn("linked_plan", "text", (c) => c.notNull())
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .execute();

  await table("printed_totals")
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("scope_key", "text", (c) => c.notNull())
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("printed", "text", (c) => c.notNull())
    .addColumn("sum_of_rows", "text", (c) => c.notNull())
    .addColumn("line", "integer")
    .execute();

  await table("support_organizations")
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .execute();

  for (const [t, cols] of [
    ["observations", ["indicator_id"]],
    ["indicator_usages", ["node_id"]],
    ["program_links", ["node_id"]],
    ["program_links", ["program_id"]],
    ["budget_lines", ["program_id"]],
    ["policy_nodes", ["plan_id"]],
    ["targets", ["usage_id"]],
  ] as const) {
    await db.schema
      .createIndex(`${t}_${cols.join("_")}_idx`)
      .on(t)
      .columns([...cols])
      .execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of [
    "support_organizations",
    "printed_totals",
    "plan_links",
    "program_evaluations",
    "node_evaluations",
    "observations",
    "targets",
    "indicator_usages",
    "indicators",
    "budget_lines",
    "program_links",
    "programs",
    "node_departments",
    "policy_nodes",
    "departments",
    "plans",
    "documents",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
