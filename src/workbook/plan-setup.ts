// The plan set-up workbook: how an organization that is not in the seeds describes its plan — the plan
// and its rule profile, the tree of nodes, programs and where they are listed, indicators with
// baselines, targets, actuals, reference series and budgets — and how it becomes the document model
// the seed importer writes (src/ingest/model.ts). Every cell is checked; each problem names its sheet,
// row and column. Pure: the known profile ids are handed in.
import ExcelJS from "exceljs";
import { MAX_INTEGER_DIGITS } from "../db/limits.ts";
import { parseDecimal } from "../domain/decimal.ts";
import { ACTUAL_STATUSES } from "../domain/entry.ts";
import { parseNumber } from "../domain/numbers.ts";
import { nameKey } from "../domain/text.ts";
import type {
  BudgetLineInput,
  Direction,
  DocumentKind,
  IndicatorInput,
  IndicatorUsageInput,
  NodeInput,
  ObservationInput,
  ObservationStatus,
  ParsedDocument,
  ProgramInput,
  ProgramLinkInput,
  TargetInput,
} from "../ingest/model.ts";
import { type Book, type Sheet, cellAt } from "./book.ts";
import { type Cell, type CellProblem, cellText, columnLetter, numberText, yearOf } from "./cells.ts";
import { FORMAT_VERSION, META_SHEET, PLAN_SETUP_FORMAT } from "./layout.ts";
import { findHeader } from "./read-values.ts";

/** The document kind plan set-up writes (documents.kind); not one of the seed parsers' kinds. */
export const PLAN_SETUP_KIND: DocumentKind = "plan-setup";

export const PLAN_FIELDS = {
  key: "キー",
  name: "名称",
  organization: "団体",
  from: "開始年度",
  to: "終了年度",
  profile: "評価ルール",
  levels: "階層",
  edition: "時点",
} as const;

/** Each table sheet and its columns; the first `required` columns must be filled in. */
export const SETUP_SHEETS = {
  nodes: { name: "体系", columns: ["コード", "親コード", "階層", "名称", "担当課"], required: 4 },
  programs: {
    name: "事業",
    columns: ["事業コード", "事業名", "担当課", "掲載先コード", "概要"],
    required: 2,
  },
  indicators: {
    name: "指標",
    columns: ["指標コード", "施策コード", "指標名", "単位", "方向", "基準年度", "基準値", "出典"],
    required: 5,
  },
  targets: { name: "目標", columns: ["指標コード", "年度", "目標値", "最終"], required: 3 },
  actuals: { name: "実績", columns: ["指標コード", "年度", "実績値", "状況", "備考"], required: 2 },
  references: { name: "参考値", columns: ["指標コード", "系列", "年度", "値"], required: 4 },
  budgets: { name: "予算", columns: ["事業コード", "年度", "区分", "金額（千円）"], required: 4 },
} as const;

export const PLAN_SHEET = "計画";
const DIRECTIONS: Readonly<Record<string, Direction>> = {
  増加: "increase",
  減少: "decrease",
  維持: "maintain",
};
const BUDGET_KINDS = ["予算", "当初", "補正", "決算", "決算見込"] as const;
/** Reference series names as people write them → the series the rule engine reads. */
const SERIES: Readonly<Record<string, string>> = {
  全国: "national",
  全国平均: "national",
  national: "national",
};

const LIST_SEPARATOR = /[、,，;；\n]+/;
const splitList = (s: string) =>
  s
    .split(LIST_SEPARATOR)
    .map((x) => x.trim())
    .filter(Boolean);

export interface PlanSetupRead {
  document: ParsedDocument | null;
  problems: CellProblem[];
  planKey: string | null;
  planName: string | null;
}

type Row = {
  n: number;
  cell: (col: string) => Cell;
  text: (col: string) => string;
  at: (col: string) => string;
};

function tableRows(sheet: Sheet | undefined, columns: readonly string[], problems: CellProblem[]): Row[] {
  if (!sheet) return [];
  const header = findHeader(sheet, [columns[0]!]);
  if (!header) {
    problems.push({
      sheet: sheet.name,
      row: 0,
      column: "",
      message: `見出しの行（「${columns.join("」「")}」）が見つかりません。ひな形の見出しを消さないでください。`,
    });
    return [];
  }
  const colOf = (name: string) => header.columns.get(nameKey(name));
  const out: Row[] = [];
  for (const n of [...sheet.rows.keys()].filter((x) => x > header.row).sort((a, b) => a - b)) {
    const cells = sheet.rows.get(n)!;
    const cell = (col: string) => {
      const c = colOf(col);
      return c === undefined ? ({ kind: "empty" } as Cell) : cellAt(cells, c);
    };
    if (columns.every((col) => cell(col).kind === "empty")) continue;
    out.push({
      n,
      cell,
      text: (col) => cellText(cell(col)),
      at: (col) => (colOf(col) === undefined ? "" : columnLetter(colOf(col)!)),
    });
  }
  return out;
}

/** A decimal as exact text from a cell: numbers, numbers stored as text, full-width digits. */
function decimalOf(c: Cell): string | null {
  if (c.kind === "number") return parseDecimal(numberText(c.value)) ? numberText(c.value) : null;
  if (c.kind !== "text") return null;
  const n = parseNumber(c.text);
  if (!n) return null;
  const s = n.value;
  const neg = s.units < 0n;
  const digits = (neg ? -s.units : s.units).toString().padStart(s.scale + 1, "0");
  return `${neg ? "-" : ""}${digits.slice(0, digits.length - s.scale)}${s.scale ? "." + digits.slice(-s.scale) : ""}`;
}

export function readPlanSetup(book: Book, profileIds: readonly string[]): PlanSetupRead {
  const problems: CellProblem[] = [];
  const sheetOf = (name: string) => book.sheets.find((s) => s.name === name);
  const fail = (sheet: string, row: number, column: string, message: string) =>
    problems.push({ sheet, row, column, message });

  // 計画: label in column A, value in column B.
  const planSheet = sheetOf(PLAN_SHEET);
  const fields = new Map<string, { row: number; cell: Cell }>();
  if (!planSheet) fail(PLAN_SHEET, 0, "", "「計画」シートがありません。ひな形を使ってください。");
  else {
    for (const [n, cells] of planSheet.rows) {
      const label = nameKey(cellText(cellAt(cells, 1)));
      if (label) fields.set(label, { row: n, cell: cellAt(cells, 2) });
    }
  }
  const field = (label: string) => fields.get(nameKey(label));
  const planText = (label: string, required: boolean) => {
    const f = field(label);
    const v = f ? cellText(f.cell) : "";
    if (required && !v && planSheet)
      fail(
        PLAN_SHEET,
        f?.row ?? 0,
        f ? "B" : "",
        `「${label}」を入力してください（A列に「${label}」、B列に値）。`,
      );
    return v;
  };
  const planYear = (label: string) => {
    const f = field(label);
    if (!f || f.cell.kind === "empty") return null;
    const y = yearOf(f.cell);
    if (y === null)
      fail(
        PLAN_SHEET,
        f.row,
        "B",
        `${label}が読めません: 「${cellText(f.cell)}」。西暦（2024）か和暦（R6）で入力してください。`,
      );
    return y;
  };
  const key = planText(PLAN_FIELDS.key, true);
  if (key && !/^[a-z0-9][a-z0-9-]{1,62}$/.test(key))
    fail(
      PLAN_SHEET,
      field(PLAN_FIELDS.key)!.row,
      "B",
      `キーは英小文字・数字・ハイフンで入力してください（例: sample-city-sogo）: 「${key}」`,
    );
  const name = planText(PLAN_FIELDS.name, true);
  const organization = planText(PLAN_FIELDS.organization, true);
  const profile = planText(PLAN_FIELDS.profile, true);
  if (profile && !profileIds.includes(profile))
    fail(
      PLAN_SHEET,
      field(PLAN_FIELDS.profile)!.row,
      "B",
      `評価ルール「${profile}」はありません。次のいずれかを入力してください: ${profileIds.join("、")}`,
    );
  const from = planYear(PLAN_FIELDS.from);
  const to = planYear(PLAN_FIELDS.to);
  if (from !== null && to !== null && to < from)
    fail(PLAN_SHEET, field(PLAN_FIELDS.to)!.row, "B", "終了年度が開始年度より前です。");
  const editionText = planText(PLAN_FIELDS.edition, false);

  // 体系
  const S = SETUP_SHEETS;
  const requiredCols = (sheet: string, r: Row, cols: readonly string[]) =>
    cols.every((col) => {
      if (r.text(col)) return true;
      fail(sheet, r.n, r.at(col), `「${col}」を入力してください。`);
      return false;
    });
  const nodeRows = tableRows(sheetOf(S.nodes.name), S.nodes.columns, problems);
  if (planSheet && !sheetOf(S.nodes.name))
    fail(S.nodes.name, 0, "", "「体系」シートがありません。ひな形を使ってください。");
  const nodes = new Map<
    string,
    { row: Row; parent: string; level: string; name: string; departments: string[] }
  >();
  for (const r of nodeRows) {
    if (!requiredCols(S.nodes.name, r, S.nodes.columns.slice(0, 1).concat(["階層", "名称"]))) continue;
    const code = r.text("コード");
    if (nodes.has(code)) {
      fail(S.nodes.name, r.n, r.at("コード"), `コード「${code}」は${nodes.get(code)!.row.n}行にもあります。`);
      continue;
    }
    nodes.set(code, {
      row: r,
      parent: r.text("親コード"),
      level: r.text("階層"),
      name: r.text("名称"),
      departments: splitList(r.text("担当課")),
    });
  }
  for (const [code, n] of nodes) {
    if (n.parent && !nodes.has(n.parent))
      fail(
        S.nodes.name,
        n.row.n,
        n.row.at("親コード"),
        `親コード「${n.parent}」が「体系」シートにありません。`,
      );
    // A cycle of parents would never reach the root.
    const seen = new Set([code]);
    for (let p = n.parent; p && nodes.has(p); p = nodes.get(p)!.parent) {
      if (seen.has(p)) {
        fail(
          S.nodes.name,
          n.row.n,
          n.row.at("親コード"),
          "親コードをたどると元に戻ります（循環しています）。",
        );
        break;
      }
      seen.add(p);
    }
  }

  // 事業
  const programs = new Map<
    string,
    { row: Row; name: string; department: string; links: string[]; summary: string }
  >();
  for (const r of tableRows(sheetOf(S.programs.name), S.programs.columns, problems)) {
    if (!requiredCols(S.programs.name, r, ["事業コード", "事業名"])) continue;
    const code = r.text("事業コード");
    if (programs.has(code)) {
      fail(
        S.programs.name,
        r.n,
        r.at("事業コード"),
        `事業コード「${code}」は${programs.get(code)!.row.n}行にもあります。`,
      );
      continue;
    }
    const links = splitList(r.text("掲載先コード"));
    for (const l of links)
      if (!nodes.has(l))
        fail(
          S.programs.name,
          r.n,
          r.at("掲載先コード"),
          `掲載先コード「${l}」が「体系」シートにありません。`,
        );
    programs.set(code, {
      row: r,
      name: r.text("事業名"),
      department: r.text("担当課"),
      links,
      summary: r.text("概要"),
    });
  }

  // 指標
  const indicators = new Map<
    string,
    {
      row: Row;
      node: string;
      name: string;
      unit: string;
      direction: Direction;
      baseline?: { year: number | null; value: string | null };
      source: string;
    }
  >();
  for (const r of tableRows(sheetOf(S.indicators.name), S.indicators.columns, problems)) {
    if (!requiredCols(S.indicators.name, r, ["指標コード", "施策コード", "指標名", "方向"])) continue;
    const code = r.text("指標コード");
    if (indicators.has(code)) {
      fail(
        S.indicators.name,
        r.n,
        r.at("指標コード"),
        `指標コード「${code}」は${indicators.get(code)!.row.n}行にもあります。`,
      );
      continue;
    }
    const node = r.text("施策コード");
    if (!nodes.has(node))
      fail(S.indicators.name, r.n, r.at("施策コード"), `施策コード「${node}」が「体系」シートにありません。`);
    const direction = DIRECTIONS[r.text("方向")];
    if (!direction)
      fail(
        S.indicators.name,
        r.n,
        r.at("方向"),
        `方向は 増加・減少・維持 のいずれかを入力してください: 「${r.text("方向")}」`,
      );
    let baseline: { year: number | null; value: string | null } | undefined;
    if (r.cell("基準年度").kind !== "empty" || r.cell("基準値").kind !== "empty") {
      const year = r.cell("基準年度").kind === "empty" ? null : yearOf(r.cell("基準年度"));
      if (year === null && r.cell("基準年度").kind !== "empty")
        fail(
          S.indicators.name,
          r.n,
          r.at("基準年度"),
          `基準年度が読めません: 「${r.text("基準年度")}」。西暦か和暦で入力してください。`,
        );
      const value = r.cell("基準値").kind === "empty" ? null : decimalOf(r.cell("基準値"));
      if (value === null && r.cell("基準値").kind !== "empty")
        fail(
          S.indicators.name,
          r.n,
          r.at("基準値"),
          `基準値は数値で入力してください: 「${r.text("基準値")}」`,
        );
      baseline = { year, value };
    }
    indicators.set(code, {
      row: r,
      node,
      name: r.text("指標名"),
      unit: r.text("単位"),
      direction: direction ?? "increase",
      ...(baseline ? { baseline } : {}),
      source: r.text("出典"),
    });
  }
  const indicatorRef = (sheet: string, r: Row) => {
    const code = r.text("指標コード");
    if (!indicators.has(code)) {
      fail(sheet, r.n, r.at("指標コード"), `指標コード「${code}」が「指標」シートにありません。`);
      return null;
    }
    return code;
  };
  const yearCell = (sheet: string, r: Row, col = "年度") => {
    const y = yearOf(r.cell(col));
    if (y === null)
      fail(
        sheet,
        r.n,
        r.at(col),
        `${col}が読めません: 「${r.text(col)}」。西暦（2024）か和暦（R6、令和6年度）で入力してください。`,
      );
    return y;
  };
  const valueCell = (sheet: string, r: Row, col: string) => {
    const c = r.cell(col);
    if (c.kind === "uncalculated") {
      fail(
        sheet,
        r.n,
        r.at(col),
        "数式の結果が保存されていません。Excel で開いて再計算し、保存し直してください。",
      );
      return null;
    }
    const v = decimalOf(c);
    if (v === null) fail(sheet, r.n, r.at(col), `数値を入力してください: 「${r.text(col)}」`);
    return v;
  };

  // 目標
  const targets = new Map<string, TargetInput[]>();
  for (const r of tableRows(sheetOf(S.targets.name), S.targets.columns, problems)) {
    if (!requiredCols(S.targets.name, r, ["指標コード", "年度", "目標値"])) continue;
    const code = indicatorRef(S.targets.name, r);
    const year = yearCell(S.targets.name, r);
    const text = r.text("目標値");
    const isFinal = /^(○|〇|◯|はい|最終|true|1)$/i.test(r.text("最終"));
    let t: TargetInput | null = null;
    if (year !== null) {
      const period = { from: year, to: year };
      if (/^現状値以上$/.test(text)) t = { period, kind: "baseline_or_more", isFinal, label: text };
      else if (/^全国(平均値|水準)$/.test(text))
        t = { period, kind: "reference", referenceSeries: "national", isFinal, label: text };
      else {
        const v = valueCell(S.targets.name, r, "目標値");
        if (v !== null) t = { period, kind: "absolute", value: v, isFinal };
      }
    }
    if (code && t) targets.set(code, [...(targets.get(code) ?? []), t]);
  }

  // 実績 and 参考値
  const observations: ObservationInput[] = [];
  const obsSeen = new Map<string, number>();
  const addObservation = (sheet: string, r: Row, o: ObservationInput, at: string) => {
    const k = `${o.indicatorKey}|${o.series}|${o.period.from}`;
    if (obsSeen.has(k)) {
      fail(sheet, r.n, at, `同じ指標・年度の値が${obsSeen.get(k)}行にもあります。`);
      return;
    }
    obsSeen.set(k, r.n);
    observations.push(o);
  };
  const indicatorKey = (code: string) => `${key}:${code}`;
  let latestActual = 0;
  for (const r of tableRows(sheetOf(S.actuals.name), S.actuals.columns, problems)) {
    if (!requiredCols(S.actuals.name, r, ["指標コード", "年度"])) continue;
    const code = indicatorRef(S.actuals.name, r);
    const year = yearCell(S.actuals.name, r);
    const status = r.text("状況");
    const hasValue = r.cell("実績値").kind !== "empty";
    if (!hasValue && !status) {
      fail(S.actuals.name, r.n, r.at("実績値"), "実績値か状況のどちらかを入力してください。");
      continue;
    }
    if (status && !(ACTUAL_STATUSES as readonly string[]).includes(status)) {
      fail(
        S.actuals.name,
        r.n,
        r.at("状況"),
        `状況は次のいずれかを入力してください: ${ACTUAL_STATUSES.join("、")}`,
      );
      continue;
    }
    const value = hasValue ? valueCell(S.actuals.name, r, "実績値") : null;
    if (!code || year === null || (hasValue && value === null)) continue;
    if (value !== null) latestActual = Math.max(latestActual, year);
    addObservation(
      S.actuals.name,
      r,
      {
        indicatorKey: indicatorKey(code),
        series: "actual",
        period: { from: year, to: year },
        ...(value !== null ? { value } : {}),
        ...(status ? { status: (status === "その他" ? "－" : status) as ObservationStatus } : {}),
        ...(r.text("備考") ? { note: r.text("備考") } : {}),
        line: r.n,
      },
      r.at("年度"),
    );
  }
  for (const r of tableRows(sheetOf(S.references.name), S.references.columns, problems)) {
    if (!requiredCols(S.references.name, r, ["指標コード", "系列", "年度", "値"])) continue;
    const code = indicatorRef(S.references.name, r);
    const year = yearCell(S.references.name, r);
    const value = valueCell(S.references.name, r, "値");
    const series = SERIES[r.text("系列")] ?? r.text("系列");
    if (!code || year === null || value === null) continue;
    addObservation(
      S.references.name,
      r,
      { indicatorKey: indicatorKey(code), series, period: { from: year, to: year }, value, line: r.n },
      r.at("年度"),
    );
  }

  // 予算
  const budgetLines: BudgetLineInput[] = [];
  for (const r of tableRows(sheetOf(S.budgets.name), S.budgets.columns, problems)) {
    if (!requiredCols(S.budgets.name, r, ["事業コード", "年度", "区分", "金額（千円）"])) continue;
    const code = r.text("事業コード");
    if (!programs.has(code))
      fail(S.budgets.name, r.n, r.at("事業コード"), `事業コード「${code}」が「事業」シートにありません。`);
    const year = yearCell(S.budgets.name, r);
    const kind = r.text("区分");
    if (!(BUDGET_KINDS as readonly string[]).includes(kind))
      fail(
        S.budgets.name,
        r.n,
        r.at("区分"),
        `区分は次のいずれかを入力してください: ${BUDGET_KINDS.join("、")}`,
      );
    const amount = valueCell(S.budgets.name, r, "金額（千円）");
    if (amount !== null && !(/^\d+$/.test(amount) && amount.length <= MAX_INTEGER_DIGITS)) {
      fail(
        S.budgets.name,
        r.n,
        r.at("金額（千円）"),
        `金額は千円単位の0以上の整数（${MAX_INTEGER_DIGITS}桁まで）で入力してください: 「${r.text("金額（千円）")}」`,
      );
      continue;
    }
    if (!programs.has(code) || year === null || amount === null) continue;
    budgetLines.push({
      programKey: `${key}:program:${code}`,
      fiscalYear: year,
      kind,
      amount: BigInt(amount),
      scale: 3,
      standalone: true,
      line: r.n,
    });
  }

  if (problems.length || !key)
    return { document: null, problems, planKey: key || null, planName: name || null };

  // The document model: keys prefixed with the plan's key, so that two plans' codes never meet.
  const nodeKey = (code: string) => `${key}:${code}`;
  const depth = (code: string): number => {
    const p = nodes.get(code)?.parent;
    return p ? 1 + depth(p) : 0;
  };
  const nodeCodes = [...nodes.keys()];
  const ordered = [...nodeCodes].sort(
    (a, b) => depth(a) - depth(b) || nodeCodes.indexOf(a) - nodeCodes.indexOf(b),
  );
  const levelsFromTree = [...new Set(ordered.map((c) => nodes.get(c)!.level))];
  const levelsText = planText(PLAN_FIELDS.levels, false);
  const departments = new Set<string>();
  const nodeInputs: NodeInput[] = ordered.map((code) => {
    const n = nodes.get(code)!;
    n.departments.forEach((d) => departments.add(d));
    return {
      key: nodeKey(code),
      planKey: key,
      ...(n.parent ? { parentKey: nodeKey(n.parent) } : {}),
      level: n.level,
      code,
      name: n.name,
      sortOrder: nodeCodes.indexOf(code) + 1,
      departments: n.departments,
      line: n.row.n,
    };
  });
  const programInputs: ProgramInput[] = [];
  const links: ProgramLinkInput[] = [];
  let linkOrder = 0;
  for (const [code, p] of programs) {
    if (p.department) departments.add(p.department);
    programInputs.push({
      key: `${key}:program:${code}`,
      code,
      name: p.name,
      ...(p.department ? { department: p.department } : {}),
      ...(p.summary ? { summary: p.summary } : {}),
      line: p.row.n,
    });
    p.links.forEach((l, i) =>
      links.push({
        programKey: `${key}:program:${code}`,
        nodeKey: nodeKey(l),
        sortOrder: ++linkOrder,
        relisted: i > 0,
      }),
    );
  }
  const indicatorInputs: IndicatorInput[] = [];
  const usages: IndicatorUsageInput[] = [];
  let usageOrder = 0;
  for (const [code, i] of indicators) {
    indicatorInputs.push({
      key: indicatorKey(code),
      name: i.name,
      unit: i.unit,
      direction: i.direction,
      measure: "quantitative",
      ...(i.source ? { source: i.source } : {}),
      line: i.row.n,
    });
    usages.push({
      indicatorKey: indicatorKey(code),
      nodeKey: nodeKey(i.node),
      displayName: i.name,
      sortOrder: ++usageOrder,
      role: "成果指標",
      ...(i.baseline
        ? {
            baseline: {
              ...(i.baseline.year !== null ? { period: { from: i.baseline.year, to: i.baseline.year } } : {}),
              ...(i.baseline.value !== null ? { value: i.baseline.value } : {}),
            },
          }
        : {}),
      targets: targets.get(code) ?? [],
      line: i.row.n,
    });
  }
  const edition = editionText || String(latestActual || to || from || new Date().getUTCFullYear());
  const document: ParsedDocument = {
    kind: PLAN_SETUP_KIND,
    key: `plan-setup/${key}`,
    title: `${name}（計画設定ブック）`,
    edition,
    plans: [
      {
        key,
        name,
        organization,
        ...(from !== null || to !== null ? { period: { from: from ?? to!, to: to ?? from! } } : {}),
        levels: levelsText ? splitList(levelsText) : levelsFromTree,
        ruleProfile: profile,
      },
    ],
    departments: [...departments],
    nodes: nodeInputs,
    programs: programInputs,
    programLinks: links,
    budgetLines,
    indicators: indicatorInputs,
    usages,
    observations,
    nodeEvaluations: [],
    programEvaluations: [],
    planLinks: [],
    printedTotals: [],
    supportOrganizations: [],
  };
  return { document, problems, planKey: key, planName: name };
}

// ---- the template ------------------------------------------------------------------------------------

const HEAD_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8E8E8" } };
type Validations = { add(range: string, v: ExcelJS.DataValidation): void };
const list = (options: readonly string[]): ExcelJS.DataValidation => ({
  type: "list",
  allowBlank: true,
  formulae: [`"${options.join(",")}"`],
  showErrorMessage: true,
  errorStyle: "stop",
  error: `一覧から選んでください: ${options.join("、")}`,
});

/** The plan set-up template: every sheet with its headers, drop-down lists, and the instructions. */
export async function writePlanSetupTemplate(profileIds: readonly string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Hyoka";
  wb.created = new Date(Date.UTC(2000, 0, 1));
  const help = wb.addWorksheet("説明");
  help.getColumn(1).width = 110;
  const lines = [
    "Hyoka 計画設定ブック",
    "",
    "計画・体系（政策・施策などの木）・事業と掲載先・指標・目標・実績・参考値・予算・評価ルールを、このブック1冊で登録・更新します。",
    "取り込み: 管理者か計画の政策評価担当が、hyoka import <ファイル> --apply か、API（POST /api/plan-setup）で取り込みます。",
    "同じキーの計画をもう一度取り込むと、このブックの内容で置き換わります（コードが同じ施策・事業・指標は同じものとして更新）。",
    "誤りが一つでもあると何も登録されず、誤りのあるセル（シート・行・列）がすべて示されます。",
    "",
    "■ 計画: A列の項目ごとに B列に入力します。",
    `  キー（英小文字・数字・ハイフン）、名称、団体、開始年度・終了年度（西暦か和暦）、評価ルール（${profileIds.join(" / ")}）、`,
    "  階層（上から順に、読点区切り。例: 政策、施策）、時点（実績値がいつ時点のものか。省略時は実績の最新年度）",
    "■ 体系: コード、親コード（最上位は空欄）、階層、名称、担当課（複数は読点区切り）",
    "■ 事業: 事業コード、事業名、担当課、掲載先コード（体系のコード。複数なら2つ目からは再掲）、概要",
    "■ 指標: 指標コード、施策コード、指標名、単位、方向（増加・減少・維持）、基準年度、基準値、出典",
    "■ 目標: 指標コード、年度、目標値（数値。現状値以上・全国平均値も可）、最終（最終目標なら ○）",
    `■ 実績: 指標コード、年度、実績値、状況（${ACTUAL_STATUSES.join("・")}。値がないとき）、備考`,
    "■ 参考値: 指標コード、系列（全国 など）、年度、値（全国平均値を目標とする指標の比較に使います）",
    `■ 予算: 事業コード、年度、区分（${BUDGET_KINDS.join("・")}）、金額（千円、整数）`,
    "",
    "数値は全角でも、文字列として入っていても読めます。年度は 2024、R6、令和6年度、日付（その年度）のどれでも構いません。",
  ];
  lines.forEach((t, i) => {
    const c = help.getCell(`A${i + 1}`);
    c.value = t;
    if (i === 0) c.font = { bold: true, size: 14 };
  });

  const plan = wb.addWorksheet(PLAN_SHEET);
  plan.getColumn(1).width = 16;
  plan.getColumn(2).width = 48;
  plan.addRow(["項目", "値"]).font = { bold: true };
  for (const label of Object.values(PLAN_FIELDS)) plan.addRow([label, null]);
  const profileRow = Object.values(PLAN_FIELDS).indexOf(PLAN_FIELDS.profile) + 2;
  (plan as unknown as { dataValidations: Validations }).dataValidations.add(
    `B${profileRow}`,
    list(profileIds),
  );

  for (const s of Object.values(SETUP_SHEETS)) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: "frozen", ySplit: 1 }] });
    const head = ws.addRow([...s.columns]);
    head.font = { bold: true };
    head.eachCell((c) => (c.fill = HEAD_FILL));
    s.columns.forEach((_, i) => (ws.getColumn(i + 1).width = 16));
    const v = (ws as unknown as { dataValidations: Validations }).dataValidations;
    if (s === SETUP_SHEETS.indicators) v.add("E2:E2000", list(Object.keys(DIRECTIONS)));
    if (s === SETUP_SHEETS.targets) v.add("D2:D2000", list(["○"]));
    if (s === SETUP_SHEETS.actuals) v.add("D2:D5000", list(ACTUAL_STATUSES));
    if (s === SETUP_SHEETS.budgets) v.add("C2:C5000", list(BUDGET_KINDS));
  }
  const meta = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
  meta.addRow(["形式", PLAN_SETUP_FORMAT]);
  meta.addRow(["版", FORMAT_VERSION]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
