import { serve as serveNode } from "@hono/node-server";
import type { Store } from "../db/connect.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { viewCacheEnabled } from "../views/cache.ts";
import { overviewJson } from "../views/plans.ts";
import { createApp } from "./app.ts";

/** Starts listening; resolves to the address users open. */
export function serve(
  store: Store,
  profiles: ReadonlyMap<string, RuleProfile>,
  opts: { port: number; host: string },
): Promise<string> {
  const app = createApp(store, profiles);
  return new Promise((resolve) => {
    serveNode({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
      resolve(`http://${opts.host === "0.0.0.0" ? "localhost" : opts.host}:${info.port}/`);
      // A national store's overview takes tens of seconds to compute: begin before the first visitor
      // asks (requests are answered in between).
      if (viewCacheEnabled()) overviewJson(store.db, profiles).catch((e: unknown) => console.error(e));
    });
  });
}
