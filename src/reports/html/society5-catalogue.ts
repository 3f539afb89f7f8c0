// 関連事業 sheets laid out as seed 002: one page per program, pillar by pillar.
import {
  ESTIMATE_MARK,
  NONE,
  PROVISIONAL_FOOTNOTE,
  formatAmount,
  formatDecimalText,
  periodShort,
  shortEraYear,
} from "../format.ts";
import { type HtmlPage, cell, esc, rateHtml, tableHtml, td } from "../html.ts";
import type { CatalogueSheet, Society5CatalogueReport } from "../models/society5-catalogue.ts";
import { reportTitle } from "../reports.ts";

const row = (label: string, content: string) =>
  `<tr><th class="row" scope="row">${esc(label)}</th>${content}</tr>`;

export const budgetText = (s: CatalogueSheet, year: number) =>
  s.budget === null
    ? `${shortEraYear(year)}事業費 記載なし`
    : `${shortEraYear(year)}事業費 ${formatAmount(s.budget)}千円${s.standalone ? "" : `（${s.budgetNote ?? "枠内・内数"}）`}`;

export function society5CatalogueHtml(r: Society5CatalogueReport): HtmlPage {
  const sheets = r.pillars.flatMap((p) =>
    p.sheets.map(
      (s) => `<section class="sheet">
<div class="meta"><span>${esc(reportTitle(r))}</span><span>${esc(p.name)}</span></div>
<h1>${esc(s.name)}${s.relisted ? "【再掲】" : ""}</h1>
<table>
${row("柱", cell(p.name))}
${row("事業費", td(esc(budgetText(s, r.year)), "mark"))}
${row("目的", cell(s.purpose))}
${s.items.map((i) => row(i.label, cell(i.text))).join("")}
${row("目標", cell(s.targets.map((t) => `${t.label}\u3000${t.text}`).join("\n")))}
${s.actuals.length ? row("実績", cell(s.actuals.map((t) => `${t.label}\u3000${t.text}`).join("\n"))) : ""}
${row("担当課", cell(s.department))}
</table>
${
  s.indicators.length
    ? tableHtml(
        ["指標", "区分", "目標値", "実績値", "達成率"],
        s.indicators.map((i) => [
          td(esc(`${i.name}${i.unit ? `（${i.unit}）` : ""}`)),
          td(esc(i.role ?? ""), "center"),
          td(
            esc(
              i.targets
                .map(
                  (t) =>
                    `${periodShort(t.from, t.to)}: ${t.value !== null ? formatDecimalText(t.value) : (t.label ?? NONE)}`,
                )
                .join("\u3000") || NONE,
            ),
          ),
          td(
            esc(
              i.actuals
                .map(
                  (a) =>
                    `${periodShort(a.from, a.to)}: ${a.value !== null ? `${formatDecimalText(a.value)}${a.estimate ? ESTIMATE_MARK : ""}` : NONE}`,
                )
                .join("\u3000") || NONE,
            ),
          ),
          td(rateHtml(i.rate, i.provisional), "num"),
        ]),
        "事業に関わる指標",
      )
    : ""
}
${s.indicators.some((i) => i.provisional) ? `<p class="note">${esc(PROVISIONAL_FOOTNOTE)}</p>` : ""}
</section>`,
    ),
  );
  return { title: reportTitle(r), orientation: "portrait", body: sheets.join("\n") };
}
