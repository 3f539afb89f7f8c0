// Small pieces every route module shares: reading ids, query parameters and JSON bodies (each refusal a
// 400 naming the parameter at fault) and naming a downloaded file.
import type { Context, MiddlewareHandler } from "hono";
import { z } from "zod";
import { MAX_ID, parseId } from "../db/limits.ts";
import { badParameter, refuseNul, withoutNul } from "./contract.ts";

export { badParameter, withoutNul };

const decoded = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** Middleware: no NUL in the URL's path (parameter "path") nor in any query parameter's name or value. */
export const urlWithoutNul: MiddlewareHandler = async (c, next) => {
  withoutNul("path", decoded(new URL(c.req.url).pathname));
  for (const [name, values] of Object.entries(c.req.queries())) {
    withoutNul("query", name);
    for (const v of values) withoutNul(name, v);
  }
  await next();
};

/** zod's own messages in Japanese (a body's field of the wrong kind). */
const JAPANESE = z.locales.ja();

/**
 * The JSON body read by a zod schema; a 400 naming the field at fault otherwise (not JSON, a value of
 * the wrong kind, text holding NUL).
 */
export async function body<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    throw badParameter("body", "本文は JSON で送ってください。");
  }
  const r = schema.safeParse(json, { error: JAPANESE.localeError });
  if (!r.success) {
    const issue = r.error.issues[0]!;
    const parameter = issue.path.join(".") || "body";
    throw badParameter(parameter, `「${parameter}」の値が正しくありません: ${issue.message}`);
  }
  // Read after the schema, which bounds how deep the value goes.
  refuseNul(r.data);
  return r.data;
}

/** An id parameter (a positive integer up to MAX_ID): undefined when absent, null when malformed. */
export function positiveInt(value: string | undefined): number | undefined | null {
  if (value === undefined || value === "") return undefined;
  return parseId(value);
}

/** A required id parameter; a 400 naming it (and what it is, when given) otherwise. */
export function requiredId(name: string, value: string | undefined, label?: string): number {
  const n = positiveInt(value);
  if (typeof n !== "number") {
    const what = label ? `${label}（${name}）` : `${name} `;
    throw badParameter(name, `${what}は ${MAX_ID} までの正の整数で指定してください: 「${value ?? ""}」`);
  }
  return n;
}

/** An optional id parameter: undefined when absent or empty, else as requiredId. */
export const optionalId = (name: string, value: string | undefined, label?: string) =>
  value === undefined || value === "" ? undefined : requiredId(name, value, label);

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
