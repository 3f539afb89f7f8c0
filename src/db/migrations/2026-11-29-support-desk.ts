// Frozen in time: the coordinated support desk of a support plan (seed 001, docs/support-desk.md).
// - support_organizations keep their ids across re-imports (one row per plan, kind and name), know their
//   short name (ノーステック財団) and which of them is the desk's window (the center).
// - support_basic_plans / support_basic_plan_fields: the 別紙 list, agreed basic plans with their
//   municipalities (a JSON array) and the fields they print (field null: none of the plan's three).
// - role_grants name a support organization: the staff of that organization (role supporter).
// - support_cases (相談案件) with a version that refuses a stale save; their routing steps, the members
//   of a team a step formed (エ), the support given, and an organization's confirmed quarters.
import { type Kysely, sql } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter.constructor.name === "PostgresAdapter";
  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("id", pg ? "serial" : "integer", (c) =>
        pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
      );
  const organization = "support_organizations.id";

  await db.schema
    .alterTable("support_organizations")
    .addColumn("is_center", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("support_organizations").addColumn("short_name", "text").execute();
  await db.schema
    .createIndex("support_organizations_identity")
    .on("support_organizations")
    .columns(["plan_id", "kind", "name"])
    .unique()
    .execute();
  // Stores that imported seed 001 before: its window, as the plan names it (I 3 (2) ② ア).
  await sql`update support_organizations set is_center = 1
    where kind = 'member' and name like '%ものづくり支援センター'`.execute(db);

  await table("support_basic_plans")
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("municipalities", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("line", "integer")
    .execute();
  await table("support_basic_plan_fields")
    .addColumn("basic_plan_id", "integer", (c) =>
      c.notNull().references("support_basic_plans.id").onDelete("cascade"),
    )
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("field", "text")
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .addColumn("line", "integer")
    .execute();

  await db.schema
    .alterTable("role_grants")
    .addColumn("support_organization_id", "integer", (c) => c.references(organization).onDelete("cascade"))
    .execute();

  await table("support_cases")
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id"))
    .addColumn("company", "text", (c) => c.notNull())
    .addColumn("municipality", "text", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("approved_project", "integer", (c) => c.notNull())
    .addColumn("request", "text", (c) => c.notNull())
    .addColumn("received_on", "text", (c) => c.notNull())
    .addColumn("received_by", "integer", (c) => c.notNull().references(organization))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("outcome", "text")
    .addColumn("closed_on", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .execute();
  await table("support_case_steps")
    .addColumn("case_id", "integer", (c) => c.notNull().references("support_cases.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("from_organization_id", "integer", (c) => c.notNull().references(organization))
    .addColumn("to_organization_id", "integer", (c) => c.references(organization))
    // A body outside the plan's organizations (産総研, JST, a university), as free text.
    .addColumn("to_outside", "text")
    .addColumn("reason", "text")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .addColumn("recorded_by", "text")
    .addColumn("recorded_by_name", "text", (c) => c.notNull())
    .execute();
  await table("support_team_members")
    .addColumn("step_id", "integer", (c) =>
      c.notNull().references("support_case_steps.id").onDelete("cascade"),
    )
    .addColumn("organization_id", "integer", (c) => c.references(organization))
    .addColumn("outside", "text")
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("sort_order", "integer", (c) => c.notNull())
    .execute();
  await table("support_records")
    .addColumn("case_id", "integer", (c) => c.notNull().references("support_cases.id").onDelete("cascade"))
    .addColumn("organization_id", "integer", (c) => c.notNull().references(organization))
    .addColumn("date", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text")
    .execute();
  // An organization's figures of a quarter, confirmed by its staff: records it gives in it are refused.
  await table("support_quarter_confirmations")
    .addColumn("organization_id", "integer", (c) => c.notNull().references(organization))
    .addColumn("fiscal_year", "integer", (c) => c.notNull())
    .addColumn("quarter", "integer", (c) => c.notNull())
    .addColumn("figures", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text", (c) => c.notNull())
    .addColumn("confirmed_by", "text")
    .addColumn("confirmed_by_name", "text", (c) => c.notNull())
    .addUniqueConstraint("support_quarter_confirmations_quarter", [
      "organization_id",
      "fiscal_year",
      "quarter",
    ])
    .execute();

  for (const [t, cols] of [
    ["support_basic_plans", ["plan_id"]],
    ["support_basic_plan_fields", ["basic_plan_id"]],
    ["support_cases", ["plan_id", "received_on"]],
    ["support_cases", ["received_by"]],
    ["support_case_steps", ["case_id"]],
    ["support_case_steps", ["to_organization_id"]],
    ["support_team_members", ["step_id"]],
    ["support_team_members", ["organization_id"]],
    ["support_records", ["case_id"]],
    ["support_records", ["organization_id", "date"]],
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
    "support_quarter_confirmations",
    "support_records",
    "support_team_members",
    "support_case_steps",
    "support_cases",
    "support_basic_plan_fields",
    "support_basic_plans",
  ]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable("role_grants").dropColumn("support_organization_id").execute();
  await db.schema.dropIndex("support_organizations_identity").execute();
  await db.schema.alterTable("support_organizations").dropColumn("short_name").execute();
  await db.schema.alterTable("support_organizations").dropColumn("is_center").execute();
}
