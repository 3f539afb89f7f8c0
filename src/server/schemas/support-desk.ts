// The requests and answers of the support desk of a support plan (seed 001, docs/support-desk.md). The
// service (src/services/support-desk.ts) validates every request with these schemas, so a request they
// refuse is a 422 with errors [{field, message}] in Japanese; its answers are their types.
import { MAX_ID, MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from "../../db/limits.ts";
import {
  CASE_STATUSES,
  CASE_STATUS_LABELS,
  CASE_YEAR_STATUSES,
  ROUTING_STEP_KINDS,
  ROUTING_STEP_LABELS,
  SUPPORT_FIELDS,
  SUPPORT_FIELD_LABELS,
  SUPPORT_KINDS,
  SUPPORT_KIND_LABELS,
  SUPPORT_STAGES,
  SUPPORT_STAGE_LABELS,
} from "../../domain/support-desk.ts";
import { isCalendarDate } from "../../domain/years.ts";
import { orNull, z } from "../contract.ts";

// ---- pieces of requests ----

const NUL = "\u0000";
const missingOr = (label: string, wrong: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? `${label}を入力してください。` : wrong;

/** A text a user writes: trimmed, not empty, at most `max` characters, no NUL. */
const text = (label: string, max: number) =>
  z
    .string({ error: missingOr(label, `${label}は文字で入力してください。`) })
    .trim()
    .min(1, { error: `${label}を入力してください。` })
    .max(max, { error: `${label}は${max}文字以内で入力してください。` })
    .refine((s) => !s.includes(NUL), { error: `${label}に NUL 文字（U+0000）は使えません。` });

const name = (label: string) => text(label, MAX_NAME_LENGTH);
const prose = (label: string) => text(label, MAX_TEXT_LENGTH);

const date = (label: string) =>
  z
    .string({ error: missingOr(label, `${label}は YYYY-MM-DD の形で入力してください。`) })
    .refine(isCalendarDate, {
      error: `${label}は暦にある日を YYYY-MM-DD の形で入力してください（例: 2019-06-10）。`,
    })
    .openapi({ format: "date", description: `${label}（YYYY-MM-DD）` });

const id = (label: string) =>
  z
    .number({ error: missingOr(label, `${label}は ID（整数）で指定してください。`) })
    .int({ error: `${label}は ID（整数）で指定してください。` })
    .min(1, { error: `${label}は 1 から ${MAX_ID} までの ID で指定してください。` })
    .max(MAX_ID, { error: `${label}は 1 から ${MAX_ID} までの ID で指定してください。` })
    .openapi({ description: `${label}のID` });

const choice = <T extends readonly [string, ...string[]]>(
  label: string,
  values: T,
  labels: Readonly<Record<T[number], string>>,
) =>
  z
    .enum(values, {
      error: missingOr(
        label,
        `${label}は ${values.map((v) => `${v}（${labels[v as T[number]]}）`).join("、")} のいずれかです。`,
      ),
    })
    .openapi({ description: label });

const version = z
  .number({ error: missingOr("版（version）", "版（version）は整数で指定してください。") })
  .int({ error: "版（version）は整数で指定してください。" })
  .min(1, { error: "版（version）は 1 以上です。" })
  .max(MAX_ID, { error: "版（version）が大きすぎます。" })
  .openapi({ description: "読み込んだときの案件の版。古ければ 409（現在の版を返す）" });

const fiscalYear = z
  .number({ error: missingOr("年度", "年度は西暦4桁の整数で指定してください。") })
  .int({ error: "年度は西暦4桁の整数で指定してください。" })
  .min(1989, { error: "年度は西暦4桁（1989〜2199）で指定してください。" })
  .max(2199, { error: "年度は西暦4桁（1989〜2199）で指定してください。" })
  .openapi({ description: "年度（西暦、4月始まり）" });

const quarter = z
  .number({ error: missingOr("四半期", "四半期は 1〜4 で指定してください。") })
  .int({ error: "四半期は 1〜4 で指定してください。" })
  .min(1, { error: "四半期は 1〜4 で指定してください。" })
  .max(4, { error: "四半期は 1〜4 で指定してください。" })
  .openapi({ description: "四半期（1: 4〜6月 … 4: 1〜3月）" });

const actingOrganization = id("対応する支援機関").optional().openapi({
  description: "この操作をする支援機関のID。職員として一つの機関にだけ属していれば省略できる",
});

// ---- requests ----

export const RegisterCaseInput = z
  .object({
    company: name("会社名"),
    municipality: name("市町村").openapi({ description: "案件が沿う基本計画の市町村（例: 札幌市）" }),
    field: choice("事業分野", SUPPORT_FIELDS, SUPPORT_FIELD_LABELS),
    stage: choice("段階", SUPPORT_STAGES, SUPPORT_STAGE_LABELS),
    approvedProject: z
      .boolean({ error: "地域経済牽引事業計画の承認の有無は true か false で指定してください。" })
      .openapi({ description: "承認を受けた地域経済牽引事業計画の事業か" }),
    request: prose("相談内容"),
    receivedOn: date("受付日"),
    receivedBy: id("受け付けた支援機関").optional().openapi({
      description: "受け付けた支援機関のID。省略すると自分の機関（センターと管理者は他の機関も）",
    }),
  })
  .openapi("RegisterCaseInput", { description: "相談案件の登録" });
export type RegisterCaseInput = z.input<typeof RegisterCaseInput>;

export const TeamMemberInput = z
  .object({
    organizationId: id("チームの支援機関").optional(),
    outside: name("チームの外部機関").optional().openapi({ description: "計画外の機関（産総研、大学 …）" }),
    role: name("チームでの役割"),
  })
  .openapi("TeamMemberInput", { description: "チームの一員: 支援機関か外部機関のどちらか一つと、その役割" });

export const RouteCaseInput = z
  .object({
    version,
    kind: choice("回付の種類", ROUTING_STEP_KINDS, ROUTING_STEP_LABELS),
    date: date("回付の日").optional().openapi({ description: "回付の日（省略すると今日）" }),
    organizationId: actingOrganization,
    toOrganizationId: id("引継ぎ先の支援機関")
      .optional()
      .openapi({ description: "引継ぎ先（handed_on）: 支援機関・ネットワーク参加機関のID" }),
    toOutside: name("引継ぎ先の外部機関")
      .optional()
      .openapi({ description: "引継ぎ先（handed_on）: 計画外の機関（産総研、JST、大学 …）" }),
    reason: prose("理由").optional(),
    members: z
      .array(TeamMemberInput, { error: "チームの構成は配列で指定してください。" })
      .max(50, { error: "チームの構成は50機関までです。" })
      .optional()
      .openapi({ description: "チームの構成（team のとき必須）" }),
  })
  .openapi("RouteCaseInput", {
    description: "案件の回付の一歩（自ら対応・引継ぎ・センターへ報告・チーム結成）",
  });
export type RouteCaseInput = z.input<typeof RouteCaseInput>;

export const RecordSupportInput = z
  .object({
    version,
    date: date("支援の日"),
    organizationId: id("支援した機関")
      .optional()
      .openapi({ description: "支援した機関のID。省略すると自分の機関" }),
    kind: choice("支援の種類", SUPPORT_KINDS, SUPPORT_KIND_LABELS),
    note: prose("支援の内容").optional(),
  })
  .openapi("RecordSupportInput", { description: "支援の記録" });
export type RecordSupportInput = z.input<typeof RecordSupportInput>;

export const CloseCaseInput = z
  .object({
    version,
    outcome: prose("結果"),
    closedOn: date("終了日").optional().openapi({ description: "終了日（省略すると今日）" }),
    organizationId: actingOrganization,
  })
  .openapi("CloseCaseInput", { description: "案件を結果とともに終える" });
export type CloseCaseInput = z.input<typeof CloseCaseInput>;

export const CaseFilter = z
  .object({
    fiscalYear: fiscalYear.optional().openapi({ description: "受付日の年度" }),
    quarter: quarter.optional().openapi({ description: "受付日の四半期（年度とともに）" }),
    organizationId: id("関わった支援機関").optional(),
    field: choice("事業分野", SUPPORT_FIELDS, SUPPORT_FIELD_LABELS).optional(),
    status: choice("状態", CASE_STATUSES, CASE_STATUS_LABELS).optional(),
  })
  .openapi("CaseFilter");
export type CaseFilter = z.input<typeof CaseFilter>;

export const ConfirmQuarterInput = z
  .object({ organizationId: actingOrganization, fiscalYear, quarter })
  .openapi("ConfirmQuarterInput", {
    description: "支援機関が四半期の件数を確認する（以後その期間の記録は締める）",
  });
export type ConfirmQuarterInput = z.input<typeof ConfirmQuarterInput>;

export const AsOfInput = z
  .object({ asOf: date("基準日").optional().openapi({ description: "基準日（省略すると今日）" }) })
  .openapi("AsOfInput");
export type AsOfInput = z.input<typeof AsOfInput>;

// ---- answers ----

const described = (description: string) => z.string().openapi({ description });
const nullable = (description: string) => z.string().nullable().openapi({ description });

export const OrganizationRef = z
  .object({
    id: z.number().int(),
    name: z.string().openapi({ description: "正式な名前" }),
    shortName: nullable("計画の略称（ノーステック財団 …）"),
  })
  .openapi("SupportOrganizationRef");
export type OrganizationRef = z.infer<typeof OrganizationRef>;

export const DeskOrganization = z
  .object({
    ...OrganizationRef.shape,
    kind: z
      .enum(["core", "member"])
      .openapi({ description: "core: 地域経済牽引支援機関、member: ネットワーク" }),
    isCenter: z.boolean().openapi({ description: "相談の一元的な窓口（センター）か" }),
  })
  .openapi("DeskOrganization");

export const BasicPlan = z
  .object({
    name: described("〈〉の中の名前（函館市・北斗市・七飯町）"),
    municipalities: z.array(z.string()),
    fields: z.array(
      z.object({
        text: described("別紙の記載"),
        field: z
          .enum(SUPPORT_FIELDS)
          .nullable()
          .openapi({ description: "計画の事業分野。どれでもなければ null" }),
      }),
    ),
  })
  .openapi("SupportBasicPlan", { description: "別紙の同意基本計画と、計画の事業分野に当たる記載" });

/** The values a field of the desk takes, each with its Japanese label. */
const choices = <T extends readonly [string, ...string[]]>(values: T, description: string) =>
  z.array(z.object({ value: z.enum(values), label: z.string() })).openapi({ description });

export const DeskChoices = z
  .object({
    fields: choices(SUPPORT_FIELDS, "事業分野"),
    stages: choices(SUPPORT_STAGES, "段階"),
    supportKinds: choices(SUPPORT_KINDS, "支援の種類"),
    stepKinds: choices(ROUTING_STEP_KINDS, "回付の種類"),
    statuses: choices(CASE_STATUSES, "案件の状態"),
  })
  .openapi("SupportDeskChoices", { description: "相談案件の項目がとる値と、その表示名" });

export const DeskReference = z
  .object({
    plan: z.object({ key: z.string(), name: z.string() }),
    center: orNull(OrganizationRef),
    organizations: z.array(DeskOrganization),
    basicPlans: z.array(BasicPlan),
    choices: DeskChoices,
  })
  .openapi("SupportDeskReference", {
    description: "窓口の支援機関、別紙の同意基本計画、項目の選択肢（公開）",
  });
export type DeskReference = z.infer<typeof DeskReference>;

export const CaseSaved = z
  .object({
    id: z.number().int().openapi({ description: "案件のID" }),
    version: z.number().int(),
    warnings: z.array(z.string()).openapi({ description: "注意（事業分野が市町村の基本計画にない …）" }),
  })
  .openapi("SupportCaseSaved");
export type CaseSaved = z.infer<typeof CaseSaved>;

export const CaseChanged = z
  .object({ version: z.number().int().openapi({ description: "案件の新しい版" }) })
  .openapi("SupportCaseChanged");
export type CaseChanged = z.infer<typeof CaseChanged>;

export const SupportRecorded = z
  .object({
    ...CaseChanged.shape,
    recordId: z.number().int().openapi({ description: "記録した支援のID" }),
  })
  .openapi("SupportRecorded");
export type SupportRecorded = z.infer<typeof SupportRecorded>;

export const CaseSummary = z
  .object({
    id: z.number().int(),
    company: z.string(),
    municipality: z.string(),
    field: z.enum(SUPPORT_FIELDS),
    stage: z.enum(SUPPORT_STAGES),
    status: z.enum(CASE_STATUSES),
    receivedOn: z.string().openapi({ format: "date" }),
    receivedBy: OrganizationRef,
    version: z.number().int(),
  })
  .openapi("SupportCaseSummary");
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseList = z.object({ cases: z.array(CaseSummary) }).openapi("SupportCaseList", {
  description: "利用者が見られる案件。受付日の新しい順",
});
export type CaseList = z.infer<typeof CaseList>;

export const CaseStep = z
  .object({
    id: z.number().int(),
    kind: z.enum(ROUTING_STEP_KINDS),
    date: z.string().openapi({ format: "date" }),
    from: OrganizationRef,
    to: orNull(OrganizationRef),
    toOutside: nullable("計画外の引継ぎ先"),
    reason: nullable("理由"),
    members: z.array(
      z.object({ organization: orNull(OrganizationRef), outside: z.string().nullable(), role: z.string() }),
    ),
    recordedAt: z.string().openapi({ format: "date-time" }),
    recordedBy: described("記録した利用者"),
  })
  .openapi("SupportCaseStep");
export type CaseStep = z.infer<typeof CaseStep>;

export const CaseSupport = z
  .object({
    id: z.number().int(),
    date: z.string().openapi({ format: "date" }),
    organization: OrganizationRef,
    kind: z.enum(SUPPORT_KINDS),
    note: z.string().nullable(),
  })
  .openapi("SupportRecord");
export type CaseSupport = z.infer<typeof CaseSupport>;

const PlanYearRef = z.object({ from: z.number().int(), to: z.number().int() });

export const CaseDetail = z
  .object({
    ...CaseSummary.shape,
    approvedProject: z.boolean(),
    request: z.string(),
    outcome: z.string().nullable(),
    closedOn: z.string().nullable(),
    createdAt: z.string().openapi({ format: "date-time" }),
    updatedAt: z.string().openapi({ format: "date-time" }),
    steps: z.array(CaseStep),
    team: CaseStep.shape.members.openapi({ description: "最後に結成したチーム（なければ空）" }),
    supports: z.array(CaseSupport),
    years: z.array(z.object({ planYear: PlanYearRef, status: z.enum(CASE_YEAR_STATUSES).nullable() })),
    warnings: z.array(z.string()),
  })
  .openapi("SupportCaseDetail");
export type CaseDetail = z.infer<typeof CaseDetail>;

export const PlanYearCounts = z
  .object({
    planYears: z.array(
      PlanYearRef.extend({
        target: nullable("目標件数（小数の文字列）"),
        new: z.number().int(),
        followUp: z.number().int(),
        total: z.number().int().openapi({ description: "新規 + 継続（計画の支援件数）" }),
        lapsed: z.number().int().openapi({ description: "フォローアップ未実施の件数" }),
        lapsedCases: z.array(z.number().int()).openapi({ description: "そのうち利用者が見られる案件のID" }),
      }),
    ),
  })
  .openapi("SupportPlanYearCounts");
export type PlanYearCounts = z.infer<typeof PlanYearCounts>;

export const QuarterlyCell = z
  .object({
    fiscalYear: z.number().int(),
    quarter: z.number().int(),
    organizationId: z.number().int(),
    field: z.enum(SUPPORT_FIELDS),
    status: z.enum(["new", "follow-up"]),
    cases: z.number().int().openapi({ description: "その機関がその四半期に支援した案件の数" }),
  })
  .openapi("SupportQuarterlyCell");

export const QuarterlyCounts = z
  .object({
    cells: z.array(QuarterlyCell),
    confirmations: z.array(
      z.object({
        organizationId: z.number().int(),
        fiscalYear: z.number().int(),
        quarter: z.number().int(),
        confirmedAt: z.string().openapi({ format: "date-time" }),
        confirmedBy: nullable("確認した職員（窓口の利用者にだけ示す）"),
      }),
    ),
  })
  .openapi("SupportQuarterlyCounts", { description: "四半期ごとの件数（機関 × 事業分野 × 新規・継続）" });
export type QuarterlyCounts = z.infer<typeof QuarterlyCounts>;

export const QuarterConfirmed = z
  .object({
    organizationId: z.number().int(),
    fiscalYear: z.number().int(),
    quarter: z.number().int(),
    cells: z.array(QuarterlyCell).openapi({ description: "確認した件数" }),
  })
  .openapi("SupportQuarterConfirmed");
export type QuarterConfirmed = z.infer<typeof QuarterConfirmed>;

export const FollowUpsDue = z
  .object({
    asOf: z.string().openapi({ format: "date" }),
    due: z.array(
      z.object({
        caseId: z.number().int(),
        company: z.string(),
        planYear: PlanYearRef,
        dueBy: z.string().openapi({ format: "date" }),
      }),
    ),
  })
  .openapi("SupportFollowUpsDue", { description: "基準日の四半期にフォローアップの期限が来ている案件" });
export type FollowUpsDue = z.infer<typeof FollowUpsDue>;
