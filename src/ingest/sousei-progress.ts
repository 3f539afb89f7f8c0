// Parser for 北海道創生総合戦略推進状況 (seed 003): projects → themes → related programs with their H30
// budget and status, and per project the numerical targets and KPIs with baseline, actual, target and
// the published 進捗率.
import { formatDecimal } from "../domain/decimal.ts";
import { parseNumber } from "../domain/numbers.ts";
import { cleanText, isMissingMark, nameKey, toHalfWidth } from "../domain/text.ts";
import { type Period, parsePeriod, parseYearMonth, samePeriod } from "../domain/years.ts";
import { hokkaidoKey } from "./keys.ts";
import { type Line, paragraphs, toLines } from "./lines.ts";
import {
  type DocumentParser,
  type IndicatorInput,
  type IndicatorUsageInput,
  type Issue,
  type ObservationInput,
  type ParseResult,
  type TargetInput,
  emptyDocument,
} from "./model.ts";

const PLAN_KEY = "hokkaido-sousei";
const TITLE = "北海道創生総合戦略推進状況";
const PROJECT_RE = /^([1-9])\s+(.+プロジェクト)\s*$/;
const THEME_RE = /^([①-⑳])\s*(.+)$/;
const KPI_SECTION_RE = /^基本戦略に掲げた関連する数値目標/;
const PROGRAM_HEADER_RE = /^関連事業名\t/;
const RELISTED_RE = /\s*【再掲】\s*$/;

/** Removes spaces the PDF put inside Japanese words ("製造業の付加価値 生産性"). */
function joinJapanese(s: string): string {
  return cleanText(s).replace(/(?<=[^\x20-\x7e])\s+(?=[^\x20-\x7e])/g, "");
}

interface ValueCell {
  readonly value?: string;
  readonly unit: string;
  readonly period?: Period;
  readonly missing: boolean;
  readonly text: string;
}

/** "6,569人 (H27～H29累計)" → value 6569, unit 人, period 2015–2017. */
function valueCell(text: string): ValueCell | null {
  const t = toHalfWidth(text).replace(/\s+/g, " ").trim();
  if (isMissingMark(t)) return { missing: true, unit: "", text };
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(t);
  const body = m ? m[1]! : t;
  const period = m ? (parsePeriod(m[2]!.replace(/累計/, "")) ?? undefined) : undefined;
  const n = parseNumber(body);
  if (!n || /以上|超/.test(n.unit)) return null;
  const unit = n.unit.replace(/\s+/g, "");
  return { value: formatDecimal(n.value), unit, ...(period ? { period } : {}), missing: false, text };
}

/**
 * A target cell: an absolute value, 全国平均値 / 全国水準 (reference) or 現状値以上 / ○○以上 (baseline). A
 * target in words keeps its words as the label; its year ("全国平均値 (H31)") is the target's period.
 */
function targetCell(text: string, headerPeriod?: Period): TargetInput | null {
  const t = toHalfWidth(text).replace(/\s+/g, " ").trim();
  const p = /\(([^()]*)\)\s*$/.exec(t);
  const own = p ? parsePeriod(p[1]!.replace(/累計/, "")) : null;
  const period = own ?? headerPeriod;
  if (!period) return null;
  const words = own ? t.slice(0, p!.index).trim() : t;
  if (/全国(平均値|水準)/.test(t)) {
    return {
      period,
      kind: "reference",
      referenceSeries: "national",
      isFinal: true,
      label: joinJapanese(words),
    };
  }
  if (/現状値以上|以上|超/.test(t)) return { period, kind: "baseline_or_more", isFinal: true, label: words };
  const v = valueCell(t);
  if (!v || v.missing || v.value === undefined) return null;
  return { period, kind: "absolute", value: v.value, isFinal: true };
}

interface HeaderPeriods {
  baseline?: Period;
  actual?: Period;
  target?: Period;
}

function headerPeriods(cells: readonly string[]): HeaderPeriods {
  const find = (re: RegExp) => {
    const c = cells.find((x) => re.test(x));
    const m = c ? /\(([^()]*)\)\s*$/.exec(toHalfWidth(c)) : null;
    return m ? (parsePeriod(m[1]!) ?? undefined) : undefined;
  };
  const out: HeaderPeriods = {};
  const b = find(/戦略策定/);
  const a = find(/実績値/);
  const t = find(/目標値/);
  if (b) out.baseline = b;
  if (a) out.actual = a;
  if (t) out.target = t;
  return out;
}

const isHeader = (cells: readonly string[]) => cells.some((c) => /戦略策定/.test(c));
const isRate = (s: string) => /^\d+(\.\d+)?%/.test(toHalfWidth(s).trim());

/** Turns the KPI section's lines into rows of cells: tab rows as they are, one-cell-per-paragraph runs grouped. */
function kpiRows(lines: readonly Line[]): { no: number; cells: string[] }[] {
  const rows: { no: number; cells: string[] }[] = [];
  let pending: Line[] = [];
  const flushParagraphs = () => {
    // A block of paragraphs: a header of 5 cells (KPI, 戦略策定時, 実績値, 目標値, 進捗率) then 5 per row.
    const paras = paragraphs(pending).map((p) => ({ no: p.no, text: p.text.replace(/\n/g, " ") }));
    pending = [];
    let i = 0;
    while (i < paras.length) {
      const p = paras[i]!;
      if (/^(KPI|戦略策定時|実績値|目標値|進捗率)/.test(p.text)) {
        const header: string[] = [];
        while (i < paras.length && /^(KPI|戦略策定時|実績値|目標値|進捗率|進歩率)/.test(paras[i]!.text)) {
          header.push(paras[i]!.text);
          i++;
        }
        rows.push({ no: p.no, cells: header });
        continue;
      }
      if (/^\[|^※/.test(p.text) || !paras[i + 1] || !valueCell(paras[i + 1]!.text.replace(/^—$/, "—"))) {
        rows.push({ no: p.no, cells: [p.text] });
        i++;
        continue;
      }
      const cells = paras.slice(i, i + 5).map((x) => x.text);
      rows.push({ no: p.no, cells });
      i += 5;
    }
  };
  for (const l of lines) {
    if (l.text.includes("\t")) {
      flushParagraphs();
      rows.push({ no: l.no, cells: l.text.split("\t").map((c) => c.trim()) });
    } else pending.push(l);
  }
  flushParagraphs();
  return rows;
}

interface IndicatorDraft {
  usage: { -readonly [K in keyof IndicatorUsageInput]: IndicatorUsageInput[K] };
  indicator: IndicatorInput;
  footnote?: string;
}

export const souseiProgressParser: DocumentParser = {
  kind: "sousei-progress",
  detect(text) {
    const head = text.slice(0, 3000);
    if (!head.includes("創生総合戦略")) return 0;
    return head.includes("推進状況") && text.includes("進捗率") ? 0.95 : 0.3;
  },
  parse(text) {
    const issues: Issue[] = [];
    const lines = toLines(text);
    const titleLine = lines.find((l) => l.text.includes(TITLE));
    if (!titleLine) {
      return { ok: false, issues: [{ severity: "error", message: `「${TITLE}」の表題が見つかりません。` }] };
    }
    const editionLine = lines.find((l) => parseYearMonth(l.text.trim()));
    const ym = editionLine ? parseYearMonth(editionLine.text.trim()) : null;
    if (!ym)
      issues.push({
        severity: "warning",
        line: titleLine.no,
        message: "作成年月（例: 2018年11月）が見つかりません。",
      });
    const edition = ym ? `${ym.year}-${String(ym.month).padStart(2, "0")}` : "2018-11";
    const doc = emptyDocument("sousei-progress", PLAN_KEY, TITLE, edition);
    doc.evaluationYear = ym?.year ?? 2018;

    const rulesStart = lines.findIndex((l) => l.text.includes("進捗率について"));
    const rulesText =
      rulesStart >= 0
        ? cleanText(
            lines
              .slice(rulesStart, rulesStart + 8)
              .map((l) => l.text)
              .join("\n"),
          ).replace(/\n?重点戦略プロジェクト推進状況[\s\S]*$/, "")
        : "";
    doc.plans.push({
      key: PLAN_KEY,
      name: "北海道創生総合戦略",
      organization: "北海道",
      // The strategy ran H27–H31 (2015–2019); the report does not print it, the targets end in H31/H32.
      period: { from: 2015, to: 2019, basis: "fiscal" },
      levels: ["プロジェクト", "テーマ"],
      ruleProfile: "hokkaido-sousei",
      texts: rulesText ? { 進捗率について: rulesText } : {},
    });

    let project: { key: string; no: number } | null = null;
    let theme: { key: string } | null = null;
    let nodeOrder = 0;
    let linkOrder = 0;
    let section: "none" | "summary" | "programs" | "kpi" | "other" = "none";
    let kpiLines: Line[] = [];
    const summary = new Map<string, string[]>();
    const programsByKey = new Map<string, { budget?: string }>();
    const drafts: IndicatorDraft[] = [];

    const flushKpi = () => {
      if (project && kpiLines.length > 0)
        parseKpiSection(kpiLines, project.key, drafts, issues, doc.observations);
      kpiLines = [];
    };

    for (const line of lines) {
      const t = line.text.trim();
      const pm = PROJECT_RE.exec(t);
      if (pm) {
        flushKpi();
        project = { key: `${PLAN_KEY}/${pm[1]}`, no: Number(pm[1]) };
        theme = null;
        doc.nodes.push({
          key: project.key,
          planKey: PLAN_KEY,
          level: "プロジェクト",
          code: pm[1]!,
          name: pm[2]!,
          sortOrder: nodeOrder++,
          line: line.no,
        });
        section = "none";
        continue;
      }
      if (!project) continue;
      if (section === "kpi") {
        kpiLines.push(line);
        continue;
      }
      const tm = THEME_RE.exec(t);
      if (tm && !t.includes("\t") && t.length < 60) {
        const idx = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".indexOf(tm[1]!) + 1;
        theme = { key: `${project.key}/${idx}` };
        doc.nodes.push({
          key: theme.key,
          planKey: PLAN_KEY,
          parentKey: project.key,
          level: "テーマ",
          code: `${project.no}-${idx}`,
          name: tm[2]!.trim(),
          sortOrder: nodeOrder++,
          line: line.no,
        });
        section = "none";
        continue;
      }
      if (KPI_SECTION_RE.test(t)) {
        section = "kpi";
        continue;
      }
      if (/^\[本年度の主な取組概要\]|^\[関連施策の取組状況\]|^\[COC\+/.test(t)) {
        section = "summary";
        continue;
      }
      if (/^\[関連事業の取組状況\]/.test(t)) {
        section = "programs";
        continue;
      }
      if (section === "summary" && theme && t !== "") {
        const parts = summary.get(theme.key) ?? [];
        parts.push(cleanText(t.replace(/^[-■]\s*/, "")));
        summary.set(theme.key, parts);
        continue;
      }
      if (section === "programs" && theme && t !== "" && !PROGRAM_HEADER_RE.test(t)) {
        const cells = line.text.split("\t");
        if (cells.length < 3) {
          issues.push({
            severity: "error",
            line: line.no,
            message: `関連事業の行の列が足りません（事業名・H30予算・取組状況の3列が必要です。行が途中で切れていませんか）: 「${t.slice(0, 40)}」`,
          });
          continue;
        }
        const rawName = cells[0]!.trim();
        const relisted = RELISTED_RE.test(rawName);
        const name = rawName.replace(RELISTED_RE, "").trim();
        const budgetText = toHalfWidth(cells[1]!.trim());
        const status = cleanText(cells.slice(2).join(" "));
        const carried = /\((H\d+)繰越\)/.exec(budgetText);
        const amount = parseNumber(budgetText.replace(/\(.*\)/, ""));
        if (!amount || amount.value.scale !== 0) {
          issues.push({
            severity: "warning",
            line: line.no,
            message: `H30予算「${cells[1]!.trim()}」を金額（千円）として読めません: ${name}`,
          });
        }
        let key = hokkaidoKey(name);
        if (relisted && !programsByKey.has(key)) {
          const match = closestProgram(name, amount ? String(amount.value.units) : undefined, programsByKey);
          if (match) {
            issues.push({
              severity: "warning",
              line: line.no,
              message: `【再掲】「${name}」と同名の事業がないため、予算額と名称が近い「${match.name}」の再掲として扱いました。`,
            });
            key = match.key;
          }
        }
        const listed = { name: rawName, budget: cells[1]!.trim(), status };
        if (!programsByKey.has(key)) {
          programsByKey.set(key, { ...(amount ? { budget: String(amount.value.units) } : {}) });
          doc.programs.push({
            key,
            name,
            summary: status,
            attributes: { status2018: status },
            line: line.no,
          });
          if (amount && amount.value.scale === 0) {
            doc.budgetLines.push({
              programKey: key,
              fiscalYear: 2018,
              kind: carried ? "繰越" : "予算",
              amount: amount.value.units,
              scale: 3,
              standalone: true,
              ...(carried ? { note: `${carried[1]}繰越` } : {}),
              line: line.no,
            });
          }
        }
        doc.programLinks.push({
          programKey: key,
          nodeKey: theme.key,
          sortOrder: linkOrder++,
          relisted,
          listed,
          line: line.no,
        });
      }
    }
    if (project && section !== "kpi") {
      issues.push({
        severity: "error",
        line: lines.length,
        message: `最後のプロジェクト「${project.key}」の数値目標・KPIの表がありません。資料が途中で切れていませんか。`,
      });
    }
    flushKpi();

    for (const n of doc.nodes) {
      const parts = summary.get(n.key);
      if (parts) Object.assign(n, { texts: { 本年度の主な取組概要: parts.join("\n") } });
    }
    const seenIndicators = new Set<string>();
    for (const d of drafts) {
      if (!seenIndicators.has(d.indicator.key)) {
        seenIndicators.add(d.indicator.key);
        doc.indicators.push(d.indicator);
      }
      doc.usages.push(d.usage);
    }
    if (doc.nodes.length === 0) {
      issues.push({
        severity: "error",
        message: "プロジェクト（例:「1 ○○プロジェクト」）が1つも見つかりません。",
      });
      return { ok: false, issues };
    }
    return { ok: true, document: doc, issues } satisfies ParseResult;
  },
};

function closestProgram(
  name: string,
  budget: string | undefined,
  programs: Map<string, { budget?: string }>,
) {
  const k = nameKey(name);
  let best: { key: string; name: string; score: number } | null = null;
  for (const [key, p] of programs) {
    if (budget === undefined || p.budget !== budget) continue;
    const other = key.replace(/^hokkaido:/, "");
    let common = 0;
    for (const ch of new Set(k)) if (other.includes(ch)) common++;
    const score = common / Math.max(new Set(k).size, 1);
    if (!best || score > best.score) best = { key, name: other, score };
  }
  return best && best.score >= 0.6 ? best : null;
}

function parseKpiSection(
  lines: readonly Line[],
  nodeKey: string,
  drafts: IndicatorDraft[],
  issues: Issue[],
  observations: ObservationInput[],
) {
  let header: HeaderPeriods = {};
  let headerName: string | undefined;
  let last: IndicatorDraft | undefined;
  const sectionDrafts: IndicatorDraft[] = [];
  let order = drafts.length;
  let role = "KPI";

  for (const row of kpiRows(lines)) {
    const cells = row.cells.filter((c) => c !== "");
    if (cells.length === 0) continue;
    const first = cells[0]!;
    if (/^※\s*(\d)/.test(toHalfWidth(first))) {
      applyFootnote(first, row.no, sectionDrafts, observations, issues);
      continue;
    }
    if (/^\[数値目標\]/.test(first)) role = "数値目標";
    else if (first === "KPI") role = "KPI";
    if (isHeader(cells)) {
      header = headerPeriods(cells);
      const idx = cells.findIndex((c) => /戦略策定/.test(c));
      const before = cells.slice(0, idx).filter((c) => !/^\[数値目標\]$|^KPI$/.test(c));
      const candidate = before[before.length - 1];
      headerName = candidate ? headerNameOf(candidate) : undefined;
      continue;
    }
    if (cells.length === 1) continue; // [数値目標], descriptions, "KPI"

    // A national reference row under the previous indicator: "(全国) 1.42 1.43 —".
    if (/^[(（]全国[)）]$/.test(first) && last) {
      const [b, a] = cells.slice(1).map((c) => valueCell(c));
      const put = (v: ValueCell | null | undefined, period?: Period) => {
        if (v?.value !== undefined && period) {
          observations.push({
            indicatorKey: last!.indicator.key,
            series: "national",
            period,
            value: v.value,
            line: row.no,
          });
        }
      };
      put(b, b?.period ?? header.baseline);
      put(a, a?.period ?? header.actual);
      continue;
    }

    let name = headerName;
    let rest = cells;
    if (!valueCell(first)) {
      const label = joinJapanese(first);
      if (headerName && label === "北海道") name = headerName;
      else if (headerName && headerName.endsWith(label)) name = headerName;
      else if (headerName && /^[(（]うち/.test(label))
        name = `${headerName}${label.replace(/^\(/, "（").replace(/\)$/, "）")}`;
      else name = label;
      rest = cells.slice(1);
    }
    if (!name) {
      issues.push({
        severity: "warning",
        line: row.no,
        message: "指標名が見つからない数値の行を読み飛ばしました。",
      });
      continue;
    }
    const [bCell, aCell, tCell, rCell] = rest;
    if (aCell === undefined || tCell === undefined) {
      issues.push({
        severity: "error",
        line: row.no,
        message: `指標「${name}」の行に実績値・目標値の列が足りません（行が途中で切れていませんか）。`,
      });
      continue;
    }
    const baseline = bCell !== undefined ? valueCell(bCell) : null;
    const actual = valueCell(aCell);
    const target = targetCell(tCell, header.target);
    const unit = actual?.unit || baseline?.unit || "";
    const key = hokkaidoKey(name);
    const baselinePeriod = baseline?.period ?? header.baseline;
    const actualPeriod = actual?.period ?? header.actual;
    if (target?.kind === "baseline_or_more" && baseline?.value === undefined) {
      issues.push({
        severity: "warning",
        line: row.no,
        message: `指標「${name}」は現状値以上の目標ですが基準値がありません。`,
      });
    }
    const rateText = rCell && isRate(rCell) ? toHalfWidth(rCell) : undefined;
    const rate = rateText ? /^(\d+(?:\.\d+)?)%/.exec(rateText)![1] : undefined;
    const footnote = rateText ? /※\s*(\d)/.exec(rateText)?.[1] : undefined;
    const draft: IndicatorDraft = {
      indicator: {
        key,
        name,
        unit,
        direction: "increase", // 003 marks decrease indicators with （※） in the name; none are present.
        measure: "quantitative",
        line: row.no,
      },
      usage: {
        indicatorKey: key,
        nodeKey,
        displayName: name,
        sortOrder: order++,
        role,
        ...(baseline?.value !== undefined
          ? { baseline: { value: baseline.value, ...(baselinePeriod ? { period: baselinePeriod } : {}) } }
          : {}),
        targets: target ? [target] : [],
        ...(rate ? { publishedRate: rate } : {}),
        ...(rate && actualPeriod ? { publishedPeriod: actualPeriod } : {}),
        line: row.no,
      },
      ...(footnote ? { footnote } : {}),
    };
    if (!target) {
      issues.push({
        severity: "warning",
        line: row.no,
        message: `指標「${name}」の目標値「${tCell}」を読めません。`,
      });
    }
    if (actual?.value !== undefined && actualPeriod) {
      observations.push({
        indicatorKey: key,
        series: "actual",
        period: actualPeriod,
        value: actual.value,
        line: row.no,
      });
    } else if (actual?.missing && actualPeriod) {
      observations.push({
        indicatorKey: key,
        series: "actual",
        period: actualPeriod,
        status: "－",
        line: row.no,
      });
    }
    if (baseline?.value !== undefined && baselinePeriod) {
      observations.push({
        indicatorKey: key,
        series: "actual",
        period: baselinePeriod,
        value: baseline.value,
        line: row.no,
      });
    }
    drafts.push(draft);
    sectionDrafts.push(draft);
    last = draft;
  }
}

/** Name from a header's leading cell: "国や道の…地域数 12地域 (H26) → …" → "国や道の…地域数". */
function headerNameOf(cell: string): string | undefined {
  const c = cell.replace(/^\[数値目標\]\s*/, "");
  if (c.includes("：")) return undefined; // "道産食品輸出額：1,000億円（H30）" is a description
  const m = /^(.+?)\s*[\d０-９][\d,.０-９]*\S*\s*\(/.exec(c);
  return joinJapanese(m ? m[1]! : c);
}

/** "※1 H29全国平均値75.7を用いて計算" / "※1 H29の全国数値1.43に対する進捗率": a national value for a year. */
function applyFootnote(
  text: string,
  line: number,
  drafts: readonly IndicatorDraft[],
  observations: ObservationInput[],
  issues: Issue[],
) {
  const t = toHalfWidth(text);
  const m = /^※\s*(\d)\s*(.*)$/.exec(t);
  if (!m) return;
  const [, no, body] = m;
  const target = [...drafts].reverse().find((d) => d.footnote === no);
  const v = /([HR元\d]+?)(?:の)?全国(?:平均値|数値)\s*([\d.]+)/.exec(body!);
  if (!target || !v) {
    issues.push({ severity: "warning", line, message: `注記「${text.trim()}」を指標に結び付けられません。` });
    return;
  }
  const period = parsePeriod(v[1]!);
  if (!period) return;
  target.usage.note = cleanText(text);
  const key = target.indicator.key;
  const n = parseNumber(v[2]!);
  if (!n) return;
  const value = formatDecimal(n.value);
  // "※1 H29の全国数値1.43" repeats the (全国) row above it: one observation (a different value stays).
  const same = (o: ObservationInput) =>
    o.indicatorKey === key && o.series === "national" && samePeriod(o.period, period) && o.value === value;
  if (!observations.some(same))
    observations.push({ indicatorKey: key, series: "national", period, value, line });
}
