// The HTTP application: a read-only JSON API under /api, and the built web UI. Each route reads its
// parameters, calls one read model, and answers; errors are JSON with a stable code and a Japanese
// message. Routes are per resource, so that permissions can be added per route without reshaping them.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import type { Store } from "../db/connect.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { checkData } from "../evaluation/check.ts";
import { indicatorDetail } from "../views/indicator-detail.ts";
import { nodeDetail } from "../views/node-detail.ts";
import { overviewJson, planDetailJson } from "../views/plans.ts";
import { departmentDetail, departmentList, programDetail } from "../views/programs.ts";
import { SEARCH_TYPES, type SearchType, search } from "../views/search.ts";
import type { ApiError } from "./api-types.ts";
import { OPENAPI } from "./openapi.ts";

export const WEB_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

class BadParameter extends Error {
  readonly parameter: string;
  constructor(parameter: string, message: string) {
    super(message);
    this.parameter = parameter;
  }
}

function positiveInt(name: string, value: string | undefined, what: string): number | undefined {
  if (value === undefined || value === "") return undefined;
  if (!/^[1-9]\d{0,9}$/.test(value))
    throw new BadParameter(name, `${what}（${name}）は正の整数で指定してください: 「${value}」`);
  return Number(value);
}

/** JSON the read model serialized (and keeps) itself. */
const jsonBytes = (c: Context, body: Uint8Array<ArrayBuffer>) =>
  c.body(body, 200, { "Content-Type": "application/json" });

const notFound = (c: Context, what: string) =>
  c.json<ApiError>({ code: "not_found", message: `${what}が見つかりません。` }, 404);

export function createApp(store: Store, profiles: ReadonlyMap<string, RuleProfile>): Hono {
  const { db } = store;
  const app = new Hono();
  const api = new Hono();

  api.get("/openapi.json", (c) => c.json(OPENAPI));
  // The overview and a plan's tree are costly at national scale: kept, as JSON, until the data changes.
  api.get("/overview", async (c) => jsonBytes(c, await overviewJson(db, profiles)));
  api.get("/plans/:key", async (c) => {
    const r = await planDetailJson(db, profiles, c.req.param("key"));
    return r ? jsonBytes(c, r) : notFound(c, `計画「${c.req.param("key")}」`);
  });
  api.get("/nodes/:id", async (c) => {
    const r = await nodeDetail(db, profiles, positiveInt("id", c.req.param("id"), "ノードのID")!);
    return r ? c.json(r) : notFound(c, "施策等");
  });
  api.get("/indicators/:id", async (c) => {
    const r = await indicatorDetail(db, profiles, positiveInt("id", c.req.param("id"), "指標のID")!);
    return r ? c.json(r) : notFound(c, "指標");
  });
  api.get("/programs/:id", async (c) => {
    const r = await programDetail(db, positiveInt("id", c.req.param("id"), "事業のID")!);
    return r ? c.json(r) : notFound(c, "事業");
  });
  api.get("/departments", async (c) => c.json(await departmentList(db)));
  api.get("/departments/:id", async (c) => {
    const r = await departmentDetail(db, positiveInt("id", c.req.param("id"), "担当課のID")!);
    return r ? c.json(r) : notFound(c, "担当課");
  });
  api.get("/search", async (c) => {
    const q = c.req.query("q") ?? "";
    if (q.length > 100) throw new BadParameter("q", "検索語（q）は100文字以内で指定してください。");
    const type = c.req.query("type") || undefined;
    if (type !== undefined && !SEARCH_TYPES.includes(type as SearchType)) {
      throw new BadParameter(
        "type",
        `種類（type）は ${SEARCH_TYPES.join(" / ")} のいずれかです: 「${type}」`,
      );
    }
    const yearText = c.req.query("year") || undefined;
    if (yearText !== undefined && !/^(19|20|21)\d{2}$/.test(yearText)) {
      throw new BadParameter("year", `年度（year）は西暦4桁で指定してください: 「${yearText}」`);
    }
    const departmentId = positiveInt("department", c.req.query("department"), "担当課のID");
    const grade = c.req.query("grade") || undefined;
    const planKey = c.req.query("plan") || undefined;
    return c.json(
      await search(db, profiles, {
        q,
        ...(type ? { type: type as SearchType } : {}),
        ...(grade ? { grade } : {}),
        ...(departmentId !== undefined ? { departmentId } : {}),
        ...(planKey ? { planKey } : {}),
        ...(yearText ? { year: Number(yearText) } : {}),
      }),
    );
  });
  api.get("/check", async (c) => c.json({ findings: await checkData(db, profiles) }));
  api.all("*", (c) =>
    c.json<ApiError>(
      { code: "not_found", message: "APIにそのパスはありません。/api/openapi.json を参照してください。" },
      404,
    ),
  );

  app.route("/api", api);
  app.onError((err, c) => {
    if (err instanceof BadParameter) {
      return c.json<ApiError>({ code: "bad_parameter", message: err.message, parameter: err.parameter }, 400);
    }
    console.error(err);
    return c.json<ApiError>(
      { code: "internal_error", message: "内部エラーが発生しました。時間をおいて再度お試しください。" },
      500,
    );
  });

  // The web UI: built files, and index.html for every other path (the UI routes in the browser).
  if (existsSync(`${WEB_DIST}index.html`)) {
    app.use("/*", serveStatic({ root: WEB_DIST }));
    const index = readFileSync(`${WEB_DIST}index.html`, "utf8");
    app.get("*", (c) => c.html(index));
  } else {
    app.get("/", (c) =>
      c.text(
        "Web UI はまだビルドされていません。npm run build を実行してから起動してください（npm start は自動でビルドします）。",
        503,
      ),
    );
  }
  return app;
}
