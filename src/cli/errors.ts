// How the command line reports what went wrong.

/** An error whose message is for the user; anything else is a bug and is reported as one. */
export class UserError extends Error {}

/** Reports bad input (naming the option) and sets exit code 1, without throwing. */
export function fail(message: string): void {
  console.error(`エラー: ${message}`);
  process.exitCode = 1;
}
