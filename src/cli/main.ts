// The `hyoka` command line. Each command opens the store named by --db, brings its schema up to date,
// does one thing, and reports in Japanese. Errors are printed as messages, never as stack traces.
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import cliProgress from "cli-progress";
import { Command, Option } from "commander";
import { type Store, databaseUrl, migrate, openStore } from "../db/connect.ts";
import { checkData } from "../evaluation/check.ts";
import { type IndicatorRecord, indicatorRecords } from "../evaluation/indicator-records.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Issue } from "../ingest/model.ts";
import { type DemoTable, generateDemo } from "../services/demo-generate.ts";
import {
  type ImportFileResult,
  type UploadKind,
  detectUpload,
  exampleFiles,
  importFile,
} from "../services/import-file.ts";
import { applyPlanSetup, previewPlanSetup } from "../services/plan-setup.ts";
import { Problem } from "../services/problem.ts";
import { type WorkbookProblem, applyWorkbook, previewWorkbook } from "../services/workbook.ts";
import { loadBook } from "../workbook/book.ts";
import { changeLines, conflictLines, problemLines } from "../workbook/report-text.ts";
import { serve } from "../server/serve.ts";
import { loadProfileFile, loadProfiles } from "../profiles.ts";
import { UserError as AccountError, principalByEmail } from "../auth/auth.ts";
import { csvUtf8 } from "../reports/csv.ts";
import { rateBasis } from "../reports/format.ts";
import type { CellValue } from "../reports/tables.ts";
import { registerPrograms } from "./programs.ts";
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
  .description(
    "資料（テキスト）を取り込む。種類は自動判別。UTF-8（BOM有無）と Shift_JIS に対応。" +
      "入力用ブック（.xlsx）・入力用 CSV・計画設定ブックは、検査して変更点を表示し、--apply で反映する",
  )
  .argument("<files...>", "取り込むファイル")
  .option("--as <email>", "入力用ブック・CSV を取り込む利用者のメールアドレス（監査記録に残る。必須）")
  .option(
    "--apply",
    "入力用ブック・CSV・計画設定ブックを反映する（省略時は検査と変更点の表示だけで、何も書き込まない）",
  )
  .option("--plan <key>", "入力用 CSV の取込先の計画のキー")
  .option("--year <year>", "入力用 CSV の取込先の評価年度（西暦）", (v) => {
    if (!/^(19|20|21)\d{2}$/.test(v)) throw new UserError(`評価年度は西暦4桁で指定してください: 「${v}」`);
    return Number(v);
  })
  .action(async (files: string[], opts: ImportOptions) => {
    let failed = 0;
    await withStore(program.opts().db, async (store) => {
      for (const file of files) {
        let bytes: Uint8Array | null = null;
        try {
          bytes = readFileSync(file);
        } catch {
          // importFile reports a file it cannot open, as before.
        }
        const kind = bytes ? await detectUpload(bytes, file) : "document";
        if (kind === "document") {
          const r = await importFile(store.db, file);
          printImport(r);
          if (!r.ok) failed++;
          continue;
        }
        if (!(await importWorkbook(store, file, bytes!, kind, opts))) failed++;
      }
    });
    if (failed > 0) process.exitCode = 1;
  });

interface ImportOptions {
  as?: string;
  apply?: boolean;
  plan?: string;
  year?: number;
}

/** A progress bar on stderr while a large workbook is read and checked (only on a terminal). */
function uploadProgress() {
  const bar = new cliProgress.SingleBar(
    { format: "{phase} {bar} {percentage}% | {value}/{total} | 経過 {duration_formatted}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(phase: "read" | "check", done: number, total: number) {
      const label = phase === "read" ? "読み込み" : "検査";
      if (!started) {
        bar.start(total, done, { phase: label });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { phase: label });
    },
    stop: () => started && bar.stop(),
  };
}

/** Checks (and with --apply, applies) a values workbook or CSV, or a plan set-up workbook. */
async function importWorkbook(
  store: Store,
  file: string,
  bytes: Uint8Array,
  kind: Exclude<UploadKind, "document">,
  opts: ImportOptions,
): Promise<boolean> {
  const name = basename(file);
  const profiles = loadProfiles();
  const fail = (message: string) => {
    console.error(`✗ ${file}: ${message}`);
    console.error(`  → ${file} は取り込みませんでした（データベースは変更していません）。`);
    return false;
  };
  try {
    if (kind === "other-workbook") {
      const loaded = await loadBook(bytes, name);
      return fail(
        loaded.ok
          ? "Hyoka の入力用ブックでも計画設定ブックでもありません。評価作業ページからダウンロードしたブックか、計画設定のひな形を使ってください。"
          : loaded.message,
      );
    }
    if (kind === "plan-setup") {
      const preview = await previewPlanSetup(store.db, profiles, "command-line", bytes, name);
      if (!preview.ok) {
        for (const line of problemLines(preview.errors)) console.error(line);
        return fail(`誤りが ${preview.errors.length} 件あります。`);
      }
      const c = preview.counts;
      const summary = `施策等 ${c.nodes}、事業 ${c.programs}（掲載 ${c.programLinks}）、指標 ${c.indicators}、目標値 ${c.targets}、実績値等 ${c.observations}、予算行 ${c.budgetLines}`;
      const what = `${preview.plan.exists ? "更新" : "新規作成"}: ${preview.plan.name}（${preview.plan.key}）`;
      if (!opts.apply) {
        console.log(`${file}: 計画設定ブック。${what}: ${summary}`);
        console.log("  検査のみで、何も書き込んでいません。反映するには --apply を付けてください。");
        return true;
      }
      const r = await applyPlanSetup(store.db, profiles, "command-line", bytes, name);
      console.log(
        `✓ ${file}: 計画を${r.plan.created ? "作成" : "更新"}しました: ${r.plan.name}（${r.plan.key}）: ${summary}`,
      );
      return true;
    }
    if (!opts.as) {
      return fail(
        "入力用ブック・CSV の取り込みには、取り込む利用者を --as <メールアドレス> で指定してください（監査記録に残ります）。",
      );
    }
    const principal = await principalByEmail(store, opts.as);
    const target = opts.plan && opts.year ? { planKey: opts.plan, fiscalYear: opts.year } : null;
    const progress = uploadProgress();
    let result: Awaited<ReturnType<typeof previewWorkbook>>;
    try {
      result = opts.apply
        ? await applyWorkbook(store.db, profiles, principal, target, bytes, name, {
            onProgress: progress.update,
          })
        : await previewWorkbook(store.db, profiles, principal, target, bytes, name, {
            onProgress: progress.update,
          });
    } finally {
      progress.stop();
    }
    if (!result.ok) {
      for (const line of problemLines(result.errors)) console.error(line);
      return fail(`誤りが ${result.errors.length} 件あります。すべて直してからもう一度取り込んでください。`);
    }
    const encoding = result.encoding ? `、${result.encoding}` : "";
    console.log(
      `${file}: ${result.cycle.planName} ${result.cycle.fiscalYear}年度（${result.format}${encoding}、${result.rows} 行）`,
    );
    console.log(`変更 ${result.changes.length} 件:`);
    for (const line of changeLines(result.changes)) console.log(line);
    if (result.conflicts.length) {
      console.log(
        `競合 ${result.conflicts.length} 件（ダウンロードの後に Hyoka 上で変更された値です。取り込みません。評価作業ページで確認してください）:`,
      );
      for (const line of conflictLines(result.conflicts)) console.log(line);
    }
    console.log(`変更のないセル ${result.unchanged} 件。`);
    if (opts.apply) {
      const applied = result as Awaited<ReturnType<typeof applyWorkbook>>;
      console.log(
        `✓ ${applied.applied} 件を反映しました（評価項目 ${applied.items} 件、取り込んだ人: ${principal.name} <${principal.email}>）。`,
      );
    } else {
      console.log("  検査のみで、何も書き込んでいません。反映するには --apply を付けてください。");
    }
    return true;
  } catch (e) {
    if (e instanceof AccountError) return fail(e.message);
    if (e instanceof Problem) {
      const errors = (e.details.errors as WorkbookProblem[] | undefined) ?? [];
      for (const line of problemLines(errors)) console.error(line);
      return fail(e.message);
    }
    throw e;
  }
}

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

/** The columns of `export indicators --format csv`: header and value. */
const INDICATOR_CSV: [string, (r: IndicatorRecord) => CellValue | undefined][] = [
  ["計画", (r) => r.plan],
  ["コード", (r) => r.nodeCode],
  ["施策等", (r) => r.nodeName],
  ["指標", (r) => r.indicator],
  ["単位", (r) => r.unit],
  ["方向", (r) => r.direction],
  ["基準値", (r) => r.baseline?.value],
  ["基準年", (r) => r.baseline?.period?.label],
  ["実績値", (r) => r.actual?.value],
  ["実績年", (r) => r.actual?.period.label],
  ["目標値", (r) => r.target?.value],
  ["目標年", (r) => r.target?.period.label],
  ["目標の種類", (r) => r.target?.kind],
  ["参照値", (r) => r.referenceValue],
  ["率", (r) => r.rate],
  ["率なしの理由", (r) => r.rateReason],
  ["判定", (r) => r.grade],
  ["率の根拠", (r) => rateBasis(r.rate, r.provisional)],
  ["公表の率", (r) => r.publishedRate],
  ["公表の判定", (r) => r.publishedGrade],
  ["評価時点", (r) => r.evaluatedAsOf],
  ["評価ルール", (r) => r.profile],
];

const toCsv = (records: IndicatorRecord[]): string =>
  csvUtf8([
    INDICATOR_CSV.map(([label]) => label),
    ...records.map((r) => INDICATOR_CSV.map(([, value]) => value(r) ?? null)),
  ]);

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
registerPrograms(program, (fn) => withStore(program.opts().db, fn));

registerReportCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const err = e as Error;
  console.error(`エラー: ${err.message}`);
  if (process.env.HYOKA_DEBUG) console.error(err.stack);
  process.exitCode = 2;
}
