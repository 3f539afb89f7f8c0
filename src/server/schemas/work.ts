// The answers of the evaluation work and of accounts (src/server/work-routes.ts): who am I, the users and
// their grants (administrator), the evaluation cycle (the list, a plan's years, the dashboard, one item,
// a save, a transition, publishing). Each top-level answer and each reused part is a named component of
// /api/openapi.json; the services' own types must agree with them (the routes' c.json is checked).
import { orNull, z } from "../contract.ts";
import {
  INDICATOR_FIELDS,
  MEASURE_FIELDS,
  PROGRAM_FIELDS,
  type ProgramField,
} from "../../domain/cycle-form.ts";
import { CYCLE_STATUSES, ITEM_STATUSES } from "../../domain/item-status.ts";
import { ROLES } from "../../domain/rights.ts";
import { ActivitySeries, IndicatorRecord } from "./read.ts";

const PROGRAM_FIELD_NAMES = Object.keys(PROGRAM_FIELDS) as [ProgramField, ...ProgramField[]];

const nullableString = (description: string) => z.string().nullable().openapi({ description });
const isoTime = (description: string) => z.string().openapi({ format: "date-time", description });

// ---- shared parts ----

export const CycleStatus = z
  .enum(CYCLE_STATUSES)
  .openapi("CycleStatus", { description: "評価年度の状態: open（入力中）、published（公表済み）" });
export type CycleStatus = z.infer<typeof CycleStatus>;

export const ItemStatus = z.enum(ITEM_STATUSES).openapi("ItemStatus", {
  description: "評価項目の状態: draft（入力中）、submitted（提出済）、returned（差戻し）、approved（承認済）",
});
export type ItemStatus = z.infer<typeof ItemStatus>;

const PlanRef = z.object({
  key: z.string().openapi({ description: "計画のキー" }),
  name: z.string().openapi({ description: "計画の名前" }),
});

const DepartmentRef = z.object({
  id: z.number().int().openapi({ description: "担当課のID" }),
  name: z.string().openapi({ description: "担当課の名前" }),
});

const deadline = z
  .string()
  .nullable()
  .openapi({ format: "date", description: "締切（YYYY-MM-DD）。決めていなければ null" });
const publishedAt = z
  .string()
  .nullable()
  .openapi({ format: "date-time", description: "公表した日時。公表前は null" });

export const Role = z.enum(ROLES).openapi("Role", {
  description:
    "役割: admin（管理者）、evaluator（政策評価担当）、editor（担当課）、viewer（閲覧者）、supporter（支援機関の職員）",
});

// ---- who am I ----

export const MeGrant = z
  .object({
    role: Role,
    planId: z.number().int().nullable().openapi({ description: "政策評価担当が受け持つ計画のID" }),
    departmentId: z.number().int().nullable().openapi({ description: "担当課の ID（担当課の権限）" }),
    supportOrganizationId: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "支援機関のID（支援機関の職員の権限）" }),
    label: z.string().openapi({ description: "役割の日本語名（管理者、政策評価担当 …）" }),
  })
  .openapi("MeGrant");

export const Me = z
  .object({
    user: z
      .object({
        id: z.string().openapi({ description: "利用者のID" }),
        name: z.string(),
        email: z.string(),
        grants: z.array(MeGrant),
        admin: z.boolean().openapi({ description: "管理者かどうか" }),
      })
      .nullable()
      .openapi({ description: "サインイン中の利用者。匿名なら null" }),
  })
  .openapi("Me");
export type Me = z.infer<typeof Me>;

// ---- users (administrator) ----

export const UserGrant = z
  .object({
    role: Role,
    planId: z.number().int().nullable().openapi({ description: "受け持つ計画のID（政策評価担当）" }),
    departmentId: z.number().int().nullable().openapi({ description: "担当課のID（担当課）" }),
    supportOrganizationId: z
      .number()
      .int()
      .nullable()
      .openapi({ description: "支援機関のID（支援機関の職員）" }),
    plan: nullableString("受け持つ計画のキー"),
    department: nullableString("担当課の名前"),
    supportOrganization: nullableString("支援機関の名前"),
  })
  .openapi("UserGrant");

export const UserSummary = z
  .object({
    id: z.string().openapi({ description: "利用者のID" }),
    name: z.string(),
    email: z.string(),
    grants: z.array(UserGrant),
  })
  .openapi("UserSummary");
export type UserSummary = z.infer<typeof UserSummary>;

export const UserList = z.object({ users: z.array(UserSummary) }).openapi("UserList");
export type UserList = z.infer<typeof UserList>;

export const UserCreated = z
  .object({ id: z.string().openapi({ description: "追加した利用者のID" }) })
  .openapi("UserCreated");
export type UserCreated = z.infer<typeof UserCreated>;

export const Ok = z.object({ ok: z.literal(true) }).openapi("Ok");
export type Ok = z.infer<typeof Ok>;

// Requests: a grant as people type it (a plan's key, a department's name).
export const GrantInput = z
  .object({
    role: z.string().openapi({ enum: [...ROLES], description: "役割" }),
    plan: z.string().optional().openapi({ description: "政策評価担当が受け持つ計画のキー" }),
    department: z
      .string()
      .optional()
      .openapi({ description: "担当課の名前（同名が複数あれば部・局から: 経済部産業振興局産業振興課）" }),
    organization: z
      .string()
      .optional()
      .openapi({ description: "支援機関の名前か略称（supporter: その機関の職員。例: ノーステック財団）" }),
  })
  .openapi("GrantInput");

// ---- the evaluation cycle ----

export const CycleSummary = z
  .object({
    id: z.number().int().openapi({ description: "評価年度（サイクル）のID" }),
    fiscalYear: z.number().int().openapi({ description: "評価年度（西暦）" }),
    status: CycleStatus,
    deadline,
    publishedAt,
    plan: PlanRef,
    canEvaluate: z.boolean().openapi({ description: "この利用者が政策評価担当として扱えるか" }),
  })
  .openapi("CycleSummary");
export type CycleSummary = z.infer<typeof CycleSummary>;

export const CycleList = z.object({ cycles: z.array(CycleSummary) }).openapi("CycleList", {
  description: "利用者が見られる評価年度。新しい年度から",
});
export type CycleList = z.infer<typeof CycleList>;

export const PlanCycles = z
  .object({
    canOpen: z.boolean().openapi({ description: "この利用者が新しい評価年度を開けるか" }),
    cycles: z.array(
      z.object({
        id: z.number().int().openapi({ description: "評価年度（サイクル）のID" }),
        fiscalYear: z.number().int().openapi({ description: "評価年度（西暦）" }),
        status: CycleStatus,
        deadline,
        publishedAt,
      }),
    ),
  })
  .openapi("PlanCycles", { description: "計画の評価年度。新しい年度から" });
export type PlanCycles = z.infer<typeof PlanCycles>;

export const CycleOpened = z
  .object({ id: z.number().int().openapi({ description: "開いた評価年度（サイクル）のID" }) })
  .openapi("CycleOpened");
export type CycleOpened = z.infer<typeof CycleOpened>;

export const DashboardItem = z
  .object({
    nodeId: z.number().int().openapi({ description: "施策のノードID" }),
    code: nullableString("施策の番号"),
    name: z.string(),
    level: z.string().openapi({ description: "階層（計画の levels の一つ）" }),
    departments: z.array(DepartmentRef),
    status: ItemStatus,
    comment: nullableString("差し戻しのコメント"),
    updatedAt: isoTime("最終更新の日時"),
    updatedBy: nullableString("最後に更新した利用者の名前。まだ誰も更新していなければ null"),
    missing: z
      .array(z.string())
      .openapi({ description: "提出にまだ足りない項目のパス（未入力の必須項目と、項目間の不整合）" }),
    canEdit: z.boolean().openapi({ description: "この利用者が入力できるか" }),
  })
  .openapi("DashboardItem");

export const CycleDashboard = z
  .object({
    id: z.number().int().openapi({ description: "評価年度（サイクル）のID" }),
    plan: PlanRef,
    fiscalYear: z.number().int().openapi({ description: "評価年度（西暦）" }),
    status: CycleStatus,
    deadline,
    openedAt: isoTime("開いた日時"),
    publishedAt,
    canEvaluate: z.boolean().openapi({ description: "この利用者が政策評価担当として扱えるか" }),
    items: z.array(DashboardItem),
  })
  .openapi("CycleDashboard", { description: "評価年度の進み具合: 施策ごとの状態・未入力・最終更新" });
export type CycleDashboard = z.infer<typeof CycleDashboard>;

export const PublishResult = z.object({ status: z.literal("published") }).openapi("PublishResult");
export type PublishResult = z.infer<typeof PublishResult>;

// ---- one item ----

export const CycleForm = z
  .object({
    measure: z.array(z.enum(MEASURE_FIELDS)).openapi({ description: "施策ごとに一度だけ尋ねる項目" }),
    texts: z
      .array(z.string())
      .openapi({ description: "毎年度入力する施策の文章（資料に印字される見出し: 施策の概要、取組概要 …）" }),
    indicator: z.array(z.enum(INDICATOR_FIELDS)).openapi({ description: "指標ごとに実績のほかに尋ねる項目" }),
    program: z.array(z.enum(PROGRAM_FIELD_NAMES)).openapi({ description: "事業ごとに尋ねる項目" }),
    required: z.array(z.string()).openapi({
      description:
        "提出に欠かせない項目: analysis、coordination/rating、urgency/rating、proposedJudgement、text/<見出し>、<事業の項目>/*（すべての事業）",
    }),
    settledYearOffset: z.number().int().openapi({
      description: "決算・決算見込を入力する年度の、評価年度からのずれ（-1: 前年度の決算）。予算は評価年度",
    }),
  })
  .openapi("CycleForm", {
    description: "計画の評価ルールが定める毎年度の入力様式（docs/evaluation-cycle.md）",
  });

export const ItemIndicator = z
  .object({
    id: z.number().int().openapi({ description: "指標のID" }),
    name: z.string(),
    unit: z.string(),
    scale: z.number().int().openapi({ description: "値の小数の桁数" }),
    actualFromRegister: z.boolean().openapi({
      description:
        "実績値は支援台帳（相談案件の支援の記録）から集計される（台帳から）。入力はできず、入力すると 422",
    }),
    observations: z.array(
      z.object({
        series: z.string().openapi({ description: "actual（実績）、または参照系列（national …）" }),
        from: z.number().int(),
        to: z.number().int(),
        value: nullableString("値（小数の文字列）"),
        milestone: nullableString("達成した段階"),
        estimate: z.boolean().openapi({ description: "見込み値か" }),
        status: nullableString("値の代わりの状態（未公表 …）"),
        note: nullableString("注記（時点など）"),
      }),
    ),
    targets: z.array(
      z.object({
        from: z.number().int(),
        to: z.number().int(),
        value: nullableString("目標値（小数の文字列）"),
        final: z.boolean().openapi({ description: "最終目標か" }),
      }),
    ),
    record: orNull(IndicatorRecord).openapi({ description: "入力中の値で計算し直した評価" }),
  })
  .openapi("ItemIndicator");

export const ItemProgram = z
  .object({
    id: z.number().int().openapi({ description: "事業のID" }),
    code: nullableString("事業の番号"),
    name: z.string(),
    relisted: z.boolean().openapi({ description: "再掲か" }),
    budgets: z.array(
      z.object({
        fiscalYear: z.number().int(),
        kind: z.string().openapi({ description: "予算、決算、決算見込 …" }),
        amount: z
          .string()
          .openapi({ description: "金額（整数の文字列、10^scale 円単位: scale 3 なら千円）" }),
        scale: z.number().int(),
      }),
    ),
    lastEvaluation: z
      .object({
        program_id: z.number().int(),
        evaluation_year: z.number().int(),
        response_policy_no: nullableString("対応方針番号"),
        direction: nullableString("方向性"),
      })
      .nullable()
      .openapi({ description: "この施策での事業の直近の評価" }),
    ended: z
      .object({
        label: z.string().openapi({ description: "「令和3年度をもって終了」など" }),
        successor: z.object({ id: z.number().int(), name: z.string() }).nullable(),
      })
      .nullable()
      .openapi({ description: "終了した事業の終了と後継。続いていれば null" }),
    closed: z
      .array(z.enum(PROGRAM_FIELD_NAMES))
      .openapi({ description: "事業が終了していて値を取らない様式の項目" }),
  })
  .openapi("ItemProgram");

export const ItemRights = z
  .object({
    edit: z.boolean().openapi({ description: "入力できるか" }),
    submit: z.boolean().openapi({ description: "提出できるか" }),
    evaluate: z.boolean().openapi({ description: "政策評価担当として差し戻し・承認できるか" }),
    review: z.boolean().openapi({ description: "二次政策評価を書けるか（審査中から公表まで）" }),
    correctionNeedsReason: z.boolean().openapi({ description: "公表後の修正で、理由が要るか" }),
  })
  .openapi("ItemRights");

export const ItemHistoryEntry = z
  .object({
    at: isoTime("日時"),
    user: z.string().openapi({ description: "利用者の名前" }),
    action: z.string().openapi({ description: "操作: edit、correct、submit、return、approve …" }),
    field: nullableString("項目のパス"),
    label: nullableString("項目の名前"),
    old: nullableString("変更前"),
    new: nullableString("変更後"),
    reason: nullableString("理由・コメント"),
  })
  .openapi("ItemHistoryEntry");

export const ItemView = z
  .object({
    cycle: z.object({
      id: z.number().int(),
      fiscalYear: z.number().int(),
      status: CycleStatus,
      deadline,
      plan: PlanRef,
    }),
    node: z.object({
      id: z.number().int(),
      code: nullableString("施策の番号"),
      name: z.string(),
      level: z.string(),
    }),
    departments: z.array(DepartmentRef),
    status: ItemStatus,
    version: z.number().int().openapi({ description: "保存・提出のときに送る版" }),
    comment: nullableString("差し戻しのコメント"),
    updatedAt: isoTime("最終更新の日時"),
    entries: z
      .record(z.string(), z.string())
      .openapi({ description: "入力内容: 項目のパス → 値（docs/evaluation-cycle.md）" }),
    years: z
      .object({ from: z.number().int(), to: z.number().int() })
      .openapi({ description: "入力できる年度の範囲（計画の期間）" }),
    judgements: z.array(z.string()).openapi({ description: "総合判定の選択肢" }),
    graded: z.boolean().openapi({ description: "計画の評価ルールが指標に区分を付けるか" }),
    form: CycleForm,
    settledYear: z.number().int().openapi({ description: "決算・決算見込を入力する年度" }),
    activities: z
      .array(ActivitySeries)
      .openapi({ description: "施策の活動と公表済みの件数。様式は決算年度の件数を尋ねる" }),
    indicators: z.array(ItemIndicator),
    computed: z
      .object({
        grade: nullableString("指標判定（施策の区分）"),
        judgement: nullableString("区分からの総合判定"),
        provisional: z.boolean().openapi({ description: "見込み値に基づく暫定の判定か" }),
      })
      .openapi({ description: "入力中の値で計算し直した施策の判定" }),
    programs: z.array(ItemProgram),
    rights: ItemRights,
    history: z.array(ItemHistoryEntry).openapi({ description: "この項目の変更の記録。新しいものから" }),
  })
  .openapi("ItemView", {
    description: "評価項目: 入力内容と版、様式、指標と事業、計算し直した率・判定、権限、履歴",
  });
export type ItemView = z.infer<typeof ItemView>;

export const SaveResult = z
  .object({
    version: z.number().int().openapi({ description: "保存後の版（変更がなければ元の版）" }),
    changed: z.number().int().openapi({ description: "変わった項目の数（0: 何も変わらず、版もそのまま）" }),
  })
  .openapi("SaveResult");
export type SaveResult = z.infer<typeof SaveResult>;

export const TransitionResult = z
  .object({
    status: ItemStatus,
    version: z.number().int().openapi({ description: "状態を変えた後の版" }),
  })
  .openapi("TransitionResult");
export type TransitionResult = z.infer<typeof TransitionResult>;

// ---- requests ----

export const SaveItemInput = z
  .object({
    version: z.number().int().openapi({ description: "読んだときの版（古ければ 409 と現在の内容）" }),
    changes: z
      .record(z.string(), z.string())
      .openapi({ description: "項目のパス → 値（空文字列で消す。docs/evaluation-cycle.md）" }),
    reason: z.string().nullable().optional().openapi({ description: "公表後の修正の理由（そのときは必須）" }),
  })
  .openapi("SaveItemInput");

export const TransitionInput = z
  .object({
    version: z.number().int().openapi({ description: "読んだときの版（古ければ 409 と現在の内容）" }),
    comment: z
      .string()
      .nullable()
      .optional()
      .openapi({ description: "コメント（差し戻しでは必須: 直してほしい点）" }),
  })
  .openapi("TransitionInput");

export const OpenCycleInput = z
  .object({
    fiscalYear: z
      .number()
      .int()
      .openapi({ description: "評価年度（西暦4桁、1989〜2199。範囲外は 422）", example: 2024 }),
    deadline: z.string().nullable().optional().openapi({
      format: "date",
      description: "締切（YYYY-MM-DD、暦にある日。そうでなければ 422）",
      example: "2024-08-31",
    }),
  })
  .openapi("OpenCycleInput");

export const AddUserInput = z
  .object({
    email: z.string().openapi({ description: "メールアドレス（小文字にそろえる）" }),
    name: z.string().openapi({ description: "名前（空ならメールアドレス）" }),
    password: z.string().openapi({ description: "初めのパスワード（10文字以上）" }),
    grants: z.array(GrantInput),
  })
  .openapi("AddUserInput");

export const GrantsInput = z.object({ grants: z.array(GrantInput) }).openapi("GrantsInput");

export const PasswordInput = z
  .object({ password: z.string().openapi({ description: "新しいパスワード（10文字以上）" }) })
  .openapi("PasswordInput");
