// Small pieces every route module shares: reading integer and query parameters and naming a downloaded file.
import type { Context } from "hono";
import type { z } from "zod";
import { Problem } from "../services/problem.ts";

/** A positive integer parameter: undefined when absent, null when malformed. */
export function positiveInt(value: string | undefined): number | undefined | null {
  if (value === undefined || value === "") return undefined;
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/** The one answer to a parameter that cannot be read: 400 `bad_parameter`, naming it. */
export const badParameter = (name: string, message: string) =>
  new Problem(400, "bad_parameter", message, { parameter: name });

/** An optional positive integer parameter (`what` names it for people: 担当課のID); a 400 when malformed. */
export function optionalId(name: string, value: string | undefined, what?: string): number | undefined {
  const n = positiveInt(value);
  if (n === null)
    throw badParameter(
      name,
      `${what ? `${what}（${name}）` : name} は正の整数で指定してください: 「${value}」`,
    );
  return n;
}

/** A required positive integer parameter; a 400 naming it otherwise. */
export function requiredId(name: string, value: string | undefined, what?: string): number {
  const n = optionalId(name, value, what);
  if (n === undefined)
    throw badParameter(name, `${what ? `${what}（${name}）` : name} は正の整数で指定してください: 「」`);
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
  throw badParameter(parameter, issue.message);
}

/** attachment; filename="…" with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function disposition(fileName: string, inline = false): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
