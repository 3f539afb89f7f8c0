// 基本評価調書 as a workbook: one sheet per measure, in the sheet's order (texts, budget, indicator
// tables, evaluation, the program table with its totals row). Amounts and rates are numbers.
import {
  DIRECTION_LABEL,
  PROVISIONAL_FOOTNOTE,
  PROVISIONAL_MARK,
  fiscalYearLabel,
  formatPrintedAmount,
  shortEraYear,
  shortYearLabel,
} from "../format.ts";
import type { KihonHyokaSheet } from "../models/kihon-hyoka.ts";
import { type KihonHyokaBook, sheetTitle } from "../reports.ts";
import {
  type Workbook,
  type Worksheet,
  THIN,
  addSheet,
  heading,
  labelled,
  setAmount,
  setDecimal,
  setRate,
  styleHead,
  title,
} from "../xlsx.ts";

const COLUMNS = [
  ["事業番号", 10],
  ["区分", 6],
  ["事務事業名", 28],
  ["事業概要", 40],
  ["担当課", 14],
  ["事業費（千円）", 12],
  ["うち一般財源", 12],
  ["本庁人工", 9],
  ["出先人工", 9],
  ["人工計", 9],
  ["トータルコスト", 12],
  ["対応方針番号", 9],
  ["方向性", 16],
] as const;
const LAST = COLUMNS.length;
/** Width of the merged text cells (columns B..M). */
const TEXT_WIDTH = COLUMNS.slice(1).reduce((a, [, w]) => a + w, 0);
/** Indicator figures start at column F; up to five years, then the final target, rate and grade. */
const FIGURES_FROM = 6;
const MAX_YEARS = 5;

export function kihonHyokaXlsx(wb: Workbook, book: KihonHyokaBook): void {
  for (const s of book.sheets) sheet(wb, s);
}

function mergedLabel(ws: Worksheet, rowNumber: number, text: string) {
  ws.mergeCells(rowNumber, 1, rowNumber, FIGURES_FROM - 1);
  const c = ws.getRow(rowNumber).getCell(1);
  c.value = text;
  c.font = { bold: true };
}

function sheet(wb: Workbook, s: KihonHyokaSheet) {
  const ws = addSheet(wb, s.node.code ?? s.node.name, "landscape");
  ws.columns = COLUMNS.map(([, width]) => ({ width }));
  title(ws, `${fiscalYearLabel(s.evaluationYear)} 基本評価調書 ${sheetTitle(s)}`, LAST);
  ws.addRow([`担当: ${s.node.departments.join("、")}`]);
  labelled(ws, "施策名", `${s.node.name}${s.node.code ? `（${s.node.code}）` : ""}`, LAST, TEXT_WIDTH);
  labelled(
    ws,
    "政策名",
    s.parent ? `${s.parent.name}${s.parent.code ? `（${s.parent.code}）` : ""}` : null,
    LAST,
    TEXT_WIDTH,
  );
  labelled(ws, "関連重点戦略計画等", s.planLinks.join("、") || null, LAST, TEXT_WIDTH);
  labelled(ws, "総合判定", s.evaluation.overallJudgement, LAST, TEXT_WIDTH);
  heading(ws, "施策の概要と成果");
  for (const t of s.texts) labelled(ws, t.label, t.text, LAST, TEXT_WIDTH);

  heading(ws, "予算");
  const budgetRow = (label: string, amount: number | null, text?: string) => {
    const row = ws.addRow([]);
    mergedLabel(ws, row.number, label);
    if (text !== undefined) row.getCell(FIGURES_FROM).value = text;
    else setAmount(row.getCell(FIGURES_FROM), amount);
  };
  budgetRow(
    `事務事業の事業費 計（${fiscalYearLabel(s.programs.fiscalYear)}、千円）`,
    s.programs.totals.amount,
  );
  budgetRow("うち一般財源（千円）", s.programs.totals.generalRevenue);
  for (const b of s.printedBudget)
    budgetRow(`施策の${b.label}（調書の記載）`, null, formatPrintedAmount(b.text));

  heading(ws, "成果指標（指標分析）");
  for (const i of s.indicators) {
    const years = i.years.slice(-MAX_YEARS);
    const name = ws.addRow([`指標名${"①②③④⑤⑥⑦⑧⑨⑩"[i.no - 1] ?? i.no}`, i.name]);
    ws.mergeCells(name.number, 2, name.number, LAST);
    name.getCell(1).font = { bold: true };
    name.getCell(2).font = { bold: true };
    const head = ws.addRow([]);
    mergedLabel(ws, head.number, `${DIRECTION_LABEL[i.direction] ?? i.direction}\u3000${i.unit}`);
    const labels = [
      ...years.map((y) => shortYearLabel(y.to, i.yearBasis)),
      i.final ? `最終目標（${shortEraYear(i.final.to)}）` : "最終目標",
      "達成率",
      "指標判定",
    ];
    labels.forEach((l, k) => (head.getCell(FIGURES_FROM + k).value = l));
    styleHead(head);
    const target = ws.addRow([]);
    mergedLabel(ws, target.number, "目標値");
    years.forEach((y, k) => setDecimal(target.getCell(FIGURES_FROM + k), y.target));
    const after = FIGURES_FROM + years.length;
    setDecimal(target.getCell(after), i.final ? (i.final.value ?? i.final.label) : null);
    setRate(target.getCell(after + 1), i.rate, i.provisional);
    target.getCell(after + 2).value = i.grade ? `${i.grade}${i.provisional ? PROVISIONAL_MARK : ""}` : "－";
    target.getCell(after + 2).alignment = { horizontal: "center" };
    const actual = ws.addRow([]);
    mergedLabel(ws, actual.number, "実績値");
    years.forEach((y, k) =>
      setDecimal(actual.getCell(FIGURES_FROM + k), y.actual ?? y.actualStatus, y.estimate),
    );
    for (const r of [target, actual]) for (let c = 1; c <= after + 2; c++) r.getCell(c).border = THIN;
    labelled(ws, "指標公表時期", i.publication, LAST, TEXT_WIDTH);
    labelled(ws, "出典（根拠計画等）", i.source, LAST, TEXT_WIDTH);
    labelled(ws, "設定理由", i.rationale, LAST, TEXT_WIDTH);
    labelled(ws, "分析（主な取組と成果）", i.analysis, LAST, TEXT_WIDTH);
    if (i.rate === null && i.rateReason) labelled(ws, "達成率なしの理由", i.rateReason, LAST, TEXT_WIDTH);
    if (i.provisional) labelled(ws, "注", PROVISIONAL_FOOTNOTE, LAST, TEXT_WIDTH);
  }

  const e = s.evaluation;
  const provisional = s.indicators.some((i) => i.provisional && i.grade !== null) ? PROVISIONAL_MARK : "";
  heading(ws, "取組分析と総合判定");
  labelled(ws, `連携状況（${e.coordinationMark ?? "－"}）`, e.coordination, LAST, TEXT_WIDTH);
  labelled(ws, `緊急性・優先性（${e.urgencyMark ?? "－"}）`, e.urgencyPriority, LAST, TEXT_WIDTH);
  if (e.confirmation) labelled(ws, "確認事項", `☑ ${e.confirmation}`, LAST, TEXT_WIDTH);
  labelled(ws, "指標判定", e.indicatorGrade && `${e.indicatorGrade}${provisional}`, LAST, TEXT_WIDTH);
  labelled(ws, "総合判定", e.overallJudgement && `${e.overallJudgement}${provisional}`, LAST, TEXT_WIDTH);
  labelled(
    ws,
    `指標判定が「${e.lowestGrade ?? "Ｄ"}」の指標`,
    e.lowestGraded.join("、") || "－",
    LAST,
    TEXT_WIDTH,
  );
  labelled(ws, "翌年度に向けた対応方針", e.responsePolicy, LAST, TEXT_WIDTH);
  labelled(ws, "二次政策評価", e.secondaryEvaluation, LAST, TEXT_WIDTH);

  heading(ws, `事務事業（${fiscalYearLabel(s.programs.fiscalYear)}）`);
  styleHead(ws.addRow(COLUMNS.map(([label]) => label)));
  for (const p of s.programs.rows) {
    const row = ws.addRow([
      [p.code, p.relatedMeasureNo].filter(Boolean).join(" "),
      p.type,
      `${p.name}${p.relisted ? "【再掲】" : ""}`,
      p.summary,
      p.department,
    ]);
    setAmount(row.getCell(6), p.amount);
    setAmount(row.getCell(7), p.generalRevenue);
    setDecimal(row.getCell(8), p.staffHq);
    setDecimal(row.getCell(9), p.staffBranch);
    setDecimal(row.getCell(10), p.staffTotal);
    setAmount(row.getCell(11), p.totalCost);
    row.getCell(12).value = p.responsePolicyNo;
    row.getCell(13).value = p.direction;
    for (let c = 1; c <= LAST; c++) {
      const cell = row.getCell(c);
      cell.border = THIN;
      cell.alignment = { ...cell.alignment, vertical: "top", wrapText: true };
    }
  }
  const t = s.programs.totals;
  const total = ws.addRow([]);
  ws.mergeCells(total.number, 1, total.number, 5);
  total.getCell(1).value = "計";
  setAmount(total.getCell(6), t.amount);
  setAmount(total.getCell(7), t.generalRevenue);
  setDecimal(total.getCell(8), t.staffHq);
  setDecimal(total.getCell(9), t.staffBranch);
  setDecimal(total.getCell(10), t.staffTotal);
  setAmount(total.getCell(11), t.totalCost);
  for (let c = 1; c <= LAST; c++) {
    total.getCell(c).border = THIN;
    total.getCell(c).font = { bold: true };
  }
}
