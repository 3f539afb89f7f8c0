// The open-data tables: one fact per row, one header row, western years, exact values (amounts in yen
// as integers, decimals as written). Each table is described column by column for the data dictionary,
// and its rows come in pages, so a national store is never held in memory at once.
//
// Published years only, by construction: the store's facts are the published documents and the
// published evaluation years; drafts of an open year live apart (evaluation_items) until published.
import { type Kysely, type SelectQueryBuilder, sql } from "kysely";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Database } from "../db/schema.ts";
import { indicatorRecords } from "../evaluation/indicator-records.ts";

export type OpenDataValue = string | number | null;
export type OpenDataRow = Record<string, OpenDataValue>;

export const COLUMN_KINDS = ["integer", "decimal", "text", "year", "flag", "edition"] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];

export interface OpenDataColumn {
  /** English name: the key in the JSON API. */
  name: string;
  /** Japanese name: the CSV header. */
  label: string;
  kind: ColumnKind;
  description: string;
}

export interface OpenDataTable {
  name: string;
  file: string;
  title: string;
  description: string;
  columns: OpenDataColumn[];
}

export interface OpenDataOptions {
  /** Only this plan (and the programs and indicators it uses). */
  planKey?: string;
}

const c = (name: string, label: string, kind: ColumnKind, description: string): OpenDataColumn => ({
  name,
  label,
  kind,
  description,
});

export const OPEN_DATA_TABLES: readonly OpenDataTable[] = [
  {
    name: "plans",
    file: "plans.csv",
    title: "計画",
    description: "計画（総合計画・総合戦略・ビジョン等）。1行が1計画。",
    columns: [
      c("plan_key", "計画キー", "text", "計画を識別するキー（他の表から参照）"),
      c("name", "計画名", "text", "計画の名称"),
      c("organization", "策定主体", "text", "計画を策定した団体"),
      c("period_from", "計画期間開始年度", "year", "計画期間の最初の年度（西暦）"),
      c("period_to", "計画期間終了年度", "year", "計画期間の最後の年度（西暦）"),
      c("levels", "階層", "text", "体系の階層名を上から「>」でつないだもの"),
      c("rule_profile", "評価ルール", "text", "率と判定を計算する評価ルールのID（profiles/*.json）"),
    ],
  },
  {
    name: "nodes",
    file: "nodes.csv",
    title: "施策等",
    description: "計画の体系の項目（政策・施策・プロジェクト・取組等）。1行が1項目。",
    columns: [
      c("node_id", "項目ID", "integer", "項目の番号（他の表から参照）"),
      c("plan_key", "計画キー", "text", "属する計画（plans.csv）"),
      c("parent_node_id", "親項目ID", "integer", "一つ上の項目。最上位は空"),
      c("level", "階層", "text", "階層名（政策・施策など）"),
      c("code", "コード", "text", "計画での項目のコード（例: 2(2)A_0505）"),
      c("name", "名称", "text", "項目の名称"),
      c("sort_order", "表示順", "integer", "同じ親の中での順"),
      c("departments", "担当課", "text", "担当課（複数は「、」区切り）"),
    ],
  },
  {
    name: "programs",
    file: "programs.csv",
    title: "事業",
    description: "事業（事務事業・関連事業）。1行が1事業。複数の項目に掲載される事業も1行。",
    columns: [
      c("program_id", "事業ID", "integer", "事業の番号（他の表から参照）"),
      c("code", "事業番号", "text", "資料に記載の事業番号"),
      c("name", "事業名", "text", "事業の名称"),
      c("department", "担当課", "text", "担当課"),
      c("summary", "事業概要", "text", "事業の概要・内容"),
    ],
  },
  {
    name: "program_links",
    file: "program_links.csv",
    title: "事業の掲載",
    description: "どの項目にどの事業が掲載されているか。1行が1掲載。再掲は2行目以降の掲載。",
    columns: [
      c("node_id", "項目ID", "integer", "掲載先の項目（nodes.csv）"),
      c("program_id", "事業ID", "integer", "掲載された事業（programs.csv）"),
      c("relisted", "再掲", "flag", "1: 再掲（他の項目に掲載した事業の再掲）、0: 本掲"),
      c("sort_order", "表示順", "integer", "項目の中での順"),
    ],
  },
  {
    name: "budget_lines",
    file: "budget_lines.csv",
    title: "予算・決算",
    description: "事業の年度ごとの予算額・決算額等。1行が1事業・1年度・1区分。金額は円。",
    columns: [
      c("program_id", "事業ID", "integer", "事業（programs.csv）"),
      c("fiscal_year", "年度", "year", "会計年度（西暦、4月〜翌3月）"),
      c("kind", "区分", "text", "予算・決算・決算見込・繰越など"),
      c("amount_yen", "金額（円）", "integer", "金額（円）。資料の千円単位の額×1000"),
      c("general_revenue_yen", "うち一般財源（円）", "integer", "金額のうち一般財源（円）"),
      c("staff_hq", "人工（本庁）", "decimal", "本庁の従事人員（人・年）"),
      c("staff_branch", "人工（出先機関）", "decimal", "出先機関の従事人員（人・年）"),
      c("staff_total", "人工計", "decimal", "従事人員の計（人・年）"),
      c("total_cost_yen", "トータルコスト（円）", "integer", "事業費と人件費の計（円）"),
      c("standalone", "単独計上", "flag", "1: 単独の額、0: 他の額の枠内・内数（合計しない）"),
      c("note", "注記", "text", "繰越・枠内などの注記"),
    ],
  },
  {
    name: "indicators",
    file: "indicators.csv",
    title: "指標",
    description: "成果指標・KPI・数値目標。1行が1指標。複数の計画で使う指標も1行。",
    columns: [
      c("indicator_id", "指標ID", "integer", "指標の番号（他の表から参照）"),
      c("name", "指標名", "text", "指標の名称"),
      c("unit", "単位", "text", "値の単位"),
      c("direction", "方向", "text", "increase: 増加をめざす、decrease: 減少をめざす、maintain: 維持"),
      c("measure", "種類", "text", "quantitative: 数値、qualitative: 段階（検討→策定など）"),
      c("year_basis", "年の区分", "text", "fiscal: 年度、calendar: 暦年、空: 記載なし"),
      c("source", "出典", "text", "値の出典"),
      c("publication", "公表時期", "text", "指標の公表時期"),
      c("rationale", "設定理由", "text", "指標の設定理由"),
    ],
  },
  {
    name: "indicator_usages",
    file: "indicator_usages.csv",
    title: "指標の使用",
    description: "項目が使う指標と、その計画での基準値・公表値。1行が1項目・1指標。",
    columns: [
      c("usage_id", "使用ID", "integer", "使用の番号（targets.csv・indicator_results.csv から参照）"),
      c("indicator_id", "指標ID", "integer", "指標（indicators.csv）"),
      c("node_id", "項目ID", "integer", "項目（nodes.csv）"),
      c("display_name", "表示名", "text", "資料での指標の表記"),
      c("role", "位置づけ", "text", "数値目標・KPI・成果指標など"),
      c("baseline_from", "基準値の年（から）", "year", "基準値（戦略策定時等）の期間の始まり"),
      c("baseline_to", "基準値の年（まで）", "year", "基準値の期間の終わり"),
      c("baseline_value", "基準値", "decimal", "基準値"),
      c("published_rate", "公表の率", "decimal", "資料に印刷された達成率・進捗率（%）"),
      c("published_grade", "公表の判定", "text", "資料に印刷された指標判定"),
    ],
  },
  {
    name: "targets",
    file: "targets.csv",
    title: "目標値",
    description: "指標の目標値。1行が1使用・1期間。",
    columns: [
      c("usage_id", "使用ID", "integer", "指標の使用（indicator_usages.csv）"),
      c("period_from", "期間（から）", "year", "目標の期間の始まり（西暦）"),
      c("period_to", "期間（まで）", "year", "目標の期間の終わり。単年は始まりと同じ"),
      c(
        "kind",
        "目標の種類",
        "text",
        "absolute: 値、baseline_or_more: 基準値以上、reference: 全国値等の参照",
      ),
      c("value", "目標値", "decimal", "目標値（absolute のとき）"),
      c("reference_series", "参照系列", "text", "reference のときの系列（national: 全国値）"),
      c("is_final", "最終目標", "flag", "1: 最終目標"),
      c("label", "記載", "text", "資料での目標の記載"),
    ],
  },
  {
    name: "observations",
    file: "observations.csv",
    title: "実績値",
    description: "指標の実績値と参照値（全国値等）。1行が1指標・1系列・1期間・1資料。",
    columns: [
      c("indicator_id", "指標ID", "integer", "指標（indicators.csv）"),
      c("series", "系列", "text", "actual: 実績値、national: 全国値"),
      c("period_from", "期間（から）", "year", "期間の始まり（西暦）"),
      c("period_to", "期間（まで）", "year", "期間の終わり。単年は始まりと同じ"),
      c("value", "値", "decimal", "値（数値のとき）"),
      c("milestone", "段階", "text", "段階の指標で到達した段階（検討・策定など）"),
      c("status", "状況", "text", "値がない理由（集計中・調査未実施など）"),
      c("note", "注記", "text", "注記"),
      c("estimate", "見込み値", "flag", "1: 見込み値（確定値ではない）、0: 確定値"),
      c("known_from", "判明時点", "edition", "値を記載した資料の時点（YYYY または YYYY-MM）"),
    ],
  },
  {
    name: "evaluations",
    file: "evaluations.csv",
    title: "施策の評価",
    description: "施策の評価（基本評価調書）。1行が1項目・1評価年度。",
    columns: [
      c("node_id", "項目ID", "integer", "評価した項目（nodes.csv）"),
      c("evaluation_year", "評価年度", "year", "評価の年度（西暦）"),
      c("indicator_grade", "指標判定", "text", "資料に記載の指標判定"),
      c("overall_judgement", "総合判定", "text", "資料に記載の総合判定"),
      c("coordination", "連携状況", "text", "連携状況"),
      c("urgency_priority", "緊急性・優先性", "text", "緊急性・優先性"),
      c("secondary_evaluation", "二次政策評価", "text", "二次政策評価"),
      c("response_policy", "対応方針", "text", "翌年度に向けた対応方針"),
    ],
  },
  {
    name: "program_evaluations",
    file: "program_evaluations.csv",
    title: "事業の評価",
    description: "事業の評価（対応方針番号・方向性）。1行が1事業・1項目・1評価年度。",
    columns: [
      c("program_id", "事業ID", "integer", "事業（programs.csv）"),
      c("node_id", "項目ID", "integer", "評価した項目（nodes.csv）"),
      c("evaluation_year", "評価年度", "year", "評価の年度（西暦）"),
      c("response_policy_no", "対応方針番号", "text", "対応方針番号"),
      c("direction", "方向性", "text", "拡充・継続・改善・縮小・統合・廃止・休止など"),
    ],
  },
  {
    name: "indicator_results",
    file: "indicator_results.csv",
    title: "率と判定（計算値）",
    description: "計画の評価ルールで計算した達成率・進捗率と判定。1行が1使用。",
    columns: [
      c("usage_id", "使用ID", "integer", "指標の使用（indicator_usages.csv）"),
      c("plan_key", "計画キー", "text", "計画（plans.csv）"),
      c("node_id", "項目ID", "integer", "項目（nodes.csv）"),
      c("indicator_id", "指標ID", "integer", "指標（indicators.csv）"),
      c("actual_from", "実績の年（から）", "year", "計算に使った実績値の期間の始まり"),
      c("actual_to", "実績の年（まで）", "year", "計算に使った実績値の期間の終わり"),
      c("actual", "実績値", "decimal", "計算に使った実績値"),
      c("target_from", "目標の年（から）", "year", "計算に使った目標の期間の始まり"),
      c("target_to", "目標の年（まで）", "year", "計算に使った目標の期間の終わり"),
      c("target", "目標値", "decimal", "計算に使った目標値（参照値・基準値を解決した値）"),
      c("rate", "率（%）", "decimal", "達成率・進捗率（評価ルールの桁で丸めた値）"),
      c("grade", "判定", "text", "評価ルールによる指標判定"),
      c("provisional", "暫定", "flag", "1: 見込み値に基づく暫定の率・判定、0: 確定した実績値による"),
      c("rate_reason", "率なしの理由", "text", "率を計算できない理由"),
      c("rule_profile", "評価ルール", "text", "計算に使った評価ルール"),
      c("evaluated_as_of", "評価時点", "edition", "この時点までに判明した値で計算（YYYY または YYYY-MM）"),
    ],
  },
];

export const tableByName = (name: string) => OPEN_DATA_TABLES.find((t) => t.name === name);

const PAGE = 5000;

/** Yen from an amount kept as (integer, scale): exact, as a number (well inside 2^53 for budgets). */
const yen = (amount: number | string | bigint | null, scale: number): number | null =>
  amount === null ? null : Number(BigInt(amount) * 10n ** BigInt(Math.max(0, scale)));

export interface Scope {
  plans: { id: number; key: string }[];
  /** Node id → plan id, for the nodes in scope. */
  nodePlan: Map<number, number>;
  /** Program id → plan ids listing it; indicator id → plan ids using it. */
  programPlans: Map<number, Set<number>>;
  indicatorPlans: Map<number, Set<number>>;
  wholeStore: boolean;
}

const addTo = (m: Map<number, Set<number>>, k: number, v: number) => {
  let s = m.get(k);
  if (!s) m.set(k, (s = new Set()));
  s.add(v);
};

export async function openDataScope(db: Kysely<Database>, options: OpenDataOptions): Promise<Scope> {
  let q = db.selectFrom("plans").select(["id", "key"]).orderBy("key");
  if (options.planKey) q = q.where("key", "=", options.planKey);
  const plans = await q.execute();
  const planIds = plans.map((p) => p.id);
  const nodePlan = new Map<number, number>();
  const programPlans = new Map<number, Set<number>>();
  const indicatorPlans = new Map<number, Set<number>>();
  if (planIds.length) {
    for (const n of await db
      .selectFrom("policy_nodes")
      .select(["id", "plan_id"])
      .where("plan_id", "in", planIds)
      .execute())
      nodePlan.set(n.id, n.plan_id);
    const links = await db
      .selectFrom("program_links as l")
      .innerJoin("policy_nodes as n", "n.id", "l.node_id")
      .select(["l.program_id", "n.plan_id"])
      .where("n.plan_id", "in", planIds)
      .execute();
    for (const l of links) addTo(programPlans, l.program_id, l.plan_id);
    const usages = await db
      .selectFrom("indicator_usages as u")
      .innerJoin("policy_nodes as n", "n.id", "u.node_id")
      .select(["u.indicator_id", "n.plan_id"])
      .where("n.plan_id", "in", planIds)
      .execute();
    for (const u of usages) addTo(indicatorPlans, u.indicator_id, u.plan_id);
  }
  return { plans, nodePlan, programPlans, indicatorPlans, wholeStore: !options.planKey };
}

/** The rows of a query, page by page: keyset pagination on its id column (selected as `id`). */
async function* paged<DB, TB extends keyof DB, O extends { id: number }>(
  idColumn: string,
  query: SelectQueryBuilder<DB, TB, O>,
) {
  const id = sql.ref(idColumn);
  let after = 0;
  for (;;) {
    const rows = await query.where(id, ">", after).orderBy(id).limit(PAGE).execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
    if (rows.length < PAGE) return;
  }
}

const inScope = <T>(ids: Iterable<T>) => {
  const list = [...ids];
  return list.length ? list : null;
};

/** Every row of one table, in pages. */
export async function* openDataRows(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  table: string,
  options: OpenDataOptions = {},
  prepared?: Scope,
): AsyncGenerator<OpenDataRow[]> {
  const scope = prepared ?? (await openDataScope(db, options));
  const planIds = scope.plans.map((p) => p.id);
  const planKey = new Map(scope.plans.map((p) => [p.id, p.key]));
  const nodeIds = inScope(scope.nodePlan.keys());
  switch (table) {
    case "plans": {
      if (!planIds.length) return;
      const rows = await db
        .selectFrom("plans")
        .selectAll()
        .where("id", "in", planIds)
        .orderBy("key")
        .execute();
      yield rows.map((p) => ({
        plan_key: p.key,
        name: p.name,
        organization: p.organization,
        period_from: p.period_from,
        period_to: p.period_to,
        levels: (JSON.parse(p.levels || "[]") as string[]).join(">"),
        rule_profile: p.rule_profile,
      }));
      return;
    }
    case "nodes":
      if (!planIds.length) return;
      for await (const page of paged(
        "id",
        db
          .selectFrom("policy_nodes")
          .select(["id", "plan_id", "parent_id", "level", "code", "name", "sort_order"])
          .where("plan_id", "in", planIds),
      )) {
        const departments = await db
          .selectFrom("node_departments as nd")
          .innerJoin("departments as d", "d.id", "nd.department_id")
          .select(["nd.node_id", "d.name"])
          .where(
            "nd.node_id",
            "in",
            page.map((n) => n.id),
          )
          .orderBy("nd.sort_order")
          .orderBy("d.id")
          .execute();
        const byNode = Map.groupBy(departments, (d) => d.node_id);
        yield page.map((n) => ({
          node_id: n.id,
          plan_key: planKey.get(n.plan_id) ?? null,
          parent_node_id: n.parent_id,
          level: n.level,
          code: n.code,
          name: n.name,
          sort_order: n.sort_order,
          departments: (byNode.get(n.id) ?? []).map((d) => d.name).join("、") || null,
        }));
      }
      return;
    case "programs": {
      const ids = scope.wholeStore ? null : inScope(scope.programPlans.keys());
      if (!scope.wholeStore && !ids) return;
      for await (const page of paged(
        "p.id",
        db
          .selectFrom("programs as p")
          .leftJoin("departments as d", "d.id", "p.department_id")
          .select(["p.id", "p.code", "p.name", "p.summary", "d.name as department"])
          .$if(ids !== null, (q) => q.where("p.id", "in", ids!)),
      ))
        yield page.map((p) => ({
          program_id: p.id,
          code: p.code,
          name: p.name,
          department: p.department,
          summary: p.summary,
        }));
      return;
    }
    case "program_links":
      if (!nodeIds) return;
      for await (const page of paged(
        "l.id",
        db
          .selectFrom("program_links as l")
          .innerJoin("policy_nodes as n", "n.id", "l.node_id")
          .select(["l.id", "l.node_id", "l.program_id", "l.relisted", "l.sort_order"])
          .where("n.plan_id", "in", planIds),
      ))
        yield page.map((l) => ({
          node_id: l.node_id,
          program_id: l.program_id,
          relisted: l.relisted,
          sort_order: l.sort_order,
        }));
      return;
    case "budget_lines":
      for await (const page of paged(
        "id",
        db
          .selectFrom("budget_lines")
          .selectAll()
          .$if(!scope.wholeStore, (q) =>
            q.where("program_id", "in", inScope(scope.programPlans.keys()) ?? [-1]),
          ),
      ))
        yield page.map((b) => ({
          program_id: b.program_id,
          fiscal_year: b.fiscal_year,
          kind: b.kind,
          amount_yen: yen(b.amount, b.scale),
          general_revenue_yen: yen(b.general_revenue, b.scale),
          staff_hq: b.staff_hq,
          staff_branch: b.staff_branch,
          staff_total: b.staff_total,
          total_cost_yen: yen(b.total_cost, b.scale),
          standalone: b.standalone,
          note: b.note,
        }));
      return;
    case "indicators": {
      const ids = scope.wholeStore ? null : inScope(scope.indicatorPlans.keys());
      if (!scope.wholeStore && !ids) return;
      for await (const page of paged(
        "id",
        db
          .selectFrom("indicators")
          .selectAll()
          .$if(ids !== null, (q) => q.where("id", "in", ids!)),
      ))
        yield page.map((i) => ({
          indicator_id: i.id,
          name: i.name,
          unit: i.unit,
          direction: i.direction,
          measure: i.measure,
          year_basis: i.year_basis,
          source: i.source,
          publication: i.publication,
          rationale: i.rationale,
        }));
      return;
    }
    case "indicator_usages":
      if (!nodeIds) return;
      for await (const page of paged(
        "u.id",
        db
          .selectFrom("indicator_usages as u")
          .innerJoin("policy_nodes as n", "n.id", "u.node_id")
          .selectAll("u")
          .where("n.plan_id", "in", planIds),
      ))
        yield page.map((u) => ({
          usage_id: u.id,
          indicator_id: u.indicator_id,
          node_id: u.node_id,
          display_name: u.display_name,
          role: u.role,
          baseline_from: u.baseline_from,
          baseline_to: u.baseline_to,
          baseline_value: u.baseline_value,
          published_rate: u.published_rate,
          published_grade: u.published_grade,
        }));
      return;
    case "targets":
      if (!nodeIds) return;
      for await (const page of paged(
        "t.id",
        db
          .selectFrom("targets as t")
          .innerJoin("indicator_usages as u", "u.id", "t.usage_id")
          .innerJoin("policy_nodes as n", "n.id", "u.node_id")
          .selectAll("t")
          .where("n.plan_id", "in", planIds),
      ))
        yield page.map((t) => ({
          usage_id: t.usage_id,
          period_from: t.period_from,
          period_to: t.period_to,
          kind: t.kind,
          value: t.value,
          reference_series: t.reference_series,
          is_final: t.is_final,
          label: t.label,
        }));
      return;
    case "observations":
      for await (const page of paged(
        "id",
        db
          .selectFrom("observations")
          .selectAll()
          .$if(!scope.wholeStore, (q) =>
            q.where("indicator_id", "in", inScope(scope.indicatorPlans.keys()) ?? [-1]),
          ),
      ))
        yield page.map((o) => ({
          indicator_id: o.indicator_id,
          series: o.series,
          period_from: o.period_from,
          period_to: o.period_to,
          value: o.value,
          milestone: o.milestone,
          status: o.status,
          note: o.note,
          estimate: o.estimate,
          known_from: o.known_from,
        }));
      return;
    case "evaluations":
      if (!nodeIds) return;
      for await (const page of paged(
        "e.id",
        db
          .selectFrom("node_evaluations as e")
          .innerJoin("policy_nodes as n", "n.id", "e.node_id")
          .selectAll("e")
          .select("n.plan_id")
          .where("n.plan_id", "in", planIds),
      ))
        yield page.map((e) => ({
          node_id: e.node_id,
          evaluation_year: e.evaluation_year,
          indicator_grade: e.indicator_grade,
          overall_judgement: e.overall_judgement,
          coordination: e.coordination,
          urgency_priority: e.urgency_priority,
          secondary_evaluation: e.secondary_evaluation,
          response_policy: e.response_policy,
        }));
      return;
    case "program_evaluations":
      if (!nodeIds) return;
      for await (const page of paged(
        "e.id",
        db
          .selectFrom("program_evaluations as e")
          .innerJoin("policy_nodes as n", "n.id", "e.node_id")
          .selectAll("e")
          .select("n.plan_id")
          .where("n.plan_id", "in", planIds),
      ))
        yield page.map((e) => ({
          program_id: e.program_id,
          node_id: e.node_id,
          evaluation_year: e.evaluation_year,
          response_policy_no: e.response_policy_no,
          direction: e.direction,
        }));
      return;
    case "indicator_results":
      // Plan by plan, as the overview computes them: a national store never has every record at once.
      for (const p of scope.plans) {
        const records = await indicatorRecords(db, profiles, { planKey: p.key });
        yield records.map((r) => ({
          usage_id: r.usageId,
          plan_key: r.planKey,
          node_id: r.nodeId,
          indicator_id: r.indicatorId,
          actual_from: r.actual?.period.from ?? null,
          actual_to: r.actual?.period.to ?? null,
          actual: r.actual?.value ?? null,
          target_from: r.target?.period.from ?? null,
          target_to: r.target?.period.to ?? null,
          target: r.target?.value ?? null,
          rate: r.rate,
          grade: r.grade,
          provisional: r.provisional ? 1 : 0,
          rate_reason: r.rateReason,
          rule_profile: r.profile,
          evaluated_as_of: r.evaluatedAsOf,
        }));
      }
      return;
    default:
      throw new Error(`unknown open-data table ${table}`);
  }
}
