// `hyoka report <kind>` and `hyoka opendata`: the definitions. What they do is in actions/report.ts and
// actions/opendata.ts, loaded only when one runs.
import { createRequire } from "node:module";
import type { Command } from "commander";
import type * as Reports from "../reports/reports.ts";
import type { ReportOptions } from "./actions/report.ts";

const require = createRequire(import.meta.url);

/**
 * Fills in the parts of `hyoka report --help` (and `hyoka help report`) that list the kinds and formats.
 * They come from src/reports/reports.ts, loaded only when that help is shown (synchronously, as commander
 * prints help synchronously), so that `hyoka --help` and the other commands start without it.
 */
function describeReport(report: Command): void {
  const { KIND_INFO, REPORT_FORMATS, REPORT_KINDS } = require("../reports/reports.ts") as typeof Reports;
  const kindsHelp = REPORT_KINDS.map(
    (k) => `${k}（${KIND_INFO[k].title}、--year は${KIND_INFO[k].yearMeaning}）`,
  ).join("\n  ");
  report.description(
    [
      "資料を作る。種類:",
      `  ${kindsHelp}`,
      "基本評価調書は --node を省くと、その年度に評価したすべての施策を1つの PDF・1つのブック（施策ごとに1シート）にまとめる。",
      "--format に pdf,xlsx のように複数を書くと、--out はフォルダ（省略時は今のフォルダ）になる。",
    ].join("\n"),
  );
  report.registeredArguments[0]!.description = REPORT_KINDS.join(" | ");
  report.options.find((o) => o.long === "--format")!.description =
    `${REPORT_FORMATS.join(" | ")}（カンマ区切りで複数可）`;
}

export function registerReportCommands(program: Command): void {
  const db = () => program.opts().db as string | undefined;
  const report = program
    .command("report")
    .summary("資料（基本評価調書・推進状況・進捗状況・関連事業）を PDF / XLSX / HTML / CSV で作る")
    // The description, and those of <kind> and --format, are filled in by describeReport.
    .argument("<kind>")
    .option("--plan <key>", "計画のキー（例: hokkaido-sogo-keikaku）")
    .option("--node <code>", "施策のコード・キー・ID（基本評価調書）")
    .option("--program <id>", "事業のID（関連事業の1事業だけ）")
    .option("--year <year>", "年度（西暦4桁、または R5・令和5年度 などの和暦）")
    .option("--format <format>", "", "pdf")
    .option("--out <path>", "書き出し先のファイル（複数形式のときはフォルダ）")
    .option(
      "--table <name>",
      "CSV にする表（基本評価調書: indicators | programs、推進状況: kpis | programs）",
    )
    .option("--encoding <encoding>", "CSV の文字コード: utf8（BOM付き、既定）| cp932（Shift_JIS、CRLF）")
    .action(async (kind: string, opts: ReportOptions) =>
      (await import("./actions/report.ts")).makeReports(db(), kind, opts),
    );
  report.on("beforeHelp", () => describeReport(report));

  program
    .command("opendata")
    .description(
      "オープンデータの zip を作る: 計画・施策等・事業・予算・指標・目標値・実績値・評価の CSV（UTF-8 BOM付き、1行目が見出し、1行1件、西暦の日付）とデータ定義書",
    )
    .option("--out <file>", "書き出し先の zip ファイル", "hyoka-opendata.zip")
    .option("--plan <key>", "この計画だけを書き出す")
    .action(async (opts: { out: string; plan?: string }) =>
      (await import("./actions/opendata.ts")).writeOpenData(db(), opts),
    );
}
