// "The same work in SQL": runs a read model once, uncached, on a Kysely instance that records every
// statement it sends, then replays exactly those statements straight on the driver (better-sqlite3's
// prepared statements; pg's client, with SELECTs named as the application names them), one after
// another, and times the replay. What remains between
// that time and the API's is the evaluation, the JSON and HTTP.
import SQLite from "better-sqlite3";
import { type CompiledQuery, Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import { type Dialect, preparesOnPostgres, reusingStatements } from "../src/db/connect.ts";
import type { Database } from "../src/db/schema.ts";

export interface Captured {
  sql: string;
  parameters: readonly unknown[];
}

export interface Recorder {
  db: Kysely<Database>;
  /** Runs `fn` and returns the statements it sent, with how long `fn` took. */
  capture(fn: (db: Kysely<Database>) => Promise<unknown>): Promise<{ statements: Captured[]; ms: number }>;
  /** Replays the statements in order on the bare driver; milliseconds. */
  replay(statements: readonly Captured[]): Promise<number>;
  close(): Promise<void>;
}

export function recorder(dialect: Dialect, url: string): Recorder {
  let log: Captured[] | null = null;
  const record = (q: CompiledQuery) => void log?.push({ sql: q.sql, parameters: q.parameters });
  if (dialect === "sqlite") {
    const file = url.slice("sqlite:".length);
    const kyselyDb = new SQLite(file, { readonly: true });
    const bare = new SQLite(file, { readonly: true });
    const statements = new Map<string, SQLite.Statement>();
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: reusingStatements(kyselyDb) }),
      log: (e) => record(e.query),
    });
    return {
      db,
      capture: (fn) => capture(db, fn),
      async replay(list) {
        const t = performance.now();
        for (const s of list) {
          let st = statements.get(s.sql);
          if (!st) statements.set(s.sql, (st = bare.prepare(s.sql)));
          st.all(...(s.parameters as unknown[]));
        }
        return performance.now() - t;
      },
      async close() {
        await db.destroy();
        bare.close();
      },
    };
  }
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) }),
    log: (e) => record(e.query),
  });
  const client = new pg.Client({ connectionString: url });
  const names = new Map<string, string>();
  const connected = client.connect();
  return {
    db,
    capture: (fn) => capture(db, fn),
    async replay(list) {
      await connected;
      const t = performance.now();
      for (const s of list) {
        // Named (parsed and planned once) as the application sends them.
        const values = s.parameters as unknown[];
        if (!preparesOnPostgres(s.sql, values.length)) await client.query(s.sql, values);
        else {
          if (!names.has(s.sql)) names.set(s.sql, `bench_${names.size + 1}`);
          await client.query({ name: names.get(s.sql)!, text: s.sql, values });
        }
      }
      return performance.now() - t;
    },
    async close() {
      await db.destroy();
      await client.end();
    },
  };

  async function capture(db: Kysely<Database>, fn: (db: Kysely<Database>) => Promise<unknown>) {
    log = [];
    const t = performance.now();
    await fn(db);
    const ms = performance.now() - t;
    const statements = log;
    log = null;
    return { statements, ms };
  }
}

export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? 0
    : s.length % 2
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
