// The Excel round trip of an evaluation year: a department downloads a workbook with its items' current
// values, fills it in, and uploads it. The upload is checked cell by cell (every problem at once, each
// with its sheet, row and column), compared with the store (old → new; a value changed in Hyoka since
// the download is a conflict, shown and not overwritten), and applied in one transaction through the
// cycle's entry model, with the audit trail naming the uploader. CSV files with the columns of the
// values sheet go the same way.
import type {
  WorkbookApplied,
  WorkbookChange,
  WorkbookConflict,
  WorkbookPreview,
  WorkbookProblem,
} from "../server/schemas/workbooks.ts";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import {
  ACTUAL_STATUSES,
  DIRECTIONS,
  type EntryContext,
  RATINGS,
  RESPONSE_POLICIES,
  checkEntries,
  entryRules,
  fieldLabel,
  parseField,
  validateChanges,
} from "../domain/entry.ts";
import { type Principal, canEdit, canEvaluate, isAdmin } from "../domain/rights.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { planDocuments } from "../views/common.ts";
import { loadBook } from "../workbook/book.ts";
import { type CellProblem, numberAtScale, sameValue } from "../workbook/cells.ts";
import { SHEETS, TEXT_FIELDS } from "../workbook/layout.ts";
import { type CellEntry, bookKind, readValuesBook } from "../workbook/read-values.ts";
import {
  type BudgetRow,
  type IndicatorRow,
  type TextRow,
  writeValuesWorkbook,
} from "../workbook/write-values.ts";
import { audit } from "./audit.ts";
import {
  type CycleRow,
  cycleRow,
  entryContext,
  itemEntity,
  nodeDepartments,
  parseEntries,
  updateItem,
} from "./cycle.ts";
import { Problem, forbidden, unauthenticated } from "./problem.ts";

type Db = Kysely<Database>;
type Profiles = ReadonlyMap<string, RuleProfile>;

/** How many years of actuals and targets the workbook offers: the evaluation year and the four before. */
const YEARS_BACK = 4;

export type { WorkbookApplied, WorkbookChange, WorkbookConflict, WorkbookPreview, WorkbookProblem };

/** Where a preview's rows came from: the file, its format and encoding, how many rows. */
type WorkbookSource = Pick<WorkbookPreview, "file" | "format" | "encoding" | "rows">;

/** Which cycle an upload is for: the one the page is on, or (command line) a plan and year. */
export type UploadTarget = { cycleId: number } | { planKey: string; fiscalYear: number } | null;

export interface UploadOptions {
  onProgress?: (phase: "read" | "check", done: number, total: number) => void;
}

const nullable = (s: string | null | undefined) => (s === undefined || s === null || s === "" ? null : s);

// ---- the store's side ------------------------------------------------------------------------------

/** The facts an item's fields show when it has no entry for them: stored actuals, targets, budgets. */
async function factsOf(
  db: Db,
  c: CycleRow,
  nodeId: number,
  ctxData: Awaited<ReturnType<typeof entryContext>>,
) {
  const facts = new Map<string, string>();
  const set = (k: string, v: string | null) => {
    if (v !== null && v !== "") facts.set(k, v);
  };
  for (const u of ctxData.usages) {
    const obs = (ctxData.byIndicator.get(u.id) ?? [])
      .filter((o) => o.series === "actual" && o.period_from === o.period_to)
      .sort((a, b) => (a.known_from < b.known_from ? -1 : a.known_from > b.known_from ? 1 : 0));
    for (const o of obs) {
      const base = `actual/${u.id}/${o.period_from}`;
      facts.delete(`${base}/value`);
      facts.delete(`${base}/status`);
      facts.delete(`${base}/note`);
      set(`${base}/value`, o.value);
      set(`${base}/status`, o.status);
      set(`${base}/note`, o.note);
    }
    for (const t of ctxData.byUsage.get(u.usageId) ?? []) {
      if (t.kind === "absolute" && t.period_from === t.period_to)
        set(`target/${u.id}/${t.period_from}`, t.value);
    }
  }
  const programIds = ctxData.programs.map((p) => p.id);
  if (programIds.length) {
    const budgets = await db
      .selectFrom("budget_lines")
      .select(["program_id", "amount"])
      .where("program_id", "in", programIds)
      .where("document_id", "in", planDocuments(db, { planId: c.plan_id }))
      .where("fiscal_year", "=", c.fiscal_year)
      .where("kind", "=", "予算")
      .where("scale", "=", 3)
      .orderBy("id")
      .execute();
    for (const b of budgets) set(`budget/${b.program_id}`, String(b.amount));
  }
  return facts;
}

/** An item's field as the item page shows it: its entry, else the stored fact. */
const effective = (
  entries: Readonly<Record<string, string>>,
  facts: ReadonlyMap<string, string>,
  field: string,
) => nullable(field in entries ? entries[field] : facts.get(field));

async function cycleOf(
  db: Db,
  target: UploadTarget,
  metaPlan?: string,
  metaYear?: number,
): Promise<CycleRow> {
  if (target && "cycleId" in target) return cycleRow(db, target.cycleId);
  const planKey = target?.planKey ?? metaPlan;
  const fiscalYear = target?.fiscalYear ?? metaYear;
  if (!planKey || !fiscalYear) {
    throw new Problem(
      422,
      "no_cycle",
      "取込先の計画と評価年度が分かりません。CSV のときは --plan <計画キー> --year <評価年度> を指定してください。",
    );
  }
  const found = await db
    .selectFrom("evaluation_cycles as c")
    .innerJoin("plans as p", "p.id", "c.plan_id")
    .select("c.id")
    .where("p.key", "=", planKey)
    .where("c.fiscal_year", "=", fiscalYear)
    .executeTakeFirst();
  if (!found) {
    throw new Problem(
      404,
      "not_found",
      `計画「${planKey}」の${fiscalYear}年度の評価はまだ開かれていません。`,
    );
  }
  return cycleRow(db, found.id);
}

// ---- download ---------------------------------------------------------------------------------------

export async function downloadValuesWorkbook(
  db: Db,
  profiles: Profiles,
  p: Principal | null,
  cycleId: number,
  departmentId: number,
): Promise<{ fileName: string; bytes: Buffer }> {
  if (!p) throw unauthenticated();
  const c = await cycleRow(db, cycleId);
  const department = await db
    .selectFrom("departments")
    .select(["id", "name"])
    .where("id", "=", departmentId)
    .executeTakeFirst();
  if (!department) throw new Problem(404, "not_found", "担当課が見つかりません。");
  if (!canEdit(p, c.plan_id, [department.id]))
    throw forbidden(`「${department.name}」のブックをダウンロードする`);
  const items = await db
    .selectFrom("evaluation_items as i")
    .innerJoin("policy_nodes as n", "n.id", "i.node_id")
    .innerJoin("node_departments as nd", "nd.node_id", "i.node_id")
    .select(["i.node_id", "i.content", "n.code", "n.name"])
    .where("i.cycle_id", "=", cycleId)
    .where("nd.department_id", "=", department.id)
    .orderBy("n.sort_order")
    .execute();
  const profile = profiles.get(c.rule_profile);
  const indicators: IndicatorRow[] = [];
  const budgets: BudgetRow[] = [];
  const texts: TextRow[] = [];
  for (const item of items) {
    const data = await entryContext(db, c, item.node_id, profile);
    const facts = await factsOf(db, c, item.node_id, data);
    const entries = parseEntries(item.content);
    const value = (field: string) => effective(entries, facts, field);
    const node = { nodeId: item.node_id, nodeCode: item.code, nodeName: item.name };
    const from = Math.max(data.ctx.years.from, c.fiscal_year - YEARS_BACK);
    const to = Math.min(data.ctx.years.to, c.fiscal_year);
    for (const u of data.usages) {
      const ind = data.ctx.indicators.get(u.id)!;
      for (let year = from; year <= to; year++) {
        const base = `actual/${u.id}/${year}`;
        indicators.push({
          ...node,
          indicatorId: u.id,
          indicatorName: ind.name,
          unit: ind.unit,
          scale: ind.scale,
          year,
          value: value(`${base}/value`),
          status: value(`${base}/status`),
          note: value(`${base}/note`),
          target: value(`target/${u.id}/${year}`),
          fromRegister: ind.fromRegister,
        });
      }
    }
    for (const pr of data.programs) {
      budgets.push({
        ...node,
        programId: pr.id,
        programCode: pr.code,
        programName: pr.name,
        year: c.fiscal_year,
        amount: value(`budget/${pr.id}`),
      });
    }
    const choices: Record<string, readonly string[]> = {
      "coordination/rating": RATINGS,
      "urgency/rating": RATINGS,
      proposedJudgement: data.ctx.judgements,
    };
    const text = (field: string, options: readonly string[] | null) =>
      texts.push({
        ...node,
        field,
        label: fieldLabel(field, data.ctx),
        value: value(field),
        options: options && options.length ? options : null,
      });
    for (const f of TEXT_FIELDS) text(f, choices[f] ?? null);
    for (const pr of data.programs) {
      text(`policy/${pr.id}`, RESPONSE_POLICIES);
      text(`direction/${pr.id}`, DIRECTIONS);
    }
  }
  const downloadedAt = new Date().toISOString();
  const bytes = await writeValuesWorkbook({
    meta: {
      planKey: c.planKey,
      planName: c.planName,
      cycleId: c.id,
      fiscalYear: c.fiscal_year,
      departmentId: department.id,
      departmentName: department.name,
      downloadedAt,
      downloadedBy: `${p.name} <${p.email}>`,
    },
    indicators,
    budgets,
    texts,
    statuses: ACTUAL_STATUSES,
  });
  return { fileName: `${c.planKey}-${c.fiscal_year}-${department.name}.xlsx`, bytes };
}

// ---- upload: check and compare -----------------------------------------------------------------------

interface PlannedItem {
  itemId: number;
  nodeId: number;
  version: number;
  ctx: EntryContext;
  before: Record<string, string>;
  merged: Record<string, string>;
  changes: WorkbookChange[];
}

interface Plan {
  preview: WorkbookPreview;
  items: PlannedItem[];
  cycle: CycleRow | null;
}

const SHEET_ORDER: readonly string[] = [SHEETS.indicators, SHEETS.budgets, SHEETS.texts];
const columnOrder = (c: string) => c.length * 100 + (c ? c.charCodeAt(c.length - 1) : 0);

function sortProblems<T extends Pick<CellProblem, "sheet" | "row" | "column">>(problems: T[]): T[] {
  const sheet = (s: string) => {
    const i = SHEET_ORDER.indexOf(s);
    return i < 0 ? -1 : i;
  };
  return problems.sort(
    (a, b) =>
      sheet(a.sheet) - sheet(b.sheet) || a.row - b.row || columnOrder(a.column) - columnOrder(b.column),
  );
}

const isNumeric = (field: string) => {
  const f = parseField(field);
  return (
    !!f &&
    ((f.kind === "actual" && f.part === "value") ||
      f.kind === "target" ||
      (f.kind === "program" && f.field === "budget"))
  );
};

async function plan(
  db: Db,
  profiles: Profiles,
  p: Principal | null,
  target: UploadTarget,
  bytes: Uint8Array,
  fileName: string,
  options: UploadOptions,
): Promise<Plan> {
  if (!p) throw unauthenticated();
  // Who may upload at all is known before the file is read: an editor, or the plan's evaluator.
  const editor = p.grants.some((g) => g.role === "editor");
  const uploader = (planId: number) => editor || canEvaluate(p, planId);
  if (!editor && !isAdmin(p) && !p.grants.some((g) => g.role === "evaluator")) {
    throw forbidden("入力用ブックを取り込む");
  }
  if (target && "cycleId" in target && !uploader((await cycleRow(db, target.cycleId)).plan_id)) {
    throw forbidden("この評価年度のブックを取り込む");
  }
  const loaded = await loadBook(bytes, fileName);
  if (!loaded.ok) throw new Problem(422, "not_workbook", loaded.message);
  const book = loaded.book;
  const kind = bookKind(book);
  if (kind === "plan-setup") {
    throw new Problem(
      422,
      "wrong_workbook",
      "計画設定用のブックです。評価年度の入力には使えません。計画の設定（hyoka import、または計画設定の取込）で取り込んでください。",
    );
  }
  if (kind !== "values") {
    throw new Problem(
      422,
      "not_workbook",
      book.format === "csv"
        ? "Hyoka の入力用 CSV ではありません。1行目に「施策ID」「指標ID」「年度」などの見出しがある CSV（入力用ブックの「実績値」シートと同じ列）を指定してください。"
        : "Hyoka の入力用ブックではありません（識別用の隠しシートがありません）。評価作業ページからダウンロードしたブックを使ってください。",
    );
  }
  const read = readValuesBook(book, (done, total) => options.onProgress?.("read", done, total));
  const c = await cycleOf(db, target, read.meta?.planKey, read.meta?.fiscalYear);
  const source: WorkbookSource = {
    file: fileName,
    format: book.format,
    ...(book.encoding ? { encoding: book.encoding } : {}),
    rows: read.rows,
  };
  if (read.meta && (read.meta.planKey !== c.planKey || read.meta.fiscalYear !== c.fiscal_year)) {
    throw new Problem(
      409,
      "wrong_cycle",
      `このブックは「${read.meta.planName ?? read.meta.planKey ?? "不明な計画"}」${read.meta.fiscalYear ?? "?"}年度の評価のものです。` +
        `取込先（「${c.planName}」${c.fiscal_year}年度）とは計画か年度が違うため、取り込みません。取込先の評価年度のページからダウンロードしたブックを使ってください。`,
      { expected: { planKey: c.planKey, fiscalYear: c.fiscal_year }, workbook: read.meta },
    );
  }
  if (!uploader(c.plan_id)) throw forbidden("この評価年度のブックを取り込む");
  if (c.status === "published") {
    throw new Problem(
      409,
      "published",
      "この年度はすでに公表されています。公表後の修正は、政策評価担当が項目のページで理由を添えて行います。",
    );
  }
  const problems: WorkbookProblem[] = [...read.problems];
  const byNode = Map.groupBy(read.entries, (e) => e.nodeId);
  const nodeIds = [...byNode.keys()];
  const items = nodeIds.length
    ? await db
        .selectFrom("evaluation_items as i")
        .innerJoin("policy_nodes as n", "n.id", "i.node_id")
        .select(["i.id", "i.node_id", "i.status", "i.content", "i.version", "n.code", "n.name"])
        .where("i.cycle_id", "=", c.id)
        .where("i.node_id", "in", nodeIds)
        .execute()
    : [];
  const itemByNode = new Map(items.map((i) => [i.node_id, i]));
  const departments = await nodeDepartments(db, nodeIds);
  const evaluator = canEvaluate(p, c.plan_id);
  const profile = profiles.get(c.rule_profile);
  const planned: PlannedItem[] = [];
  const changes: WorkbookChange[] = [];
  const conflicts: WorkbookConflict[] = [];
  let unchanged = 0;
  let checked = 0;
  const rowProblem = (entries: readonly CellEntry[], message: string) => {
    const rows = new Set<string>();
    for (const e of entries) {
      const k = `${e.sheet}|${e.row}`;
      if (rows.has(k)) continue;
      rows.add(k);
      problems.push({ sheet: e.sheet, row: e.row, column: "", message });
    }
  };

  for (const [nodeId, entries] of byNode) {
    options.onProgress?.("check", (checked += entries.length), read.entries.length);
    const item = itemByNode.get(nodeId);
    if (!item) {
      rowProblem(
        entries,
        `施策ID ${nodeId} はこの評価年度（${c.fiscal_year}年度）の評価項目ではありません。ダウンロードしたブックの行を使ってください。`,
      );
      continue;
    }
    const data = await entryContext(db, c, nodeId, profile);
    const facts = await factsOf(db, c, nodeId, data);
    const before = parseEntries(item.content);
    const cellOfField = new Map(entries.map((e) => [e.field, e]));
    const fail = (e: CellEntry, message: string) =>
      problems.push({
        sheet: e.sheet,
        row: e.row,
        column: e.column,
        message,
        label: fieldLabel(e.field, data.ctx),
      });
    // The cells the person changed (from what they downloaded; for a CSV without those columns, from now).
    const edited: Record<string, string> = {};
    for (const e of entries) {
      if (e.field === "secondary") {
        fail(e, "二次政策評価はブックでは入力できません。政策評価担当が項目のページで入力します。");
        continue;
      }
      let text = e.text;
      if (e.number !== undefined && isNumeric(e.field)) {
        const f = parseField(e.field)!;
        const scale =
          f.kind === "program"
            ? 0
            : (data.ctx.indicators.get((f as { indicatorId: number }).indicatorId)?.scale ?? 0);
        text = numberAtScale(e.number, scale);
      }
      const current = effective(before, facts, e.field);
      const changed =
        e.downloaded === undefined
          ? text !== "" && !sameValue(text, current)
          : !sameValue(text, e.downloaded);
      if (!changed) {
        unchanged++;
        continue;
      }
      edited[e.field] = text;
    }
    // Rows nobody changed are left alone, whoever uploads them; changed ones need the right to edit.
    const touched = entries.filter((e) => e.field in edited);
    if (touched.length === 0) continue;
    const deps = departments.get(nodeId) ?? [];
    const nodeLabel = `${item.code ? `${item.code} ` : ""}${item.name}`;
    if (
      !canEdit(
        p,
        c.plan_id,
        deps.map((d) => d.id),
      )
    ) {
      rowProblem(
        touched,
        `「${nodeLabel}」（担当: ${deps.map((d) => d.name).join("、") || "なし"}）を編集する権限がありません。自分の担当課の行だけを取り込めます。`,
      );
      continue;
    }
    if (!evaluator && item.status !== "draft" && item.status !== "returned") {
      rowProblem(touched, `「${nodeLabel}」は提出済みのため編集できません。差戻しを待ってください。`);
      continue;
    }
    const { normalised, errors } = validateChanges(edited, data.ctx);
    for (const err of errors) {
      const e = cellOfField.get(err.field);
      if (e) fail(e, err.message);
    }
    const merged: Record<string, string> = { ...before };
    const itemChanges: WorkbookChange[] = [];
    for (const [field, value] of Object.entries(normalised)) {
      const e = cellOfField.get(field)!;
      const current = effective(before, facts, field);
      const after = value === "" ? nullable(facts.get(field)) : value;
      if (sameValue(after, current)) {
        unchanged++;
        continue;
      }
      const change: WorkbookChange = {
        sheet: e.sheet,
        row: e.row,
        column: e.column,
        nodeId,
        nodeCode: item.code,
        nodeName: item.name,
        field,
        label: fieldLabel(field, data.ctx),
        old: current,
        new: after,
      };
      if (e.downloaded !== undefined && !sameValue(e.downloaded, current)) {
        conflicts.push({ ...change, downloaded: nullable(e.downloaded) });
        continue;
      }
      if (value === "") delete merged[field];
      else merged[field] = value;
      itemChanges.push(change);
    }
    for (const err of checkEntries(merged, "save", entryRules(data.ctx))) {
      const e =
        cellOfField.get(err.field) ?? cellOfField.get(err.field.replace(/\/note$/, "/status")) ?? entries[0]!;
      problems.push({
        sheet: e.sheet,
        row: e.row,
        column: cellOfField.has(err.field) ? e.column : "",
        message: err.message,
        label: fieldLabel(err.field, data.ctx),
      });
    }
    if (itemChanges.length) {
      changes.push(...itemChanges);
      planned.push({
        itemId: item.id,
        nodeId,
        version: item.version,
        ctx: data.ctx,
        before,
        merged,
        changes: itemChanges,
      });
    }
  }
  if (problems.length)
    return { preview: { ok: false, errors: sortProblems(problems), ...source }, items: [], cycle: c };
  return {
    preview: {
      ok: true,
      cycle: { id: c.id, planKey: c.planKey, planName: c.planName, fiscalYear: c.fiscal_year },
      changes: sortProblems(changes),
      conflicts: sortProblems(conflicts),
      unchanged,
      ...source,
    },
    items: planned,
    cycle: c,
  };
}

/** Checks an uploaded workbook or CSV and shows what it would change. Writes nothing. */
export async function previewWorkbook(
  db: Db,
  profiles: Profiles,
  p: Principal | null,
  target: UploadTarget,
  bytes: Uint8Array,
  fileName: string,
  options: UploadOptions = {},
): Promise<WorkbookPreview> {
  return (await plan(db, profiles, p, target, bytes, fileName, options)).preview;
}

/**
 * Applies an uploaded workbook in one transaction: every change or none. Refused (422, with every
 * problem) when any cell is wrong; conflicting cells are left as they are in Hyoka and reported.
 */
export async function applyWorkbook(
  db: Db,
  profiles: Profiles,
  p: Principal | null,
  target: UploadTarget,
  bytes: Uint8Array,
  fileName: string,
  options: UploadOptions = {},
): Promise<WorkbookApplied> {
  const planned = await plan(db, profiles, p, target, bytes, fileName, options);
  const preview = planned.preview;
  if (!preview.ok) {
    throw new Problem(
      422,
      "invalid",
      `ファイルに誤りが ${preview.errors.length} 件あります。何も取り込んでいません。直してからもう一度アップロードしてください。`,
      { errors: preview.errors },
    );
  }
  const actor = p!;
  const reason = `ファイル「${fileName.replace(/^.*[\\/]/, "")}」から取込`;
  await db.transaction().execute(async (trx) => {
    for (const item of planned.items) {
      const target = { id: item.itemId, version: item.version };
      if (!(await updateItem(trx, target, actor.userId, { content: JSON.stringify(item.merged) }))) {
        throw new Problem(
          409,
          "conflict",
          "取り込みの途中で、ほかの人が同じ項目を保存しました。何も取り込んでいません。もう一度アップロードしてください。",
        );
      }
      for (const ch of item.changes) {
        await audit(trx, actor, {
          action: "upload",
          entity: "item",
          entityId: itemEntity(planned.cycle!.id, item.nodeId),
          field: ch.field,
          label: ch.label,
          old: ch.old,
          new: ch.new,
          reason,
        });
      }
    }
  });
  return { ...preview, applied: preview.changes.length, items: planned.items.length };
}
