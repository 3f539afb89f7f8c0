// A program that ended gets no value after its end, on both databases, in the 令和5年度 (2023) cycle of
// seed 004's plan. The seed prints 観光資源発掘・魅力創出事業 「(令和3年度をもって終了)」 (line 65) and
// IT利活用ビジネス拡大事業 「(令和4年度から中小企業DX推進費に統合)」 (line 293): both ran last in R3
// (2021), so every field of the 2023 form (内容, 決算見込額, 決算額, all for 2023) is closed to them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { buildReport, parseReportRequest } from "../../src/reports/reports.ts";
import { renderReport } from "../../src/reports/render.ts";
import { createApp } from "../../src/server/app.ts";
import { type Client, client, makeUser, signIn } from "../support/accounts.ts";
import { approveRemaining, TEST_EVALUATOR } from "../support/publish.ts";
import { importSeeds } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const PLAN = "sapporo-sangyo-vision";
const ENDED = "観光資源発掘・魅力創出事業";
const MERGED = "IT利活用ビジネス拡大事業";
const SUCCESSOR = "中小企業DX推進費";
const profiles = loadProfiles();
const admin = TEST_EVALUATOR;

interface ItemProgram {
  id: number;
  name: string;
  ended: { label: string; successor: { id: number; name: string } | null } | null;
  closed: string[];
}

for (const dialect of DIALECTS) {
  describe(`programs that ended, in the cycle on ${dialect}`, () => {
    let store: TestStore;
    let evaluator: Client;
    let cycleId: number;
    const program: Record<string, { id: number; nodeId: number }> = {};

    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["004"]);
      const app = createApp(store, profiles, { auth: { secret: "test-secret-0123456789abcdef0123456789" } });
      await makeUser(store, "evaluator@example.jp", "evaluator", { plan: PLAN });
      evaluator = client(app, (await signIn(app, "evaluator@example.jp")).cookie);
      for (const name of [ENDED, MERGED, SUCCESSOR]) {
        const row = await store.db
          .selectFrom("programs as p")
          .innerJoin("program_links as l", "l.program_id", "p.id")
          .select(["p.id", "l.node_id"])
          .where("p.name", "=", name)
          .where("l.relisted", "=", 0)
          .executeTakeFirstOrThrow();
        program[name] = { id: row.id, nodeId: row.node_id };
      }
      const opened = await evaluator.send("POST", `/api/plans/${PLAN}/cycles`, { fiscalYear: 2023 });
      expect(opened.status).toBe(201);
      cycleId = opened.body.id;
    });
    afterAll(async () => store.cleanup());

    const itemPath = (name: string) => `/api/cycles/${cycleId}/items/${program[name]!.nodeId}`;
    const rowOf = (body: { programs: ItemProgram[] }, name: string) =>
      body.programs.find((p) => p.id === program[name]!.id)!;

    it("the item shows when each ended and to which program it moved, with no field open after that", async () => {
      const ended = await evaluator.get(itemPath(ENDED));
      expect(ended.status).toBe(200);
      expect(ended.body.form.program).toEqual(["content", "settledEstimate", "settled"]);
      expect(rowOf(ended.body, ENDED).ended).toEqual({ label: "令和3年度をもって終了", successor: null });
      expect(rowOf(ended.body, ENDED).closed).toEqual(["content", "settledEstimate", "settled"]);
      // The item's other programs still run.
      const running = (ended.body.programs as ItemProgram[]).filter((p) => p.id !== program[ENDED]!.id);
      expect(running.length).toBeGreaterThan(0);
      for (const p of running) expect(p).toMatchObject({ ended: null, closed: [] });

      const merged = await evaluator.get(itemPath(MERGED));
      expect(rowOf(merged.body, MERGED).ended).toEqual({
        label: "令和4年度から中小企業DX推進費に統合",
        successor: { id: program[SUCCESSOR]!.id, name: SUCCESSOR },
      });
      expect(rowOf(merged.body, MERGED).closed).toEqual(["content", "settledEstimate", "settled"]);
    });

    it("a value for a year after the end is refused, naming the program and the year", async () => {
      const before = await evaluator.get(itemPath(ENDED));
      const id = program[ENDED]!.id;
      const refused = await evaluator.send("PUT", itemPath(ENDED), {
        version: before.body.version,
        changes: { [`content/${id}`]: "令和5年度の取組", [`settledEstimate/${id}`]: "1,000" },
      });
      expect(refused.status).toBe(422);
      const message =
        "「観光資源発掘・魅力創出事業」は令和3年度をもって終了したため、令和5年度の値は入力できません。";
      expect(refused.body.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: `content/${id}`, message }),
          expect.objectContaining({ field: `settledEstimate/${id}`, message }),
        ]),
      );
      expect((await evaluator.get(itemPath(ENDED))).body.version).toBe(before.body.version);

      const merged = await evaluator.get(itemPath(MERGED));
      const mergedId = program[MERGED]!.id;
      const refusedMerged = await evaluator.send("PUT", itemPath(MERGED), {
        version: merged.body.version,
        changes: { [`settled/${mergedId}`]: "500" },
      });
      expect(refusedMerged.status).toBe(422);
      expect(refusedMerged.body.errors).toEqual([
        expect.objectContaining({
          field: `settled/${mergedId}`,
          message:
            "「IT利活用ビジネス拡大事業」は令和4年度から中小企業DX推進費に統合されたため、令和5年度の値は入力できません。",
        }),
      ]);
    });

    it("submission does not ask for an ended program's 内容, nor does the dashboard count it missing", async () => {
      const item = await evaluator.get(itemPath(ENDED));
      const running = (item.body.programs as ItemProgram[]).filter((p) => p.ended === null);
      const dashboard = await evaluator.get(`/api/cycles/${cycleId}`);
      const missing: string[] = dashboard.body.items.find(
        (i: { nodeId: number }) => i.nodeId === program[ENDED]!.nodeId,
      ).missing;
      expect(missing).toEqual(running.map((p) => `content/${p.id}`));
      const saved = await evaluator.send("PUT", itemPath(ENDED), {
        version: item.body.version,
        changes: {
          ...Object.fromEntries(running.map((p) => [`content/${p.id}`, `${p.name}の令和5年度の取組`])),
          // A figure of the year, so that the year's 進捗状況 exists.
          [`settledEstimate/${running[0]!.id}`]: "1,000",
        },
      });
      expect(saved.status).toBe(200);
      const submitted = await evaluator.send("POST", `${itemPath(ENDED)}/submit`, {
        version: saved.body.version,
      });
      expect(submitted.status).toBe(200);
    });

    it("publishing never writes an ended program's values, even ones saved before its end was known", async () => {
      await approveRemaining(store.db, profiles, admin, cycleId);
      const item = await evaluator.get(itemPath(ENDED));
      if (item.body.status === "submitted")
        expect(
          (await evaluator.send("POST", `${itemPath(ENDED)}/approve`, { version: item.body.version })).status,
        ).toBe(200);
      // Entries written while the program still ran (as before a document stated its end).
      const id = program[ENDED]!.id;
      const row = await store.db
        .selectFrom("evaluation_items")
        .select(["id", "content"])
        .where("cycle_id", "=", cycleId)
        .where("node_id", "=", program[ENDED]!.nodeId)
        .executeTakeFirstOrThrow();
      const stale = {
        ...JSON.parse(row.content),
        [`content/${id}`]: "古い記載",
        [`settledEstimate/${id}`]: "999",
      };
      await store.db
        .updateTable("evaluation_items")
        .set({ content: JSON.stringify(stale) })
        .where("id", "=", row.id)
        .execute();

      expect((await evaluator.send("POST", `/api/cycles/${cycleId}/publish`)).status).toBe(200);
      const documentId = (
        await store.db
          .selectFrom("evaluation_cycles")
          .select("document_id")
          .where("id", "=", cycleId)
          .executeTakeFirstOrThrow()
      ).document_id!;
      const written = async (programId: number) => ({
        budgets: await store.db
          .selectFrom("budget_lines")
          .select("amount")
          .where("program_id", "=", programId)
          .where("document_id", "=", documentId)
          .execute(),
        evaluations: await store.db
          .selectFrom("program_evaluations")
          .select("note")
          .where("program_id", "=", programId)
          .where("document_id", "=", documentId)
          .execute(),
      });
      expect(await written(id)).toEqual({ budgets: [], evaluations: [] });
      // The item's running programs were written.
      const running = (item.body.programs as ItemProgram[]).find((p) => p.ended === null)!;
      expect((await written(running.id)).evaluations).toEqual([{ note: `${running.name}の令和5年度の取組` }]);

      // The 令和5年度 進捗状況 prints no 決算見込額 for the ended program's row (the seed prints 「—」).
      const parsed = parseReportRequest(
        { kind: "vision-progress", planKey: PLAN, year: "2023", format: "csv" },
        "api",
      );
      if (!parsed.ok) throw new Error(parsed.error.message);
      const built = await buildReport(store.db, profiles, parsed.request);
      if (!built.ok) throw new Error(built.error.message);
      const csv = new TextDecoder().decode(
        (await renderReport(built.model, "csv", { table: parsed.request.table! })).bytes,
      );
      const line = csv.split("\r\n").find((l) => l.includes(`,${ENDED},`))!;
      expect(line).toContain("令和3年度をもって終了");
      expect(line).not.toContain("999");
    });
  });
}
