// Frozen in time: a normalised search key (half-width, no spaces, lower case) beside each name, so
// that search is insensitive to full-width vs half-width in SQL on both databases.
import type { Kysely } from "kysely";

const TABLES = ["plans", "policy_nodes", "programs", "indicators"] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  for (const t of TABLES) {
    await db.schema.alterTable(t).addColumn("search_key", "text").execute();
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const t of TABLES) await db.schema.alterTable(t).dropColumn("search_key").execute();
}
