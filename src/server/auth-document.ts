// better-auth's own routes that Hyoka uses (sign-in, sign-out, session, a user's own password change),
// described in the same document as the rest of the API. better-auth answers them itself; these are
// the shapes it answers with, which the contract tests check against its live answers.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { MIN_PASSWORD } from "../domain/rights.ts";
import { ApiError, PUBLIC, SESSION, TAGS, json, z } from "./contract.ts";

const AuthError = z
  .object({
    message: z.string().openapi({ description: "英語のメッセージ（better-auth）" }),
    code: z.string().optional().openapi({ description: "INVALID_EMAIL_OR_PASSWORD など" }),
  })
  .openapi("AuthError", { description: "better-auth の拒否の理由" });

const AuthUser = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    image: z.string().nullable().optional(),
    createdAt: z.string().openapi({ format: "date-time" }),
    updatedAt: z.string().openapi({ format: "date-time" }),
  })
  .openapi("AuthUser");

const AuthSession = z
  .object({
    id: z.string(),
    token: z.string(),
    userId: z.string(),
    expiresAt: z.string().openapi({ format: "date-time" }),
    createdAt: z.string().openapi({ format: "date-time" }),
    updatedAt: z.string().openapi({ format: "date-time" }),
    ipAddress: z.string().nullable().optional(),
    userAgent: z.string().nullable().optional(),
  })
  .openapi("AuthSession");

const authError = (description: string) => json(AuthError, description);
/** A 400 is ours (a callbackURL no header can hold, NUL in the URL) or better-auth's. */
const badRequest = json(z.union([ApiError, AuthError]), "本文・パラメータの誤り");
/** Ours: a state-changing request from another site (CSRF). */
const csrf = json(ApiError, "このサイトのページ以外からの送信（CSRF 対策）");
const body = (schema: z.ZodType) => ({ required: true, content: { "application/json": { schema } } });
const tooMany = { 429: authError("試行が多すぎる（1分あたり5回まで、送信元ごと）") };
/** better-auth's: a body that is not JSON (application/json). */
const notJson = { 415: authError("本文が JSON（application/json）ではない") };

type AuthRoute = Parameters<OpenAPIHono["openAPIRegistry"]["registerPath"]>[0];

/**
 * Declares better-auth's routes that Hyoka uses in the document; the set of them ("POST
 * /auth/sign-in/email" …), the only ones the app hands to better-auth.
 */
export function registerAuthRoutes(registry: OpenAPIHono["openAPIRegistry"]): Set<string> {
  const declared = new Set<string>();
  const register = (route: AuthRoute) => {
    registry.registerPath(route);
    declared.add(`${route.method.toUpperCase()} ${route.path}`);
  };
  const tags = [TAGS.auth.name];
  register({
    method: "post",
    path: "/auth/sign-in/email",
    operationId: "signInEmail",
    summary: "メールアドレスとパスワードでサインインする（セッション Cookie が返る）",
    tags,
    security: PUBLIC,
    request: {
      body: body(
        z.object({
          email: z.string(),
          password: z.string(),
          callbackURL: z
            .string()
            .optional()
            .openapi({ description: "ASCII の URL（それ以外は % でエンコード）" }),
          rememberMe: z.boolean().optional(),
        }),
      ),
    },
    responses: {
      200: json(
        z.object({
          redirect: z.boolean(),
          token: z.string(),
          url: z.string().nullable().optional(),
          user: AuthUser,
        }),
        "サインインした。Set-Cookie にセッション",
      ),
      400: badRequest,
      401: authError("メールアドレスまたはパスワードが違う"),
      403: csrf,
      ...notJson,
      ...tooMany,
    },
  });
  register({
    method: "post",
    path: "/auth/sign-out",
    operationId: "signOut",
    summary: "サインアウトする（セッションを終える）",
    tags,
    security: SESSION,
    responses: {
      200: json(z.object({ success: z.boolean() }), "サインアウトした"),
      400: badRequest,
      403: csrf,
      ...notJson,
      ...tooMany,
    },
  });
  register({
    method: "get",
    path: "/auth/get-session",
    operationId: "getSession",
    summary: "いまのセッションと利用者（サインインしていなければ null）",
    tags,
    security: PUBLIC,
    request: {
      query: z.object({
        disableCookieCache: z.enum(["true", "false"]).optional(),
        disableRefresh: z
          .enum(["true", "false"])
          .optional()
          .openapi({ description: "true: セッションを延長しない" }),
      }),
    },
    responses: {
      200: json(
        z.object({ session: AuthSession, user: AuthUser }).nullable(),
        "セッションと利用者、または null",
      ),
      400: badRequest,
      ...tooMany,
    },
  });
  register({
    method: "post",
    path: "/auth/change-password",
    operationId: "changePassword",
    summary: `自分のパスワードを変える（${MIN_PASSWORD}文字以上。監査記録に残る）`,
    tags,
    security: SESSION,
    request: {
      body: body(
        z.object({
          currentPassword: z.string(),
          newPassword: z.string(),
          revokeOtherSessions: z.boolean().optional(),
        }),
      ),
    },
    responses: {
      200: json(
        z.object({
          token: z
            .string()
            .nullable()
            .openapi({ description: "ほかのセッションを終えたときの新しいトークン" }),
          user: AuthUser,
        }),
        "変えた",
      ),
      400: json(z.union([ApiError, AuthError]), "いまのパスワードが違う、新しいパスワードが短すぎるなど"),
      401: authError("サインインしていない"),
      403: csrf,
      ...notJson,
      ...tooMany,
    },
  });
  return declared;
}
