// The counting of the coordinated support desk of seed 001 (北海道「北のものづくり」連携支援計画,
// examples/hokkaido/001_*.txt): the fiscal year and quarter of a support, whether a case is 新規, 継続 or
// lapsed in each plan year, and the counts the desk reports. Pure: cases and their support records in,
// counts out; storage, routes and pages build on it.
//
// The rules, and where the document states them:
// - 年度 is the fiscal year, April–March; its quarters are Q1 = Apr–Jun … Q4 = Jan–Mar, the periods in
//   which 「各地域経済牽引支援機関における連携支援事業の実施状況を四半期毎にセンターにおいて集約する」 (I 3 (2) ③).
// - Plan years are the periods of the target table (I 1 (5) 想定する支援件数): its first column covers
//   2017年度 and 2018年度 together, then one fiscal year each to 2022年度. They are data (the plan's
//   target periods), given to every function: [[2017,2018],[2019,2019],…,[2022,2022]] for 001. They
//   must be ascending and contiguous (planYearsProblem), so that every fiscal year of the plan has one.
// - A case is 新規 in the plan year of its first support; it is followed up in each of the next
//   FOLLOW_UP_YEARS − 1 plan years (「支援案件は、少なくとも3年度継続して支援（フォローアップ）」): 継続 when it was
//   supported there, lapsed (フォローアップ未実施) when not — listed, not counted. Beyond that window it is
//   neither, even when supported: the table counts as 継続 only the new cases of the two plan years
//   before (2019: 新規10、継続10 — the ten of 2017–2018; 2020: 継続20 — those of 2017–2018 and 2019).
//   Counting in plan years gives the document's examples exactly: new in 2018 → followed up in 2019
//   and 2020 (「2020年度までフォローアップ」), new in 2019 → 2020 and 2021 (「2021年度まで」). A case new in
//   2017 is followed up to 2020 as well, and one supported in both 2017 and 2018 counts once there.
// - A case with no support record is registered only: it is counted nowhere, not even as lapsed.
// - A support dated outside every plan year (before the first, after the last) is not the plan's
//   support (its 計画期間 runs to 2022年度末日, I 2 (2)): it counts nowhere and is not a case's first
//   support, so a case supported in 2016 and again in 2019 is 新規 in 2019. supportsOutsidePlan lists
//   such records, so that the register can warn of them instead of dropping them silently. Follow-up
//   years after the last plan year do not exist for the counts either.
// - Each case is given once (ids unique). A record whose date is not a calendar date is refused
//   (RangeError): the register validates dates when they are entered.
import { isCalendarDate, type Period, warekiLabel } from "./years.ts";

/** Plan years a case is counted in: the year it is new and the follow-up years after it (I 1 (5)). */
export const FOLLOW_UP_YEARS = 3;

/** 事業分野: the three fields the plan supports (I 1 (1)). The one list of them. */
export const SUPPORT_FIELDS = ["food_manufacturing", "manufacturing", "it"] as const;
export type SupportField = (typeof SUPPORT_FIELDS)[number];
export const SUPPORT_FIELD_LABELS: { readonly [F in SupportField]: string } = {
  food_manufacturing: "食料品製造関連",
  manufacturing: "ものづくり関連",
  it: "IT関連",
};

/** The stages a case is supported in: 「研究開発から製品化、販路拡大まで」 (I 1 (2)). */
export const SUPPORT_STAGES = ["research", "productization", "market_expansion"] as const;
export type SupportStage = (typeof SUPPORT_STAGES)[number];
export const SUPPORT_STAGE_LABELS: { readonly [S in SupportStage]: string } = {
  research: "研究開発",
  productization: "製品化",
  market_expansion: "販路拡大",
};

/** 支援の種類: what a support record says was given (the roles of I 1 (3), 3 (1) ④). The one list of them. */
export const SUPPORT_KINDS = ["technical", "advice", "finance", "market", "joint_research", "other"] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
export const SUPPORT_KIND_LABELS: { readonly [K in SupportKind]: string } = {
  technical: "技術支援",
  advice: "助言",
  finance: "融資・出資",
  market: "販路支援",
  joint_research: "共同研究",
  other: "その他",
};

/**
 * A routing step of a case, the plan's steps of I 3 (2) ②: handled by the organization holding it
 * (イa, ウa), handed on by the center to an organization, a network member or another body (イb, ウb),
 * reported to the center by an organization that cannot solve it (ウb), a 産学官金 team formed (エ).
 */
export const ROUTING_STEP_KINDS = ["handled", "handed_on", "reported", "team"] as const;
export type RoutingStepKind = (typeof ROUTING_STEP_KINDS)[number];
export const ROUTING_STEP_LABELS: { readonly [K in RoutingStepKind]: string } = {
  handled: "自ら対応",
  handed_on: "他の機関へ引継ぎ",
  reported: "センターへ報告",
  team: "チームを結成",
};

/** A case is open until it is closed with its outcome (follow-up support may still be recorded). */
export const CASE_STATUSES = ["open", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CASE_STATUS_LABELS: { readonly [S in CaseStatus]: string } = {
  open: "対応中",
  closed: "終了",
};

/** A case's status in one plan year (glossary: new / follow-up). */
export const CASE_YEAR_STATUSES = ["new", "follow-up", "lapsed"] as const;
export type CaseYearStatus = (typeof CASE_YEAR_STATUSES)[number];
export const CASE_YEAR_STATUS_LABELS: { readonly [S in CaseYearStatus]: string } = {
  new: "新規",
  "follow-up": "継続",
  lapsed: "フォローアップ未実施",
};

/** One support given to a case: when ("YYYY-MM-DD") and by which organization. */
export interface SupportRecord {
  readonly date: string;
  readonly organizationId: number;
}

/** A case (案件) as the counts need it. */
export interface SupportCase {
  readonly id: number;
  readonly field: SupportField;
  readonly supports: readonly SupportRecord[];
}

/** A plan year: the fiscal years [from, to] that one target of the plan covers. */
export type PlanYear = Pick<Period, "from" | "to">;

export interface FiscalQuarter {
  readonly fiscalYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

/** The fiscal year (April start) and quarter of a date, or null when it is not a calendar date. */
export function fiscalQuarterOf(date: string): FiscalQuarter | null {
  if (!isCalendarDate(date)) return null;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  // April → 0 … March → 11 months into the fiscal year.
  const offset = (month + 8) % 12;
  const quarter = (Math.floor(offset / 3) + 1) as FiscalQuarter["quarter"];
  return { fiscalYear: month >= 4 ? year : year - 1, quarter };
}

export function fiscalYearOf(date: string): number | null {
  return fiscalQuarterOf(date)?.fiscalYear ?? null;
}

/** {2019, 1} → "令和元年度第1四半期". */
export function quarterLabel(q: FiscalQuarter): string {
  return `${warekiLabel(q.fiscalYear, "fiscal")}第${q.quarter}四半期`;
}

/** What is wrong with a list of plan years (empty, a reversed range, a gap or overlap), or null. */
export function planYearsProblem(planYears: readonly PlanYear[]): string | null {
  if (planYears.length === 0) return "計画年度がありません";
  for (const [i, p] of planYears.entries()) {
    const range = `${p.from}～${p.to}年度`;
    if (!Number.isInteger(p.from) || !Number.isInteger(p.to) || p.to < p.from)
      return `計画年度 ${range} の範囲が正しくありません`;
    const before = planYears[i - 1];
    if (before && p.from !== before.to + 1)
      return `計画年度 ${before.from}～${before.to}年度 と ${range} が連続していません`;
  }
  return null;
}

function checkPlanYears(planYears: readonly PlanYear[]): void {
  const problem = planYearsProblem(planYears);
  if (problem) throw new RangeError(problem);
}

/** The index of the plan year that holds a fiscal year, or null outside the plan. */
export function planYearIndexOf(planYears: readonly PlanYear[], fiscalYear: number): number | null {
  const i = planYears.findIndex((p) => p.from <= fiscalYear && fiscalYear <= p.to);
  return i < 0 ? null : i;
}

/**
 * The quarters of the dates counted, each date parsed once: a register of 100,000 records has a few
 * thousand distinct dates, and parsing every record's date (twice, for the quarterly counts) was half
 * the counting's time (bench/desk.ts). Frozen, as they are shared by every count that reads them.
 */
const quarters = new Map<string, FiscalQuarter>();
const QUARTERS_KEPT = 100_000;

function quarterOrRefuse(date: string): FiscalQuarter {
  const known = quarters.get(date);
  if (known) return known;
  const q = fiscalQuarterOf(date);
  if (!q) throw new RangeError(`日付「${date}」は暦日（YYYY-MM-DD）ではありません`);
  if (quarters.size >= QUARTERS_KEPT) quarters.clear();
  quarters.set(date, Object.freeze(q));
  return q;
}

/** A support placed in the plan: its quarter and the index of its plan year. */
interface PlacedSupport {
  readonly organizationId: number;
  readonly quarter: FiscalQuarter;
  readonly planYear: number;
}

/** A case's supports within the plan's years (and dated up to `asOf`, when given). */
function placed(supports: readonly SupportRecord[], planYears: readonly PlanYear[], asOf?: string) {
  return supports.flatMap((s): PlacedSupport[] => {
    const quarter = quarterOrRefuse(s.date);
    const planYear = planYearIndexOf(planYears, quarter.fiscalYear);
    if (planYear === null || (asOf !== undefined && s.date > asOf)) return [];
    return [{ organizationId: s.organizationId, quarter, planYear }];
  });
}

/** Statuses per plan year from the plan years in which a case was supported (see the header). */
function statusesIn(supported: ReadonlySet<number>, count: number): (CaseYearStatus | null)[] {
  // Math.min of nothing is Infinity: a case never supported is new nowhere and followed up nowhere.
  const first = Math.min(...supported);
  return Array.from({ length: count }, (_, i) => {
    if (i === first) return "new";
    if (i < first || i >= first + FOLLOW_UP_YEARS) return null;
    return supported.has(i) ? "follow-up" : "lapsed";
  });
}

function statusesOf(c: Pick<SupportCase, "supports">, planYears: readonly PlanYear[], asOf?: string) {
  return statusesOfPlaced(placed(c.supports, planYears, asOf), planYears);
}

function statusesOfPlaced(supports: readonly PlacedSupport[], planYears: readonly PlanYear[]) {
  return statusesIn(new Set(supports.map((s) => s.planYear)), planYears.length);
}

/** A case's status in each plan year (same order as planYears); null where it is neither. */
export function caseStatuses(
  supports: readonly SupportRecord[],
  planYears: readonly PlanYear[],
): readonly (CaseYearStatus | null)[] {
  checkPlanYears(planYears);
  return statusesOf({ supports }, planYears);
}

/** The supports of each case dated outside every plan year, which the counts leave out. */
export function supportsOutsidePlan(
  cases: readonly SupportCase[],
  planYears: readonly PlanYear[],
): { readonly caseId: number; readonly support: SupportRecord }[] {
  checkPlanYears(planYears);
  return cases.flatMap((c) =>
    c.supports
      .filter((s) => planYearIndexOf(planYears, quarterOrRefuse(s.date).fiscalYear) === null)
      .map((support) => ({ caseId: c.id, support })),
  );
}

const byId = (a: SupportCase, b: SupportCase) => a.id - b.id;

/** One plan year of the year-end review. */
export interface PlanYearCount {
  readonly planYear: PlanYear;
  readonly new: number;
  readonly followUp: number;
  /** 新規 + 継続: the plan's KPI 支援件数 for the plan year. */
  readonly total: number;
  /** Cases in a follow-up year of theirs without support (ids ascending), once the plan year is over. */
  readonly lapsed: readonly number[];
}

/**
 * 新規, 継続, total and lapsed cases per plan year. With `asOf`, only supports dated up to then count,
 * and a follow-up year still running (or to come) lists no lapsed case — followUpsDue lists those.
 */
export function planYearCounts(
  cases: readonly SupportCase[],
  planYears: readonly PlanYear[],
  asOf?: string,
): PlanYearCount[] {
  checkPlanYears(planYears);
  const asOfYear = asOf === undefined ? Infinity : quarterOrRefuse(asOf).fiscalYear;
  const rows = planYears.map((planYear) => ({ planYear, new: 0, followUp: 0, lapsed: [] as number[] }));
  for (const c of [...cases].sort(byId)) {
    statusesOf(c, planYears, asOf).forEach((status, i) => {
      const row = rows[i]!;
      if (status === "new") row.new++;
      else if (status === "follow-up") row.followUp++;
      else if (status === "lapsed" && row.planYear.to < asOfYear) row.lapsed.push(c.id);
    });
  }
  return rows.map((r) => ({ ...r, total: r.new + r.followUp }));
}

/** One cell of the quarterly sheet (四半期毎に集約): organization × field × 新規 / 継続. */
export interface QuarterlyCount {
  readonly quarter: FiscalQuarter;
  readonly organizationId: number;
  readonly field: SupportField;
  readonly status: "new" | "follow-up";
  /** Distinct cases the organization supported in the quarter with that status in its plan year. */
  readonly cases: number;
}

const cellKey = (q: FiscalQuarter, org: number, field: SupportField, status: CaseYearStatus) => [
  q.fiscalYear,
  q.quarter,
  org,
  SUPPORT_FIELDS.indexOf(field),
  CASE_YEAR_STATUSES.indexOf(status),
];

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (const [i, x] of a.entries()) if (x !== b[i]) return x - b[i]!;
  return 0;
}

/**
 * The quarterly counts, every quarter of the plan, non-zero cells only, ordered by quarter,
 * organization, field and status. A case is counted once per organization and quarter however often
 * that organization supported it, and once for each organization that did; it has the status of its
 * plan year (a case first supported in 2017 is 新規 in each quarter of 2017–2018). Supports outside
 * the case's counted years are not counted, as in planYearCounts.
 */
export function quarterlyCounts(
  cases: readonly SupportCase[],
  planYears: readonly PlanYear[],
): QuarterlyCount[] {
  checkPlanYears(planYears);
  const cells = new Map<string, { key: number[]; cell: Omit<QuarterlyCount, "cases">; ids: Set<number> }>();
  for (const c of cases) {
    const supports = placed(c.supports, planYears);
    const statuses = statusesOfPlaced(supports, planYears);
    for (const { quarter, organizationId, planYear } of supports) {
      const status = statuses[planYear];
      if (status !== "new" && status !== "follow-up") continue;
      const key = cellKey(quarter, organizationId, c.field, status);
      const text = key.join();
      let at = cells.get(text);
      if (!at) {
        at = { key, cell: { quarter, organizationId, field: c.field, status }, ids: new Set() };
        cells.set(text, at);
      }
      at.ids.add(c.id);
    }
  }
  return [...cells.values()]
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ cell, ids }) => ({ ...cell, cases: ids.size }));
}

/** A follow-up due: the case is in a follow-up year of its own and has had no support in it yet. */
export interface DueFollowUp {
  readonly caseId: number;
  readonly planYear: PlanYear;
  /** The last day of the plan year ("YYYY-MM-DD"), by which the follow-up is to be made. */
  readonly dueBy: string;
}

/**
 * The follow-ups due as of a date, for the quarter it falls in: the cases whose follow-up year is the
 * plan year of that date and that have no support recorded in it up to that date (ids ascending). A
 * follow-up stays due in every quarter of its plan year until a support is recorded; at the plan
 * year's end what is still due becomes lapsed.
 */
export function followUpsDue(
  cases: readonly SupportCase[],
  planYears: readonly PlanYear[],
  asOf: string,
): DueFollowUp[] {
  checkPlanYears(planYears);
  const index = planYearIndexOf(planYears, quarterOrRefuse(asOf).fiscalYear);
  if (index === null) return [];
  const planYear = planYears[index]!;
  return [...cases]
    .sort(byId)
    .filter((c) => statusesOf(c, planYears, asOf)[index] === "lapsed")
    .map((c) => ({ caseId: c.id, planYear, dueBy: `${planYear.to + 1}-03-31` }));
}

/** The first and last day ("YYYY-MM-DD") of a fiscal quarter. */
export function quarterDates(q: FiscalQuarter): { readonly from: string; readonly to: string } {
  // Q1 starts in April of the fiscal year, Q4 in January of the next calendar year.
  const startMonth = ((q.quarter - 1) * 3 + 3) % 12; // 0-based: 3 (Apr), 6, 9, 0 (Jan)
  const year = q.quarter === 4 ? q.fiscalYear + 1 : q.fiscalYear;
  const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);
  return { from: day(year, startMonth, 1), to: day(year, startMonth + 3, 0) };
}

/** An agreed basic plan of the 別紙 list: its municipalities and which of the plan's fields it names. */
export interface BasicPlan {
  readonly name: string;
  readonly municipalities: readonly string[];
  readonly fields: readonly SupportField[];
}

/**
 * Why a case's field does not fit its municipality (I 1 (1): the cases supported are those 「同意基本計画に
 * 沿った」), or null when one of the municipality's basic plans names the field. A warning, never a
 * refusal: a basic plan agreed after the list (「今後新たに基本計画…が作成・提出された場合」) is not in it.
 */
export function fieldWarning(
  municipality: string,
  field: SupportField,
  basicPlans: readonly BasicPlan[],
): string | null {
  const own = basicPlans.filter((b) => b.municipalities.includes(municipality));
  if (own.length === 0) return `${municipality}の同意基本計画は別紙にありません。`;
  if (own.some((b) => b.fields.includes(field))) return null;
  const names = own.map((b) => `〈${b.name}〉`).join("");
  return `${municipality}の同意基本計画${names}（別紙）に${SUPPORT_FIELD_LABELS[field]}の事業分野はありません。`;
}
