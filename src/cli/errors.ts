// How the command line reports what went wrong.

import { Problem } from "../services/problem.ts";

/** Input the command cannot take: Hyoka's one error type, its message for the user. */
export const usageError = (message: string) => new Problem(400, "bad_parameter", message);

/** Reports bad input (naming the option) and sets exit code 1, without throwing. */
export function fail(message: string): void {
  console.error(`エラー: ${message}`);
  process.exitCode = 1;
}
