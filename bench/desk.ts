// The support desk at scale: seed 001 and a register of 20,000 cases with 100,000 support records
// (the demo generator, src/services/demo-desk.ts, in a larger shape), on SQLite and PostgreSQL. Times
// the load, then the desk's counts through the service as the pages ask for them: the quarterly
// totals (quarterlyCounts, every quarter and one fiscal year), the year-end review and the KPI
// (planYearCounts: 新規, 継続, total = 支援件数, lapsed, per plan year; refreshRegisterKpi, which writes
// the 支援件数 actuals anew after every change) and the follow-ups due (followUpsDue, as the center and
// as another organization's staff). Each is run a few times to warm
// up, then --runs times; p50 / p95 / max. Beside them, the two parts every count is made of: reading
// the register (registerOf) and counting it (src/domain/support-desk.ts).
//
//   node bench/desk.ts [--dialect sqlite|postgres|both] [--desk-runs 30] [--desk-cases 20000]
//     [--desk-records 100000]        (also part of `npm run bench`, with the same options)
//
// Goals (issue 13): quarterly totals and the year-end review under 200 ms at p95, the KPI recomputed
// under 1 s. The stores are made afresh (PostgreSQL: a database of its own, dropped at the end;
// HYOKA_BENCH_POSTGRES_URL, default postgres://postgres@127.0.0.1:5432/postgres). Results go to
// bench/results/<date>-desk.json.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import pg from "pg";
import { type Dialect, type Store, migrate, openStore } from "../src/db/connect.ts";
import { planByKey, planYearsOf, registerOf } from "../src/db/support-desk.ts";
import type { Principal } from "../src/domain/rights.ts";
import {
  planYearCounts as countPlanYears,
  quarterlyCounts as countQuarters,
} from "../src/domain/support-desk.ts";
import { PLAN_KEY } from "../src/ingest/support-plan.ts";
import { exampleFiles, importFile } from "../src/services/import-file.ts";
import { generateDemoDesk } from "../src/services/demo-desk.ts";
import { followUpsDue, planYearCounts, quarterlyCounts } from "../src/services/support-desk.ts";
import { refreshRegisterKpi } from "../src/services/support-register-kpi.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const RESULTS = join(ROOT, "bench/results");
const SEED_001 = exampleFiles().find((f) => /\/001_[^/]*$/.test(f))!;
const ADMIN_URL = process.env.HYOKA_BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const GOALS = { countsP95Ms: 200, kpiMs: 1000 };
const WARM_UP = 3;

export interface DeskBenchOptions {
  readonly runs: number;
  readonly cases: number;
  readonly records: number;
}

const log = (...a: unknown[]) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function percentiles(ms: readonly number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { p50: round(at(0.5)), p95: round(at(0.95)), max: round(s.at(-1)!), runs: s.length };
}

async function timed(runs: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < WARM_UP; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return percentiles(ms);
}

/** A principal as the services read it: the desk's reads need no account behind it. */
const principal = (grant: Partial<Principal["grants"][number]>): Principal => ({
  userId: "bench",
  name: "ベンチマーク",
  email: "bench@localhost",
  grants: [{ role: "admin", planId: null, departmentId: null, supportOrganizationId: null, ...grant }],
});

// ---- the store ----------------------------------------------------------------------------------

async function freshStore(
  dialect: Dialect,
  dir: string,
): Promise<{ store: Store; drop: () => Promise<void> }> {
  if (dialect === "sqlite") {
    const store = openStore(`sqlite:${join(dir, "desk.sqlite")}`);
    return { store, drop: () => store.db.destroy() };
  }
  const name = `hyoka_bench_desk_${process.pid}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const store = openStore(url.toString());
  return {
    store,
    drop: async () => {
      await store.db.destroy();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

async function load(store: Store, o: DeskBenchOptions) {
  await migrate(store.db);
  const imported = await importFile(store.db, SEED_001);
  if (!imported.ok) throw new Error(`seed 001: ${JSON.stringify(imported)}`);
  const t = performance.now();
  // As many supported cases as leave about three records to each supported plan year.
  const shape = { cases: o.cases, supported: Math.round(o.cases * 0.6), records: o.records };
  const r = await generateDemoDesk(store, { shape });
  const loadSeconds = (performance.now() - t) / 1000;
  // As a store in use would be: PostgreSQL's autovacuum analyzes a table after such a load by itself;
  // no one runs ANALYZE on SQLite, whose planner then goes without statistics.
  const t2 = performance.now();
  if (store.dialect === "postgres") await sql`analyze`.execute(store.db);
  return {
    result: r,
    loadSeconds: round(loadSeconds, 2),
    analyzeSeconds: round((performance.now() - t2) / 1000, 2),
  };
}

async function sizeMb(store: Store, dir: string) {
  if (store.dialect === "sqlite") {
    const files = readdirSync(dir).map((f) => statSync(join(dir, f)).size);
    return round(files.reduce((a, b) => a + b, 0) / 2 ** 20);
  }
  const r = await sql<{ s: string }>`select pg_database_size(current_database()) as s`.execute(store.db);
  return round(Number(r.rows[0]!.s) / 2 ** 20);
}

async function version(store: Store) {
  const q =
    store.dialect === "sqlite"
      ? sql<{ v: string }>`select sqlite_version() as v`
      : sql<{ v: string }>`select current_setting('server_version') as v`;
  return `${store.dialect === "sqlite" ? "SQLite" : "PostgreSQL"} ${(await q.execute(store.db)).rows[0]!.v}`;
}

// ---- one dialect --------------------------------------------------------------------------------

async function measure(store: Store, o: DeskBenchOptions) {
  const db = store.db;
  const plan = (await planByKey(db, PLAN_KEY))!;
  const planYears = await planYearsOf(db, plan);
  const noastec = await db
    .selectFrom("support_organizations")
    .select("id")
    .where("short_name", "=", "ノーステック財団")
    .executeTakeFirstOrThrow();
  const center = principal({});
  const staff = principal({ role: "supporter", supportOrganizationId: noastec.id });
  const register = await registerOf(db, plan.id);
  const ops: [string, string, () => Promise<unknown>][] = [
    [
      "quarterly",
      "quarterlyCounts: every quarter of the plan (anonymous)",
      () => quarterlyCounts(db, null, PLAN_KEY),
    ],
    [
      "quarterly-year",
      "quarterlyCounts: fiscal year 2021 (anonymous)",
      () => quarterlyCounts(db, null, PLAN_KEY, { fiscalYear: 2021 }),
    ],
    [
      "review",
      "planYearCounts as of 2023-04-01 (the year-end review; anonymous)",
      () => planYearCounts(db, null, PLAN_KEY, { asOf: "2023-04-01" }),
    ],
    [
      "kpi",
      "refreshRegisterKpi in a transaction: the plan's 支援件数 written anew, as after every change",
      () => db.transaction().execute((trx) => refreshRegisterKpi(trx, PLAN_KEY)),
    ],
    [
      "review-center",
      "planYearCounts as an administrator (the lapsed cases listed)",
      () => planYearCounts(db, center, PLAN_KEY, { asOf: "2023-04-01" }),
    ],
    [
      "follow-ups-center",
      "followUpsDue as of 2022-11-15, as an administrator (every case)",
      () => followUpsDue(db, center, PLAN_KEY, { asOf: "2022-11-15" }),
    ],
    [
      "follow-ups-staff",
      "followUpsDue as of 2022-11-15, as staff of ノーステック財団 (the cases it is involved in)",
      () => followUpsDue(db, staff, PLAN_KEY, { asOf: "2022-11-15" }),
    ],
    [
      "register-read",
      "registerOf: the register read (every case and support)",
      () => registerOf(db, plan.id),
    ],
    [
      "count-quarters",
      "the quarterly counting alone (in memory, no database)",
      async () => countQuarters(register, planYears),
    ],
    [
      "count-plan-years",
      "the plan-year counting alone (in memory, no database)",
      async () => countPlanYears(register, planYears, "2023-04-01"),
    ],
  ];
  const results: Record<string, { what: string } & ReturnType<typeof percentiles>> = {};
  for (const [name, what, fn] of ops) {
    log(`  ${name} …`);
    results[name] = { what, ...(await timed(o.runs, fn)) };
  }
  return results;
}

async function runDialect(dialect: Dialect, o: DeskBenchOptions) {
  const dir = mkdtempSync(join(tmpdir(), "hyoka-bench-desk-"));
  const { store, drop } = await freshStore(dialect, dir);
  try {
    log(`${dialect}: seed 001 and ${o.cases.toLocaleString()} cases …`);
    const loaded = await load(store, o);
    log(`${dialect}: loaded in ${loaded.loadSeconds} s; measuring …`);
    const ops = await measure(store, o);
    const count = async (
      t: "support_cases" | "support_case_steps" | "support_team_members" | "support_records",
    ) =>
      Number(
        (
          await store.db
            .selectFrom(t)
            .select((eb) => eb.fn.countAll<number | string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const rows = {
      cases: await count("support_cases"),
      steps: await count("support_case_steps"),
      teamMembers: await count("support_team_members"),
      records: await count("support_records"),
      confirmations: loaded.result.confirmations,
    };
    const goals = [
      ...(["quarterly", "quarterly-year", "review"] as const).map((n) => ({
        goal: `${n}: p95 under ${GOALS.countsP95Ms} ms`,
        value: ops[n]!.p95,
        met: ops[n]!.p95 < GOALS.countsP95Ms,
      })),
      {
        goal: `KPI recomputed (kpi, max) under ${GOALS.kpiMs} ms`,
        value: ops.kpi!.max,
        met: ops.kpi!.max < GOALS.kpiMs,
      },
    ];
    return {
      dialect,
      database: await version(store),
      rows,
      sizeMb: await sizeMb(store, dir),
      loadSeconds: loaded.loadSeconds,
      analyzeSeconds: loaded.analyzeSeconds,
      operations: ops,
      goals,
    };
  } finally {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs the benchmark on each dialect, writes bench/results/<date>-desk.json, returns what it wrote. */
export async function runDeskBench(dialects: readonly Dialect[], o: DeskBenchOptions) {
  const results = [];
  for (const d of dialects) results.push(await runDialect(d, o));
  const report = {
    date: new Date().toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? "unknown",
      node: process.version,
      // The machine is shared: what else ran while measuring.
      loadAverage: loadavg().map((x) => round(x, 2)),
    },
    settings: { ...o, warmUp: WARM_UP },
    results,
  };
  mkdirSync(RESULTS, { recursive: true });
  writeFileSync(
    join(RESULTS, `${report.date.slice(0, 10)}-desk.json`),
    JSON.stringify(report, null, 2) + "\n",
  );
  return report;
}

export function printDeskBench(r: Awaited<ReturnType<typeof runDeskBench>>): void {
  for (const d of r.results) {
    console.log(
      `\nsupport desk — ${d.dialect} (${d.database}): ${d.rows.cases.toLocaleString()} cases, ` +
        `${d.rows.records.toLocaleString()} support records, loaded in ${d.loadSeconds} s`,
    );
    console.table(
      Object.fromEntries(
        Object.entries(d.operations).map(([n, x]) => [
          n,
          { "p50 ms": x.p50, "p95 ms": x.p95, "max ms": x.max },
        ]),
      ),
    );
    console.log(`goals met ${d.goals.filter((g) => g.met).length}/${d.goals.length}`);
  }
}

export const deskBenchOptions = {
  "desk-runs": { type: "string", default: "30" },
  "desk-cases": { type: "string", default: "20000" },
  "desk-records": { type: "string", default: "100000" },
} as const;

export function parseDeskOptions(v: { "desk-runs": string; "desk-cases": string; "desk-records": string }) {
  const o = {
    runs: Number(v["desk-runs"]),
    cases: Number(v["desk-cases"]),
    records: Number(v["desk-records"]),
  };
  if (!Object.values(o).every((x) => Number.isInteger(x) && x > 0))
    throw new Error("--desk-runs/--desk-cases/--desk-records: positive integers");
  return o;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { dialect: { type: "string", default: "both" }, ...deskBenchOptions },
  });
  const dialects: Dialect[] =
    values.dialect === "both" ? ["sqlite", "postgres"] : [values.dialect as Dialect];
  if (!dialects.every((d) => d === "sqlite" || d === "postgres"))
    throw new Error("--dialect: sqlite|postgres|both");
  printDeskBench(await runDeskBench(dialects, parseDeskOptions(values)));
}
