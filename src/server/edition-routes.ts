// Published editions over HTTP, mounted under /api; public like every published figure:
//   GET /nodes/{id}/editions                                 a measure's 基本評価調書, every year and revision
//   GET /nodes/{id}/editions/compare?from=&to=               two years side by side (default: newest and the one before)
//   GET /programs/{id}/editions?plan=&node=                  the editions of a document the program is listed in
//   GET /programs/{id}/editions/compare?plan=&node=&from=&to=  the program's rows in two years of that document
// Years are western (2023) or 和暦 (R5, 令和5年度). A malformed parameter is a 400 naming it; an unknown
// measure, program, document or year a 404 (both as the shared Problem).
import { createRoute } from "@hono/zod-openapi";
import type { Store } from "../db/connect.ts";
import { parseReportYear } from "../reports/reports.ts";
import {
  compareNodeEditions,
  compareProgramEditions,
  nodeEditions,
  programEditions,
} from "../views/editions.ts";
import { PUBLIC, TAGS, errors, id, json, optionalId, optionalParsed, router, z } from "./contract.ts";
import { EditionComparison, EditionList } from "./schemas/editions.ts";

const year = (name: "from" | "to", what: string, byDefault: string) =>
  optionalParsed(
    parseReportYear,
    `${what}（${name}）は西暦4桁または和暦（例: 2023、R5）で指定してください`,
  ).openapi({
    description: `${what}（西暦4桁、または R5・令和5年度などの和暦）。既定は${byDefault}`,
    example: "R5",
  });

const years = {
  from: year("from", "比べる前の年度", " to より前の最新の年度"),
  to: year("to", "比べる後の年度", "最新の年度"),
};

const documentChoice = {
  plan: optionalParsed(
    (v) => (v.length <= 200 ? v : null),
    "計画のキー（plan）は200文字以内で指定してください",
  ).openapi({
    description: "計画のキー（事業が複数の計画の資料に載っているとき、その一つを選ぶ）",
    maxLength: 200,
  }),
  node: optionalId("node", "施策のID").openapi({
    description: "施策のID（事業が複数の施策の基本評価調書に載っているとき、その一つを選ぶ）",
  }),
};

const nodeId = z.object({ id: id("id", "施策等のID") });
const programId = z.object({ id: id("id", "事業のID") });

const nodeEditionsRoute = createRoute({
  method: "get",
  path: "/nodes/{id}/editions",
  operationId: "getNodeEditions",
  tags: [TAGS.editions.name],
  summary: "施策の公表済みの版",
  description:
    "施策の基本評価調書の、公表したすべての年度と版（版数・公表元・公表者・訂正の理由・差し替え）。",
  security: PUBLIC,
  request: { params: nodeId },
  responses: { 200: json(EditionList, "施策の基本評価調書の版"), ...errors(404) },
});

const compareNodeRoute = createRoute({
  method: "get",
  path: "/nodes/{id}/editions/compare",
  operationId: "compareNodeEditions",
  tags: [TAGS.editions.name],
  summary: "施策の二つの年度の版の比較",
  description:
    "施策の基本評価調書の二つの年度の版を、行ごとに（記載・成果指標・評価・事務事業）変わらない・変わった・追加・削除で比べる。" +
    "年度がない・比べられる版が二つないときは 404（parameter に from か to）。",
  security: PUBLIC,
  request: { params: nodeId, query: z.object(years) },
  responses: { 200: json(EditionComparison, "二つの年度の版の比較"), ...errors(404) },
});

const programEditionsRoute = createRoute({
  method: "get",
  path: "/programs/{id}/editions",
  operationId: "getProgramEditions",
  tags: [TAGS.editions.name],
  summary: "事業が載っている資料の公表済みの版",
  description: "事業が載っている公表済みの資料と、その一つ（plan・node で選ぶ。既定は最初の資料）の版。",
  security: PUBLIC,
  request: { params: programId, query: z.object(documentChoice) },
  responses: { 200: json(EditionList, "事業が載っている資料とその版"), ...errors(404) },
});

const compareProgramRoute = createRoute({
  method: "get",
  path: "/programs/{id}/editions/compare",
  operationId: "compareProgramEditions",
  tags: [TAGS.editions.name],
  summary: "事業の行の二つの年度の版の比較",
  description:
    "事業が載っている資料（plan・node で選ぶ）の二つの年度の版で、事業の行（予算・決算・人工・対応方針・実績・内容など）を比べる。",
  security: PUBLIC,
  request: { params: programId, query: z.object({ ...documentChoice, ...years }) },
  responses: { 200: json(EditionComparison, "事業の行の二つの年度の版の比較"), ...errors(404) },
});

export function editionRoutes(store: Store) {
  const { db } = store;
  const r = router();

  r.openapi(nodeEditionsRoute, async (c) => c.json(await nodeEditions(db, c.req.valid("param").id), 200));
  r.openapi(compareNodeRoute, async (c) =>
    c.json(await compareNodeEditions(db, c.req.valid("param").id, c.req.valid("query")), 200),
  );
  r.openapi(programEditionsRoute, async (c) =>
    c.json(await programEditions(db, c.req.valid("param").id, c.req.valid("query")), 200),
  );
  r.openapi(compareProgramRoute, async (c) => {
    const q = c.req.valid("query");
    return c.json(await compareProgramEditions(db, c.req.valid("param").id, q, q), 200);
  });
  return r;
}
