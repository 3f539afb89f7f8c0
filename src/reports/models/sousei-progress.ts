// 推進状況 (seed 003): a strategy's progress report, project by project: each theme's programs with
// their budget for the year and status, then the project's numerical targets and KPIs with 進捗率
// under the plan's rule profile, and the page stating the rules.
import type { Kysely } from "kysely";
import type { RuleProfile } from "../../domain/rule-profile.ts";
import type { YearMonth } from "../../domain/years.ts";
import type { Database } from "../../db/schema.ts";
import type { IndicatorRecord } from "../../evaluation/indicator-records.ts";
import { shortEraYear } from "../format.ts";
import { type UsageFacts, actualOf, planDocument, planFacts } from "../queries.ts";

export interface ProgressProgram {
  programId: number;
  name: string;
  relisted: boolean;
  /** 千円, for the report's year. */
  budget: number | null;
  budgetKind: string | null;
  /** "H29繰越" and the like. */
  budgetNote: string | null;
  status: string | null;
}

export interface ProgressTheme {
  code: string | null;
  name: string;
  texts: { label: string; text: string }[];
  programs: ProgressProgram[];
}

export interface ProgressKpi {
  role: string | null;
  name: string;
  unit: string;
  direction: string;
  baseline: { value: string | null; from: number | null; to: number | null } | null;
  /** estimate: stated as a 見込み値. */
  actual: { value: string; from: number; to: number; estimate: boolean } | null;
  target: { value: string | null; label: string | null; from: number; to: number; kind: string } | null;
  referenceValue: string | null;
  /**
   * The (全国) row under the indicator: the national values of the baseline's and the actual's periods,
   * when the national series has one for the baseline (003: 合計特殊出生率, 1.42 in H26 and 1.43 in H29).
   */
  national: { baseline: PeriodValue; actual: PeriodValue | null } | null;
  rate: string | null;
  /** The rate rests on an estimate (見込み値): printed with a mark and a footnote. */
  provisional: boolean;
  rateReason: string | null;
  /** A footnote saying which reference value the rate was computed on. */
  footnote: string | null;
}

export interface PeriodValue {
  value: string;
  from: number;
  to: number;
}

export interface ProgressProject {
  code: string | null;
  name: string;
  themes: ProgressTheme[];
  indicators: ProgressKpi[];
}

export interface SouseiProgressReport {
  kind: "sousei-progress";
  plan: { key: string; name: string; organization: string };
  year: number;
  /** The edition the figures are evaluated as of ("2018-11"), when the plan's document states one. */
  edition: string | null;
  /** The month of the edition: years are named in the era of that month, as printed (2019 is H31 in 2018). */
  asOf: YearMonth | null;
  rules: { label: string; text: string }[];
  projects: ProgressProject[];
  profile: string;
}

export async function souseiProgressReport(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  planKey: string,
  year: number,
): Promise<SouseiProgressReport | null> {
  const loaded = await planFacts(db, profiles, planKey, year);
  if (!loaded) return null;
  const { plan, nodes, listed, facts, records, budgets, yearNote } = loaded;
  const profile = profiles.get(plan.rule_profile);
  const doc = await planDocument(db, plan.id);
  const listedBy = Map.groupBy(listed, (l) => l.nodeId);
  const recordsBy = Map.groupBy(records, (r) => r.nodeId);
  const factsByUsage = new Map(facts.map((f) => [f.usageId, f]));
  const childrenOf = Map.groupBy(nodes, (n) => n.parentId);
  const descendants = (id: number): typeof nodes =>
    (childrenOf.get(id) ?? []).flatMap((c) => [c, ...descendants(c.id)]);

  const program = (l: (typeof listed)[number]): ProgressProgram => {
    const b = budgets.get(l.programId);
    const status = yearNote(l) ?? l.attributes[`status${year}`] ?? l.listed.status ?? l.summary;
    return {
      programId: l.programId,
      name: l.name,
      relisted: l.relisted,
      budget: b?.amount ?? null,
      budgetKind: b?.kind ?? null,
      budgetNote: b?.note ?? null,
      status: typeof status === "string" ? status : null,
    };
  };
  const asOf = editionMonth(doc?.edition);
  const kpi = (r: IndicatorRecord): ProgressKpi => {
    const f = factsByUsage.get(r.usageId);
    const final = f?.targets.find((t) => t.isFinal) ?? f?.targets[0];
    const target = r.target
      ? {
          value: r.target.kind === "absolute" ? r.target.value : null,
          label: final?.label ?? null,
          from: r.target.period.from,
          to: r.target.period.to,
          kind: r.target.kind,
        }
      : null;
    return {
      role: f?.role ?? null,
      name: r.indicator,
      unit: r.unit,
      direction: r.direction,
      baseline: r.baseline
        ? {
            value: r.baseline.value,
            from: r.baseline.period?.from ?? null,
            to: r.baseline.period?.to ?? null,
          }
        : null,
      actual: r.actual
        ? {
            value: r.actual.value,
            from: r.actual.period.from,
            to: r.actual.period.to,
            estimate: r.actual.estimate,
          }
        : null,
      target,
      referenceValue: r.referenceValue,
      national: f ? nationalRow(f, r) : null,
      rate: r.rate,
      provisional: r.provisional,
      rateReason: r.rateReason,
      footnote:
        r.referenceValue && r.actual
          ? `${shortEraYear(r.actual.period.to, asOf)}の全国値${r.referenceValue}に対する進捗率`
          : null,
    };
  };

  const projects: ProgressProject[] = (childrenOf.get(null) ?? []).map((root) => {
    const below = descendants(root.id);
    return {
      code: root.code,
      name: root.name,
      themes: below
        .filter((n) => (listedBy.get(n.id)?.length ?? 0) > 0 || Object.keys(n.texts).length > 0)
        .map((n) => ({
          code: n.code,
          name: n.name,
          texts: Object.entries(n.texts).map(([label, text]) => ({ label, text })),
          programs: (listedBy.get(n.id) ?? []).map(program),
        })),
      indicators: [root, ...below].flatMap((n) => (recordsBy.get(n.id) ?? []).map(kpi)),
    };
  });
  const planTexts = Object.entries(JSON.parse(plan.texts || "{}") as Record<string, string>);
  const rules = planTexts
    .filter(([label]) => /進捗率|達成率|評価/.test(label))
    .map(([label, text]) => ({ label, text }));
  if (profile?.description) rules.push({ label: `評価ルール（${profile.name}）`, text: profile.description });
  return {
    kind: "sousei-progress",
    plan: { key: plan.key, name: plan.name, organization: plan.organization },
    year,
    edition: doc?.edition ?? null,
    asOf,
    rules,
    projects,
    profile: plan.rule_profile,
  };
}

/** "2018-11" → 2018, 11; an edition without its month ("2023") names years by the era of their July. */
function editionMonth(edition: string | null | undefined): YearMonth | null {
  const m = /^(\d{4})-(\d{2})$/.exec(edition ?? "");
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

/** The (全国) row of an indicator, as known at the record's edition. */
function nationalRow(f: UsageFacts, r: IndicatorRecord): ProgressKpi["national"] {
  const at = (p: { from: number; to: number } | null | undefined): PeriodValue | null => {
    const o = p ? actualOf(f.observations, p.from, p.to, r.evaluatedAsOf, "national") : undefined;
    return o && o.value !== null ? { value: o.value, from: o.from, to: o.to } : null;
  };
  const baseline = at(r.baseline?.period);
  return baseline ? { baseline, actual: at(r.actual?.period) } : null;
}
