// The answers of the document and open-data routes (report-routes.ts): the documents that apply to a
// page, and the open-data tables with their data dictionary and records. The documents themselves and
// the zip are files (contract.ts file()).
import { COLUMN_KINDS } from "../../opendata/tables.ts";
import { z } from "../contract.ts";
import { AvailableReport, ReportKind } from "./editions.ts";

export const ReportKindInfo = z
  .object({
    kind: ReportKind,
    title: z.string().openapi({ description: "資料の名前（基本評価調書 …）" }),
    tables: z
      .array(z.object({ name: z.string(), title: z.string() }))
      .openapi({ description: "CSV にできる表（table の値。最初が既定）" }),
  })
  .openapi("ReportKindInfo", { description: "資料の種類と、その CSV の表" });
export type ReportKindInfo = z.infer<typeof ReportKindInfo>;

export const ReportList = z
  .object({
    kinds: z.array(ReportKindInfo).openapi({ description: "資料の種類すべて" }),
    reports: z.array(AvailableReport).openapi({
      description: "ページ（plan・node・program）に当てはまる年度ごとの資料",
    }),
  })
  .openapi("ReportList", { description: "ページに当てはまる資料（ダウンロード用）" });
export type ReportList = z.infer<typeof ReportList>;

export const OpenDataColumn = z
  .object({
    name: z.string().openapi({ description: "英語の項目名（JSON のキー）" }),
    label: z.string().openapi({ description: "日本語の項目名（CSV の見出し）" }),
    kind: z.enum(COLUMN_KINDS).openapi({
      description:
        "型: integer 整数、decimal 数値（小数は記載どおりの桁）、text 文字列、year 年（西暦4桁）、flag 1 または 0、edition 時点（YYYY または YYYY-MM）",
    }),
    description: z.string(),
  })
  .openapi("OpenDataColumn", { description: "オープンデータの表の一つの項目" });
export type OpenDataColumn = z.infer<typeof OpenDataColumn>;

export const OpenDataTable = z
  .object({
    name: z.string().openapi({ description: "表の名前（GET /api/opendata/{table} の table）" }),
    file: z.string().openapi({ description: "zip の中の CSV のファイル名" }),
    title: z.string(),
    description: z.string(),
    columns: z.array(OpenDataColumn),
  })
  .openapi("OpenDataTable", { description: "オープンデータの一つの表とその項目" });
export type OpenDataTable = z.infer<typeof OpenDataTable>;

export const OpenDataDictionary = z
  .object({
    formats: z
      .object({
        zip: z.string().openapi({ description: "すべての表の CSV とデータ定義書の zip のパス" }),
        json: z.string().openapi({ description: "一つの表の行（JSON）のパス" }),
      })
      .openapi({ description: "取り出し方" }),
    tables: z.array(OpenDataTable),
  })
  .openapi("OpenDataDictionary", { description: "オープンデータの表と項目（データ定義）" });
export type OpenDataDictionary = z.infer<typeof OpenDataDictionary>;

export const OpenDataRecord = z
  .record(z.string(), z.union([z.string(), z.number(), z.null()]))
  .openapi("OpenDataRecord", {
    description: "一つの行: 項目の英語名 → 値（数または文字列。型は項目の kind、値がなければ null）",
  });
export type OpenDataRecord = z.infer<typeof OpenDataRecord>;

export const OpenDataRecords = z
  .object({
    table: z.string().openapi({ description: "表の名前" }),
    columns: z.array(OpenDataColumn),
    offset: z.number().int().openapi({ description: "最初の行の位置（0から）" }),
    limit: z.number().int().openapi({ description: "最大の行数" }),
    more: z.boolean().openapi({ description: "この後にも行がある" }),
    records: z.array(OpenDataRecord),
  })
  .openapi("OpenDataRecords", { description: "オープンデータの一つの表の行（offset から limit 行まで）" });
export type OpenDataRecords = z.infer<typeof OpenDataRecords>;
