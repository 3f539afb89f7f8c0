import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import type { Database } from "../../src/db/schema.ts";
import { readDocument } from "../../src/ingest/read-document.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { importParsed } from "../../src/services/import-file.ts";

export const SEED_DIR = fileURLToPath(new URL("../../examples/hokkaido/", import.meta.url));

/** The seed file whose name starts with the given number ("000"). */
export function seedPath(no: string): string {
  const f = readdirSync(SEED_DIR).find((n) => n.startsWith(`${no}_`) && n.endsWith(".txt"));
  if (!f) throw new Error(`seed ${no} not found`);
  return join(SEED_DIR, f);
}

export const seedText = (no: string) => readFileSync(seedPath(no), "utf8");
export const seedBytes = (no: string) => readFileSync(seedPath(no));

export const ALL_SEEDS = ["000", "001", "002", "003", "004"] as const;

/** Imports the given seeds ("000", …; default all five) into a store, as `hyoka import` would. */
export async function importSeeds(
  db: Kysely<Database>,
  numbers: readonly string[] = ALL_SEEDS,
): Promise<void> {
  const profiles = loadProfiles();
  for (const no of numbers) {
    const r = readDocument(seedBytes(no), `${no}.txt`);
    if (!r.ok) throw new Error(`seed ${no}: ${r.issues.map((i) => i.message).join("; ")}`);
    await importParsed(db, profiles, r.document, { name: `${no}.txt`, sha256: r.sha256 });
  }
}

/** The id of the node with a code (a measure's 2(2)A_0505), as the seeds import it. */
export async function nodeIdByCode(db: Kysely<Database>, code: string): Promise<number> {
  const row = await db
    .selectFrom("policy_nodes")
    .select("id")
    .where("code", "=", code)
    .executeTakeFirstOrThrow();
  return row.id;
}
