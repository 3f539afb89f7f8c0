// The answers of the published-edition routes (edition-routes.ts): a measure's or a program's documents
// with their editions, and two years of one document side by side. Also the download of a document
// (AvailableReport), which a compared edition carries and GET /api/reports lists.
import { REPORT_FORMATS, REPORT_KINDS } from "../../reports/reports.ts";
import { orNull, z } from "../contract.ts";

export const ReportKind = z
  .enum(REPORT_KINDS)
  .openapi("ReportKind", { description: "資料の種類（基本評価調書・推進状況・進捗状況・関連事業）" });

export const AvailableReport = z
  .object({
    kind: ReportKind,
    title: z.string().openapi({ description: "資料の名前（基本評価調書、進捗状況 …）" }),
    label: z.string().openapi({ description: "表示名（例: 令和5年度 基本評価調書（2(2)A_0505））" }),
    year: z.number().int().openapi({ description: "年度（西暦）" }),
    formats: z.array(z.enum(REPORT_FORMATS)).openapi({ description: "取り出せる形式" }),
    query: z.record(z.string(), z.string()).openapi({
      description: "GET /api/reports/{kind} のクエリパラメータ（format を除く）",
    }),
  })
  .openapi("AvailableReport", { description: "年度ごとの一つの資料と、そのダウンロードのクエリ" });
export type AvailableReport = z.infer<typeof AvailableReport>;

export const EditionSubject = z
  .object({
    type: z.enum(["node", "program"]).openapi({ description: "施策（node）か事業（program）か" }),
    id: z.number().int(),
    code: z.string().nullable().openapi({ description: "施策・事業の番号（ないときは null）" }),
    name: z.string(),
  })
  .openapi("EditionSubject", { description: "版を一覧・比較する対象: 施策か事業" });
export type EditionSubject = z.infer<typeof EditionSubject>;

export const EditionDocument = z
  .object({
    kind: ReportKind,
    title: z.string().openapi({ description: "資料の名前（基本評価調書、進捗状況 …）" }),
    plan: z.object({ key: z.string(), name: z.string() }),
    node: z
      .object({ id: z.number().int(), code: z.string().nullable(), name: z.string() })
      .nullable()
      .openapi({ description: "その基本評価調書の施策。計画全体の資料では null" }),
  })
  .openapi("EditionDocument", {
    description: "年度ごとに公表する資料: 施策の基本評価調書、または計画の推進状況・進捗状況・関連事業",
  });
export type EditionDocument = z.infer<typeof EditionDocument>;

const editionSummaryShape = {
  year: z.number().int().openapi({ description: "年度（西暦）" }),
  revision: z.number().int().openapi({ description: "版数（1から。訂正のたびに増える）" }),
  source: z.string().openapi({ description: "公表元（例: 文書「000.txt」の取込、令和6年度の公表）" }),
  by: z.string().openapi({ description: "公表者（利用者の名前とメール、取込、またはコマンドライン）" }),
  publishedAt: z.string().openapi({ description: "公表の日時（ISO 8601）" }),
  reason: z.string().nullable().openapi({ description: "政策評価担当による訂正の理由" }),
  supersededAt: z
    .string()
    .nullable()
    .openapi({ description: "後の版に差し替えられた日時。有効な版では null" }),
};

export const EditionSummary = z
  .object(editionSummaryShape)
  .openapi("EditionSummary", { description: "一つの年度の公表資料の一つの版" });
export type EditionSummary = z.infer<typeof EditionSummary>;

export const EditionList = z
  .object({
    subject: EditionSubject,
    documents: z.array(EditionDocument).openapi({
      description: "対象が載っている、公表済みの版のある資料（事業は複数の資料に載ることがある）",
    }),
    document: orNull(EditionDocument).openapi({
      description: "一覧した資料: plan（と node）で選んだもの、なければ最初のもの。資料がなければ null",
    }),
    editions: z.array(EditionSummary).openapi({
      description: "その資料の版。新しい年度から、差し替えられた版も含めてすべて",
    }),
    years: z.array(z.number().int()).openapi({
      description: "有効な版のある年度（新しい順）: 比べられる年度",
    }),
  })
  .openapi("EditionList", { description: "施策または事業の公表済みの版" });
export type EditionList = z.infer<typeof EditionList>;

export const ComparedEdition = z
  .object({
    ...editionSummaryShape,
    budgetYear: z.number().int().openapi({
      description: "金額の年度: 基本評価調書では決算の年度（前年度）、それ以外はその年度",
    }),
    report: AvailableReport,
  })
  .openapi("ComparedEdition", { description: "比べた版（その年度の有効な版）と、その資料のダウンロード" });
export type ComparedEdition = z.infer<typeof ComparedEdition>;

export const RowChange = z.enum(["unchanged", "changed", "added", "removed"]).openapi("RowChange", {
  description: "変わらない・変わった・追加（後の版だけ）・削除（前の版だけ）",
});
export type RowChange = z.infer<typeof RowChange>;

export const ComparisonRow = z
  .object({
    key: z.string().openapi({
      description: "二つの版で同じ、比較の中で一意のキー（例: text/成果、indicator/…/2020-2020/actual）",
    }),
    group: z.string().nullable().openapi({
      description: "行の属するもの: 指標や事業の名前。施策そのものの行では null",
    }),
    label: z.string().openapi({ description: "記載欄または数値（成果、実績値、達成率 …）" }),
    period: z
      .object({
        from: z.number().int(),
        to: z.number().int(),
        label: z.string().openapi({ description: "資料の書き方の年度" }),
      })
      .nullable()
      .openapi({ description: "一つの年度の数値の、その年度。それ以外は null" }),
    from: z.string().nullable().openapi({ description: "前の版の記載。載っていなければ null" }),
    to: z.string().nullable().openapi({ description: "後の版の記載。載っていなければ null" }),
    change: RowChange,
  })
  .openapi("ComparisonRow", { description: "二つの版が記載した一つの数値または記載欄" });
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const ComparisonSection = z
  .object({
    key: z.enum(["texts", "indicators", "evaluation", "programs", "program"]),
    title: z.string(),
    rows: z.array(ComparisonRow),
  })
  .openapi("ComparisonSection", {
    description: "比較の一つの節: 施策では記載・成果指標・評価・事務事業、事業では事業",
  });
export type ComparisonSection = z.infer<typeof ComparisonSection>;

const count = z.number().int();

export const EditionComparison = z
  .object({
    subject: EditionSubject,
    document: EditionDocument,
    from: ComparedEdition,
    to: ComparedEdition,
    sections: z.array(ComparisonSection),
    counts: z
      .object({ unchanged: count, changed: count, added: count, removed: count })
      .openapi({ description: "変更の種類ごとの行数" }),
  })
  .openapi("EditionComparison", { description: "一つの資料の二つの年度の版の比較" });
export type EditionComparison = z.infer<typeof EditionComparison>;
