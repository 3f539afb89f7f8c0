// One program across documents, the department hierarchy, merge and split, budget disagreements and
// the program lifecycle, on both databases. Expected figures come from the seeds: 自動運転車開発拠点化
// 促進事業 is 000 line 335 (産業振興課, R4 決算 5,076千円) and 002 line 1177 (経済部産業振興局産業振興課,
// R4事業費 9,484千円); 004 line 293 says IT利活用ビジネス拡大事業 was merged into 中小企業DX推進費 from R4,
// line 65 that 観光資源発掘・魅力創出事業 ended with R3.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsValuesIn } from "../../src/domain/program-lifecycle.ts";
import { programBudgetConflicts } from "../../src/evaluation/check-programs.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { departmentsByName } from "../../src/db/import-document.ts";
import type { NodeDetail, PlanDetail, ProgramDetail } from "../../src/server/schemas/read.ts";
import { createApp } from "../../src/server/app.ts";
import { mergePrograms, splitProgram } from "../../src/services/programs.ts";
import { client, makeUser, signIn } from "../support/accounts.ts";
import { importSeeds, nodeIdByCode } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const AUTONOMOUS = "自動運転車開発拠点化促進事業";

for (const dialect of DIALECTS) {
  describe(`program identity on ${dialect}`, () => {
    let store: TestStore;
    const programsNamed = (name: string) =>
      store.db
        .selectFrom("programs")
        .select(["id", "key", "department_id"])
        .where("name", "=", name)
        .execute();
    const linesOf = (programId: number) =>
      store.db
        .selectFrom("budget_lines as b")
        .innerJoin("documents as d", "d.id", "b.document_id")
        .select(["b.fiscal_year", "b.kind", "b.amount", "d.key"])
        .where("b.program_id", "=", programId)
        .orderBy("d.key")
        .execute()
        .then((rows) => rows.map((r) => ({ ...r, amount: Number(r.amount) })));
    const programCount = async () =>
      Number(
        (
          await store.db
            .selectFrom("programs")
            .select((eb) => eb.fn.countAll<number | string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db);
    });
    afterAll(async () => store.cleanup());

    it("stores 自動運転車開発拠点化促進事業 once, with 000's 決算 and 002's 予算", async () => {
      const found = await programsNamed(AUTONOMOUS);
      expect(found).toHaveLength(1);
      expect(await linesOf(found[0]!.id)).toEqual([
        { fiscal_year: 2022, kind: "予算", amount: 9484, key: "hokkaido-society5-r4" },
        { fiscal_year: 2022, kind: "決算", amount: 5076, key: "kihon-hyoka/2(2)A_0505/2023" },
      ]);
    });

    it("stores 経済部 → 産業振興局 → 産業振興課, and 000's 産業振興課 is that 課", async () => {
      const dep = (name: string) =>
        store.db
          .selectFrom("departments")
          .select(["id", "parent_id", "organization"])
          .where("name", "=", name)
          .execute();
      const [bu] = await dep("経済部");
      const [kyoku] = await dep("産業振興局");
      const ka = await dep("産業振興課");
      expect(ka).toHaveLength(1);
      expect(bu).toMatchObject({ parent_id: null, organization: "北海道" });
      expect(kyoku!.parent_id).toBe(bu!.id);
      expect(ka[0]!.parent_id).toBe(kyoku!.id);
      expect((await programsNamed(AUTONOMOUS))[0]!.department_id).toBe(ka[0]!.id);
      const measure = await store.db
        .selectFrom("node_departments as nd")
        .innerJoin("policy_nodes as n", "n.id", "nd.node_id")
        .select("nd.department_id")
        .where("n.code", "=", "2(2)A_0505")
        .execute();
      expect(measure.map((m) => m.department_id)).toContain(ka[0]!.id);
      const app = createApp(store, loadProfiles());
      const body = (await (await app.request(`/api/departments/${ka[0]!.id}`)).json()) as {
        department: { fullName: string };
      };
      expect(body.department.fullName).toBe("経済部産業振興局産業振興課");
      // A role's department is found by its own name or its full name; a wrong parent finds nothing.
      const ids = async (name: string) => (await departmentsByName(store.db, name)).map((d) => d.id);
      expect(await ids("産業振興課")).toEqual([ka[0]!.id]);
      expect(await ids("経済部産業振興局産業振興課")).toEqual([ka[0]!.id]);
      expect(await ids("経済部産業振興局")).toEqual([kyoku!.id]);
      expect(await ids("総合政策部産業振興局産業振興課")).toEqual([]);
    });

    it("counts a budget line under a plan only when one of the plan's documents states it", async () => {
      const app = createApp(store, loadProfiles());
      // 000 line 545: the 2(2)A_0505 programs' R4 決算 total 341,003千円; 002's 9,484 is another plan's.
      const plan = (await (await app.request("/api/plans/hokkaido-sogo-keikaku")).json()) as PlanDetail;
      expect(plan.plan.budgetByYear.filter((b) => b.fiscalYear === 2022)).toEqual([
        { fiscalYear: 2022, kind: "決算", amount: 341003 },
      ]);
      const nodeId = await nodeIdByCode(store.db, "2(2)A_0505");
      const node = (await (await app.request(`/api/nodes/${nodeId}`)).json()) as NodeDetail;
      expect(node.programs.find((p) => p.code === "0539")?.budget).toMatchObject({ amount: 5076 });
    });

    it("keeps ids on re-import, and gives the same programs whatever the order of import", async () => {
      const before = await programsNamed(AUTONOMOUS);
      const count = await programCount();
      await importSeeds(store.db, ["002", "000"]);
      expect(await programsNamed(AUTONOMOUS)).toEqual(before);
      expect(await programCount()).toBe(count);

      const reversed = await createTestStore(dialect);
      try {
        await importSeeds(reversed.db, ["004", "003", "002", "001", "000"]);
        const shape = async (s: TestStore) =>
          (
            await s.db
              .selectFrom("programs as p")
              .leftJoin("departments as d", "d.id", "p.department_id")
              .select(["p.key", "p.name", "p.code", "d.name as department", "p.ended_year"])
              .execute()
          ).sort((a, b) => a.key.localeCompare(b.key));
        expect(await shape(reversed)).toEqual(await shape(store));
      } finally {
        await reversed.cleanup();
      }
    });

    it("merges two records into one and splits them again, both audited", async () => {
      // 0532 機械工業振興事業費補助金 (000, 4,330千円) and a program only 002 lists are two programs.
      const [machine] = await programsNamed("機械工業振興事業費補助金");
      const other = await store.db
        .selectFrom("program_sources as s")
        .innerJoin("documents as d", "d.id", "s.document_id")
        .select("s.program_id")
        .where("d.key", "=", "hokkaido-society5-r4")
        .where("s.program_id", "not in", (eb) =>
          eb.selectFrom("program_sources").select("program_id").where("document_id", "!=", eb.ref("d.id")),
        )
        .orderBy("s.program_id")
        .executeTakeFirstOrThrow();
      const otherLines = await linesOf(other.program_id);
      const count = await programCount();

      await mergePrograms(store.db, "command-line", {
        keepId: machine!.id,
        otherId: other.program_id,
        reason: "同じ事業の別名",
      });
      expect(await programCount()).toBe(count - 1);
      expect(await linesOf(machine!.id)).toHaveLength(1 + otherLines.length);
      // A re-import keeps the user's merge.
      await importSeeds(store.db, ["002"]);
      expect(await programCount()).toBe(count - 1);

      const split = await splitProgram(store.db, "command-line", {
        programId: machine!.id,
        documentKey: "hokkaido-society5-r4",
        reason: "別の事業だった",
      });
      expect(await programCount()).toBe(count);
      expect(await linesOf(machine!.id)).toEqual([
        { fiscal_year: 2022, kind: "決算", amount: 4330, key: "kihon-hyoka/2(2)A_0505/2023" },
      ]);
      expect(await linesOf(split.id)).toEqual(otherLines);
      await importSeeds(store.db, ["002"]);
      expect(await programCount()).toBe(count);

      const trail = await store.db
        .selectFrom("audit_log")
        .select(["action", "entity_id", "reason"])
        .where("entity", "=", "program")
        .orderBy("id")
        .execute();
      expect(trail).toEqual([
        { action: "merge", entity_id: String(machine!.id), reason: "同じ事業の別名" },
        { action: "merge", entity_id: String(other.program_id), reason: "同じ事業の別名" },
        { action: "split", entity_id: String(machine!.id), reason: "別の事業だった" },
      ]);
    });

    it("merges through the API only for evaluators and administrators, with a reason", async () => {
      const app = createApp(store, loadProfiles(), {
        auth: { secret: "identity-secret-0123456789abcdef0123" },
      });
      await makeUser(store, "viewer@example.jp", "viewer");
      await makeUser(store, "admin@example.jp", "admin");
      const as = async (email: string) => client(app, (await signIn(app, email)).cookie!);
      const [autonomous] = await programsNamed(AUTONOMOUS);
      const path = `/api/programs/${autonomous!.id}/split`;
      const body = { document: "hokkaido-society5-r4", reason: "" };
      expect((await client(app, null).send("POST", path, body)).status).toBe(401);
      expect((await (await as("viewer@example.jp")).send("POST", path, body)).status).toBe(403);
      const admin = await as("admin@example.jp");
      expect((await admin.send("POST", path, body)).status).toBe(422);
      const res = await admin.send("POST", path, { ...body, reason: "確認のため" });
      expect(res.status).toBe(201);
      const back = await admin.send("POST", `/api/programs/${autonomous!.id}/merge`, {
        otherId: res.body.id,
        reason: "やはり同じ事業",
      });
      expect(back.status).toBe(200);
      expect(await linesOf(autonomous!.id)).toHaveLength(2);
    });

    it("check reports a same-year, same-kind disagreement only", async () => {
      expect(await programBudgetConflicts(store.db)).toEqual([]);
      const [autonomous] = await programsNamed(AUTONOMOUS);
      const kihon = await store.db
        .selectFrom("documents")
        .select("id")
        .where("key", "=", "kihon-hyoka/2(2)A_0505/2023")
        .executeTakeFirstOrThrow();
      // 000 stating a R4 予算 of 9,000千円 disagrees with 002's 9,484千円.
      await store.db
        .insertInto("budget_lines")
        .values({
          program_id: autonomous!.id,
          document_id: kihon.id,
          fiscal_year: 2022,
          kind: "予算",
          amount: "9000",
          scale: 3,
          standalone: 1,
        })
        .execute();
      expect(await programBudgetConflicts(store.db)).toEqual([
        {
          kind: "budget-conflict",
          severity: "disagreement",
          subject: `事業「${AUTONOMOUS}」`,
          message:
            "令和4年度の予算額が資料により異なります: 令和4年度「北海道Society5.0」関連事業 参考資料 9,484千円 / 令和5年度 基本評価調書 【2(2)A_0505】高い付加価値を生み出すものづくり産業の振興 9,000千円",
        },
      ]);
      await store.db
        .deleteFrom("budget_lines")
        .where("document_id", "=", kihon.id)
        .where("kind", "=", "予算")
        .execute();
    });

    it("stores and shows when a program ended and what it was merged into", async () => {
      const app = createApp(store, loadProfiles());
      const detail = async (name: string) => {
        const [p] = await programsNamed(name);
        return ((await (await app.request(`/api/programs/${p!.id}`)).json()) as ProgramDetail).program;
      };
      const [dx] = await programsNamed("中小企業DX推進費");
      const merged = await detail("IT利活用ビジネス拡大事業");
      expect(merged).toMatchObject({
        endedYear: 2021,
        successor: { id: dx!.id, name: "中小企業DX推進費" },
        lifecycle: "令和4年度から中小企業DX推進費に統合",
      });
      const ended = await detail("観光資源発掘・魅力創出事業");
      expect(ended).toMatchObject({ endedYear: 2021, successor: null, lifecycle: "令和3年度をもって終了" });
      expect(acceptsValuesIn(ended, 2021)).toBe(true);
      expect(acceptsValuesIn(ended, 2022)).toBe(false);
      expect(acceptsValuesIn({ endedYear: null }, 2030)).toBe(true);
    });
  });
}
