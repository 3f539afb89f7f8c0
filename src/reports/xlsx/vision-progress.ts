// 進捗状況 as a workbook: the table on one sheet, years as columns, 【再掲】 rows shaded and marked.
import type { VisionProgressReport } from "../models/vision-progress.ts";
import { reportTitle } from "../reports.ts";
import { reportTable } from "../tables.ts";
import { type Workbook, addTableSheet } from "../xlsx.ts";

const RELISTED_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } } as const;

export function visionProgressXlsx(wb: Workbook, r: VisionProgressReport): void {
  const table = reportTable(r, "progress");
  const ws = addTableSheet(wb, table, "landscape", reportTitle(r));
  const relisted = table.columns.findIndex((c) => c.key === "relisted");
  // The header is row 2; records start at row 3.
  table.rows.forEach((row, i) => {
    if (row[relisted] !== "再掲") return;
    ws.getRow(i + 3).eachCell((c) => (c.fill = RELISTED_FILL));
  });
}
