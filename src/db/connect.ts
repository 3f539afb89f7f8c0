// The one place that knows how to open a store: `sqlite:<path>` (embedded) or `postgres://…`.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import {
  Kysely,
  Migrator,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  type SqliteDatabase,
  SqliteDialect,
} from "kysely";
import pg from "pg";
import * as initial from "./migrations/2026-11-23-initial.ts";
import * as searchKeys from "./migrations/2026-11-23-search-keys.ts";
import * as benchIndexes from "./migrations/2026-11-24-bench-indexes.ts";
import * as accountsCycle from "./migrations/2026-11-25-accounts-cycle.ts";
import * as editionsLifecycle from "./migrations/2026-11-26-editions-lifecycle.ts";
import * as programIdentity from "./migrations/2026-11-27-program-identity.ts";
import * as activitySeries from "./migrations/2026-11-28-activity-series.ts";
import * as supportDesk from "./migrations/2026-11-29-support-desk.ts";
import * as supportDeskIndexes from "./migrations/2026-12-08-support-desk-indexes.ts";
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
    const pool = preparingStatements(new pg.Pool({ connectionString: url, max: 10 }));
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: "postgres", url };
  }
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length);
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const database = new SQLite(path);
    database.pragma("journal_mode = WAL");
    database.pragma("foreign_keys = ON");
    return {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(database) }) }),
      dialect: "sqlite",
      url,
    };
  }
  throw new DatabaseUrlError(
    `データベースのURL「${url}」を解釈できません。sqlite:./data/hyoka.sqlite または postgres://user@host:5432/db の形で指定してください。`,
  );
}

/** Prepared statements kept per connection, by SQL text; the least recently used is let go. */
const STATEMENTS = 500;

/**
 * Kysely prepares every query anew, and better-sqlite3 frees a statement only when the garbage
 * collector finalizes it: reading a national store (thousands of queries a second) piles up hundreds of
 * MB of statements outside the JS heap. Statements are reused by SQL text instead, which also saves
 * the preparation. Safe because every query runs to completion synchronously (nothing streams).
 */
export function reusingStatements(database: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > STATEMENTS) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}

/** Named statements per PostgreSQL connection (of at most 64 parameters); the rest go unnamed. */
const NAMED_STATEMENTS = 300;

/**
 * PostgreSQL parses and plans an unnamed statement every time it is sent, which is most of a small
 * query's cost (an indicator page: 2.3 ms of statements unnamed, 1.0 ms named). SELECTs are named by
 * their text, per connection, so each is parsed and planned once. Not those with LIKE: a plan made for
 * one pattern is wrong for another (a trigram index for a short pattern scans all of it).
 */
/** Whether a statement is sent named (prepared once per connection) on PostgreSQL. */
export const preparesOnPostgres = (sql: string, parameters: number) =>
  parameters <= 64 && /^select /i.test(sql) && !/ like /i.test(sql);

function preparingStatements(pool: pg.Pool): PostgresPool {
  const names = new WeakMap<pg.PoolClient, { bySql: Map<string, string>; next: number }>();
  return {
    end: () => pool.end(),
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let known = names.get(client);
      if (!known) names.set(client, (known = { bySql: new Map(), next: 1 }));
      const statements = known;
      const query = async (sql: string, parameters: readonly unknown[]) => {
        let name = statements.bySql.get(sql);
        if (!name && statements.bySql.size < NAMED_STATEMENTS && preparesOnPostgres(sql, parameters.length)) {
          statements.bySql.set(sql, (name = `hyoka_${statements.next++}`));
        }
        const values = [...parameters];
        if (!name) return client.query(sql, values);
        try {
          return await client.query({ name, text: sql, values });
        } catch (e) {
          // The schema changed under a prepared statement (a migration by another process): send it
          // unnamed from now on.
          if ((e as { code?: string }).code !== "0A000") throw e;
          statements.bySql.delete(sql);
          return client.query(sql, values);
        }
      };
      return {
        query: ((sqlOrCursor: unknown, parameters?: readonly unknown[]) =>
          typeof sqlOrCursor === "string"
            ? query(sqlOrCursor, parameters ?? [])
            : client.query(sqlOrCursor as pg.Submittable)) as unknown as PostgresPoolClient["query"],
        release: () => client.release(),
      };
    },
  };
}

/** Brings the schema up to date. Migrations are listed here, in order, so no file scanning is needed. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: {
      getMigrations: async () => ({
        "2026-11-23-initial": initial,
        "2026-11-23-search-keys": searchKeys,
        "2026-11-24-bench-indexes": benchIndexes,
        "2026-11-25-accounts-cycle": accountsCycle,
        "2026-11-26-editions-lifecycle": editionsLifecycle,
        "2026-11-27-program-identity": programIdentity,
        "2026-11-28-activity-series": activitySeries,
        "2026-11-29-support-desk": supportDesk,
        "2026-12-08-support-desk-indexes": supportDeskIndexes,
      }),
    },
  });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
