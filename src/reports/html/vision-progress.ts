// 進捗状況 laid out as seed 004: for each 取組 under its 分野 and 基本施策, the programs with their
// indicator, the actuals year by year, the last year's content, 決算見込額 and target; 【再掲】 marked.
import { NONE, PROVISIONAL_FOOTNOTE, formatAmount, formatDecimalText, shortEraYear } from "../format.ts";
import { type HtmlPage, esc, num, rateHtml, tableHtml, td, text } from "../html.ts";
import { type VisionCell, type VisionProgressReport, cellLabel } from "../models/vision-progress.ts";
import { reportTitle } from "../reports.ts";

const cellText = (c: VisionCell | null) => (c === null ? NONE : (cellLabel(c, formatDecimalText) ?? NONE));

export function visionProgressHtml(r: VisionProgressReport): HtmlPage {
  const last = shortEraYear(r.year);
  const head = [
    "★",
    "事業名",
    "指標",
    ...r.years.slice(0, -1).map((y) => `${shortEraYear(y)} 実績`),
    `${last} 内容`,
    `${last} 決算見込額(千円)`,
    `${last} 実績`,
    `${last} 目標`,
    "達成率",
  ];
  // Fixed columns within the 277 mm of a landscape page (cell padding on top): the content takes what
  // the figures leave.
  const fixed = [6, 38, 40, ...r.years.slice(0, -1).map(() => 14), 0, 20, 14, 16, 14];
  const widths = fixed.map((w) => (w === 0 ? 240 - fixed.reduce((a, b) => a + b, 0) : w));
  let previous: string[] = [];
  const body = r.groups.map((g) => {
    // Headings for the levels that changed since the previous group (分野, 柱, 基本施策), then the 取組.
    const names = g.path.map((p) => [p.code, p.name].filter(Boolean).join(" "));
    const changed = names.findIndex((n, i) => previous[i] !== n);
    previous = names;
    const headings = names
      .slice(Math.max(0, changed), -1)
      .map((n, i) => `<h${Math.min(2 + i, 3)}>${esc(n)}</h${Math.min(2 + i, 3)}>`)
      .join("");
    const rows = g.rows.map((x) => {
      const actuals = x.actuals.map(cellText);
      return [
        td(x.star ? "★" : "", "center"),
        td(`${x.relisted ? "【再掲】" : ""}${esc(x.name)}`),
        td(esc(x.indicator ?? NONE)),
        ...actuals.slice(0, -1).map(num),
        td(text(x.content), "small"),
        num(formatAmount(x.settlement)),
        num(actuals[actuals.length - 1] ?? NONE),
        num(cellText(x.target)),
        td(rateHtml(x.rate, x.provisional), "num"),
      ];
    });
    return `${headings}<div class="keep"><h3>${esc(names[names.length - 1] ?? "")}</h3>${tableHtml(head, rows, undefined, widths)}</div>`;
  });
  return {
    title: reportTitle(r),
    orientation: "landscape",
    body: `<section class="sheet"><h1>${esc(reportTitle(r))}</h1>
<p class="note">達成率は評価ルールにより ${esc(last)} の実績÷目標で算定（札幌市の資料は率を印刷しない）。【再掲】は他の取組に掲載した事業の再掲（数値は同じ事業のもの）。</p>
${r.groups.some((g) => g.rows.some((x) => x.provisional)) ? `<p class="note">${esc(PROVISIONAL_FOOTNOTE)}</p>` : ""}
${body.join("\n")}</section>`,
  };
}
