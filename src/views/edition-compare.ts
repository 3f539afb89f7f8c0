// Two published editions of one document side by side (year N and N−1, or any two years): a measure's
// 基本評価調書, or one program's rows in its plan's document. Pure: the stored models in, rows out. Each row
// is one figure or text box as both editions printed it, flagged unchanged, changed, added (printed only in
// the later one) or removed (only in the earlier one); a row neither edition prints is left out.
import { type YearBasis, periodLabel } from "../domain/years.ts";
import { formatAmount, formatDecimalText, formatPrintedAmount, formatRate } from "../reports/format.ts";
import type { KihonHyokaSheet, SheetIndicator, SheetProgram } from "../reports/models/kihon-hyoka.ts";
import type { CatalogueSheet, Society5CatalogueReport } from "../reports/models/society5-catalogue.ts";
import type { ProgressProgram, SouseiProgressReport } from "../reports/models/sousei-progress.ts";
import { type VisionProgressReport, type VisionRow, cellLabel } from "../reports/models/vision-progress.ts";
import type { ComparisonRow, ComparisonSection, RowChange } from "../server/schemas/editions.ts";

export type { ComparisonRow, ComparisonSection, RowChange };

/** The report kinds an edition is stored as. */
export type EditionModel =
  KihonHyokaSheet | VisionProgressReport | SouseiProgressReport | Society5CatalogueReport;

export function changeOf(from: string | null, to: string | null): RowChange {
  if (from === to) return "unchanged";
  if (from === null) return "added";
  if (to === null) return "removed";
  return "changed";
}

/** Empty text is no text: a box left blank and a box not printed compare equal. */
const clean = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};

function row(
  key: string,
  group: string | null,
  label: string,
  from: string | null | undefined,
  to: string | null | undefined,
  period: ComparisonRow["period"] = null,
): ComparisonRow[] {
  const a = clean(from);
  const b = clean(to);
  if (a === null && b === null) return [];
  return [{ key, group, label, period, from: a, to: b, change: changeOf(a, b) }];
}

/** Items of both editions matched by key: the later edition's order, then those only the earlier printed. */
export function pairs<T>(from: readonly T[], to: readonly T[], keyOf: (t: T) => string) {
  const keyed = (list: readonly T[]) => {
    const seen = new Map<string, number>();
    return list.map((item) => {
      const k = keyOf(item);
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      return { key: n === 1 ? k : `${k}#${n}`, item };
    });
  };
  const a = keyed(from);
  const b = keyed(to);
  const inA = new Map(a.map((x) => [x.key, x.item]));
  const inB = new Set(b.map((x) => x.key));
  return [
    ...b.map((x) => ({ key: x.key, from: inA.get(x.key), to: x.item as T | undefined })),
    ...a
      .filter((x) => !inB.has(x.key))
      .map((x) => ({ key: x.key, from: x.item as T | undefined, to: undefined })),
  ];
}

// ---- how figures are written: as the documents print them, so that equal figures read equal ----

/** "1057.2", "万円" → "1,057.2万円"; a word (策定, 集計中) as it is. */
function figure(value: string | null | undefined, unit = ""): string | null {
  const v = clean(value);
  if (v === null) return null;
  return /^-?\d+(\.\d+)?$/.test(v) ? `${formatDecimalText(v)}${unit}` : v;
}

const amount = (n: number | null | undefined) =>
  n === null || n === undefined ? null : `${formatAmount(n)}千円`;
const rate = (r: string | null, reason: string | null = null) => (r !== null ? formatRate(r) : reason);
const period = (from: number, to: number, basis?: YearBasis) => ({
  from,
  to,
  label: periodLabel(basis ? { from, to, basis } : { from, to }),
});
const programName = (p: { code?: string | null; name: string }) => `${p.code ? `${p.code} ` : ""}${p.name}`;

/** Rows of one item present in either edition, field by field. */
function fields<T>(
  key: string,
  group: string | null,
  from: T | undefined,
  to: T | undefined,
  list: [string, string, (t: T) => string | null | undefined][],
): ComparisonRow[] {
  return list.flatMap(([field, label, value]) =>
    row(`${key}/${field}`, group, label, from ? value(from) : null, to ? value(to) : null),
  );
}

// ---- 基本評価調書 ----

/** Two editions of one measure's 基本評価調書. */
export function compareKihonSheets(from: KihonHyokaSheet, to: KihonHyokaSheet): ComparisonSection[] {
  return [
    { key: "texts", title: "記載", rows: textRows(from, to) },
    { key: "indicators", title: "成果指標", rows: indicatorRows(from.indicators, to.indicators) },
    { key: "evaluation", title: "評価", rows: evaluationRows(from, to) },
    { key: "programs", title: "事務事業", rows: sheetProgramRows(from, to) },
  ];
}

function textRows(from: KihonHyokaSheet, to: KihonHyokaSheet): ComparisonRow[] {
  const texts = pairs(from.texts, to.texts, (t) => t.label).flatMap((p) =>
    row(`text/${p.key}`, null, p.to?.label ?? p.from!.label, p.from?.text, p.to?.text),
  );
  const printed = pairs(from.printedBudget, to.printedBudget, (t) => t.label).flatMap((p) =>
    row(
      `printed/${p.key}`,
      null,
      p.to?.label ?? p.from!.label,
      p.from && formatPrintedAmount(p.from.text),
      p.to && formatPrintedAmount(p.to.text),
    ),
  );
  return [...texts, ...printed];
}

function indicatorRows(from: SheetIndicator[], to: SheetIndicator[]): ComparisonRow[] {
  return pairs(from, to, (i) => i.name).flatMap((p) => {
    const group = (p.to ?? p.from)!.name;
    const key = `indicator/${p.key}`;
    const years = new Map<string, { from: number; to: number }>();
    for (const y of [...(p.from?.years ?? []), ...(p.to?.years ?? [])]) years.set(`${y.from}-${y.to}`, y);
    const basis = (p.to ?? p.from)!.yearBasis;
    const cell = (i: SheetIndicator | undefined, k: string) =>
      i?.years.find((y) => `${y.from}-${y.to}` === k);
    const yearRows = [...years.entries()]
      .sort(([, a], [, b]) => a.to - b.to || a.from - b.from)
      .flatMap(([k, y]) => {
        const a = cell(p.from, k);
        const b = cell(p.to, k);
        const at = period(y.from, y.to, basis);
        return [
          ...row(
            `${key}/${k}/target`,
            group,
            "目標値",
            figure(a?.target, p.from?.unit),
            figure(b?.target, p.to?.unit),
            at,
          ),
          ...row(
            `${key}/${k}/actual`,
            group,
            "実績値",
            figure(a?.actual, p.from?.unit) ?? a?.actualStatus,
            figure(b?.actual, p.to?.unit) ?? b?.actualStatus,
            at,
          ),
        ];
      });
    const final = (i: SheetIndicator) =>
      i.final
        ? `${figure(i.final.value, i.unit) ?? i.final.label ?? ""}（${periodLabel({ from: i.final.from, to: i.final.to, basis: i.yearBasis })}）`
        : null;
    return [
      ...yearRows,
      ...fields(key, group, p.from, p.to, [
        ["final", "最終目標", final],
        ["rate", "達成率", (i) => rate(i.rate, i.rateReason)],
        ["grade", "指標判定", (i) => i.grade],
        ["analysis", "分析", (i) => i.analysis],
      ]),
    ];
  });
}

function evaluationRows(from: KihonHyokaSheet, to: KihonHyokaSheet): ComparisonRow[] {
  return fields<KihonHyokaSheet["evaluation"]>("evaluation", null, from.evaluation, to.evaluation, [
    ["indicatorGrade", "指標判定", (e) => e.indicatorGrade],
    ["overallJudgement", "総合判定", (e) => e.overallJudgement],
    ["coordinationMark", "連携状況（判定）", (e) => e.coordinationMark],
    ["coordination", "連携状況", (e) => e.coordination],
    ["urgencyMark", "緊急性・優先性（判定）", (e) => e.urgencyMark],
    ["urgencyPriority", "緊急性・優先性", (e) => e.urgencyPriority],
    ["lowestGraded", "Ｄ判定の指標", (e) => e.lowestGraded.join("、")],
    ["confirmation", "確認事項", (e) => e.confirmation],
    ["secondaryEvaluation", "二次政策評価", (e) => e.secondaryEvaluation],
    ["responsePolicy", "対応方針", (e) => e.responsePolicy],
  ]);
}

const SHEET_PROGRAM_FIELDS: [string, string, (p: SheetProgram) => string | null][] = [
  ["amount", "事業費", (p) => amount(p.amount)],
  ["generalRevenue", "うち一般財源", (p) => amount(p.generalRevenue)],
  ["staffHq", "人工（本庁）", (p) => figure(p.staffHq)],
  ["staffBranch", "人工（出先機関）", (p) => figure(p.staffBranch)],
  ["staffTotal", "人工計", (p) => figure(p.staffTotal)],
  ["totalCost", "トータルコスト", (p) => amount(p.totalCost)],
  ["responsePolicyNo", "対応方針番号", (p) => p.responsePolicyNo],
  ["direction", "方向性", (p) => p.direction],
];

/** A program's key in a 基本評価調書: its 事業番号, else its name (the sheet does not store program ids). */
const sheetProgramKey = (p: { code: string | null; name: string }) => p.code ?? p.name;

function sheetProgramRows(from: KihonHyokaSheet, to: KihonHyokaSheet): ComparisonRow[] {
  const rows = pairs(from.programs.rows, to.programs.rows, sheetProgramKey).flatMap((p) =>
    fields(`program/${p.key}`, programName((p.to ?? p.from)!), p.from, p.to, SHEET_PROGRAM_FIELDS),
  );
  const totals = fields<KihonHyokaSheet["programs"]["totals"]>(
    "totals",
    "合計",
    from.programs.totals,
    to.programs.totals,
    [
      ["amount", "事業費", (t) => amount(t.amount)],
      ["generalRevenue", "うち一般財源", (t) => amount(t.generalRevenue)],
      ["staffTotal", "人工計", (t) => figure(t.staffTotal)],
      ["totalCost", "トータルコスト", (t) => amount(t.totalCost)],
    ],
  );
  return [...rows, ...totals];
}

// ---- one program's rows ----

export interface ProgramRef {
  id: number;
  code: string | null;
  name: string;
}

/** One program's rows in two editions of a document it is listed in (its own listing before a 【再掲】). */
export function compareProgramRows(
  from: EditionModel,
  to: EditionModel,
  program: ProgramRef,
): ComparisonSection[] {
  return [{ key: "program", title: "事業", rows: programRows(from, to, program) }];
}

const firstListing = <T extends { relisted: boolean }>(rows: T[]) => rows.find((r) => !r.relisted) ?? rows[0];

function programRows(from: EditionModel, to: EditionModel, program: ProgramRef): ComparisonRow[] {
  switch (to.kind) {
    case "kihon-hyoka": {
      const find = (m: EditionModel) =>
        m.kind === "kihon-hyoka"
          ? firstListing(m.programs.rows.filter((r) => sheetProgramKey(r) === sheetProgramKey(program)))
          : undefined;
      return fields("program", null, find(from), find(to), SHEET_PROGRAM_FIELDS);
    }
    case "vision-progress":
      return visionRows(from.kind === to.kind ? from : undefined, to, program.id);
    case "sousei-progress": {
      const find = (m: EditionModel) =>
        m.kind === "sousei-progress"
          ? firstListing(
              m.projects
                .flatMap((p) => p.themes.flatMap((t) => t.programs))
                .filter((r) => r.programId === program.id),
            )
          : undefined;
      return fields<ProgressProgram>("program", null, find(from), find(to), [
        [
          "budget",
          "予算額",
          (p) => withNote(amount(p.budget), p.budgetKind !== "予算" ? p.budgetKind : null, p.budgetNote),
        ],
        ["status", "取組状況", (p) => p.status],
      ]);
    }
    case "society5-catalogue": {
      const find = (m: EditionModel) =>
        m.kind === "society5-catalogue"
          ? firstListing(m.pillars.flatMap((p) => p.sheets).filter((s) => s.programId === program.id))
          : undefined;
      return catalogueRows(find(from), find(to));
    }
  }
}

/** "12,345千円（決算）", with whatever the document printed beside the amount. */
function withNote(main: string | null, ...notes: (string | null)[]): string | null {
  const shown = notes.filter((n): n is string => !!n?.trim());
  if (main === null) return shown.length ? shown.join("、") : null;
  return shown.length ? `${main}（${shown.join("、")}）` : main;
}

function visionRows(
  fromModel: VisionProgressReport | undefined,
  toModel: VisionProgressReport,
  programId: number,
): ComparisonRow[] {
  const find = (m: VisionProgressReport | undefined) =>
    m ? firstListing(m.groups.flatMap((g) => g.rows).filter((r) => r.programId === programId)) : undefined;
  const a = find(fromModel);
  const b = find(toModel);
  const actualIn = (m: VisionProgressReport | undefined, r: VisionRow | undefined, year: number) => {
    const i = m?.years.indexOf(year) ?? -1;
    const c = i >= 0 ? r?.actuals[i] : undefined;
    return c ? cellLabel(c, formatDecimalText) : null;
  };
  const years = [...new Set([...(fromModel?.years ?? []), ...toModel.years])].sort((x, y) => x - y);
  return [
    ...row("program/indicator", null, "指標", a?.indicator, b?.indicator),
    ...years.flatMap((y) =>
      row(
        `program/actual/${y}`,
        null,
        "実績値",
        actualIn(fromModel, a, y),
        actualIn(toModel, b, y),
        period(y, y, "fiscal"),
      ),
    ),
    ...fields<VisionRow>("program", null, a, b, [
      ["content", "内容", (r) => r.content],
      [
        "settlement",
        "決算見込額",
        (r) => withNote(amount(r.settlement), r.settlementKind !== "決算見込" ? r.settlementKind : null),
      ],
      ["target", "目標値", (r) => (r.target ? cellLabel(r.target, formatDecimalText) : null)],
      ["rate", "達成率", (r) => rate(r.rate)],
    ]),
  ];
}

function catalogueRows(a: CatalogueSheet | undefined, b: CatalogueSheet | undefined): ComparisonRow[] {
  const labelled = (
    key: string,
    pick: (s: CatalogueSheet) => { label: string; text: string }[],
    label: (l: string) => string,
  ) =>
    pairs(a ? pick(a) : [], b ? pick(b) : [], (t) => t.label).flatMap((p) =>
      row(`${key}/${p.key}`, null, label((p.to ?? p.from)!.label), p.from?.text, p.to?.text),
    );
  const indicators = pairs(a?.indicators ?? [], b?.indicators ?? [], (i) => i.name).flatMap((p) =>
    row(
      `indicator/${p.key}`,
      (p.to ?? p.from)!.name,
      "達成率",
      p.from && rate(p.from.rate),
      p.to && rate(p.to.rate),
    ),
  );
  return [
    ...fields("program", null, a, b, [
      [
        "budget",
        "事業費",
        (s) => withNote(amount(s.budget), s.standalone ? null : (s.budgetNote ?? "枠内・内数")),
      ],
      ["purpose", "目的", (s) => s.purpose],
      ["department", "担当課", (s) => s.department],
    ]),
    ...labelled(
      "item",
      (s) => s.items,
      (l) => l,
    ),
    ...labelled(
      "target",
      (s) => s.targets,
      (l) => `目標（${l}）`,
    ),
    ...labelled(
      "actual",
      (s) => s.actuals,
      (l) => `実績（${l}）`,
    ),
    ...indicators,
  ];
}

/** The year an edition's amounts are for: the sheet's 決算 year, or the plan document's own year. */
export function budgetYearOf(model: EditionModel): number {
  return model.kind === "kihon-hyoka" ? model.programs.fiscalYear : model.year;
}
