// `hyoka report <kind>`: the documents as PDF, XLSX, HTML or CSV. Bad input is reported in Japanese, naming
// the option, with exit code 1; nothing here throws at the user.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import cliProgress from "cli-progress";
import { loadProfiles } from "../../profiles.ts";
import { renderReport } from "../../reports/render.ts";
import { type ReportRequest, buildReport, parseReportRequest } from "../../reports/reports.ts";
import { fail } from "../errors.ts";
import { withStore } from "./store.ts";

export interface ReportOptions {
  plan?: string;
  node?: string;
  program?: string;
  year?: string;
  format?: string;
  out?: string;
  table?: string;
  encoding?: string;
}

export async function makeReports(
  dbOption: string | undefined,
  kind: string,
  opts: ReportOptions,
): Promise<void> {
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
  // Chromium's driver (playwright-core) is loaded only when a PDF is asked for.
  const pdf = requests.some((r) => r.format === "pdf")
    ? new (await import("../../reports/pdf.ts")).PdfRenderer()
    : undefined;
  const written: string[] = [];
  try {
    await withStore(dbOption, async (store) => {
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
}
