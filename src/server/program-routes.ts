// Routes that correct which records are one program: merge another program into this one, or split
// off what one document states about it. Signed-in administrators and evaluators; the service checks
// rights and writes the audit trail. CSRF is checked for every state-changing request by the app.
import { createRoute } from "@hono/zod-openapi";
import type { Store } from "../db/connect.ts";
import { mergePrograms, splitProgram } from "../services/programs.ts";
import { SESSION, TAGS, errors, id, json, router, z } from "./contract.ts";
import { MergeProgramsBody, ProgramRef, SplitProgramBody } from "./schemas/programs.ts";

const mergeRoute = createRoute({
  method: "post",
  path: "/programs/{id}/merge",
  operationId: "mergePrograms",
  tags: [TAGS.programs.name],
  summary: "別の事業をこの事業に統合する",
  description:
    "別の事業（otherId）の出典・掲載・予算・評価をこの事業に移し、その事業をなくす。管理者と、両方の事業の計画の政策評価担当だけ。理由が要り、監査記録に残る。",
  security: SESSION,
  request: {
    params: z.object({ id: id("id", "残す事業のID") }),
    body: { required: true, content: { "application/json": { schema: MergeProgramsBody } } },
  },
  responses: {
    200: json(ProgramRef, "統合して残った事業"),
    ...errors(401, 403, 404, 422),
  },
});

const splitRoute = createRoute({
  method: "post",
  path: "/programs/{id}/split",
  operationId: "splitProgram",
  tags: [TAGS.programs.name],
  summary: "一つの資料の記載を新しい事業に分ける",
  description:
    "一つの資料（document: 資料のキー）がこの事業について記載したこと（出典・掲載・予算・評価）を新しい事業に移す。管理者と、その計画の政策評価担当だけ。理由が要り、監査記録に残る。",
  security: SESSION,
  request: {
    params: z.object({ id: id("id", "事業のID") }),
    body: { required: true, content: { "application/json": { schema: SplitProgramBody } } },
  },
  responses: {
    201: json(ProgramRef, "分割でできた事業"),
    ...errors(401, 403, 404, 422),
  },
});

export function programRoutes(store: Store) {
  const { db } = store;
  const r = router();

  r.openapi(mergeRoute, async (c) => {
    const { id: keepId } = c.req.valid("param");
    const { otherId, reason } = c.req.valid("json");
    return c.json(await mergePrograms(db, c.get("principal"), { keepId, otherId, reason }), 200);
  });
  r.openapi(splitRoute, async (c) => {
    const { id: programId } = c.req.valid("param");
    const { document, reason } = c.req.valid("json");
    return c.json(
      await splitProgram(db, c.get("principal"), { programId, documentKey: document, reason }),
      201,
    );
  });
  return r;
}
