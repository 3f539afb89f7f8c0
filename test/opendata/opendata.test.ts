// The open-data zip, on both databases: every file is UTF-8 with BOM, one header row that the data
// dictionary describes, and parses back into the records the JSON API serves. Figures are checked
// against the seed documents; an open evaluation year's drafts stay out until the year is published.
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPEN_DATA_TABLES, type OpenDataRow } from "../../src/opendata/tables.ts";
import { DICTIONARY_FILE, README_FILE, openDataZipBytes } from "../../src/opendata/zip.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { itemView, openCycle, publishCycle, saveItem, transitionItem } from "../../src/services/cycle.ts";
import { createApp } from "../../src/server/app.ts";
import { TEST_EVALUATOR } from "../support/publish.ts";
import { DIALECTS, type TestStore, createTestStore, tableCounts } from "../support/stores.ts";
import { importSeeds } from "../support/seeds.ts";

const profiles = loadProfiles();
const BOM = [0xef, 0xbb, 0xbf];

type Files = Record<string, Record<string, string>[]>;

/** The zip's CSV files parsed back, keyed by file name, records keyed by the (Japanese) header. */
function readZip(bytes: Uint8Array): { files: Files; raw: Record<string, Uint8Array> } {
  const raw = unzipSync(bytes);
  const files: Files = {};
  for (const [name, data] of Object.entries(raw)) {
    if (!name.endsWith(".csv")) continue;
    expect([...data.subarray(0, 3)], `${name} starts with a BOM`).toEqual(BOM);
    files[name] = parse(Buffer.from(data).toString("utf8").slice(1), {
      columns: true,
      record_delimiter: "\r\n",
    });
  }
  return { files, raw };
}

/** A JSON record as the CSV writes it: null → "", numbers as decimal text. */
const asCsv = (r: OpenDataRow) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? "" : String(v)]));

for (const dialect of DIALECTS) {
  describe(`open data on ${dialect}`, () => {
    let store: TestStore;
    let files: Files;
    let raw: Record<string, Uint8Array>;
    /** The app's document routes (under /api), with the app's rendering of every refusal. */
    let api: { request: (path: string) => Promise<Response> };
    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db);
      ({ files, raw } = readZip(await openDataZipBytes(store.db, profiles)));
      const app = createApp(store, profiles);
      api = { request: async (path) => app.request(`/api${path}`) };
    });
    afterAll(async () => store.cleanup());

    const byEnglish = (file: string) => {
      const t = OPEN_DATA_TABLES.find((x) => x.file === file)!;
      return files[file]!.map((r) => Object.fromEntries(t.columns.map((c) => [c.name, r[c.label]!])));
    };

    it("holds every table, a README and a dictionary that names every column of every file", () => {
      expect(Object.keys(raw).sort()).toEqual(
        [README_FILE, DICTIONARY_FILE, ...OPEN_DATA_TABLES.map((t) => t.file)].sort(),
      );
      const dictionary = files[DICTIONARY_FILE]!;
      for (const t of OPEN_DATA_TABLES) {
        const header = Object.keys(files[t.file]![0] ?? {});
        const described = dictionary.filter((d) => d["ファイル名"] === t.file).map((d) => d["項目名"]);
        expect(described).toEqual(t.columns.map((c) => c.label));
        if (header.length) expect(header).toEqual(described);
      }
      // One header row: no line of a file repeats it.
      const text = Buffer.from(raw["budget_lines.csv"]!)
        .toString("utf8")
        .replace(/^\uFEFF/, "");
      expect(text.split("\r\n").filter((l) => l.startsWith("事業ID,年度"))).toHaveLength(1);
    });

    it("has one row per stored fact", async () => {
      const counts = await tableCounts(store);
      expect(files["plans.csv"]).toHaveLength(counts.plans!);
      expect(files["nodes.csv"]).toHaveLength(counts.policy_nodes!);
      expect(files["programs.csv"]).toHaveLength(counts.programs!);
      expect(files["program_links.csv"]).toHaveLength(counts.program_links!);
      expect(files["budget_lines.csv"]).toHaveLength(counts.budget_lines!);
      expect(files["observations.csv"]).toHaveLength(counts.observations!);
      expect(files["targets.csv"]).toHaveLength(counts.targets!);
      expect(files["evaluations.csv"]).toHaveLength(counts.node_evaluations!);
    });

    it("carries the seed documents' figures, amounts in yen and western years", () => {
      const programs = byEnglish("programs.csv");
      const p564 = programs.find(
        (p) => p.code === "0564" && p.name === "ものづくり産業分野人材確保支援事業",
      )!;
      const lines = byEnglish("budget_lines.csv").filter((b) => b.program_id === p564.program_id);
      expect(lines).toEqual([
        expect.objectContaining({
          fiscal_year: "2022",
          kind: "決算",
          amount_yen: "37530000",
          general_revenue_yen: "7506000",
          total_cost_yen: "43757000",
          standalone: "1",
        }),
      ]);
      const indicator = byEnglish("indicators.csv").find((i) => i.name === "製造業の付加価値生産性")!;
      const actuals = byEnglish("observations.csv")
        .filter((o) => o.indicator_id === indicator.indicator_id && o.series === "actual")
        .map((o) => [o.period_to, o.value]);
      expect(actuals).toEqual(
        expect.arrayContaining([
          ["2016", "989"],
          ["2020", "1057.2"],
        ]),
      );
      const evaluation = byEnglish("evaluations.csv")[0]!;
      expect([evaluation.evaluation_year, evaluation.indicator_grade, evaluation.overall_judgement]).toEqual([
        "2023",
        "Ｃ",
        "やや遅れている",
      ]);
      const rates = byEnglish("indicator_results.csv")
        .filter((r) => r.plan_key === "hokkaido-sogo-keikaku")
        .map((r) => [r.rate, r.grade]);
      expect(rates).toEqual([
        ["82.6", "Ｃ"],
        ["80.3", "Ｃ"],
        ["86.1", "Ｃ"],
      ]);
      const sum = byEnglish("budget_lines.csv")
        .filter((b) => b.fiscal_year === "2022" && b.kind === "決算")
        .reduce((a, b) => a + Number(b.amount_yen), 0);
      expect(sum).toBe(341_003_000);
    });

    it("parses back into the records the JSON API serves", async () => {
      for (const t of OPEN_DATA_TABLES) {
        const res = await api.request(`/opendata/${t.name}?limit=10000`);
        expect(res.status).toBe(200);
        const body = (await res.json()) as { records: OpenDataRow[]; more: boolean };
        expect(body.more).toBe(false);
        expect(byEnglish(t.file), t.name).toEqual(body.records.map(asCsv));
      }
    });

    it("the JSON API pages and names its bad parameters", async () => {
      const page = (await (await api.request("/opendata/nodes?limit=5&offset=5")).json()) as {
        records: OpenDataRow[];
        more: boolean;
      };
      expect(page.records.map((r) => String(r.node_id))).toEqual(
        byEnglish("nodes.csv")
          .slice(5, 10)
          .map((n) => n.node_id),
      );
      expect(page.more).toBe(true);
      const bad = await api.request("/opendata/nodes?limit=0");
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ code: "bad_parameter", parameter: "limit" });
      const missing = await api.request("/opendata/nothing");
      expect(missing.status).toBe(404);
      expect(await missing.json()).toMatchObject({ code: "not_found", parameter: "table" });
      const zip = await api.request("/opendata.zip?plan=hokkaido-sousei");
      expect(zip.headers.get("content-type")).toBe("application/zip");
      const { files: one } = readZip(new Uint8Array(await zip.arrayBuffer()));
      expect(one["plans.csv"]!.map((p) => p["計画キー"])).toEqual(["hokkaido-sousei"]);
      expect((await api.request("/opendata.zip?plan=nope")).status).toBe(404);
    });

    it("publishes only published years: an open year's drafts are absent until the year is published", async () => {
      const admin = TEST_EVALUATOR;
      const id = async (table: "policy_nodes" | "indicators", column: "code" | "name", value: string) =>
        (await store.db.selectFrom(table).select("id").where(column, "=", value).executeTakeFirstOrThrow())
          .id;
      const nodeId = await id("policy_nodes", "code", "2(2)A_0505");
      const indicatorId = await id("indicators", "name", "製造業の付加価値生産性");
      const draftRows = (f: Files) =>
        f["observations.csv"]!.filter(
          (o) => o["指標ID"] === String(indicatorId) && o["期間（まで）"] === "2024" && o["値"] === "1300.0",
        );
      const cycle = await openCycle(store.db, profiles, admin, "hokkaido-sogo-keikaku", { fiscalYear: 2024 });
      let item = await itemView(store.db, profiles, admin, cycle.id, nodeId);
      await saveItem(store.db, profiles, admin, cycle.id, nodeId, {
        version: item.version,
        changes: {
          [`actual/${indicatorId}/2024/value`]: "1300.0",
          analysis: "回復傾向。",
          "coordination/rating": "○",
          "urgency/rating": "○",
          proposedJudgement: "概ね順調",
        },
      });
      const whileOpen = readZip(await openDataZipBytes(store.db, profiles)).files;
      expect(draftRows(whileOpen)).toEqual([]);
      expect(whileOpen["observations.csv"]).toHaveLength(files["observations.csv"]!.length);
      expect(whileOpen["evaluations.csv"]).toEqual(files["evaluations.csv"]);

      item = await itemView(store.db, profiles, admin, cycle.id, nodeId);
      const submitted = await transitionItem(store.db, profiles, admin, cycle.id, nodeId, "submit", {
        version: item.version,
      });
      await transitionItem(store.db, profiles, admin, cycle.id, nodeId, "approve", {
        version: submitted.version,
      });
      await publishCycle(store.db, profiles, admin, cycle.id);
      const published = readZip(await openDataZipBytes(store.db, profiles)).files;
      expect(draftRows(published)).toHaveLength(1);
      expect(
        published["evaluations.csv"]!.filter(
          (e) => e["項目ID"] === String(nodeId) && e["評価年度"] === "2024",
        ),
      ).toHaveLength(1);
    });
  });
}
