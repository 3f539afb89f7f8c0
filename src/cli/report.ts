// `hyoka report <kind>`: the documents (基本評価調書, 推進状況, 進捗状況, 関連事業) as PDF, XLSX, HTML or
// CSV; and `hyoka opendata`: the open-data zip. Bad input is reported in Japanese, naming the option,
// with exit code 1; nothing here throws at the user.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { databaseUrl, migrate, openStore } from "../db/connect.ts";
import { writeOpenDataZip } from "../opendata/zip.ts";
import { loadProfiles } from "../profiles.ts";
import { PdfRenderer } from "../reports/pdf.ts";
import { renderReport } from "../reports/render.ts";
import {
  KIND_INFO,
  REPORT_FORMATS,
  REPORT_KINDS,
  type ReportRequest,
  buildReport,
  parseReportRequest,
} from "../reports/reports.ts";

interface ReportOptions {
  plan?: string;
  node?: string;
  program?: string;
  year?: string;
  format?: string;
  out?: string;
  table?: string;
  encoding?: string;
}

function fail(message: string): void {
  console.error(`エラー: ${message}`);
  process.exitCode = 1;
}

async function withStore<T>(program: Command, fn: (store: ReturnType<typeof openStore>) => Promise<T>) {
  const store = openStore(databaseUrl(program.opts().db as string | undefined));
  try {
    await migrate(store.db);
    return await fn(store);
  } finally {
    await store.db.destroy();
  }
}

const KINDS_HELP = REPORT_KINDS.map(
  (k) => `${k}（${KIND_INFO[k].title}、--year は${KIND_INFO[k].yearMeaning}）`,
).join("\n  ");

export function registerReportCommands(program: Command): void {
  program
    .command("report")
    .summary("資料（基本評価調書・推進状況・進捗状況・関連事業）を PDF / XLSX / HTML / CSV で作る")
    .description(
      [
        "資料を作る。種類:",
        `  ${KINDS_HELP}`,
        "基本評価調書は --node を省くと、その年度に評価したすべての施策を1つの PDF・1つのブック（施策ごとに1シート）にまとめる。",
        "--format に pdf,xlsx のように複数を書くと、--out はフォルダ（省略時は今のフォルダ）になる。",
      ].join("\n"),
    )
    .argument("<kind>", REPORT_KINDS.join(" | "))
    .option("--plan <key>", "計画のキー（例: hokkaido-sogo-keikaku）")
    .option("--node <code>", "施策のコード・キー・ID（基本評価調書）")
    .option("--program <id>", "事業のID（関連事業の1事業だけ）")
    .option("--year <year>", "年度（西暦4桁、または R5・令和5年度 などの和暦）")
    .option("--format <format>", `${REPORT_FORMATS.join(" | ")}（カンマ区切りで複数可）`, "pdf")
    .option("--out <path>", "書き出し先のファイル（複数形式のときはフォルダ）")
    .option(
      "--table <name>",
      "CSV にする表（基本評価調書: indicators | programs、推進状況: kpis | programs）",
    )
    .option("--encoding <encoding>", "CSV の文字コード: utf8（BOM付き、既定）| cp932（Shift_JIS、CRLF）")
    .action(async (kind: string, opts: ReportOptions) => {
      const formats = (opts.format ?? "pdf").split(",").map((f) => f.trim());
      const requests: ReportRequest[] = [];
      for (const format of formats) {
        const parsed = parseReportRequest(
          {
            kind,
            ...(opts.plan !== undefined ? { planKey: opts.plan } : {}),
            ...(opts.node !== undefined ? { node: opts.node } : {}),
            ...(opts.program !== undefined ? { programId: opts.program } : {}),
            ...(opts.year !== undefined ? { year: opts.year } : {}),
            format,
            ...(opts.table !== undefined ? { table: opts.table } : {}),
            ...(opts.encoding !== undefined ? { encoding: opts.encoding } : {}),
          },
          "cli",
        );
        if (!parsed.ok) return fail(parsed.error.message);
        requests.push(parsed.request);
      }
      const many = requests.length > 1;
      const first = requests[0]!;
      const bulk = first.kind === "kihon-hyoka" && !first.node;
      // Bulk: one step per measure read, one per format written.
      const bar = new cliProgress.SingleBar(
        { format: "{bar} {percentage}% | {value}/{total} | {stage}", hideCursor: true, noTTYOutput: false },
        cliProgress.Presets.shades_classic,
      );
      const pdf = requests.some((r) => r.format === "pdf") ? new PdfRenderer() : undefined;
      const written: string[] = [];
      try {
        await withStore(program, async (store) => {
          if (bulk) bar.start(requests.length + 1, 0, { stage: "施策を読み込み中" });
          const built = await buildReport(store.db, loadProfiles(), first, {
            style: "cli",
            onProgress: (done, count) => {
              bar.setTotal(count + requests.length);
              bar.update(done, { stage: `施策 ${done}/${count}` });
            },
          });
          if (!built.ok) return fail(built.error.message);
          if (many) mkdirSync(opts.out ?? ".", { recursive: true });
          for (const r of requests) {
            bar.update({ stage: `${r.format.toUpperCase()} を作成中` });
            const out = await renderReport(built.model, r.format, {
              ...(r.table ? { table: r.table } : {}),
              ...(r.encoding ? { encoding: r.encoding } : {}),
              ...(pdf ? { pdf } : {}),
            });
            const file = many || !opts.out ? join(opts.out ?? ".", out.fileName) : opts.out;
            writeFileSync(file, out.bytes);
            bar.increment({ stage: `${r.format.toUpperCase()} を書き出しました` });
            for (const w of out.warnings) written.push(`⚠ ${w}`);
            written.push(`✓ ${file}（${out.bytes.length.toLocaleString("ja-JP")} バイト）`);
          }
          if (built.model.kind === "kihon-hyoka")
            written.push(`  ${built.model.sheets.length} 施策の基本評価調書を書き出しました。`);
        });
      } catch (e) {
        fail((e as Error).message);
      } finally {
        bar.stop();
        await pdf?.close();
      }
      for (const line of written) (line.startsWith("⚠") ? console.error : console.log)(line);
    });

  program
    .command("opendata")
    .description(
      "オープンデータの zip を作る: 計画・施策等・事業・予算・指標・目標値・実績値・評価の CSV（UTF-8 BOM付き、1行目が見出し、1行1件、西暦の日付）とデータ定義書",
    )
    .option("--out <file>", "書き出し先の zip ファイル", "hyoka-opendata.zip")
    .option("--plan <key>", "この計画だけを書き出す")
    .action(async (opts: { out: string; plan?: string }) => {
      try {
        await withStore(program, async (store) => {
          if (opts.plan) {
            const found = await store.db
              .selectFrom("plans")
              .select("id")
              .where("key", "=", opts.plan)
              .executeTakeFirst();
            if (!found) return fail(`計画（--plan）: 計画「${opts.plan}」が見つかりません。`);
          }
          const counts = await writeOpenDataZip(store.db, loadProfiles(), opts.out, { planKey: opts.plan });
          console.log(`✓ ${opts.out}`);
          console.log(
            `  ${Object.entries(counts)
              .map(([t, n]) => `${t} ${n.toLocaleString("ja-JP")}行`)
              .join("、")}`,
          );
        });
      } catch (e) {
        fail((e as Error).message);
      }
    });
}
