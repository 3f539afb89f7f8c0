// Frozen in time: the support desk's "involved" test (a step routed the case to an organization, the
// organization is in the case's team, or it recorded support for the case: `involving` in
// src/db/support-desk.ts) looks a case's rows up by the case and the organization together. With an
// index on each column alone, SQLite without statistics (no store runs ANALYZE) searched by the
// organization: each case scanned all of that organization's steps, team places or records. Among
// 20,000 cases, the cases one organization sees took 14.5 s (bench/desk.ts); with these, 50 ms.
// - Each composite index replaces the index on its first column alone.
// - The team members' index on the organization alone goes: with it, SQLite (by a tie in its costs)
//   still began the team test from the organization's places. PostgreSQL hashes that subquery once
//   per query and reads the small table whole.
import type { Kysely } from "kysely";

const COMPOSITE = [
  ["support_case_steps", "case_id", "to_organization_id"],
  ["support_team_members", "step_id", "organization_id"],
  ["support_records", "case_id", "organization_id"],
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const [table, first, second] of COMPOSITE) {
    await db.schema
      .createIndex(`${table}_${first}_${second}_idx`)
      .on(table)
      .columns([first, second])
      .execute();
    await db.schema.dropIndex(`${table}_${first}_idx`).execute();
  }
  await db.schema.dropIndex("support_team_members_organization_id_idx").execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("support_team_members_organization_id_idx")
    .on("support_team_members")
    .column("organization_id")
    .execute();
  for (const [table, first, second] of COMPOSITE) {
    await db.schema.createIndex(`${table}_${first}_idx`).on(table).column(first).execute();
    await db.schema.dropIndex(`${table}_${first}_${second}_idx`).execute();
  }
}
