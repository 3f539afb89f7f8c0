// Benchmark of the Excel round trip: a department's 10,000-row values workbook, every value changed, is
// read, checked, compared with the store (preview) and applied in one transaction with its audit trail.
//
//   node bench/workbook.ts [--rows 10000] [--postgres postgres://postgres@127.0.0.1:5432/postgres]
//
// The plan is synthetic and deterministic: one department, 100 measures with 20 indicators each, stated
// actuals and targets for 2020–2022, evaluated in 2024, so the workbook has 100 × 20 × 5 = 10,000
// indicator rows (and 100 × 6 rows of texts). Written through the importer, as the seeds are. Results go
// to bench/results/<date>-workbook.json. Goal: importing the workbook takes 5 s or less.
import { principalByEmail } from "../src/auth/auth.ts";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import pg from "pg";
import { addUser, createAuth, resolveGrant } from "../src/auth/auth.ts";
import { type Store, migrate, openStore } from "../src/db/connect.ts";
import { importDocument } from "../src/db/import-document.ts";
import { emptyDocument } from "../src/ingest/model.ts";
import { loadProfiles } from "../src/profiles.ts";
import { openCycle } from "../src/services/cycle.ts";
import { applyWorkbook, downloadValuesWorkbook, previewWorkbook } from "../src/services/workbook.ts";
import { loadBook } from "../src/workbook/book.ts";
import { readValuesBook } from "../src/workbook/read-values.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "10000" },
    postgres: { type: "string" },
  },
});
const INDICATORS_PER_MEASURE = 20;
const YEARS = 5;
const MEASURES = Math.ceil(Number(values.rows) / (INDICATORS_PER_MEASURE * YEARS));
const PLAN = "bench-workbook";
const DEPARTMENT = "ベンチ課";
const profiles = loadProfiles();
const BENCH = { userId: null, name: "ベンチマーク", email: "bench@localhost" };

async function seed(store: Store) {
  const doc = emptyDocument("kihon-hyoka", `${PLAN}/doc`, "ベンチマーク計画", "2023");
  doc.plans.push({
    key: PLAN,
    name: "ベンチマーク計画",
    organization: "ベンチ市",
    period: { from: 2016, to: 2025 },
    levels: ["施策"],
    ruleProfile: "hokkaido-kihon-hyoka",
  });
  doc.departments.push(DEPARTMENT);
  for (let m = 1; m <= MEASURES; m++) {
    const nodeKey = `${PLAN}/${m}`;
    doc.nodes.push({
      key: nodeKey,
      planKey: PLAN,
      level: "施策",
      code: `M${m}`,
      name: `施策${m}`,
      sortOrder: m,
      departments: [DEPARTMENT],
    });
    for (let i = 1; i <= INDICATORS_PER_MEASURE; i++) {
      const key = `${PLAN}/${m}/${i}`;
      doc.indicators.push({
        key,
        name: `指標${m}-${i}`,
        unit: "件",
        direction: "increase",
        measure: "quantitative",
      });
      doc.usages.push({
        indicatorKey: key,
        nodeKey,
        displayName: `指標${m}-${i}`,
        sortOrder: i,
        targets: [2020, 2021, 2022].map((y) => ({
          period: { from: y, to: y },
          kind: "absolute" as const,
          value: `${100 + i}.0`,
          isFinal: false,
        })),
      });
      for (const y of [2020, 2021, 2022])
        doc.observations.push({
          indicatorKey: key,
          series: "actual",
          period: { from: y, to: y },
          value: `${90 + i}.5`,
        });
    }
  }
  await importDocument(store.db, doc, { name: "bench", sha256: "" });
  const grant = await resolveGrant(store, "editor", { department: DEPARTMENT });
  await addUser(
    createAuth(store),
    store,
    {
      email: "bench@example.jp",
      name: "bench",
      password: "correct-horse-battery",
      grants: [grant],
    },
    BENCH,
  );
  await addUser(
    createAuth(store),
    store,
    {
      email: "admin@example.jp",
      name: "admin",
      password: "correct-horse-battery",
      grants: [{ role: "admin", planId: null, departmentId: null, supportOrganizationId: null }],
    },
    BENCH,
  );
  const admin = await principalByEmail(store, "admin@example.jp");
  return openCycle(store.db, profiles, admin, PLAN, { fiscalYear: 2024 });
}

const seconds = (t0: number) => Math.round((performance.now() - t0) / 10) / 100;

async function run(store: Store) {
  await migrate(store.db);
  const { id: cycleId } = await seed(store);
  const editor = await principalByEmail(store, "bench@example.jp");
  const department = await store.db
    .selectFrom("departments")
    .select("id")
    .where("name", "=", DEPARTMENT)
    .executeTakeFirstOrThrow();
  let t0 = performance.now();
  const { bytes } = await downloadValuesWorkbook(store.db, profiles, editor, cycleId, department.id);
  const download = seconds(t0);
  // Every actual and target of 2023 and 2024 filled in, as a department would (not timed).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("実績値")!;
  let edited = 0;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const year = Number(row.getCell(5).value);
    row.getCell(6).value = 95 + (n % 10) + (year % 2 ? 0.5 : 0);
    edited++;
  });
  const upload = Buffer.from(await wb.xlsx.writeBuffer());

  t0 = performance.now();
  const loaded = await loadBook(upload, "bench.xlsx");
  const loadSeconds = seconds(t0);
  if (!loaded.ok) throw new Error(loaded.message);
  t0 = performance.now();
  const read = readValuesBook(loaded.book);
  const readSeconds = seconds(t0);

  t0 = performance.now();
  const preview = await previewWorkbook(store.db, profiles, editor, { cycleId }, upload, "bench.xlsx");
  const previewSeconds = seconds(t0);
  if (!preview.ok) throw new Error(JSON.stringify(preview.errors.slice(0, 5)));

  t0 = performance.now();
  const applied = await applyWorkbook(store.db, profiles, editor, { cycleId }, upload, "bench.xlsx");
  const applySeconds = seconds(t0);
  return {
    store: store.dialect,
    rows: read.rows,
    indicatorRows: edited,
    cells: read.entries.length,
    bytes: upload.length,
    downloadSeconds: download,
    loadSeconds,
    readSeconds,
    previewSeconds,
    applySeconds,
    changes: applied.applied,
    items: applied.items,
    goalSeconds: 5,
  };
}

const results = [];
const dir = mkdtempSync(join(tmpdir(), "hyoka-bench-workbook-"));
try {
  const sqlite = openStore(`sqlite:${join(dir, "bench.sqlite")}`);
  try {
    results.push(await run(sqlite));
  } finally {
    await sqlite.db.destroy();
  }
  if (values.postgres) {
    const name = `hyoka_bench_workbook_${process.pid}`;
    const admin = new pg.Client({ connectionString: values.postgres });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(values.postgres);
    url.pathname = `/${name}`;
    const store = openStore(url.toString());
    try {
      results.push(await run(store));
    } finally {
      await store.db.destroy();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const report = {
  date: new Date().toISOString(),
  machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
  measures: MEASURES,
  results,
};
console.log(JSON.stringify(report, null, 2));
const out = new URL("./results/", import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(
  new URL(`${report.date.slice(0, 10)}-workbook.json`, out),
  JSON.stringify(report, null, 2) + "\n",
);
