// The national-scale benchmark: node bench/run.ts [--municipalities N] [--dialect sqlite|postgres|both]
//   [--seconds S] [--connections C] [--load wrk|node] [--prepare-only] [--startup-runs R]
//   [--skip-desk | --desk-only] [--desk-runs 30] [--desk-cases 20000] [--desk-records 100000]
//
// First the command line's start-up (bench/startup.ts: `hyoka --help` and `hyoka import` of one seed,
// median of R runs; results in bench/results/<date>-startup.json). Then, for each dialect: makes (or
// reuses) a store of N synthetic municipalities (hyoka demo generate), starts `hyoka serve` on it as a
// child process, and loads each endpoint with C concurrent clients for S seconds (wrk when installed),
// after a warm-up and a single-client run. Beside each endpoint, the statements its read model sends
// are replayed straight on the driver ("direct SQL"). The server's memory is read from
// /proc/<pid>/status. Results go to bench/results/<date>-<dialect>.json. Last, the support desk's
// counts over a register of 20,000 cases (bench/desk.ts; bench/results/<date>-desk.json).
//
// Speed goals live here, never in timed tests.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, release } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { sql } from "kysely";
import pg from "pg";
import { type Dialect, migrate, openStore } from "../src/db/connect.ts";
import { loadProfiles } from "../src/profiles.ts";
import { DEMO_VOCABULARY, demoMunicipality, generateDemo } from "../src/services/demo-generate.ts";
import { indicatorDetail } from "../src/views/indicator-detail.ts";
import { overview, planDetail } from "../src/views/plans.ts";
import { search } from "../src/views/search.ts";
import { deskBenchOptions, parseDeskOptions, printDeskBench, runDeskBench } from "./desk.ts";
import { type Recorder, median, recorder } from "./direct-sql.ts";
import { type LoadResult, hasWrk, load } from "./load.ts";
import { measureStartup, printStartup } from "./startup.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(ROOT, "bin/hyoka.js");
const DATA = join(ROOT, "data/bench");
const RESULTS = join(ROOT, "bench/results");

const GOALS = { p95Ms: 50, ratio: 1.5, memoryMb: 300 };
/** Node flags of the second server run, which measures memory with a smaller young generation. */
const SMALL_HEAP = ["--max-semi-space-size=16"];
/** Endpoints measured again in that run (the slow searches would only repeat their backlog). */
const FAST = ["home", "plan", "indicator", "search-city"];

const { values: args } = parseArgs({
  options: {
    municipalities: { type: "string", default: "1741" },
    dialect: { type: "string", default: "both" },
    seconds: { type: "string", default: "15" },
    connections: { type: "string", default: "50" },
    load: { type: "string" },
    "prepare-only": { type: "boolean", default: false },
    "startup-runs": { type: "string", default: "9" },
    "skip-desk": { type: "boolean", default: false },
    "desk-only": { type: "boolean", default: false },
    ...deskBenchOptions,
  },
});
const N = Number(args.municipalities);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const TOOL = (args.load ?? (hasWrk() ? "wrk" : "node")) as "wrk" | "node";
const DIALECTS: Dialect[] = args.dialect === "both" ? ["sqlite", "postgres"] : [args.dialect as Dialect];
if (!Number.isInteger(N) || N < 1 || N > 9999) throw new Error("--municipalities: 1–9999");
if (!DIALECTS.every((d) => d === "sqlite" || d === "postgres"))
  throw new Error("--dialect: sqlite|postgres|both");
const ADMIN_URL = process.env.HYOKA_BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

// The bench process computes read models uncached: it measures them, not the cache.
process.env.HYOKA_VIEW_CACHE = "off";

const log = (...a: unknown[]) => console.error(`[${new Date().toISOString().slice(11, 19)}]`, ...a);
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Deterministic choices, so that runs are comparable. */
function chooser(seed: number) {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(xs: readonly T[], n: number): T[] =>
    Array.from({ length: n }, () => xs[Math.floor(rand() * xs.length)]!);
}

// ---- the store ----------------------------------------------------------------------------------

async function storeUrl(dialect: Dialect): Promise<string> {
  if (dialect === "sqlite") {
    return `sqlite:${join(DATA, `demo-${N}.sqlite`)}`;
  }
  const name = `hyoka_bench_${N}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const { rowCount } = await admin.query("select 1 from pg_database where datname = $1", [name]);
  if (!rowCount) await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

interface Generation {
  seconds: number;
  rows: number;
  municipalities: number;
  at: string;
}

/** Brings the store to N municipalities (generating what is missing); what generating took. */
async function prepare(dialect: Dialect, url: string) {
  mkdirSync(DATA, { recursive: true });
  const sidecar = join(DATA, `demo-${N}-${dialect}.generation.json`);
  const store = openStore(url);
  try {
    const migrating = performance.now();
    await migrate(store.db);
    const migrateSeconds = (performance.now() - migrating) / 1000;
    const present = Number(
      (
        await store.db
          .selectFrom("plans")
          .select((eb) => eb.fn.countAll<number | string>().as("n"))
          .where("key", "like", "demo-%")
          .executeTakeFirstOrThrow()
      ).n,
    );
    let generation: Generation | null = existsSync(sidecar)
      ? (JSON.parse(readFileSync(sidecar, "utf8")) as Generation)
      : null;
    if (present < N) {
      log(`${dialect}: generating ${N - present} of ${N} municipalities …`);
      const bar = new cliProgress.SingleBar(
        { format: "{bar} {value}/{total} 団体 | {rows} 行 | {duration_formatted} | 残り {eta_formatted}" },
        cliProgress.Presets.shades_classic,
      );
      bar.start(N, present, { rows: 0 });
      const r = await generateDemo(store, {
        municipalities: N,
        onProgress: (p) => bar.update(p.done, { rows: p.rows.toLocaleString("ja-JP") }),
      });
      bar.stop();
      const rows = Object.values(r.rows).reduce((a, n) => a + n, 0);
      // Only a generation from empty says how long the whole store takes.
      generation =
        present === 0
          ? { seconds: round(r.seconds, 1), rows, municipalities: N, at: new Date().toISOString() }
          : null;
      if (generation) writeFileSync(sidecar, JSON.stringify(generation, null, 2) + "\n");
      log(`${dialect}: generated ${rows.toLocaleString()} rows in ${r.seconds.toFixed(1)} s`);
    } else {
      log(`${dialect}: reusing the store of ${present} municipalities`);
    }
    const counts: Record<string, number> = {};
    for (const t of [
      "plans",
      "policy_nodes",
      "programs",
      "program_links",
      "budget_lines",
      "indicators",
      "indicator_usages",
      "targets",
      "observations",
    ] as const) {
      const r = await store.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .executeTakeFirstOrThrow();
      counts[t] = Number(r.n);
    }
    let sizeBytes: number;
    let version: string;
    if (dialect === "sqlite") {
      const file = url.slice("sqlite:".length);
      sizeBytes = statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);
      version = (await sql<{ v: string }>`select sqlite_version() as v`.execute(store.db)).rows[0]!.v;
    } else {
      sizeBytes = Number(
        (await sql<{ s: string }>`select pg_database_size(current_database()) as s`.execute(store.db))
          .rows[0]!.s,
      );
      version = (await sql<{ v: string }>`select current_setting('server_version') as v`.execute(store.db))
        .rows[0]!.v;
    }
    const planKeys = (
      await store.db.selectFrom("plans").select("key").where("key", "like", "demo-%").orderBy("key").execute()
    ).map((r) => r.key);
    const range = await store.db
      .selectFrom("indicators")
      .select((eb) => [eb.fn.min("id").as("lo"), eb.fn.max("id").as("hi")])
      .where("key", "like", "demo-%")
      .executeTakeFirstOrThrow();
    return {
      migrateSeconds,
      generation,
      counts,
      sizeBytes,
      version,
      planKeys,
      indicatorRange: [Number(range.lo), Number(range.hi)] as const,
    };
  } finally {
    await store.db.destroy();
  }
}

// ---- the server ---------------------------------------------------------------------------------

interface Server {
  child: ChildProcess;
  base: string;
  startedMs: number;
  rssMb(): number;
  peakRssMb(): number;
  stop(): Promise<void>;
}

function procStatus(pid: number, field: string): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function startServer(url: string, cache: boolean, nodeFlags: string[] = []): Promise<Server> {
  const t = performance.now();
  const args = [...nodeFlags, BIN, "--db", url, "serve", "--port", "0", "--host", "127.0.0.1"];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, HYOKA_VIEW_CACHE: cache ? "on" : "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let sampled = 0;
  const sampler = setInterval(() => (sampled = Math.max(sampled, procStatus(child.pid!, "VmRSS"))), 200);
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${stderr}`)), 600_000);
    child.on("exit", (code) => reject(new Error(`server exited (${code}):\n${stderr}`)));
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/\S+\/)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.removeAllListeners("data");
      resolve({
        child,
        base: m[1]!,
        startedMs: performance.now() - t,
        rssMb: () => procStatus(child.pid!, "VmRSS"),
        peakRssMb: () => Math.max(sampled, procStatus(child.pid!, "VmHWM")),
        stop: () =>
          new Promise((done) => {
            clearInterval(sampler);
            child.removeAllListeners("exit");
            child.once("exit", () => done());
            child.kill("SIGTERM");
          }),
      });
    });
  });
}

async function fetchAll(base: string, paths: readonly string[], concurrency: number): Promise<number> {
  const t = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < paths.length; i = next++) {
        const res = await fetch(new URL(encodeURI(paths[i]!), base));
        await res.arrayBuffer();
        if (!res.ok) throw new Error(`${paths[i]}: ${res.status}`);
      }
    }),
  );
  return performance.now() - t;
}

// ---- the endpoints ------------------------------------------------------------------------------

interface Endpoint {
  name: string;
  what: string;
  /** Paths the load draws from. */
  paths: string[];
  /** A few of them, measured in process and as direct SQL. */
  sample: string[];
  readModel: (db: Recorder["db"], path: string) => Promise<unknown>;
  /** The goal p95 applies to it. */
  goal: boolean;
}

function endpoints(planKeys: readonly string[], indicatorIds: readonly number[]): Endpoint[] {
  const pick = chooser(1741);
  const profiles = loadProfiles();
  const q = (path: string) => new URL(path, "http://x").searchParams.get("q")!;
  const cities = Array.from({ length: N }, (_, i) => demoMunicipality(i + 1));
  const longTopics = [...new Set(DEMO_VOCABULARY.topics.filter((t) => [...t].length >= 3))];
  const shortTopics = [...new Set(DEMO_VOCABULARY.topics.filter((t) => [...t].length === 2))];
  const planPaths = planKeys.map((k) => `/api/plans/${k}`);
  const indicatorPaths = indicatorIds.map((id) => `/api/indicators/${id}`);
  return [
    {
      name: "home",
      what: "GET /api/overview — every plan's summary",
      paths: ["/api/overview"],
      sample: ["/api/overview"],
      readModel: (db) => overview(db, profiles),
      goal: false,
    },
    {
      name: "plan",
      what: "GET /api/plans/<key> — a plan's tree, each of the plans at random",
      paths: planPaths,
      sample: pick(planPaths, 10),
      readModel: (db, path) => planDetail(db, profiles, path.split("/").pop()!),
      goal: true,
    },
    {
      name: "indicator",
      what: "GET /api/indicators/<id> — 2,000 indicators at random",
      paths: indicatorPaths,
      sample: pick(indicatorPaths, 20),
      readModel: (db, path) => indicatorDetail(db, profiles, Number(path.split("/").pop())),
      goal: true,
    },
    {
      name: "search-city",
      what: "GET /api/search?q=デモ市NNNN — a municipality's name (7 characters, 1 hit)",
      paths: cities.map((c) => `/api/search?q=${c}`),
      sample: pick(
        cities.map((c) => `/api/search?q=${c}`),
        10,
      ),
      readModel: (db, path) => search(db, profiles, { q: q(path) }),
      goal: true,
    },
    {
      name: "search-topic",
      what: `GET /api/search?q=<topic of 3+ characters> — e.g. 空き家対策: every municipality has it (${longTopics.length} topics)`,
      paths: longTopics.map((t) => `/api/search?q=${t}`),
      sample: pick(
        longTopics.map((t) => `/api/search?q=${t}`),
        10,
      ),
      readModel: (db, path) => search(db, profiles, { q: q(path) }),
      goal: true,
    },
    {
      name: "search-short",
      what: `GET /api/search?q=<2 characters> — e.g. 観光: too short for the trigram index (${shortTopics.length} words)`,
      paths: shortTopics.map((t) => `/api/search?q=${t}`),
      sample: pick(
        shortTopics.map((t) => `/api/search?q=${t}`),
        5,
      ),
      readModel: (db, path) => search(db, profiles, { q: q(path) }),
      goal: true,
    },
  ];
}

// ---- one dialect --------------------------------------------------------------------------------

/**
 * Waits until requests queued by the last load are done: until a request that needs the database (one
 * query, a node that does not exist) is answered promptly twice in a row.
 */
async function drain(base: string) {
  const deadline = performance.now() + 300_000;
  let quick = 0;
  while (quick < 2 && performance.now() < deadline) {
    const t = performance.now();
    await (await fetch(new URL("/api/nodes/999999999", base))).arrayBuffer();
    quick = performance.now() - t < 20 ? quick + 1 : 0;
  }
}

async function measure(ep: Endpoint, server: Server, opts: { single?: boolean } = {}) {
  log(`  ${ep.name}: warm-up, ${opts.single === false ? "" : "1 client, "}${CONNECTIONS} clients …`);
  await load(server.base, ep.paths, { connections: CONNECTIONS, seconds: 3, tool: TOOL });
  await drain(server.base);
  const c1 =
    opts.single === false
      ? null
      : await load(server.base, ep.paths, { connections: 1, seconds: 5, tool: TOOL });
  await drain(server.base);
  const c50 = await load(server.base, ep.paths, { connections: CONNECTIONS, seconds: SECONDS, tool: TOOL });
  await drain(server.base);
  return { c1, c50, rssAfterMb: round(server.rssMb(), 0) };
}

async function directSql(ep: Endpoint, dialect: Dialect, url: string) {
  const rec = recorder(dialect, url);
  try {
    const sqlMs: number[] = [];
    const modelMs: number[] = [];
    let statements = 0;
    const runs = ep.name === "home" ? 1 : 5;
    for (const path of ep.sample) {
      const { statements: list, ms } = await rec.capture((db) => ep.readModel(db, path));
      const models = [ms];
      for (let i = 1; i < Math.min(runs, 3); i++)
        models.push((await rec.capture((db) => ep.readModel(db, path))).ms);
      const replays: number[] = [];
      for (let i = 0; i < runs; i++) replays.push(await rec.replay(list));
      sqlMs.push(median(replays));
      modelMs.push(median(models));
      statements = list.length;
    }
    return { directSqlMs: round(median(sqlMs)), readModelMs: round(median(modelMs)), statements };
  } finally {
    await rec.close();
  }
}

async function runDialect(dialect: Dialect) {
  const url = await storeUrl(dialect);
  const prepared = await prepare(dialect, url);
  if (args["prepare-only"]) return null;
  const pickIds = chooser(20261124);
  const [lo, hi] = prepared.indicatorRange;
  const ids = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  const eps = endpoints(prepared.planKeys, pickIds(ids, 2000));

  log(`${dialect}: starting the server (view cache on) …`);
  const server = await startServer(url, true);
  const coldStart = performance.now();
  await fetchAll(server.base, ["/api/overview"], 1);
  const overviewColdMs = performance.now() - coldStart;
  const rssAfterOverviewMb = round(server.rssMb(), 0);
  log(`${dialect}: overview ready after ${(overviewColdMs / 1000).toFixed(1)} s; warming every plan page …`);
  const planWarmMs = await fetchAll(
    server.base,
    prepared.planKeys.map((k) => `/api/plans/${k}`),
    4,
  );
  const rssAfterPlansMb = round(server.rssMb(), 0);
  const loads: Record<string, Awaited<ReturnType<typeof measure>> & { responseBytes: number }> = {};
  for (const ep of eps) {
    const res = await fetch(new URL(encodeURI(ep.sample[0]!), server.base));
    const responseBytes = (await res.arrayBuffer()).byteLength;
    loads[ep.name] = { ...(await measure(ep, server)), responseBytes };
  }
  const peakRssMb = server.peakRssMb();
  await server.stop();

  // The same server with a smaller young generation for V8 (its default grows to ~50 MB per
  // semi-space under load): what memory a deployment can expect with that one flag.
  log(`${dialect}: again with node ${SMALL_HEAP.join(" ")} …`);
  const small = await startServer(url, true, SMALL_HEAP);
  await fetchAll(small.base, ["/api/overview"], 1);
  await fetchAll(
    small.base,
    prepared.planKeys.map((k) => `/api/plans/${k}`),
    4,
  );
  const smallHeap: Record<string, LoadResult> = {};
  for (const ep of eps.filter((e) => FAST.includes(e.name))) {
    smallHeap[ep.name] = (await measure(ep, small, { single: false })).c50;
  }
  const smallHeapPeakRssMb = small.peakRssMb();
  await small.stop();

  log(`${dialect}: the plan page without the view cache …`);
  const bare = await startServer(url, false);
  const planEp = eps.find((e) => e.name === "plan")!;
  const uncached = await measure(planEp, bare);
  const uncachedPeakRssMb = bare.peakRssMb();
  await bare.stop();

  log(`${dialect}: direct SQL …`);
  const ratio = (api: LoadResult | null, sqlMs: number) =>
    api && api.requests > 0 && sqlMs > 0 ? Number((api.latencyMs.p50 / sqlMs).toPrecision(3)) : null;
  const rows = [];
  for (const ep of eps) {
    const d = await directSql(ep, dialect, url);
    const l = loads[ep.name]!;
    rows.push({
      name: ep.name,
      what: ep.what,
      distinctPaths: ep.paths.length,
      responseBytes: l.responseBytes,
      c1: l.c1,
      c50: l.c50,
      rssAfterMb: l.rssAfterMb,
      ...(smallHeap[ep.name] ? { smallHeapC50: smallHeap[ep.name] } : {}),
      ...(ep.name === "plan" ? { uncached: { c1: uncached.c1, c50: uncached.c50 } } : {}),
      ...d,
      apiOverSql: ratio(l.c1, d.directSqlMs),
      ...(ep.name === "plan" ? { uncachedApiOverSql: ratio(uncached.c1, d.directSqlMs) } : {}),
    });
  }

  const goals = [
    ...rows
      .filter((r) => eps.find((e) => e.name === r.name)!.goal)
      .map((r) => ({
        goal: `${r.name}: p95 under ${GOALS.p95Ms} ms with ${CONNECTIONS} clients`,
        value: r.c50.latencyMs.p95,
        met: r.c50.latencyMs.p95 < GOALS.p95Ms && r.c50.errors === 0,
      })),
    ...rows.map((r) => ({
      goal: `${r.name}: API (1 client, p50) within ${GOALS.ratio}× of direct SQL`,
      value: r.apiOverSql,
      met: r.apiOverSql !== null && r.apiOverSql <= GOALS.ratio,
    })),
    {
      goal: `server memory under ${GOALS.memoryMb} MB`,
      value: round(peakRssMb, 0),
      met: peakRssMb < GOALS.memoryMb,
    },
    {
      goal: `server memory under ${GOALS.memoryMb} MB with node ${SMALL_HEAP.join(" ")}`,
      value: round(smallHeapPeakRssMb, 0),
      met: smallHeapPeakRssMb < GOALS.memoryMb,
    },
  ];

  const result = {
    date: new Date().toISOString(),
    dialect,
    machine: machine(),
    software: {
      node: process.version,
      database: `${dialect === "sqlite" ? "SQLite" : "PostgreSQL"} ${prepared.version}`,
    },
    settings: {
      connections: CONNECTIONS,
      seconds: SECONDS,
      load: TOOL,
      warmupSeconds: 3,
      singleClientSeconds: 5,
    },
    dataset: {
      municipalities: N,
      rows: prepared.counts,
      sizeMb: round(prepared.sizeBytes / 2 ** 20, 0),
      generation: prepared.generation,
      migrateSeconds: round(prepared.migrateSeconds, 1),
    },
    server: {
      startMs: round(server.startedMs, 0),
      overviewReadyMs: round(overviewColdMs, 0),
      planPagesWarmedMs: round(planWarmMs, 0),
      rssAfterOverviewMb,
      rssAfterPlansMb,
      peakRssMb: round(peakRssMb, 0),
      smallHeapFlags: SMALL_HEAP,
      smallHeapPeakRssMb: round(smallHeapPeakRssMb, 0),
      uncachedPeakRssMb: round(uncachedPeakRssMb, 0),
    },
    endpoints: rows,
    goals,
  };
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `${result.date.slice(0, 10)}-${dialect}.json`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(result, null, 2) + "\n");
  log(`${dialect}: written ${file}`);
  return result;
}

function machine() {
  const mem = /^MemTotal:\s+(\d+) kB/m.exec(readFileSync("/proc/meminfo", "utf8"));
  return {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGb: mem ? round(Number(mem[1]) / 2 ** 20, 1) : null,
    kernel: release(),
  };
}

const DESK = parseDeskOptions(args);
const NATIONAL = !args["desk-only"];

if (!args["prepare-only"] && NATIONAL) {
  log("start-up of the command line …");
  printStartup(measureStartup(Number(args["startup-runs"])));
}

for (const dialect of NATIONAL ? DIALECTS : []) {
  const r = await runDialect(dialect);
  if (!r) continue;
  console.log(`\n${dialect} — ${N} municipalities, ${CONNECTIONS} clients, ${TOOL}`);
  console.table(
    Object.fromEntries(
      r.endpoints.map((e) => [
        e.name,
        {
          "p50 ms": e.c50.latencyMs.p50,
          "p95 ms": e.c50.latencyMs.p95,
          "req/s": e.c50.throughput,
          "1 client p50 ms": e.c1?.latencyMs.p50 ?? null,
          "direct SQL ms": e.directSqlMs,
          "API/SQL": e.apiOverSql,
        },
      ]),
    ),
  );
  console.log(
    `peak RSS ${r.server.peakRssMb} MB; goals met ${r.goals.filter((g) => g.met).length}/${r.goals.length}`,
  );
}

if (!args["prepare-only"] && !args["skip-desk"]) {
  log("the support desk …");
  printDeskBench(await runDeskBench(DIALECTS, DESK));
}
