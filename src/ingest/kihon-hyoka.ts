// Parser for 北海道 基本評価調書 (seed 000): one measure's yearly evaluation sheet. The PDF extraction
// scatters the sheet's boxes; the parser finds them by their labels and by their order, as noted below.
import { MARK_TEXTS } from "../domain/cycle-form.ts";
import { COORDINATION_SECTION, URGENCY_SECTION, findCountBrackets } from "../domain/activity-counts.ts";
import { decimal, formatDecimal, parseDecimal, subtract, sumDecimals } from "../domain/decimal.ts";
import { parseAmount, parseNumber } from "../domain/numbers.ts";
import { cleanText, toHalfWidth } from "../domain/text.ts";
import { type Period, parseYear } from "../domain/years.ts";
import { hokkaidoKey } from "./keys.ts";
import { type Line, paragraphs, toLines } from "./lines.ts";
import {
  type ActivitySeriesInput,
  type DocumentParser,
  type Issue,
  type ParseResult,
  type PrintedTotalInput,
  STAFF_TOTAL_LABELS,
  type TargetInput,
  UNLABELLED_COLUMN,
  emptyDocument,
} from "./model.ts";

const PLAN_KEY = "hokkaido-sogo-keikaku";
const HEADER_RE = /^\s*(令和|平成)\s*([0-9０-９元]+)\s*年度\s*基本評価調書\s*(.*)$/;
const MEASURE_RE = /^(.+?)\s+(\d{4})\s*$/;
const POLICY_RE = /^(.+?)\s+(\d+\(\d+\)[A-Z])\s*$/;
const TABLE_HEADER_RE =
  /^(増加|減少|維持)?\s*(\S+)?\s*((?:[HR][0-9元]+年度\s*)+)最終目標\(([HRhr][0-9元]+)\)/;
const RATE_RE = /(\d+(?:\.\d+)?)%\s*([ＡＢＣＤABCD])\s*$/;
const PROGRAM_RE = /^\s*(\d{4})(?:\s+(\d{4}))?\s+(一般|事務)\s*(.*)$/;
const DIRECTIONS = ["拡充", "継続", "改善", "縮小", "統合", "廃止・休止", "廃止", "休止"];

export const programKey = (code: string) => `hokkaido-jimujigyo:${code}`;

const toFullWidthGrade = (g: string) =>
  toHalfWidth(g).replace(/[A-D]/, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

interface TableBlock {
  direction: "increase" | "decrease" | "maintain";
  unit: string;
  years: Period[];
  finalYear: Period | null;
  targets: (string | undefined)[];
  finalTarget?: string;
  actuals: (string | undefined)[];
  line: number;
}

function decimalText(cell: string): string | undefined {
  const n = parseNumber(cell);
  return n ? formatDecimal(n.value) : undefined;
}

function parseTables(lines: readonly Line[]): TableBlock[] {
  const blocks: TableBlock[] = [];
  let cur: TableBlock | null = null;
  for (const l of lines) {
    const t = toHalfWidth(l.text).trim();
    const h = TABLE_HEADER_RE.exec(t);
    if (h) {
      const years = (h[3] ?? "")
        .trim()
        .split(/\s+/)
        .map((y) => parseYear(y))
        .filter((p): p is Period => p !== null);
      const dir = h[1] === "減少" ? "decrease" : h[1] === "維持" ? "maintain" : "increase";
      cur = {
        direction: dir,
        unit: h[2] && !/年度$/.test(h[2]) ? h[2] : "",
        years,
        finalYear: parseYear(h[4]!.toUpperCase()),
        targets: [],
        actuals: [],
        line: l.no,
      };
      blocks.push(cur);
      continue;
    }
    if (!cur) continue;
    const cells = t.split(/\s+/);
    if (cells[0] === "目標値") {
      const vals = cells.slice(1).map(decimalText);
      cur.targets = vals.slice(0, cur.years.length);
      if (vals.length > cur.years.length) cur.finalTarget = vals[cur.years.length];
    } else if (cells[0] === "実績値") {
      cur.actuals = cells.slice(1).map(decimalText);
    }
  }
  return blocks;
}

interface ProgramRow {
  code: string;
  relatedCode?: string;
  type: string;
  name: string;
  summary: string;
  department: string;
  numbers: string[];
  policyNo?: string;
  direction?: string;
  note?: string;
  line: number;
}

function parseProgramRows(
  lines: readonly Line[],
  issues: Issue[],
): { rows: ProgramRow[]; totals?: { numbers: string[]; line: number } } {
  const rows: ProgramRow[] = [];
  let totals: { numbers: string[]; line: number } | undefined;
  const blocks: { head: RegExpExecArray; lines: Line[] }[] = [];
  for (const l of lines) {
    const m = PROGRAM_RE.exec(l.text);
    if (m) {
      blocks.push({ head: m, lines: [l] });
      continue;
    }
    const tot = /^\s*([\d,.\s]+)計\s*$/.exec(l.text);
    if (tot) {
      totals = { numbers: tot[1]!.trim().split(/\s+/), line: l.no };
      continue;
    }
    blocks[blocks.length - 1]?.lines.push(l);
  }
  for (const { head, lines: bl } of blocks) {
    const text = bl
      .slice(1)
      .map((l) => l.text)
      .join("\n");
    // The department and the figures close the row: "産業振興課 0 4,330 4,330 0 0 6,665 ①".
    const whole = `${head[4]}\n${text}`;
    const fig = /(産業振興課|スタートアップ\s*推進室)\s*([\d,.\s]*?)\s*([①-⑳])?\s*(?:\n|$)/.exec(whole);
    const numbersMatch =
      fig && fig[2]!.trim() !== ""
        ? fig
        : /\n\s*([\d,.]+(?:\s+[\d,.]+){3,})\s*([①-⑳])?\s*(?:\n|$)/.exec(whole);
    if (!fig || !numbersMatch) {
      issues.push({
        severity: "error",
        line: bl[0]!.no,
        message: `事務事業 ${head[1]} の担当課と金額の列が見つかりません（行が途中で切れていませんか）。`,
      });
      continue;
    }
    const numbers = (numbersMatch === fig ? fig[2]! : numbersMatch[1]!).trim().split(/\s+/);
    const policyNo = numbersMatch === fig ? fig[3] : numbersMatch[2];
    const before = whole.slice(0, fig.index).trim();
    const after = whole.slice((numbersMatch.index ?? 0) + numbersMatch[0].length);
    const paras = paragraphs(toLines(before)).map((p) => p.text);
    let name: string;
    let summary: string;
    if (head[4]!.trim() !== "" && paras.length > 0 && !paras[0]!.includes("\n") && paras.length === 1) {
      // One line: "所管する関与団体に関すること （株）…に関する事務" — name, then summary.
      const [n, ...rest] = paras[0]!.split(/\s+/);
      name = n ?? "";
      summary = rest.join(" ");
    } else if (head[4]!.trim() !== "") {
      const first = paras[0]!.split("\n");
      name = first[0]!;
      summary = [...first.slice(1), ...paras.slice(1)].join("\n");
    } else {
      name = (paras[0] ?? "").replace(/\n/g, "");
      summary = paras.slice(1).join("\n");
    }
    const directionText = cleanText(after.replace(/【[\s\S]*$/, "")).replace(/\s+/g, "");
    const direction = DIRECTIONS.find((d) => directionText.startsWith(d));
    const note = /【[\s\S]*$/.exec(after)?.[0];
    rows.push({
      code: head[1]!,
      ...(head[2] ? { relatedCode: head[2] } : {}),
      type: head[3]!,
      name: cleanText(name),
      summary: cleanText(summary).replace(/\n/g, ""),
      department: fig[1]!.replace(/\s+/g, ""),
      numbers,
      ...(policyNo ? { policyNo } : {}),
      ...(direction ? { direction: directionText || direction } : {}),
      ...(note ? { note: cleanText(note) } : {}),
      line: bl[0]!.no,
    });
  }
  return { rows, ...(totals ? { totals } : {}) };
}

/** A program row's 人工 as printed, by column. */
interface Staff {
  staffHq?: string;
  staffBranch?: string;
  staffTotal?: string;
}

/**
 * Which 人工 columns (本庁, 出先機関, 人工計) a row's printed 人工 figures are, by how many it prints: the
 * extraction drops blank cells, and the blank one is 出先機関 (its total prints 0.0; the costs confirm
 * it: 0552 prints "0 0 1 1 7,840", one 人工 in all at 7,840千円 with 事業費 0, see docs/import-formats.md).
 */
const STAFF_COLUMNS: Readonly<Record<number, readonly (keyof Staff)[]>> = {
  1: ["staffTotal"],
  2: ["staffHq", "staffTotal"],
  3: ["staffHq", "staffBranch", "staffTotal"],
};

function staffOf(figures: readonly string[]): Staff {
  const columns = STAFF_COLUMNS[figures.length] ?? [];
  return Object.fromEntries(
    columns.flatMap((c, i) => (parseDecimal(figures[i]!) ? [[c, figures[i]!] as const] : [])),
  );
}

/**
 * The totals row's 人工 (本庁, 出先機関, 人工計) against the sums of the rows. Each row prints its 人工
 * rounded to a whole number (a printed 1 is 0.5–1.4), so a column's total may lie up to 0.5 per row that
 * prints it from the sum of the printed rows: that is its tolerance (000: 本庁 12.1 against rows summing
 * to 9, within 12.5; docs/import-formats.md).
 */
function staffColumnTotals(
  rows: readonly Staff[],
  printed: Staff,
  scopeKey: string,
  line: number,
): PrintedTotalInput[] {
  return (Object.keys(STAFF_TOTAL_LABELS) as (keyof Staff)[]).flatMap((column) => {
    const total = printed[column];
    if (total === undefined) return [];
    const values = rows.map((r) => r[column]).filter((v): v is string => v !== undefined);
    return [
      {
        scopeKey,
        label: STAFF_TOTAL_LABELS[column],
        printed: total,
        sumOfRows: sumDecimals(values),
        // 0.5 per row, exact: n / 2 is a whole or half number.
        tolerance: (values.length / 2).toFixed(1),
        line,
      },
    ];
  });
}

/**
 * Whether a row's printed 人工計 cannot be its 本庁 + 出先機関. Each is printed rounded to its last digit:
 * with 出先機関 blank, 人工計 is 本庁 itself and rounds alike; with both printed, the rounded parts may miss
 * the rounded total by one unit of that digit.
 */
function staffContradicts(s: Staff): boolean {
  if (s.staffHq === undefined || s.staffTotal === undefined) return false;
  const total = decimal(s.staffTotal);
  const gap = subtract(total, decimal(sumDecimals([s.staffHq, s.staffBranch])));
  const allowed = s.staffBranch === undefined ? 0n : 1n;
  return (gap.units < 0n ? -gap.units : gap.units) > allowed * 10n ** BigInt(gap.scale - total.scale);
}

/**
 * The figures of a program row: [ (blank column) , 事業費, 一般財源, 人工 (本庁, 出先, 計)…, トータルコスト ].
 * The extraction drops empty cells. The first column is always 0 where printed; a leading 0 followed by
 * a larger 一般財源 than 事業費 would be impossible, so a leading "0" in a row of six or more is that column.
 */
function programFigures(numbers: readonly string[]) {
  const n = [...numbers];
  const unlabelled = (n.length >= 6 || n.length === 4) && n[0] === "0" ? n.shift() : undefined;
  const int = (s: string | undefined) =>
    s !== undefined && /^[\d,]+$/.test(s) ? BigInt(s.replace(/,/g, "")) : undefined;
  const cost = int(n[0]);
  const general = int(n[1]);
  const total = int(n[n.length - 1]);
  const staff = n.slice(2, -1);
  return { cost, general, total, staff: staffOf(staff), unlabelled };
}

/**
 * The activity counts printed in one text of the measure (成果, 緊急性・優先性 …), each series with the
 * line of its bracket among `lines` (the lines the text was made from). A bracket that looks like counts
 * but cannot be read stays text only, reported with its line.
 */
function activitySeriesOf(
  at: { nodeKey: string; section: string; firstOrder: number },
  text: string,
  lines: readonly Line[],
  issues: Issue[],
): ActivitySeriesInput[] {
  const { brackets, unread } = findCountBrackets(text);
  const squeeze = (s: string) => s.replace(/\s/g, "");
  let from = 0;
  const lineOf = (printed: string) => {
    const head = squeeze(printed.split("\n")[0]!);
    const i = lines.findIndex((l, j) => j >= from && squeeze(l.text).includes(head));
    if (i < 0) return undefined;
    from = i;
    return lines[i]!.no;
  };
  const found = [...brackets, ...unread].sort((a, b) => a.start - b.start);
  const out: ActivitySeriesInput[] = [];
  for (const b of found) {
    const line = lineOf(b.printed);
    if (!("series" in b)) {
      issues.push({
        severity: "warning",
        ...(line !== undefined ? { line } : {}),
        message: `${at.section}の括弧内の数「${b.printed}」を読めません（${b.reason}）。文章のまま残しました。`,
      });
      continue;
    }
    for (const s of b.series) {
      if (out.some((x) => x.label === b.label && x.unit === s.unit)) {
        issues.push({
          severity: "warning",
          ...(line !== undefined ? { line } : {}),
          message: `${at.section}の「${b.label}」の${s.unit}が二度書かれています。最初の括弧の数を取り込みました。`,
        });
        continue;
      }
      out.push({
        nodeKey: at.nodeKey,
        section: at.section,
        label: b.label,
        unit: s.unit,
        sortOrder: at.firstOrder + out.length,
        counts: s.counts.map((c) => ({
          fiscalYear: c.fiscalYear,
          value: c.value,
          ...(c.qualifier ? { qualifier: c.qualifier } : {}),
        })),
        ...(line !== undefined ? { line } : {}),
      });
    }
  }
  return out;
}

export const kihonHyokaParser: DocumentParser = {
  kind: "kihon-hyoka",
  detect(text) {
    if (!/基本評価調書/.test(text.slice(0, 500))) return 0;
    return /施策コード|指標判定/.test(text) ? 0.95 : 0.5;
  },
  parse(text) {
    const issues: Issue[] = [];
    const lines = toLines(text);
    const headerLine = lines.find((l) => HEADER_RE.test(toHalfWidth(l.text)));
    if (!headerLine) {
      return {
        ok: false,
        issues: [{ severity: "error", message: "「令和○年度 基本評価調書」の表題が見つかりません。" }],
      };
    }
    const hm = HEADER_RE.exec(toHalfWidth(headerLine.text))!;
    const evalYear = parseYear(`${hm[1]}${hm[2]}年度`)?.from;
    if (!evalYear)
      return {
        ok: false,
        issues: [{ severity: "error", line: headerLine.no, message: "評価年度を読めません。" }],
      };
    const departments = (hm[3] ?? "")
      .split(/[、,\s]+/)
      .map((d) => d.trim())
      .filter(Boolean);

    const measureLine = lines.find((l) => MEASURE_RE.test(l.text.trim()) && l.no > headerLine.no);
    const policyLine = lines.find((l) => POLICY_RE.test(toHalfWidth(l.text.trim())));
    if (!measureLine || !policyLine) {
      return {
        ok: false,
        issues: [
          {
            severity: "error",
            line: headerLine.no + 1,
            message: "施策名と施策コード（例: 2(2)A と 0505）が見つかりません。",
          },
        ],
      };
    }
    const [, measureName, measureNo] = MEASURE_RE.exec(measureLine.text.trim())!;
    const [, policyName, policyCode] = POLICY_RE.exec(toHalfWidth(policyLine.text.trim()))!;
    const code = `${policyCode}_${measureNo}`;
    const policyKey = `${PLAN_KEY}/${policyCode}`;
    const measureKey = `${PLAN_KEY}/${code}`;
    const doc = emptyDocument(
      "kihon-hyoka",
      `kihon-hyoka/${code}/${evalYear}`,
      `${hm[1]}${hm[2]}年度 基本評価調書 【${code}】${measureName}`,
      String(evalYear),
    );
    doc.evaluationYear = evalYear;
    doc.departments.push(...departments);
    doc.plans.push({
      key: PLAN_KEY,
      name: "北海道総合計画",
      organization: "北海道",
      levels: ["政策", "施策"],
      ruleProfile: "hokkaido-kihon-hyoka",
    });

    // Page 1, in order: related plans, overview, 取組内容, 成果, URL, budget, 施策目標, 現状と課題, 前年度評価.
    const pageEnd = lines.find((l) => /<指標分析>/.test(l.text))?.no ?? lines.length;
    const page1 = paragraphs(lines.filter((l) => l.no > policyLine.no && l.no < pageEnd));
    const texts: Record<string, string> = {};
    const linkIdx = page1.findIndex((p) => /関連重点/.test(p.text));
    const linked = page1[linkIdx + 1];
    if (linked) {
      for (const name of linked.text.split(/[、\s\u3000]+/).filter(Boolean))
        doc.planLinks.push({ nodeKey: measureKey, linkedPlan: name });
    }
    const budgetIdx = page1.findIndex((p) => /^[\d,]+千円(\s+[\d,]+千円)+$/.test(p.text.trim()));
    const before = page1.slice(linkIdx + 2, budgetIdx >= 0 ? budgetIdx : undefined);
    const after = budgetIdx >= 0 ? page1.slice(budgetIdx + 1) : [];
    const url = before.find((p) => /https?:\/\//.test(p.text));
    const bodies = before.filter((p) => p !== url);
    const labels1 = ["施策の概要", "取組内容", "成果"];
    bodies.forEach((p, i) => (texts[labels1[i] ?? `本文${i + 1}`] = cleanText(p.text)));
    if (url) texts["参考URL"] = cleanText(url.text);
    const labels2 = ["施策目標", "現状と課題", "前年度の二次政策評価"];
    after
      .filter((p) => !/^https?:\/\//.test(p.text))
      .forEach((p, i) => (texts[labels2[i] ?? `本文${i + 4}`] = cleanText(p.text)));

    doc.nodes.push(
      {
        key: policyKey,
        planKey: PLAN_KEY,
        level: "政策",
        code: policyCode!,
        name: policyName!,
        sortOrder: 0,
        line: policyLine.no,
      },
      {
        key: measureKey,
        planKey: PLAN_KEY,
        parentKey: policyKey,
        level: "施策",
        code,
        name: measureName!,
        sortOrder: 1,
        departments,
        texts,
        line: measureLine.no,
      },
    );

    // Budget of the measure: three figures. Assumed to be R(n-1) 決算, R(n) 予算, R(n+1) 要求 (see docs).
    const budgetPara = budgetIdx >= 0 ? page1[budgetIdx]! : undefined;
    const measureBudget = budgetPara
      ? budgetPara.text
          .trim()
          .split(/\s+/)
          .map((s) => parseAmount(s)?.value)
      : [];
    if (measureBudget.length !== 3)
      issues.push({
        severity: "warning",
        line: budgetPara?.no,
        message: "施策の事業費（3つの金額）が見つかりません。",
      });

    // Indicators: tables in order ↔ names with their printed rate and grade, in order.
    const indicatorEnd = lines.find((l) => /<取組分析/.test(l.text))?.no ?? lines.length;
    const region = lines.filter((l) => l.no >= pageEnd && l.no < indicatorEnd);
    const tables = parseTables(region).filter(
      (t) => t.actuals.some((a) => a !== undefined) || t.targets.some((a) => a !== undefined),
    );
    const regionParas = paragraphs(region);
    const named: { name: string; rate: string; grade: string; calendar: boolean; line: number }[] = [];
    regionParas.forEach((p, i) => {
      const t = p.text.replace(/\n/g, "");
      const m = RATE_RE.exec(toHalfWidth(t));
      if (!m) return;
      let name = t.slice(0, t.search(/\d+(\.\d+)?[%％]/)).trim();
      let line = p.no;
      if (name === "") {
        const prev = regionParas[i - 1]!;
        name = prev.text.replace(/\n/g, "");
        line = prev.no;
      }
      const calendar = /（暦年）|\(暦年\)/.test(name);
      named.push({
        name: name.replace(/（暦年）|\(暦年\)/, "").trim(),
        rate: m[1]!,
        grade: toFullWidthGrade(m[2]!),
        calendar,
        line,
      });
    });
    if (named.length !== tables.length) {
      issues.push({
        severity: "warning",
        line: region[0]?.no,
        message: `成果指標の表（${tables.length}）と指標名（${named.length}）の数が合いません。順に対応させました。`,
      });
    }
    const publications = regionParas.filter((p) => /公表/.test(p.text) && /出典/.test(p.text));
    const rationales = regionParas.filter((p) => /^設定理由\n\S/.test(p.text));
    const analyses = regionParas.filter(
      (p) =>
        p.text.length > 60 &&
        !/^(設定理由|指標名|分析|出典)/.test(p.text) &&
        !/公表/.test(p.text.split("\n")[0]!),
    );
    named.forEach((n, i) => {
      const t = tables[i];
      if (!t) return;
      const key = hokkaidoKey(n.name);
      const pub = publications[i]?.text;
      const [publication, source] = pub
        ? pub.split(/出典（根拠計画等）/).map((s) => cleanText(s).replace(/\n/g, ""))
        : [];
      doc.indicators.push({
        key,
        name: n.name,
        unit: t.unit,
        direction: t.direction,
        measure: "quantitative",
        ...(n.calendar ? { yearBasis: "calendar" as const } : {}),
        ...(publication ? { publication } : {}),
        ...(source ? { source } : {}),
        ...(rationales[i]
          ? { rationale: cleanText(rationales[i]!.text.replace(/^設定理由\n/, "")).replace(/\n/g, "") }
          : {}),
        line: n.line,
      });
      const targets: TargetInput[] = [];
      t.years.forEach((y, j) => {
        const v = t.targets[j];
        if (v !== undefined)
          targets.push({ period: { from: y.from, to: y.to }, kind: "absolute", value: v, isFinal: false });
        const a = t.actuals[j];
        if (a !== undefined)
          doc.observations.push({
            indicatorKey: key,
            series: "actual",
            period: { from: y.from, to: y.to },
            value: a,
            line: t.line,
          });
      });
      if (t.finalYear && t.finalTarget !== undefined) {
        targets.push({
          period: { from: t.finalYear.from, to: t.finalYear.to },
          kind: "absolute",
          value: t.finalTarget,
          isFinal: true,
        });
      }
      const lastActual = t.years.filter((_, j) => t.actuals[j] !== undefined).pop();
      doc.usages.push({
        indicatorKey: key,
        nodeKey: measureKey,
        displayName: n.calendar ? `${n.name}（暦年）` : n.name,
        sortOrder: i,
        role: "成果指標",
        targets,
        ...(analyses[i] ? { analysis: cleanText(analyses[i]!.text) } : {}),
        publishedRate: n.rate,
        publishedGrade: n.grade,
        ...(lastActual ? { publishedPeriod: { from: lastActual.from, to: lastActual.to } } : {}),
        line: n.line,
      });
    });

    // Page 2: 連携状況 and 緊急性・優先性, each a （課題）/（取組） pair.
    const coordStart = lines.find((l) => l.text.trim() === "連携状況");
    const urgencyStart = lines.find((l) => l.text.trim() === "緊急性");
    const sectionText = (from?: Line, to?: Line) =>
      from
        ? cleanText(
            lines
              .filter(
                (l) =>
                  l.no > from.no &&
                  (!to || l.no < to.no) &&
                  !/^(優先性|☑|分析等|（分析等）|統計数値等)/.test(l.text.trim()),
              )
              .map((l) => l.text)
              .join("\n"),
          )
            .replace(/\n(?!（)/g, "")
            .replace(/\n+/g, "\n")
        : undefined;
    const checkLine = lines.find((l) => l.text.startsWith("☑"));
    const coordination = sectionText(coordStart, urgencyStart);
    const urgency = sectionText(urgencyStart, checkLine);

    // Activity counts printed in brackets: 成果, and the evaluation's 連携状況 and 緊急性・優先性.
    const resultPara = bodies[labels1.indexOf("成果")];
    const resultLines = resultPara
      ? lines.filter(
          (l) => l.no >= resultPara.no && l.no < resultPara.no + resultPara.text.split("\n").length,
        )
      : [];
    const between = (from?: Line, to?: Line) =>
      from ? lines.filter((l) => l.no > from.no && (!to || l.no < to.no)) : [];
    const countTexts: [string, string | undefined, readonly Line[]][] = [
      ["成果", texts["成果"], resultLines],
      [COORDINATION_SECTION, coordination, between(coordStart, urgencyStart)],
      [URGENCY_SECTION, urgency, between(urgencyStart, checkLine)],
    ];
    const series: ActivitySeriesInput[] = [];
    for (const [section, text, from] of countTexts) {
      if (!text) continue;
      const at = { nodeKey: measureKey, section, firstOrder: series.length };
      series.push(...activitySeriesOf(at, text, from, issues));
    }
    doc.activitySeries = series;

    // Page 3: 総合判定 — marks (連携状況 ○, 緊急性・優先性 ○, Ｄ指標 －), 指標判定, 二次政策評価, 対応方針.
    const judgementStart = lines.find((l) => /<総合判定>/.test(l.text));
    const marks = judgementStart
      ? lines
          .filter(
            (l) => l.no > judgementStart.no && l.no < judgementStart.no + 8 && /^[○－]$/.test(l.text.trim()),
          )
          .map((l) => l.text.trim())
      : [];
    const gradeLine = lines.find(
      (l) => /^[ＡＢＣＤ]$/.test(l.text.trim()) && judgementStart && l.no > judgementStart.no,
    );
    const overall = lines.find(
      (l) =>
        /(順調|概ね順調|やや遅れている|遅れている)/.test(l.text) &&
        judgementStart &&
        l.no > judgementStart.no,
    );
    const overallJudgement = overall
      ? /(概ね順調|やや遅れている|遅れている|順調)/.exec(overall.text)![1]
      : undefined;
    const contentStart = lines.find(
      (l) => l.text.trim() === "内容" && judgementStart && l.no > judgementStart.no,
    );
    const secondaryStart = lines.find((l) => /^【施策目標の達成状況】/.test(l.text.trim()));
    const responsePolicy =
      contentStart && secondaryStart ? sectionText(contentStart, secondaryStart) : undefined;
    const secondary =
      secondaryStart && gradeLine
        ? sectionText({ no: secondaryStart.no - 1, text: "" }, gradeLine)
        : undefined;
    doc.nodeEvaluations.push({
      nodeKey: measureKey,
      evaluationYear: evalYear,
      ...(gradeLine ? { indicatorGrade: gradeLine.text.trim() } : {}),
      ...(coordination ? { coordination } : {}),
      ...(urgency ? { urgencyPriority: urgency } : {}),
      ...(overallJudgement ? { overallJudgement } : {}),
      ...(secondary ? { secondaryEvaluation: secondary } : {}),
      ...(responsePolicy ? { responsePolicy } : {}),
      texts: {
        ...(marks[0] ? { [MARK_TEXTS.coordination]: marks[0] } : {}),
        ...(marks[1] ? { [MARK_TEXTS.urgency]: marks[1] } : {}),
        ...(marks[2] ? { Ｄ判定の指標: marks[2] } : {}),
        ...(checkLine ? { 確認事項: cleanText(checkLine.text.replace(/^☑\s*/, "")) } : {}),
        // The sheet prints three amounts without their labels in the extraction: kept as printed.
        ...Object.fromEntries(
          measureBudget.map((v, i) => [`事業費${"①②③"[i]}`, v === undefined ? "" : `${v}千円`]),
        ),
      },
    });
    if (!overallJudgement)
      issues.push({ severity: "warning", line: judgementStart?.no, message: "総合判定が見つかりません。" });

    // Program table.
    const tableStart = lines.find((l) => /^施策名 施策コード/.test(l.text.trim()))?.no ?? indicatorEnd;
    const { rows, totals } = parseProgramRows(
      lines.filter((l) => l.no > tableStart),
      issues,
    );
    let sumCost = 0n;
    let sumGeneral = 0n;
    rows.forEach((r, i) => {
      const key = programKey(r.code);
      const f = programFigures(r.numbers);
      doc.programs.push({
        key,
        code: r.code,
        name: r.name,
        department: r.department,
        summary: r.summary,
        attributes: {
          type: r.type,
          ...(r.relatedCode ? { relatedMeasureNo: r.relatedCode } : {}),
          printedFigures: r.numbers.join(" "),
          ...(f.unlabelled !== undefined ? { [UNLABELLED_COLUMN]: f.unlabelled } : {}),
        },
        line: r.line,
      });
      if (!doc.departments.includes(r.department)) doc.departments.push(r.department);
      doc.programLinks.push({
        programKey: key,
        nodeKey: measureKey,
        sortOrder: i,
        relisted: false,
        line: r.line,
      });
      if (f.cost !== undefined) {
        sumCost += f.cost;
        sumGeneral += f.general ?? 0n;
        doc.budgetLines.push({
          programKey: key,
          fiscalYear: evalYear - 1,
          kind: "決算",
          amount: f.cost,
          scale: 3,
          ...(f.general !== undefined ? { generalRevenue: f.general } : {}),
          ...f.staff,
          ...(f.total !== undefined ? { totalCost: f.total } : {}),
          standalone: true,
          line: r.line,
        });
      }
      if (staffContradicts(f.staff)) {
        doc.printedTotals.push({
          scopeKey: measureKey,
          label: `事務事業 ${r.code} の人工計（本庁＋出先機関）`,
          printed: f.staff.staffTotal!,
          sumOfRows: sumDecimals([f.staff.staffHq, f.staff.staffBranch]),
          line: r.line,
        });
      }
      if (r.policyNo || r.direction) {
        doc.programEvaluations.push({
          programKey: key,
          nodeKey: measureKey,
          evaluationYear: evalYear,
          ...(r.policyNo ? { responsePolicyNo: r.policyNo } : {}),
          ...(r.direction ? { direction: r.direction } : {}),
          ...(r.note ? { note: r.note } : {}),
        });
      }
    });
    if (totals) {
      // The totals row has no total-cost column: [0, 事業費, 一般財源, 本庁, 出先, 人工計].
      const t = programFigures([...totals.numbers, "0"]);
      if (t.unlabelled !== undefined) {
        doc.printedTotals.push({
          scopeKey: measureKey,
          label: `${UNLABELLED_COLUMN} 計`,
          printed: t.unlabelled,
          sumOfRows: sumDecimals(rows.map((r) => programFigures(r.numbers).unlabelled ?? "0")),
          line: totals.line,
        });
      }
      if (t.cost !== undefined) {
        doc.printedTotals.push({
          scopeKey: measureKey,
          label: "事業費 計",
          printed: String(t.cost),
          sumOfRows: String(sumCost),
          line: totals.line,
        });
      }
      if (t.general !== undefined) {
        doc.printedTotals.push({
          scopeKey: measureKey,
          label: "うち一般財源 計",
          printed: String(t.general),
          sumOfRows: String(sumGeneral),
          line: totals.line,
        });
      }
      // 人工計 is 本庁 + 出先機関: a check the totals row allows on its own (the rows print whole 人工,
      // so their sum cannot reproduce the totals' decimals).
      const { staffHq, staffBranch, staffTotal } = t.staff;
      doc.printedTotals.push(
        ...staffColumnTotals(
          rows.map((r) => programFigures(r.numbers).staff),
          t.staff,
          measureKey,
          totals.line,
        ),
      );
      if (staffHq !== undefined && staffBranch !== undefined && staffTotal !== undefined) {
        doc.printedTotals.push({
          scopeKey: measureKey,
          label: "人工計（本庁＋出先機関）",
          printed: staffTotal,
          sumOfRows: sumDecimals([staffHq, staffBranch]),
          line: totals.line,
        });
      }
      if (measureBudget[0] !== undefined) {
        doc.printedTotals.push({
          scopeKey: measureKey,
          label: "施策の事業費（1つ目の金額）と事務事業の事業費 計",
          printed: String(measureBudget[0]),
          sumOfRows: String(sumCost),
          line: budgetPara!.no,
        });
      }
    } else {
      issues.push({
        severity: "error",
        line: lines.length,
        message: "事務事業の表の合計行（…計）が見つかりません。資料が途中で切れていませんか。",
      });
    }
    if (rows.length === 0)
      issues.push({ severity: "warning", message: "事務事業の行が1つも見つかりません。" });
    return { ok: true, document: doc, issues } satisfies ParseResult;
  },
};
