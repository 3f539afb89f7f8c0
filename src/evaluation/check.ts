// `hyoka check`: every disagreement the data holds, and the facts worth a second look.
import type { Finding } from "../server/schemas/read.ts";
import type { Kysely } from "kysely";
import { compare, parseDecimal, subtract } from "../domain/decimal.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { isMissingMark, nameKey, toHalfWidth } from "../domain/text.ts";
import { periodLabel } from "../domain/years.ts";
import { UNLABELLED_COLUMN } from "../ingest/model.ts";
import { parseJson } from "../views/common.ts";
import type { Database } from "../db/schema.ts";
import { programBudgetConflicts } from "./check-programs.ts";
import { indicatorRecords } from "./indicator-records.ts";
import { measureJudgements } from "./measure-judgements.ts";

export const FINDING_KINDS = [
  "rate-mismatch",
  "grade-mismatch",
  "judgement-mismatch",
  "relisted-mismatch",
  "total-mismatch",
  "observation-conflict",
  "shared-indicator",
  "budget-conflict",
  "unlabelled-column",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type { Finding };

export async function checkData(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
): Promise<Finding[]> {
  const findings: Finding[] = [];

  const records = await indicatorRecords(db, profiles, { asOfOwnEdition: true });
  for (const r of records) {
    const where = `${r.plan} ${r.nodeCode ?? r.nodeName}「${r.indicator}」`;
    if (r.publishedRate !== null && r.rate !== r.publishedRate) {
      findings.push({
        kind: "rate-mismatch",
        severity: "disagreement",
        subject: where,
        message: `公表の率 ${r.publishedRate}% と計算した率 ${r.rate === null ? `（算出不能: ${r.rateReason}）` : `${r.rate}%`} が異なります。`,
      });
    }
    if (r.publishedGrade !== null && r.grade !== r.publishedGrade) {
      findings.push({
        kind: "grade-mismatch",
        severity: "disagreement",
        subject: where,
        message: `公表の判定「${r.publishedGrade}」と計算した判定「${r.grade ?? "－"}」が異なります。`,
      });
    }
  }

  for (const m of await measureJudgements(db, profiles, records)) {
    const where = `${m.nodeCode ?? m.nodeName}（${m.evaluationYear}年度の評価）`;
    if (m.publishedGrade !== null && m.grade !== m.publishedGrade) {
      findings.push({
        kind: "judgement-mismatch",
        severity: "disagreement",
        subject: where,
        message: `公表の指標判定「${m.publishedGrade}」と計算した判定「${m.grade ?? "－"}」が異なります。`,
      });
    }
    if (m.publishedJudgement !== null && m.judgement !== m.publishedJudgement) {
      findings.push({
        kind: "judgement-mismatch",
        severity: "disagreement",
        subject: where,
        message: `公表の総合判定「${m.publishedJudgement}」と計算した総合判定「${m.judgement ?? "－"}」が異なります。`,
      });
    }
  }

  findings.push(...(await relistedFindings(db)));

  for (const t of await db.selectFrom("printed_totals").selectAll().execute()) {
    if (!totalAgrees(t)) {
      findings.push({
        kind: "total-mismatch",
        severity: "disagreement",
        subject: t.scope_key,
        message: `${t.label}: 印刷された合計 ${t.printed} と行の合計 ${t.sum_of_rows} が異なります${t.line ? `（${t.line}行目）` : ""}。`,
      });
    }
  }

  // The same indicator, series and period stated with different values by different documents.
  const obs = await db
    .selectFrom("observations as o")
    .innerJoin("indicators as i", "i.id", "o.indicator_id")
    .innerJoin("documents as d", "d.id", "o.document_id")
    .select(["i.name", "o.indicator_id", "o.series", "o.period_from", "o.period_to", "o.value", "d.title"])
    .where("o.value", "is not", null)
    .execute();
  const byPoint = Map.groupBy(obs, (o) => `${o.indicator_id}|${o.series}|${o.period_from}|${o.period_to}`);
  for (const group of byPoint.values()) {
    const values = new Set(group.map((o) => Number(o.value)));
    if (values.size > 1) {
      const g = group[0]!;
      findings.push({
        kind: "observation-conflict",
        severity: "disagreement",
        subject: `指標「${g.name}」`,
        message: `${periodLabel({ from: g.period_from, to: g.period_to })}の値が資料により異なります: ${group.map((o) => `${o.title} ${o.value}`).join(" / ")}`,
      });
    }
  }

  findings.push(...(await programBudgetConflicts(db)));
  findings.push(...(await unlabelledColumnFindings(db)));

  const shared = await db
    .selectFrom("indicator_usages as u")
    .innerJoin("indicators as i", "i.id", "u.indicator_id")
    .innerJoin("policy_nodes as n", "n.id", "u.node_id")
    .innerJoin("plans as p", "p.id", "n.plan_id")
    .select(["i.id", "i.name", "p.name as planName"])
    .execute();
  for (const group of Map.groupBy(shared, (s) => s.id).values()) {
    const plans = [...new Set(group.map((g) => g.planName))];
    if (plans.length > 1) {
      findings.push({
        kind: "shared-indicator",
        severity: "info",
        subject: `指標「${group[0]!.name}」`,
        message: `${plans.length}つの計画で使われています（${plans.join("、")}）。実績値は1系列、目標値は計画ごとです。`,
      });
    }
  }
  return findings;
}

/**
 * Whether a printed total agrees with its rows: equal, or — when its rows print rounded figures — within
 * their rounding (`tolerance`).
 */
export function totalAgrees(t: { printed: string; sum_of_rows: string; tolerance: string | null }): boolean {
  if (t.printed === t.sum_of_rows) return true;
  const [printed, sum, tolerance] = [t.printed, t.sum_of_rows, t.tolerance ?? ""].map(parseDecimal);
  if (!printed || !sum || !tolerance) return false;
  const gap = subtract(printed, sum);
  return compare(gap, tolerance) <= 0 && compare(subtract(sum, printed), tolerance) <= 0;
}

/**
 * 再掲: the same program listed under several nodes. Each further listing must print what the first
 * (not 【再掲】) listing prints: the same figures (a figure against a dash is a disagreement too), the
 * same indicator name, and the program's own name (not a similar one the import had to accept).
 */
async function relistedFindings(db: Kysely<Database>): Promise<Finding[]> {
  const rows = await db
    .selectFrom("program_links as l")
    .innerJoin("programs as p", "p.id", "l.program_id")
    .innerJoin("policy_nodes as n", "n.id", "l.node_id")
    .select(["p.id", "p.name", "l.listed", "l.relisted", "n.name as nodeName", "l.line"])
    .orderBy("p.id")
    .orderBy("l.relisted")
    .orderBy("l.line")
    .orderBy("l.sort_order")
    .execute();
  const findings: Finding[] = [];
  const links = rows.map((l) => ({ ...l, listed: JSON.parse(l.listed) as Listed }));
  for (const [first, ...others] of Map.groupBy(links, (l) => l.id).values()) {
    const base = figuresOf(first!.listed);
    for (const other of others) {
      const differs = (field: string, a: string, b: string, reason = "") =>
        findings.push({
          kind: "relisted-mismatch",
          severity: "disagreement",
          subject: `事業「${first!.name}」`,
          message: `${fieldLabel(field)}: ${listingLabel(first!)}では ${a}、${listingLabel(other)}では ${b}${reason}。`,
        });
      const figures = figuresOf(other.listed);
      for (const [field, a] of Object.entries(base)) {
        const b = figures[field];
        if (b !== undefined && b !== a) differs(field, a, b);
      }
      const [x, y] = [first!.listed.indicator, other.listed.indicator];
      if (typeof x === "string" && typeof y === "string" && nameKey(x) !== nameKey(y))
        differs("indicator", `「${x}」`, `「${y}」`);
      // An abbreviated name ("中小企業経営支援事業" for "…(中小企業支援センター事業)") is the document's
      // practice; a similar one (a typo) is what the import accepted with a warning.
      if (other.listed.matchedBy === "similar-name")
        differs(
          "name",
          `「${String(first!.listed.name)}」`,
          `「${String(other.listed.name)}」`,
          "（名称が近いため同じ事業として読み込みました）",
        );
    }
  }
  return findings;
}

/** A listing's `listed` JSON: what it printed, as its parser recorded it. */
type Listed = Record<string, unknown>;

/** "【再掲】「取組名」（504行目）": where a listing is. */
function listingLabel(l: { relisted: number; nodeName: string; line: number | null }): string {
  return `${l.relisted ? "【再掲】" : ""}「${l.nodeName}」${l.line ? `（${l.line}行目）` : ""}`;
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: "事業名",
  indicator: "指標名",
  settlementEstimate: "決算見込額",
  target: "目標",
  budget: "予算",
};

/** "actuals.R4" → "R4実績"; known fields by their Japanese name. */
function fieldLabel(field: string): string {
  const actual = /^actuals\.(.+)$/.exec(field);
  return actual ? `${actual[1]}実績` : (FIELD_LABELS[field] ?? field);
}

/**
 * The figures a listing printed, by field name (nested one level), and "—" where it printed a dash
 * instead. Text (names, contents, status words) is not a figure and may legitimately be worded
 * differently.
 */
function figuresOf(listed: Listed): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (obj: Listed, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      if (v !== null && typeof v === "object" && !Array.isArray(v)) visit(v as Listed, `${prefix}${k}.`);
      else if (typeof v === "number") out[`${prefix}${k}`] = String(v);
      else if (typeof v !== "string") continue;
      else if (v.trim() !== "" && isMissingMark(v)) out[`${prefix}${k}`] = "—";
      else if (
        /^[△▲-]?[\d,]+(\.\d+)?$/.test(
          toHalfWidth(v)
            .trim()
            .replace(/\s*\(.*\)$/, ""),
        )
      ) {
        out[`${prefix}${k}`] = nameKey(v);
      }
    }
  };
  visit(listed, "");
  return out;
}

/**
 * Figures printed in a column whose heading the extraction lost (UNLABELLED_COLUMN): kept as printed,
 * not re-printed in any document, one finding per source document naming each row and the total.
 */
async function unlabelledColumnFindings(db: Kysely<Database>): Promise<Finding[]> {
  const [rows, totals] = await Promise.all([
    db
      .selectFrom("program_sources as s")
      .innerJoin("documents as d", "d.id", "s.document_id")
      .innerJoin("program_links as l", (j) =>
        j.onRef("l.program_id", "=", "s.program_id").onRef("l.document_id", "=", "s.document_id"),
      )
      .select(["d.id", "d.title", "s.code", "s.name", "s.attributes", "l.line"])
      .where("s.attributes", "like", `%"${UNLABELLED_COLUMN}"%`)
      .orderBy("l.line")
      .execute(),
    db
      .selectFrom("printed_totals")
      .select(["document_id as id", "printed", "line"])
      .where("label", "=", `${UNLABELLED_COLUMN} 計`)
      .execute(),
  ]);
  const findings: Finding[] = [];
  for (const [documentId, group] of Map.groupBy(rows, (r) => r.id)) {
    const cells = group.map((r) => {
      const value = parseJson<Record<string, string>>(r.attributes, {})[UNLABELLED_COLUMN];
      return `${r.line ? `${r.line}行目 ` : ""}${r.code ?? r.name} ${value}`;
    });
    for (const t of totals.filter((x) => x.id === documentId))
      cells.push(`${t.line ? `${t.line}行目 ` : ""}計 ${t.printed}`);
    findings.push({
      kind: "unlabelled-column",
      severity: "info",
      subject: `資料「${group[0]!.title}」の事務事業の表`,
      message: `${UNLABELLED_COLUMN}（抽出で見出しが失われた列）の値は、意味が読めないため帳票に出していません（事業の「調書の数値（印字のまま）」と「見出しのない列」に残しています）: ${cells.join("、")}。`,
    });
  }
  return findings;
}
