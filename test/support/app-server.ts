/// <reference lib="dom" />
// Starts the built app as `npm start` does (serve on a fresh SQLite file, importing the examples on
// first start) and a headless Debian Chromium driven by playwright-core. Never downloads a browser.
// Every answer of /api/… the browser receives is checked against the OpenAPI document the server
// serves (test/support/contract.ts); the file fails at its end if any broke the contract.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, type Page, type Response, chromium } from "playwright-core";
import { afterAll, expect } from "vitest";
import { CHROMIUM, CHROMIUM_ARGS } from "../../src/reports/pdf.ts";
import { type Contract, type OpenApiDocument, contractOf } from "./contract.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const RESULTS_DIR = join(ROOT, "test-results");

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/** The running server's origin and its contract: what the browser's answers are checked against. */
let served: { origin: string; contract: Contract } | null = null;
/** Checks still reading an answer's body; awaited before the browser closes. */
const pending = new Set<Promise<void>>();
/** Answers whose JSON body could not be read (the page had moved on): counted, not checked. */
const unread: string[] = [];

function watchAnswer(res: Response) {
  if (!served) return;
  const url = new URL(res.url());
  if (url.origin !== served.origin || !url.pathname.startsWith("/api/")) return;
  const { contract } = served;
  const check = (async () => {
    const contentType = (await res.allHeaders())["content-type"] ?? null;
    const json = contentType !== null && /^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim());
    let body: string | null = null;
    if (json) {
      try {
        body = await res.text();
      } catch {
        unread.push(`${res.request().method()} ${url.pathname} → ${res.status()}`);
        return;
      }
    }
    contract.check({
      method: res.request().method(),
      url: res.url(),
      status: res.status(),
      contentType,
      body,
    });
  })();
  pending.add(check);
  void check.finally(() => pending.delete(check));
}

const watchContext = (context: BrowserContext) => {
  context.on("response", watchAnswer);
  return context;
};

afterAll(async () => {
  await Promise.allSettled([...pending]);
  if (unread.length) console.warn(`answers not checked (their body was gone): ${unread.join(", ")}`);
  expect(
    [...new Set(served?.contract.violations)],
    "answers the browser received that break the API's contract",
  ).toEqual([]);
});

/** A port nothing listens on now, as the system hands one out (a random pick could collide). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  if (!existsSync(join(ROOT, "web/dist/index.html")))
    throw new Error("web/dist is missing: run `npm run build` first");
  const dir = mkdtempSync(join(tmpdir(), "hyoka-e2e-"));
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(ROOT, "bin/hyoka.js"),
      "--db",
      `sqlite:${join(dir, "e2e.sqlite")}`,
      "serve",
      "--port",
      String(port),
    ],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } },
  );
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /起動しました: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  const origin = new URL(url).origin;
  const spec = await fetch(`${origin}/api/openapi.json`);
  if (spec.status !== 200) throw new Error(`GET /api/openapi.json answered ${spec.status}`);
  served = { origin, contract: contractOf((await spec.json()) as OpenApiDocument) };
  return {
    url,
    stop: async () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Chromium; every page and context it opens has its answers of /api/… checked against the contract. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  const newPage = browser.newPage.bind(browser);
  const close = browser.close.bind(browser);
  browser.newContext = async (...args) => watchContext(await newContext(...args));
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    watchContext(page.context());
    return page;
  };
  browser.close = async (...args) => {
    await Promise.allSettled([...pending]);
    return close(...args);
  };
  return browser;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical violations on the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy forbids inline scripts.
  await page.evaluate(`${AXE_SOURCE};0`);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
