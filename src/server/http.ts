// Small HTTP pieces the route modules share: no NUL anywhere in a URL, and naming a downloaded file.
import type { MiddlewareHandler } from "hono";
import { withoutNul } from "./contract.ts";

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

/** attachment; filename="…" with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function disposition(fileName: string, inline = false): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
