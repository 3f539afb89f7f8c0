// 推進状況 laid out as seed 003: the rules page, then project by project its themes (取組概要, the
// related programs with budget and status) and its table of numerical targets and KPIs with 進捗率.
import {
  ESTIMATE_MARK,
  NONE,
  PROVISIONAL_FOOTNOTE,
  formatAmount,
  formatDecimalText,
  periodShort,
  shortEraYear,
} from "../format.ts";
import { type HtmlPage, esc, num, rateHtml, tableHtml, td, text } from "../html.ts";
import type { YearMonth } from "../../domain/years.ts";
import type { PeriodValue, ProgressKpi, SouseiProgressReport } from "../models/sousei-progress.ts";
import { reportTitle } from "../reports.ts";

export function souseiProgressHtml(r: SouseiProgressReport): HtmlPage {
  const edition =
    r.edition && /^\d{4}-\d{2}$/.test(r.edition)
      ? `（${r.edition.replace(/^(\d{4})-0?(\d+)$/, "$1年$2月")}）`
      : "";
  const rules = `<section class="sheet">
<h1>${esc(`${r.plan.name}推進状況`)}${esc(edition)}</h1>
<h2>本資料における数値目標及び重要業績評価指標（ＫＰＩ）の進捗率について</h2>
${r.rules.map((x) => `<div class="box"><h3>${esc(x.label)}</h3>${text(x.text)}</div>`).join("")}
</section>`;
  const projects = r.projects.map((p) => {
    const themes = p.themes.map(
      (t) => `<h2>${esc([t.code, t.name].filter(Boolean).join(" "))}</h2>
${t.texts.map((x) => `<h3>[${esc(x.label)}]</h3><p>${text(x.text)}</p>`).join("")}
${
  t.programs.length
    ? tableHtml(
        ["関連事業名", `${shortEraYear(r.year, r.asOf)}予算(千円)`, "取組状況"],
        t.programs.map((g) => [
          td(`${esc(g.name)}${g.relisted ? "【再掲】" : ""}`),
          num(`${g.budgetNote ? `(${g.budgetNote}) ` : ""}${formatAmount(g.budget)}`),
          td(text(g.status), "small"),
        ]),
      )
    : ""
}`,
    );
    return `<section class="sheet">
<h1>${esc([p.code, p.name].filter(Boolean).join(" "))}</h1>
${themes.join("\n")}
<h2>関連する数値目標及び主な重要業績評価指標（KPI）</h2>
${p.indicators.length ? kpiTable(p.indicators, r.asOf) : `<p class="none">数値目標・KPIはありません。</p>`}
</section>`;
  });
  return { title: reportTitle(r), orientation: "landscape", body: [rules, ...projects].join("\n") };
}

const valueWith = (value: string | null | undefined, unit: string) =>
  value === null || value === undefined ? NONE : `${formatDecimalText(value)}${unit}`;

/** "1.27 (H26)": a value with its unit and its period, named as the document named it. */
const valueAt = (v: PeriodValue, unit: string, asOf: YearMonth | null) =>
  `${valueWith(v.value, unit)} (${periodShort(v.from, v.to, asOf)})`;

function kpiTable(kpis: ProgressKpi[], asOf: YearMonth | null): string {
  const notes: string[] = [];
  const rows = kpis.flatMap((k) => {
    let mark = "";
    if (k.footnote) {
      notes.push(k.footnote);
      mark = ` (※${notes.length})`;
    }
    const baseline = k.baseline
      ? `${valueWith(k.baseline.value, k.unit)}${k.baseline.from !== null ? ` (${periodShort(k.baseline.from, k.baseline.to ?? k.baseline.from, asOf)})` : ""}`
      : NONE;
    const actual = k.actual
      ? `${valueAt(k.actual, k.unit, asOf)}${k.actual.estimate ? ESTIMATE_MARK : ""}`
      : NONE;
    // A target in words ("全国平均値") or figures, then its year once.
    const target = k.target
      ? `${k.target.value !== null ? valueWith(k.target.value, k.unit) : (k.target.label ?? NONE)} (${periodShort(k.target.from, k.target.to, asOf)})`
      : NONE;
    const row = [
      td(esc(k.role ?? ""), "center"),
      td(`${esc(k.name)}${k.direction === "decrease" ? "（※）" : ""}`),
      num(baseline),
      num(actual),
      num(target),
      td(`${rateHtml(k.rate, k.provisional)}${esc(mark)}`, "num"),
    ];
    const n = k.national;
    if (!n) return [row];
    return [
      row,
      [
        td(""),
        td("(全国)"),
        num(valueAt(n.baseline, k.unit, asOf)),
        num(n.actual ? valueAt(n.actual, k.unit, asOf) : NONE),
        td(""),
        num(NONE),
      ],
    ];
  });
  return `${tableHtml(["区分", "指標", "戦略策定時", "実績値 (a)", "目標値 (b)", "進捗率 (a)/(b)"], rows)}
${notes.map((n, i) => `<p class="note">※${i + 1} ${esc(n)}</p>`).join("")}
${kpis.some((k) => k.rate === null) ? `<p class="note">「${esc(NONE)}」: 直近の実績値が捕捉できないもの</p>` : ""}
${kpis.some((k) => k.provisional) ? `<p class="note">${esc(PROVISIONAL_FOOTNOTE)}</p>` : ""}`;
}
