// Correcting the importer's view of which records are one program: merge two records that are one
// program, or split off what one document states into a program of its own. Administrators, and
// evaluators of a plan the program is listed under, may do either; the command line may too. Each is
// one transaction with its audit entries.
import type { Kysely, Transaction } from "kysely";
import { insertProgram, refreshPrograms } from "../db/import-document.ts";
import type { Database } from "../db/schema.ts";
import { type Principal, canEvaluate, isAdmin } from "../domain/rights.ts";
import { type Actor, COMMAND_LINE, audit } from "./audit.ts";
import { Problem, forbidden, unauthenticated } from "./problem.ts";

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

/** Who asks: a signed-in user (or none), or the command line. */
export type Caller = Principal | null | "command-line";

/** The tables whose rows belong to one program and one document. */
const PROGRAM_FACTS = ["program_sources", "program_links", "budget_lines", "program_evaluations"] as const;

const invalid = (field: string, message: string) =>
  new Problem(422, "invalid", message, { errors: [{ field, message }] });

async function programRow(db: Db | Trx, id: number) {
  const p = await db
    .selectFrom("programs")
    .select(["id", "key", "name"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!p) throw new Problem(404, "not_found", `事業（ID ${id}）が見つかりません。`);
  return p;
}

/** Anonymous callers are refused before anything is looked up. */
function signedIn(caller: Caller) {
  if (caller === null) throw unauthenticated();
}

/** The caller as the audit trail names them, once they may change the given programs. */
async function authorize(db: Db | Trx, caller: Caller, programIds: readonly number[]): Promise<Actor> {
  if (caller === "command-line") return COMMAND_LINE;
  if (!caller) throw unauthenticated();
  if (isAdmin(caller)) return caller;
  const plans = await db
    .selectFrom("program_links as l")
    .innerJoin("policy_nodes as n", "n.id", "l.node_id")
    .select("n.plan_id")
    .distinct()
    .where("l.program_id", "in", programIds)
    .execute();
  if (!plans.some((p) => canEvaluate(caller, p.plan_id))) throw forbidden("この事業を統合・分割する");
  return caller;
}

function requireReason(reason: string | undefined): string {
  const r = reason?.trim() ?? "";
  if (r === "") throw invalid("reason", "統合・分割の理由を入力してください。");
  return r;
}

/** The organization of a program's sources (for refreshing it and its predecessors). */
async function organizationOf(trx: Trx, programId: number) {
  const s = await trx
    .selectFrom("program_sources")
    .select("organization")
    .where("program_id", "=", programId)
    .executeTakeFirst();
  return s?.organization ?? "";
}

/** Readers keep costly views per data version: the documents touched make it a new one. */
async function touchDocuments(trx: Trx, documentIds: readonly number[]) {
  if (documentIds.length === 0) return;
  await trx
    .updateTable("documents")
    .set({ imported_at: new Date().toISOString() })
    .where("id", "in", documentIds)
    .execute();
}

async function documentsOf(trx: Trx, programId: number) {
  const rows = await trx
    .selectFrom("budget_lines")
    .select("document_id")
    .where("program_id", "=", programId)
    .union((eb) => eb.selectFrom("program_links").select("document_id").where("program_id", "=", programId))
    .union((eb) => eb.selectFrom("program_sources").select("document_id").where("program_id", "=", programId))
    .execute();
  return rows.map((r) => r.document_id);
}

export interface MergeInput {
  keepId: number;
  otherId: number;
  reason?: string;
}

/** Makes `otherId` part of `keepId`: its sources, listings, budget lines and evaluations move over. */
export async function mergePrograms(db: Db, caller: Caller, input: MergeInput): Promise<{ id: number }> {
  return db.transaction().execute(async (trx) => {
    signedIn(caller);
    const keep = await programRow(trx, input.keepId);
    const other = await programRow(trx, input.otherId);
    const actor = await authorize(trx, caller, [keep.id, other.id]);
    const reason = requireReason(input.reason);
    if (keep.id === other.id) throw invalid("otherId", "同じ事業どうしは統合できません。");
    const documents = await documentsOf(trx, other.id);
    for (const t of PROGRAM_FACTS) {
      await trx.updateTable(t).set({ program_id: keep.id }).where("program_id", "=", other.id).execute();
    }
    await trx
      .updateTable("programs")
      .set({ successor_id: keep.id })
      .where("successor_id", "=", other.id)
      .execute();
    await trx.deleteFrom("programs").where("id", "=", other.id).execute();
    await refreshPrograms(trx, [keep.id], await organizationOf(trx, keep.id));
    await touchDocuments(trx, documents);
    const entry = { action: "merge", entity: "program", label: "事業の統合", reason };
    const from = `#${other.id} ${other.name}（${other.key}）`;
    const into = `#${keep.id} ${keep.name}（${keep.key}）`;
    await audit(trx, actor, { ...entry, entityId: String(keep.id), field: "merged", old: from, new: into });
    await audit(trx, actor, {
      ...entry,
      entityId: String(other.id),
      field: "merged_into",
      old: from,
      new: into,
    });
    return { id: keep.id };
  });
}

export interface SplitInput {
  programId: number;
  /** The key of the document whose statements move to the new program. */
  documentKey: string;
  reason?: string;
}

/** Moves what one document states about a program (source, listings, budget lines, evaluations) to a new program. */
export async function splitProgram(db: Db, caller: Caller, input: SplitInput): Promise<{ id: number }> {
  return db.transaction().execute(async (trx) => {
    signedIn(caller);
    const program = await programRow(trx, input.programId);
    const actor = await authorize(trx, caller, [program.id]);
    const reason = requireReason(input.reason);
    const doc = await trx
      .selectFrom("documents")
      .select(["id", "key"])
      .where("key", "=", input.documentKey)
      .executeTakeFirst();
    if (!doc) throw new Problem(404, "not_found", `資料「${input.documentKey}」が見つかりません。`);
    const documents = await documentsOf(trx, program.id);
    if (!documents.includes(doc.id)) {
      throw invalid("document", `資料「${doc.key}」はこの事業について何も記載していません。`);
    }
    if (documents.length < 2) {
      throw invalid("document", `この事業は資料「${doc.key}」だけに載っているため、分割できません。`);
    }
    const id = await newProgramLike(trx, program.id, `${program.key}@${doc.key}`);
    for (const t of PROGRAM_FACTS) {
      await trx
        .updateTable(t)
        .set({ program_id: id })
        .where("program_id", "=", program.id)
        .where("document_id", "=", doc.id)
        .execute();
    }
    await refreshPrograms(trx, [program.id, id], await organizationOf(trx, id));
    await touchDocuments(trx, documents);
    const created = await programRow(trx, id);
    await audit(trx, actor, {
      action: "split",
      entity: "program",
      entityId: String(program.id),
      field: "split",
      label: "事業の分割",
      old: `#${program.id} ${program.name}（${program.key}）`,
      new: `#${id} ${created.name}（${created.key}、資料 ${doc.key}）`,
      reason,
    });
    return { id };
  });
}

/** A new program with the row of `like` (kept for records without sources) under a key of its own. */
async function newProgramLike(trx: Trx, like: number, key: string) {
  const p = await trx.selectFrom("programs").selectAll().where("id", "=", like).executeTakeFirstOrThrow();
  const id = await insertProgram(trx, { key, name: p.name });
  await trx
    .updateTable("programs")
    .set({
      search_key: p.search_key,
      code: p.code,
      department_id: p.department_id,
      summary: p.summary,
      attributes: p.attributes,
      ended_year: p.ended_year,
      successor_id: p.successor_id,
    })
    .where("id", "=", id)
    .execute();
  return id;
}
