// The one home of accounts: better-auth (password sign-in, sessions, its rate limit) on the store's own
// Kysely, the role grants beside it, and the user administration the CLI and the admin page share.
import { randomBytes } from "node:crypto";
import { betterAuth } from "better-auth";
import type { Store } from "../db/connect.ts";
import { createAuthMiddleware } from "better-auth/api";
import type { Kysely, Transaction } from "kysely";
import { departmentsByName } from "../db/import-document.ts";
import { organizationsNamed } from "../db/support-organizations.ts";
import type { Database } from "../db/schema.ts";
import {
  type Grant,
  MIN_PASSWORD,
  type Principal,
  ROLES,
  type Role,
  grantLabel,
  grantProblem,
} from "../domain/rights.ts";
import { type Actor, audit } from "../services/audit.ts";
import { Problem } from "../services/problem.ts";

/** The header the server writes the peer's address into (a client's own value is replaced). */
export const CLIENT_IP_HEADER = "x-hyoka-client-ip";
/** Sign-in attempts allowed per address per minute. */
export const SIGN_IN_LIMIT = { window: 60, max: 5 };

export interface AuthOptions {
  /** Secret for signing session cookies; HYOKA_AUTH_SECRET, or one made per process. */
  secret?: string;
  /** Secure cookies (default on: browsers accept them on http://localhost too). */
  secureCookies?: boolean;
}

export function createAuth(store: Store, options: AuthOptions = {}) {
  const secret = options.secret ?? process.env.HYOKA_AUTH_SECRET ?? randomBytes(32).toString("hex");
  return betterAuth({
    appName: "Hyoka",
    baseURL: "http://localhost",
    basePath: "/api/auth",
    secret,
    database: { db: store.db, type: store.dialect },
    user: { modelName: "auth_user" },
    session: { modelName: "auth_session", expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    account: { modelName: "auth_account" },
    verification: { modelName: "auth_verification" },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD },
    // Requests come from the address the browser used: that origin (and only it) is trusted.
    trustedOrigins: (request) => (request ? [new URL(request.url).origin] : []),
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": SIGN_IN_LIMIT },
    },
    advanced: {
      useSecureCookies: options.secureCookies ?? true,
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    logger: { disabled: true },
    // A user's own password change goes into the audit trail (never the password itself).
    hooks: {
      after: createAuthMiddleware(async (ctx) => {
        const user = ctx.context.session?.user;
        if (ctx.path !== "/change-password" || !user || ctx.context.returned instanceof Error) return;
        await audit(
          store.db,
          { userId: user.id, name: user.name, email: user.email },
          {
            action: "user.password",
            entity: "user",
            entityId: user.id,
            label: user.email,
            new: "本人が変更",
          },
        );
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** An account request that cannot be done as asked: 422, its message for the user (API and CLI alike). */
const userError = (message: string) =>
  new Problem(422, "invalid", message, { errors: [{ field: "user", message }] });

/** The signed-in user and their grants, from the request's session cookie; null when anonymous. */
export async function principalOf(auth: Auth, store: Store, headers: Headers): Promise<Principal | null> {
  if (!headers.get("cookie")) return null;
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  return {
    userId: session.user.id,
    name: session.user.name,
    email: session.user.email,
    grants: await grantsOf(store, session.user.id),
  };
}

async function grantsOf(store: Store, userId: string): Promise<Grant[]> {
  const rows = await store.db
    .selectFrom("role_grants")
    .select(["role", "plan_id", "department_id", "support_organization_id"])
    .where("user_id", "=", userId)
    .orderBy("id")
    .execute();
  return rows.map((r) => ({
    role: r.role as Role,
    planId: r.plan_id,
    departmentId: r.department_id,
    supportOrganizationId: r.support_organization_id,
  }));
}

export interface UserSummary {
  id: string;
  name: string;
  email: string;
  grants: (Grant & { plan: string | null; department: string | null; supportOrganization: string | null })[];
}

/** Grants with the names of what they are for: the plan's key, the department's and organization's name. */
const namedGrants = (db: Kysely<Database> | Transaction<Database>) =>
  db
    .selectFrom("role_grants as g")
    .leftJoin("plans as p", "p.id", "g.plan_id")
    .leftJoin("departments as d", "d.id", "g.department_id")
    .leftJoin("support_organizations as o", "o.id", "g.support_organization_id")
    .select([
      "g.user_id",
      "g.role",
      "g.plan_id",
      "g.department_id",
      "g.support_organization_id",
      "p.key as plan",
      "d.name as department",
      "o.name as supportOrganization",
    ])
    .orderBy("g.id");

export async function listUsers(store: Store): Promise<UserSummary[]> {
  const users = await store.db
    .selectFrom("auth_user")
    .select(["id", "name", "email"])
    .orderBy("email")
    .execute();
  const grants = await namedGrants(store.db).execute();
  const byUser = Map.groupBy(grants, (g) => g.user_id);
  return users.map((u) => ({
    ...u,
    grants: (byUser.get(u.id) ?? []).map((g) => ({
      role: g.role as Role,
      planId: g.plan_id,
      departmentId: g.department_id,
      supportOrganizationId: g.support_organization_id,
      plan: g.plan,
      department: g.department,
      supportOrganization: g.supportOrganization,
    })),
  }));
}

/**
 * A grant from names as people type them: a plan's key, a department's name, a support organization's
 * name or short name (for a supporter, the plan only narrows which plan's organization is meant).
 */
export async function resolveGrant(
  store: Store,
  role: string,
  scope: { plan?: string; department?: string; organization?: string },
): Promise<Grant> {
  if (!ROLES.includes(role as Role)) {
    throw userError(`役割は ${ROLES.join(" / ")} のいずれかです: 「${role}」`);
  }
  let planId: number | null = null;
  let departmentId: number | null = null;
  if (scope.plan) {
    const p = await store.db
      .selectFrom("plans")
      .select("id")
      .where("key", "=", scope.plan)
      .executeTakeFirst();
    if (!p) throw userError(`計画「${scope.plan}」が見つかりません。hyoka の計画キーで指定してください。`);
    planId = p.id;
  }
  if (scope.department) {
    const found = await departmentsByName(store.db, scope.department);
    if (found.length === 0) throw userError(`担当課「${scope.department}」が見つかりません。`);
    if (found.length > 1)
      throw userError(
        `担当課「${scope.department}」は${found.length}つあります。部・局から続けて書いてください（例: 経済部産業振興局産業振興課）。`,
      );
    departmentId = found[0]!.id;
  }
  const supportOrganizationId = scope.organization
    ? await resolveOrganization(store, scope.organization, planId)
    : null;
  if (role === "supporter") planId = null;
  const grant: Grant = { role: role as Role, planId, departmentId, supportOrganizationId };
  const problem = grantProblem(grant);
  if (problem) throw userError(problem);
  return grant;
}

/** The support organization a typed name stands for (in the plan, when one is given). */
async function resolveOrganization(store: Store, name: string, planId: number | null): Promise<number> {
  const found = await organizationsNamed(store.db, name, planId ?? undefined);
  if (found.length === 0) {
    throw userError(`支援機関「${name}」が見つかりません。計画に載っている名前か略称で指定してください。`);
  }
  if (found.length > 1) {
    throw userError(`支援機関「${name}」は${found.length}つの計画にあります。計画のキーも指定してください。`);
  }
  return found[0]!.id;
}

function checkPassword(password: string) {
  if (password.length < MIN_PASSWORD) {
    throw userError(`パスワードは${MIN_PASSWORD}文字以上にしてください。`);
  }
}

export async function addUser(
  auth: Auth,
  store: Store,
  user: { email: string; name: string; password: string; grants: readonly Grant[] },
  actor: Actor,
): Promise<string> {
  checkPassword(user.password);
  const email = user.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    throw userError(`メールアドレスの形ではありません: 「${user.email}」`);
  const ctx = await auth.$context;
  if (await ctx.internalAdapter.findUserByEmail(email)) {
    throw userError(`「${email}」の利用者はすでにいます。`);
  }
  const created = await ctx.internalAdapter.createUser(
    { email, name: user.name.trim() || email, emailVerified: true },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: created.id,
    providerId: "credential",
    accountId: created.id,
    password: await ctx.password.hash(user.password),
  });
  await audit(store.db, actor, {
    action: "user.add",
    entity: "user",
    entityId: created.id,
    label: email,
    new: created.name,
  });
  await setGrants(store, created.id, user.grants, actor);
  return created.id;
}

/** A user's grants as one line for the audit trail: 政策評価担当（hokkaido）、担当課（経済部）. */
async function grantsText(db: Kysely<Database> | Transaction<Database>, userId: string): Promise<string> {
  const rows = await namedGrants(db).where("g.user_id", "=", userId).execute();
  return rows.map((r) => grantLabel({ ...r, role: r.role as Role })).join("、") || "権限なし";
}

export async function setGrants(
  store: Store,
  userId: string,
  grants: readonly Grant[],
  actor: Actor,
): Promise<void> {
  for (const g of grants) {
    const problem = grantProblem(g);
    if (problem) throw userError(problem);
  }
  await store.db.transaction().execute(async (trx) => {
    const old = await grantsText(trx, userId);
    await trx.deleteFrom("role_grants").where("user_id", "=", userId).execute();
    if (grants.length) {
      await trx
        .insertInto("role_grants")
        .values(
          grants.map((g) => ({
            user_id: userId,
            role: g.role,
            plan_id: g.planId,
            department_id: g.departmentId,
            support_organization_id: g.supportOrganizationId,
          })),
        )
        .execute();
    }
    const now = await grantsText(trx, userId);
    if (now !== old) {
      await audit(trx, actor, { action: "user.grants", entity: "user", entityId: userId, old, new: now });
    }
  });
}

/** Sets a new password and ends the user's sessions. */
export async function resetPassword(
  auth: Auth,
  store: Store,
  userId: string,
  password: string,
  actor: Actor,
): Promise<void> {
  checkPassword(password);
  const ctx = await auth.$context;
  await ctx.internalAdapter.updatePassword(userId, await ctx.password.hash(password));
  await store.db.deleteFrom("auth_session").where("userId", "=", userId).execute();
  await audit(store.db, actor, {
    action: "user.password",
    entity: "user",
    entityId: userId,
    new: "管理者が設定し直した",
  });
}

/** The user an e-mail address names, with their grants: whom the command line acts as. */
export async function principalByEmail(store: Store, email: string): Promise<Principal> {
  const u = await store.db
    .selectFrom("auth_user")
    .select(["id", "name", "email"])
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  if (!u) {
    throw userError(
      `利用者「${email}」が見つかりません。hyoka users list で確かめるか、hyoka users add で登録してください。`,
    );
  }
  return { userId: u.id, name: u.name, email: u.email, grants: await grantsOf(store, u.id) };
}

export async function findUserId(store: Store, email: string): Promise<string> {
  const u = await store.db
    .selectFrom("auth_user")
    .select("id")
    .where("email", "=", email.trim().toLowerCase())
    .executeTakeFirst();
  if (!u) throw userError(`利用者「${email}」が見つかりません。hyoka users list で確認してください。`);
  return u.id;
}

export async function userCount(store: Store): Promise<number> {
  const r = await store.db
    .selectFrom("auth_user")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
