// Published editions over HTTP, mounted under /api; public like every published figure:
//   GET /nodes/{id}/editions                                 a measure's 基本評価調書, every year and revision
//   GET /nodes/{id}/editions/compare?from=&to=               two years side by side (default: newest and the one before)
//   GET /programs/{id}/editions?plan=&node=                  the editions of a document the program is listed in
//   GET /programs/{id}/editions/compare?plan=&node=&from=&to=  the program's rows in two years of that document
// Years are western (2023) or 和暦 (R5, 令和5年度). A malformed parameter is a 400 naming it; an unknown
// measure, program, document or year a 404 (both as the shared Problem).
import { type Context, Hono } from "hono";
import { z } from "zod";
import type { Store } from "../db/connect.ts";
import { MAX_ID, parseId } from "../db/limits.ts";
import { parseReportYear } from "../reports/reports.ts";
import {
  compareNodeEditions,
  compareProgramEditions,
  nodeEditions,
  programEditions,
} from "../views/editions.ts";
import { queryParams, requiredId } from "./http.ts";
import type { WorkEnv } from "./work-routes.ts";

/** An optional query parameter: absent or empty is undefined, anything else must parse. */
const optional = <T>(parse: (v: string) => T | null, expected: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx): T | undefined => {
      if (v === undefined || v === "") return undefined;
      const parsed = parse(v);
      if (parsed !== null) return parsed;
      ctx.addIssue({ code: "custom", message: `${expected}: 「${v}」` });
      return z.NEVER;
    });

const year = (name: "from" | "to", what: string) =>
  optional(parseReportYear, `${what}（${name}）は西暦4桁または和暦（例: 2023、R5）で指定してください`);

const years = z.object({
  from: year("from", "比べる前の年度"),
  to: year("to", "比べる後の年度"),
});

const documentChoice = z.object({
  plan: optional((v) => (v.length <= 200 ? v : null), "計画のキー（plan）は200文字以内で指定してください"),
  node: optional(parseId, `施策のID（node）は ${MAX_ID} までの正の整数で指定してください`),
});

export function editionRoutes(store: Store) {
  const { db } = store;
  const r = new Hono<WorkEnv>();
  const id = (c: Context) => requiredId("id", c.req.param("id"));

  r.get("/nodes/:id/editions", async (c) => c.json(await nodeEditions(db, id(c))));
  r.get("/nodes/:id/editions/compare", async (c) => {
    const nodeId = id(c);
    return c.json(await compareNodeEditions(db, nodeId, queryParams(c, years)));
  });
  r.get("/programs/:id/editions", async (c) => {
    const programId = id(c);
    return c.json(await programEditions(db, programId, queryParams(c, documentChoice)));
  });
  r.get("/programs/:id/editions/compare", async (c) => {
    const programId = id(c);
    const q = queryParams(c, documentChoice.extend(years.shape));
    return c.json(await compareProgramEditions(db, programId, q, q));
  });
  return r;
}
