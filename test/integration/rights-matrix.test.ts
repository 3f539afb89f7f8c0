// Every API route against every role and anonymous: allowed (anything but 401/403) or denied (401 for
// anonymous, 403 for a signed-in user without the right), all asserted, on both databases. The support
// desk's routes (docs/support-desk.md, Who sees what) have three supporters: of 北洋銀行, which received
// the case, of the center, and of 北海道銀行, which has nothing to do with it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { createApp } from "../../src/server/app.ts";
import { type Client, client, makeUser, signIn } from "../support/accounts.ts";
import { importSeeds, nodeIdByCode } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const PLAN = "hokkaido-sogo-keikaku";
const WHO = [
  "anonymous",
  "viewer",
  "editor",
  "otherEditor",
  "otherEvaluator",
  "evaluator",
  "admin",
  "supporter",
  "centerStaff",
  "otherStaff",
] as const;
type Who = (typeof WHO)[number];
/** Signed in with a right of the evaluation work: a support organization's staff (supporter) has none. */
const SIGNED_IN: Who[] = ["viewer", "editor", "otherEditor", "otherEvaluator", "evaluator", "admin"];
const EVERYONE: Who[] = [...WHO];
/** The desk's users: staff of any of its organizations, and administrators. */
const DESK_USERS: Who[] = ["supporter", "centerStaff", "otherStaff", "admin"];
/** Those who see the case the bank's staff registered: it, the center, administrators. */
const CASE_USERS: Who[] = ["supporter", "centerStaff", "admin"];
const DESK_PLAN = "hokkaido-kita-monozukuri-support";

interface Route {
  method: "GET" | "POST" | "PUT";
  path: string;
  body?: unknown;
  allowed: Who[];
}

for (const dialect of DIALECTS) {
  describe(`rights matrix on ${dialect}`, () => {
    let store: TestStore;
    let app: ReturnType<typeof createApp>;
    const clients = {} as Record<Who, Client>;
    let routes: Route[];

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["000", "002", "001"]);
      app = createApp(store, loadProfiles(), { auth: { secret: "matrix-secret-0123456789abcdef012345" } });
      const nodeId = await nodeIdByCode(store.db, "2(2)A_0505");
      const programId = (
        await store.db.selectFrom("programs").select("id").orderBy("id").executeTakeFirstOrThrow()
      ).id;
      const indicatorId = (
        await store.db.selectFrom("indicators").select("id").orderBy("id").executeTakeFirstOrThrow()
      ).id;
      const other = (
        await store.db
          .selectFrom("departments")
          .select("name")
          .where("name", "!=", "産業振興課")
          .where("name", "!=", "スタートアップ推進室")
          .orderBy("id")
          .executeTakeFirstOrThrow()
      ).name;
      const departmentId = (
        await store.db
          .selectFrom("departments")
          .select("id")
          .where("name", "=", "産業振興課")
          .executeTakeFirstOrThrow()
      ).id;
      const viewerId = await makeUser(store, "viewer@example.jp", "viewer");
      await makeUser(store, "editor@example.jp", "editor", { department: "産業振興課" });
      await makeUser(store, "other-editor@example.jp", "editor", { department: other });
      await makeUser(store, "other-evaluator@example.jp", "evaluator", { plan: "hokkaido-society5" });
      await makeUser(store, "evaluator@example.jp", "evaluator", { plan: PLAN });
      await makeUser(store, "admin@example.jp", "admin");
      await makeUser(store, "supporter@example.jp", "supporter", { organization: "北洋銀行" });
      await makeUser(store, "center-staff@example.jp", "supporter", {
        organization: "ものづくり支援センター",
      });
      await makeUser(store, "other-staff@example.jp", "supporter", { organization: "北海道銀行" });
      const emails: Record<Exclude<Who, "anonymous">, string> = {
        viewer: "viewer@example.jp",
        editor: "editor@example.jp",
        otherEditor: "other-editor@example.jp",
        otherEvaluator: "other-evaluator@example.jp",
        evaluator: "evaluator@example.jp",
        admin: "admin@example.jp",
        supporter: "supporter@example.jp",
        centerStaff: "center-staff@example.jp",
        otherStaff: "other-staff@example.jp",
      };
      clients.anonymous = client(app, null);
      for (const [who, email] of Object.entries(emails)) {
        const { cookie } = await signIn(app, email);
        clients[who as Who] = client(app, cookie!);
      }
      const opened = await clients.evaluator.send("POST", `/api/plans/${PLAN}/cycles`, { fiscalYear: 2024 });
      const cycle = opened.body.id as number;
      const item = `/api/cycles/${cycle}/items/${nodeId}`;
      const desk = `/api/plans/${DESK_PLAN}/desk`;
      const deskCaseInput = {
        company: "株式会社権限テスト",
        municipality: "札幌市",
        field: "it",
        stage: "research",
        approvedProject: false,
        request: "権限の表のための相談",
        receivedOn: "2019-05-20",
      };
      const registered = await clients.supporter.send("POST", `${desk}/cases`, deskCaseInput);
      const deskCase = `/api/desk/cases/${registered.body.id as number}`;
      routes = [
        { method: "GET", path: "/api/openapi.json", allowed: EVERYONE },
        { method: "GET", path: "/api/me", allowed: EVERYONE },
        { method: "GET", path: "/api/overview", allowed: EVERYONE },
        { method: "GET", path: `/api/plans/${PLAN}`, allowed: EVERYONE },
        { method: "GET", path: `/api/nodes/${nodeId}`, allowed: EVERYONE },
        { method: "GET", path: `/api/indicators/${indicatorId}`, allowed: EVERYONE },
        { method: "GET", path: `/api/programs/${programId}`, allowed: EVERYONE },
        { method: "GET", path: `/api/nodes/${nodeId}/editions`, allowed: EVERYONE },
        // Only one year is published here: nothing to compare it with (404) for anyone.
        { method: "GET", path: `/api/nodes/${nodeId}/editions/compare`, allowed: EVERYONE },
        { method: "GET", path: `/api/programs/${programId}/editions`, allowed: EVERYONE },
        { method: "GET", path: `/api/programs/${programId}/editions/compare`, allowed: EVERYONE },
        { method: "GET", path: "/api/departments", allowed: EVERYONE },
        { method: "GET", path: "/api/departments/1", allowed: EVERYONE },
        { method: "GET", path: "/api/search?q=ものづくり", allowed: EVERYONE },
        { method: "GET", path: "/api/check", allowed: EVERYONE },
        { method: "GET", path: `/api/reports?plan=${PLAN}&node=${nodeId}`, allowed: EVERYONE },
        {
          method: "GET",
          path: `/api/reports/kihon-hyoka?plan=${PLAN}&node=2(2)A_0505&year=2023&format=html`,
          allowed: EVERYONE,
        },
        { method: "GET", path: "/api/opendata", allowed: EVERYONE },
        { method: "GET", path: `/api/opendata/nodes?plan=${PLAN}`, allowed: EVERYONE },
        { method: "GET", path: `/api/opendata.zip?plan=${PLAN}`, allowed: EVERYONE },
        { method: "GET", path: "/api/cycles", allowed: SIGNED_IN },
        { method: "GET", path: `/api/plans/${PLAN}/cycles`, allowed: SIGNED_IN },
        { method: "GET", path: `/api/cycles/${cycle}`, allowed: SIGNED_IN },
        { method: "GET", path: item, allowed: SIGNED_IN },
        {
          method: "POST",
          path: `/api/plans/${PLAN}/cycles`,
          body: { fiscalYear: 2025 },
          allowed: ["evaluator", "admin"],
        },
        {
          method: "PUT",
          path: item,
          body: { version: 1, changes: { "urgency/text": "緊急性は高い。" } },
          allowed: ["editor", "evaluator", "admin"],
        },
        {
          method: "POST",
          path: `${item}/submit`,
          body: { version: 1 },
          allowed: ["editor", "evaluator", "admin"],
        },
        {
          method: "POST",
          path: `${item}/return`,
          body: { version: 1, comment: "c" },
          allowed: ["evaluator", "admin"],
        },
        { method: "POST", path: `${item}/approve`, body: { version: 1 }, allowed: ["evaluator", "admin"] },
        {
          method: "GET",
          path: `/api/cycles/${cycle}/workbook?department=${departmentId}`,
          allowed: ["editor", "evaluator", "admin"],
        },
        // Uploads (the body here is no workbook: an allowed user gets 422 for it).
        {
          method: "POST",
          path: `/api/cycles/${cycle}/workbook/preview`,
          allowed: ["editor", "otherEditor", "evaluator", "admin"],
        },
        {
          method: "POST",
          path: `/api/cycles/${cycle}/workbook/apply`,
          allowed: ["editor", "otherEditor", "evaluator", "admin"],
        },
        { method: "GET", path: "/api/plan-setup/template.xlsx", allowed: EVERYONE },
        {
          method: "POST",
          path: "/api/plan-setup/preview",
          allowed: ["otherEvaluator", "evaluator", "admin"],
        },
        { method: "POST", path: "/api/plan-setup", allowed: ["otherEvaluator", "evaluator", "admin"] },
        { method: "POST", path: `/api/cycles/${cycle}/publish`, allowed: ["evaluator", "admin"] },
        { method: "GET", path: "/api/admin/users", allowed: ["admin"] },
        {
          method: "POST",
          path: "/api/admin/users",
          body: { email: "new@example.jp", name: "新規", password: "short", grants: [{ role: "viewer" }] },
          allowed: ["admin"],
        },
        {
          method: "PUT",
          path: `/api/admin/users/${viewerId}/grants`,
          body: { grants: [{ role: "viewer" }] },
          allowed: ["admin"],
        },
        {
          method: "POST",
          path: `/api/admin/users/${viewerId}/password`,
          body: { password: "short" },
          allowed: ["admin"],
        },
        { method: "GET", path: "/api/admin/audit.csv", allowed: ["admin"] },
        // Merging a program with itself and splitting off an unknown document: refused (422 / 404) once allowed.
        {
          method: "POST",
          path: `/api/programs/${programId}/merge`,
          body: { otherId: programId, reason: "同じ事業" },
          allowed: ["evaluator", "admin"],
        },
        {
          method: "POST",
          path: `/api/programs/${programId}/split`,
          body: { document: "no-such-document", reason: "別の事業" },
          allowed: ["evaluator", "admin"],
        },
        // The desk: reference data and counts for everyone; cases for its users, each case for those
        // involved in it. Bodies from version 1: the first allowed changes the case, the next get 409.
        { method: "GET", path: desk, allowed: EVERYONE },
        { method: "GET", path: `${desk}/counts`, allowed: EVERYONE },
        { method: "GET", path: `${desk}/quarters`, allowed: EVERYONE },
        { method: "GET", path: `${desk}/cases`, allowed: DESK_USERS },
        { method: "GET", path: `${desk}/follow-ups`, allowed: DESK_USERS },
        // A body of the right shape (a malformed one is refused before the rights, 422 for anyone):
        // received by an organization the plan does not have, refused (422) once allowed.
        {
          method: "POST",
          path: `${desk}/cases`,
          body: { ...deskCaseInput, receivedBy: 2147483647 },
          allowed: DESK_USERS,
        },
        { method: "GET", path: deskCase, allowed: CASE_USERS },
        {
          method: "POST",
          path: `${deskCase}/steps`,
          body: { version: 1, kind: "handled" },
          allowed: CASE_USERS,
        },
        {
          method: "POST",
          path: `${deskCase}/supports`,
          body: { version: 2, date: "2019-06-10", kind: "advice" },
          allowed: CASE_USERS,
        },
        {
          method: "POST",
          path: `${deskCase}/close`,
          body: { version: 3, outcome: "解決" },
          allowed: CASE_USERS,
        },
        // Each organization's staff confirm its own figures; an administrator does not.
        {
          method: "POST",
          path: `${desk}/quarters/confirm`,
          body: { fiscalYear: 2019, quarter: 1 },
          allowed: ["supporter", "centerStaff", "otherStaff"],
        },
      ];
    });
    afterAll(async () => store.cleanup());

    it("answers every route for every role as expected", async () => {
      const table: string[] = [];
      const mismatches: string[] = [];
      for (const r of routes) {
        const row: string[] = [];
        for (const who of WHO) {
          const c = clients[who];
          const res = r.method === "GET" ? await c.get(r.path) : await c.send(r.method, r.path, r.body ?? {});
          const denied = res.status === 401 || res.status === 403;
          const expected = r.allowed.includes(who);
          if (denied === expected) mismatches.push(`${r.method} ${r.path} as ${who}: ${res.status}`);
          // A denial is 401 for anonymous and 403 otherwise; an allowed request never fails inside.
          if (denied) expect(res.status).toBe(who === "anonymous" ? 401 : 403);
          expect(res.status).toBeLessThan(500);
          row.push(`${who}=${res.status}`);
        }
        table.push(`${r.method} ${r.path}: ${row.join(" ")}`);
      }
      expect(mismatches, table.join("\n")).toEqual([]);
      expect(routes.length * WHO.length).toBe(54 * 10);
    });

    it("covers every operation the OpenAPI description lists, and the description lists every route", async () => {
      const spec = (await clients.anonymous.get("/api/openapi.json")).body as {
        paths: Record<string, Record<string, unknown>>;
      };
      // better-auth's own (sign-in, sign-out, session, password) keep its rules; api-fuzz calls them.
      const described = Object.entries(spec.paths)
        .filter(([path]) => !path.startsWith("/api/auth/"))
        .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      const template = (r: Route) =>
        described.find((d) => {
          const [method, path] = d.split(" ") as [string, string];
          const pattern = new RegExp(
            `^${path.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/?]+")}(\\?.*)?$`,
          );
          return method === r.method && pattern.test(r.path);
        });
      expect(routes.filter((r) => !template(r)).map((r) => `${r.method} ${r.path}`)).toEqual([]);
      const tested = new Set(routes.map(template));
      expect(described.filter((d) => !tested.has(d))).toEqual([]);
    });
  });
}
