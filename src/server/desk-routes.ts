// Routes of the support desk of a support plan (seed 001, docs/support-desk.md): the desk's reference
// data and its counts, public and counts only; the cases, their routing, support, closing, the
// follow-ups due and the quarterly confirmation, for the organizations' staff and administrators. Each
// route calls one function of the service (src/services/support-desk.ts), which checks rights and
// writes the audit trail.
//
// The bodies are declared with the service's own schemas (src/server/schemas/support-desk.ts), and the
// desk's forms want every field at fault at once: a body those schemas refuse is the service's 422
// `invalid` listing every field (deskHook), not the one hook's 400 naming the first. The service then
// reads the same schema again, so either way the answer is the same. As on every route, a body's shape
// is checked before the rights (a malformed body is 422 for anyone; a well-formed one from someone
// without the right, 401 / 403). NUL in a field is one of those errors (the schemas refuse it in
// every text), not the 400 of other routes. Parameters and the query keep the one hook's 400 naming
// the parameter (docs/support-desk.md, Routes).
import { type Hook, createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Store } from "../db/connect.ts";
import {
  caseDetail,
  closeCase,
  confirmQuarter,
  deskReference,
  followUpsDue,
  listCases,
  planYearCounts,
  quarterlyCounts,
  recordSupport,
  registerCase,
  routeCase,
} from "../services/support-desk.ts";
import { invalidInput } from "../services/support-desk-access.ts";
import {
  PUBLIC,
  SESSION,
  TAGS,
  type WorkEnv,
  errors,
  id,
  json,
  planKey,
  router,
  validationHook,
  z,
} from "./contract.ts";
import {
  AsOfInput,
  CaseChanged,
  CaseDetail,
  CaseFilter,
  CaseList,
  CaseSaved,
  CloseCaseInput,
  ConfirmQuarterInput,
  DeskReference,
  FollowUpsDue,
  PlanYearCounts,
  QuarterConfirmed,
  QuarterlyCounts,
  RecordSupportInput,
  RegisterCaseInput,
  RouteCaseInput,
  SupportRecorded,
} from "./schemas/support-desk.ts";

/** A body the desk's schemas refuse: every field at fault (422), as the service answers it. */
function deskHook<T, P extends string>(
  result: Parameters<Hook<T, WorkEnv, P, undefined>>[0],
  c: Context<WorkEnv, P>,
): undefined {
  if (result.target !== "json" || result.success) {
    validationHook(result, c);
    return;
  }
  throw invalidInput(result.error);
}

/**
 * An optional query parameter read by the service's schema for it (its range, its choices and its
 * Japanese message); absent or empty is undefined, a refusal the 400 naming the parameter.
 */
const fromQuery = <S extends z.ZodType>(name: string, schema: S, doc: Record<string, unknown>) =>
  z
    .string()
    .optional()
    .transform((v, ctx): z.output<S> | undefined => {
      if (v === undefined || v === "") return undefined;
      const r = schema.safeParse(/^\d{1,9}$/.test(v) ? Number(v) : v);
      if (r.success) return r.data;
      ctx.addIssue({ code: "custom", message: `${r.error.issues[0]!.message}（${name}=${v}）` });
      return z.NEVER;
    })
    .openapi(doc);

const f = CaseFilter.shape;
/** An integer's range in the document, as its schema states it. */
const range = (n: z.ZodNumber) => ({ type: "integer", minimum: n.minValue, maximum: n.maxValue });
const fiscalYear = fromQuery("fiscalYear", f.fiscalYear, {
  ...range(f.fiscalYear.unwrap()),
  description: "年度（西暦、4月始まり）",
});
const asOf = fromQuery("asOf", AsOfInput.shape.asOf, {
  type: "string",
  format: "date",
  description: "基準日（YYYY-MM-DD、省略すると今日）",
});
const caseQuery = z.object({
  fiscalYear: fiscalYear.openapi({ description: "受付日の年度（西暦、4月始まり）" }),
  quarter: fromQuery("quarter", f.quarter, {
    ...range(f.quarter.unwrap()),
    description: "受付日の四半期（1: 4〜6月 … 4: 1〜3月）。年度とともに（年度がなければ 422）",
  }),
  organizationId: fromQuery("organizationId", f.organizationId, {
    ...range(f.organizationId.unwrap()),
    description: "関わった支援機関のID（計画の支援機関でなければ 422）",
  }),
  field: fromQuery("field", f.field, {
    type: "string",
    enum: f.field.unwrap().options,
    description: "事業分野",
  }),
  status: fromQuery("status", f.status, {
    type: "string",
    enum: f.status.unwrap().options,
    description: "状態",
  }),
});

const plan = z.object({ key: planKey });
const caseId = z.object({ id: id("id", "相談案件のID") });
/** A required JSON body read by one of the desk's schemas. */
const body = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { "application/json": { schema } } },
});
const desk = { tags: [TAGS.desk.name] };
const VERSION_409 = "version が古ければ 409 conflict（現在の version と status を返す）";

// ---- public: reference data and counts ----

const getDesk = createRoute({
  ...desk,
  method: "get",
  path: "/plans/{key}/desk",
  operationId: "getDesk",
  summary: "相談窓口の支援機関と別紙の同意基本計画",
  description:
    "支援機関（正式名・略称、地域経済牽引支援機関かネットワークか、センターか）、別紙の同意基本計画とその事業分野、案件の項目（事業分野・段階・支援の種類・回付の種類・状態）の値と表示名。相談窓口のない計画は 404。",
  security: PUBLIC,
  request: { params: plan },
  responses: { 200: json(DeskReference, "相談窓口の参照データ"), ...errors(404) },
});

const getCounts = createRoute({
  ...desk,
  method: "get",
  path: "/plans/{key}/desk/counts",
  operationId: "getDeskCounts",
  summary: "計画年度ごとの支援件数と目標（件数だけ）",
  description:
    "計画年度ごとの新規・継続・合計（計画の支援件数）・フォローアップ未実施の件数と目標件数、基準日（asOf）時点。会社名は含まない。未実施の案件の ID は、その案件を見られる利用者にだけ示す。",
  security: PUBLIC,
  request: { params: plan, query: z.object({ asOf }) },
  responses: { 200: json(PlanYearCounts, "計画年度ごとの件数"), ...errors(404) },
});

const getQuarters = createRoute({
  ...desk,
  method: "get",
  path: "/plans/{key}/desk/quarters",
  operationId: "getDeskQuarters",
  summary: "四半期ごとの件数（機関 × 事業分野 × 新規・継続）",
  description:
    "四半期ごとの、支援機関 × 事業分野 × 新規・継続の案件数（年度 fiscalYear で絞れる）と、確認済みの四半期。会社名・案件は含まない。確認した職員の名前は相談窓口の利用者にだけ示す。",
  security: PUBLIC,
  request: { params: plan, query: z.object({ fiscalYear }) },
  responses: { 200: json(QuarterlyCounts, "四半期ごとの件数"), ...errors(404) },
});

// ---- the cases (staff of the organizations, administrators) ----

const listCasesRoute = createRoute({
  ...desk,
  method: "get",
  path: "/plans/{key}/desk/cases",
  operationId: "listDeskCases",
  summary: "見られる相談案件の一覧",
  description:
    "センターの職員と管理者はすべての案件、ほかの支援機関の職員は関わった案件（受け付けた・回付された・チームにいる・支援した）。受付日の新しい順。支援機関の職員でも管理者でもなければ 403。",
  security: SESSION,
  request: { params: plan, query: caseQuery },
  responses: { 200: json(CaseList, "相談案件"), ...errors(401, 403, 404, 422) },
});

const registerRoute = createRoute({
  ...desk,
  method: "post",
  path: "/plans/{key}/desk/cases",
  operationId: "registerDeskCase",
  summary: "相談案件を登録する",
  description:
    "受け付けた支援機関（receivedBy）は省略すると自分の機関（センターの職員と管理者は他の機関も指定できる。管理者が省略するとセンター）。事業分野が市町村の同意基本計画（別紙）にないときも登録し、warnings に注意を返す。入力の誤りは 422（すべての項目を errors に）。監査記録に残る。",
  security: SESSION,
  request: { params: plan, ...body(RegisterCaseInput) },
  responses: { 201: json(CaseSaved, "登録した案件（ID・版・注意）"), ...errors(401, 403, 404, 422) },
});

const getCase = createRoute({
  ...desk,
  method: "get",
  path: "/desk/cases/{id}",
  operationId: "getDeskCase",
  summary: "相談案件",
  description:
    "会社・相談内容・回付の記録・チーム・支援の記録・計画年度ごとの新規・継続・未実施・別紙の注意。案件に関わっていない支援機関の職員と、支援機関の職員でない利用者は 403。",
  security: SESSION,
  request: { params: caseId },
  responses: { 200: json(CaseDetail, "相談案件"), ...errors(401, 403, 404) },
});

const routeRoute = createRoute({
  ...desk,
  method: "post",
  path: "/desk/cases/{id}/steps",
  operationId: "routeDeskCase",
  summary: "相談案件を回付する（自ら対応・センターへ報告・引継ぎ・チーム結成）",
  description: `handled: 関わる機関が自ら対応。reported: センター以外の機関がセンターへ報告。handed_on（引継ぎ）と team（チーム結成）はセンターだけ（ほかは 403）。${VERSION_409}、終了した案件は 409 closed、センターのない計画への報告は 409 no_center。入力の誤りは 422。監査記録に残る。`,
  security: SESSION,
  request: { params: caseId, ...body(RouteCaseInput) },
  responses: {
    200: json(CaseChanged, "回付を記録した（案件の新しい版）"),
    ...errors(401, 403, 404, 409, 422),
  },
});

const supportRoute = createRoute({
  ...desk,
  method: "post",
  path: "/desk/cases/{id}/supports",
  operationId: "recordDeskSupport",
  summary: "支援を記録する",
  description: `関わる機関の職員が自分の機関の支援を（センターの職員と管理者は関わる機関のどれか、またはセンターの支援を organizationId で）。終了した案件にも記録できる（フォローアップ）。${VERSION_409}、その機関が確認済みの四半期の日付は 409 quarter_locked。入力の誤りは 422。監査記録に残る。`,
  security: SESSION,
  request: { params: caseId, ...body(RecordSupportInput) },
  responses: {
    201: json(SupportRecorded, "記録した支援の ID と案件の新しい版"),
    ...errors(401, 403, 404, 409, 422),
  },
});

const closeRoute = createRoute({
  ...desk,
  method: "post",
  path: "/desk/cases/{id}/close",
  operationId: "closeDeskCase",
  summary: "相談案件を結果とともに終える",
  description: `${VERSION_409}、終了済みは 409 closed。入力の誤りは 422。監査記録に残る。`,
  security: SESSION,
  request: { params: caseId, ...body(CloseCaseInput) },
  responses: { 200: json(CaseChanged, "終えた（案件の新しい版）"), ...errors(401, 403, 404, 409, 422) },
});

const followUpsRoute = createRoute({
  ...desk,
  method: "get",
  path: "/plans/{key}/desk/follow-ups",
  operationId: "listDeskFollowUps",
  summary: "フォローアップの期限が来ている案件",
  description:
    "基準日（asOf）の四半期に、フォローアップの年度でまだ支援のない、見られる案件。支援機関の職員でも管理者でもなければ 403。",
  security: SESSION,
  request: { params: plan, query: z.object({ asOf }) },
  responses: { 200: json(FollowUpsDue, "フォローアップの期限が来ている案件"), ...errors(401, 403, 404) },
});

const confirmRoute = createRoute({
  ...desk,
  method: "post",
  path: "/plans/{key}/desk/quarters/confirm",
  operationId: "confirmDeskQuarter",
  summary: "支援機関の四半期の件数を確認する（その機関の職員）",
  description:
    "確認した件数を記録し、以後その機関のその四半期の日付の支援は記録できない。その機関の職員だけ（管理者も 403）。終わっていない四半期は 409 quarter_not_over、確認済みは 409 confirmed。入力の誤りは 422。監査記録に残る。",
  security: SESSION,
  request: { params: plan, ...body(ConfirmQuarterInput) },
  responses: { 200: json(QuarterConfirmed, "確認した件数"), ...errors(401, 403, 404, 409, 422) },
});

export function deskRoutes(store: Store) {
  const { db } = store;
  const r = router();
  const who = (c: Context<WorkEnv>) => c.get("principal");

  r.openapi(getDesk, async (c) => c.json(await deskReference(db, c.req.valid("param").key), 200));
  r.openapi(getCounts, async (c) =>
    c.json(await planYearCounts(db, who(c), c.req.valid("param").key, c.req.valid("query")), 200),
  );
  r.openapi(getQuarters, async (c) =>
    c.json(await quarterlyCounts(db, who(c), c.req.valid("param").key, c.req.valid("query")), 200),
  );
  r.openapi(listCasesRoute, async (c) =>
    c.json(await listCases(db, who(c), c.req.valid("param").key, c.req.valid("query")), 200),
  );
  r.openapi(
    registerRoute,
    async (c) => c.json(await registerCase(db, who(c), c.req.valid("param").key, c.req.valid("json")), 201),
    deskHook,
  );
  r.openapi(getCase, async (c) => c.json(await caseDetail(db, who(c), c.req.valid("param").id), 200));
  r.openapi(
    routeRoute,
    async (c) => c.json(await routeCase(db, who(c), c.req.valid("param").id, c.req.valid("json")), 200),
    deskHook,
  );
  r.openapi(
    supportRoute,
    async (c) => c.json(await recordSupport(db, who(c), c.req.valid("param").id, c.req.valid("json")), 201),
    deskHook,
  );
  r.openapi(
    closeRoute,
    async (c) => c.json(await closeCase(db, who(c), c.req.valid("param").id, c.req.valid("json")), 200),
    deskHook,
  );
  r.openapi(followUpsRoute, async (c) =>
    c.json(await followUpsDue(db, who(c), c.req.valid("param").key, c.req.valid("query")), 200),
  );
  r.openapi(
    confirmRoute,
    async (c) => c.json(await confirmQuarter(db, who(c), c.req.valid("param").key, c.req.valid("json")), 200),
    deskHook,
  );
  return r;
}
