import { PROVISIONAL_MARK, formatRate, reflow } from "./format.ts";

// The HTML every document is laid out in: one print-ready page shell (A4, @page, the Noto CJK fonts)
// and escaping. Data only ever enters the markup through `esc` or `text`, never raw.

/** Escapes text for HTML content and attribute values. */
export function esc(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value)
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Escaped text whose line breaks are kept (a `pre-line` block). */
export const text = (value: string | null | undefined, empty = "－") =>
  value === null || value === undefined || value.trim() === ""
    ? `<span class="none">${esc(empty)}</span>`
    : `<span class="pre">${esc(reflow(value.trim()))}</span>`;

export type Orientation = "portrait" | "landscape";

export interface HtmlPage {
  title: string;
  orientation: Orientation;
  /** The body, already escaped markup built from `esc`/`text`. */
  body: string;
}

/** Where the PDF renderer puts the font faces (file URLs of TrueType copies of Noto CJK). */
export interface FontFaces {
  regular?: string;
  bold?: string;
}

const CSS = (orientation: Orientation) => `
@page { size: A4 ${orientation}; margin: 12mm 10mm 14mm; }
@page wide { size: A4 landscape; margin: 12mm 10mm 14mm; }
.wide { page: wide; }
* { box-sizing: border-box; }
html { font-family: "Hyoka Noto Sans CJK JP", "Noto Sans CJK JP", "Noto Serif CJK JP", sans-serif; font-size: 8.5pt; color: #000; line-height: 1.45; }
body { margin: 0; }
h1 { font-size: 14pt; margin: 0 0 2mm; }
h2 { font-size: 11pt; margin: 4mm 0 1.5mm; border-left: 3pt solid #333; padding-left: 2mm; }
h3 { font-size: 9.5pt; margin: 3mm 0 1mm; }
p { margin: 0 0 1.5mm; }
.sheet { break-after: page; }
.sheet:last-child { break-after: auto; }
.meta { display: flex; justify-content: space-between; gap: 4mm; font-size: 8pt; margin-bottom: 2mm; }
table { border-collapse: collapse; width: 100%; margin: 0 0 2.5mm; page-break-inside: auto; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #444; padding: 0.8mm 1.2mm; vertical-align: top; }
th { background: #e8e8e8; font-weight: bold; text-align: center; }
th.row { text-align: left; width: 22%; }
td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.center { text-align: center; }
.mark { font-size: 0.85em; }
tr.total td, tr.total th { font-weight: bold; background: #f3f3f3; }
tr.relisted td { color: #333; background: #fafafa; }
.pre { white-space: pre-line; }
.none { color: #555; }
.mark { font-weight: bold; }
.small { font-size: 7.5pt; }
.note { font-size: 7.5pt; margin: 0 0 2mm; }
.grade { font-weight: bold; font-size: 10pt; text-align: center; }
.box { border: 0.5pt solid #444; padding: 1.5mm 2mm; margin-bottom: 2.5mm; }
.keep { break-inside: avoid; }
`;

const face = (url: string | undefined, weight: number) =>
  url
    ? `@font-face { font-family: "Hyoka Noto Sans CJK JP"; font-weight: ${weight}; src: url("${encodeURI(url)}"); }`
    : "";
// Without the bold face Chromium would embolden the regular one, which it can only draw as Type 3.
const fontFaceCss = (fonts: FontFaces) =>
  `${face(fonts.regular, 400)}${face(fonts.bold, 700)}${fonts.bold ? "" : "html { font-synthesis: none; }"}`;

/** A complete HTML document for print. */
export function htmlDocument(page: HtmlPage, fonts: FontFaces = {}): string {
  return `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>${esc(page.title)}</title>
<style>${fontFaceCss(fonts)}${CSS(page.orientation)}</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}

/**
 * A table from a header row and body rows of ready markup cells (`<td>`/`<th>`). With `widths` (mm), the
 * columns are fixed, so every table of a document lines up and long names get their room.
 */
export function tableHtml(head: string[], rows: string[][], caption?: string, widths?: number[]): string {
  const layout = widths
    ? ` style="table-layout:fixed"><colgroup>${widths.map((w) => `<col style="width:${w}mm">`).join("")}</colgroup`
    : "";
  return `<table${layout}>${caption ? `<caption class="small">${esc(caption)}</caption>` : ""}<thead><tr>${head
    .map((h) => `<th scope="col">${esc(h)}</th>`)
    .join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.join("")}</tr>`).join("")}</tbody></table>`;
}

export const td = (content: string, cls?: string) => `<td${cls ? ` class="${cls}"` : ""}>${content}</td>`;
export const num = (formatted: string) => td(esc(formatted), "num");
export const cell = (value: string | null | undefined) => td(text(value));
/** A rate as computed and, on a line under it, 「（暫定）」 when it rests on an estimate (見込み値). */
export const rateHtml = (rate: string | null, provisional: boolean | undefined) =>
  `${esc(formatRate(rate))}${provisional && rate !== null ? `<br><span class="mark">${esc(PROVISIONAL_MARK)}</span>` : ""}`;
