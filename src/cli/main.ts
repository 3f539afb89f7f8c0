// The `hyoka` command line. Each command opens the store named by --db, brings its schema up to date,
// does one thing, and reports in Japanese. Errors are printed as messages, never as stack traces.
import { writeFileSync } from "node:fs";
import cliProgress from "cli-progress";
import { Command, Option } from "commander";
import { stringify } from "csv-stringify/sync";
import { type Store, databaseUrl, migrate, openStore } from "../db/connect.ts";
import { checkData } from "../evaluation/check.ts";
import { type IndicatorRecord, indicatorRecords } from "../evaluation/indicator-records.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Issue } from "../ingest/model.ts";
import { type DemoTable, generateDemo } from "../services/demo-generate.ts";
import { type ImportFileResult, exampleFiles, importFile } from "../services/import-file.ts";
import { serve } from "../server/serve.ts";
import { loadProfileFile, loadProfiles } from "../profiles.ts";
import { registerReportCommands } from "./report.ts";
import { registerUsers, firstAdministrator } from "./users.ts";

/** An error whose message is for the user; anything else is a bug and is reported as one. */
export class UserError extends Error {}

async function withStore<T>(dbOption: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(databaseUrl(dbOption));
  try {
    await migrate(store.db);
    return await fn(store);
  } finally {
    await store.db.destroy();
  }
}

function profileByIdOrFile(profiles: ReadonlyMap<string, RuleProfile>, idOrFile: string): RuleProfile {
  const p = idOrFile.endsWith(".json") ? loadProfileFile(idOrFile) : profiles.get(idOrFile);
  if (!p) throw new UserError(`評価ルール「${idOrFile}」はありません。hyoka profiles list で一覧できます。`);
  return p;
}

const COUNT_LABELS: Record<string, string> = {
  plans: "計画",
  nodes: "ノード",
  programs: "事業",
  programLinks: "事業の掲載",
  budgetLines: "予算行",
  indicators: "指標",
  usages: "指標の使用",
  targets: "目標値",
  observations: "実績値等",
  evaluations: "評価",
  supportOrganizations: "支援機関",
};

function printImport(r: ImportFileResult) {
  const where = (i: Issue) => `${r.file}${i.line ? `:${i.line}` : ""}`;
  if (!r.ok) {
    for (const i of r.issues) console.error(`✗ ${where(i)}: ${i.message}`);
    console.error(`  → ${r.file} は取り込みませんでした（データベースは変更していません）。`);
    return;
  }
  const summary = Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${COUNT_LABELS[k] ?? k} ${n}`)
    .join("、");
  console.log(`✓ ${r.file}: ${r.title}（${r.kind}, ${r.encoding}）: ${summary}`);
  for (const i of r.issues) console.log(`  ⚠ ${where(i)}: ${i.message}`);
}

const program = new Command()
  .name("hyoka")
  .description("Hyoka（評価）: 政策評価・KPI進捗管理")
  .addOption(
    new Option("--db <url>", "データベース（sqlite:<path> または postgres://…）").env("HYOKA_DATABASE_URL"),
  )
  .showHelpAfterError();

program
  .command("import")
  .description("資料（テキスト）を取り込む。種類は自動判別。UTF-8（BOM有無）と Shift_JIS に対応")
  .argument("<files...>", "取り込むファイル")
  .action(async (files: string[]) => {
    let failed = 0;
    await withStore(program.opts().db, async (store) => {
      for (const file of files) {
        const r = await importFile(store.db, file);
        printImport(r);
        if (!r.ok) failed++;
      }
    });
    if (failed > 0) process.exitCode = 1;
  });

const exportCommand = program.command("export").description("データを書き出す");
exportCommand
  .command("indicators")
  .description("指標ごと・評価期間ごとに1件: 基準値・実績値・目標値・計算した率と判定・公表値")
  .addOption(new Option("--format <format>", "出力形式").choices(["json", "csv"]).default("json"))
  .option("--plan <key>", "計画のキーで絞り込む")
  .option(
    "--profile <id-or-file>",
    "計画の評価ルールの代わりにこのルールで計算する（保存データは変わらない）",
  )
  .option("--out <file>", "書き出し先（省略時は標準出力）")
  .action(async (opts: { format: "json" | "csv"; plan?: string; profile?: string; out?: string }) => {
    const profiles = loadProfiles();
    const profile = opts.profile ? profileByIdOrFile(profiles, opts.profile) : undefined;
    const records = await withStore(program.opts().db, (s) =>
      indicatorRecords(s.db, profiles, {
        ...(opts.plan ? { planKey: opts.plan } : {}),
        ...(profile ? { profile } : {}),
      }),
    );
    const text = opts.format === "json" ? JSON.stringify(records, null, 2) + "\n" : toCsv(records);
    if (opts.out) writeFileSync(opts.out, text);
    else process.stdout.write(text);
  });

function toCsv(records: IndicatorRecord[]): string {
  const rows = records.map((r) => ({
    計画: r.plan,
    コード: r.nodeCode ?? "",
    施策等: r.nodeName,
    指標: r.indicator,
    単位: r.unit,
    方向: r.direction,
    基準値: r.baseline?.value ?? "",
    基準年: r.baseline?.period?.label ?? "",
    実績値: r.actual?.value ?? "",
    実績年: r.actual?.period.label ?? "",
    目標値: r.target?.value ?? "",
    目標年: r.target?.period.label ?? "",
    目標の種類: r.target?.kind ?? "",
    参照値: r.referenceValue ?? "",
    率: r.rate ?? "",
    率なしの理由: r.rateReason ?? "",
    判定: r.grade ?? "",
    公表の率: r.publishedRate ?? "",
    公表の判定: r.publishedGrade ?? "",
    評価時点: r.evaluatedAsOf,
    評価ルール: r.profile,
  }));
  return "\uFEFF" + stringify(rows, { header: true, record_delimiter: "\r\n" });
}

program
  .command("check")
  .description("データの食い違い（公表値と計算値、再掲の数値、合計と内訳、資料間の実績値）を一覧する")
  .option("--json", "JSON で出力する")
  .action(async (opts: { json?: boolean }) => {
    const findings = await withStore(program.opts().db, (s) => checkData(s.db, loadProfiles()));
    if (opts.json) {
      process.stdout.write(JSON.stringify(findings, null, 2) + "\n");
      return;
    }
    const disagreements = findings.filter((f) => f.severity === "disagreement");
    for (const f of findings)
      console.log(`${f.severity === "disagreement" ? "✗" : "ℹ"} [${f.kind}] ${f.subject}: ${f.message}`);
    console.log(`食い違い ${disagreements.length} 件、参考 ${findings.length - disagreements.length} 件。`);
  });

const profiles = program.command("profiles").description("評価ルール（進捗率・達成率の算定方法と判定区分）");
profiles
  .command("list")
  .description("使える評価ルールを一覧する")
  .action(() => {
    for (const p of loadProfiles().values()) console.log(`${p.id}\t${p.name}`);
  });
profiles
  .command("show")
  .description("評価ルールの内容を表示する")
  .argument("<id-or-file>", "ルールのID、またはルールを書いた JSON ファイル")
  .action((idOrFile: string) => {
    const p = idOrFile.endsWith(".json") ? loadProfileFile(idOrFile) : loadProfiles().get(idOrFile);
    if (!p)
      throw new UserError(`評価ルール「${idOrFile}」はありません。hyoka profiles list で一覧できます。`);
    console.log(JSON.stringify(p, null, 2));
  });

const TABLE_LABELS: Record<DemoTable, string> = {
  documents: "資料",
  plans: "計画",
  departments: "担当課",
  policy_nodes: "ノード",
  node_departments: "ノードの担当課",
  programs: "事業",
  program_links: "事業の掲載",
  budget_lines: "予算行",
  indicators: "指標",
  indicator_usages: "指標の使用",
  targets: "目標値",
  observations: "実績値",
};

const demo = program.command("demo").description("デモ用の合成データ");
demo
  .command("generate")
  .summary("全国規模の合成データを作る（デモ・性能測定用）")
  .description(
    [
      "全国規模の合成データを作る（デモ・性能測定用）。団体は デモ市0001、デモ市0002 … と番号順。",
      "1団体あたり: 計画1（政策6・施策60、評価ルール hokkaido-kihon-hyoka、2016〜2025年度）、",
      "指標200（年度ごとの目標値と最終目標、10年分の実績値。一部は「集計中」）、",
      "事業300（10年度分の予算・決算と一般財源、一部は再掲）、担当課20。",
      "同じ番号の団体は常に同じ内容になる。既にある団体は飛ばすので、数を増やして再実行すれば追加される。",
    ].join("\n"),
  )
  .requiredOption("--municipalities <n>", "団体の数（1〜9999、全国規模は 1741）", (v) => {
    if (!/^[1-9]\d{0,3}$/.test(v)) throw new UserError(`団体の数は1〜9999の整数で指定してください: 「${v}」`);
    return Number(v);
  })
  .action(async (opts: { municipalities: number }) => {
    const bar = new cliProgress.SingleBar(
      {
        format:
          "{bar} {percentage}% | {value}/{total} 団体 | {rows} 行 | 経過 {duration_formatted} | 残り {eta_formatted}",
        hideCursor: true,
        noTTYOutput: false,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    const result = await withStore(program.opts().db, async (store) => {
      bar.start(opts.municipalities, 0, { rows: 0 });
      try {
        return await generateDemo(store, {
          municipalities: opts.municipalities,
          onProgress: (p) => bar.update(p.done, { rows: p.rows.toLocaleString("ja-JP") }),
        });
      } finally {
        bar.stop();
      }
    });
    const rows = Object.entries(result.rows)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${TABLE_LABELS[t as DemoTable]} ${n.toLocaleString("ja-JP")}`)
      .join("、");
    const total = Object.values(result.rows).reduce((a, n) => a + n, 0);
    console.log(
      `✓ ${result.written} 団体を作成しました（既にあった ${result.skipped} 団体は飛ばしました）: ` +
        `計 ${total.toLocaleString("ja-JP")} 行、${result.seconds.toFixed(1)} 秒。`,
    );
    if (rows) console.log(`  ${rows}`);
  });

program
  .command("serve")
  .description("アプリケーションを起動する。データベースが空なら examples/ の資料を取り込んでから始める")
  .option("--port <port>", "待ち受けるポート", (v) => Number(v), Number(process.env.PORT ?? 3000))
  .option("--host <host>", "待ち受けるアドレス", process.env.HOST ?? "127.0.0.1")
  .action(async (opts: { port: number; host: string }) => {
    const store = openStore(databaseUrl(program.opts().db));
    await migrate(store.db);
    const documents = await store.db.selectFrom("documents").select("id").limit(1).execute();
    if (documents.length === 0) {
      console.log("データベースが空のため、examples/ の資料を取り込みます …");
      for (const f of exampleFiles()) printImport(await importFile(store.db, f));
    }
    await firstAdministrator(store);
    const address = await serve(store, loadProfiles(), opts);
    console.log(`Hyoka を起動しました: ${address}`);
  });

registerUsers(program, (fn) => withStore(program.opts().db, fn));

registerReportCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const err = e as Error;
  console.error(`エラー: ${err.message}`);
  if (process.env.HYOKA_DEBUG) console.error(err.stack);
  process.exitCode = 2;
}
