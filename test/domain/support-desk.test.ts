// The desk's counting (src/domain/support-desk.ts) against the rules of seed 001: I 1 (5), lines 113–125
// of examples/hokkaido/001_cc06a4170be94624.txt (the targets table, the 3-year follow-up and its two
// examples), and I 3 (2) ③, line 174 (四半期毎に集約). Every expected value below was counted by hand
// from the register written here; the comments show the counting.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  caseStatuses,
  FOLLOW_UP_YEARS,
  fiscalQuarterOf,
  fiscalYearOf,
  followUpsDue,
  type PlanYear,
  planYearCounts,
  planYearIndexOf,
  planYearsProblem,
  quarterLabel,
  quarterlyCounts,
  SUPPORT_FIELD_LABELS,
  SUPPORT_FIELDS,
  SUPPORT_STAGE_LABELS,
  type SupportCase,
  type SupportRecord,
  supportsOutsidePlan,
} from "../../src/domain/support-desk.ts";

/** Seed 001's target periods: 2017年度 and 2018年度 as one, then 2019 … 2022. */
const SEED: PlanYear[] = [
  { from: 2017, to: 2018 },
  { from: 2019, to: 2019 },
  { from: 2020, to: 2020 },
  { from: 2021, to: 2021 },
  { from: 2022, to: 2022 },
];

const s = (date: string, organizationId = 1): SupportRecord => ({ date, organizationId });

describe("fiscal year and quarter of a date", () => {
  it.each([
    ["2019-03-31", 2018, 4],
    ["2019-04-01", 2019, 1],
    ["2019-06-30", 2019, 1],
    ["2019-07-01", 2019, 2],
    ["2019-09-30", 2019, 2],
    ["2019-10-01", 2019, 3],
    ["2019-12-31", 2019, 3],
    ["2020-01-01", 2019, 4],
    ["2020-02-29", 2019, 4],
    ["2020-03-31", 2019, 4],
  ])("%s is FY%i Q%i", (date, fiscalYear, quarter) => {
    expect(fiscalQuarterOf(date)).toEqual({ fiscalYear, quarter });
    expect(fiscalYearOf(date)).toBe(fiscalYear);
  });

  it.each(["2019-02-29", "2019-13-01", "2019-4-1", "2019-04-31", "R1-04-01", ""])(
    "refuses %j, which is not a calendar date",
    (date) => {
      expect(fiscalQuarterOf(date)).toBeNull();
      expect(fiscalYearOf(date)).toBeNull();
    },
  );

  it("labels a quarter in 和暦", () => {
    expect(quarterLabel({ fiscalYear: 2019, quarter: 1 })).toBe("令和元年度第1四半期");
    expect(quarterLabel({ fiscalYear: 2018, quarter: 4 })).toBe("平成30年度第4四半期");
  });
});

describe("the lists of fields and stages", () => {
  it("are the document's three fields and three stages", () => {
    expect(SUPPORT_FIELDS.map((f) => SUPPORT_FIELD_LABELS[f])).toEqual([
      "食料品製造関連",
      "ものづくり関連",
      "IT関連",
    ]);
    expect(Object.values(SUPPORT_STAGE_LABELS)).toEqual(["研究開発", "製品化", "販路拡大"]);
  });
});

describe("plan years", () => {
  it("accepts the seed's periods and finds the plan year of a fiscal year", () => {
    expect(planYearsProblem(SEED)).toBeNull();
    expect([2016, 2017, 2018, 2019, 2022, 2023].map((y) => planYearIndexOf(SEED, y))).toEqual([
      null,
      0,
      0,
      1,
      4,
      null,
    ]);
  });

  it("refuses no periods, a reversed range, a gap and an overlap", () => {
    expect(planYearsProblem([])).toBe("計画年度がありません");
    expect(planYearsProblem([{ from: 2018, to: 2017 }])).toBe(
      "計画年度 2018～2017年度 の範囲が正しくありません",
    );
    const gap = [SEED[0]!, { from: 2020, to: 2020 }];
    expect(planYearsProblem(gap)).toBe("計画年度 2017～2018年度 と 2020～2020年度 が連続していません");
    expect(planYearsProblem([SEED[0]!, { from: 2018, to: 2019 }])).not.toBeNull();
    expect(() => caseStatuses([], gap)).toThrow(RangeError);
    expect(() => planYearCounts([], [])).toThrow("計画年度がありません");
  });
});

describe("a case's status in each plan year", () => {
  it("document's example: new in 2018 → followed up to 2020 (a 2021 support is not counted)", () => {
    const supports = ["2018-06-01", "2019-06-01", "2020-06-01", "2021-06-01"].map((d) => s(d));
    expect(caseStatuses(supports, SEED)).toEqual(["new", "follow-up", "follow-up", null, null]);
  });

  it("document's example: new in 2019 → followed up to 2021", () => {
    const supports = ["2019-05-01", "2020-05-01", "2021-05-01", "2022-05-01"].map((d) => s(d));
    expect(caseStatuses(supports, SEED)).toEqual([null, "new", "follow-up", "follow-up", null]);
  });

  it("2017 and 2018 are one plan year: a case supported in both is new once, followed up to 2020", () => {
    expect(caseStatuses([s("2017-05-01"), s("2018-05-01")], SEED)).toEqual([
      "new",
      "lapsed",
      "lapsed",
      null,
      null,
    ]);
  });

  it("2019-03-31 is still FY2018, 2019-04-01 is FY2019", () => {
    expect(caseStatuses([s("2019-03-31")], SEED)).toEqual(["new", "lapsed", "lapsed", null, null]);
    expect(caseStatuses([s("2019-04-01")], SEED)).toEqual([null, "new", "lapsed", "lapsed", null]);
    expect(caseStatuses([s("2019-04-01"), s("2019-03-31")], SEED)).toEqual([
      "new",
      "follow-up",
      "lapsed",
      null,
      null,
    ]);
    // 2020-03-31 belongs to FY2019, the plan year of the first support: no follow-up yet.
    expect(caseStatuses([s("2019-04-01"), s("2020-03-31")], SEED)).toEqual([
      null,
      "new",
      "lapsed",
      "lapsed",
      null,
    ]);
  });

  it("a follow-up year without support is lapsed, and the next one can be 継続 again", () => {
    expect(caseStatuses([s("2019-05-01"), s("2021-05-01")], SEED)).toEqual([
      null,
      "new",
      "lapsed",
      "follow-up",
      null,
    ]);
  });

  it("a case without support is nothing anywhere", () => {
    expect(caseStatuses([], SEED)).toEqual([null, null, null, null, null]);
  });

  it("supports outside the plan are not the plan's: a 2016 support does not make 2019's new a follow-up", () => {
    expect(caseStatuses([s("2016-12-01"), s("2019-05-01")], SEED)).toEqual([
      null,
      "new",
      "lapsed",
      "lapsed",
      null,
    ]);
    expect(caseStatuses([s("2023-04-01")], SEED)).toEqual([null, null, null, null, null]);
  });

  it("follow-up years after the plan's last do not exist for the counts", () => {
    expect(caseStatuses([s("2021-06-01")], SEED)).toEqual([null, null, null, "new", "lapsed"]);
    expect(caseStatuses([s("2022-06-01"), s("2023-06-01")], SEED)).toEqual([null, null, null, null, "new"]);
  });

  it("refuses a support whose date is not a calendar date", () => {
    expect(() => caseStatuses([s("2019-02-29")], SEED)).toThrow(RangeError);
  });
});

// A register of nine cases. Organizations: 1 道総研, 2 ノーステック財団, 3 中小企業総合支援センター,
// 4 北洋銀行, 5 北海道銀行. Each support: date (its fiscal year and quarter), organization.
const food = "food_manufacturing";
const REGISTER: SupportCase[] = [
  // 2017 Q1 / 2018 Q3 by 1, 2019 Q1 by 2, 2020 Q2 by 1 → new 2017–18, 継続 2019, 2020.
  {
    id: 101,
    field: food,
    supports: [s("2017-06-15", 1), s("2018-11-20", 1), s("2019-05-10", 2), s("2020-08-01", 1)],
  },
  // FY2018 Q4 and FY2019 Q1 (one day apart) by 4, FY2020 Q4 by 3 → new 2017–18, 継続 2019, 2020.
  { id: 102, field: "manufacturing", supports: [s("2019-03-31", 4), s("2019-04-01", 4), s("2021-01-15", 3)] },
  // 2019 Q1 twice by 2 and once by 3, 2021 Q2 by 2 → new 2019, lapsed 2020, 継続 2021.
  {
    id: 103,
    field: "it",
    supports: [s("2019-04-01", 2), s("2019-04-20", 2), s("2019-06-30", 3), s("2021-07-07", 2)],
  },
  // FY2019 Q4 by 5 → new 2019, lapsed 2020 and 2021.
  { id: 104, field: food, supports: [s("2020-03-31", 5)] },
  // Registered only.
  { id: 105, field: "manufacturing", supports: [] },
  // 2016 (before the plan), FY2021 Q3, FY2022 Q1, FY2023 (after it), all by 1 → new 2021, 継続 2022.
  {
    id: 106,
    field: "it",
    supports: [s("2016-12-01", 1), s("2021-10-01", 1), s("2022-04-01", 1), s("2023-04-01", 1)],
  },
  // FY2022 Q3 by 2 → new 2022.
  { id: 107, field: food, supports: [s("2022-12-01", 2)] },
  // FY2017 Q4 by 3, then 2022 by 3 (beyond its window) → new 2017–18, lapsed 2019 and 2020.
  { id: 108, field: "manufacturing", supports: [s("2018-02-01", 3), s("2022-05-01", 3)] },
  // FY2018 Q1, then 2019 Q1 twice, all by 2 → new 2017–18, 継続 2019, lapsed 2020.
  { id: 109, field: food, supports: [s("2018-04-01", 2), s("2019-06-01", 2), s("2019-06-02", 2)] },
];

describe("counts per plan year (the year-end review and the KPI 支援件数)", () => {
  it("counts the register by hand", () => {
    expect(planYearCounts(REGISTER, SEED)).toEqual([
      { planYear: SEED[0], new: 4, followUp: 0, total: 4, lapsed: [] }, // new 101 102 108 109
      { planYear: SEED[1], new: 2, followUp: 3, total: 5, lapsed: [108] }, // new 103 104; 継続 101 102 109
      { planYear: SEED[2], new: 0, followUp: 2, total: 2, lapsed: [103, 104, 108, 109] }, // 継続 101 102
      { planYear: SEED[3], new: 1, followUp: 1, total: 2, lapsed: [104] }, // new 106; 継続 103
      { planYear: SEED[4], new: 1, followUp: 1, total: 2, lapsed: [] }, // new 107; 継続 106
    ]);
  });

  it("as of 2020-09-30: later supports do not count, a running year lists no lapsed case", () => {
    // 102's FY2020 support (2021-01-15) and 106, 107 are still to come; 101 was supported on 2020-08-01.
    expect(planYearCounts(REGISTER, SEED, "2020-09-30")).toEqual([
      { planYear: SEED[0], new: 4, followUp: 0, total: 4, lapsed: [] },
      { planYear: SEED[1], new: 2, followUp: 3, total: 5, lapsed: [108] },
      { planYear: SEED[2], new: 0, followUp: 1, total: 1, lapsed: [] },
      { planYear: SEED[3], new: 0, followUp: 0, total: 0, lapsed: [] },
      { planYear: SEED[4], new: 0, followUp: 0, total: 0, lapsed: [] },
    ]);
  });

  it("as of a date counts the supports of that day", () => {
    expect(planYearCounts(REGISTER, SEED, "2020-08-01")[2]!.followUp).toBe(1); // 101 on 2020-08-01
    expect(planYearCounts(REGISTER, SEED, "2020-07-31")[2]!.followUp).toBe(0);
  });

  it("lists the supports it leaves out because they are outside the plan", () => {
    expect(supportsOutsidePlan(REGISTER, SEED)).toEqual([
      { caseId: 106, support: s("2016-12-01", 1) },
      { caseId: 106, support: s("2023-04-01", 1) },
    ]);
  });
});

describe("quarterly counts (organization × field × 新規 / 継続)", () => {
  const row = (fy: number, q: number, org: number, field: string, status: string, cases = 1) => ({
    quarter: { fiscalYear: fy, quarter: q },
    organizationId: org,
    field,
    status,
    cases,
  });

  it("counts distinct cases per organization and quarter, by hand", () => {
    expect(quarterlyCounts(REGISTER, SEED)).toEqual([
      row(2017, 1, 1, food, "new"), // 101
      row(2017, 4, 3, "manufacturing", "new"), // 108
      row(2018, 1, 2, food, "new"), // 109
      row(2018, 3, 1, food, "new"), // 101: still 新規, 2017–2018 is its first plan year
      row(2018, 4, 4, "manufacturing", "new"), // 102 on 2019-03-31
      row(2019, 1, 2, food, "follow-up", 2), // 101 and 109 (109 twice: counted once)
      row(2019, 1, 2, "it", "new"), // 103 twice: once
      row(2019, 1, 3, "it", "new"), // 103 again, for the second organization
      row(2019, 1, 4, "manufacturing", "follow-up"), // 102 on 2019-04-01
      row(2019, 4, 5, food, "new"), // 104 on 2020-03-31
      row(2020, 2, 1, food, "follow-up"), // 101
      row(2020, 4, 3, "manufacturing", "follow-up"), // 102 on 2021-01-15
      row(2021, 2, 2, "it", "follow-up"), // 103
      row(2021, 3, 1, "it", "new"), // 106
      row(2022, 1, 1, "it", "follow-up"), // 106
      row(2022, 3, 2, food, "new"), // 107; 108's 2022 support is beyond its window
    ]);
  });
});

describe("follow-ups due as of a date", () => {
  const due = (asOf: string) => followUpsDue(REGISTER, SEED, asOf).map((d) => d.caseId);

  it("lists the cases of a follow-up year not yet supported in it", () => {
    // FY2019 Q1: 101, 108, 109 (new 2017–18) have no FY2019 support yet; 102 had one on 2019-04-01.
    expect(due("2019-04-15")).toEqual([101, 108, 109]);
    // A support on the day itself counts: 102's was on 2019-04-01, 101's on 2020-08-01.
    expect(due("2019-04-01")).toEqual([101, 108, 109]);
    expect(due("2020-08-01")).not.toContain(101);
    expect(due("2020-07-31")).toContain(101);
    // FY2020 Q1: every case new in 2017–18 or 2019 is due.
    expect(due("2020-06-30")).toEqual([101, 102, 103, 104, 108, 109]);
    expect(due("2020-09-30")).toEqual([102, 103, 104, 108, 109]); // 101 supported 2020-08-01
    expect(due("2021-03-31")).toEqual([103, 104, 108, 109]); // 102 supported 2021-01-15
    // FY2021 Q1: 103 and 104 (new 2019); 106's first support (2021-10-01) is still to come.
    expect(due("2021-05-01")).toEqual([103, 104]);
  });

  it("gives the plan year and the day it ends", () => {
    expect(followUpsDue(REGISTER, SEED, "2021-03-31")[0]).toEqual({
      caseId: 103,
      planYear: SEED[2],
      dueBy: "2021-03-31",
    });
  });

  it("has none in the first plan year or outside the plan", () => {
    expect(due("2019-03-31")).toEqual([]);
    expect(due("2023-04-01")).toEqual([]);
    expect(() => due("2021-02-30")).toThrow(RangeError);
  });
});

// --- properties over random registers and plans

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const dateArb = fc
  .integer({ min: 0, max: 10 * 365 })
  .map((n) => new Date(FIRST_DAY + n * DAY).toISOString().slice(0, 10));
const supportArb = fc.record({ date: dateArb, organizationId: fc.integer({ min: 1, max: 3 }) });
const casesArb = fc
  .array(
    fc.record({
      field: fc.constantFrom(...SUPPORT_FIELDS),
      supports: fc.array(supportArb, { maxLength: 6 }),
    }),
    { maxLength: 15 },
  )
  .map((cs) => cs.map((c, i): SupportCase => ({ id: i + 1, ...c })));
/** Contiguous plan years starting 2016–2018, each of 1–3 fiscal years. */
const planArb = fc
  .tuple(
    fc.integer({ min: 2016, max: 2018 }),
    fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 6 }),
  )
  .map(([start, lengths]) => {
    let from = start;
    return lengths.map((n) => ({ from, to: (from += n) - 1 }));
  });

/** The test's own fiscal year of a date: January–March belong to the year before. */
const fy = (date: string) => Number(date.slice(0, 4)) - (Number(date.slice(5, 7)) < 4 ? 1 : 0);
const inPlan = (plan: PlanYear[], date: string) => plan[0]!.from <= fy(date) && fy(date) <= plan.at(-1)!.to;
const inYear = (p: PlanYear, date: string) => p.from <= fy(date) && fy(date) <= p.to;

describe("properties", () => {
  it("新規 of a plan year = cases whose earliest in-plan support falls in it; Σ新規 = cases supported", () => {
    fc.assert(
      fc.property(casesArb, planArb, (cases, plan) => {
        const counts = planYearCounts(cases, plan);
        const earliest = cases.flatMap((c) => {
          const dates = c.supports.map((x) => x.date).filter((d) => inPlan(plan, d));
          return dates.length ? [dates.sort()[0]!] : [];
        });
        plan.forEach((p, i) => expect(counts[i]!.new).toBe(earliest.filter((d) => inYear(p, d)).length));
        expect(counts.reduce((a, r) => a + r.new, 0)).toBe(earliest.length);
      }),
    );
  });

  it("a case is counted at most once per plan year, never 継続 more than FOLLOW_UP_YEARS − 1 times", () => {
    fc.assert(
      fc.property(casesArb, planArb, (cases, plan) => {
        const counts = planYearCounts(cases, plan);
        for (const [i, r] of counts.entries()) {
          expect(r.total).toBe(r.new + r.followUp);
          const supported = cases.filter((c) => c.supports.some((x) => inYear(plan[i]!, x.date)));
          expect(r.total).toBeLessThanOrEqual(supported.length);
          expect(r.lapsed.every((id) => !supported.some((c) => c.id === id))).toBe(true);
        }
        for (const c of cases) {
          const statuses = caseStatuses(c.supports, plan);
          const first = statuses.indexOf("new");
          expect(statuses.filter((x) => x === "new").length).toBe(first < 0 ? 0 : 1);
          expect(statuses.slice(0, Math.max(first, 0)).every((x) => x === null)).toBe(true);
          expect(statuses.filter((x) => x === "follow-up").length).toBeLessThanOrEqual(FOLLOW_UP_YEARS - 1);
          expect(statuses.filter((x) => x !== null && x !== "new").length).toBeLessThanOrEqual(
            FOLLOW_UP_YEARS - 1,
          );
        }
      }),
    );
  });

  it("with one fiscal year per plan year, a case new in N is followed up in N+1 and N+2 only", () => {
    const plan = Array.from({ length: 8 }, (_, i) => ({ from: 2015 + i, to: 2015 + i }));
    fc.assert(
      fc.property(fc.array(supportArb, { minLength: 1, maxLength: 6 }), (supports) => {
        // Fiscal years 2015–2022; the dates reach from FY2014 to FY2024, outside on both sides.
        const years = new Set(supports.map((x) => fy(x.date)).filter((y) => 2015 <= y && y <= 2022));
        const n = Math.min(...years);
        const expected = plan.map(({ from: y }) => {
          if (y === n) return "new";
          if (y !== n + 1 && y !== n + 2) return null;
          return years.has(y) ? "follow-up" : "lapsed";
        });
        expect(caseStatuses(supports, plan)).toEqual(expected);
      }),
    );
  });

  it("Σ quarterly counts of a plan year = distinct (case, organization, quarter) counted there ≥ its 支援件数", () => {
    fc.assert(
      fc.property(casesArb, planArb, (cases, plan) => {
        const quarterly = quarterlyCounts(cases, plan);
        const counts = planYearCounts(cases, plan);
        plan.forEach((p, i) => {
          const sum = quarterly
            .filter((r) => inYear(p, `${r.quarter.fiscalYear}-04-01`))
            .reduce((a, r) => a + r.cases, 0);
          const triples = new Set(
            cases.flatMap((c) => {
              const status = caseStatuses(c.supports, plan)[i];
              if (status !== "new" && status !== "follow-up") return [];
              const mine = c.supports.filter((x) => inYear(p, x.date));
              return mine.map(
                (x) => `${c.id}/${x.organizationId}/${fiscalQuarterOf(x.date)!.quarter}/${fy(x.date)}`,
              );
            }),
          );
          expect(sum).toBe(triples.size);
          expect(sum).toBeGreaterThanOrEqual(counts[i]!.total);
          expect(quarterly.every((r) => r.cases >= 1)).toBe(true);
        });
      }),
    );
  });

  it("the order of the records and a repeated record change nothing", () => {
    fc.assert(
      fc.property(casesArb, planArb, fc.nat(), (cases, plan, k) => {
        const shuffled = [...cases].reverse().map((c) => ({
          ...c,
          supports: c.supports.length
            ? [...[...c.supports].reverse(), c.supports[k % c.supports.length]!]
            : [],
        }));
        expect(planYearCounts(shuffled, plan)).toEqual(planYearCounts(cases, plan));
        expect(quarterlyCounts(shuffled, plan)).toEqual(quarterlyCounts(cases, plan));
      }),
    );
  });

  it("what is due on a plan year's last day is what is lapsed in it from the next day", () => {
    fc.assert(
      fc.property(casesArb, planArb, (cases, plan) => {
        plan.forEach((p, i) => {
          const due = followUpsDue(cases, plan, `${p.to + 1}-03-31`).map((d) => d.caseId);
          expect(planYearCounts(cases, plan, `${p.to + 1}-04-01`)[i]!.lapsed).toEqual(due);
          expect(planYearCounts(cases, plan)[i]!.lapsed).toEqual(due);
        });
      }),
    );
  });
});
