// The JSON API through Hono's request interface, on both databases, with the five seeds imported.
// Expected figures come from the seed documents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "../../src/db/import-document.ts";
import { readDocument } from "../../src/ingest/read-document.ts";
import { loadProfiles } from "../../src/profiles.ts";
import type {
  IndicatorDetail,
  NodeDetail,
  Overview,
  PlanDetail,
  ProgramDetail,
  SearchResult,
} from "../../src/server/schemas/read.ts";
import { createApp } from "../../src/server/app.ts";
import { seedBytes } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

for (const dialect of DIALECTS) {
  describe(`API on ${dialect}`, () => {
    let store: TestStore;
    let app: ReturnType<typeof createApp>;
    const get = async <T>(path: string) => {
      const res = await app.request(path);
      return { status: res.status, body: (await res.json()) as T };
    };
    const nodeId = async (code: string) =>
      (
        await store.db
          .selectFrom("policy_nodes")
          .select("id")
          .where("code", "=", code)
          .executeTakeFirstOrThrow()
      ).id;

    beforeAll(async () => {
      store = await createTestStore(dialect);
      for (const no of ["000", "001", "002", "003", "004"]) {
        const r = readDocument(seedBytes(no), `${no}.txt`);
        if (!r.ok) throw new Error(no);
        await importDocument(store.db, r.document, { name: no, sha256: r.sha256 });
      }
      app = createApp(store, loadProfiles());
    });
    afterAll(async () => store.cleanup());

    it("overview: every plan, grade counts, budget by year, the furthest behind", async () => {
      const { status, body } = await get<Overview>("/api/overview");
      expect(status).toBe(200);
      expect(body.plans.map((p) => p.key).sort()).toEqual([
        "hokkaido-kita-monozukuri-support",
        "hokkaido-society5",
        "hokkaido-sogo-keikaku",
        "hokkaido-sousei",
        "sapporo-sangyo-vision",
      ]);
      const kihon = body.plans.find((p) => p.key === "hokkaido-sogo-keikaku")!;
      expect(kihon.gradeCounts).toEqual({ Ｃ: 3 });
      expect(kihon.gradeLabels).toEqual(["Ａ", "Ｂ", "Ｃ", "Ｄ"]);
      expect(kihon.budgetByYear).toEqual([{ fiscalYear: 2022, kind: "決算", amount: 341003 }]);
      expect(kihon.behind.map((b) => b.rate)).toEqual(["80.3", "82.6", "86.1"]);
      const sousei = body.plans.find((p) => p.key === "hokkaido-sousei")!;
      expect(sousei.behind[0]).toMatchObject({ indicator: "妊娠・出産に関する相談件数", rate: "48.8" });
    });

    it("plan page: the tree with grades, judgement and budget per node", async () => {
      const { body } = await get<PlanDetail>("/api/plans/hokkaido-sogo-keikaku");
      const measure = body.nodes.find((n) => n.code === "2(2)A_0505")!;
      const policy = body.nodes.find((n) => n.code === "2(2)A")!;
      expect(measure).toMatchObject({
        parentId: policy.id,
        gradeCounts: { Ｃ: 3 },
        judgement: "やや遅れている",
        programCount: 27,
        budget: { fiscalYear: 2022, amount: 341003 },
      });
      expect(policy.gradeCounts).toEqual({ Ｃ: 3 });
      const sousei = await get<PlanDetail>("/api/plans/hokkaido-sousei");
      expect(sousei.body.nodes).toHaveLength(26);
      expect(sousei.body.nodes.find((n) => n.code === "1")!.indicatorCount).toBe(8);
    });

    it("measure page: what the 基本評価調書 shows", async () => {
      const { body } = await get<NodeDetail>(`/api/nodes/${await nodeId("2(2)A_0505")}`);
      expect(body.indicators.map((i) => [i.rate, i.grade])).toEqual([
        ["82.6", "Ｃ"],
        ["80.3", "Ｃ"],
        ["86.1", "Ｃ"],
      ]);
      expect(body.evaluation).toMatchObject({
        evaluationYear: 2023,
        overallJudgement: "やや遅れている",
        indicatorGrade: "Ｃ",
      });
      expect(body.computed).toEqual({ grade: "Ｃ", judgement: "やや遅れている", provisional: false });
      expect(body.programs).toHaveLength(27);
      expect(body.programs.find((p) => p.code === "0564")).toMatchObject({
        budget: { amount: 37530, generalRevenue: 7506, totalCost: 43757 },
        responsePolicyNo: "①",
        direction: "改善（指標分析）",
      });
      expect(body.planLinks).toContain("創生総合戦略");
      // The totals row agrees with its rows (人工 within the rounding of whole-number rows: 0.5 for
      // each of 26, 7 and 26 rows); its 人工 contradict themselves (11.9 ≠ 12.1 + 0.0), and row 0538
      // prints 本庁 1 with 人工計 0.
      expect(body.totals.map((t) => [t.label, t.printed, t.sumOfRows, t.agrees])).toEqual([
        ["事務事業 0538 の人工計（本庁＋出先機関）", "0", "1", false],
        ["見出しのない列 計", "0", "0", true],
        ["事業費 計", "341003", "341003", true],
        ["うち一般財源 計", "186720", "186720", true],
        ["人工（本庁） 計", "12.1", "9", true],
        ["人工（出先機関） 計", "0.0", "0", true],
        ["人工計 計", "11.9", "8", true],
        ["人工計（本庁＋出先機関）", "11.9", "12.1", false],
        ["施策の事業費（1つ目の金額）と事務事業の事業費 計", "341003", "341003", true],
      ]);
      expect(body.ancestors.map((a) => a.code)).toEqual(["2(2)A"]);
    });

    it("indicator page: one series of actuals, each plan's targets, a projection", async () => {
      const row = await store.db
        .selectFrom("indicators")
        .select("id")
        .where("name", "=", "製造業の付加価値生産性")
        .executeTakeFirstOrThrow();
      const { body } = await get<IndicatorDetail>(`/api/indicators/${row.id}`);
      expect(body.indicator).toMatchObject({
        unit: "万円",
        yearBasis: "calendar",
        source: "R元までは工業統計、R2はセンサス(5年に1回)",
      });
      expect(body.series.filter((s) => s.series === "actual").map((s) => [s.period.from, s.value])).toEqual([
        [2013, "931"],
        [2016, "989"],
        [2018, "991.0"],
        [2019, "1025.0"],
        [2020, "1057.2"],
      ]);
      expect(body.usages.map((u) => [u.plan, u.rate])).toEqual([
        ["北海道総合計画", "82.6"],
        ["北海道創生総合戦略", "77.3"],
      ]);
      const kihon = body.usages[0]!;
      expect(kihon.targets.filter((t) => t.isFinal)).toEqual([
        {
          period: { from: 2025, to: 2025, label: "令和7年" },
          kind: "absolute",
          value: "1280.0",
          isFinal: true,
          label: null,
        },
      ]);
      // Least squares through (2013, 931) (2016, 989) (2018, 991) (2019, 1025) (2020, 1057.2), at 2025:
      // means 2017.2 and 998.64; Sxy = 500.96, Sxx = 30.8, slope = 16.2649…; 998.64 + 16.2649 × 7.8 = 1125.5
      expect(kihon.projection).toMatchObject({
        toYear: 2025,
        value: "1125.5",
        target: "1280.0",
        reaches: false,
      });
    });

    it("program page: every node it serves, 【再掲】 included", async () => {
      const p = await store.db
        .selectFrom("programs")
        .select("id")
        .where("name", "=", "健康医療バイオ産業支援事業")
        .executeTakeFirstOrThrow();
      const { body } = await get<ProgramDetail>(`/api/programs/${p.id}`);
      expect(body.links.length).toBeGreaterThanOrEqual(2);
      expect(body.links.filter((l) => !l.relisted)).toHaveLength(1);
      expect(body.budgets).toEqual([
        expect.objectContaining({ fiscalYear: 2022, kind: "決算見込", amount: 71678 }),
      ]);
    });

    it("search: full-width and half-width alike, with filters", async () => {
      const full = await get<SearchResult>(`/api/search?q=${encodeURIComponent("ＩＴ企業競争力")}`);
      const half = await get<SearchResult>(`/api/search?q=${encodeURIComponent("IT企業競争力")}`);
      expect(full.body.hits.map((h) => h.title)).toContain("IT企業競争力強化促進事業");
      expect(full.body.hits).toEqual(half.body.hits);
      const kana = await get<SearchResult>(`/api/search?q=${encodeURIComponent("ｽﾀｰﾄｱｯﾌﾟ")}&type=program`);
      expect(kana.body.hits.every((h) => h.type === "program" && h.title.includes("スタートアップ"))).toBe(
        true,
      );
      expect(kana.body.total).toBeGreaterThan(0);
      const graded = await get<SearchResult>(
        `/api/search?q=${encodeURIComponent("付加価値")}&type=indicator&grade=${encodeURIComponent("Ｃ")}`,
      );
      expect(graded.body.hits.map((h) => h.title).sort()).toEqual([
        "加工組立型工業の付加価値生産性",
        "製造業の付加価値生産性",
      ]);
      const byPlan = await get<SearchResult>(
        `/api/search?q=${encodeURIComponent("付加価値")}&type=indicator&plan=hokkaido-sousei`,
      );
      expect(byPlan.body.hits.map((h) => h.title)).toEqual(["製造業の付加価値生産性"]);
      const byYear = await get<SearchResult>(
        `/api/search?q=${encodeURIComponent("付加価値")}&type=indicator&year=2016`,
      );
      expect(byYear.body.hits.map((h) => h.title)).toEqual(["製造業の付加価値生産性"]);
    });

    it("errors: 404 for an unknown id, 400 naming the parameter, JSON with a stable code", async () => {
      expect(await get("/api/nodes/999999")).toEqual({
        status: 404,
        body: { code: "not_found", message: "施策等が見つかりません。" },
      });
      expect(await get("/api/plans/nope")).toMatchObject({ status: 404, body: { code: "not_found" } });
      expect(await get("/api/indicators/abc")).toMatchObject({
        status: 400,
        body: { code: "bad_parameter", parameter: "id" },
      });
      expect(await get("/api/search?year=20x1")).toMatchObject({
        status: 400,
        body: { code: "bad_parameter", parameter: "year" },
      });
      expect(await get("/api/search?type=foo")).toMatchObject({ status: 400, body: { parameter: "type" } });
      expect(await get("/api/search?department=-1")).toMatchObject({
        status: 400,
        body: { parameter: "department" },
      });
      expect(await get("/api/nope")).toMatchObject({ status: 404, body: { code: "not_found" } });
    });

    it("an id beyond 2147483647 or NUL in the URL: 400 naming the parameter, not a 500 on PostgreSQL", async () => {
      // Found by test/integration/api-fuzz.test.ts: PostgreSQL's serial is 4 bytes and its text holds no NUL.
      expect(await get("/api/nodes/2147483648")).toEqual({
        status: 400,
        body: {
          code: "bad_parameter",
          message: "ノードのID（id）は 2147483647 までの正の整数で指定してください: 「2147483648」",
          parameter: "id",
        },
      });
      for (const [path, parameter] of [
        ["/api/programs/4294967296/editions", "id"],
        ["/api/programs/1/editions?node=9999999999", "node"],
        ["/api/search?department=2147483648", "department"],
        ["/api/reports?node=2147483648", "node"],
        ["/api/plans/%00", "path"],
        ["/api/search?q=%00", "q"],
        ["/api/reports?plan=a%00", "plan"],
        ["/api/opendata.zip?plan=%00", "plan"],
      ] as const) {
        expect([path, await get(path)]).toMatchObject([
          path,
          { status: 400, body: { code: "bad_parameter", parameter } },
        ]);
      }
      expect((await get<{ message: string }>("/api/search?q=%00")).body.message).toBe(
        "「q」に NUL 文字（U+0000、%00）は使えません。取り除いてから送ってください。",
      );
      // The largest id both stores hold is still an id: not found.
      expect(await get("/api/nodes/2147483647")).toMatchObject({ status: 404 });
    });

    it("hands better-auth only the routes the document declares: its others are not found", async () => {
      const declared = ["/api/auth/get-session"];
      expect((await app.request(declared[0]!)).status).toBe(200);
      for (const [method, path] of [
        ["GET", "/api/auth/list-sessions"],
        ["POST", "/api/auth/update-user"],
        ["POST", "/api/auth/sign-up/email"],
        ["GET", "/api/auth/ok"],
      ] as const) {
        const res = await app.request(`http://localhost${path}`, {
          method,
          headers: { Origin: "http://localhost", "Content-Type": "application/json" },
          body: method === "POST" ? JSON.stringify({ name: "x" }) : null,
        });
        expect([path, res.status]).toEqual([path, 404]);
        expect(((await res.json()) as { code: string }).code).toBe("not_found");
      }
    });

    it("describes itself in OpenAPI", async () => {
      const { body } = await get<{ openapi: string; paths: Record<string, unknown> }>("/api/openapi.json");
      expect(body.openapi).toBe("3.1.0");
      expect(Object.keys(body.paths)).toEqual(
        expect.arrayContaining([
          "/api/overview",
          "/api/plans/{key}",
          "/api/nodes/{id}",
          "/api/indicators/{id}",
          "/api/programs/{id}",
          "/api/search",
          "/api/check",
        ]),
      );
    });
  });
}
