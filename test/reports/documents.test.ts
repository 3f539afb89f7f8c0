// The four documents generated from the imported seeds, on both databases, read back as XLSX, CSV and
// HTML. Every expected figure is copied from the seed documents (or summed by hand from their rows).
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { cellLabel } from "../../src/reports/models/vision-progress.ts";
import { renderReport } from "../../src/reports/render.ts";
import {
  type RawReportRequest,
  type ReportModel,
  buildReport,
  parseReportRequest,
} from "../../src/reports/reports.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";
import { importSeeds } from "../support/seeds.ts";

const profiles = loadProfiles();

const KIHON = { kind: "kihon-hyoka", planKey: "hokkaido-sogo-keikaku", node: "2(2)A_0505", year: "2023" };
const SOUSEI = { kind: "sousei-progress", planKey: "hokkaido-sousei", year: "H30" };
const VISION = { kind: "vision-progress", planKey: "sapporo-sangyo-vision", year: "2022" };
const SOCIETY5 = { kind: "society5-catalogue", planKey: "hokkaido-society5", year: "R4" };

/** 000's program rows: [number, name, 事業費, 一般財源, トータルコスト] as printed. */
const KIHON_PROGRAMS: [string, string, number, number, number][] = [
  ["0532", "機械工業振興事業費補助金", 4330, 4330, 6665],
  ["0553", "中小企業競争力強化促進事業費", 36895, 36895, 44735],
  ["0564", "ものづくり産業分野人材確保支援事業", 37530, 7506, 43757],
  ["0568", "高度技術産業集積活性化事業（団補）", 106130, 99881, 124120],
  ["0711", "高度技術産業集積活性化事業（工業技術センター指定管理者、委託）", 27619, 20751, 31147],
];
// Totals row of 000: 341,003 and 186,720; トータルコスト summed by hand from the 27 rows.
const KIHON_TOTALS = { amount: 341003, generalRevenue: 186720, totalCost: 439491 };

/** 003's printed 進捗率 by project and indicator. */
const SOUSEI_RATES: [string, string, string][] = [
  ["1", "合計特殊出生率", "90.2"],
  ["1", "妊娠・出産に関する相談件数", "48.8"],
  ["1", "女性（25～34歳）の就業率", "94.3"],
  ["1", "全道の医療施設に従事する医師数（人口10万人当たり）", "99.3"],
  ["2", "製造業の付加価値生産性", "77.3"],
  ["3", "農業産出額", "113.2"],
  ["4", "外国人観光客", "55.8"],
  ["5", "新たな職域開拓による福祉と地域産業の創出", "73.3"],
];

async function loadXlsx(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** Every row of a sheet as an array of cell values (1-based columns kept at their index). */
function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

const rowWith = (rows: unknown[][], text: string) =>
  rows.find((r) => r.some((v) => typeof v === "string" && v.includes(text)));

const csvRecords = (bytes: Uint8Array) =>
  parse(
    Buffer.from(bytes)
      .toString("utf8")
      .replace(/^\uFEFF/, ""),
    { columns: true },
  ) as Record<string, string>[];

for (const dialect of DIALECTS) {
  describe(`documents on ${dialect}`, () => {
    let store: TestStore;
    const build = async (raw: RawReportRequest): Promise<ReportModel> => {
      const p = parseReportRequest(raw, "api");
      if (!p.ok) throw new Error(p.error.message);
      const b = await buildReport(store.db, profiles, p.request);
      if (!b.ok) throw new Error(b.error.message);
      return b.model;
    };
    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db);
    });
    afterAll(async () => store.cleanup());

    describe("基本評価調書 (000)", () => {
      it("the model carries the sheet's rates, grades, judgement, amounts and totals", async () => {
        const m = await build(KIHON);
        if (m.kind !== "kihon-hyoka") throw new Error(m.kind);
        expect(m.sheets).toHaveLength(1);
        const s = m.sheets[0]!;
        expect(s.node.departments).toEqual(["産業振興課", "スタートアップ推進室"]);
        expect(s.parent).toEqual({ code: "2(2)A", name: "本道の優位性を活かした力強い地域産業の創造" });
        expect(s.indicators.map((i) => [i.rate, i.grade])).toEqual([
          ["82.6", "Ｃ"],
          ["80.3", "Ｃ"],
          ["86.1", "Ｃ"],
        ]);
        expect(s.indicators[0]!.years.map((y) => [y.to, y.target, y.actual])).toEqual([
          [2018, "1280.0", "991.0"],
          [2019, "1280.0", "1025.0"],
          [2020, "1280.0", "1057.2"],
        ]);
        expect(s.indicators[1]!.final).toMatchObject({ to: 2024, value: "10709.0" });
        expect(s.evaluation).toMatchObject({
          indicatorGrade: "Ｃ",
          overallJudgement: "やや遅れている",
          lowestGraded: [],
        });
        expect(s.programs.fiscalYear).toBe(2022);
        expect(s.programs.rows).toHaveLength(27);
        for (const [code, , amount, general, total] of KIHON_PROGRAMS) {
          const row = s.programs.rows.find((r) => r.code === code)!;
          expect([row.amount, row.generalRevenue, row.totalCost]).toEqual([amount, general, total]);
        }
        const p564 = s.programs.rows.find((r) => r.code === "0564")!;
        expect([p564.responsePolicyNo, p564.direction]).toEqual(["①", "改善（指標分析）"]);
        // Line 395 「0 37,530 7,506 1 1 43,757」: 本庁 1, 出先機関 blank, 人工計 1.
        expect([p564.staffHq, p564.staffBranch, p564.staffTotal]).toEqual(["1", null, "1"]);
        expect(s.programs.totals).toMatchObject(KIHON_TOTALS);
        // 人工 as the totals row prints them (line 545), not the sums of the whole-number rows (9 / 0 / 8).
        expect(s.programs.totals).toMatchObject({ staffHq: "12.1", staffBranch: "0.0", staffTotal: "11.9" });
      });

      it("the workbook holds the same figures as numbers with separators", async () => {
        const out = await renderReport(await build({ ...KIHON, format: "xlsx" }), "xlsx");
        const wb = await loadXlsx(out.bytes);
        expect(wb.worksheets.map((w) => w.name)).toEqual(["2(2)A_0505"]);
        const ws = wb.worksheets[0]!;
        const rows = sheetRows(ws);
        expect(rowWith(rows, "総合判定")).toContain("やや遅れている");
        for (const [code, name, amount, general, total] of KIHON_PROGRAMS) {
          const r = rowWith(rows, name)!;
          expect(r[0]).toBe(code);
          expect([r[5], r[6], r[10]]).toEqual([amount, general, total]);
        }
        const totals = rows.find((r) => r[0] === "計")!;
        expect([totals[5], totals[6], totals[10]]).toEqual([
          KIHON_TOTALS.amount,
          KIHON_TOTALS.generalRevenue,
          KIHON_TOTALS.totalCost,
        ]);
        // The rates are numbers shown with "%", the grades beside them.
        const rates: unknown[] = [];
        ws.eachRow((row) =>
          row.eachCell((c) => {
            if (c.numFmt?.endsWith('"%"')) rates.push([c.value, row.getCell(Number(c.col) + 1).value]);
          }),
        );
        expect(rates).toEqual([
          [82.6, "Ｃ"],
          [80.3, "Ｃ"],
          [86.1, "Ｃ"],
        ]);
        const amountCell = ws.getRow(rows.indexOf(totals) + 1).getCell(6);
        expect(amountCell.numFmt).toBe("#,##0");
        expect(ws.getColumn(3).width).toBeGreaterThan(20);
        expect(ws.pageSetup.paperSize).toBe(9);
      });

      it("CSV: the indicator table in UTF-8 with BOM, and the program table", async () => {
        const model = await build(KIHON);
        const ind = await renderReport(model, "csv", { table: "indicators" });
        expect(Buffer.from(ind.bytes).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
        const records = csvRecords(ind.bytes);
        expect(
          records.map((r) => [
            r["指標名"],
            r["実績の年"],
            r["実績値"],
            r["目標値（同年）"],
            r["達成率（%）"],
            r["指標判定"],
          ]),
        ).toEqual([
          // Seed 000 lines 67–87: one record per year the sheet shows, the rate and grade on each.
          ["製造業の付加価値生産性（暦年）", "2018", "991.0", "1280.0", "82.6", "Ｃ"],
          ["製造業の付加価値生産性（暦年）", "2019", "1025.0", "1280.0", "82.6", "Ｃ"],
          ["製造業の付加価値生産性（暦年）", "2020", "1057.2", "1280.0", "82.6", "Ｃ"],
          ["加工組立型工業の製造品出荷額等（暦年）", "2018", "8303", "8971", "80.3", "Ｃ"],
          ["加工組立型工業の製造品出荷額等（暦年）", "2019", "8082.1", "9240.0", "80.3", "Ｃ"],
          ["加工組立型工業の製造品出荷額等（暦年）", "2020", "7638.4", "9517.0", "80.3", "Ｃ"],
          ["加工組立型工業の付加価値生産性（暦年）", "2018", "1078", "1145", "86.1", "Ｃ"],
          ["加工組立型工業の付加価値生産性（暦年）", "2019", "1038.0", "1173.0", "86.1", "Ｃ"],
          ["加工組立型工業の付加価値生産性（暦年）", "2020", "1034.5", "1202.0", "86.1", "Ｃ"],
        ]);
        const programs = csvRecords((await renderReport(model, "csv", { table: "programs" })).bytes);
        expect(programs).toHaveLength(27);
        expect(programs.reduce((a, r) => a + Number(r["事業費（千円）"]), 0)).toBe(KIHON_TOTALS.amount);
        expect(programs.reduce((a, r) => a + Number(r["うち一般財源（千円）"] || 0), 0)).toBe(
          KIHON_TOTALS.generalRevenue,
        );
      });

      it("HTML is one print-ready A4 page set, with every text escaped", async () => {
        const program = await store.db
          .selectFrom("programs")
          .select(["id", "name"])
          .where("code", "=", "0538")
          .executeTakeFirstOrThrow();
        await store.db
          .updateTable("programs")
          .set({ name: `<script>alert("x")</script>&${program.name}` })
          .where("id", "=", program.id)
          .execute();
        // The published edition keeps the name it was published with; the sheet is computed afresh.
        await store.db.deleteFrom("editions").execute();
        try {
          const html = Buffer.from((await renderReport(await build(KIHON), "html")).bytes).toString("utf8");
          expect(html).toContain("@page { size: A4 portrait");
          expect(html).not.toContain("<script>");
          expect(html).toContain(
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;プロダクトデザイン活用促進事業",
          );
          expect(html).toContain("82.6%");
          expect(html).toContain("341,003");
        } finally {
          await store.db
            .updateTable("programs")
            .set({ name: program.name })
            .where("id", "=", program.id)
            .execute();
        }
      });
    });

    describe("推進状況 (003)", () => {
      it("programs with their H30 budget and status, KPIs with the printed 進捗率", async () => {
        const m = await build(SOUSEI);
        if (m.kind !== "sousei-progress") throw new Error(m.kind);
        expect(m.projects.map((p) => p.code)).toEqual(["1", "2", "3", "4", "5"]);
        const theme = m.projects[0]!.themes[0]!;
        expect(theme.name).toBe("安心子育て環境づくり");
        expect(theme.programs.map((g) => [g.name, g.budget])).toEqual([
          ["地域少子化対策強化事業費", 113993],
          ["特定不妊治療費助成事業費", 356734],
          ["不育症治療費助成事業費", 4000],
          ["妊娠婦安心出産支援事業費", 16887],
          ["多子世帯等の保育料軽減支援事業費", 897490],
          ["子どものための教育・保育給付費負担金事業", 22163502],
          ["子どもの居場所づくり推進事業費", 8552],
        ]);
        expect(theme.programs[0]!.status).toContain("結婚サポートセンター");
        for (const [project, name, rate] of SOUSEI_RATES) {
          const k = m.projects.find((p) => p.code === project)!.indicators.find((i) => i.name === name);
          expect(k?.rate, `${project} ${name}`).toBe(rate);
        }
        const birth = m.projects[0]!.indicators.find((i) => i.name === "合計特殊出生率")!;
        expect(birth.referenceValue).toBe("1.43");
        expect(birth.footnote).toBe("H29の全国値1.43に対する進捗率");
        // Line 137: 「(全国) 1.42 1.43 —」 under 合計特殊出生率, the only indicator with such a row.
        expect(birth.national).toEqual({
          baseline: { value: "1.42", from: 2014, to: 2014 },
          actual: { value: "1.43", from: 2017, to: 2017 },
        });
        const kpis = m.projects.flatMap((p) => p.indicators);
        expect(kpis.filter((k) => k.national).map((k) => k.name)).toEqual(["合計特殊出生率"]);
        expect(m.asOf).toEqual({ year: 2018, month: 11 });
        expect(m.rules.map((r) => r.text).join("\n")).toContain("実績値（a）を目標値（b）で除した割合");
        expect(
          m.projects.flatMap((p) => p.themes.flatMap((t) => t.programs)).filter((g) => g.relisted),
        ).toHaveLength(10);
      });

      it("the HTML prints the (全国) row and each year once, as the 2018 document wrote it", async () => {
        const html = Buffer.from((await renderReport(await build(SOUSEI), "html")).bytes).toString("utf8");
        const cells = (name: string) => {
          const row = html.split("<tr>").find((r) => r.includes(`>${name}<`))!;
          return [...row.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((c) => c[1]);
        };
        // Lines 136–137, 150 and 439 of the seed.
        expect(cells("合計特殊出生率").slice(2)).toEqual([
          "1.27 (H26)",
          "1.29 (H29)",
          "全国水準まで引き上げ (H31)",
          "90.2% (※1)",
        ]);
        expect(cells("(全国)").slice(2)).toEqual(["1.42 (H26)", "1.43 (H29)", "", "－"]);
        expect(cells("女性（25～34歳）の就業率").slice(4)).toEqual(["全国平均値 (H31)", "94.3% (※2)"]);
        expect(cells("外国人観光客")[4]).toMatch(/ \(H32\)$/);
        // The document names no year in 令和 (it was written in November 2018).
        expect(html).not.toMatch(/[(（]R(元|\d)/);
        expect(html.match(/全国平均値 \(H31\)/g)).toHaveLength(2);
      });

      it("the workbook and the KPI CSV carry the same 進捗率", async () => {
        const model = await build(SOUSEI);
        const wb = await loadXlsx((await renderReport(model, "xlsx")).bytes);
        expect(wb.worksheets[0]!.name).toBe("進捗率について");
        expect(wb.worksheets).toHaveLength(6);
        const first = sheetRows(wb.worksheets[1]!);
        expect(rowWith(first, "地域少子化対策強化事業費")?.[2]).toBe(113993);
        expect(rowWith(first, "妊娠・出産に関する相談件数")?.[5]).toBe(48.8);
        const national = first.find((r) => r[1] === "(全国)")!;
        expect([national[2], national[3], national[6]]).toEqual([1.42, 1.43, "策定時 H26、実績 H29"]);
        expect(rowWith(first, "女性（25～34歳）の就業率")?.[6]).toContain("目標 H31");
        const kpis = csvRecords((await renderReport(model, "csv")).bytes);
        expect(kpis).toHaveLength(23);
        const rates = kpis.filter((r) => r["進捗率（%）"]).map((r) => r["進捗率（%）"]);
        for (const [, name, rate] of SOUSEI_RATES)
          expect(kpis.find((r) => r["指標名"] === name)?.["進捗率（%）"], name).toBe(rate);
        expect(rates).toHaveLength(23);
      });
    });

    describe("進捗状況 (004)", () => {
      it("years as columns, 【再掲】 rows marked, the R4 content, 決算見込額 and target", async () => {
        const m = await build(VISION);
        if (m.kind !== "vision-progress") throw new Error(m.kind);
        expect(m.years).toEqual([2018, 2019, 2020, 2021, 2022]);
        const rows = m.groups.flatMap((g) => g.rows);
        expect(rows).toHaveLength(157);
        expect(rows.filter((r) => r.relisted)).toHaveLength(53);
        const snow = rows.find((r) => r.name === "さっぽろ雪まつり事業")!;
        expect(snow.actuals.map((c) => c.value)).toEqual(["274", "202", "0", "0", "175"]);
        expect([snow.settlement, snow.target?.value, snow.indicator]).toEqual([
          412018,
          "300",
          "年間来場者数(万人)",
        ]);
        const mice = rows.find((r) => r.name === "MICE推進事業の拡充")!;
        expect(mice.actuals[4]!.text).toContain("集計中");
        const night = rows.find((r) => r.name === "夜景・夜間観光推進強化事業")!;
        expect(night.star).toBe(true);
        expect(night.actuals.map((c) => c.value)).toEqual([null, "64.3", "61.3", "62.0", "70.0"]);
        expect(night.settlement).toBe(56780);
      });

      it("prints each cell as the seed does: ★ on 8 rows, estimates, remarks once, no borrowed figures", async () => {
        const m = await build(VISION);
        if (m.kind !== "vision-progress") throw new Error(m.kind);
        const rows = m.groups.flatMap((g) => g.rows);
        // `grep -c ★` on the seed: lines 66, 117, 192, 235, 284, 354, 519, 755 — not their 【再掲】 rows.
        expect(rows.filter((r) => r.star).map((r) => r.name)).toEqual([
          "夜景・夜間観光推進強化事業",
          "食品販路拡大促進事業",
          "新製品・新技術開発支援事業",
          "健康医療バイオ産業支援事業",
          "中小企業DX推進費",
          "中小企業経営支援事業(中小企業支援センター事業)",
          "企業立地促進事業",
          "札幌UIターン就職支援事業",
        ]);
        // Line 415 "300(見込み値)"; lines 271/598 "77 ※R5.3末時点"; line 88 "調査未実施 (外国人観光客が対象のため)".
        const r4 = (name: string) => rows.find((r) => r.name === name)!.actuals[4]!;
        expect(r4("札幌スタイル推進事業")).toEqual({ value: "300", text: null, estimate: true, note: null });
        expect(cellLabel(r4("札幌スタイル推進事業"))).toBe("300（見込み値）");
        expect(cellLabel(r4("大学連携型施設等運営事業(北大ビジネス・スプリング)"))).toBe("77 ※R5.3末時点");
        const welcome = rows.find((r) => r.name === "おもてなし推進事業")!.actuals[2]!;
        expect(cellLabel(welcome)).toBe("調査未実施（外国人観光客が対象のため）");
        // Line 123: ended in R3, R4 printed "—"; line 193's 24 of the same indicator name is not its.
        const ended = rows.find((r) => r.name === "外需獲得・海外展開支援事業 (観光商材開発支援)")!;
        expect(ended.actuals.map((c) => c.value)).toEqual(["21", "23", "23", "24", null]);
        expect(ended.rate).toBeNull();
        const html = Buffer.from((await renderReport(m, "html")).bytes).toString("utf8");
        expect(html).toContain("300（見込み値）");
        expect(html).toContain("77 ※R5.3末時点");
        expect(html).not.toMatch(/（\(|\)）/);
        expect(html.match(/調査未実施（外国人観光客が対象のため）/g)).toHaveLength(4);
      });

      it("the workbook is one sheet with the same rows; CSV in CP932 with CRLF", async () => {
        const model = await build(VISION);
        const wb = await loadXlsx((await renderReport(model, "xlsx")).bytes);
        expect(wb.worksheets).toHaveLength(1);
        const rows = sheetRows(wb.worksheets[0]!);
        const head = rows[1]!;
        expect(head).toEqual(
          expect.arrayContaining(["H30 実績", "R元 実績", "R2 実績", "R3 実績", "R4 実績", "再掲"]),
        );
        const snow = rowWith(rows, "さっぽろ雪まつり事業")!;
        expect(snow[head.indexOf("H30 実績")]).toBe(274);
        expect(snow[head.indexOf("R4 決算見込額（千円）")]).toBe(412018);
        expect(rows.slice(2).filter((r) => r[head.indexOf("再掲")] === "再掲")).toHaveLength(53);
        expect(rows.slice(2).filter((r) => r[head.indexOf("★")] === "★")).toHaveLength(8);
        expect(rowWith(rows, "札幌スタイル推進事業")![head.indexOf("R4 実績")]).toBe("300（見込み値）");

        const sjis = await renderReport(model, "csv", { encoding: "cp932" });
        const text = iconv.decode(Buffer.from(sjis.bytes), "cp932");
        expect(text.slice(0, 2)).toBe("分野");
        expect(text.split("\r\n").length).toBeGreaterThan(150);
        expect(text).not.toMatch(/[^\r]\n/);
        expect(text).toContain("さっぽろ雪まつり事業");
        expect(text).toContain("300（見込み値）");
        expect(text).toContain("77 ※R5.3末時点");
        // Every character CP932 cannot hold is reported, none is lost silently.
        const lost =
          (text.match(/\?/g) ?? []).length -
          (
            Buffer.from((await renderReport(model, "csv")).bytes)
              .toString("utf8")
              .match(/\?/g) ?? []
          ).length;
        expect(sjis.warnings).toHaveLength(lost);
      });
    });

    describe("関連事業 (002)", () => {
      it("one sheet per program, grouped by pillar, with the R4 budget and 枠内 flagged", async () => {
        const m = await build(SOCIETY5);
        if (m.kind !== "society5-catalogue") throw new Error(m.kind);
        expect(m.pillars.map((p) => [p.name, p.sheets.length])).toEqual([
          ["暮らしの柱", 13],
          ["産業の柱", 30],
          ["行政の柱", 3],
          ["データ利活用の柱", 1],
        ]);
        const sheets = m.pillars.flatMap((p) => p.sheets);
        const find = (name: string) => sheets.find((s) => s.name === name)!;
        expect(find("「北海道Society5.0」推進体制整備事業費").budget).toBe(1308);
        expect(find("地域づくり総合交付金（北海道デジタルチャレンジ推進事業）").budget).toBe(50000);
        expect(find("地域づくり総合交付金（地域づくり推進事業）")).toMatchObject({
          budget: 4180000,
          standalone: false,
        });
        expect(find("科学技術ふれあい推進事業費")).toMatchObject({
          budget: 4049,
          department: "総合政策部次世代社会戦略局科学技術振興課",
        });
        expect(find("地域づくり総合交付金（北海道デジタルチャレンジ推進事業）").items).toEqual(
          expect.arrayContaining([{ label: "補助率", text: "１／２以内" }]),
        );
      });

      it("the workbook has an index and a sheet per program", async () => {
        const model = await build(SOCIETY5);
        const wb = await loadXlsx((await renderReport(model, "xlsx")).bytes);
        expect(wb.worksheets).toHaveLength(48);
        const index = sheetRows(wb.worksheets[0]!);
        expect(rowWith(index, "科学技術ふれあい推進事業費")?.[4]).toBe(4049);
        const sheet = wb.worksheets.find((w) => w.name.includes("科学技術ふれあい推進事業費"))!;
        expect(rowWith(sheetRows(sheet), "事業費（千円）")?.[1]).toBe(4049);
        const csv = csvRecords((await renderReport(model, "csv")).bytes);
        expect(csv).toHaveLength(47);
        expect(
          csv.find((r) => r["事業名"] === "地域づくり総合交付金（地域づくり推進事業）")?.["枠内・内数"],
        ).toContain("枠内");
      });
    });
  });
}
