// Which documents apply to a page: a measure with an evaluation has its 基本評価調書 for each evaluated
// year; a plan has the documents of the kind it was published as (推進状況, 進捗状況, 関連事業) for the
// years it has budgets, and its 基本評価調書 in bulk; a program has its 関連事業 sheet.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { planReportKind } from "./editions.ts";
import { planDocuments } from "../views/common.ts";
import { fiscalYearLabel } from "./format.ts";
import type { AvailableReport } from "../server/schemas/editions.ts";
import { KIND_INFO, REPORT_FORMATS, type ReportKind } from "./reports.ts";

export type { AvailableReport };

async function budgetYears(db: Kysely<Database>, planId: number, programId?: number): Promise<number[]> {
  let q = db
    .selectFrom("budget_lines as b")
    .innerJoin("program_links as l", "l.program_id", "b.program_id")
    .innerJoin("policy_nodes as n", "n.id", "l.node_id")
    .select("b.fiscal_year")
    .distinct()
    .where("n.plan_id", "=", planId)
    .where("b.document_id", "in", planDocuments(db, { planId }));
  if (programId !== undefined) q = q.where("b.program_id", "=", programId);
  const rows = await q.orderBy("b.fiscal_year", "desc").execute();
  return rows.map((r) => r.fiscal_year);
}

/** One document of one year, with the query that downloads it. */
export const reportEntry = (
  kind: ReportKind,
  year: number,
  label: string,
  query: Record<string, string>,
): AvailableReport => ({
  kind,
  title: KIND_INFO[kind].title,
  label,
  year,
  formats: [...REPORT_FORMATS],
  query: { ...query, year: String(year) },
});

export async function availableReports(
  db: Kysely<Database>,
  where: { planKey?: string; nodeId?: number; programId?: number },
): Promise<AvailableReport[]> {
  const out: AvailableReport[] = [];
  if (where.nodeId !== undefined) {
    const rows = await db
      .selectFrom("node_evaluations as e")
      .innerJoin("policy_nodes as n", "n.id", "e.node_id")
      .innerJoin("plans as p", "p.id", "n.plan_id")
      .select(["e.evaluation_year", "n.id", "n.code", "p.key"])
      .distinct()
      .where("n.id", "=", where.nodeId)
      .orderBy("e.evaluation_year", "desc")
      .execute();
    for (const r of rows)
      out.push(
        reportEntry("kihon-hyoka", r.evaluation_year, `${fiscalYearLabel(r.evaluation_year)} 基本評価調書`, {
          plan: r.key,
          node: r.code ?? String(r.id),
        }),
      );
  }
  if (where.planKey !== undefined) {
    const plan = await db
      .selectFrom("plans as p")
      .innerJoin("documents as d", "d.id", "p.document_id")
      .select(["p.id", "p.key", "d.kind"])
      .where("p.key", "=", where.planKey)
      .executeTakeFirst();
    if (plan) {
      // Plans published in one of these document kinds get that document.
      const kind = planReportKind(plan.kind);
      if (kind)
        for (const y of await budgetYears(db, plan.id))
          out.push(
            reportEntry(kind, y, `${fiscalYearLabel(y)} ${KIND_INFO[kind].title}`, { plan: plan.key }),
          );
      const evaluated = await db
        .selectFrom("node_evaluations as e")
        .innerJoin("policy_nodes as n", "n.id", "e.node_id")
        .select("e.evaluation_year")
        .distinct()
        .where("n.plan_id", "=", plan.id)
        .orderBy("e.evaluation_year", "desc")
        .execute();
      for (const e of evaluated)
        out.push(
          reportEntry(
            "kihon-hyoka",
            e.evaluation_year,
            `${fiscalYearLabel(e.evaluation_year)} 基本評価調書（全施策）`,
            {
              plan: plan.key,
            },
          ),
        );
    }
  }
  if (where.programId !== undefined) {
    const plans = await db
      .selectFrom("program_links as l")
      .innerJoin("policy_nodes as n", "n.id", "l.node_id")
      .innerJoin("plans as p", "p.id", "n.plan_id")
      .innerJoin("documents as d", "d.id", "p.document_id")
      .select(["p.id", "p.key", "p.name"])
      .distinct()
      .where("l.program_id", "=", where.programId)
      .where("d.kind", "=", "society5-catalogue")
      .execute();
    for (const p of plans)
      for (const y of await budgetYears(db, p.id, where.programId))
        out.push(
          reportEntry("society5-catalogue", y, `${fiscalYearLabel(y)} 関連事業シート（${p.name}）`, {
            plan: p.key,
            program: String(where.programId),
          }),
        );
  }
  return out;
}
