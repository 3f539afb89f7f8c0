// Accounts and the evaluation cycle through the API, on both databases, with seeds 000 and 002 (whose departments give the editor of another department).
// Expected rates are hand calculations: 1,200.0 ÷ 1,280.0 = 93.75% → 93.8 (half-up) → Ｂ (≥ 90);
// the published 令和5年度 figure for 製造業の付加価値生産性 is 82.6 → Ｃ.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import type { NodeDetail } from "../../src/server/schemas/read.ts";
import { createApp } from "../../src/server/app.ts";
import {
  type Client,
  ORIGIN,
  PASSWORD,
  client,
  fromAddress,
  makeUser,
  nextAddress,
  signIn,
} from "../support/accounts.ts";
import { importSeeds, nodeIdByCode } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const PLAN = "hokkaido-sogo-keikaku";

for (const dialect of DIALECTS) {
  describe(`evaluation cycle on ${dialect}`, () => {
    let store: TestStore;
    let app: ReturnType<typeof createApp>;
    let nodeId: number;
    let indicatorId: number;
    let otherDepartment: string;
    const users: Record<string, Client> = {};
    const anonymous = () => client(app, null);

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["000", "002"]);
      app = createApp(store, loadProfiles(), { auth: { secret: "test-secret-0123456789abcdef0123456789" } });
      nodeId = await nodeIdByCode(store.db, "2(2)A_0505");
      indicatorId = (
        await store.db
          .selectFrom("indicators")
          .select("id")
          .where("name", "=", "製造業の付加価値生産性")
          .executeTakeFirstOrThrow()
      ).id;
      otherDepartment = (
        await store.db
          .selectFrom("departments")
          .select("name")
          .where("id", "not in", (eb) =>
            eb.selectFrom("node_departments").select("department_id").where("node_id", "=", nodeId),
          )
          .orderBy("id")
          .executeTakeFirstOrThrow()
      ).name;
      await makeUser(store, "admin@example.jp", "admin");
      await makeUser(store, "evaluator@example.jp", "evaluator", { plan: PLAN });
      await makeUser(store, "editor@example.jp", "editor", { department: "産業振興課" });
      await makeUser(store, "other@example.jp", "editor", { department: otherDepartment });
      await makeUser(store, "viewer@example.jp", "viewer");
      for (const name of ["admin", "evaluator", "editor", "other", "viewer"]) {
        const { cookie } = await signIn(app, `${name}@example.jp`);
        if (!cookie) throw new Error(`sign-in failed for ${name}`);
        users[name] = client(app, cookie);
      }
    });
    afterAll(async () => store.cleanup());

    const itemPath = (cycleId: number) => `/api/cycles/${cycleId}/items/${nodeId}`;
    const record = (body: {
      indicators: { id: number; record: { rate: string | null; grade: string | null } }[];
    }) => body.indicators.find((i) => i.id === indicatorId)!.record;

    it("session cookie is HttpOnly, Secure and SameSite=Lax; security headers are set", async () => {
      const { res, setCookie } = await signIn(app, "viewer@example.jp");
      expect(res.status).toBe(200);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/;\s*Secure/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      const page = await app.request(`${ORIGIN}/api/overview`);
      expect(page.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(page.headers.get("x-frame-options")).toBe("DENY");
    });

    it("a wrong password is refused, and sign-in is rate-limited per address", async () => {
      // The limiter's memory is the process's: each dialect's run signs in from addresses of its own.
      const ip = dialect === "sqlite" ? "192.0.2.77" : "192.0.2.87";
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push((await signIn(app, "editor@example.jp", "wrong-password!", ip)).res.status);
      expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(5)).toEqual([429, 429]);
      // The right password from that address is refused too until the window passes; elsewhere it works.
      expect((await signIn(app, "editor@example.jp", PASSWORD, ip)).res.status).toBe(429);
      expect((await signIn(app, "editor@example.jp", PASSWORD, nextAddress())).res.status).toBe(200);
    });

    it("CSRF: a state-changing request from another origin, or with no origin, is refused", async () => {
      const cookie = (await signIn(app, "evaluator@example.jp")).cookie!;
      const attempts: Record<string, string>[] = [
        { Origin: "https://evil.example", Cookie: cookie, "Content-Type": "application/json" },
        { Cookie: cookie, "Content-Type": "application/json" },
        { "Sec-Fetch-Site": "cross-site", Cookie: cookie, "Content-Type": "application/json" },
      ];
      for (const headers of attempts) {
        const res = await app.request(`${ORIGIN}/api/plans/${PLAN}/cycles`, {
          method: "POST",
          headers,
          body: JSON.stringify({ fiscalYear: 2030 }),
        });
        expect(res.status).toBe(403);
        expect(((await res.json()) as { code: string }).code).toBe("csrf");
      }
      const signInFromElsewhere = await app.request(
        `${ORIGIN}/api/auth/sign-in/email`,
        {
          method: "POST",
          headers: { Origin: "https://evil.example", "Content-Type": "application/json" },
          body: JSON.stringify({ email: "editor@example.jp", password: PASSWORD }),
        },
        fromAddress(nextAddress()),
      );
      expect(signInFromElsewhere.status).toBe(403);
      expect(await store.db.selectFrom("evaluation_cycles").selectAll().execute()).toEqual([]);
    });

    it("account changes go into the audit trail: added, role changed, password reset and changed", async () => {
      const admin = users.admin!;
      const added = await admin.send("POST", "/api/admin/users", {
        email: "new@example.jp",
        name: "新任",
        password: PASSWORD,
        grants: [{ role: "viewer" }],
      });
      expect(added.status).toBe(201);
      const id = added.body.id as string;
      const regranted = await admin.send("PUT", `/api/admin/users/${id}/grants`, {
        grants: [{ role: "editor", department: "産業振興課" }],
      });
      expect(regranted.status).toBe(200);
      expect(
        (await admin.send("POST", `/api/admin/users/${id}/password`, { password: "reset-by-admin-1" }))
          .status,
      ).toBe(200);
      const { cookie } = await signIn(app, "new@example.jp", "reset-by-admin-1");
      const changed = await client(app, cookie).send("POST", "/api/auth/change-password", {
        currentPassword: "reset-by-admin-1",
        newPassword: "chosen-by-user-2",
      });
      expect(changed.status).toBe(200);

      const rows = await store.db
        .selectFrom("audit_log")
        .select(["user_name", "action", "old_value", "new_value"])
        .where("entity", "=", "user")
        .where("entity_id", "=", id)
        .orderBy("id")
        .execute();
      expect(rows.map((r) => [r.user_name.split(" ")[0], r.action, r.old_value, r.new_value])).toEqual([
        ["admin", "user.add", null, "新任"],
        ["admin", "user.grants", "権限なし", "閲覧者"],
        ["admin", "user.grants", "閲覧者", "担当課（産業振興課）"],
        ["admin", "user.password", null, "管理者が設定し直した"],
        ["新任", "user.password", null, "本人が変更"],
      ]);
      // No password, nor its hash, is ever written to the trail.
      const all = JSON.stringify(await store.db.selectFrom("audit_log").selectAll().execute());
      expect(all).not.toContain("reset-by-admin-1");
      expect(all).not.toContain("chosen-by-user-2");
      expect((await admin.get("/api/admin/audit.csv")).body).toContain("担当課（産業振興課）");
    });

    it("sign-in with a callbackURL no header can hold: 400 naming it, not a 500", async () => {
      // Found by test/integration/api-fuzz.test.ts: better-auth sends callbackURL back as Location.
      const signInWith = (callbackURL: string) =>
        app.request(
          `${ORIGIN}/api/auth/sign-in/email`,
          {
            method: "POST",
            headers: { Origin: ORIGIN, "Content-Type": "application/json" },
            body: JSON.stringify({ email: "viewer@example.jp", password: PASSWORD, callbackURL }),
          },
          fromAddress(nextAddress()),
        );
      for (const url of [" ", "/work\u0000", "/評価"]) {
        const res = await signInWith(url);
        expect([url, res.status]).toEqual([url, 400]);
        expect(await res.json()).toMatchObject({ code: "bad_parameter", parameter: "callbackURL" });
        expect(res.headers.get("set-cookie")).toBeNull();
      }
      const fine = await signInWith("/work?tab=%E8%A9%95%E4%BE%A1");
      expect(fine.status).toBe(200);
      expect(fine.headers.get("location")).toBe("/work?tab=%E8%A9%95%E4%BE%A1");
    });

    it("an id beyond 2147483647 or NUL in a body: 400 naming the parameter, not a 500 on PostgreSQL", async () => {
      // Found by test/integration/api-fuzz.test.ts: PostgreSQL's serial is 4 bytes and its text holds no NUL.
      const admin = users.admin!;
      const before = await store.db.selectFrom("audit_log").select("id").execute();
      const cases: [string, ReturnType<Client["get"]>, string][] = [
        ["item", admin.get(`/api/cycles/1/items/4294967296`), "node"],
        ["workbook", admin.get("/api/cycles/1/workbook?department=2147483648"), "department"],
        [
          "merge",
          admin.send("POST", "/api/programs/1/merge", { otherId: 2147483648, reason: "同じ事業" }),
          "otherId",
        ],
        [
          "save",
          admin.send("PUT", `/api/cycles/1/items/${nodeId}`, {
            version: 1,
            changes: { analysis: "分析\u0000" },
          }),
          "changes.analysis",
        ],
        [
          "user",
          admin.send("POST", "/api/admin/users", {
            email: "nul@example.jp",
            name: "名前\u0000",
            password: PASSWORD,
            grants: [],
          }),
          "name",
        ],
        [
          "split",
          admin.send("POST", "/api/programs/1/split", { document: "\u0000", reason: "別" }),
          "document",
        ],
      ];
      for (const [what, res, parameter] of cases) {
        const { status, body } = await res;
        expect([what, status, body.code, body.parameter]).toEqual([what, 400, "bad_parameter", parameter]);
      }
      expect(await store.db.selectFrom("audit_log").select("id").execute()).toEqual(before);
    });

    it("grants or a password for a user who does not exist: 404 naming the id, nothing written", async () => {
      // Found by test/integration/api-fuzz.test.ts: the grants were a 500 (a foreign key), the password a 200.
      const admin = users.admin!;
      const before = await store.db.selectFrom("audit_log").select("id").execute();
      const grants = await admin.send("PUT", "/api/admin/users/no-such-user/grants", {
        grants: [{ role: "editor", department: "産業振興課" }],
      });
      const password = await admin.send("POST", "/api/admin/users/no-such-user/password", {
        password: "long-enough-password",
      });
      for (const res of [grants, password]) {
        expect(res.status).toBe(404);
        expect(res.body).toEqual({
          code: "not_found",
          message: "利用者「no-such-user」が見つかりません。",
          parameter: "id",
        });
      }
      expect(
        await store.db.selectFrom("role_grants").selectAll().where("user_id", "=", "no-such-user").execute(),
      ).toEqual([]);
      expect(await store.db.selectFrom("audit_log").select("id").execute()).toEqual(before);
    });

    it("the whole cycle: enter, recompute, submit, return, fix, approve, publish; drafts hidden until then", async () => {
      // Only the plan's evaluator (or an administrator) opens a year.
      expect(
        (await users.editor!.send("POST", `/api/plans/${PLAN}/cycles`, { fiscalYear: 2024 })).status,
      ).toBe(403);
      expect((await anonymous().send("POST", `/api/plans/${PLAN}/cycles`, { fiscalYear: 2024 })).status).toBe(
        401,
      );
      // A deadline that is no day of the calendar is refused, and nothing is opened.
      const badDeadline = await users.evaluator!.send("POST", `/api/plans/${PLAN}/cycles`, {
        fiscalYear: 2024,
        deadline: "2026-13-45",
      });
      expect([badDeadline.status, badDeadline.body.errors?.[0]?.field]).toEqual([422, "deadline"]);
      // 令和5年度 is seed 000's own evaluation (its edition is a record): refused up front, naming it.
      const seedYear = await users.evaluator!.send("POST", `/api/plans/${PLAN}/cycles`, { fiscalYear: 2023 });
      expect([seedYear.status, seedYear.body.code]).toEqual([409, "published_by_document"]);
      expect(seedYear.body.message).toContain("令和5年度の評価は資料「");
      const opened = await users.evaluator!.send("POST", `/api/plans/${PLAN}/cycles`, {
        fiscalYear: 2024,
        deadline: "2024-08-31",
      });
      expect(opened.status).toBe(201);
      const cycleId = opened.body.id as number;

      const dashboard = await users.evaluator!.get(`/api/cycles/${cycleId}`);
      expect(dashboard.status).toBe(200);
      expect(dashboard.body.items.map((i: { code: string }) => i.code)).toEqual(["2(2)A_0505"]);
      expect(dashboard.body.items[0].missing).toEqual([
        "analysis",
        "coordination/rating",
        "urgency/rating",
        "proposedJudgement",
      ]);

      let item = await users.editor!.get(itemPath(cycleId));
      expect(item.status).toBe(200);
      expect(item.body.rights.edit).toBe(true);
      expect(record(item.body)).toMatchObject({ rate: "82.6", grade: "Ｃ" });

      // Validation: every problem at once, next to its field. An amount of 20 digits is more than the
      // store's bigint holds (publishing it was a 500 on PostgreSQL, found by api-fuzz.test.ts).
      const machinery = (
        await store.db
          .selectFrom("programs")
          .select("id")
          .where("code", "=", "0532")
          .executeTakeFirstOrThrow()
      ).id;
      const bad = await users.editor!.send("PUT", itemPath(cycleId), {
        version: item.body.version,
        changes: {
          [`actual/${indicatorId}/2023/value`]: "千二百",
          [`actual/${indicatorId}/2031/value`]: "1200.0",
          [`target/${indicatorId}/2023`]: "1280.05",
          [`actual/${indicatorId}/2022/status`]: "集計中",
          "coordination/rating": "◎",
          [`settled/${machinery}`]: "99999999999999999999",
        },
      });
      expect(bad.status).toBe(422);
      const errorFields = bad.body.errors.map((e: { field: string }) => e.field).sort();
      expect(errorFields).toEqual(
        [
          `actual/${indicatorId}/2022/note`,
          `actual/${indicatorId}/2023/value`,
          `actual/${indicatorId}/2031/value`,
          `target/${indicatorId}/2023`,
          "coordination/rating",
          `settled/${machinery}`,
        ].sort(),
      );
      expect(bad.body.errors.find((e: { field: string }) => e.field.startsWith("settled")).message).toBe(
        "桁が多すぎます（整数部分は15桁まで）: 「99999999999999999999」",
      );
      expect(
        bad.body.errors.find((e: { field: string }) => e.field.endsWith("2031/value")).message,
      ).toContain("計画期間");
      expect(bad.body.errors.find((e: { field: string }) => e.field.startsWith("target")).message).toContain(
        "1桁",
      );
      // A status needs a note.
      const noNote = await users.editor!.send("PUT", itemPath(cycleId), {
        version: item.body.version,
        changes: { [`actual/${indicatorId}/2022/status`]: "集計中" },
      });
      expect(noNote.status).toBe(422);
      expect(noNote.body.errors[0].field).toBe(`actual/${indicatorId}/2022/note`);

      // The R5 actual and its interim target, in full-width digits as people type them.
      const saved = await users.editor!.send("PUT", itemPath(cycleId), {
        version: item.body.version,
        changes: {
          [`actual/${indicatorId}/2023/value`]: "１，２００．０",
          [`target/${indicatorId}/2023`]: "1,280.0",
          analysis: "<script>alert('x')</script> 付加価値生産性は回復傾向。",
        },
      });
      expect(saved.status).toBe(200);
      item = await users.editor!.get(itemPath(cycleId));
      expect(item.body.entries[`actual/${indicatorId}/2023/value`]).toBe("1200.0");
      expect(record(item.body)).toMatchObject({ rate: "93.8", grade: "Ｂ", actual: { value: "1200.0" } });
      expect(item.body.entries.analysis).toBe("<script>alert('x')</script> 付加価値生産性は回復傾向。");

      // A lost update is refused and the current values come back.
      const stale = await users.evaluator!.send("PUT", itemPath(cycleId), {
        version: item.body.version - 1,
        changes: { analysis: "上書き" },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe("conflict");
      expect(stale.body.entries.analysis).toContain("回復傾向");

      // An editor of another department: no edit right shown, and the API refuses.
      const other = await users.other!.get(itemPath(cycleId));
      expect(other.body.rights.edit).toBe(false);
      const otherSave = await users.other!.send("PUT", itemPath(cycleId), {
        version: item.body.version,
        changes: { analysis: "他課" },
      });
      expect(otherSave.status).toBe(403);

      // Anonymous visitors see the published 令和5年度 figures only.
      const before = await anonymous().get(`/api/nodes/${nodeId}`);
      expect((before.body as NodeDetail).indicators.find((r) => r.indicatorId === indicatorId)).toMatchObject(
        { rate: "82.6", grade: "Ｃ" },
      );
      expect((await anonymous().get(itemPath(cycleId))).status).toBe(401);

      // Submission needs the required texts.
      const early = await users.editor!.send("POST", `${itemPath(cycleId)}/submit`, {
        version: item.body.version,
      });
      expect(early.status).toBe(422);
      const texts = await users.editor!.send("PUT", itemPath(cycleId), {
        version: item.body.version,
        changes: { "coordination/rating": "○", "urgency/rating": "○", proposedJudgement: "概ね順調" },
      });
      expect(texts.status).toBe(200);
      const submitted = await users.editor!.send("POST", `${itemPath(cycleId)}/submit`, {
        version: texts.body.version,
      });
      expect(submitted.body).toMatchObject({ status: "submitted" });
      // Submitted items are not edited by the department.
      expect(
        (
          await users.editor!.send("PUT", itemPath(cycleId), {
            version: submitted.body.version,
            changes: { analysis: "x" },
          })
        ).status,
      ).toBe(409);
      // The editor cannot approve; the evaluator returns it with a comment (a comment is required).
      expect(
        (
          await users.editor!.send("POST", `${itemPath(cycleId)}/approve`, {
            version: submitted.body.version,
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await users.evaluator!.send("POST", `${itemPath(cycleId)}/return`, {
            version: submitted.body.version,
          })
        ).status,
      ).toBe(422);
      const returned = await users.evaluator!.send("POST", `${itemPath(cycleId)}/return`, {
        version: submitted.body.version,
        comment: "分析に今後の取組を書いてください。",
      });
      expect(returned.body.status).toBe("returned");
      const fixed = await users.editor!.send("PUT", itemPath(cycleId), {
        version: returned.body.version,
        changes: { analysis: "付加価値生産性は回復傾向。今後はデジタル化支援を強化する。" },
      });
      expect(fixed.status).toBe(200);
      const resubmitted = await users.editor!.send("POST", `${itemPath(cycleId)}/submit`, {
        version: fixed.body.version,
      });
      expect(resubmitted.status).toBe(200);
      const secondary = await users.evaluator!.send("PUT", itemPath(cycleId), {
        version: resubmitted.body.version,
        changes: { secondary: "取組の一層の推進を検討すること。" },
      });
      expect(secondary.status).toBe(200);
      const approved = await users.evaluator!.send("POST", `${itemPath(cycleId)}/approve`, {
        version: secondary.body.version,
      });
      expect(approved.body.status).toBe("approved");
      expect((await users.editor!.send("POST", `/api/cycles/${cycleId}/publish`)).status).toBe(403);
      expect((await users.evaluator!.send("POST", `/api/cycles/${cycleId}/publish`)).status).toBe(200);

      // Published: everyone sees the new figures, evaluated as of 2024.
      const after = await anonymous().get(`/api/nodes/${nodeId}`);
      const r = (after.body as NodeDetail).indicators.find((x) => x.indicatorId === indicatorId)!;
      expect(r).toMatchObject({ rate: "93.8", grade: "Ｂ", actual: { value: "1200.0" } });
      expect((after.body as NodeDetail).evaluation).toMatchObject({
        evaluationYear: 2024,
        overallJudgement: "概ね順調",
        secondaryEvaluation: "取組の一層の推進を検討すること。",
      });
      const indicator = await anonymous().get(`/api/indicators/${indicatorId}`);
      expect(JSON.stringify(indicator.body)).toContain("1200.0");

      // Locked: the department cannot change it; the evaluator only with a reason, which is recorded.
      const locked = await users.editor!.send("PUT", itemPath(cycleId), {
        version: approved.body.version,
        changes: { analysis: "x" },
      });
      expect(locked.status).toBe(403);
      const noReason = await users.evaluator!.send("PUT", itemPath(cycleId), {
        version: approved.body.version,
        changes: { [`actual/${indicatorId}/2023/value`]: "1216.0" },
      });
      expect(noReason.status).toBe(422);
      const corrected = await users.evaluator!.send("PUT", itemPath(cycleId), {
        version: approved.body.version,
        changes: { [`actual/${indicatorId}/2023/value`]: "1216.0" },
        reason: "確報値への差し替え",
      });
      expect(corrected.status).toBe(200);
      // 1,216.0 ÷ 1,280.0 = 95.0%.
      const afterFix = await anonymous().get(`/api/nodes/${nodeId}`);
      expect(
        (afterFix.body as NodeDetail).indicators.find((x) => x.indicatorId === indicatorId),
      ).toMatchObject({ rate: "95.0", grade: "Ｂ" });

      // The item's history holds every change, old → new, with who and the reason.
      const history = (await users.viewer!.get(itemPath(cycleId))).body.history as {
        action: string;
        field: string;
        old: string | null;
        new: string | null;
        reason: string | null;
        user: string;
      }[];
      const actualChanges = history.filter((h) => h.field === `actual/${indicatorId}/2023/value`);
      expect(actualChanges.map((h) => [h.action, h.old, h.new, h.reason])).toEqual([
        ["correct", "1200.0", "1216.0", "確報値への差し替え"],
        ["edit", null, "1200.0", null],
      ]);
      expect(actualChanges[0]!.user).toContain("evaluator@example.jp");
      expect(history.filter((h) => h.field === "status").map((h) => h.new)).toEqual([
        "承認済",
        "提出済",
        "差戻し",
        "提出済",
      ]);

      // The administrator's export of the trail.
      const csv = await users.admin!.get("/api/admin/audit.csv");
      expect(csv.status).toBe(200);
      expect(csv.body).toContain("確報値への差し替え");
      expect((await users.evaluator!.get("/api/admin/audit.csv")).status).toBe(403);
    });
  });
}
