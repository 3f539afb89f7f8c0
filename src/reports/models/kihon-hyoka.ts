// 基本評価調書 (seed 000): one measure's evaluation sheet for an evaluation year. Every rate and grade
// comes from the rule engine (the indicator records and judgeMeasure), and so does the 総合判定 of an
// imported document (check compares it with the printed one); the 総合判定 of a year evaluated in
// Hyoka's cycle is the one the evaluator approved, which weighs 連携状況 and 緊急性 too. Every amount and total
// from the stored budget lines of the year before the evaluation year (the year the sheet reports on).
import { MARK_TEXTS } from "../../domain/cycle-form.ts";
import type { Kysely } from "kysely";
import { COORDINATION_SECTION, URGENCY_SECTION, rewriteCounts } from "../../domain/activity-counts.ts";
import { sumDecimals } from "../../domain/decimal.ts";
import { judgeMeasure } from "../../domain/evaluate.ts";
import type { RuleProfile } from "../../domain/rule-profile.ts";
import { STAFF_TOTAL_LABELS } from "../../ingest/model.ts";
import type { Database } from "../../db/schema.ts";
import type { IndicatorRecord } from "../../evaluation/indicator-records.ts";
import type { ActivitySeries } from "../../server/schemas/read.ts";
import { activitySeries } from "../../views/activity-series.ts";
import { nodeDetail } from "../../views/node-detail.ts";
import {
  type UsageFacts,
  actualOf,
  budgetsOfYear,
  listings,
  nodeEvaluationOf,
  programEvaluationsOf,
  usageFacts,
} from "../queries.ts";

export interface SheetYearCell {
  from: number;
  to: number;
  target: string | null;
  actual: string | null;
  /** Why there is no actual (集計中 …). */
  actualStatus: string | null;
  /** The actual is an estimate (見込み値). */
  estimate: boolean;
}

export interface SheetIndicator {
  no: number;
  name: string;
  unit: string;
  direction: string;
  yearBasis: "fiscal" | "calendar";
  years: SheetYearCell[];
  final: { from: number; to: number; value: string | null; label: string | null } | null;
  /** 達成率 and 指標判定 under the plan's profile. */
  rate: string | null;
  rateReason: string | null;
  grade: string | null;
  /** The rate and grade rest on an estimate (見込み値): printed with a mark and a footnote. */
  provisional: boolean;
  publication: string | null;
  source: string | null;
  rationale: string | null;
  analysis: string | null;
}

export interface SheetProgram {
  code: string | null;
  relatedMeasureNo: string | null;
  type: string | null;
  name: string;
  summary: string | null;
  department: string | null;
  relisted: boolean;
  /** 千円. */
  amount: number | null;
  generalRevenue: number | null;
  staffHq: string | null;
  staffBranch: string | null;
  staffTotal: string | null;
  totalCost: number | null;
  responsePolicyNo: string | null;
  direction: string | null;
  note: string | null;
}

export interface SheetTotals {
  amount: number;
  generalRevenue: number;
  staffHq: string;
  staffBranch: string;
  staffTotal: string;
  totalCost: number;
}

export interface KihonHyokaSheet {
  kind: "kihon-hyoka";
  plan: { key: string; name: string; organization: string };
  evaluationYear: number;
  node: { id: number; code: string | null; name: string; level: string; departments: string[] };
  /** The node's parent (the policy, 政策). */
  parent: { code: string | null; name: string } | null;
  planLinks: string[];
  /** The node's texts in the order stored (施策の概要, 取組内容, 成果 …). */
  texts: { label: string; text: string }[];
  /** The three 事業費 figures as the sheet printed them (their labels are not in the data). */
  printedBudget: { label: string; text: string }[];
  indicators: SheetIndicator[];
  evaluation: {
    /** Computed from the indicators' grades. */
    indicatorGrade: string | null;
    overallJudgement: string | null;
    coordinationMark: string | null;
    coordination: string | null;
    urgencyMark: string | null;
    urgencyPriority: string | null;
    /** Indicators graded in the lowest band (Ｄ), computed. */
    lowestGraded: string[];
    lowestGrade: string | null;
    confirmation: string | null;
    secondaryEvaluation: string | null;
    responsePolicy: string | null;
  };
  programs: { fiscalYear: number; rows: SheetProgram[]; totals: SheetTotals };
}

const EVALUATION_TEXT_KEYS = new Set<string>([
  MARK_TEXTS.coordination,
  MARK_TEXTS.urgency,
  "Ｄ判定の指標",
  "確認事項",
]);
const PRINTED_BUDGET = /^事業費[①②③]$/;

/** The sheet of one measure, or null when the node does not exist. */
export async function kihonHyokaSheet(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  nodeId: number,
  evaluationYear: number,
): Promise<KihonHyokaSheet | null> {
  const [detail, evaluation, previous, facts, listed, programEvaluations, planRow] = await Promise.all([
    nodeDetail(db, profiles, nodeId),
    nodeEvaluationOf(db, nodeId, evaluationYear),
    nodeEvaluationOf(db, nodeId, evaluationYear - 1),
    usageFacts(db, [nodeId]),
    listings(db, [nodeId]),
    programEvaluationsOf(db, [nodeId], evaluationYear),
    db
      .selectFrom("policy_nodes as n")
      .innerJoin("plans as p", "p.id", "n.plan_id")
      .select(["p.organization"])
      .where("n.id", "=", nodeId)
      .executeTakeFirst(),
  ]);
  if (!detail) return null;
  const profile = profiles.get(detail.plan.ruleProfile);
  const budgetYear = evaluationYear - 1;
  const budgets = await budgetsOfYear(
    db,
    { nodeId },
    listed.map((l) => l.programId),
    budgetYear,
  );
  const parent = detail.ancestors[detail.ancestors.length - 1];
  const records = new Map(detail.indicators.map((r) => [r.usageId, r]));
  const indicators = facts.map((f, i) => sheetIndicator(i + 1, f, records.get(f.usageId)));
  const grades = indicators.map((x) => x.grade);
  const judged = profile ? judgeMeasure(grades, profile) : { grade: null, judgement: null };
  const lowestGrade = profile?.grades.length
    ? [...profile.grades].sort((a, b) => a.min - b.min)[0]!.label
    : null;
  const evaluationTexts = evaluation?.texts ?? {};
  const counted = countedText((await activitySeries(db, [nodeId], evaluationYear)).get(nodeId), budgetYear);

  const rows: SheetProgram[] = listed.map((l) => {
    const b = budgets.get(l.programId);
    const e = programEvaluations.find((x) => x.program_id === l.programId);
    const attr = (k: string) => (typeof l.attributes[k] === "string" ? (l.attributes[k] as string) : null);
    return {
      code: l.code,
      relatedMeasureNo: attr("relatedMeasureNo"),
      type: attr("type"),
      name: l.name,
      summary: l.summary,
      department: l.department,
      relisted: l.relisted,
      amount: b?.amount ?? null,
      generalRevenue: b?.generalRevenue ?? null,
      staffHq: b?.staffHq ?? null,
      staffBranch: b?.staffBranch ?? null,
      staffTotal: b?.staffTotal ?? null,
      totalCost: b?.totalCost ?? null,
      responsePolicyNo: e?.response_policy_no ?? null,
      direction: e?.direction ?? null,
      note: e?.note ?? null,
    };
  });

  return {
    kind: "kihon-hyoka",
    plan: { key: detail.plan.key, name: detail.plan.name, organization: planRow?.organization ?? "" },
    evaluationYear,
    node: {
      id: detail.node.id,
      code: detail.node.code,
      name: detail.node.name,
      level: detail.node.level,
      departments: detail.node.departments.map((d) => d.name),
    },
    parent: parent ? { code: parent.code, name: parent.name } : null,
    planLinks: detail.planLinks,
    texts: yearTexts(detail.node.texts, evaluationTexts, previous?.secondary_evaluation ?? null).map((t) => ({
      label: t.label,
      text: counted(t.label, t.text),
    })),
    printedBudget: Object.entries(evaluationTexts)
      .filter(([k]) => PRINTED_BUDGET.test(k))
      .map(([label, text]) => ({ label, text })),
    indicators,
    evaluation: {
      indicatorGrade: judged.grade,
      overallJudgement:
        evaluation?.documentKind === "evaluation-cycle"
          ? (evaluation.overall_judgement ?? judged.judgement)
          : judged.judgement,
      coordinationMark: evaluationTexts[MARK_TEXTS.coordination] ?? null,
      coordination: mapText(evaluation?.coordination, (t) => counted(COORDINATION_SECTION, t)),
      urgencyMark: evaluationTexts[MARK_TEXTS.urgency] ?? null,
      urgencyPriority: mapText(evaluation?.urgency_priority, (t) => counted(URGENCY_SECTION, t)),
      lowestGraded: lowestGrade ? indicators.filter((x) => x.grade === lowestGrade).map((x) => x.name) : [],
      lowestGrade,
      confirmation: evaluationTexts["確認事項"] ?? null,
      secondaryEvaluation: evaluation?.secondary_evaluation ?? null,
      responsePolicy: evaluation?.response_policy ?? null,
    },
    programs: {
      fiscalYear: budgetYear,
      rows,
      totals: {
        ...totalsOf(rows),
        ...(evaluation && evaluation.documentKind !== "evaluation-cycle"
          ? await printedStaffTotals(db, detail.node.key, evaluation.document_id)
          : {}),
      },
    },
  };
}

const PREVIOUS_SECONDARY = "前年度の二次政策評価";

/**
 * The measure's texts as of the sheet's year: those its evaluation of the year restates replace the
 * measure's own, 前年度の二次政策評価 is the previous year's 二次政策評価 where Hyoka has it, and the
 * year's 分析 (entered in the cycle) follows.
 */
function yearTexts(
  own: Readonly<Record<string, string>>,
  year: Readonly<Record<string, string>>,
  previousSecondary: string | null,
): { label: string; text: string }[] {
  const texts = Object.entries(own).map(([label, text]) => ({
    label,
    text: label === PREVIOUS_SECONDARY ? (previousSecondary ?? text) : (year[label] ?? text),
  }));
  if (year["分析"]) texts.push({ label: "分析", text: year["分析"] });
  return texts.filter((t) => t.text.trim() !== "");
}

/**
 * A text of the sheet with its brackets of activity counts printed from the series, up to the year the
 * sheet reports on (src/domain/activity-counts.ts): the year's new counts join those printed before.
 */
function countedText(series: readonly ActivitySeries[] | undefined, upTo: number) {
  return (section: string, text: string) =>
    series?.length
      ? rewriteCounts(
          text,
          series.filter((s) => s.section === section),
          upTo,
        )
      : text;
}

const mapText = (text: string | null | undefined, f: (t: string) => string) =>
  text === null || text === undefined ? null : f(text);

/** Texts of an evaluation that the sheet shows in their own places (the rest are kept as data only). */
export const isSheetEvaluationText = (key: string) =>
  EVALUATION_TEXT_KEYS.has(key) || PRINTED_BUDGET.test(key);

function sheetIndicator(no: number, f: UsageFacts, record: IndicatorRecord | undefined): SheetIndicator {
  const asOf = record?.evaluatedAsOf;
  const yearly = f.targets.filter((t) => !t.isFinal);
  const final = f.targets.find((t) => t.isFinal) ?? null;
  // The columns are the years the sheet sets targets for; without yearly targets, the last three
  // years with an actual known at the sheet's edition.
  const periods: { from: number; to: number }[] = yearly.length
    ? yearly.map((t) => ({ from: t.from, to: t.to }))
    : uniquePeriods(
        f.observations.filter((o) => o.series === "actual" && (!asOf || o.knownFrom <= asOf)),
      ).slice(-3);
  return {
    no,
    name: f.displayName,
    unit: f.unit,
    direction: f.direction,
    yearBasis: f.yearBasis === "calendar" ? "calendar" : "fiscal",
    years: periods.map((p) => {
      const a = actualOf(f.observations, p.from, p.to, asOf);
      const t = yearly.find((x) => x.from === p.from && x.to === p.to);
      return {
        from: p.from,
        to: p.to,
        target: t?.value ?? t?.label ?? null,
        actual: a?.value ?? a?.milestone ?? null,
        actualStatus: a && a.value === null ? (a.status ?? null) : null,
        estimate: a?.value != null && a.estimate,
      };
    }),
    final: final ? { from: final.from, to: final.to, value: final.value, label: final.label } : null,
    rate: record?.rate ?? null,
    rateReason: record?.rateReason ?? null,
    grade: record?.grade ?? null,
    provisional: record?.provisional === true,
    publication: f.publication,
    source: f.source,
    rationale: f.rationale,
    analysis: f.analysis,
  };
}

function uniquePeriods(list: readonly { from: number; to: number }[]) {
  const seen = new Map<string, { from: number; to: number }>();
  for (const p of list) seen.set(`${p.from}-${p.to}`, { from: p.from, to: p.to });
  return [...seen.values()].sort((a, b) => a.to - b.to || a.from - b.from);
}

/**
 * The 人工 totals an imported document printed (000: 12.1, 0.0, 11.9): its rows print whole 人工, so their
 * sums (9, 0, 8) would contradict both the source and each other. Checked by `check` within rounding.
 */
async function printedStaffTotals(
  db: Kysely<Database>,
  nodeKey: string,
  documentId: number,
): Promise<Partial<SheetTotals>> {
  const labels = Object.entries(STAFF_TOTAL_LABELS);
  const printed = await db
    .selectFrom("printed_totals")
    .select(["label", "printed"])
    .where("document_id", "=", documentId)
    .where("scope_key", "=", nodeKey)
    .where(
      "label",
      "in",
      labels.map(([, label]) => label),
    )
    .execute();
  return Object.fromEntries(
    printed.map((p) => [labels.find(([, label]) => label === p.label)![0], p.printed]),
  );
}

/** The totals row: the sums of the rows, 再掲 listings left out (their amounts are counted elsewhere). */
export function totalsOf(rows: readonly SheetProgram[]): SheetTotals {
  const own = rows.filter((r) => !r.relisted);
  const sum = (pick: (r: SheetProgram) => number | null) => own.reduce((a, r) => a + (pick(r) ?? 0), 0);
  return {
    amount: sum((r) => r.amount),
    generalRevenue: sum((r) => r.generalRevenue),
    staffHq: sumDecimals(own.map((r) => r.staffHq)),
    staffBranch: sumDecimals(own.map((r) => r.staffBranch)),
    staffTotal: sumDecimals(own.map((r) => r.staffTotal)),
    totalCost: sum((r) => r.totalCost),
  };
}
