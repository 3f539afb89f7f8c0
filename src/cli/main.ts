// The `hyoka` command line. Each command opens the store named by --db, brings its schema up to date,
// does one thing, and reports in Japanese. Errors are printed as messages, never as stack traces.
//
// This file and the other definitions (users.ts, programs.ts, report.ts) load only commander: what a
// command does is in actions/, imported when it runs, so that `hyoka --help` and `hyoka import` start
// without the web server, better-auth, ExcelJS or Chromium's driver (see docs/performance.md).
import { Command, Option } from "commander";
import type { ExportOptions } from "./actions/export.ts";
import type { ImportOptions } from "./actions/import-workbook.ts";
import { usageError } from "./errors.ts";
import { registerPrograms } from "./programs.ts";
import { registerReportCommands } from "./report.ts";
import { registerUsers } from "./users.ts";

const program = new Command()
  .name("hyoka")
  .description("Hyoka（評価）: 政策評価・KPI進捗管理")
  .addOption(
    new Option("--db <url>", "データベース（sqlite:<path> または postgres://…）").env("HYOKA_DATABASE_URL"),
  )
  .showHelpAfterError();
const db = () => program.opts().db as string | undefined;

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
    if (!/^(19|20|21)\d{2}$/.test(v)) throw usageError(`評価年度は西暦4桁で指定してください: 「${v}」`);
    return Number(v);
  })
  .action(async (files: string[], opts: ImportOptions) =>
    (await import("./actions/import.ts")).importFiles(db(), files, opts),
  );

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
  .action(async (opts: ExportOptions) => (await import("./actions/export.ts")).exportIndicators(db(), opts));

program
  .command("check")
  .description("データの食い違い（公表値と計算値、再掲の数値、合計と内訳、資料間の実績値）を一覧する")
  .option("--json", "JSON で出力する")
  .action(async (opts: { json?: boolean }) => (await import("./actions/check.ts")).checkStore(db(), opts));

const profiles = program.command("profiles").description("評価ルール（進捗率・達成率の算定方法と判定区分）");
profiles
  .command("list")
  .description("使える評価ルールを一覧する")
  .action(async () => (await import("./actions/profiles.ts")).listProfiles());
profiles
  .command("show")
  .description("評価ルールの内容を表示する")
  .argument("<id-or-file>", "ルールのID、またはルールを書いた JSON ファイル")
  .action(async (idOrFile: string) => (await import("./actions/profiles.ts")).showProfile(idOrFile));

const demo = program.command("demo").description("デモ用の合成データ");
demo
  .command("generate")
  .summary("合成データを作る: 全国規模の団体（--municipalities）、支援窓口の相談案件（--desk）")
  .description(
    [
      "デモ・性能測定用の合成データを作る。--municipalities と --desk の少なくとも一方を指定する。",
      "",
      "--municipalities <n>: 全国規模の合成データ。団体は デモ市0001、デモ市0002 … と番号順。",
      "1団体あたり: 計画1（政策6・施策60、評価ルール hokkaido-kihon-hyoka、2016〜2025年度）、",
      "指標200（年度ごとの目標値と最終目標、10年分の実績値。一部は「集計中」）、",
      "事業300（10年度分の予算・決算と一般財源、一部は再掲）、担当課20。",
      "同じ番号の団体は常に同じ内容になる。既にある団体は飛ばすので、数を増やして再実行すれば追加される。",
      "",
      "--desk: 資料 001（北海道「北のものづくり」連携支援計画）の支援窓口の相談案件（2017〜2022年度）。",
      "数百件の相談案件（センターと各支援機関で受付、自ら対応・センターへ報告・引継ぎ・チーム結成）、",
      "その一部に四半期に分散した支援の記録と翌2年度のフォローアップ（一部は未実施）、多くは結果を付けて終了。",
      "新規・継続の件数は計画の目標（各年度新規10件、10/20/30/30/30件）に近くなる。",
      "会社名は「（デモ）」で始まる架空のもの。毎回同じ内容になり、既にあれば何もしない。",
      "先に資料 001 を取り込んでおくこと（npm start の初回起動では、資料とともに自動で作られる）。",
    ].join("\n"),
  )
  .option("--municipalities <n>", "団体の数（1〜9999、全国規模は 1741）", (v) => {
    if (!/^[1-9]\d{0,3}$/.test(v)) throw usageError(`団体の数は1〜9999の整数で指定してください: 「${v}」`);
    return Number(v);
  })
  .option("--desk", "支援窓口（資料 001）のデモの相談案件を作る")
  .action(async (opts: { municipalities?: number; desk?: boolean }) => {
    if (opts.municipalities === undefined && !opts.desk) {
      throw usageError("--municipalities <n> か --desk の少なくとも一方を指定してください。");
    }
    const { municipalities } = opts;
    if (municipalities !== undefined)
      await (await import("./actions/demo.ts")).generateDemoData(db(), { municipalities });
    if (opts.desk) await (await import("./actions/demo-desk.ts")).generateDemoDeskData(db());
  });

program
  .command("serve")
  .description("アプリケーションを起動する。データベースが空なら examples/ の資料を取り込んでから始める")
  .option("--port <port>", "待ち受けるポート", (v) => Number(v), Number(process.env.PORT ?? 3000))
  .option("--host <host>", "待ち受けるアドレス", process.env.HOST ?? "127.0.0.1")
  .option(
    "--demo",
    "初回起動（データベースが空）のとき、資料に加えて支援窓口のデモの相談案件（hyoka demo generate --desk）も作る。npm start はこれを付けて起動する",
  )
  .action(async (opts: { port: number; host: string; demo?: boolean }) =>
    (await import("./actions/serve.ts")).serveStore(db(), opts),
  );

registerUsers(program);
registerPrograms(program);
registerReportCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  const err = e as Error;
  console.error(`エラー: ${err.message}`);
  if (process.env.HYOKA_DEBUG) console.error(err.stack);
  process.exitCode = 2;
}
