// The workbook routes' answers: the preview of a department's workbook or CSV (every problem with its
// sheet, row and column, or the changes it would make), what applying it did, and the same for the plan
// set-up workbook. The services build their answers as these schemas' types.
//
// Two habits of the generator are avoided here. An extended named schema becomes allOf (its base and
// the new fields), which an object without additional properties cannot satisfy: a schema that adds
// fields to another is built from the other's fields instead. And a discriminated union gets an OpenAPI
// discriminator, which is for string tags: on `ok` (a boolean) its implicit mapping makes generated
// clients type `ok` as the schema's name. The answers that are one of two shapes are plain oneOf.
import { z } from "../contract.ts";

const count = (description: string) => z.number().int().min(0).openapi({ description });

export const WorkbookProblem = z
  .object({
    sheet: z.string().openapi({ description: "シート名（CSV ではファイル名）" }),
    row: z.number().int().min(0).openapi({ description: "行番号（1から）。0 はシートやファイル全体の誤り" }),
    column: z.string().openapi({ description: "列の文字（E）。空文字は行全体（またはファイル全体）の誤り" }),
    message: z.string().openapi({ description: "誤りと直し方（日本語）" }),
    label: z.string().optional().openapi({ description: "項目の名前（項目についての誤りのとき）" }),
  })
  .openapi("WorkbookProblem", { description: "ブック・CSV のセル（または行）の誤り" });
export type WorkbookProblem = z.infer<typeof WorkbookProblem>;

const source = {
  file: z.string().openapi({ description: "取り込んだファイルの名前" }),
  format: z.enum(["xlsx", "csv"]).openapi({ description: "ファイルの形式" }),
  encoding: z
    .enum(["utf-8", "utf-8-bom", "shift_jis"])
    .optional()
    .openapi({ description: "CSV の文字コード（CSV のときだけ）" }),
  rows: count("読んだ行の数"),
};

const changeFields = {
  sheet: z.string(),
  row: z.number().int().min(1),
  column: z.string().openapi({ description: "列の文字（E）" }),
  nodeId: z.number().int().openapi({ description: "施策等のID" }),
  nodeCode: z.string().nullable().openapi({ description: "施策等のコード" }),
  nodeName: z.string(),
  field: z
    .string()
    .openapi({ description: "入力項目のパス（actual/<指標>/<年度>/value、budget/<事業>、analysis …）" }),
  label: z.string().openapi({ description: "入力項目の名前" }),
  old: z.string().nullable().openapi({ description: "Hyoka の今の値（ない: null）" }),
  new: z.string().nullable().openapi({ description: "取り込む値（消す: null）" }),
};

export const WorkbookChange = z
  .object(changeFields)
  .openapi("WorkbookChange", { description: "取り込むと変わるセル（old → new）" });
export type WorkbookChange = z.infer<typeof WorkbookChange>;

export const WorkbookConflict = z
  .object({
    ...changeFields,
    downloaded: z.string().nullable().openapi({ description: "ダウンロードしたときの値" }),
  })
  .openapi("WorkbookConflict", {
    description:
      "ダウンロード後に Hyoka でも変わった値を、ブックでも変えたセル。取り込まない（old が Hyoka の今の値）",
  });
export type WorkbookConflict = z.infer<typeof WorkbookConflict>;

export const WorkbookPreviewInvalid = z
  .object({
    ok: z.literal(false),
    errors: z.array(WorkbookProblem).openapi({ description: "誤りのあるセル（シート・行・列の順）" }),
    ...source,
  })
  .openapi("WorkbookPreviewInvalid", { description: "誤りのあるセルがある（取り込めない）" });

const previewFields = {
  ok: z.literal(true),
  cycle: z
    .object({
      id: z.number().int(),
      planKey: z.string(),
      planName: z.string(),
      fiscalYear: z.number().int().openapi({ description: "評価年度（西暦）" }),
    })
    .openapi({ description: "取込先の評価年度" }),
  changes: z.array(WorkbookChange).openapi({ description: "取り込む変更（シート・行・列の順）" }),
  conflicts: z.array(WorkbookConflict).openapi({ description: "取り込まない競合" }),
  unchanged: count("変わらないセルの数"),
  ...source,
};

export const WorkbookPreviewValid = z
  .object(previewFields)
  .openapi("WorkbookPreviewValid", { description: "誤りがない: 取り込むと変わるセルと競合" });

/** One of two shapes told apart by `ok`: oneOf, without a discriminator (above). */
const either = <A extends z.ZodObject, B extends z.ZodObject>(
  name: string,
  description: string,
  options: [A, B],
) => z.union(options).openapi(name, { description }, { unionPreferredType: "oneOf" });

export const WorkbookPreview = either(
  "WorkbookPreview",
  "ok: false のときは errors（誤りのあるセル）。ok: true のときは changes（old → new）、conflicts（ダウンロード後に Hyoka で変わった値。取り込まない）、unchanged",
  [WorkbookPreviewInvalid, WorkbookPreviewValid],
);
export type WorkbookPreview = z.infer<typeof WorkbookPreview>;

export const WorkbookApplied = z
  .object({
    ...previewFields,
    applied: count("取り込んだ変更の数"),
    items: count("保存した評価項目の数"),
  })
  .openapi("WorkbookApplied", {
    description: "取り込んだ変更（changes）と、取り込まなかった競合（conflicts）",
  });
export type WorkbookApplied = z.infer<typeof WorkbookApplied>;

export const PlanSetupPreviewInvalid = z
  .object({
    ok: z.literal(false),
    file: z.string().openapi({ description: "ファイルの名前" }),
    errors: z.array(WorkbookProblem).openapi({ description: "誤りのあるセル" }),
  })
  .openapi("PlanSetupPreviewInvalid", { description: "誤りのあるセルがある（登録できない）" });

export const PlanSetupPreviewValid = z
  .object({
    ok: z.literal(true),
    file: z.string().openapi({ description: "ファイルの名前" }),
    plan: z.object({
      key: z.string(),
      name: z.string(),
      exists: z.boolean().openapi({ description: "true: 同じキーの計画を置き換える。false: 新しく作る" }),
    }),
    counts: z
      .object({
        nodes: count("施策等"),
        programs: count("事業"),
        programLinks: count("事業の掲載先（再掲を含む）"),
        indicators: count("指標"),
        targets: count("目標"),
        observations: count("実績値・参考値"),
        budgetLines: count("予算の行"),
      })
      .openapi({ description: "登録する件数" }),
  })
  .openapi("PlanSetupPreviewValid", { description: "誤りがない: 登録する計画と件数" });

export const PlanSetupPreview = either(
  "PlanSetupPreview",
  "ok: false のときは errors（誤りのあるセル）。ok: true のときは登録する計画と件数",
  [PlanSetupPreviewInvalid, PlanSetupPreviewValid],
);
export type PlanSetupPreview = z.infer<typeof PlanSetupPreview>;

export const PlanSetupApplied = z
  .object({
    plan: z.object({
      key: z.string(),
      name: z.string(),
      created: z.boolean().openapi({ description: "true: 新しく作った。false: 同じキーの計画を置き換えた" }),
    }),
    counts: z
      .object({
        plans: count("計画"),
        nodes: count("施策等"),
        programs: count("事業"),
        programLinks: count("事業の掲載先（再掲を含む）"),
        budgetLines: count("予算の行"),
        indicators: count("指標"),
        usages: count("施策等での指標の使われ方"),
        targets: count("目標"),
        observations: count("実績値・参考値"),
        evaluations: count("評価（計画設定ブックでは0）"),
        supportOrganizations: count("支援組織（計画設定ブックでは0）"),
      })
      .openapi({ description: "登録した件数" }),
  })
  .openapi("PlanSetupApplied", { description: "作成・更新した計画のキーと件数" });
export type PlanSetupApplied = z.infer<typeof PlanSetupApplied>;
