// The tabular parts of each document: one header row, one fact per row, numbers as numbers. CSV writes
// one of these; the open-data export uses the same shape.
import { ESTIMATE_LABEL } from "../domain/evaluate.ts";
import {
  DIRECTION_LABEL,
  PROVISIONAL_MARK,
  RATE_BASIS,
  periodShort,
  rateBasis,
  shortEraYear,
} from "./format.ts";
import { cellLabel } from "./models/vision-progress.ts";
import type { ReportModel } from "./reports.ts";

/** text: as is; number: a decimal (kept exactly as text in CSV); amount: 千円; rate: percent. */
export type ColumnType = "text" | "integer" | "number" | "amount" | "rate";

export interface Column {
  key: string;
  label: string;
  type: ColumnType;
}

export type CellValue = string | number | null;

export interface DataTable {
  name: string;
  title: string;
  columns: Column[];
  rows: CellValue[][];
}

const col = (key: string, label: string, type: ColumnType = "text"): Column => ({ key, label, type });
const joinPath = (parts: (string | null)[]) => parts.filter(Boolean).join(" ");

/** The table `name` of a document (see KIND_INFO for the names). */
export function reportTable(model: ReportModel, name: string): DataTable {
  switch (model.kind) {
    case "kihon-hyoka":
      if (name === "programs")
        return {
          name,
          title: "事務事業",
          columns: [
            col("measureCode", "施策コード"),
            col("measure", "施策名"),
            col("fiscalYear", "年度", "integer"),
            col("code", "事業番号"),
            col("relatedMeasureNo", "関連施策番号"),
            col("type", "区分"),
            col("name", "事務事業名"),
            col("relisted", "再掲"),
            col("department", "担当課"),
            col("amount", "事業費（千円）", "amount"),
            col("generalRevenue", "うち一般財源（千円）", "amount"),
            col("staffHq", "人工（本庁）", "number"),
            col("staffBranch", "人工（出先機関）", "number"),
            col("staffTotal", "人工計", "number"),
            col("totalCost", "トータルコスト（千円）", "amount"),
            col("responsePolicyNo", "対応方針番号"),
            col("direction", "方向性"),
          ],
          rows: model.sheets.flatMap((s) =>
            s.programs.rows.map((p) => [
              s.node.code,
              s.node.name,
              s.programs.fiscalYear,
              p.code,
              p.relatedMeasureNo,
              p.type,
              p.name,
              p.relisted ? "再掲" : null,
              p.department,
              p.amount,
              p.generalRevenue,
              p.staffHq,
              p.staffBranch,
              p.staffTotal,
              p.totalCost,
              p.responsePolicyNo,
              p.direction,
            ]),
          ),
        };
      return {
        name,
        title: "成果指標",
        columns: [
          col("measureCode", "施策コード"),
          col("measure", "施策名"),
          col("evaluationYear", "評価年度", "integer"),
          col("no", "番号", "integer"),
          col("indicator", "指標名"),
          col("unit", "単位"),
          col("direction", "増減"),
          col("actualPeriod", "実績の年"),
          col("actual", "実績値", "number"),
          col("actualKind", "実績値の区分"),
          col("target", "目標値（同年）", "number"),
          col("finalPeriod", "最終目標の年"),
          col("finalTarget", "最終目標", "number"),
          col("rate", "達成率（%）", "rate"),
          col("grade", "指標判定"),
          col("rateBasis", RATE_BASIS),
        ],
        // One record per year the sheet shows (H30, R元, R2 …); the indicator's final target, rate and
        // grade on each. An indicator with no figure in any year still has one record.
        rows: model.sheets.flatMap((s) =>
          s.indicators.flatMap((i) => {
            const shown = i.years.filter((y) => y.actual !== null || y.target !== null);
            return (shown.length ? shown : [null]).map((y) => [
              s.node.code,
              s.node.name,
              s.evaluationYear,
              i.no,
              i.name,
              i.unit,
              DIRECTION_LABEL[i.direction] ?? i.direction,
              y ? String(y.to) : null,
              y?.actual ?? null,
              y?.estimate ? ESTIMATE_LABEL : null,
              y?.target ?? null,
              i.final ? String(i.final.to) : null,
              i.final?.value ?? i.final?.label ?? null,
              i.rate,
              i.grade,
              rateBasis(i.rate, i.provisional),
            ]);
          }),
        ),
      };
    case "sousei-progress":
      if (name === "programs")
        return {
          name,
          title: "関連事業",
          columns: [
            col("project", "プロジェクト"),
            col("theme", "テーマ"),
            col("name", "関連事業名"),
            col("relisted", "再掲"),
            col("fiscalYear", "年度", "integer"),
            col("budget", "予算（千円）", "amount"),
            col("budgetNote", "予算の注記"),
            col("status", "取組状況"),
          ],
          rows: model.projects.flatMap((p) =>
            p.themes.flatMap((t) =>
              t.programs.map((g) => [
                joinPath([p.code, p.name]),
                joinPath([t.code, t.name]),
                g.name,
                g.relisted ? "再掲" : null,
                model.year,
                g.budget,
                g.budgetNote,
                g.status,
              ]),
            ),
          ),
        };
      return {
        name,
        title: "数値目標・KPI",
        columns: [
          col("project", "プロジェクト"),
          col("role", "区分"),
          col("indicator", "指標名"),
          col("unit", "単位"),
          col("direction", "増減"),
          col("baselinePeriod", "戦略策定時の年"),
          col("baseline", "戦略策定時", "number"),
          col("nationalBaseline", "全国値（戦略策定時）", "number"),
          col("actualPeriod", "実績値の年"),
          col("actual", "実績値(a)", "number"),
          col("actualKind", "実績値の区分"),
          col("targetPeriod", "目標値の年"),
          col("target", "目標値(b)", "number"),
          col("targetLabel", "目標値の記載"),
          col("referenceValue", "参照値（全国値等）", "number"),
          col("rate", "進捗率（%）", "rate"),
          col("rateBasis", RATE_BASIS),
          col("rateReason", "進捗率なしの理由"),
        ],
        rows: model.projects.flatMap((p) =>
          p.indicators.map((k) => [
            joinPath([p.code, p.name]),
            k.role,
            k.name,
            k.unit,
            DIRECTION_LABEL[k.direction] ?? k.direction,
            k.baseline?.from != null
              ? periodShort(k.baseline.from, k.baseline.to ?? k.baseline.from, model.asOf)
              : null,
            k.baseline?.value ?? null,
            k.national?.baseline.value ?? null,
            k.actual ? periodShort(k.actual.from, k.actual.to, model.asOf) : null,
            k.actual?.value ?? null,
            k.actual?.estimate ? ESTIMATE_LABEL : null,
            k.target ? periodShort(k.target.from, k.target.to, model.asOf) : null,
            k.target?.value ?? null,
            k.target?.label ?? null,
            k.referenceValue,
            k.rate,
            rateBasis(k.rate, k.provisional),
            k.rateReason,
          ]),
        ),
      };
    case "vision-progress": {
      const levels = model.levels.map((l, i) => col(`level${i + 1}`, l));
      const last = model.year;
      return {
        name,
        title: "進捗状況",
        columns: [
          ...levels,
          col("star", "★"),
          col("relisted", "再掲"),
          col("program", "事業名"),
          col("indicator", "指標"),
          ...model.years.map((y) => col(`actual${y}`, `${shortEraYear(y)} 実績`, "number")),
          col("content", `${shortEraYear(last)} 内容`),
          col("settlement", `${shortEraYear(last)} 決算見込額（千円）`, "amount"),
          col("target", `${shortEraYear(last)} 目標`, "number"),
          col("rate", "達成率（%）", "rate"),
          col("rateBasis", RATE_BASIS),
        ],
        rows: model.groups.flatMap((g) =>
          g.rows.map((r) => [
            ...model.levels.map((l) => {
              const p = g.path.find((x) => x.level === l);
              return p ? joinPath([p.code, p.name]) : null;
            }),
            r.star ? "★" : null,
            r.relisted ? "再掲" : null,
            r.name,
            r.indicator,
            ...r.actuals.map((c) => cellLabel(c)),
            r.content,
            r.settlement,
            r.target ? cellLabel(r.target) : null,
            r.rate,
            rateBasis(r.rate, r.provisional),
          ]),
        ),
      };
    }
    case "society5-catalogue":
      return {
        name,
        title: "関連事業",
        columns: [
          col("no", "番号", "integer"),
          col("pillar", "柱"),
          col("name", "事業名"),
          col("fiscalYear", "年度", "integer"),
          col("budget", "事業費（千円）", "amount"),
          col("standalone", "枠内・内数"),
          col("department", "担当課"),
          col("purpose", "目的"),
          col("targets", "目標"),
          col("indicators", "指標と達成率"),
        ],
        rows: model.pillars.flatMap((p) =>
          p.sheets.map((s) => [
            s.no,
            p.name,
            s.name,
            model.year,
            s.budget,
            s.standalone ? null : (s.budgetNote ?? "枠内・内数"),
            s.department,
            s.purpose,
            s.targets.map((t) => `${t.label} ${t.text}`.trim()).join("\n") || null,
            s.indicators
              .map(
                (i) =>
                  `${i.name}${i.rate !== null ? ` ${i.rate}%${i.provisional ? PROVISIONAL_MARK : ""}` : ""}`,
              )
              .join("\n") || null,
          ]),
        ),
      };
  }
}
