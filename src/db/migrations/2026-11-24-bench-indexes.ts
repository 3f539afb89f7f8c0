// Frozen in time: indexes for national-scale stores (1,741 plans, millions of rows), found with
// bench/run.ts. Migrations take Kysely<any> and never import application code.
//
// - Substring search on search_key ("%…%") without a full scan, for keys of 3 characters or more:
//   SQLite gets an FTS5 trigram table per searched table (external content, kept in step by triggers);
//   PostgreSQL gets pg_trgm GIN indexes, which its planner uses for LIKE by itself. Where pg_trgm
//   cannot be installed, PostgreSQL keeps scanning, as before.
// - documents.imported_at, read on every request to tell whether cached read models are current.
// - Foreign keys looked up from the other side: a node's children, a department's nodes and programs,
//   a node's plan links, a program's evaluations, a measure's printed totals.
import { type Kysely, sql } from "kysely";

const SEARCHED = ["plans", "policy_nodes", "programs", "indicators"] as const;

const INDEXES = [
  ["documents", ["imported_at"]],
  ["policy_nodes", ["parent_id"]],
  ["node_departments", ["department_id"]],
  ["programs", ["department_id"]],
  ["plan_links", ["node_id"]],
  ["program_evaluations", ["program_id"]],
  ["printed_totals", ["scope_key"]],
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter.constructor.name === "PostgresAdapter";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [t, cols] of INDEXES) {
    await db.schema
      .createIndex(`${t}_${cols.join("_")}_idx`)
      .on(t)
      .columns([...cols])
      .execute();
  }

  if (isPostgres(db)) {
    // pg_trgm is a trusted extension: a user who may create objects in the database may install it.
    const { rows } = await sql<{ ok: boolean }>`
      select exists (select 1 from pg_extension where extname = 'pg_trgm')
          or (exists (select 1 from pg_available_extensions where name = 'pg_trgm')
              and has_database_privilege(current_database(), 'CREATE')) as ok`.execute(db);
    if (!rows[0]?.ok) return;
    await sql`create extension if not exists pg_trgm`.execute(db);
    for (const t of SEARCHED) {
      await sql`create index ${sql.id(`${t}_search_key_trgm`)} on ${sql.table(t)}
        using gin (search_key gin_trgm_ops)`.execute(db);
    }
    return;
  }

  for (const t of SEARCHED) {
    const fts = `${t}_search`;
    await sql`create virtual table ${sql.table(fts)} using fts5(
      search_key, content=${sql.lit(t)}, content_rowid='id', tokenize='trigram')`.execute(db);
    await sql`create trigger ${sql.id(`${fts}_insert`)} after insert on ${sql.table(t)} begin
      insert into ${sql.table(fts)} (rowid, search_key) values (new.id, new.search_key);
    end`.execute(db);
    await sql`create trigger ${sql.id(`${fts}_delete`)} after delete on ${sql.table(t)} begin
      insert into ${sql.table(fts)} (${sql.table(fts)}, rowid, search_key)
        values ('delete', old.id, old.search_key);
    end`.execute(db);
    await sql`create trigger ${sql.id(`${fts}_update`)} after update on ${sql.table(t)} begin
      insert into ${sql.table(fts)} (${sql.table(fts)}, rowid, search_key)
        values ('delete', old.id, old.search_key);
      insert into ${sql.table(fts)} (rowid, search_key) values (new.id, new.search_key);
    end`.execute(db);
    await sql`insert into ${sql.table(fts)} (${sql.table(fts)}) values ('rebuild')`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    for (const t of SEARCHED) await sql`drop index if exists ${sql.id(`${t}_search_key_trgm`)}`.execute(db);
  } else {
    for (const t of SEARCHED) {
      for (const s of ["insert", "delete", "update"])
        await sql`drop trigger if exists ${sql.id(`${t}_search_${s}`)}`.execute(db);
      await sql`drop table if exists ${sql.table(`${t}_search`)}`.execute(db);
    }
  }
  for (const [t, cols] of INDEXES) await db.schema.dropIndex(`${t}_${cols.join("_")}_idx`).execute();
}
