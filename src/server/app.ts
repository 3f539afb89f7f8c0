// The HTTP application: a read-only JSON API under /api, and the built web UI. Each route reads its
// parameters, calls one read model, and answers; errors are JSON with a stable code and a Japanese
// message. Routes are per resource, so that permissions can be added per route without reshaping them.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { compress } from "hono/compress";
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { type AuthOptions, CLIENT_IP_HEADER, createAuth, principalOf } from "../auth/auth.ts";
import type { Store } from "../db/connect.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { Problem } from "../services/problem.ts";
import { type ApiError, PUBLIC, TAGS, badParameter, errors, json, router, z } from "./contract.ts";
import { registerAuthRoutes } from "./auth-document.ts";
import { deskRoutes } from "./desk-routes.ts";
import { apiDocument } from "./document.ts";
import { editionRoutes } from "./edition-routes.ts";
import { urlWithoutNul } from "./http.ts";
import { programRoutes } from "./program-routes.ts";
import { reportRoutes } from "./report-routes.ts";
import { workbookRoutes } from "./workbook-routes.ts";
import { readRoutes } from "./read-routes.ts";
import { workRoutes } from "./work-routes.ts";

export const WEB_DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

/** A request Hono itself refused (a body that is not JSON, or of a type the route does not take). */
function httpProblem(err: HTTPException): ApiError {
  const notJson = /JSON/i.test(err.message);
  return {
    code: "bad_parameter",
    parameter: notJson ? "body" : "Content-Type",
    message: notJson
      ? "本文は JSON で送ってください。"
      : "本文の種類（Content-Type）がこの API の受け付けるものではありません。JSON は application/json で送ってください。",
  };
}

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
) {
  const app = router();
  const api = router();
  let document: ReturnType<typeof apiDocument> | undefined;
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
  // Sign-in, sign-out, session and password change: better-auth, told the peer's real address. Its other
  // routes (sign-up, user updates …) are not Hyoka's API: they are not found, as any undeclared path.
  const authRoutes = registerAuthRoutes(api.openAPIRegistry);
  api.on(["GET", "POST"], "/auth/*", async (c, next) => {
    if (!authRoutes.has(`${c.req.method} ${c.req.path.replace(/^\/api/, "")}`)) return next();
    await checkCallbackUrl(c);
    const headers = new Headers(c.req.raw.headers);
    headers.set(CLIENT_IP_HEADER, clientAddress(c));
    return auth.handler(new Request(c.req.raw, { headers }));
  });
  api.use("*", async (c, next) => {
    c.set("principal", await principalOf(auth, store, c.req.raw.headers));
    await next();
  });
  api.openapi(
    createRoute({
      method: "get",
      path: "/openapi.json",
      operationId: "getOpenApiDocument",
      summary: "この API の説明（OpenAPI 3.1）",
      tags: [TAGS.meta.name],
      security: PUBLIC,
      responses: {
        200: json(z.record(z.string(), z.unknown()).openapi("OpenApiDocument"), "この文書"),
        ...errors(),
      },
    }),
    (c) => c.json((document ??= apiDocument(app)), 200),
  );
  api.route("/", workRoutes(store, profiles, auth));
  api.route("/", workbookRoutes(store, profiles));
  api.route("/", programRoutes(store));
  api.route("/", editionRoutes(store));
  api.route("/", deskRoutes(store));

  api.route("/", readRoutes(store, profiles));
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
    if (err instanceof HTTPException && err.status < 500) return c.json(httpProblem(err), 400);
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
