// The API keeps its contract: every operation /api/openapi.json declares is called, by anonymous, a
// viewer, an editor, an evaluator and an administrator, on both databases, with real parameters from the
// seeds; every answer is checked against the declared response for its status (test/support/contract.ts:
// the status must be declared, the media type too, a JSON body must match its schema with no undeclared
// field). Every operation must answer with success at least once, and the table below must name exactly
// the operations the document declares: a new route without a line here fails, as does a line for a
// route that went away.
//
// State: the seeds 000, 002 and 001 (the support desk), a published 令和6年度 of 2(2)A_0505 (two years to compare) and an open
// 令和7年度. State-changing routes run after the reading ones, in an order that lets each one succeed
// once for the first role allowed (the item is saved, submitted, returned, submitted again, approved,
// then the year is published); the roles after it get the refusal of the state it left (409 and the
// like), which is checked against the contract as well. The desk's case is registered, routed,
// supported and closed by the administrator (the only role here at the desk); a quarter is confirmed by
// the center's staff, whose session stands in for the administrator's there (an administrator confirms
// no organization's figures).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { createApp } from "../../src/server/app.ts";
import { itemView, openCycle, transitionItem } from "../../src/services/cycle.ts";
import { ORIGIN, PASSWORD, fromAddress, makeUser, nextAddress, signIn } from "../support/accounts.ts";
import { type Contract, watch } from "../support/contract.ts";
import { TEST_EVALUATOR, publishMeasureYear } from "../support/publish.ts";
import { importSeeds, nodeIdByCode } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const PLAN = "hokkaido-sogo-keikaku";
const DESK = "/api/plans/hokkaido-kita-monozukuri-support/desk";
const WHO = ["anonymous", "viewer", "editor", "evaluator", "admin"] as const;
type Who = (typeof WHO)[number];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PLAN_SETUP = readFileSync(
  fileURLToPath(new URL("../fixtures/workbook/plan-setup-sample.xlsx", import.meta.url)),
);
const profiles = loadProfiles();

// Every violation of this file is listed at once, at the end of each store's run (and by the setup
// module's check after the file), instead of failing the first request that breaks the contract.
watch.throwOnViolation = false;

/** One request: a JSON body, or an upload (the file as the body, its name in X-File-Name). */
interface Call {
  method: string;
  path: string;
  json?: unknown;
  upload?: { bytes: Uint8Array; type: string; name: string };
  /** Another session than the role's own (null: none). */
  cookie?: string | null;
}

/** What the steps draw their parameters from. */
interface World {
  nodeId: number;
  indicatorId: number;
  /** 0532 機械工業振興事業費補助金: in the 基本評価調書 of both published years. */
  programId: number;
  /** 自動運転車開発拠点化促進事業: listed by 000 and by 002 (hokkaido-society5-r4), to split and merge. */
  autonomousId: number;
  departmentId: number;
  /** The published 令和6年度 and the open 令和7年度 of the plan. */
  published: number;
  open: number;
  /** A user the administrator's routes change (never one of the callers). */
  targetUser: string;
  table: string;
  /** The department's workbook of the open year, as downloaded. */
  workbook: Uint8Array;
  /** The program split off (set by the split, merged back by the merge). */
  splitOff: number | null;
  /** The desk's case (set when registered) and its version; ノーステック財団, to hand it to. */
  deskCase: number | null;
  deskVersion: number;
  noastec: number;
  /** The session of the center's staff. */
  centerStaff: string;
}

interface Step {
  /** The operation, as the document names it: "GET /api/nodes/{id}". */
  op: string;
  /** Done once before the step's calls (through the services, as a person would). */
  before?: () => Promise<void>;
  call: (who: Who) => Call | Promise<Call>;
  /** What to keep from an answer (the id of what was made). */
  after?: (status: number, body: unknown) => void;
}

for (const dialect of DIALECTS) {
  describe(`every operation keeps the contract on ${dialect}`, () => {
    let store: TestStore;
    let app: ReturnType<typeof createApp>;
    let w: World;
    const cookies = {} as Record<Who, string | null>;
    /** Statuses seen, by operation and role. */
    const seen = new Map<string, Map<Who, number>>();
    /** Where this store's violations begin in the file's list. */
    let firstViolation = 0;

    const send = async (who: Who, c: Call) => {
      const cookie = c.cookie === undefined ? cookies[who] : c.cookie;
      const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
      let body: BodyInit | undefined;
      if (c.method !== "GET") headers.Origin = ORIGIN;
      if (c.json !== undefined) {
        headers["Content-Type"] = "application/json";
        body = JSON.stringify(c.json);
      } else if (c.upload) {
        headers["Content-Type"] = c.upload.type;
        headers["X-File-Name"] = encodeURIComponent(c.upload.name);
        body = new Uint8Array(c.upload.bytes);
      }
      return app.request(
        `${ORIGIN}${c.path}`,
        { method: c.method, headers, body },
        fromAddress(nextAddress()),
      );
    };
    const version = async () =>
      (await itemView(store.db, profiles, TEST_EVALUATOR, w.open, w.nodeId)).version;
    const item = () => `/api/cycles/${w.open}/items/${w.nodeId}`;
    const get = (path: () => string) => () => ({ method: "GET", path: path() });

    beforeAll(async () => {
      firstViolation = watch.contract?.violations.length ?? 0;
      store = await createTestStore(dialect);
      const { db } = store;
      await importSeeds(db, ["000", "002", "001"]);
      app = createApp(store, profiles, { auth: { secret: "contract-secret-0123456789abcdef0123" } });
      const nodeId = await nodeIdByCode(db, "2(2)A_0505");
      const one = async (table: "indicators" | "programs" | "departments", column: string, value: string) =>
        (
          await db
            .selectFrom(table)
            .select("id")
            .where(column as "id", "=", value as never)
            .executeTakeFirstOrThrow()
        ).id;
      const indicatorId = await one("indicators", "name", "製造業の付加価値生産性");
      const programId = await one("programs", "code", "0532");
      const published = await publishMeasureYear(
        db,
        profiles,
        { plan: PLAN, nodeId, year: 2024 },
        {
          [`actual/${indicatorId}/2023/value`]: "1,200.0",
          "text/成果": "令和6年度の成果",
          analysis: "令和6年度の分析",
          "coordination/rating": "○",
          "urgency/rating": "○",
          proposedJudgement: "概ね順調",
          [`settled/${programId}`]: "5,000",
        },
        "令和6年度の二次評価",
      );
      const open = (await openCycle(db, profiles, TEST_EVALUATOR, PLAN, { fiscalYear: 2025 })).id;
      await makeUser(store, "viewer@example.jp", "viewer");
      await makeUser(store, "editor@example.jp", "editor", { department: "産業振興課" });
      await makeUser(store, "evaluator@example.jp", "evaluator", { plan: PLAN });
      await makeUser(store, "admin@example.jp", "admin");
      const targetUser = await makeUser(store, "target@example.jp", "viewer");
      await makeUser(store, "center@example.jp", "supporter", { organization: "ものづくり支援センター" });
      cookies.anonymous = null;
      for (const who of WHO.slice(1)) {
        const { cookie } = await signIn(app, `${who}@example.jp`);
        if (!cookie) throw new Error(`sign-in failed for ${who}`);
        cookies[who] = cookie;
      }
      const departmentId = await one("departments", "name", "産業振興課");
      const book = await send("editor", {
        method: "GET",
        path: `/api/cycles/${open}/workbook?department=${departmentId}`,
      });
      w = {
        nodeId,
        indicatorId,
        programId,
        autonomousId: await one("programs", "name", "自動運転車開発拠点化促進事業"),
        departmentId,
        published,
        open,
        targetUser,
        table: (
          (await (await send("anonymous", { method: "GET", path: "/api/opendata" })).json()) as {
            tables: { name: string }[];
          }
        ).tables[0]!.name,
        workbook: new Uint8Array(await book.arrayBuffer()),
        splitOff: null,
        deskCase: null,
        deskVersion: 1,
        noastec: (
          await db
            .selectFrom("support_organizations")
            .select("id")
            .where("name", "=", "公益財団法人北海道科学技術総合振興センター")
            .where("kind", "=", "core")
            .executeTakeFirstOrThrow()
        ).id,
        centerStaff: (await signIn(app, "center@example.jp")).cookie!,
      };
    });
    afterAll(async () => store.cleanup());

    // Reading first; then what changes state, in the order the cycle goes; merging programs last.
    const steps: Step[] = [
      { op: "GET /api/openapi.json", call: get(() => "/api/openapi.json") },
      { op: "GET /api/me", call: get(() => "/api/me") },
      { op: "GET /api/overview", call: get(() => "/api/overview") },
      { op: "GET /api/plans/{key}", call: get(() => `/api/plans/${PLAN}`) },
      { op: "GET /api/nodes/{id}", call: get(() => `/api/nodes/${w.nodeId}`) },
      { op: "GET /api/indicators/{id}", call: get(() => `/api/indicators/${w.indicatorId}`) },
      { op: "GET /api/programs/{id}", call: get(() => `/api/programs/${w.programId}`) },
      { op: "GET /api/departments", call: get(() => "/api/departments") },
      { op: "GET /api/departments/{id}", call: get(() => `/api/departments/${w.departmentId}`) },
      { op: "GET /api/search", call: get(() => "/api/search?q=ものづくり") },
      { op: "GET /api/check", call: get(() => "/api/check") },
      { op: "GET /api/nodes/{id}/editions", call: get(() => `/api/nodes/${w.nodeId}/editions`) },
      {
        op: "GET /api/nodes/{id}/editions/compare",
        call: get(() => `/api/nodes/${w.nodeId}/editions/compare?from=2023&to=2024`),
      },
      {
        op: "GET /api/programs/{id}/editions",
        call: get(() => `/api/programs/${w.programId}/editions?plan=${PLAN}&node=${w.nodeId}`),
      },
      {
        op: "GET /api/programs/{id}/editions/compare",
        call: get(
          () => `/api/programs/${w.programId}/editions/compare?plan=${PLAN}&node=${w.nodeId}&from=R5&to=R6`,
        ),
      },
      { op: "GET /api/reports", call: get(() => `/api/reports?plan=${PLAN}&node=${w.nodeId}`) },
      {
        op: "GET /api/reports/{kind}",
        // Each role another format (PDF, which needs Chromium, is left to the report tests).
        call: (who) => {
          const format = {
            anonymous: "format=html",
            viewer: "format=csv&table=indicators",
            editor: "format=xlsx",
            evaluator: "format=csv&table=programs&encoding=cp932",
            admin: "format=html",
          }[who];
          return {
            method: "GET",
            path: `/api/reports/kihon-hyoka?plan=${PLAN}&node=2(2)A_0505&year=R5&${format}`,
          };
        },
      },
      { op: "GET /api/opendata", call: get(() => "/api/opendata") },
      { op: "GET /api/opendata/{table}", call: get(() => `/api/opendata/${w.table}?plan=${PLAN}&limit=5`) },
      { op: "GET /api/opendata.zip", call: get(() => `/api/opendata.zip?plan=${PLAN}`) },
      { op: "GET /api/cycles", call: get(() => "/api/cycles") },
      { op: "GET /api/plans/{key}/cycles", call: get(() => `/api/plans/${PLAN}/cycles`) },
      { op: "GET /api/cycles/{id}", call: get(() => `/api/cycles/${w.open}`) },
      { op: "GET /api/cycles/{id}/items/{node}", call: get(item) },
      {
        op: "GET /api/cycles/{id}/workbook",
        call: get(() => `/api/cycles/${w.open}/workbook?department=${w.departmentId}`),
      },
      { op: "GET /api/plan-setup/template.xlsx", call: get(() => "/api/plan-setup/template.xlsx") },
      { op: "GET /api/admin/users", call: get(() => "/api/admin/users") },
      { op: "GET /api/admin/audit.csv", call: get(() => "/api/admin/audit.csv") },
      { op: "GET /api/auth/get-session", call: get(() => "/api/auth/get-session") },
      {
        // Each role signs in (anonymous with a password that is wrong: 401).
        op: "POST /api/auth/sign-in/email",
        call: (who) => ({
          method: "POST",
          path: "/api/auth/sign-in/email",
          json:
            who === "anonymous"
              ? { email: "viewer@example.jp", password: "wrong-password-0000" }
              : { email: `${who}@example.jp`, password: PASSWORD },
          cookie: null,
        }),
      },
      {
        // To the same password: the callers' sessions and passwords stay as they are.
        op: "POST /api/auth/change-password",
        call: () => ({
          method: "POST",
          path: "/api/auth/change-password",
          json: { currentPassword: PASSWORD, newPassword: PASSWORD },
        }),
      },

      // ---- changing state ----
      {
        // 令和8年度 is opened once; the roles after get 409 (already open).
        op: "POST /api/plans/{key}/cycles",
        call: () => ({ method: "POST", path: `/api/plans/${PLAN}/cycles`, json: { fiscalYear: 2026 } }),
      },
      {
        op: "POST /api/admin/users",
        call: (who) => ({
          method: "POST",
          path: "/api/admin/users",
          json: {
            email: `added-by-${who}@example.jp`,
            name: "新規",
            password: PASSWORD,
            grants: [{ role: "viewer" }],
          },
        }),
      },
      {
        op: "PUT /api/admin/users/{id}/grants",
        call: () => ({
          method: "PUT",
          path: `/api/admin/users/${w.targetUser}/grants`,
          json: { grants: [{ role: "editor", department: "産業振興課" }] },
        }),
      },
      {
        op: "POST /api/admin/users/{id}/password",
        call: () => ({
          method: "POST",
          path: `/api/admin/users/${w.targetUser}/password`,
          json: { password: "reset-by-admin-1234" },
        }),
      },
      {
        op: "POST /api/cycles/{id}/workbook/preview",
        call: () => ({
          method: "POST",
          path: `/api/cycles/${w.open}/workbook/preview`,
          upload: { bytes: w.workbook, type: XLSX, name: "産業振興課.xlsx" },
        }),
      },
      {
        op: "POST /api/cycles/{id}/workbook/apply",
        call: () => ({
          method: "POST",
          path: `/api/cycles/${w.open}/workbook/apply`,
          upload: { bytes: w.workbook, type: XLSX, name: "産業振興課.xlsx" },
        }),
      },
      {
        op: "POST /api/plan-setup/preview",
        call: () => ({
          method: "POST",
          path: "/api/plan-setup/preview",
          upload: { bytes: PLAN_SETUP, type: XLSX, name: "plan-setup.xlsx" },
        }),
      },
      {
        op: "POST /api/plan-setup",
        call: () => ({
          method: "POST",
          path: "/api/plan-setup",
          upload: { bytes: PLAN_SETUP, type: XLSX, name: "plan-setup.xlsx" },
        }),
      },
      {
        // Every role allowed saves (from the current version): the item stays a draft.
        op: "PUT /api/cycles/{id}/items/{node}",
        call: async () => ({
          method: "PUT",
          path: item(),
          json: {
            version: await version(),
            changes: {
              analysis: "令和7年度の分析",
              "coordination/rating": "○",
              "urgency/rating": "○",
              proposedJudgement: "概ね順調",
            },
          },
        }),
      },
      {
        op: "POST /api/cycles/{id}/items/{node}/submit",
        call: async () => ({ method: "POST", path: `${item()}/submit`, json: { version: await version() } }),
      },
      {
        op: "POST /api/cycles/{id}/items/{node}/return",
        call: async () => ({
          method: "POST",
          path: `${item()}/return`,
          json: { version: await version(), comment: "分析を具体的に書いてください。" },
        }),
      },
      {
        op: "POST /api/cycles/{id}/items/{node}/approve",
        // Submitted again after the return, so that it can be approved.
        before: async () => {
          await transitionItem(store.db, profiles, TEST_EVALUATOR, w.open, w.nodeId, "submit", {
            version: await version(),
          });
        },
        call: async () => ({ method: "POST", path: `${item()}/approve`, json: { version: await version() } }),
      },
      {
        op: "POST /api/cycles/{id}/publish",
        call: () => ({ method: "POST", path: `/api/cycles/${w.open}/publish` }),
      },

      // ---- the support desk ----
      { op: "GET /api/plans/{key}/desk", call: get(() => DESK) },
      {
        op: "POST /api/plans/{key}/desk/cases",
        call: () => ({
          method: "POST",
          path: `${DESK}/cases`,
          json: {
            company: "株式会社契約テスト食品",
            municipality: "帯広市",
            field: "food_manufacturing",
            stage: "productization",
            approvedProject: true,
            request: "殺菌工程について相談したい。",
            receivedOn: "2019-05-20",
          },
        }),
        after: (status, body) => {
          if (status === 201) w.deskCase = (body as { id: number }).id;
        },
      },
      { op: "GET /api/desk/cases/{id}", call: get(() => `/api/desk/cases/${w.deskCase ?? 1}`) },
      { op: "GET /api/plans/{key}/desk/cases", call: get(() => `${DESK}/cases?fiscalYear=2019`) },
      {
        op: "POST /api/desk/cases/{id}/steps",
        call: () => ({
          method: "POST",
          path: `/api/desk/cases/${w.deskCase ?? 1}/steps`,
          json: {
            version: w.deskVersion,
            kind: "handed_on",
            date: "2019-05-27",
            toOrganizationId: w.noastec,
          },
        }),
        after: (status, body) => {
          if (status === 200) w.deskVersion = (body as { version: number }).version;
        },
      },
      {
        op: "POST /api/desk/cases/{id}/supports",
        call: () => ({
          method: "POST",
          path: `/api/desk/cases/${w.deskCase ?? 1}/supports`,
          json: { version: w.deskVersion, date: "2019-06-10", organizationId: w.noastec, kind: "technical" },
        }),
        after: (status, body) => {
          if (status === 201) w.deskVersion = (body as { version: number }).version;
        },
      },
      { op: "GET /api/plans/{key}/desk/counts", call: get(() => `${DESK}/counts?asOf=2020-04-01`) },
      { op: "GET /api/plans/{key}/desk/quarters", call: get(() => `${DESK}/quarters?fiscalYear=2019`) },
      // In 2020 the case is in its first follow-up year, with no support yet: due.
      { op: "GET /api/plans/{key}/desk/follow-ups", call: get(() => `${DESK}/follow-ups?asOf=2020-10-01`) },
      {
        op: "POST /api/desk/cases/{id}/close",
        call: () => ({
          method: "POST",
          path: `/api/desk/cases/${w.deskCase ?? 1}/close`,
          json: { version: w.deskVersion, outcome: "製品化に至った", closedOn: "2019-12-20" },
        }),
      },
      {
        op: "POST /api/plans/{key}/desk/quarters/confirm",
        call: (who) => ({
          method: "POST",
          path: `${DESK}/quarters/confirm`,
          json: { fiscalYear: 2019, quarter: 1 },
          ...(who === "admin" ? { cookie: w.centerStaff } : {}),
        }),
      },
      {
        // Split once (the roles after find no such listing left), then merged back.
        op: "POST /api/programs/{id}/split",
        call: () => ({
          method: "POST",
          path: `/api/programs/${w.autonomousId}/split`,
          json: { document: "hokkaido-society5-r4", reason: "別の事業だった" },
        }),
        after: (status, body) => {
          if (status === 201) w.splitOff = (body as { id: number }).id;
        },
      },
      {
        op: "POST /api/programs/{id}/merge",
        call: () => ({
          method: "POST",
          path: `/api/programs/${w.autonomousId}/merge`,
          json: { otherId: w.splitOff ?? w.programId, reason: "やはり同じ事業" },
        }),
      },
      {
        // A session of its own for each role, signed out (the role's own stays).
        op: "POST /api/auth/sign-out",
        call: async (who) => ({
          method: "POST",
          path: "/api/auth/sign-out",
          cookie: who === "anonymous" ? null : (await signIn(app, `${who}@example.jp`)).cookie,
        }),
      },
    ];

    it("calls every declared operation as every role; each answer is as declared", async () => {
      for (const step of steps) {
        await step.before?.();
        for (const who of WHO) {
          const call = await step.call(who);
          const res = await send(who, call);
          const isJson = res.headers.get("content-type")?.includes("json") ?? false;
          const json: unknown = isJson ? await res.json() : (await res.arrayBuffer(), null);
          step.after?.(res.status, json);
          if (!seen.has(step.op)) seen.set(step.op, new Map());
          seen.get(step.op)!.set(who, res.status);
        }
      }
      const contract = watch.contract as Contract;
      const table = [...seen].map(
        ([op, by]) => `${op}: ${[...by].map(([who, s]) => `${who}=${s}`).join(" ")}`,
      );
      const declared = contract.operations.map((o) => o.key);
      // The table names exactly what the document declares (better-auth's own routes aside).
      expect(
        declared.filter((op) => !steps.some((s) => s.op === op)),
        "declared operations this test does not call",
      ).toEqual([]);
      expect(
        steps.map((s) => s.op).filter((op) => !declared.includes(op)),
        "operations called here that the document does not declare",
      ).toEqual([]);
      // Each call went to the operation its line names (no other template took it).
      for (const step of steps) {
        const call = await step.call("anonymous");
        expect(contract.operationOf(call.method, call.path)?.key, call.path).toBe(step.op);
      }
      expect(
        steps
          .filter((s) => ![...seen.get(s.op)!.values()].some((status) => status >= 200 && status < 300))
          .map((s) => s.op),
        `operations that never succeeded:\n${table.join("\n")}`,
      ).toEqual([]);
      expect(
        table.filter((row) => /=5\d\d/.test(row)),
        "answers of 500 and above",
      ).toEqual([]);
      expect(contract.violations.slice(firstViolation), "answers that break the contract").toEqual([]);
    });
  });
}
