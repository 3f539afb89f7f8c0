// 関連事業 as a workbook: an index sheet (one row per program), then one sheet per program, pillar by
// pillar.
import { ESTIMATE_MARK, NONE, PROVISIONAL_FOOTNOTE, periodShort } from "../format.ts";
import { budgetText } from "../html/society5-catalogue.ts";
import type { Society5CatalogueReport } from "../models/society5-catalogue.ts";
import { reportTable } from "../tables.ts";
import {
  type Workbook,
  THIN,
  addSheet,
  addTableSheet,
  labelled,
  setAmount,
  setRate,
  styleHead,
  title,
} from "../xlsx.ts";

const WIDTHS = [20, 90];

export function society5CatalogueXlsx(wb: Workbook, r: Society5CatalogueReport): void {
  addTableSheet(wb, reportTable(r, "programs"), "landscape", "一覧");
  for (const p of r.pillars)
    for (const s of p.sheets) {
      const ws = addSheet(wb, `${String(s.no).padStart(2, "0")} ${s.name}`, "portrait");
      ws.columns = WIDTHS.map((width) => ({ width }));
      title(ws, s.name, 2);
      labelled(ws, "柱", p.name, 2, WIDTHS[1]!);
      const budget = ws.addRow(["事業費（千円）"]);
      setAmount(budget.getCell(2), s.budget);
      budget.getCell(2).note = budgetText(s, r.year);
      budget.getCell(1).font = { bold: true };
      for (const c of [1, 2]) budget.getCell(c).border = THIN;
      if (!s.standalone) labelled(ws, "枠内・内数", s.budgetNote ?? "枠内・内数", 2, WIDTHS[1]!);
      labelled(ws, "目的", s.purpose, 2, WIDTHS[1]!);
      for (const i of s.items) labelled(ws, i.label, i.text, 2, WIDTHS[1]!);
      labelled(
        ws,
        "目標",
        s.targets.map((t) => `${t.label}\u3000${t.text}`).join("\n") || null,
        2,
        WIDTHS[1]!,
      );
      if (s.actuals.length)
        labelled(ws, "実績", s.actuals.map((t) => `${t.label}\u3000${t.text}`).join("\n"), 2, WIDTHS[1]!);
      labelled(ws, "担当課", s.department, 2, WIDTHS[1]!);
      if (s.indicators.length === 0) continue;
      ws.addRow([]);
      styleHead(ws.addRow(["指標", "目標値・実績値・達成率"]));
      for (const i of s.indicators) {
        const targets = i.targets
          .map((t) => `${periodShort(t.from, t.to)} ${t.value ?? t.label ?? NONE}`)
          .join("、");
        const actuals = i.actuals
          .map((a) => `${periodShort(a.from, a.to)} ${a.value ?? NONE}${a.estimate ? ESTIMATE_MARK : ""}`)
          .join("、");
        labelled(ws, i.name, `目標: ${targets || NONE}\n実績: ${actuals || NONE}`, 2, WIDTHS[1]!);
        const rate = ws.addRow(["達成率"]);
        setRate(rate.getCell(2), i.rate, i.provisional);
        if (i.provisional) labelled(ws, "注", PROVISIONAL_FOOTNOTE, 2, WIDTHS[1]!);
      }
    }
}
