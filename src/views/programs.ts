// A program (事務事業) with its budgets, its lifecycle and every node it is listed under; departments
// with their 部 and 局.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { inChunks } from "../evaluation/indicator-records.ts";
import { type ProgramLifecycle, lifecycleLabel } from "../domain/program-lifecycle.ts";
import type { DepartmentDetail, DepartmentList, ProgramDetail } from "../server/schemas/read.ts";
import { budgetFigures, parseJson, toSenYen } from "./common.ts";

export async function programDetail(db: Kysely<Database>, id: number): Promise<ProgramDetail | null> {
  const p = await db
    .selectFrom("programs as p")
    .leftJoin("departments as d", "d.id", "p.department_id")
    .select([
      "p.id",
      "p.code",
      "p.name",
      "p.summary",
      "p.attributes",
      "p.name",
      "p.ended_year",
      "p.successor_id",
      "d.id as departmentId",
      "d.name as departmentName",
    ])
    .where("p.id", "=", id)
    .executeTakeFirst();
  if (!p) return null;
  const [budgets, links, documents, successor, names] = await Promise.all([
    db
      .selectFrom("budget_lines as b")
      .innerJoin("documents as doc", "doc.id", "b.document_id")
      .select([
        "b.fiscal_year",
        "b.kind",
        "b.amount",
        "b.scale",
        "b.general_revenue",
        "b.staff_hq",
        "b.staff_branch",
        "b.staff_total",
        "b.total_cost",
        "b.standalone",
        "b.note",
        "doc.title",
        "doc.key as documentKey",
      ])
      .where("b.program_id", "=", id)
      .orderBy("b.fiscal_year")
      .orderBy("b.kind")
      .execute(),
    db
      .selectFrom("program_links as l")
      .innerJoin("policy_nodes as n", "n.id", "l.node_id")
      .innerJoin("plans as pl", "pl.id", "n.plan_id")
      .select([
        "n.id",
        "n.code",
        "n.name",
        "n.level",
        "pl.key",
        "pl.name as planName",
        "l.relisted",
        "l.listed",
      ])
      .where("l.program_id", "=", id)
      .orderBy("pl.key")
      .orderBy("l.sort_order")
      .execute(),
    programDocuments(db, id),
    db
      .selectFrom("programs")
      .select(["id", "name"])
      .where("id", "=", p.successor_id ?? 0)
      .executeTakeFirst(),
    departmentNames(db),
  ]);
  const attributes = parseJson<Record<string, unknown>>(p.attributes, {});
  const successorName = successor?.name ?? (attributes.successorName as string | undefined) ?? null;
  return {
    program: {
      id: p.id,
      code: p.code,
      name: p.name,
      summary: p.summary,
      department:
        p.departmentId !== null && p.departmentName !== null
          ? { id: p.departmentId, name: p.departmentName, fullName: names.get(p.departmentId)! }
          : null,
      attributes,
      endedYear: p.ended_year,
      successor: successor ?? null,
      lifecycle: lifecycleLabel({ endedYear: p.ended_year, successorName }),
    },
    budgets: budgets.map((b) => ({
      ...budgetFigures(b),
      scale: 3,
      document: b.title,
      documentKey: b.documentKey,
    })),
    documents,
    links: links.map((l) => ({
      nodeId: l.id,
      nodeCode: l.code,
      nodeName: l.name,
      level: l.level,
      planKey: l.key,
      planName: l.planName,
      relisted: l.relisted === 1,
      listed: parseJson<Record<string, unknown>>(l.listed, {}),
    })),
  };
}

/** An ended program's lifecycle, with its successor linked where the successor is in the data. */
export interface ProgramEnd extends ProgramLifecycle {
  name: string;
  endedYear: number;
  successor: { id: number; name: string } | null;
  /** 「令和3年度をもって終了」 / 「令和4年度から中小企業DX推進費に統合」. */
  label: string;
}

/** The programs among `ids` that ended, with their lifecycle (as the program page states it). */
export async function programEnds(
  db: Kysely<Database>,
  ids: readonly number[],
): Promise<Map<number, ProgramEnd>> {
  if (ids.length === 0) return new Map();
  // In chunks: a national plan's dashboard names more programs than a statement may bind.
  const rows = await inChunks([...ids], (chunk) =>
    db
      .selectFrom("programs as p")
      .leftJoin("programs as s", "s.id", "p.successor_id")
      .select([
        "p.id",
        "p.name",
        "p.ended_year",
        "p.attributes",
        "s.id as successorId",
        "s.name as successorName",
      ])
      .where("p.id", "in", chunk)
      .where("p.ended_year", "is not", null)
      .execute(),
  );
  return new Map(
    rows.map((r) => {
      const named = parseJson<{ successorName?: string }>(r.attributes, {}).successorName ?? null;
      const successorName = r.successorName ?? named;
      const lifecycle = { endedYear: r.ended_year!, successorName };
      return [
        r.id,
        {
          ...lifecycle,
          name: r.name,
          successor:
            r.successorId !== null && r.successorName !== null
              ? { id: r.successorId, name: r.successorName }
              : null,
          label: lifecycleLabel(lifecycle)!,
        },
      ];
    }),
  );
}

/** The documents that state something about a program: its sources, listings and budget lines. */
async function programDocuments(db: Kysely<Database>, programId: number) {
  const ids = db
    .selectFrom("program_links")
    .select("document_id")
    .where("program_id", "=", programId)
    .union((eb) => eb.selectFrom("budget_lines").select("document_id").where("program_id", "=", programId))
    .union((eb) =>
      eb.selectFrom("program_sources").select("document_id").where("program_id", "=", programId),
    );
  return db.selectFrom("documents").select(["key", "title"]).where("id", "in", ids).orderBy("key").execute();
}

/** Every department's full name (経済部産業振興局産業振興課), by id: the names from the top level down. */
async function departmentNames(db: Kysely<Database>): Promise<Map<number, string>> {
  const rows = await db.selectFrom("departments").select(["id", "name", "parent_id"]).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const full = (id: number, depth = 0): string => {
    const d = byId.get(id)!;
    return d.parent_id === null || depth > 8 ? d.name : full(d.parent_id, depth + 1) + d.name;
  };
  return new Map(rows.map((r) => [r.id, full(r.id)]));
}

export async function departmentList(db: Kysely<Database>): Promise<DepartmentList> {
  const names = await departmentNames(db);
  const rows = await db
    .selectFrom("departments as d")
    .select((eb) => [
      "d.id",
      "d.name",
      "d.parent_id",
      eb
        .selectFrom("node_departments as nd")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("nd.department_id", "=", "d.id")
        .as("nodeCount"),
      eb
        .selectFrom("programs as p")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("p.department_id", "=", "d.id")
        .as("programCount"),
    ])
    .orderBy("d.name")
    .execute();
  return {
    departments: rows.map((r) => ({
      id: r.id,
      name: r.name,
      fullName: names.get(r.id)!,
      parentId: r.parent_id,
      nodeCount: Number(r.nodeCount),
      programCount: Number(r.programCount),
    })),
  };
}

export async function departmentDetail(db: Kysely<Database>, id: number): Promise<DepartmentDetail | null> {
  const d = await db
    .selectFrom("departments")
    .select(["id", "name", "parent_id"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!d) return null;
  const names = await departmentNames(db);
  const [nodes, programs] = await Promise.all([
    db
      .selectFrom("node_departments as nd")
      .innerJoin("policy_nodes as n", "n.id", "nd.node_id")
      .innerJoin("plans as p", "p.id", "n.plan_id")
      .select(["n.id", "n.code", "n.name", "n.level", "p.key", "p.name as planName"])
      .where("nd.department_id", "=", id)
      .orderBy("p.key")
      .orderBy("n.sort_order")
      .execute(),
    db
      .selectFrom("programs")
      .select(["id", "code", "name"])
      .where("department_id", "=", id)
      .orderBy("code")
      .orderBy("name")
      .execute(),
  ]);
  const lines = programs.length
    ? await db
        .selectFrom("budget_lines")
        .select(["program_id", "fiscal_year", "kind", "amount", "scale"])
        .where(
          "program_id",
          "in",
          programs.map((p) => p.id),
        )
        .orderBy("fiscal_year", "desc")
        .execute()
    : [];
  return {
    department: { id: d.id, name: d.name, fullName: names.get(d.id)!, parentId: d.parent_id },
    nodes: nodes.map((n) => ({
      id: n.id,
      code: n.code,
      name: n.name,
      level: n.level,
      planKey: n.key,
      planName: n.planName,
    })),
    programs: programs.map((p) => {
      const b = lines.find((l) => l.program_id === p.id);
      return {
        id: p.id,
        code: p.code,
        name: p.name,
        budget: b ? { fiscalYear: b.fiscal_year, kind: b.kind, amount: toSenYen(b.amount, b.scale) } : null,
      };
    }),
  };
}
