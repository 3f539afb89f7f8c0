// The open-data zip: one CSV per table (UTF-8 with BOM, CRLF, one header row, no merged cells, one fact
// per record, a field with a line break quoted, western years) and a data dictionary, written as a
// stream so a national store fits. The CSV itself is written by src/reports/csv.ts.
import { createWriteStream } from "node:fs";
import { Zip, ZipDeflate } from "fflate";
import type { Kysely } from "kysely";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Database } from "../db/schema.ts";
import { BOM, csvText, csvUtf8 } from "../reports/csv.ts";
import {
  OPEN_DATA_TABLES,
  type OpenDataOptions,
  type OpenDataValue,
  openDataRows,
  openDataScope,
} from "./tables.ts";

export const DICTIONARY_FILE = "data_dictionary.csv";
export const README_FILE = "README.txt";

const KIND_LABEL = {
  integer: "整数",
  decimal: "数値（小数は記載どおりの桁）",
  text: "文字列",
  year: "年（西暦4桁）",
  flag: "1 または 0",
  edition: "時点（YYYY または YYYY-MM）",
} as const;

const encoder = new TextEncoder();

/** The data dictionary (項目定義書): one row per column of every file. */
export function dictionaryCsv(): string {
  const rows: OpenDataValue[][] = [
    ["ファイル名", "表", "表の説明", "項目名", "項目名（英語）", "型", "説明"],
  ];
  for (const t of OPEN_DATA_TABLES)
    for (const c of t.columns)
      rows.push([t.file, t.title, t.description, c.label, c.name, KIND_LABEL[c.kind], c.description]);
  return csvUtf8(rows);
}

const README = `Hyoka オープンデータ

計画・施策等・事業・予算・指標・目標値・実績値・評価を、表ごとの CSV にしたものです。
- 文字コードは UTF-8（BOM 付き）、改行は CRLF、1 行目が項目名、1 レコードが 1 件です。セルの結合はありません。
- 改行・カンマ・ダブルクォート（"）を含む項目は、ダブルクォートで囲んでいます（RFC 4180）。囲まれた中の改行は項目の一部で、レコードの区切りではありません。
- 年・年度は西暦 4 桁です（年度は 4 月〜翌 3 月）。金額は円の整数です。
- 小数は資料に記載された桁のまま書いています（1,280.0 は 1280.0）。
- 各項目の意味は ${DICTIONARY_FILE}（データ定義書）にあります。表どうしは ID（項目ID・事業ID・指標ID・使用ID）と計画キーでつながります。
- indicator_results.csv は、各計画の評価ルールで Hyoka が計算した率と判定です。
`;

/** Writes the zip to `sink` chunk by chunk; returns the row count of each table. */
export async function openDataZip(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  options: OpenDataOptions,
  sink: (chunk: Uint8Array) => void | Promise<void>,
): Promise<Record<string, number>> {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else pending.push(data);
  });
  const flush = async () => {
    if (failure) throw failure;
    for (const chunk of pending.splice(0)) await sink(chunk);
  };
  const file = (name: string) => {
    const f = new ZipDeflate(name, { level: 6 });
    // A fixed time: the same data gives the same zip.
    f.mtime = new Date(Date.UTC(2000, 0, 1));
    zip.add(f);
    return f;
  };
  const whole = (name: string, text: string) => file(name).push(encoder.encode(text), true);
  whole(README_FILE, BOM + README.replaceAll("\n", "\r\n"));
  whole(DICTIONARY_FILE, dictionaryCsv());

  const counts: Record<string, number> = {};
  const scope = await openDataScope(db, options);
  for (const table of OPEN_DATA_TABLES) {
    const f = file(table.file);
    f.push(encoder.encode(csvUtf8([table.columns.map((c) => c.label)])));
    counts[table.name] = 0;
    for await (const rows of openDataRows(db, profiles, table.name, options, scope)) {
      if (rows.length === 0) continue;
      f.push(encoder.encode(csvText(rows.map((r) => table.columns.map((c) => r[c.name] ?? null)))));
      counts[table.name]! += rows.length;
      await flush();
    }
    f.push(new Uint8Array(0), true);
  }
  zip.end();
  await flush();
  return counts;
}

/** The zip as one buffer (for small stores and tests). */
export async function openDataZipBytes(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  options: OpenDataOptions = {},
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await openDataZip(db, profiles, options, (c) => void chunks.push(c));
  return Buffer.concat(chunks);
}

/** Writes the zip to a file; returns the row count of each table. */
export async function writeOpenDataZip(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  path: string,
  options: OpenDataOptions = {},
): Promise<Record<string, number>> {
  const out = createWriteStream(path);
  const written = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  try {
    const counts = await openDataZip(db, profiles, options, (chunk) =>
      out.write(chunk) ? undefined : new Promise<void>((r) => out.once("drain", () => r())),
    );
    out.end();
    await written;
    return counts;
  } catch (e) {
    out.destroy();
    throw e;
  }
}
