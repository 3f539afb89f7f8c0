// Routes that correct which records are one program: merge another program into this one, or split
// off what one document states about it. Signed-in administrators and evaluators; the service checks
// rights and writes the audit trail. CSRF is checked for every state-changing request by the app.
import { type Context, Hono } from "hono";
import { z } from "zod";
import type { Store } from "../db/connect.ts";
import { MAX_ID } from "../db/limits.ts";
import { mergePrograms, splitProgram } from "../services/programs.ts";
import { body, requiredId } from "./http.ts";
import type { WorkEnv } from "./work-routes.ts";

export function programRoutes(store: Store) {
  const { db } = store;
  const r = new Hono<WorkEnv>();
  const who = (c: Context<WorkEnv>) => c.get("principal");

  r.post("/programs/:id/merge", async (c) => {
    const keepId = requiredId("id", c.req.param("id"));
    const input = await body(
      c,
      z.object({ otherId: z.number().int().min(1).max(MAX_ID), reason: z.string() }),
    );
    return c.json(await mergePrograms(db, who(c), { keepId, ...input }));
  });
  r.post("/programs/:id/split", async (c) => {
    const programId = requiredId("id", c.req.param("id"));
    const input = await body(c, z.object({ document: z.string(), reason: z.string() }));
    return c.json(
      await splitProgram(db, who(c), { programId, documentKey: input.document, reason: input.reason }),
      201,
    );
  });
  return r;
}
