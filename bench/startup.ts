// Start-up of the command line: wall time of `hyoka --help`, and of `hyoka import` of one seed document
// (examples/hokkaido/000_…, a 基本評価調書) into a fresh SQLite file, each run as a new process the way a
// user runs it. One warm-up run, then the median (and range) of --runs runs.
//
//   node bench/startup.ts [--runs 9]        (also the first part of `npm run bench`)
//
// Results go to bench/results/<date>-startup.json.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { median } from "./direct-sql.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const BIN = join(ROOT, "bin/hyoka.js");
const SEEDS = join(ROOT, "examples/hokkaido");
const RESULTS = join(ROOT, "bench/results");

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

/** Runs `hyoka <args>` once; its wall time in milliseconds. A failed run stops the benchmark. */
function timeOnce(args: string[]): number {
  const t = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`hyoka ${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  return ms;
}

function timing(runs: number, argsOf: () => string[]): Timing {
  timeOnce(argsOf());
  const ms = Array.from({ length: runs }, () => timeOnce(argsOf()));
  const round = (x: number) => Math.round(x);
  return { medianMs: round(median(ms)), minMs: round(Math.min(...ms)), maxMs: round(Math.max(...ms)), runs };
}

/** Measures both commands, writes bench/results/<date>-startup.json and returns what it wrote. */
export function measureStartup(runs: number) {
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs: a positive integer");
  const seed = readdirSync(SEEDS)
    .filter((f) => f.startsWith("000_") && f.endsWith(".txt"))
    .map((f) => join(SEEDS, f))[0]!;
  const dir = mkdtempSync(join(tmpdir(), "hyoka-bench-startup-"));
  let n = 0;
  try {
    const result = {
      date: new Date().toISOString(),
      machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version },
      // bin/hyoka.js turns Node's compile cache on unless this is set.
      compileCache: process.env.NODE_DISABLE_COMPILE_CACHE ? "off" : "on",
      help: timing(runs, () => ["--help"]),
      importSeed: {
        seed: seed.slice(ROOT.length),
        ...timing(runs, () => ["--db", `sqlite:${join(dir, `run-${n++}.sqlite`)}`, "import", seed]),
      },
    };
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(
      join(RESULTS, `${result.date.slice(0, 10)}-startup.json`),
      JSON.stringify(result, null, 2) + "\n",
    );
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printStartup(r: ReturnType<typeof measureStartup>): void {
  console.log(`\nstart-up — median of ${r.help.runs} runs (min–max)`);
  console.table({
    "hyoka --help": { "median ms": r.help.medianMs, "min ms": r.help.minMs, "max ms": r.help.maxMs },
    "hyoka import <seed 000>, fresh SQLite": {
      "median ms": r.importSeed.medianMs,
      "min ms": r.importSeed.minMs,
      "max ms": r.importSeed.maxMs,
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "9" } } });
  printStartup(measureStartup(Number(values.runs)));
}
