// Writes a department's values workbook: the current values filled in, key columns locked (the sheet is
// protected without a password: it prevents slips, not intent), drop-down lists for statuses, ratings,
// 対応方針 and 方向性, number checks on number cells, the values at download in hidden columns (so that
// an upload can tell what the person changed from what changed in Hyoka meanwhile), and a hidden sheet
// naming the plan, year and department. Pure: the service hands in the rows.
import ExcelJS from "exceljs";
import {
  BUDGET_COLUMNS,
  FORMAT_VERSION,
  INDICATOR_COLUMNS,
  META_LABELS,
  META_SHEET,
  SHEETS,
  TEXT_COLUMNS,
  VALUES_FORMAT,
  type ValuesMeta,
} from "./layout.ts";

interface NodeRef {
  nodeId: number;
  nodeCode: string | null;
  nodeName: string;
}

export interface IndicatorRow extends NodeRef {
  indicatorId: number;
  indicatorName: string;
  unit: string;
  /** Digits after the point the indicator's values use. */
  scale: number;
  year: number;
  value: string | null;
  status: string | null;
  note: string | null;
  target: string | null;
  /** The actual is the support register's count: shown, locked and marked 台帳から (not entered). */
  fromRegister?: boolean;
}

export interface BudgetRow extends NodeRef {
  programId: number;
  programCode: string | null;
  programName: string;
  year: number;
  amount: string | null;
}

export interface TextRow extends NodeRef {
  field: string;
  label: string;
  value: string | null;
  /** The choices of a choice field; null for free text. */
  options: readonly string[] | null;
}

export interface ValuesWorkbookModel {
  meta: ValuesMeta;
  indicators: readonly IndicatorRow[];
  budgets: readonly BudgetRow[];
  texts: readonly TextRow[];
  statuses: readonly string[];
}

const HEAD_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8E8E8" } };
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF8DC" } };
const UNLOCKED: Partial<ExcelJS.Protection> = { locked: false };

type Validations = { add(range: string, v: ExcelJS.DataValidation): void };
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: Validations }).dataValidations;

const numberFormat = (scale: number) => (scale > 0 ? `#,##0.${"0".repeat(scale)}` : "#,##0");

const listOf = (options: readonly string[], title: string): ExcelJS.DataValidation => ({
  type: "list",
  allowBlank: true,
  formulae: [`"${options.join(",")}"`],
  showErrorMessage: true,
  errorStyle: "stop",
  errorTitle: title,
  error: `一覧から選んでください: ${options.join("、")}`,
});

const DECIMAL: ExcelJS.DataValidation = {
  type: "decimal",
  operator: "between",
  allowBlank: true,
  formulae: [-1e15, 1e15],
  showErrorMessage: true,
  errorStyle: "stop",
  errorTitle: "数値",
  error: "数値を入力してください（単位は列の見出しと「単位」列のとおり）。",
};

const WHOLE: ExcelJS.DataValidation = {
  type: "whole",
  operator: "between",
  allowBlank: true,
  formulae: [0, 1e15],
  showErrorMessage: true,
  errorStyle: "stop",
  errorTitle: "予算額",
  error: "予算額は千円単位の整数で入力してください。",
};

/** A sheet with its header row, column widths and hidden columns; key columns stay locked. */
function dataSheet(
  wb: ExcelJS.Workbook,
  name: string,
  headers: readonly string[],
  widths: readonly number[],
  hiddenFrom: number,
) {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow([...headers]);
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.eachCell((c) => (c.fill = HEAD_FILL));
  headers.forEach((_, i) => {
    const col = ws.getColumn(i + 1);
    col.width = widths[i] ?? 14;
    if (i + 1 >= hiddenFrom) col.hidden = true;
  });
  return ws;
}

const numeric = (text: string | null) => (text === null || text === "" ? null : Number(text));

function input(cell: ExcelJS.Cell, value: ExcelJS.CellValue, numFmt?: string) {
  cell.value = value;
  cell.protection = UNLOCKED;
  cell.fill = INPUT_FILL;
  if (numFmt) cell.numFmt = numFmt;
}

/** The comment on an actual the support register counts (台帳から); its cells stay locked and grey. */
export const REGISTER_CELL_NOTE =
  "台帳から: 支援台帳（相談案件の支援の記録）から集計される値です。入力できません。";

function fromRegister(row: ExcelJS.Row, value: ExcelJS.CellValue, numFmt: string) {
  const cell = row.getCell(6);
  cell.value = value;
  cell.numFmt = numFmt;
  cell.note = REGISTER_CELL_NOTE;
  for (const c of [6, 7, 8]) row.getCell(c).fill = HEAD_FILL;
}

async function protect(ws: ExcelJS.Worksheet) {
  await ws.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}

export async function writeValuesWorkbook(model: ValuesWorkbookModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Hyoka";
  wb.created = new Date(model.meta.downloadedAt);
  instructions(wb, model);

  // Indicator values: one row per indicator and year.
  const I = Object.values(INDICATOR_COLUMNS);
  const ind = dataSheet(wb, SHEETS.indicators, I, [12, 28, 30, 8, 8, 12, 12, 24, 12], 10);
  for (const r of model.indicators) {
    const row = ind.addRow([r.nodeCode ?? "", r.nodeName, r.indicatorName, r.unit, r.year]);
    const fmt = numberFormat(r.scale);
    if (r.fromRegister) fromRegister(row, numeric(r.value), fmt);
    else {
      input(row.getCell(6), numeric(r.value), fmt);
      input(row.getCell(7), r.status);
      input(row.getCell(8), r.note);
    }
    input(row.getCell(9), numeric(r.target), fmt);
    row.getCell(10).value = r.nodeId;
    row.getCell(11).value = r.indicatorId;
    row.getCell(12).value = r.value ?? "";
    row.getCell(13).value = r.status ?? "";
    row.getCell(14).value = r.note ?? "";
    row.getCell(15).value = r.target ?? "";
  }
  const last = Math.max(2, model.indicators.length + 1);
  validations(ind).add(`F2:F${last}`, DECIMAL);
  validations(ind).add(`I2:I${last}`, DECIMAL);
  validations(ind).add(`G2:G${last}`, listOf(model.statuses, "状況"));
  await protect(ind);

  // Budgets: one row per program listed under an item, for the evaluation year.
  const B = Object.values(BUDGET_COLUMNS);
  const bud = dataSheet(wb, SHEETS.budgets, B, [12, 28, 10, 36, 8, 16], 7);
  for (const r of model.budgets) {
    const row = bud.addRow([r.nodeCode ?? "", r.nodeName, r.programCode ?? "", r.programName, r.year]);
    input(row.getCell(6), numeric(r.amount), "#,##0");
    row.getCell(7).value = r.nodeId;
    row.getCell(8).value = r.programId;
    row.getCell(9).value = r.amount ?? "";
  }
  validations(bud).add(`F2:F${Math.max(2, model.budgets.length + 1)}`, WHOLE);
  await protect(bud);

  // Texts and choices: one row per field.
  const T = Object.values(TEXT_COLUMNS);
  const txt = dataSheet(wb, SHEETS.texts, T, [12, 28, 40, 60], 5);
  model.texts.forEach((r, i) => {
    const row = txt.addRow([r.nodeCode ?? "", r.nodeName, r.label]);
    input(row.getCell(4), r.value);
    row.getCell(4).alignment = { wrapText: true, vertical: "top" };
    row.getCell(5).value = r.nodeId;
    row.getCell(6).value = r.field;
    row.getCell(7).value = r.value ?? "";
    if (r.options) validations(txt).add(`D${i + 2}`, listOf(r.options, r.label));
  });
  await protect(txt);

  const meta = wb.addWorksheet(META_SHEET, { state: "veryHidden" });
  const m = model.meta;
  const metaValues: Record<keyof typeof META_LABELS, string | number> = {
    format: VALUES_FORMAT,
    version: FORMAT_VERSION,
    ...m,
  };
  for (const [k, label] of Object.entries(META_LABELS)) {
    meta.addRow([label, metaValues[k as keyof typeof META_LABELS]]);
  }
  await protect(meta);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function instructions(wb: ExcelJS.Workbook, model: ValuesWorkbookModel) {
  const ws = wb.addWorksheet(SHEETS.instructions);
  ws.getColumn(1).width = 110;
  const m = model.meta;
  const lines = [
    `${m.planName} ${m.fiscalYear}年度 評価 ─ ${m.departmentName} 入力用ブック`,
    `ダウンロード: ${m.downloadedAt}（${m.downloadedBy}）`,
    "",
    "■ 入力のしかた",
    `・「${SHEETS.indicators}」シート: 指標ごと・年度ごとの実績値、状況、備考、目標値（期待値・目安値）を入力します。`,
    "  実績値がまだないときは、実績値を空欄にして「状況」を一覧から選び、備考に理由を書いてください。",
    "  数値は列の「単位」で入力します（例: 万円の指標なら 1,057.2）。小数の桁数は今までの値に合わせてください。",
    `・「${SHEETS.budgets}」シート: 評価年度の事業ごとの予算額を千円単位の整数で入力します。`,
    `・「${SHEETS.texts}」シート: 分析、連携状況、緊急性・優先性、総合判定（案）と、事業ごとの対応方針番号・方向性を入力します。`,
    "  判定・対応方針番号・方向性は一覧から選んでください。",
    "・色の付いたセルだけが入力できます。施策コード・指標名・年度などの列は変更できません（保護されています）。",
    ...(model.indicators.some((r) => r.fromRegister)
      ? [
          "・「台帳から」のコメントが付いた灰色の実績値は、支援台帳（相談案件の支援の記録）から集計されるため入力できません。",
        ]
      : []),
    "・行や列を並べ替えたり、行を削除したりしても構いません。行を追加しても取り込まれません。",
    "",
    "■ 取り込み",
    "・Hyoka の評価作業ページ（ブックで一括入力）からアップロードするか、コマンド hyoka import <ファイル> --as <メールアドレス> で取り込みます。",
    "・取り込む前に、変更点（変更前 → 変更後）の一覧と、誤りのあるセル（シート・行・列）の一覧が表示されます。",
    "  誤りが一つでもあると、何も取り込まれません。直してからもう一度アップロードしてください。",
    "・ダウンロードの後に Hyoka 上で変更された値を、このブックで書き換えていた場合は「競合」として表示し、上書きしません。",
    "  その値は評価作業ページで確認してから入力し直してください。",
    "・自分の担当課の施策の行だけが取り込まれます。別の計画・別の年度のブックは取り込めません。",
    "・CSV で取り込むときは「実績値」シートと同じ列（見出し行つき）にしてください。文字コードは UTF-8（BOM 有無）と Shift_JIS に対応しています。",
    "",
    `■ このブック: 計画 ${m.planKey} ／ 評価年度 ${m.fiscalYear} ／ 担当課 ${m.departmentName}`,
  ];
  lines.forEach((text, i) => {
    const cell = ws.getCell(`A${i + 1}`);
    cell.value = text;
    if (i === 0) cell.font = { bold: true, size: 14 };
    else if (text.startsWith("■")) cell.font = { bold: true };
  });
}
