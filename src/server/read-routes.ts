// The public read routes, mounted under /api: every plan at a glance, a plan's tree, a measure, an
// indicator, a program, the departments, search and the findings of `hyoka check`. Read-only and open to
// everyone; each route declares its parameters and answer, and calls one read model.
import { createRoute } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import type { Store } from "../db/connect.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { checkData } from "../evaluation/check.ts";
import { Problem } from "../services/problem.ts";
import { indicatorDetail } from "../views/indicator-detail.ts";
import { nodeDetail } from "../views/node-detail.ts";
import { overviewJson, planDetailJson } from "../views/plans.ts";
import { departmentDetail, departmentList, programDetail } from "../views/programs.ts";
import { SEARCH_TYPES, search } from "../views/search.ts";
import { PUBLIC, TAGS, errors, id, json, optionalId, planKey, router, z } from "./contract.ts";
import {
  CheckResult,
  DepartmentDetail,
  DepartmentList,
  IndicatorDetail,
  NodeDetail,
  Overview,
  PlanDetail,
  ProgramDetail,
  SearchResult,
} from "./schemas/read.ts";

const notFound = (what: string) => new Problem(404, "not_found", `${what}が見つかりません。`);

/** JSON the read model serialized (and keeps) itself, typed as the answer it holds. */
const serialized = <T>(c: Context, bytes: Uint8Array<ArrayBuffer>) =>
  c.body(bytes, 200, { "Content-Type": "application/json" }) as unknown as Response &
    TypedResponse<T, 200, "json">;

const read = <P extends string, S extends z.ZodType, R extends { params?: z.ZodObject; query?: z.ZodObject }>(
  path: P,
  operationId: string,
  summary: string,
  answer: S,
  request: R = {} as R,
) =>
  createRoute({
    method: "get",
    path,
    operationId,
    summary,
    tags: [TAGS.public.name],
    security: PUBLIC,
    request,
    responses: { 200: json(answer, summary), ...(request.params ? errors(404) : errors()) },
  });

const idOf = (label: string) => z.object({ id: id("id", label) });

const searchQuery = z.object({
  q: z.string().max(100, { error: "検索語（q）は100文字以内で指定してください。" }).optional(),
  type: z
    .preprocess(
      (v) => (v === "" ? undefined : v),
      z
        .enum(SEARCH_TYPES, {
          error: (i) => `種類（type）は ${SEARCH_TYPES.join(" / ")} のいずれかです: 「${String(i.input)}」`,
        })
        .optional(),
    )
    .openapi({ description: "種類" }),
  grade: z.string().max(20).optional().openapi({ description: "判定（Ａ など）" }),
  department: optionalId("department", "担当課のID"),
  plan: z.string().max(200).optional().openapi({ description: "計画のキー" }),
  year: z
    .string()
    .regex(/^((19|20|21)\d{2})?$/, {
      error: (i) => `年度（year）は西暦4桁で指定してください: 「${String(i.input)}」`,
    })
    .optional()
    .openapi({ description: "年度（西暦4桁）" }),
});

export function readRoutes(store: Store, profiles: ReadonlyMap<string, RuleProfile>) {
  const { db } = store;
  const r = router();

  // The overview and a plan's tree are costly at national scale: kept, as JSON, until the data changes.
  r.openapi(
    read(
      "/overview",
      "getOverview",
      "すべての計画: 判定ごとの指標数、年度ごとの予算、遅れている指標",
      Overview,
    ),
    async (c) => serialized<z.infer<typeof Overview>>(c, await overviewJson(db, profiles)),
  );
  r.openapi(
    read("/plans/{key}", "getPlan", "計画とその体系: ノードごとの判定・総合判定・予算", PlanDetail, {
      params: z.object({ key: planKey }),
    }),
    async (c) => {
      const { key } = c.req.valid("param");
      const bytes = await planDetailJson(db, profiles, key);
      if (!bytes) throw notFound(`計画「${key}」`);
      return serialized<z.infer<typeof PlanDetail>>(c, bytes);
    },
  );
  r.openapi(
    read("/nodes/{id}", "getNode", "施策等: 指標・記載・評価・事業と予算・合計", NodeDetail, {
      params: idOf("ノードのID"),
    }),
    async (c) => {
      const r = await nodeDetail(db, profiles, c.req.valid("param").id);
      if (!r) throw notFound("施策等");
      return c.json(r, 200);
    },
  );
  r.openapi(
    read(
      "/indicators/{id}",
      "getIndicator",
      "指標: すべての観測、計画ごとの目標と率、見通し",
      IndicatorDetail,
      {
        params: idOf("指標のID"),
      },
    ),
    async (c) => {
      const r = await indicatorDetail(db, profiles, c.req.valid("param").id);
      if (!r) throw notFound("指標");
      return c.json(r, 200);
    },
  );
  r.openapi(
    read("/programs/{id}", "getProgram", "事業: 年度ごとの予算、載っているすべてのノード", ProgramDetail, {
      params: idOf("事業のID"),
    }),
    async (c) => {
      const r = await programDetail(db, c.req.valid("param").id);
      if (!r) throw notFound("事業");
      return c.json(r, 200);
    },
  );
  r.openapi(read("/departments", "listDepartments", "担当課の一覧", DepartmentList), async (c) =>
    c.json(await departmentList(db), 200),
  );
  r.openapi(
    read("/departments/{id}", "getDepartment", "担当課と、その受け持つ施策と事業", DepartmentDetail, {
      params: idOf("担当課のID"),
    }),
    async (c) => {
      const r = await departmentDetail(db, c.req.valid("param").id);
      if (!r) throw notFound("担当課");
      return c.json(r, 200);
    },
  );
  r.openapi(
    read("/search", "search", "検索（全角・半角を区別しない）", SearchResult, { query: searchQuery }),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(
        await search(db, profiles, {
          q: q.q ?? "",
          ...(q.type ? { type: q.type } : {}),
          ...(q.grade ? { grade: q.grade } : {}),
          ...(q.department !== undefined ? { departmentId: q.department } : {}),
          ...(q.plan ? { planKey: q.plan } : {}),
          ...(q.year ? { year: Number(q.year) } : {}),
        }),
        200,
      );
    },
  );
  r.openapi(
    read("/check", "check", "hyoka check の結果: データの食い違いと知っておくとよいこと", CheckResult),
    async (c) => c.json({ findings: await checkData(db, profiles) }, 200),
  );
  return r;
}
