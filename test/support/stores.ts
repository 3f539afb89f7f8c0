// A fresh, empty store per test file, for each dialect. PostgreSQL uses the server on this machine
// (HYOKA_TEST_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres) and a database of its own.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Dialect, type Store, migrate, openStore } from "../../src/db/connect.ts";

export const DIALECTS: readonly Dialect[] = ["sqlite", "postgres"];

const ADMIN_URL = process.env.HYOKA_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export interface TestStore extends Store {
  cleanup(): Promise<void>;
}

export async function createTestStore(dialect: Dialect): Promise<TestStore> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "hyoka-test-"));
    const store = openStore(`sqlite:${join(dir, "test.sqlite")}`);
    await migrate(store.db);
    return {
      ...store,
      cleanup: async () => (await store.db.destroy(), rmSync(dir, { recursive: true, force: true })),
    };
  }
  const name = `hyoka_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const store = openStore(url.toString());
  await migrate(store.db);
  return {
    ...store,
    cleanup: async () => {
      await store.db.destroy();
      const a = new pg.Client({ connectionString: ADMIN_URL });
      await a.connect();
      await a.query(`drop database if exists ${name}`);
      await a.end();
    },
  };
}

/** Row counts of every table: to show that something changed nothing. */
export async function tableCounts(store: Store): Promise<Record<string, number>> {
  const tables = [
    "documents",
    "plans",
    "policy_nodes",
    "programs",
    "program_links",
    "budget_lines",
    "indicators",
    "indicator_usages",
    "targets",
    "observations",
    "node_evaluations",
    "program_evaluations",
    "plan_links",
    "printed_totals",
    "support_organizations",
    "support_basic_plans",
    "support_basic_plan_fields",
    "support_cases",
    "support_case_steps",
    "support_team_members",
    "support_records",
    "support_quarter_confirmations",
    "activity_series",
    "activity_counts",
  ] as const;
  const out: Record<string, number> = {};
  for (const t of tables) {
    const r = await store.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number | string>().as("n"))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}
