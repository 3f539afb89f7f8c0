// The HTTP application: a read-only JSON API under /api, and the built web UI. Each route reads its
// parameters, calls one read model, and answers; errors are JSON with a stable code and a Japanese
// message. Routes are per resource, so that permissions can be added per route without reshaping them.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { compress } from "hono/compress";
import { type Context, Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { type AuthOptions, CLIENT_IP_HEADER, createAuth, principalOf } from "../auth/auth.ts";
import type { Store } from "../db/connect.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { checkData } from "../evaluation/check.ts";
import { indicatorDetail } from "../views/indicator-detail.ts";
import { nodeDetail } from "../views/node-detail.ts";
import { overviewJson, planDetailJson } from "../views/plans.ts";
import { departmentDetail, departmentList, programDetail } from "../views/programs.ts";
import { SEARCH_TYPES, type SearchType, search } from "../views/search.ts";
import { Problem } from "../services/problem.ts";
import type { ApiError } from "./api-types.ts";
import { editionRoutes } from "./edition-routes.ts";
import { badParameter, optionalId, requiredId, urlWithoutNul } from "./http.ts";
import { OPENAPI } from "./openapi.ts";
import { programRoutes } from "./program-routes.ts";
import { reportRoutes } from "./report-routes.ts";
import { workbookRoutes } from "./workbook-routes.ts";
import { type WorkEnv, workRoutes } from "./work-routes.ts";

export const WEB_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/** JSON the read model serialized (and keeps) itself. */
const jsonBytes = (c: Context, body: Uint8Array<ArrayBuffer>) =>
  c.body(body, 200, { "Content-Type": "application/json" });

const notFound = (c: Context, what: string) =>
  c.json<ApiError>({ code: "not_found", message: `${what}が見つかりません。` }, 404);

/** The peer's address: from the socket when served by Node, "unknown" in tests that call fetch directly. */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    return "unknown";
  }
}

/**
 * better-auth sends a sign-in's callbackURL back as the Location header: one that no header can hold
 * (a space, a character beyond ASCII) would fail inside it. A URL is ASCII (the rest %-encoded): a 400.
 */
async function checkCallbackUrl(c: Context) {
  if (c.req.method !== "POST") return;
  const sent: unknown = await c.req.raw
    .clone()
    .json()
    .catch(() => null);
  const url = (sent as { callbackURL?: unknown } | null)?.callbackURL;
  if (typeof url === "string" && !/^[\x21-\x7e]*$/.test(url)) {
    throw badParameter(
      "callbackURL",
      `callbackURL は空白のない URL（ASCII 以外の文字は % でエンコード）で指定してください: 「${url}」`,
    );
  }
}

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * CSRF: a state-changing request must come from this site's own pages: its Origin (or, without one,
 * Sec-Fetch-Site) must name the host the request was sent to. Cross-site forms and scripts fail here.
 */
function sameOrigin(c: Context): boolean {
  const origin = c.req.header("origin");
  if (origin) return origin === new URL(c.req.url).origin;
  return c.req.header("sec-fetch-site") === "same-origin";
}

export function createApp(
  store: Store,
  profiles: ReadonlyMap<string, RuleProfile>,
  options: { auth?: AuthOptions } = {},
): Hono<WorkEnv> {
  const { db } = store;
  const app = new Hono<WorkEnv>();
  const api = new Hono<WorkEnv>();
  const auth = createAuth(store, options.auth);

  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables into a style element.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: "DENY",
      referrerPolicy: "same-origin",
    }),
  );
  api.use("*", async (c, next) => {
    if (UNSAFE.has(c.req.method) && !sameOrigin(c)) {
      return c.json<ApiError>(
        { code: "csrf", message: "このサイトのページ以外からの送信は受け付けません（CSRF 対策）。" },
        403,
      );
    }
    await next();
  });
  api.use("*", urlWithoutNul);
  // Sign-in, sign-out, session and password change: better-auth, told the peer's real address.
  api.on(["GET", "POST"], "/auth/*", async (c) => {
    await checkCallbackUrl(c);
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_IP_HEADER, clientAddress(c));
    return auth.handler(new Request(c.req.raw, { headers }));
  });
  api.use("*", async (c, next) => {
    c.set("principal", await principalOf(auth, store, c.req.raw.headers));
    await next();
  });
  api.route("/", workRoutes(store, profiles, auth));
  api.route("/", workbookRoutes(store, profiles));
  api.route("/", programRoutes(store));
  api.route("/", editionRoutes(store));

  api.get("/openapi.json", (c) => c.json(OPENAPI));
  // The overview and a plan's tree are costly at national scale: kept, as JSON, until the data changes.
  api.get("/overview", async (c) => jsonBytes(c, await overviewJson(db, profiles)));
  api.get("/plans/:key", async (c) => {
    const r = await planDetailJson(db, profiles, c.req.param("key"));
    return r ? jsonBytes(c, r) : notFound(c, `計画「${c.req.param("key")}」`);
  });
  api.get("/nodes/:id", async (c) => {
    const r = await nodeDetail(db, profiles, requiredId("id", c.req.param("id"), "ノードのID"));
    return r ? c.json(r) : notFound(c, "施策等");
  });
  api.get("/indicators/:id", async (c) => {
    const r = await indicatorDetail(db, profiles, requiredId("id", c.req.param("id"), "指標のID"));
    return r ? c.json(r) : notFound(c, "指標");
  });
  api.get("/programs/:id", async (c) => {
    const r = await programDetail(db, requiredId("id", c.req.param("id"), "事業のID"));
    return r ? c.json(r) : notFound(c, "事業");
  });
  api.get("/departments", async (c) => c.json(await departmentList(db)));
  api.get("/departments/:id", async (c) => {
    const r = await departmentDetail(db, requiredId("id", c.req.param("id"), "担当課のID"));
    return r ? c.json(r) : notFound(c, "担当課");
  });
  api.get("/search", async (c) => {
    const q = c.req.query("q") ?? "";
    if (q.length > 100) throw badParameter("q", "検索語（q）は100文字以内で指定してください。");
    const type = c.req.query("type") || undefined;
    if (type !== undefined && !SEARCH_TYPES.includes(type as SearchType)) {
      throw badParameter("type", `種類（type）は ${SEARCH_TYPES.join(" / ")} のいずれかです: 「${type}」`);
    }
    const yearText = c.req.query("year") || undefined;
    if (yearText !== undefined && !/^(19|20|21)\d{2}$/.test(yearText)) {
      throw badParameter("year", `年度（year）は西暦4桁で指定してください: 「${yearText}」`);
    }
    const departmentId = optionalId("department", c.req.query("department"), "担当課のID");
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
  api.route("/", reportRoutes(store, profiles));
  api.all("*", (c) =>
    c.json<ApiError>(
      { code: "not_found", message: "APIにそのパスはありません。/api/openapi.json を参照してください。" },
      404,
    ),
  );

  app.route("/api", api);
  app.onError((err, c) => {
    if (err instanceof Problem) {
      return c.json({ code: err.code, message: err.message, ...err.details }, err.status);
    }
    console.error(err);
    return c.json<ApiError>(
      { code: "internal_error", message: "内部エラーが発生しました。時間をおいて再度お試しください。" },
      500,
    );
  });

  // The web UI: built files, and index.html for every other path (the UI routes in the browser).
  if (existsSync(`${WEB_DIST}index.html`)) {
    // Vite names every built asset by its content's hash: browsers may keep it for good, and it goes
    // out compressed (the bundle's vendor chunks stay cached across deploys; docs/web.md).
    app.use("/assets/*", compress(), async (c, next) => {
      await next();
      if (c.res.ok) c.header("Cache-Control", "public, max-age=31536000, immutable");
    });
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
