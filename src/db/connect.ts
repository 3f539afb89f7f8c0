// The one place that knows how to open a store: `sqlite:<path>` (embedded) or `postgres://…`.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import * as initial from "./migrations/2026-11-23-initial.ts";
import * as searchKeys from "./migrations/2026-11-23-search-keys.ts";
import type { Database } from "./schema.ts";

export const DEFAULT_DATABASE_URL = "sqlite:./data/hyoka.sqlite";

export type Dialect = "sqlite" | "postgres";

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly url: string;
}

export class DatabaseUrlError extends Error {}

export function databaseUrl(explicit?: string): string {
  return explicit ?? process.env.HYOKA_DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

export function openStore(url: string): Store {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: "postgres", url };
  }
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length);
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const database = new SQLite(path);
    database.pragma("journal_mode = WAL");
    database.pragma("foreign_keys = ON");
    return { db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }), dialect: "sqlite", url };
  }
  throw new DatabaseUrlError(
    `データベースのURL「${url}」を解釈できません。sqlite:./data/hyoka.sqlite または postgres://user@host:5432/db の形で指定してください。`,
  );
}

/** Brings the schema up to date. Migrations are listed here, in order, so no file scanning is needed. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: {
      getMigrations: async () => ({ "2026-11-23-initial": initial, "2026-11-23-search-keys": searchKeys }),
    },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
