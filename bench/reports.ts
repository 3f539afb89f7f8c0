// Benchmark of the documents: every 基本評価調書 of a 100-measure plan as one workbook and as one PDF,
// and, beside it, LibreOffice (Debian's, headless) turning the same workbook into PDF.
//
//   node bench/reports.ts [--measures 100] [--db sqlite:/tmp/hyoka-bench-reports.sqlite]
//
// The plan is synthetic and deterministic: 100 measures under 10 policies, each with 4 indicators
// (three yearly targets, a final one, three actuals), 20 programs with a 決算 line, an evaluation for
// 2023 with its texts. It is written through the importer, one 基本評価調書 document per measure, as
// the seeds are. Results go to bench/results/<date>-reports.json.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { migrate, openStore } from "../src/db/connect.ts";
import { importDocument } from "../src/db/import-document.ts";
import { type ParsedDocument, emptyDocument } from "../src/ingest/model.ts";
import { loadProfiles } from "../src/profiles.ts";
import { PdfRenderer } from "../src/reports/pdf.ts";
import { renderReport } from "../src/reports/render.ts";
import { buildReport } from "../src/reports/reports.ts";

const { values } = parseArgs({
  options: {
    measures: { type: "string", default: "100" },
    db: { type: "string", default: `sqlite:${join(tmpdir(), "hyoka-bench-reports.sqlite")}` },
  },
});
const MEASURES = Number(values.measures);
const PLAN = "bench-reports";
const YEAR = 2023;

/** A small deterministic PRNG (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXT =
  "地域の産業支援機関と連携し、企業の新製品開発や販路拡大、人材の育成・確保を支援するとともに、デジタル技術の導入と脱炭素化の取組を進めた。";

function measureDocument(m: number): ParsedDocument {
  const rnd = random(m + 1);
  const policy = Math.floor((m - 1) / 10) + 1;
  const code = `${policy}(1)A_${String(m).padStart(4, "0")}`;
  const nodeKey = `${PLAN}/${code}`;
  const policyKey = `${PLAN}/${policy}(1)A`;
  const doc = emptyDocument(
    "kihon-hyoka",
    `${PLAN}/${code}/${YEAR}`,
    `ベンチ 基本評価調書 ${code}`,
    String(YEAR),
  );
  const department = `ベンチ第${(m % 7) + 1}課`;
  doc.evaluationYear = YEAR;
  doc.plans.push({
    key: PLAN,
    name: "ベンチマーク総合計画",
    organization: "ベンチ県",
    levels: ["政策", "施策"],
    ruleProfile: "hokkaido-kihon-hyoka",
  });
  doc.departments.push(department);
  doc.nodes.push({
    key: policyKey,
    planKey: PLAN,
    level: "政策",
    code: `${policy}(1)A`,
    name: `政策${policy}`,
    sortOrder: policy * 100,
  });
  doc.nodes.push({
    key: nodeKey,
    planKey: PLAN,
    parentKey: policyKey,
    level: "施策",
    code,
    name: `ベンチ施策${m}の推進`,
    sortOrder: policy * 100 + m,
    departments: [department],
    texts: {
      施策の概要: TEXT,
      取組内容: `・${TEXT}\n・${TEXT}`,
      成果: `・${TEXT}`,
      施策目標: TEXT,
      現状と課題: TEXT,
    },
  });
  const grades: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const key = `bench:${m}:${i}`;
    const base = 100 + Math.floor(rnd() * 900);
    doc.indicators.push({
      key,
      name: `ベンチ指標${m}-${i}`,
      unit: "件",
      direction: "increase",
      measure: "quantitative",
      source: "ベンチ統計",
      publication: "毎年8月",
      rationale: TEXT,
    });
    const targets = [2018, 2019, 2020].map((y, k) => ({
      period: { from: y, to: y },
      kind: "absolute" as const,
      value: String(base + k * 10),
      isFinal: false,
    }));
    targets.push({
      period: { from: 2025, to: 2025 },
      kind: "absolute",
      value: String(base + 60),
      isFinal: true,
    });
    doc.usages.push({
      indicatorKey: key,
      nodeKey,
      displayName: `ベンチ指標${m}-${i}`,
      sortOrder: i,
      role: "成果指標",
      targets,
      analysis: TEXT,
    });
    for (const [k, y] of [2018, 2019, 2020].entries())
      doc.observations.push({
        indicatorKey: key,
        series: "actual",
        period: { from: y, to: y },
        value: String(Math.floor((base + k * 10) * (0.7 + rnd() * 0.4))),
      });
    grades.push("Ｃ");
  }
  for (let p = 1; p <= 20; p++) {
    const key = `bench:${m}:p${p}`;
    const amount = BigInt(Math.floor(rnd() * 50_000));
    doc.programs.push({
      key,
      code: String(m * 100 + p).padStart(4, "0"),
      name: `ベンチ事業${m}-${p}`,
      department,
      summary: TEXT,
      attributes: { type: p % 3 ? "一般" : "事務" },
    });
    doc.programLinks.push({ programKey: key, nodeKey, sortOrder: p, relisted: false });
    doc.budgetLines.push({
      programKey: key,
      fiscalYear: YEAR - 1,
      kind: "決算",
      amount,
      scale: 3,
      generalRevenue: amount / 2n,
      staffHq: "1",
      staffBranch: "0",
      totalCost: amount + 7_840n,
      standalone: true,
    });
    if (p % 4 === 0)
      doc.programEvaluations.push({
        programKey: key,
        nodeKey,
        evaluationYear: YEAR,
        responsePolicyNo: "①",
        direction: "改善",
      });
  }
  doc.nodeEvaluations.push({
    nodeKey,
    evaluationYear: YEAR,
    indicatorGrade: grades[0]!,
    coordination: `（課題）${TEXT}\n（取組）${TEXT}`,
    urgencyPriority: `（課題）${TEXT}\n（取組）${TEXT}`,
    overallJudgement: "やや遅れている",
    secondaryEvaluation: TEXT,
    responsePolicy: TEXT,
    texts: { 連携状況判定: "○", 緊急性優先性判定: "○" },
  });
  return doc;
}

const time = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const t = performance.now();
  const r = await fn();
  return [r, (performance.now() - t) / 1000];
};

const store = openStore(values.db!);
await migrate(store.db);
const present = await store.db.selectFrom("plans").select("id").where("key", "=", PLAN).executeTakeFirst();
if (!present) {
  console.log(`${MEASURES} 施策の計画を作成中 …`);
  for (let m = 1; m <= MEASURES; m++)
    await importDocument(store.db, measureDocument(m), { name: `bench-${m}`, sha256: String(m) });
}
const profiles = loadProfiles();
const request = { kind: "kihon-hyoka" as const, planKey: PLAN, year: YEAR, format: "xlsx" as const };
const out = mkdtempSync(join(tmpdir(), "hyoka-bench-out-"));
const pdf = new PdfRenderer();
try {
  // Chromium and the font are made ready once, as a server or a long command line run has them.
  await pdf.render({ title: "warm-up", orientation: "portrait", body: "<p>準備</p>" });
  const [built, modelSeconds] = await time(async () => {
    const b = await buildReport(store.db, profiles, request);
    if (!b.ok) throw new Error(b.error.message);
    return b.model;
  });
  if (built.kind !== "kihon-hyoka") throw new Error("unexpected model");
  const [xlsx, xlsxRender] = await time(() => renderReport(built, "xlsx"));
  const [pdfOut, pdfRender] = await time(() => renderReport(built, "pdf", { pdf }));
  const xlsxFile = join(out, "bench.xlsx");
  writeFileSync(xlsxFile, xlsx.bytes);
  writeFileSync(join(out, "bench.pdf"), pdfOut.bytes);
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [join(out, "bench.pdf")], { encoding: "utf8" }))?.[1],
  );

  let libreoffice: { seconds: number; pages: number; bytes: number; version: string } | { error: string };
  try {
    const version = execFileSync("libreoffice", ["--version"], { encoding: "utf8" }).trim();
    const profile = mkdtempSync(join(tmpdir(), "hyoka-lo-profile-"));
    const t = performance.now();
    execFileSync(
      "libreoffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        join(out, "lo"),
        xlsxFile,
      ],
      { stdio: "ignore", timeout: 600_000 },
    );
    const seconds = (performance.now() - t) / 1000;
    rmSync(profile, { recursive: true, force: true });
    const file = join(out, "lo", readdirSync(join(out, "lo"))[0]!);
    const loPages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);
    libreoffice = { seconds, pages: loPages, bytes: statSync(file).size, version };
  } catch (e) {
    libreoffice = { error: (e as Error).message.split("\n")[0]! };
  }

  const result = {
    date: new Date().toISOString(),
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    store: store.dialect,
    measures: built.sheets.length,
    programs: built.sheets.reduce((a, s) => a + s.programs.rows.length, 0),
    indicators: built.sheets.reduce((a, s) => a + s.indicators.length, 0),
    model: { seconds: modelSeconds },
    xlsx: {
      seconds: modelSeconds + xlsxRender,
      renderSeconds: xlsxRender,
      bytes: xlsx.bytes.length,
      sheets: built.sheets.length,
      goalSeconds: 5,
    },
    pdf: {
      seconds: modelSeconds + pdfRender,
      renderSeconds: pdfRender,
      bytes: pdfOut.bytes.length,
      pages,
      goalSeconds: 30,
    },
    libreoffice,
  };
  console.log(JSON.stringify(result, null, 2));
  const dir = new URL("./results/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${result.date.slice(0, 10)}-reports.json`),
    JSON.stringify(result, null, 2) + "\n",
  );
} finally {
  await pdf.close();
  await store.db.destroy();
  rmSync(out, { recursive: true, force: true });
}
