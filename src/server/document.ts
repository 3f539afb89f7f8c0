// The OpenAPI 3.1 document served at /api/openapi.json: generated from the routes' declarations (every
// route's parameters, body, answers, errors and security), with the session cookie's scheme and the
// groups the routes are listed under.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { TAGS, type WorkEnv } from "./contract.ts";

const INFO = {
  title: "Hyoka API",
  version: "0.1.0",
  description:
    "政策評価・KPI進捗管理のデータ。公開の読み取りは匿名で、評価作業（/api/cycles など）はサインイン（/api/auth/sign-in/email、セッション Cookie）してから。状態を変える要求は同じオリジンからに限る（CSRF 対策）。金額は千円、率は評価ルールで丸めた小数の文字列。誤りは JSON の {code, message, …}。",
  license: { name: "MIT", identifier: "MIT" },
};

type Document = ReturnType<OpenAPIHono["getOpenAPI31Document"]>;

/** The document of every route `app` declares (paths as mounted, /api/…). */
export function apiDocument(app: OpenAPIHono<WorkEnv>): Document {
  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "__Secure-better-auth.session_token",
    description:
      "POST /api/auth/sign-in/email が返すセッション Cookie（HTTP では better-auth.session_token）",
  });
  return app.getOpenAPI31Document({
    openapi: "3.1.0",
    info: INFO,
    servers: [{ url: "/", description: "この文書を返したサーバー" }],
    tags: Object.values(TAGS),
  });
}
