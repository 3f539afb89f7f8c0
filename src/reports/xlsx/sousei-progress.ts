// 推進状況 as a workbook: the rules sheet, then one sheet per project (themes with their programs,
// then the numerical targets and KPIs with 進捗率).
import type { Row } from "exceljs";
import { DIRECTION_LABEL, NONE, PROVISIONAL_FOOTNOTE, periodShort, shortEraYear } from "../format.ts";
import type { PeriodValue, ProgressKpi, SouseiProgressReport } from "../models/sousei-progress.ts";
import { reportTitle } from "../reports.ts";
import {
  type Workbook,
  type Worksheet,
  THIN,
  addSheet,
  fitHeight,
  heading,
  labelled,
  setAmount,
  setDecimal,
  setRate,
  styleHead,
  title,
} from "../xlsx.ts";

const WIDTHS = [10, 46, 16, 18, 22, 12, 40];
const LAST = WIDTHS.length;
const TEXT_WIDTH = WIDTHS.slice(1).reduce((a, b) => a + b, 0);

export function souseiProgressXlsx(wb: Workbook, r: SouseiProgressReport): void {
  const rules = addSheet(wb, "進捗率について", "landscape");
  rules.columns = WIDTHS.map((width) => ({ width }));
  title(rules, reportTitle(r), LAST);
  for (const x of r.rules) labelled(rules, x.label, x.text, LAST, TEXT_WIDTH);

  for (const p of r.projects) {
    const ws = addSheet(wb, [p.code, p.name].filter(Boolean).join(" "), "landscape");
    ws.columns = WIDTHS.map((width) => ({ width }));
    title(ws, [p.code, p.name].filter(Boolean).join(" "), LAST);
    for (const t of p.themes) {
      heading(ws, [t.code, t.name].filter(Boolean).join(" "));
      for (const x of t.texts) labelled(ws, x.label, x.text, LAST, TEXT_WIDTH);
      if (t.programs.length === 0) continue;
      const head = ws.addRow(["", "関連事業名", `${shortEraYear(r.year, r.asOf)}予算(千円)`, "取組状況"]);
      ws.mergeCells(head.number, 4, head.number, LAST);
      styleHead(head);
      for (const g of t.programs) {
        const row = ws.addRow([g.relisted ? "再掲" : "", g.name]);
        setAmount(row.getCell(3), g.budget);
        if (g.budgetNote) row.getCell(3).note = g.budgetNote;
        row.getCell(4).value = g.status;
        ws.mergeCells(row.number, 4, row.number, LAST);
        for (let c = 1; c <= LAST; c++) {
          row.getCell(c).border = THIN;
          row.getCell(c).alignment = { ...row.getCell(c).alignment, vertical: "top", wrapText: true };
        }
        fitHeight(
          row,
          g.status ?? "",
          WIDTHS.slice(3).reduce((a, b) => a + b, 0),
        );
      }
    }
    heading(ws, "関連する数値目標及び主な重要業績評価指標（KPI）");
    styleHead(
      ws.addRow(["区分", "指標", "戦略策定時", "実績値 (a)", "目標値 (b)", "進捗率 (a)/(b)", "備考"]),
    );
    const period = (v: { from: number; to: number }) => periodShort(v.from, v.to, r.asOf);
    for (const k of p.indicators) {
      const row = ws.addRow([
        k.role,
        `${k.name}（${k.unit || "－"}、${DIRECTION_LABEL[k.direction] ?? k.direction}）`,
      ]);
      setDecimal(row.getCell(3), k.baseline?.value ?? null);
      setDecimal(row.getCell(4), k.actual?.value ?? null, k.actual?.estimate);
      setDecimal(row.getCell(5), k.target?.value ?? k.target?.label ?? null);
      setRate(row.getCell(6), k.rate, k.provisional);
      row.getCell(7).value = [
        k.baseline?.from != null
          ? `策定時 ${periodShort(k.baseline.from, k.baseline.to ?? k.baseline.from, r.asOf)}`
          : null,
        k.actual ? `実績 ${period(k.actual)}` : null,
        k.target ? `目標 ${period(k.target)}` : null,
        k.footnote,
        k.provisional ? PROVISIONAL_FOOTNOTE : null,
        k.rate === null ? (k.rateReason ?? NONE) : null,
      ]
        .filter(Boolean)
        .join("、");
      const lines = k.national ? [row, nationalRow(ws, k.national, period)] : [row];
      for (const line of lines) {
        for (let c = 1; c <= LAST; c++) {
          line.getCell(c).border = THIN;
          line.getCell(c).alignment = { ...line.getCell(c).alignment, vertical: "top", wrapText: true };
        }
      }
    }
  }
}

/** The (全国) row under an indicator, as 003 prints it: the national values, no target, no rate. */
function nationalRow(
  ws: Worksheet,
  n: NonNullable<ProgressKpi["national"]>,
  period: (v: PeriodValue) => string,
): Row {
  const row = ws.addRow(["", "(全国)"]);
  setDecimal(row.getCell(3), n.baseline.value);
  setDecimal(row.getCell(4), n.actual?.value ?? null);
  row.getCell(6).value = NONE;
  row.getCell(7).value = [
    `策定時 ${period(n.baseline)}`,
    ...(n.actual ? [`実績 ${period(n.actual)}`] : []),
  ].join("、");
  return row;
}
