// 基本評価調書 laid out as the sheet is printed: header, overview and results, budget, indicator tables,
// analysis, 連携状況 and 緊急性・優先性, 総合判定, 二次政策評価 and 対応方針, the program table and totals.
import {
  DIRECTION_LABEL,
  ESTIMATE_MARK,
  NONE,
  PROVISIONAL_FOOTNOTE,
  PROVISIONAL_MARK,
  fiscalYearLabel,
  formatAmount,
  formatDecimalText,
  formatPrintedAmount,
  shortEraYear,
  shortYearLabel,
} from "../format.ts";
import { type HtmlPage, cell, esc, num, rateHtml, tableHtml, td, text } from "../html.ts";
import type { KihonHyokaSheet, SheetIndicator } from "../models/kihon-hyoka.ts";
import { type KihonHyokaBook, kihonHyokaTitle, sheetTitle } from "../reports.ts";

export function kihonHyokaHtml(book: KihonHyokaBook): HtmlPage {
  return {
    title: kihonHyokaTitle(book),
    orientation: "portrait",
    body: book.sheets.map(sheetHtml).join("\n"),
  };
}

const row = (label: string, content: string) =>
  `<tr><th class="row" scope="row">${esc(label)}</th>${content}</tr>`;

function sheetHtml(s: KihonHyokaSheet): string {
  const e = s.evaluation;
  // The measure's grade and judgement are provisional when a grade they are judged from is.
  const provisional = s.indicators.some((i) => i.provisional && i.grade !== null) ? PROVISIONAL_MARK : "";
  return `<section class="sheet">
<div class="meta"><span>${esc(fiscalYearLabel(s.evaluationYear))}\u3000基本評価調書</span><span>${esc(s.node.departments.join("、"))}</span></div>
<h1>${esc(sheetTitle(s))}</h1>
<table>
${row("施策名", cell(`${s.node.name}${s.node.code ? `（${s.node.code}）` : ""}`))}
${row("政策名", cell(s.parent ? `${s.parent.name}${s.parent.code ? `（${s.parent.code}）` : ""}` : null))}
${row("関連重点戦略計画等", cell(s.planLinks.join("、")))}
${row("総合判定", td(esc(e.overallJudgement ?? NONE), "mark"))}
</table>
<h2>施策の概要と成果</h2>
<table>${s.texts.map((t) => row(t.label, cell(t.text))).join("")}</table>
<h2>予算</h2>
${budgetHtml(s)}
<h2>成果指標（指標分析）</h2>
${s.indicators.length ? s.indicators.map((i) => indicatorHtml(i)).join("") : `<p class="none">成果指標はありません。</p>`}
<h2>取組分析（連携状況、緊急性・優先性）</h2>
<table>
${row(`連携状況${e.coordinationMark ? `（${e.coordinationMark}）` : ""}`, cell(e.coordination))}
${row(`緊急性・優先性${e.urgencyMark ? `（${e.urgencyMark}）` : ""}`, cell(e.urgencyPriority))}
${e.confirmation ? row("確認事項", cell(`☑ ${e.confirmation}`)) : ""}
</table>
<h2>総合判定</h2>
${tableHtml(
  ["指標判定", "連携状況", "緊急性・優先性", "総合判定"],
  [
    [
      td(esc(e.indicatorGrade ? `${e.indicatorGrade}${provisional}` : NONE), "grade"),
      td(esc(e.coordinationMark ?? NONE), "center"),
      td(esc(e.urgencyMark ?? NONE), "center"),
      td(esc(e.overallJudgement ? `${e.overallJudgement}${provisional}` : NONE), "grade"),
    ],
  ],
)}
${provisional ? `<p class="note">${esc(PROVISIONAL_FOOTNOTE)}</p>` : ""}
<p class="note">※ 成果指標の指標判定が「${esc(e.lowestGrade ?? "Ｄ")}」の指標: ${esc(e.lowestGraded.length ? e.lowestGraded.join("、") : NONE)}</p>
<table>
${row("翌年度に向けた対応方針", cell(e.responsePolicy))}
${row("二次政策評価", cell(e.secondaryEvaluation))}
</table>
<div class="wide"><h2>事務事業（${esc(fiscalYearLabel(s.programs.fiscalYear))}）</h2>
${programsHtml(s)}</div>
</section>`;
}

function budgetHtml(s: KihonHyokaSheet): string {
  const t = s.programs.totals;
  return tableHtml(
    ["区分", "金額（千円）"],
    [
      [
        td(esc(`事務事業の事業費 計（${fiscalYearLabel(s.programs.fiscalYear)}）`)),
        num(formatAmount(t.amount)),
      ],
      [td(esc("うち一般財源")), num(formatAmount(t.generalRevenue))],
      ...s.printedBudget.map((b) => [
        td(esc(`施策の${b.label}（調書の記載）`)),
        num(formatPrintedAmount(b.text)),
      ]),
    ],
  );
}

export const targetHeading = (i: SheetIndicator) =>
  i.final ? `最終目標（${shortEraYear(i.final.to)}）` : "最終目標";

function indicatorHtml(i: SheetIndicator): string {
  const head = [
    `${DIRECTION_LABEL[i.direction] ?? i.direction}\u3000${i.unit || ""}`,
    ...i.years.map((y) => shortYearLabel(y.to, i.yearBasis)),
    targetHeading(i),
    "達成率",
    "指標判定",
  ];
  const finalValue = i.final
    ? i.final.value !== null
      ? formatDecimalText(i.final.value)
      : (i.final.label ?? NONE)
    : NONE;
  const rows = [
    [
      `<th scope="row">目標値</th>`,
      ...i.years.map((y) => num(formatDecimalText(y.target))),
      num(finalValue),
      `<td class="num" rowspan="2">${rateHtml(i.rate, i.provisional)}</td>`,
      `<td class="grade" rowspan="2">${esc(i.grade ? `${i.grade}${i.provisional ? PROVISIONAL_MARK : ""}` : NONE)}</td>`,
    ],
    [
      `<th scope="row">実績値</th>`,
      ...i.years.map((y) =>
        num(
          y.actual !== null
            ? `${formatDecimalText(y.actual)}${y.estimate ? ESTIMATE_MARK : ""}`
            : (y.actualStatus ?? NONE),
        ),
      ),
      td(""),
    ],
  ];
  return `<div class="keep"><h3>指標名${"①②③④⑤⑥⑦⑧⑨⑩"[i.no - 1] ?? i.no}\u3000${esc(i.name)}</h3>
${tableHtml(head, rows)}
${i.rate === null && i.rateReason ? `<p class="note">達成率を算出しない理由: ${esc(i.rateReason)}</p>` : ""}
${i.provisional ? `<p class="note">${esc(PROVISIONAL_FOOTNOTE)}</p>` : ""}
<table>
${row("指標公表時期", cell(i.publication))}
${row("出典（根拠計画等）", cell(i.source))}
${row("設定理由", cell(i.rationale))}
${row("分析（主な取組と成果）", cell(i.analysis))}
</table></div>`;
}

function programsHtml(s: KihonHyokaSheet): string {
  const head = [
    "事業番号",
    "区分",
    "事務事業名",
    "事業概要",
    "担当課",
    "事業費（千円）",
    "うち一般財源",
    "本庁人工",
    "出先人工",
    "人工計",
    "トータルコスト",
    "対応方針番号",
    "方向性",
  ];
  const rows = s.programs.rows.map((p) => [
    td(esc([p.code, p.relatedMeasureNo].filter(Boolean).join(" ")) || NONE, "center"),
    td(esc(p.type ?? NONE), "center"),
    td(`${esc(p.name)}${p.relisted ? "【再掲】" : ""}`),
    td(text(p.summary), "small"),
    cell(p.department),
    num(formatAmount(p.amount)),
    num(formatAmount(p.generalRevenue)),
    num(formatDecimalText(p.staffHq)),
    num(formatDecimalText(p.staffBranch)),
    num(formatDecimalText(p.staffTotal)),
    num(formatAmount(p.totalCost)),
    td(esc(p.responsePolicyNo ?? ""), "center"),
    td(esc(p.direction ?? ""), "small"),
  ]);
  const t = s.programs.totals;
  const total = `<tr class="total"><th scope="row" colspan="5">計</th>${[
    formatAmount(t.amount),
    formatAmount(t.generalRevenue),
    formatDecimalText(t.staffHq),
    formatDecimalText(t.staffBranch),
    formatDecimalText(t.staffTotal),
    formatAmount(t.totalCost),
  ]
    .map(num)
    .join("")}<td></td><td></td></tr>`;
  // Column widths (mm of the landscape page) so that names and summaries get the room.
  const widths = [13, 7, 42, 64, 16, 16, 16, 9, 9, 9, 16, 11, 18];
  return tableHtml(head, rows, undefined, widths).replace("</tbody>", `${total}</tbody>`);
}
