// Frozen in time: accounts (better-auth's tables, under its default column names), role grants, the
// yearly evaluation cycle with its working items, and the audit trail.
import type { Kysely } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter.constructor.name === "PostgresAdapter";
  const table = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn("id", pg ? "serial" : "integer", (c) =>
        pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
      );
  // better-auth writes Date and boolean natively on PostgreSQL, ISO text and 0/1 on SQLite.
  const date = pg ? "timestamptz" : "text";
  const bool = pg ? "boolean" : "integer";

  await db.schema
    .createTable("auth_user")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("emailVerified", bool, (c) => c.notNull())
    .addColumn("image", "text")
    .addColumn("createdAt", date, (c) => c.notNull())
    .addColumn("updatedAt", date, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("auth_session")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("expiresAt", date, (c) => c.notNull())
    .addColumn("token", "text", (c) => c.notNull().unique())
    .addColumn("createdAt", date, (c) => c.notNull())
    .addColumn("updatedAt", date, (c) => c.notNull())
    .addColumn("ipAddress", "text")
    .addColumn("userAgent", "text")
    .addColumn("userId", "text", (c) => c.notNull().references("auth_user.id").onDelete("cascade"))
    .execute();
  await db.schema.createIndex("auth_session_user").on("auth_session").column("userId").execute();
  await db.schema
    .createTable("auth_account")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("accountId", "text", (c) => c.notNull())
    .addColumn("providerId", "text", (c) => c.notNull())
    .addColumn("userId", "text", (c) => c.notNull().references("auth_user.id").onDelete("cascade"))
    .addColumn("accessToken", "text")
    .addColumn("refreshToken", "text")
    .addColumn("idToken", "text")
    .addColumn("accessTokenExpiresAt", date)
    .addColumn("refreshTokenExpiresAt", date)
    .addColumn("scope", "text")
    .addColumn("password", "text")
    .addColumn("createdAt", date, (c) => c.notNull())
    .addColumn("updatedAt", date, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("auth_account_user").on("auth_account").column("userId").execute();
  await db.schema
    .createTable("auth_verification")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("identifier", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("expiresAt", date, (c) => c.notNull())
    .addColumn("createdAt", date, (c) => c.notNull())
    .addColumn("updatedAt", date, (c) => c.notNull())
    .execute();

  // One row per right: administrator and viewer are global; an evaluator's right is for one plan, an
  // editor's for one department.
  await table("role_grants")
    .addColumn("user_id", "text", (c) => c.notNull().references("auth_user.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("plan_id", "integer", (c) => c.references("plans.id").onDelete("cascade"))
    .addColumn("department_id", "integer", (c) => c.references("departments.id").onDelete("cascade"))
    .execute();
  await db.schema.createIndex("role_grants_user").on("role_grants").column("user_id").execute();

  // A plan's evaluation year. Its published facts are written under a document of its own
  // (documents.kind = 'evaluation-cycle'), so that re-importing a seed never touches them.
  await table("evaluation_cycles")
    .addColumn("plan_id", "integer", (c) => c.notNull().references("plans.id").onDelete("cascade"))
    .addColumn("fiscal_year", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("deadline", "text")
    .addColumn("document_id", "integer", (c) => c.references("documents.id"))
    .addColumn("opened_by", "text", (c) => c.notNull())
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("published_at", "text")
    .addUniqueConstraint("evaluation_cycles_plan_year", ["plan_id", "fiscal_year"])
    .execute();
  // A measure's work in a cycle: the department's entries (a JSON map of field → text), their state
  // and a version that refuses a save based on stale values.
  await table("evaluation_items")
    .addColumn("cycle_id", "integer", (c) =>
      c.notNull().references("evaluation_cycles.id").onDelete("cascade"),
    )
    .addColumn("node_id", "integer", (c) => c.notNull().references("policy_nodes.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text")
    .addUniqueConstraint("evaluation_items_cycle_node", ["cycle_id", "node_id"])
    .execute();
  await table("audit_log")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("user_id", "text")
    .addColumn("user_name", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("field", "text")
    .addColumn("label", "text")
    .addColumn("old_value", "text")
    .addColumn("new_value", "text")
    .addColumn("reason", "text")
    .execute();
  await db.schema.createIndex("audit_log_entity").on("audit_log").columns(["entity", "entity_id"]).execute();
  // The edition a plan's usages are evaluated as of, once a cycle of it is published.
  await db.schema.alterTable("plans").addColumn("evaluated_as_of", "text").execute();
  // Interim targets entered in a cycle belong to its document (imported targets have none).
  await db.schema.alterTable("targets").addColumn("document_id", "integer").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("targets").dropColumn("document_id").execute();
  await db.schema.alterTable("plans").dropColumn("evaluated_as_of").execute();
  for (const t of [
    "audit_log",
    "evaluation_items",
    "evaluation_cycles",
    "role_grants",
    "auth_verification",
    "auth_account",
    "auth_session",
    "auth_user",
  ]) {
    await db.schema.dropTable(t).execute();
  }
}
