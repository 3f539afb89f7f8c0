// One document model → the bytes of one format. Renderers only lay out the model.
import { tableToCsv, describeUnmappable } from "./csv.ts";
import type { HtmlPage } from "./html.ts";
import { htmlDocument } from "./html.ts";
import { kihonHyokaHtml } from "./html/kihon-hyoka.ts";
import { society5CatalogueHtml } from "./html/society5-catalogue.ts";
import { souseiProgressHtml } from "./html/sousei-progress.ts";
import { visionProgressHtml } from "./html/vision-progress.ts";
import type { PdfRenderer } from "./pdf.ts";
import {
  type CsvEncoding,
  KIND_INFO,
  type ReportFormat,
  type ReportModel,
  reportFileName,
} from "./reports.ts";
import { reportTable } from "./tables.ts";
import { newWorkbook, workbookBytes } from "./xlsx.ts";
import { kihonHyokaXlsx } from "./xlsx/kihon-hyoka.ts";
import { society5CatalogueXlsx } from "./xlsx/society5-catalogue.ts";
import { souseiProgressXlsx } from "./xlsx/sousei-progress.ts";
import { visionProgressXlsx } from "./xlsx/vision-progress.ts";

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  html: "text/html; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export interface RenderedReport {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
  /** Things the user should know (characters CP932 cannot hold, a font that could not be embedded). */
  warnings: string[];
}

export interface RenderOptions {
  table?: string;
  encoding?: CsvEncoding;
  /** Needed for PDF. */
  pdf?: PdfRenderer;
}

export function reportHtml(model: ReportModel): HtmlPage {
  switch (model.kind) {
    case "kihon-hyoka":
      return kihonHyokaHtml(model);
    case "sousei-progress":
      return souseiProgressHtml(model);
    case "vision-progress":
      return visionProgressHtml(model);
    case "society5-catalogue":
      return society5CatalogueHtml(model);
  }
}

export async function reportWorkbook(model: ReportModel): Promise<Uint8Array> {
  const wb = newWorkbook();
  switch (model.kind) {
    case "kihon-hyoka":
      kihonHyokaXlsx(wb, model);
      break;
    case "sousei-progress":
      souseiProgressXlsx(wb, model);
      break;
    case "vision-progress":
      visionProgressXlsx(wb, model);
      break;
    case "society5-catalogue":
      society5CatalogueXlsx(wb, model);
      break;
  }
  return workbookBytes(wb);
}

export async function renderReport(
  model: ReportModel,
  format: ReportFormat,
  options: RenderOptions = {},
): Promise<RenderedReport> {
  const table = options.table ?? KIND_INFO[model.kind].tables[0]!.name;
  const done = (bytes: Uint8Array, warnings: string[] = []): RenderedReport => ({
    bytes,
    contentType:
      format === "csv" && options.encoding === "cp932"
        ? "text/csv; charset=Shift_JIS"
        : CONTENT_TYPES[format],
    fileName: reportFileName(model, format, format === "csv" ? table : undefined),
    warnings,
  });
  switch (format) {
    case "html":
      return done(new TextEncoder().encode(htmlDocument(reportHtml(model))));
    case "xlsx":
      return done(await reportWorkbook(model));
    case "csv": {
      const csv = tableToCsv(reportTable(model, table), options.encoding ?? "utf8");
      return done(
        csv.bytes,
        csv.unmappable.map((u) => `Shift_JIS にない文字を「?」にしました: ${describeUnmappable(u)}`),
      );
    }
    case "pdf": {
      if (!options.pdf) throw new Error("PDF renderer missing");
      const r = await options.pdf.render(reportHtml(model));
      return done(r.bytes, r.warnings);
    }
  }
}
