// Routes of the evaluation work and of accounts: who am I, users and roles (administrator), the
// evaluation cycle (open, dashboard, items, submit / return / approve, publish) and the audit trail.
// Each route is declared with its schemas (src/server/contract.ts, src/server/schemas/work.ts): the
// declaration validates the input, the service checks rights and does the work, the answer is typed.
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { type Auth, addUser, listUsers, resetPassword, resolveGrant, setGrants } from "../auth/auth.ts";
import type { Store } from "../db/connect.ts";
import { type Principal, ROLE_LABELS, isAdmin } from "../domain/rights.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { csvUtf8 } from "../reports/csv.ts";
import { auditTrail } from "../services/audit.ts";
import {
  allCycles,
  cycleDashboard,
  itemView,
  openCycle,
  planCycles,
  publishCycle,
  saveItem,
  transitionItem,
} from "../services/cycle.ts";
import { Problem, forbidden, unauthenticated } from "../services/problem.ts";
import {
  PUBLIC,
  SESSION,
  TAGS,
  type WorkEnv,
  errors,
  file,
  id,
  json,
  planKey,
  router,
  z,
} from "./contract.ts";
import {
  AddUserInput,
  CycleDashboard,
  CycleList,
  CycleOpened,
  GrantsInput,
  ItemView,
  Me,
  Ok,
  OpenCycleInput,
  PasswordInput,
  PlanCycles,
  PublishResult,
  SaveItemInput,
  SaveResult,
  TransitionInput,
  TransitionResult,
  UserCreated,
  UserList,
} from "./schemas/work.ts";

export type { WorkEnv } from "./contract.ts";

const requireAdmin = (p: Principal | null): Principal => {
  if (!p) throw unauthenticated();
  if (!isAdmin(p)) throw forbidden("利用者を管理する");
  return p;
};

/** The user the path names (/admin/users/{id}/…); a 404 naming the parameter when there is none. */
async function knownUser(store: Store, id: string): Promise<string> {
  const user = await store.db.selectFrom("auth_user").select("id").where("id", "=", id).executeTakeFirst();
  if (!user) throw new Problem(404, "not_found", `利用者「${id}」が見つかりません。`, { parameter: "id" });
  return user.id;
}

/** A required JSON body read by its schema (refusals: a 400 naming the field at fault). */
const jsonBody = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { "application/json": { schema } } },
});

const userId = z.object({ id: z.string().max(200).openapi({ description: "利用者のID" }) });
const cycleId = z.object({ id: id("id", "評価年度（サイクル）のID") });
const itemParams = z.object({
  id: id("id", "評価年度（サイクル）のID"),
  node: id("node", "施策のノードID"),
});

// ---- who am I, users (administrator) ----

const getMe = createRoute({
  method: "get",
  path: "/me",
  operationId: "getMe",
  tags: [TAGS.auth.name],
  summary: "サインイン中の利用者と権限",
  description: "セッション Cookie があればその利用者。匿名なら user: null（401 にはならない）。",
  security: PUBLIC,
  responses: { 200: json(Me, "サインイン中の利用者（匿名なら user: null）"), ...errors() },
});

const listUsersRoute = createRoute({
  method: "get",
  path: "/admin/users",
  operationId: "listUsers",
  tags: [TAGS.admin.name],
  summary: "利用者と権限の一覧（管理者）",
  security: SESSION,
  responses: { 200: json(UserList, "利用者と権限。メールアドレスの順"), ...errors(401, 403) },
});

const addUserRoute = createRoute({
  method: "post",
  path: "/admin/users",
  operationId: "addUser",
  tags: [TAGS.admin.name],
  summary: "利用者を追加する（管理者）",
  description: "監査記録に残る。メールアドレスの重複、短いパスワード、知らない計画・担当課は 422。",
  security: SESSION,
  request: jsonBody(AddUserInput),
  responses: { 201: json(UserCreated, "追加した利用者"), ...errors(401, 403, 422) },
});

const setGrantsRoute = createRoute({
  method: "put",
  path: "/admin/users/{id}/grants",
  operationId: "setUserGrants",
  tags: [TAGS.admin.name],
  summary: "利用者の権限を設定し直す（管理者）",
  description: "与えた権限ですべて置き換える。監査記録に残る。",
  security: SESSION,
  request: { params: userId, ...jsonBody(GrantsInput) },
  responses: { 200: json(Ok, "設定した"), ...errors(401, 403, 404, 422) },
});

const resetPasswordRoute = createRoute({
  method: "post",
  path: "/admin/users/{id}/password",
  operationId: "resetUserPassword",
  tags: [TAGS.admin.name],
  summary: "パスワードを設定し直す（管理者）",
  description: "その利用者のセッションは終わる。監査記録に残る（パスワードそのものは残らない）。",
  security: SESSION,
  request: { params: userId, ...jsonBody(PasswordInput) },
  responses: { 200: json(Ok, "設定し直した"), ...errors(401, 403, 404, 422) },
});

const auditCsv = createRoute({
  method: "get",
  path: "/admin/audit.csv",
  operationId: "getAuditCsv",
  tags: [TAGS.admin.name],
  summary: "監査記録の CSV（管理者）",
  security: SESSION,
  responses: { 200: file("監査記録（UTF-8、BOM 付き）", "text/csv"), ...errors(401, 403) },
});

// ---- the evaluation cycle ----

const listCycles = createRoute({
  method: "get",
  path: "/cycles",
  operationId: "listCycles",
  tags: [TAGS.work.name],
  summary: "見られる評価年度の一覧",
  security: SESSION,
  responses: { 200: json(CycleList, "評価年度。新しい年度から"), ...errors(401, 403) },
});

const planCyclesRoute = createRoute({
  method: "get",
  path: "/plans/{key}/cycles",
  operationId: "listPlanCycles",
  tags: [TAGS.work.name],
  summary: "計画の評価年度",
  security: SESSION,
  request: { params: z.object({ key: planKey }) },
  responses: { 200: json(PlanCycles, "計画の評価年度と、新しく開けるか"), ...errors(401, 403, 404) },
});

const openCycleRoute = createRoute({
  method: "post",
  path: "/plans/{key}/cycles",
  operationId: "openCycle",
  tags: [TAGS.work.name],
  summary: "評価年度を開く（政策評価担当）",
  description:
    "施策ごとに評価項目を作り、前年度の文章を引き継ぐ。開いている年度・資料として公表済みの年度は 409、年度や締切の誤りは 422。",
  security: SESSION,
  request: { params: z.object({ key: planKey }), ...jsonBody(OpenCycleInput) },
  responses: { 201: json(CycleOpened, "開いた評価年度"), ...errors(401, 403, 404, 409, 422) },
});

const getCycle = createRoute({
  method: "get",
  path: "/cycles/{id}",
  operationId: "getCycle",
  tags: [TAGS.work.name],
  summary: "評価年度の進み具合",
  description: "施策ごとの状態・担当課・未入力の項目・最終更新と締切。",
  security: SESSION,
  request: { params: cycleId },
  responses: { 200: json(CycleDashboard, "評価年度の進み具合"), ...errors(401, 403, 404) },
});

const publishCycleRoute = createRoute({
  method: "post",
  path: "/cycles/{id}/publish",
  operationId: "publishCycle",
  tags: [TAGS.work.name],
  summary: "評価年度を公表する（政策評価担当）",
  description: "すべての項目が承認済みのとき。入力内容がその年度の資料の数値になり、版として記録される。",
  security: SESSION,
  request: { params: cycleId },
  responses: { 200: json(PublishResult, "公表した"), ...errors(401, 403, 404, 409) },
});

const getItem = createRoute({
  method: "get",
  path: "/cycles/{id}/items/{node}",
  operationId: "getCycleItem",
  tags: [TAGS.work.name],
  summary: "評価項目",
  description: "入力内容と版、様式、指標と事業、入力中の値で計算し直した率・判定、権限、履歴。",
  security: SESSION,
  request: { params: itemParams },
  responses: { 200: json(ItemView, "評価項目"), ...errors(401, 403, 404) },
});

const saveItemRoute = createRoute({
  method: "put",
  path: "/cycles/{id}/items/{node}",
  operationId: "saveCycleItem",
  tags: [TAGS.work.name],
  summary: "評価項目を保存する",
  description:
    "version が古ければ 409（現在の version・status・entries を返す）。提出済みの項目は 409。公表後の修正は政策評価担当だけが reason を添えて。入力の誤りは 422（項目ごと）。",
  security: SESSION,
  request: { params: itemParams, ...jsonBody(SaveItemInput) },
  responses: {
    200: json(SaveResult, "保存した（変わった項目の数と新しい版）"),
    ...errors(401, 403, 404, 409, 422),
  },
});

const TRANSITIONS = {
  submit: {
    operationId: "submitCycleItem",
    summary: "評価項目を提出する（担当課）",
    description: "入力中・差戻しの項目を。必須の入力が足りなければ 422（項目ごと）。",
    errors: errors(401, 403, 404, 409, 422),
  },
  return: {
    operationId: "returnCycleItem",
    summary: "評価項目を差し戻す（政策評価担当）",
    description: "提出済み・承認済みの項目を。comment（直してほしい点）がなければ 422。",
    errors: errors(401, 403, 404, 409, 422),
  },
  approve: {
    operationId: "approveCycleItem",
    summary: "評価項目を承認する（政策評価担当）",
    description: "提出済みの項目を。",
    errors: errors(401, 403, 404, 409),
  },
} as const;

const transitionRoute = (action: keyof typeof TRANSITIONS) =>
  createRoute({
    method: "post",
    path: `/cycles/{id}/items/{node}/${action}`,
    operationId: TRANSITIONS[action].operationId,
    tags: [TAGS.work.name],
    summary: TRANSITIONS[action].summary,
    description: `${TRANSITIONS[action].description} version が古ければ 409（現在の内容を返す）。`,
    security: SESSION,
    request: { params: itemParams, ...jsonBody(TransitionInput) },
    responses: {
      200: json(TransitionResult, "状態を変えた（新しい状態と版）"),
      ...TRANSITIONS[action].errors,
    },
  });

export function workRoutes(store: Store, profiles: ReadonlyMap<string, RuleProfile>, auth: Auth) {
  const { db } = store;
  const r = router();
  const who = (c: Context<WorkEnv>) => c.get("principal");

  r.openapi(getMe, (c) => {
    const p = who(c);
    return c.json(
      {
        user: p
          ? {
              id: p.userId,
              name: p.name,
              email: p.email,
              grants: p.grants.map((g) => ({ ...g, label: ROLE_LABELS[g.role] })),
              admin: isAdmin(p),
            }
          : null,
      },
      200,
    );
  });

  // ---- users (administrator) ----
  r.openapi(listUsersRoute, async (c) => {
    requireAdmin(who(c));
    return c.json({ users: await listUsers(store) }, 200);
  });
  r.openapi(addUserRoute, async (c) => {
    const admin = requireAdmin(who(c));
    const input = c.req.valid("json");
    const grants = await Promise.all(input.grants.map((g) => resolveGrant(store, g.role, g)));
    const id = await addUser(auth, store, { ...input, grants }, admin);
    return c.json({ id }, 201);
  });
  r.openapi(setGrantsRoute, async (c) => {
    const admin = requireAdmin(who(c));
    const user = await knownUser(store, c.req.valid("param").id);
    const { grants } = c.req.valid("json");
    await setGrants(store, user, await Promise.all(grants.map((g) => resolveGrant(store, g.role, g))), admin);
    return c.json({ ok: true as const }, 200);
  });
  r.openapi(resetPasswordRoute, async (c) => {
    const admin = requireAdmin(who(c));
    const user = await knownUser(store, c.req.valid("param").id);
    await resetPassword(auth, store, user, c.req.valid("json").password, admin);
    return c.json({ ok: true as const }, 200);
  });
  r.openapi(auditCsv, async (c) => {
    requireAdmin(who(c));
    const rows = await auditTrail(db);
    const csv = csvUtf8([
      ["番号", "日時", "利用者", "操作", "対象", "対象ID", "項目", "項目名", "変更前", "変更後", "理由"],
      ...rows.map((a) => [
        a.id,
        a.at,
        a.user_name,
        a.action,
        a.entity,
        a.entity_id,
        a.field,
        a.label,
        a.old_value,
        a.new_value,
        a.reason,
      ]),
    ]);
    return c.body(csv, 200, {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="audit-log.csv"',
    });
  });

  // ---- the evaluation cycle ----
  r.openapi(listCycles, async (c) => c.json({ cycles: await allCycles(db, who(c)) }, 200));
  r.openapi(planCyclesRoute, async (c) =>
    c.json(await planCycles(db, who(c), c.req.valid("param").key), 200),
  );
  r.openapi(openCycleRoute, async (c) =>
    c.json(await openCycle(db, profiles, who(c), c.req.valid("param").key, c.req.valid("json")), 201),
  );
  r.openapi(getCycle, async (c) =>
    c.json(await cycleDashboard(db, profiles, who(c), c.req.valid("param").id), 200),
  );
  r.openapi(publishCycleRoute, async (c) =>
    c.json(await publishCycle(db, profiles, who(c), c.req.valid("param").id), 200),
  );
  r.openapi(getItem, async (c) => {
    const { id, node } = c.req.valid("param");
    return c.json(await itemView(db, profiles, who(c), id, node), 200);
  });
  r.openapi(saveItemRoute, async (c) => {
    const { id, node } = c.req.valid("param");
    return c.json(await saveItem(db, profiles, who(c), id, node, c.req.valid("json")), 200);
  });
  for (const action of ["submit", "return", "approve"] as const) {
    r.openapi(transitionRoute(action), async (c) => {
      const { id, node } = c.req.valid("param");
      return c.json(await transitionItem(db, profiles, who(c), id, node, action, c.req.valid("json")), 200);
    });
  }
  return r;
}
