// Routes of the evaluation work and of accounts: who am I, users and roles (administrator), the
// evaluation cycle (open, dashboard, items, submit / return / approve, publish) and the audit trail.
// Each route reads its input with zod, asks the service (which checks rights) and answers.
import { type Context, Hono } from "hono";
import { z } from "zod";
import { type Auth, addUser, listUsers, resetPassword, resolveGrant, setGrants } from "../auth/auth.ts";
import type { Store } from "../db/connect.ts";
import { type Principal, ROLE_LABELS, isAdmin } from "../domain/rights.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
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
import { csvUtf8 } from "../reports/csv.ts";
import { auditTrail } from "../services/audit.ts";
import { Problem, forbidden, unauthenticated } from "../services/problem.ts";
import { body, requiredId } from "./http.ts";

export type WorkEnv = { Variables: { principal: Principal | null } };

const id = (c: Context, name: string) => requiredId(name, c.req.param(name));

const requireAdmin = (p: Principal | null): Principal => {
  if (!p) throw unauthenticated();
  if (!isAdmin(p)) throw forbidden("利用者を管理する");
  return p;
};

/** The user the path names (/admin/users/{id}/…); a 404 naming the parameter when there is none. */
async function knownUser(store: Store, c: Context): Promise<string> {
  const id = c.req.param("id")!;
  const user = await store.db.selectFrom("auth_user").select("id").where("id", "=", id).executeTakeFirst();
  if (!user) throw new Problem(404, "not_found", `利用者「${id}」が見つかりません。`, { parameter: "id" });
  return user.id;
}

const grantInput = z.object({
  role: z.string(),
  plan: z.string().optional(),
  department: z.string().optional(),
});

export function workRoutes(store: Store, profiles: ReadonlyMap<string, RuleProfile>, auth: Auth) {
  const { db } = store;
  const r = new Hono<WorkEnv>();
  const who = (c: Context<WorkEnv>) => c.get("principal");

  r.get("/me", (c) => {
    const p = who(c);
    return c.json({
      user: p
        ? {
            id: p.userId,
            name: p.name,
            email: p.email,
            grants: p.grants.map((g) => ({ ...g, label: ROLE_LABELS[g.role] })),
            admin: isAdmin(p),
          }
        : null,
    });
  });

  // ---- users (administrator) ----
  r.get("/admin/users", async (c) => {
    requireAdmin(who(c));
    return c.json({ users: await listUsers(store) });
  });
  r.post("/admin/users", async (c) => {
    const admin = requireAdmin(who(c));
    const input = await body(
      c,
      z.object({ email: z.string(), name: z.string(), password: z.string(), grants: z.array(grantInput) }),
    );
    const grants = await Promise.all(input.grants.map((g) => resolveGrant(store, g.role, g)));
    const userId = await addUser(auth, store, { ...input, grants }, admin);
    return c.json({ id: userId }, 201);
  });
  r.put("/admin/users/:id/grants", async (c) => {
    const admin = requireAdmin(who(c));
    const userId = await knownUser(store, c);
    const input = await body(c, z.object({ grants: z.array(grantInput) }));
    await setGrants(
      store,
      userId,
      await Promise.all(input.grants.map((g) => resolveGrant(store, g.role, g))),
      admin,
    );
    return c.json({ ok: true });
  });
  r.post("/admin/users/:id/password", async (c) => {
    const admin = requireAdmin(who(c));
    const userId = await knownUser(store, c);
    const input = await body(c, z.object({ password: z.string() }));
    await resetPassword(auth, store, userId, input.password, admin);
    return c.json({ ok: true });
  });
  r.get("/admin/audit.csv", async (c) => {
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
  r.get("/cycles", async (c) => c.json({ cycles: await allCycles(db, who(c)) }));
  r.get("/plans/:key/cycles", async (c) => c.json(await planCycles(db, who(c), c.req.param("key"))));
  r.post("/plans/:key/cycles", async (c) => {
    const input = await body(
      c,
      z.object({ fiscalYear: z.number().int(), deadline: z.string().nullable().optional() }),
    );
    return c.json(await openCycle(db, profiles, who(c), c.req.param("key"), input), 201);
  });
  r.get("/cycles/:id", async (c) => c.json(await cycleDashboard(db, profiles, who(c), id(c, "id"))));
  r.post("/cycles/:id/publish", async (c) => c.json(await publishCycle(db, profiles, who(c), id(c, "id"))));
  r.get("/cycles/:id/items/:node", async (c) =>
    c.json(await itemView(db, profiles, who(c), id(c, "id"), id(c, "node"))),
  );
  r.put("/cycles/:id/items/:node", async (c) => {
    const input = await body(
      c,
      z.object({
        version: z.number().int(),
        changes: z.record(z.string(), z.string()),
        reason: z.string().nullable().optional(),
      }),
    );
    return c.json(await saveItem(db, profiles, who(c), id(c, "id"), id(c, "node"), input));
  });
  for (const action of ["submit", "return", "approve"] as const) {
    r.post(`/cycles/:id/items/:node/${action}`, async (c) => {
      const input = await body(
        c,
        z.object({ version: z.number().int(), comment: z.string().nullable().optional() }),
      );
      return c.json(await transitionItem(db, profiles, who(c), id(c, "id"), id(c, "node"), action, input));
    });
  }
  return r;
}
