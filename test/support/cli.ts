import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/hyoka.js", import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `hyoka` as a user would, with the Node running the tests (24). Asynchronous: a synchronous spawn
 * would block the test worker, and vitest's own messages with it, for as long as the command runs.
 */
export function hyoka(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [BIN, ...args],
      { encoding: "utf8", maxBuffer: 64 << 20, env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    ),
  );
}
