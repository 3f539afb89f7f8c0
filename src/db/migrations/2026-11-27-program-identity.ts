// Frozen in time: one program across documents, and departments per organization.
// - departments get their organization; a name is unique among the children of one parent of one
//   organization (産業振興課 may exist under two 局, and in two organizations), no longer everywhere.
// - printed_totals get a tolerance: how far a printed total may lie from its rows' sum because the rows
//   print rounded figures (000's 人工, whole numbers, against totals with one decimal).
// - node_departments keep the order the document names them in (産業振興課、スタートアップ推進室).
// - program_sources: what each document states about a program (its key, name, department as printed
//   and as resolved …), so that
//   the importer finds a program again by any document's key and a user can split one document's
//   statement off into a program of its own.
import { type Kysely, sql } from "kysely";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter.constructor.name === "PostgresAdapter";
  // A department's organization: that of the plans whose nodes or programs it is responsible for.
  const organizationOf = sql`coalesce(
    (select pl.organization from node_departments nd
      join policy_nodes n on n.id = nd.node_id join plans pl on pl.id = n.plan_id
      where nd.department_id = departments.id limit 1),
    (select pl.organization from programs p join program_links l on l.program_id = p.id
      join policy_nodes n on n.id = l.node_id join plans pl on pl.id = n.plan_id
      where p.department_id = departments.id limit 1),
    '')`;
  if (pg) {
    await sql`alter table departments drop constraint if exists departments_name_key`.execute(db);
    await db.schema
      .alterTable("departments")
      .addColumn("organization", "text", (c) => c.notNull().defaultTo(""))
      .execute();
    await sql`update departments set organization = ${organizationOf}`.execute(db);
  } else {
    // SQLite cannot drop a UNIQUE column constraint: the table is rebuilt, keeping its ids.
    await sql`pragma foreign_keys = off`.execute(db);
    await sql`create table departments_new (
      id integer primary key autoincrement,
      name text not null,
      parent_id integer,
      organization text not null default '')`.execute(db);
    await sql`insert into departments_new (id, name, parent_id, organization)
      select id, name, parent_id, ${organizationOf} from departments`.execute(db);
    await sql`drop table departments`.execute(db);
    await sql`alter table departments_new rename to departments`.execute(db);
    await sql`pragma foreign_keys = on`.execute(db);
  }
  await sql`create unique index departments_identity
    on departments (organization, coalesce(parent_id, 0), name)`.execute(db);

  await db.schema
    .alterTable("node_departments")
    .addColumn("sort_order", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("printed_totals").addColumn("tolerance", "text").execute();

  await db.schema
    .createTable("program_sources")
    .addColumn("id", pg ? "serial" : "integer", (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn("program_id", "integer", (c) => c.notNull().references("programs.id"))
    .addColumn("document_id", "integer", (c) => c.notNull().references("documents.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("name_key", "text", (c) => c.notNull())
    .addColumn("organization", "text", (c) => c.notNull())
    .addColumn("department_id", "integer", (c) => c.references("departments.id"))
    .addColumn("department_name", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("code", "text")
    .addColumn("summary", "text")
    .addColumn("attributes", "text", (c) => c.notNull())
    .addColumn("ended_year", "integer")
    .addColumn("successor_name", "text")
    .addUniqueConstraint("program_sources_document_key", ["document_id", "key"])
    .execute();
  await db.schema.createIndex("program_sources_program").on("program_sources").column("program_id").execute();
  await db.schema.createIndex("program_sources_key").on("program_sources").column("key").execute();
  await db.schema
    .createIndex("program_sources_name")
    .on("program_sources")
    .columns(["organization", "name_key"])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("program_sources").execute();
  await db.schema.alterTable("node_departments").dropColumn("sort_order").execute();
  await db.schema.alterTable("printed_totals").dropColumn("tolerance").execute();
  await sql`drop index departments_identity`.execute(db);
  await db.schema.alterTable("departments").dropColumn("organization").execute();
}
