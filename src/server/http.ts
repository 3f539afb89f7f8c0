// Small pieces every route module shares: reading integer and query parameters and naming a downloaded file.
import type { Context } from "hono";
import type { z } from "zod";
import { Problem } from "../services/problem.ts";

/** A positive integer parameter: undefined when absent, null when malformed. */
export function positiveInt(value: string | undefined): number | undefined | null {
  if (value === undefined || value === "") return undefined;
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/** A required positive integer parameter; a 400 naming it otherwise. */
export function requiredId(name: string, value: string | undefined): number {
  const n = positiveInt(value);
  if (typeof n !== "number") {
    throw new Problem(400, "bad_parameter", `${name} は正の整数で指定してください: 「${value ?? ""}」`, {
      parameter: name,
    });
  }
  return n;
}

/**
 * The query parameters read by a zod schema whose messages are the user's (Japanese); a 400 naming the
 * first parameter at fault otherwise.
 */
export function queryParams<T>(c: Context, schema: z.ZodType<T>): T {
  const r = schema.safeParse(c.req.query());
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const parameter = issue.path.join(".") || "query";
  throw new Problem(400, "bad_parameter", issue.message, { parameter });
}

/** attachment; filename="…" with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function disposition(fileName: string, inline = false): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
