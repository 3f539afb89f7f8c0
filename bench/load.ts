// Closed-loop HTTP load: C connections, each sending the next request as soon as the last is answered,
// for D seconds, each request's path drawn at random from a list. wrk when it is installed (C, one
// thread: it leaves the server the most CPU); otherwise a small generator on Node's fetch.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface LoadResult {
  tool: "wrk" | "node";
  connections: number;
  seconds: number;
  requests: number;
  /** Requests per second. */
  throughput: number;
  /** Non-2xx answers, connection errors and timeouts. */
  errors: number;
  latencyMs: { p50: number; p90: number; p95: number; p99: number; max: number; mean: number };
}

export function hasWrk(): boolean {
  try {
    execFileSync("wrk", ["--version"], { stdio: "ignore" });
    return true;
  } catch (e) {
    // wrk --version prints its banner and exits 1.
    return (e as { status?: number }).status === 1;
  }
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export async function load(
  base: string,
  paths: readonly string[],
  opts: { connections: number; seconds: number; tool: "wrk" | "node" },
): Promise<LoadResult> {
  return opts.tool === "wrk" ? wrk(base, paths, opts) : nodeLoad(base, paths, opts);
}

function wrk(
  base: string,
  paths: readonly string[],
  opts: { connections: number; seconds: number },
): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), "hyoka-bench-"));
  const script = join(dir, "paths.lua");
  const list = paths.map((p) => `  ${JSON.stringify(encodeURI(p))},`).join("\n");
  writeFileSync(
    script,
    `local paths = {\n${list}\n}
local n = #paths
math.randomseed(20261124)
request = function()
  return wrk.format("GET", paths[math.random(n)])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT {\\"requests\\":%d,\\"durationUs\\":%d,\\"errors\\":%d,\\"p50\\":%d,\\"p90\\":%d,\\"p95\\":%d,\\"p99\\":%d,\\"max\\":%d,\\"mean\\":%f}\\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end
`,
  );
  const args = ["-t1", `-c${opts.connections}`, `-d${opts.seconds}s`, "--timeout", "30s", "-s", script, base];
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", () => {
      rmSync(dir, { recursive: true, force: true });
      const line = out.split("\n").find((l) => l.startsWith("RESULT "));
      if (!line) return reject(new Error(`wrk gave no result:\n${out}`));
      const r = JSON.parse(line.slice("RESULT ".length)) as Record<string, number>;
      const seconds = r.durationUs! / 1e6;
      resolve({
        tool: "wrk",
        connections: opts.connections,
        seconds: round(seconds),
        requests: r.requests!,
        throughput: round(r.requests! / seconds),
        errors: r.errors!,
        latencyMs: {
          p50: round(r.p50! / 1000),
          p90: round(r.p90! / 1000),
          p95: round(r.p95! / 1000),
          p99: round(r.p99! / 1000),
          max: round(r.max! / 1000),
          mean: round(r.mean! / 1000),
        },
      });
    });
  });
}

async function nodeLoad(
  base: string,
  paths: readonly string[],
  opts: { connections: number; seconds: number },
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let seed = 20261124;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return paths[seed % paths.length]!;
  };
  const started = performance.now();
  const deadline = started + opts.seconds * 1000;
  const client = async () => {
    while (performance.now() < deadline) {
      const t = performance.now();
      try {
        const res = await fetch(new URL(encodeURI(next()), base));
        await res.arrayBuffer();
        if (!res.ok) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    tool: "node",
    connections: opts.connections,
    seconds: round(seconds),
    requests: latencies.length,
    throughput: round(latencies.length / seconds),
    errors,
    latencyMs: {
      p50: round(at(0.5)),
      p90: round(at(0.9)),
      p95: round(at(0.95)),
      p99: round(at(0.99)),
      max: round(latencies.at(-1) ?? 0),
      mean: round(latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length)),
    },
  };
}
