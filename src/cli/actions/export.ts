// `hyoka export indicators`: one record per indicator and evaluation period, as JSON or CSV.
import { writeFileSync } from "node:fs";
import { type IndicatorRecord, indicatorRecords } from "../../evaluation/indicator-records.ts";
import { loadProfiles } from "../../profiles.ts";
import { csvUtf8 } from "../../reports/csv.ts";
import { rateBasis } from "../../reports/format.ts";
import type { CellValue } from "../../reports/tables.ts";
import { profileByIdOrFile } from "./profiles.ts";
import { withStore } from "./store.ts";

export interface ExportOptions {
  format: "json" | "csv";
  plan?: string;
  profile?: string;
  out?: string;
}

export async function exportIndicators(dbOption: string | undefined, opts: ExportOptions): Promise<void> {
  const profiles = loadProfiles();
  const profile = opts.profile ? profileByIdOrFile(profiles, opts.profile) : undefined;
  const records = await withStore(dbOption, (s) =>
    indicatorRecords(s.db, profiles, {
      ...(opts.plan ? { planKey: opts.plan } : {}),
      ...(profile ? { profile } : {}),
    }),
  );
  const text = opts.format === "json" ? JSON.stringify(records, null, 2) + "\n" : toCsv(records);
  if (opts.out) writeFileSync(opts.out, text);
  else process.stdout.write(text);
}

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
