// The public read routes' answers (overview, plan tree, measure, indicator, program, departments,
// search, check): the schemas the document is generated from and the types the views build. Amounts are
// numbers in 千円 (exact integers well inside Number's range); rates are decimal strings as the profile
// rounds them.
import { FINDING_KINDS } from "../../evaluation/check.ts";
import { SEARCH_TYPES } from "../../views/search.ts";
import { orNull, z } from "../contract.ts";

const nullableString = z.string().nullable();
const decimal = (description: string) => z.string().openapi({ description });

export const PeriodJson = z
  .object({
    from: z.number().int().openapi({ description: "始まりの年（西暦）" }),
    to: z.number().int().openapi({ description: "終わりの年（西暦）" }),
    label: z.string().openapi({ description: "表示名（R4、令和4年度、R2〜R4 …）" }),
  })
  .openapi("Period");

/** Counts of indicators by computed grade label; "noData" counts indicators without a rate yet. */
export const GradeCounts = z
  .record(z.string(), z.number().int())
  .openapi("GradeCounts", { description: "判定ごとの指標の数（noData: 率の出ない指標）" });

export const BudgetYear = z
  .object({
    fiscalYear: z.number().int(),
    kind: z.string().openapi({ description: "予算 / 決算 / 決算見込" }),
    amount: z.number().openapi({ description: "単独で数える予算行の合計（千円）" }),
  })
  .openapi("BudgetYear");

export const BudgetFigures = z
  .object({
    fiscalYear: z.number().int(),
    kind: z.string().openapi({ description: "予算 / 決算 / 決算見込" }),
    amount: z.number().openapi({ description: "千円" }),
    generalRevenue: z.number().nullable().openapi({ description: "一般財源（千円）" }),
    staffHq: nullableString.openapi({ description: "人工（本庁）" }),
    staffBranch: nullableString.openapi({ description: "人工（出先機関）" }),
    staffTotal: nullableString.openapi({ description: "人工（計）" }),
    totalCost: z.number().nullable().openapi({ description: "総コスト（千円）" }),
    standalone: z.boolean().openapi({ description: "false: 枠内・内数（より大きな額の一部）" }),
    note: nullableString,
  })
  .openapi("BudgetFigures");

export const BehindMeasure = z
  .object({
    nodeId: z.number().int(),
    nodeCode: nullableString,
    nodeName: z.string(),
    indicator: z.string(),
    indicatorId: z.number().int(),
    rate: decimal("達成率（%）"),
    provisional: z.boolean().openapi({ description: "率が見込み値に基づく（暫定）" }),
  })
  .openapi("BehindMeasure");

export const PlanSummary = z
  .object({
    key: z.string(),
    name: z.string(),
    organization: z.string(),
    period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
    ruleProfile: z.string(),
    ruleProfileName: z.string(),
    gradeLabels: z
      .array(z.string())
      .openapi({ description: "判定の並び（例: Ａ,Ｂ,Ｃ,Ｄ）。判定のない規程では空" }),
    indicatorCount: z.number().int(),
    nodeCount: z.number().int(),
    programCount: z.number().int(),
    gradeCounts: GradeCounts,
    rateBands: z
      .record(z.string(), z.number().int())
      .openapi({ description: "判定のない規程での率の帯ごとの数: ≥100, 80–100, <80" }),
    provisionalCount: z.number().int().openapi({ description: "率のある指標のうち見込み値に基づくもの" }),
    budgetByYear: z.array(BudgetYear),
    behind: z.array(BehindMeasure).openapi({ description: "率の最も低い指標（5件まで）" }),
  })
  .openapi("PlanSummary");

export const Overview = z.object({ plans: z.array(PlanSummary) }).openapi("Overview");

export const TreeNode = z
  .object({
    id: z.number().int(),
    key: z.string(),
    parentId: z.number().int().nullable(),
    level: z.string(),
    code: nullableString,
    name: z.string(),
    gradeCounts: GradeCounts,
    indicatorCount: z.number().int(),
    programCount: z.number().int(),
    budget: orNull(BudgetYear).openapi({
      description: "このノードと子孫に結び付く事業の最新年度の予算",
    }),
    judgement: nullableString.openapi({ description: "計算した総合判定（規程が定める場合）" }),
    grade: nullableString,
    provisional: z.boolean(),
  })
  .openapi("TreeNode");

export const PlanDetail = z
  .object({
    plan: z.object({
      ...PlanSummary.shape,
      levels: z.array(z.string()),
      texts: z.record(z.string(), z.string()),
    }),
    nodes: z.array(TreeNode),
  })
  .openapi("PlanDetail");

export const IndicatorRecord = z
  .object({
    usageId: z.number().int(),
    indicatorId: z.number().int(),
    nodeId: z.number().int(),
    plan: z.string(),
    planKey: z.string(),
    nodeKey: z.string(),
    nodeCode: nullableString,
    nodeName: z.string(),
    indicator: z.string(),
    indicatorKey: z.string(),
    unit: z.string(),
    direction: z.string(),
    baseline: z.object({ value: nullableString, period: orNull(PeriodJson) }).nullable(),
    actual: z
      .object({
        value: z.string(),
        period: PeriodJson,
        estimate: z.boolean().openapi({ description: "見込み値" }),
      })
      .nullable()
      .openapi({ description: "率の計算に使う実績値" }),
    target: z.object({ value: nullableString, period: PeriodJson, kind: z.string() }).nullable(),
    referenceValue: nullableString,
    rate: nullableString.openapi({ description: "達成率（%、規程の丸め）" }),
    rateReason: nullableString.openapi({ description: "率が出ない理由" }),
    grade: nullableString,
    provisional: z.boolean().openapi({ description: "率・判定が見込み値に基づく（暫定）" }),
    publishedRate: nullableString,
    publishedGrade: nullableString,
    publishedPeriod: orNull(PeriodJson),
    evaluatedAsOf: z.string(),
    profile: z.string(),
  })
  .openapi("IndicatorRecord");

export const NodeProgram = z
  .object({
    id: z.number().int(),
    code: nullableString,
    name: z.string(),
    type: nullableString.openapi({ description: "一般 / 事務（資料が示すとき）" }),
    department: nullableString,
    relisted: z.boolean().openapi({ description: "【再掲】" }),
    budget: orNull(BudgetFigures),
    responsePolicyNo: nullableString,
    direction: nullableString,
  })
  .openapi("NodeProgram");

export const ActivitySeries = z
  .object({
    id: z.number().int(),
    section: z.string().openapi({ description: "括弧が書かれた文: 成果, 連携状況, 緊急性・優先性" }),
    label: z.string(),
    unit: z.string(),
    counts: z
      .array(z.object({ fiscalYear: z.number().int(), value: z.string(), qualifier: nullableString }))
      .openapi({ description: "古い年度から" }),
  })
  .openapi("ActivitySeries");

const NodeRef = z.object({ id: z.number().int(), level: z.string(), code: nullableString, name: z.string() });

export const NodeDetail = z
  .object({
    node: z.object({
      id: z.number().int(),
      key: z.string(),
      level: z.string(),
      code: nullableString,
      name: z.string(),
      texts: z.record(z.string(), z.string()),
      departments: z.array(z.object({ id: z.number().int(), name: z.string() })),
    }),
    plan: z.object({ key: z.string(), name: z.string(), ruleProfile: z.string() }),
    ancestors: z.array(NodeRef).openapi({ description: "根から親まで" }),
    children: z.array(NodeRef),
    planLinks: z.array(z.string()),
    evaluation: z
      .object({
        evaluationYear: z.number().int(),
        indicatorGrade: nullableString,
        coordination: nullableString,
        urgencyPriority: nullableString,
        overallJudgement: nullableString,
        secondaryEvaluation: nullableString,
        responsePolicy: nullableString,
        texts: z.record(z.string(), z.string()),
      })
      .nullable(),
    computed: z.object({ grade: nullableString, judgement: nullableString, provisional: z.boolean() }),
    indicators: z.array(IndicatorRecord),
    programs: z.array(NodeProgram),
    totals: z
      .array(
        z.object({
          label: z.string(),
          printed: z.string(),
          sumOfRows: z.string(),
          agrees: z.boolean().openapi({ description: "等しい、または丸めた行の丸めの範囲内" }),
        }),
      )
      .openapi({ description: "資料が合計行を載せるときの、載った合計と行の和" }),
    activities: z.array(ActivitySeries),
  })
  .openapi("NodeDetail", { description: "施策: 基本評価調書が示すすべて" });

export const SeriesPoint = z
  .object({
    series: z.string().openapi({ description: "actual, national …" }),
    period: PeriodJson,
    value: nullableString,
    status: nullableString,
    note: nullableString,
    milestone: nullableString,
    estimate: z.boolean().openapi({ description: "見込み値" }),
    document: z.string(),
  })
  .openapi("SeriesPoint");

export const IndicatorUsage = z
  .object({
    ...IndicatorRecord.shape,
    targets: z.array(
      z.object({
        period: PeriodJson,
        kind: z.string(),
        value: nullableString,
        isFinal: z.boolean(),
        label: nullableString,
      }),
    ),
    analysis: nullableString,
    projection: z
      .object({
        fromYear: z.number().int(),
        toYear: z.number().int(),
        value: z.string().openapi({ description: "最終年度での傾向線の値" }),
        target: nullableString,
        reaches: z.boolean().nullable(),
      })
      .nullable()
      .openapi({ description: "最終目標の年度までの実績の線形傾向。実績が2つ未満なら null" }),
  })
  .openapi("IndicatorUsage");

export const IndicatorDetail = z
  .object({
    indicator: z.object({
      id: z.number().int(),
      key: z.string(),
      name: z.string(),
      unit: z.string(),
      direction: z.string(),
      measure: z.string(),
      milestones: z.array(z.string()).nullable(),
      yearBasis: nullableString,
      source: nullableString,
      publication: nullableString,
      rationale: nullableString,
    }),
    series: z.array(SeriesPoint).openapi({ description: "すべての観測（actual, national …）、古い順" }),
    usages: z.array(IndicatorUsage).openapi({ description: "指標を使う計画のノードごと" }),
  })
  .openapi("IndicatorDetail");

const attributes = z.record(z.string(), z.unknown());

export const ProgramDetail = z
  .object({
    program: z.object({
      id: z.number().int(),
      code: nullableString,
      name: z.string(),
      summary: nullableString,
      department: z
        .object({
          id: z.number().int(),
          name: z.string(),
          fullName: z.string().openapi({ description: "部・局を含む名前（経済部産業振興局産業振興課）" }),
        })
        .nullable(),
      attributes,
      endedYear: z.number().int().nullable().openapi({ description: "最後に実施した年度。実施中なら null" }),
      successor: z.object({ id: z.number().int(), name: z.string() }).nullable(),
      lifecycle: nullableString.openapi({ description: "「令和3年度をもって終了」など" }),
    }),
    budgets: z.array(
      z.object({
        ...BudgetFigures.shape,
        scale: z.number().int(),
        document: z.string(),
        documentKey: z.string(),
      }),
    ),
    documents: z.array(z.object({ key: z.string(), title: z.string() })),
    links: z.array(
      z.object({
        nodeId: z.number().int(),
        nodeCode: nullableString,
        nodeName: z.string(),
        level: z.string(),
        planKey: z.string(),
        planName: z.string(),
        relisted: z.boolean(),
        listed: attributes,
      }),
    ),
  })
  .openapi("ProgramDetail");

export const DepartmentList = z
  .object({
    departments: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        fullName: z.string(),
        parentId: z.number().int().nullable(),
        nodeCount: z.number().int(),
        programCount: z.number().int(),
      }),
    ),
  })
  .openapi("DepartmentList");

export const DepartmentDetail = z
  .object({
    department: z.object({
      id: z.number().int(),
      name: z.string(),
      fullName: z.string(),
      parentId: z.number().int().nullable(),
    }),
    nodes: z.array(
      z.object({
        id: z.number().int(),
        code: nullableString,
        name: z.string(),
        level: z.string(),
        planKey: z.string(),
        planName: z.string(),
      }),
    ),
    programs: z.array(
      z.object({
        id: z.number().int(),
        code: nullableString,
        name: z.string(),
        budget: orNull(BudgetYear),
      }),
    ),
  })
  .openapi("DepartmentDetail");

export const SearchHit = z
  .object({
    type: z.enum(SEARCH_TYPES),
    id: z.string().openapi({ description: "計画はキー、それ以外は数の ID（文字列）" }),
    title: z.string(),
    context: z.string().openapi({ description: "どこにあるか: 計画名、ノードのコード …" }),
    planKey: nullableString,
    grade: nullableString,
    provisional: z.boolean(),
  })
  .openapi("SearchHit");

export const SearchResult = z
  .object({ query: z.string(), total: z.number().int(), hits: z.array(SearchHit) })
  .openapi("SearchResult");

export const Finding = z
  .object({
    kind: z.enum(FINDING_KINDS),
    severity: z
      .enum(["disagreement", "info"])
      .openapi({ description: "disagreement: データが食い違う。info: 知っておくとよいこと" }),
    subject: z.string(),
    message: z.string(),
  })
  .openapi("Finding");

export const CheckResult = z.object({ findings: z.array(Finding) }).openapi("CheckResult");

export type PeriodJson = z.infer<typeof PeriodJson>;
export type GradeCounts = z.infer<typeof GradeCounts>;
export type BudgetYear = z.infer<typeof BudgetYear>;
export type BudgetFigures = z.infer<typeof BudgetFigures>;
export type BehindMeasure = z.infer<typeof BehindMeasure>;
export type PlanSummary = z.infer<typeof PlanSummary>;
export type Overview = z.infer<typeof Overview>;
export type TreeNode = z.infer<typeof TreeNode>;
export type PlanDetail = z.infer<typeof PlanDetail>;
export type IndicatorRecord = z.infer<typeof IndicatorRecord>;
export type NodeIndicator = IndicatorRecord;
export type NodeProgram = z.infer<typeof NodeProgram>;
export type ActivitySeries = z.infer<typeof ActivitySeries>;
export type NodeDetail = z.infer<typeof NodeDetail>;
export type SeriesPoint = z.infer<typeof SeriesPoint>;
export type IndicatorUsage = z.infer<typeof IndicatorUsage>;
export type IndicatorDetail = z.infer<typeof IndicatorDetail>;
export type ProgramDetail = z.infer<typeof ProgramDetail>;
export type DepartmentList = z.infer<typeof DepartmentList>;
export type DepartmentDetail = z.infer<typeof DepartmentDetail>;
export type SearchHit = z.infer<typeof SearchHit>;
export type SearchResult = z.infer<typeof SearchResult>;
export type Finding = z.infer<typeof Finding>;
export type CheckResult = z.infer<typeof CheckResult>;
