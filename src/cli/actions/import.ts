// `hyoka import`: seed documents are imported here; workbooks and values CSVs go to import-workbook.ts,
// loaded only when one is given.
import { readFileSync } from "node:fs";
import type { Issue } from "../../ingest/model.ts";
import { type ImportFileResult, detectUpload, importFile } from "../../services/import-file.ts";
import type { ImportOptions } from "./import-workbook.ts";
import { withStore } from "./store.ts";

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

export function printImport(r: ImportFileResult) {
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

/** Imports or checks each file in turn; the exit code is 1 when any was not imported. */
export async function importFiles(dbOption: string | undefined, files: string[], opts: ImportOptions) {
  let failed = 0;
  await withStore(dbOption, async (store) => {
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
      const { importWorkbook } = await import("./import-workbook.ts");
      if (!(await importWorkbook(store, file, bytes!, kind, opts))) failed++;
    }
  });
  if (failed > 0) process.exitCode = 1;
}
