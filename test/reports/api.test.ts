// The document routes through Hono's request interface, on both databases: which documents apply to a
// page, a document as a file, and bad requests answered as JSON naming the parameter.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import type { AvailableReport } from "../../src/reports/available.ts";
import { createApp } from "../../src/server/app.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";
import { importSeeds } from "../support/seeds.ts";

const profiles = loadProfiles();

for (const dialect of DIALECTS) {
  describe(`document routes on ${dialect}`, () => {
    let store: TestStore;
    /** The app's document routes (under /api), with the app's rendering of every refusal. */
    let api: { request: (path: string) => Promise<Response> };
    const id = async (table: "policy_nodes" | "programs", column: "code" | "name", value: string) =>
      (await store.db.selectFrom(table).select("id").where(column, "=", value).executeTakeFirstOrThrow()).id;
    const available = async (query: string) =>
      ((await (await api.request(`/reports?${query}`)).json()) as { reports: AvailableReport[] }).reports;
    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db);
      const app = createApp(store, profiles);
      api = { request: async (path) => app.request(`/api${path}`) };
    });
    afterAll(async () => store.cleanup());

    it("lists the documents of a measure, a plan and a program", async () => {
      const node = await id("policy_nodes", "code", "2(2)A_0505");
      expect(await available(`node=${node}`)).toEqual([
        expect.objectContaining({
          kind: "kihon-hyoka",
          year: 2023,
          query: { plan: "hokkaido-sogo-keikaku", node: "2(2)A_0505", year: "2023" },
        }),
      ]);
      expect((await available("plan=hokkaido-sousei")).map((r) => [r.kind, r.year])).toEqual([
        ["sousei-progress", 2018],
      ]);
      expect((await available("plan=sapporo-sangyo-vision")).map((r) => [r.kind, r.year])).toEqual([
        ["vision-progress", 2022],
      ]);
      expect((await available("plan=hokkaido-sogo-keikaku")).map((r) => [r.kind, r.year])).toEqual([
        ["kihon-hyoka", 2023],
      ]);
      const program = await id("programs", "name", "科学技術ふれあい推進事業費");
      expect(await available(`program=${program}`)).toEqual([
        expect.objectContaining({
          kind: "society5-catalogue",
          year: 2022,
          query: expect.objectContaining({ program: String(program) }),
        }),
      ]);
    });

    it("serves a workbook with its file name, and a CSV in Shift_JIS on request", async () => {
      const res = await api.request(
        "/reports/kihon-hyoka?plan=hokkaido-sogo-keikaku&node=2(2)A_0505&year=R5&format=xlsx",
      );
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      );
      expect(res.headers.get("content-disposition")).toContain(
        `filename*=UTF-8''${encodeURIComponent("令和5年度_基本評価調書_【2(2)A_0505】高い付加価値を生み出すものづくり産業の振興.xlsx")}`,
      );
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await res.arrayBuffer());
      expect(wb.worksheets.map((w) => w.name)).toEqual(["2(2)A_0505"]);
      const csv = await api.request(
        "/reports/sousei-progress?plan=hokkaido-sousei&year=2018&format=csv&encoding=cp932",
      );
      expect(csv.headers.get("content-type")).toBe("text/csv; charset=Shift_JIS");
      const one = await api.request(
        `/reports/society5-catalogue?plan=hokkaido-society5&year=2022&format=html&program=${await id("programs", "name", "科学技術ふれあい推進事業費")}`,
      );
      const html = await one.text();
      expect(html).toContain("科学技術ふれあい推進事業費");
      expect(html).not.toContain("地域づくり総合交付金");
    });

    it.each([
      ["/reports/nothing?plan=hokkaido-sousei&year=2018", 400, "kind"],
      ["/reports/sousei-progress?year=2018", 400, "plan"],
      ["/reports/sousei-progress?plan=hokkaido-sousei", 400, "year"],
      ["/reports/sousei-progress?plan=hokkaido-sousei&year=20xx", 400, "year"],
      ["/reports/sousei-progress?plan=hokkaido-sousei&year=2018&format=docx", 400, "format"],
      ["/reports/sousei-progress?plan=hokkaido-sousei&year=2018&format=csv&table=nope", 400, "table"],
      ["/reports/sousei-progress?plan=hokkaido-sousei&year=2018&format=csv&encoding=latin1", 400, "encoding"],
      ["/reports/sousei-progress?plan=hokkaido-sousei&year=2018&node=1", 400, "node"],
      ["/reports/sousei-progress?plan=nope&year=2018", 404, "plan"],
      ["/reports/sousei-progress?plan=hokkaido-sousei&year=2030", 404, "year"],
      ["/reports/kihon-hyoka?plan=hokkaido-sogo-keikaku&year=2023&node=9(9)Z", 404, "node"],
      ["/reports/kihon-hyoka?plan=hokkaido-sogo-keikaku&year=2022", 404, "year"],
      ["/reports/society5-catalogue?plan=hokkaido-society5&year=2022&program=999999", 404, "program"],
      ["/reports?node=abc", 400, "node"],
    ])("%s → %i naming %s, in Japanese", async (path, status, parameter) => {
      const res = await api.request(path);
      expect(res.status).toBe(status);
      const body = (await res.json()) as { code: string; message: string; parameter: string };
      expect(body).toMatchObject({ code: status === 400 ? "bad_parameter" : "not_found", parameter });
      expect(body.message).toMatch(/[ぁ-んァ-ヶ一-龠]/);
      expect(body.message).not.toMatch(/at .*\.ts/);
    });
  });
}
