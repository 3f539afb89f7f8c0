// The published editions of a measure or a program, and two of them side by side: the read model behind
// GET /api/nodes/{id}/editions… and GET /api/programs/{id}/editions…. A measure's document is its
// 基本評価調書; a program's are the documents it is listed in (the 基本評価調書 of a measure it serves, or its
// plan's 推進状況 / 進捗状況 / 関連事業), one chosen by plan (and node). Only stored editions are compared:
// what each year published, never a recomputation.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { reportEntry } from "../reports/available.ts";
import { editionList, storedEdition } from "../reports/editions.ts";
import { fiscalYearLabel } from "../reports/format.ts";
import type { KihonHyokaSheet } from "../reports/models/kihon-hyoka.ts";
import { KIND_INFO, type ReportKind } from "../reports/reports.ts";
import type {
  AvailableReport,
  ComparedEdition,
  EditionComparison,
  EditionDocument,
  EditionList,
  EditionSubject,
  EditionSummary,
  RowChange,
} from "../server/schemas/editions.ts";
import { Problem } from "../services/problem.ts";
import {
  type EditionModel,
  budgetYearOf,
  compareKihonSheets,
  compareProgramRows,
} from "./edition-compare.ts";

type Db = Kysely<Database>;

/** A document as found: what the API shows, and the plan's id to read its editions by. */
interface FoundDocument extends EditionDocument {
  planId: number;
}

export interface DocumentChoice {
  plan?: string;
  node?: number;
}

export interface YearChoice {
  from?: number;
  to?: number;
}

const notFound = (parameter: string, message: string) =>
  new Problem(404, "not_found", message, { parameter });

// ---- the subject and its documents ----

async function nodeSubject(db: Db, nodeId: number): Promise<EditionSubject> {
  const n = await db
    .selectFrom("policy_nodes")
    .select(["id", "code", "name"])
    .where("id", "=", nodeId)
    .executeTakeFirst();
  if (!n) throw notFound("id", "施策等が見つかりません。");
  return { type: "node", id: n.id, code: n.code, name: n.name };
}

async function programSubject(db: Db, programId: number): Promise<EditionSubject> {
  const p = await db
    .selectFrom("programs")
    .select(["id", "code", "name"])
    .where("id", "=", programId)
    .executeTakeFirst();
  if (!p) throw notFound("id", "事業が見つかりません。");
  return { type: "program", id: p.id, code: p.code, name: p.name };
}

const subjectText = (s: EditionSubject) =>
  s.type === "node" ? `施策「${s.code ? `${s.code} ` : ""}${s.name}」` : `事業「${s.name}」`;

/**
 * The documents with published editions that speak of the subject: a node's own 基本評価調書; for a
 * program, the 基本評価調書 of each measure it is listed under and the plan-wide documents of the plans
 * those measures belong to. In the plans' order, then the measures'.
 */
async function documentsOf(db: Db, subject: EditionSubject): Promise<FoundDocument[]> {
  const listedNodes = db.selectFrom("program_links").select("node_id").where("program_id", "=", subject.id);
  const listedPlans = db
    .selectFrom("program_links as l")
    .innerJoin("policy_nodes as ln", "ln.id", "l.node_id")
    .select("ln.plan_id")
    .where("l.program_id", "=", subject.id);
  const rows = await db
    .selectFrom("editions as e")
    .innerJoin("plans as p", "p.id", "e.plan_id")
    .leftJoin("policy_nodes as n", "n.id", "e.node_id")
    .select([
      "e.kind",
      "p.id as planId",
      "p.key as planKey",
      "p.name as planName",
      "n.id as nodeId",
      "n.code as nodeCode",
      "n.name as nodeName",
      "n.sort_order as nodeOrder",
    ])
    .distinct()
    .where((eb) =>
      subject.type === "node"
        ? eb("e.node_id", "=", subject.id)
        : eb.or([
            eb("e.node_id", "in", listedNodes),
            eb.and([eb("e.node_id", "is", null), eb("e.plan_id", "in", listedPlans)]),
          ]),
    )
    .orderBy("p.id")
    .orderBy("n.sort_order")
    .orderBy("n.id")
    .orderBy("e.kind")
    .execute();
  return rows.map((r) => ({
    planId: r.planId,
    kind: r.kind as ReportKind,
    title: KIND_INFO[r.kind as ReportKind]?.title ?? r.kind,
    plan: { key: r.planKey, name: r.planName },
    node: r.nodeId === null ? null : { id: r.nodeId, code: r.nodeCode, name: r.nodeName ?? "" },
  }));
}

function chooseDocument(subject: EditionSubject, documents: FoundDocument[], choice: DocumentChoice) {
  const byPlan = choice.plan ? documents.filter((d) => d.plan.key === choice.plan) : documents;
  if (choice.plan && byPlan.length === 0)
    throw notFound(
      "plan",
      `${subjectText(subject)}は計画「${choice.plan}」の公表済みの資料に載っていません（plan）。${listOf(documents)}`,
    );
  const byNode = choice.node !== undefined ? byPlan.filter((d) => d.node?.id === choice.node) : byPlan;
  if (choice.node !== undefined && byNode.length === 0)
    throw notFound(
      "node",
      `${subjectText(subject)}は施策 ${choice.node} の公表済みの基本評価調書に載っていません（node）。${listOf(documents)}`,
    );
  return byNode[0] ?? null;
}

const documentText = (d: EditionDocument) =>
  `${d.plan.name}の${d.title}${d.node ? `（${d.node.code ?? d.node.name}）` : ""}`;
const listOf = (documents: EditionDocument[]) =>
  documents.length
    ? `載っている資料: ${documents.map(documentText).join("、")}`
    : "公表済みの資料はありません。";

const publicDocument = ({ planId: _planId, ...d }: FoundDocument): EditionDocument => d;

// ---- editions ----

async function editionsOf(db: Db, d: FoundDocument): Promise<EditionSummary[]> {
  const rows = await editionList(db, { planId: d.planId, nodeId: d.node?.id ?? null, kind: d.kind });
  return rows.map((r) => ({
    year: r.fiscal_year,
    revision: r.revision,
    source: r.source,
    by: r.published_by,
    publishedAt: r.published_at,
    reason: r.reason,
    supersededAt: r.superseded_at,
  }));
}

/** Years with an edition in force, newest first. */
const yearsOf = (editions: EditionSummary[]) => [
  ...new Set(editions.filter((e) => e.supersededAt === null).map((e) => e.year)),
];

async function found(db: Db, subject: EditionSubject, choice: DocumentChoice) {
  const documents = await documentsOf(db, subject);
  const document = chooseDocument(subject, documents, choice);
  const editions = document ? await editionsOf(db, document) : [];
  return { documents, document, editions, years: yearsOf(editions) };
}

async function listFor(db: Db, subject: EditionSubject, choice: DocumentChoice): Promise<EditionList> {
  const { documents, document, editions, years } = await found(db, subject, choice);
  return {
    subject,
    documents: documents.map(publicDocument),
    document: document ? publicDocument(document) : null,
    editions,
    years,
  };
}

/** A measure's published 基本評価調書, every year and revision. */
export async function nodeEditions(db: Db, nodeId: number): Promise<EditionList> {
  return listFor(db, await nodeSubject(db, nodeId), {});
}

/** The published editions of one document a program is listed in (by default the first). */
export async function programEditions(
  db: Db,
  programId: number,
  choice: DocumentChoice,
): Promise<EditionList> {
  return listFor(db, await programSubject(db, programId), choice);
}

// ---- comparison ----

/** The two years to compare: those asked for, else the newest year and the newest one before it. */
export function chooseYears(
  subject: string,
  years: number[],
  asked: YearChoice,
): { from: number; to: number } {
  if (asked.from !== undefined && asked.from === asked.to)
    throw new Problem(
      400,
      "bad_parameter",
      `比べる二つの年度（from と to）が同じです: ${fiscalYearLabel(asked.from)}`,
      {
        parameter: "to",
      },
    );
  const published = years.length
    ? `公表済みの年度: ${[...years]
        .sort((a, b) => a - b)
        .map(fiscalYearLabel)
        .join("、")}`
    : "公表済みの版はまだありません。";
  for (const name of ["from", "to"] as const) {
    const y = asked[name];
    if (y !== undefined && !years.includes(y))
      throw notFound(
        name,
        `${subject}の${fiscalYearLabel(y)}の版は公表されていません（${name}）。${published}`,
      );
  }
  const to = asked.to ?? years.find((y) => y !== asked.from);
  const from = asked.from ?? years.find((y) => to !== undefined && y < to) ?? years.find((y) => y !== to);
  if (to === undefined || from === undefined)
    throw notFound(
      asked.from === undefined ? "from" : "to",
      `${subject}には比べられる版が二つありません。${published}`,
    );
  return { from, to };
}

async function compareFor(
  db: Db,
  subject: EditionSubject,
  choice: DocumentChoice,
  asked: YearChoice,
): Promise<EditionComparison> {
  const { document: doc, editions, years } = await found(db, subject, choice);
  if (!doc) throw notFound("id", `${subjectText(subject)}の公表済みの版はまだありません。`);
  const chosen = chooseYears(`${subjectText(subject)}（${documentText(doc)}）`, years, asked);
  const load = async (year: number) =>
    (await storedEdition<EditionModel>(db, doc.planId, doc.kind, year, doc.node?.id ?? null))!;
  const [a, b] = await Promise.all([load(chosen.from), load(chosen.to)]);
  const sections =
    subject.type === "node"
      ? compareKihonSheets(a as KihonHyokaSheet, b as KihonHyokaSheet)
      : compareProgramRows(a, b, subject);
  const counts: Record<RowChange, number> = { unchanged: 0, changed: 0, added: 0, removed: 0 };
  for (const s of sections) for (const r of s.rows) counts[r.change]++;
  const compared = (year: number, model: EditionModel): ComparedEdition => ({
    ...editions.find((e) => e.year === year && e.supersededAt === null)!,
    budgetYear: budgetYearOf(model),
    report: reportOf(doc, year, subject),
  });
  return {
    subject,
    document: publicDocument(doc),
    from: compared(chosen.from, a),
    to: compared(chosen.to, b),
    sections,
    counts,
  };
}

/** The download of a compared year's document (GET /api/reports/{kind}), as the ダウンロード section lists it. */
function reportOf(d: FoundDocument, year: number, subject: EditionSubject): AvailableReport {
  const label = `${fiscalYearLabel(year)} ${d.title}`;
  if (d.node)
    return reportEntry(d.kind, year, label, { plan: d.plan.key, node: d.node.code ?? String(d.node.id) });
  if (d.kind === "society5-catalogue" && subject.type === "program")
    return reportEntry(d.kind, year, `${label}シート`, { plan: d.plan.key, program: String(subject.id) });
  return reportEntry(d.kind, year, label, { plan: d.plan.key });
}

/** Two editions of a measure's 基本評価調書. */
export async function compareNodeEditions(
  db: Db,
  nodeId: number,
  years: YearChoice,
): Promise<EditionComparison> {
  return compareFor(db, await nodeSubject(db, nodeId), {}, years);
}

/** A program's rows in two editions of a document it is listed in. */
export async function compareProgramEditions(
  db: Db,
  programId: number,
  choice: DocumentChoice,
  years: YearChoice,
): Promise<EditionComparison> {
  return compareFor(db, await programSubject(db, programId), choice, years);
}
