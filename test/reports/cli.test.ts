// `hyoka report` and `hyoka opendata` as a user runs them: the bulk mode writes every measure of a year
// into one PDF and one workbook; bad input is a Japanese message naming the option, with exit code 1.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hyoka } from "../support/cli.ts";
import { seedPath, seedText } from "../support/seeds.ts";
import { pdfFonts, pdfText, renderPng, squeeze } from "./support.ts";

let dir: string;
let db: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "hyoka-report-cli-"));
  db = `sqlite:${join(dir, "cli.sqlite")}`;
  // A second measure: a copy of 000 under another code, its first indicator renamed (so that it is an
  // indicator of its own) with its latest actual changed (1,100.0 ÷ 1,280.0 = 85.94 … → 85.9%).
  const copy = seedText("000")
    .replaceAll("0505", "0506")
    .replace("高い付加価値を生み出すものづくり産業の振興 0506", "付加価値の高いものづくりの振興 0506")
    .replaceAll("製造業の付加価値生産性（暦年）", "製造業の付加価値生産性（暦年・試算）")
    .replace("実績値 991.0 1,025.0 1,057.2", "実績値 991.0 1,025.0 1,100.0");
  writeFileSync(join(dir, "000-copy.txt"), copy);
  const r = await hyoka(["--db", db, "import", seedPath("000"), join(dir, "000-copy.txt"), seedPath("003")]);
  if (r.status !== 0) throw new Error(r.stderr);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("hyoka report", () => {
  it("bulk: every measure of the year into one PDF and one workbook (a sheet per measure)", async () => {
    const out = join(dir, "bulk");
    const r = await hyoka([
      "--db",
      db,
      "report",
      "kihon-hyoka",
      "--plan",
      "hokkaido-sogo-keikaku",
      "--year",
      "2023",
      "--format",
      "pdf,xlsx",
      "--out",
      out,
    ]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("2 施策の基本評価調書を書き出しました。");
    const files = readdirSync(out);
    const pdfFile = files.find((f) => f.endsWith(".pdf"))!;
    const xlsxFile = files.find((f) => f.endsWith(".xlsx"))!;
    expect(pdfFile).toContain("2施策");
    const pdf = readFileSync(join(out, pdfFile));
    const text = squeeze(pdfText(pdf));
    expect(text).toContain("【2(2)A_0505】高い付加価値を生み出すものづくり産業の振興");
    expect(text).toContain("【2(2)A_0506】付加価値の高いものづくりの振興");
    expect(text).toContain("82.6%");
    expect(text).toContain("85.9%");
    expect(pdfFonts(pdf).some((f) => f.name.includes("NotoSansCJKjp") && f.embedded)).toBe(true);
    renderPng(pdf, "cli-bulk", 1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(out, xlsxFile)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["2(2)A_0505", "2(2)A_0506"]);
  }, 120_000);

  it("one measure as CSV to a named file", async () => {
    const file = join(dir, "one.csv");
    const r = await hyoka([
      "--db",
      db,
      "report",
      "kihon-hyoka",
      "--plan",
      "hokkaido-sogo-keikaku",
      "--node",
      "2(2)A_0506",
      "--year",
      "令和5年度",
      "--format",
      "csv",
      "--out",
      file,
    ]);
    expect(r.status).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain(
      "製造業の付加価値生産性（暦年・試算）,万円,増加,2020,1100.0,,1280.0,2025,1280.0,85.9,Ｃ,実績値",
    );
  });

  it.each([
    [["report", "kihon-hyoka", "--year", "2023"], "計画（--plan）"],
    [["report", "nothing", "--plan", "x", "--year", "2023"], "種類（<kind>）"],
    [["report", "kihon-hyoka", "--plan", "hokkaido-sogo-keikaku", "--year", "令和99"], "--year"],
    [["report", "kihon-hyoka", "--plan", "hokkaido-sogo-keikaku"], "年度（--year）"],
    [
      ["report", "kihon-hyoka", "--plan", "hokkaido-sogo-keikaku", "--year", "2023", "--format", "docx"],
      "形式（--format）",
    ],
    [["report", "kihon-hyoka", "--plan", "nope", "--year", "2023"], "計画「nope」が見つかりません（--plan）"],
    [
      ["report", "kihon-hyoka", "--plan", "hokkaido-sogo-keikaku", "--node", "0000", "--year", "2023"],
      "（--node）",
    ],
    [
      ["report", "kihon-hyoka", "--plan", "hokkaido-sogo-keikaku", "--year", "2021"],
      "令和3年度の評価はありません（--year）",
    ],
    [
      [
        "report",
        "sousei-progress",
        "--plan",
        "hokkaido-sousei",
        "--year",
        "2018",
        "--table",
        "x",
        "--format",
        "csv",
      ],
      "表（--table）",
    ],
    [["opendata", "--plan", "nope", "--out", "/dev/null"], "計画（--plan）"],
  ])("%j → exit 1, Japanese message naming the option", async (args, expected) => {
    const r = await hyoka(["--db", db, ...args]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("エラー: ");
    expect(r.stderr).toContain(expected);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("hyoka opendata", () => {
  it("writes the zip of CSVs with the dictionary", async () => {
    const file = join(dir, "open.zip");
    const r = await hyoka(["--db", db, "opendata", "--out", file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("plans 2行");
    const names = Object.keys(unzipSync(readFileSync(file))).sort();
    expect(names).toContain("data_dictionary.csv");
    expect(names).toContain("budget_lines.csv");
  });
});
