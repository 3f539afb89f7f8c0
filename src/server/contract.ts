// The API's contract, declared once: every route is an OpenAPI route (@hono/zod-openapi) whose
// parameters, query, body and responses are zod schemas. The schemas validate each request (one path:
// the hook below turns every refusal into the one Problem, a 400 naming the parameter at fault), type
// each handler's answer, and generate /api/openapi.json. Shared pieces of those declarations live here.
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Hook } from "@hono/zod-openapi";
import { MAX_ID, parseId } from "../db/limits.ts";
import type { Principal } from "../domain/rights.ts";
import { Problem } from "../services/problem.ts";

// zod's own messages in Japanese (a field of the wrong kind, a string too long …), everywhere.
z.config(z.locales.ja());

export { z };

/** What every API route sees: the signed-in principal, or null. */
export type WorkEnv = { Variables: { principal: Principal | null } };

/** A 400 naming the parameter at fault (a path or query parameter, a header, a field of the body). */
export const badParameter = (parameter: string, message: string) =>
  new Problem(400, "bad_parameter", message, { parameter });

const nulProblem = (parameter: string) =>
  badParameter(
    parameter,
    `「${parameter}」に NUL 文字（U+0000、%00）は使えません。取り除いてから送ってください。`,
  );

/**
 * Text a store is asked about or given must hold no NUL (U+0000): PostgreSQL's text cannot, and no
 * name, key, year or entry has a reason to. The value, or a 400 naming the parameter.
 */
export function withoutNul(parameter: string, value: string): string {
  if (value.includes("\u0000")) throw nulProblem(parameter);
  return value;
}

/** The path ("changes.analysis") of the first string or key holding NUL in a value read from JSON. */
function nulIn(value: unknown, path: string): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value === null || typeof value !== "object") return null;
  for (const [k, v] of Object.entries(value)) {
    const at = path ? `${path}.${k}` : k;
    const found = k.includes("\u0000") ? at : nulIn(v, at);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The one validation hook: a request whose parameters, query, headers or body its route's schemas refuse
 * is a 400 naming the first parameter at fault, with a Japanese message; a body holding NUL as well.
 */
export const validationHook: Hook<unknown, WorkEnv, string, unknown> = (result) => {
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const named = issue.path.map(String).join(".");
    const parameter = named || (result.target === "json" ? "body" : result.target);
    const message =
      issue.code === "custom" ? issue.message : `「${parameter}」の値が正しくありません: ${issue.message}`;
    throw badParameter(parameter, message);
  }
  if (result.target === "json") refuseNul(result.data);
};

/** A 400 naming the first string or key holding NUL in a value read from JSON. */
export function refuseNul(value: unknown): void {
  const nul = nulIn(value, "");
  if (nul !== null) throw nulProblem(nul || "body");
}

/** A router whose routes are declared with their schemas and validated by the one hook. */
export const router = () => new OpenAPIHono<WorkEnv>({ defaultHook: validationHook });

// ---- parameters ----

const idIssue = (name: string, label: string, v: string) =>
  `${label}（${name}）は ${MAX_ID} までの正の整数で指定してください: 「${v}」`;

/** An id in the path or the query: a positive integer up to MAX_ID, named with what it is. */
export const id = (name: string, label: string) =>
  z
    .string()
    .transform((v, ctx) => {
      const n = parseId(v);
      if (n !== null) return n;
      ctx.addIssue({ code: "custom", message: idIssue(name, label, v) });
      return z.NEVER;
    })
    .openapi({ type: "integer", minimum: 1, maximum: MAX_ID, description: label });

/** An optional id in the query: absent or empty is undefined. */
export const optionalId = (name: string, label: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return undefined;
      const n = parseId(v);
      if (n !== null) return n;
      ctx.addIssue({ code: "custom", message: idIssue(name, label, v) });
      return z.NEVER;
    })
    .openapi({ type: "integer", minimum: 1, maximum: MAX_ID, description: label });

/** An optional query parameter parsed by `parse` (null: refused with `expected`); absent or empty is undefined. */
export const optionalParsed = <T>(parse: (v: string) => T | null, expected: string) =>
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

/** A plan's key in the path. */
export const planKey = z
  .string()
  .max(200)
  .openapi({ description: "計画のキー（例: hokkaido-sogo-keikaku）" });

// ---- responses ----

/**
 * A named schema, or null. (zod-to-openapi drops the null of `Named.nullable()`, writing a bare $ref:
 * this writes anyOf [$ref, null].)
 */
export const orNull = <S extends z.ZodType>(schema: S) => z.union([schema, z.null()]);

export const ApiError = z
  .object({
    code: z.string().openapi({
      description:
        "機械向けの安定した識別子: not_found, bad_parameter, unauthenticated, forbidden, conflict, invalid, csrf …",
    }),
    message: z.string().openapi({ description: "利用者向けの日本語のメッセージ" }),
    parameter: z.string().optional().openapi({ description: "誤りのあるパラメータ（bad_parameter）" }),
    errors: z
      .array(
        z
          .object({ message: z.string(), field: z.string().optional(), label: z.string().optional() })
          .catchall(z.unknown()),
      )
      .optional()
      .openapi({ description: "項目ごとの誤り（invalid）" }),
  })
  .catchall(z.unknown())
  .openapi("ApiError", {
    description: "拒否の理由。409 は現在の内容、422 は errors を同じ階層に持つ",
  });

export type ApiError = z.infer<typeof ApiError>;

const ERROR_DESCRIPTIONS = {
  400: "パラメータの誤り（parameter にその名前）",
  401: "サインインしていない",
  403: "権限がない",
  404: "見つからない",
  409: "状態が合わない・他の人が先に保存した（現在の内容を返す）",
  413: "大きすぎる",
  422: "入力の誤り（errors に項目ごとの日本語のメッセージ）",
} as const;
type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

/** A JSON answer with its schema. */
export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const errorResponse = (status: ErrorStatus) => json(ApiError, ERROR_DESCRIPTIONS[status]);

/** The error answers a route can give, each an ApiError; 400 always (a parameter or the body at fault). */
export function errors<S extends ErrorStatus>(...statuses: S[]) {
  const out = { 400: errorResponse(400) } as Record<400 | S, ReturnType<typeof errorResponse>>;
  for (const s of statuses) out[s] = errorResponse(s);
  return out;
}

/** A file answer (a download): its media types, each a binary string. */
export const file = (description: string, ...mediaTypes: string[]) => ({
  description,
  content: Object.fromEntries(
    mediaTypes.map((t) => [t, { schema: z.string().openapi({ format: "binary" }) }]),
  ) as Record<string, { schema: z.ZodString }>,
});

/** Public routes: no sign-in. */
export const PUBLIC: Record<string, string[]>[] = [];
/** Work routes: the session cookie better-auth sets at sign-in. */
export const SESSION: Record<string, string[]>[] = [{ session: [] }];

/** The groups the document lists its routes under (each route names one). */
export const TAGS = {
  public: {
    name: "公開データ",
    description: "計画・施策・指標・事業・担当課・検索・点検。サインイン不要、読み取りのみ",
  },
  editions: { name: "公表版", description: "公表した年度ごとの文書（版）と2年度の比較。サインイン不要" },
  documents: {
    name: "文書とオープンデータ",
    description:
      "基本評価調書・推進状況・進捗状況・関連事業（PDF・XLSX・HTML・CSV）とオープンデータ。サインイン不要",
  },
  work: {
    name: "評価作業",
    description: "評価年度を開く・入力・提出・差戻し・承認・公表（サインインが必要）",
  },
  workbooks: { name: "ブック", description: "担当課の入力用ブックと計画設定用ブック（サインインが必要）" },
  programs: {
    name: "事業の同定",
    description: "同じ事業の統合と分割（管理者・政策評価担当、監査記録に残る）",
  },
  desk: {
    name: "相談窓口",
    description:
      "支援機関の相談窓口（支援計画）: 支援機関と別紙、件数（公開、件数だけ）、相談案件の登録・回付・支援・終了・四半期の確認（支援機関の職員と管理者）",
  },
  admin: { name: "利用者管理", description: "利用者・権限・監査記録（管理者）" },
  auth: {
    name: "サインイン",
    description: "サインイン・サインアウト・セッション・パスワード変更（better-auth）",
  },
  meta: { name: "API の説明", description: "この文書（OpenAPI 3.1）" },
} as const;
