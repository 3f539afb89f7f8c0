// Setting up (or updating) a whole plan from the plan set-up workbook: checked cell by cell, then
// written through the importer the seed documents use, in one transaction. Administrators may set up
// any plan; an evaluator may update the plans they evaluate and set up new ones.
import type { PlanSetupPreview } from "../server/schemas/workbooks.ts";
import type { Kysely } from "kysely";
import { type ImportCounts, importDocument } from "../db/import-document.ts";
import type { Database } from "../db/schema.ts";
import { type Principal, canEvaluate, isAdmin } from "../domain/rights.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { loadBook } from "../workbook/book.ts";
import { bookKind } from "../workbook/read-values.ts";
import { type PlanSetupRead, readPlanSetup, writePlanSetupTemplate } from "../workbook/plan-setup.ts";
import { type Actor, COMMAND_LINE, audit } from "./audit.ts";
import { Problem, forbidden, unauthenticated } from "./problem.ts";

type Db = Kysely<Database>;
type Profiles = ReadonlyMap<string, RuleProfile>;

/** Who sets up: a signed-in user, or the command line's operator (who may import seed documents too). */
export type SetupActor = Principal | "command-line";

export function planSetupTemplate(profiles: Profiles): Promise<Buffer> {
  return writePlanSetupTemplate([...profiles.keys()]);
}

export type { PlanSetupPreview };

async function read(
  db: Db,
  profiles: Profiles,
  actor: SetupActor | null,
  bytes: Uint8Array,
  fileName: string,
) {
  if (!actor) throw unauthenticated();
  // Only an administrator or an evaluator sets plans up; which plan is known once the file is read.
  if (actor !== "command-line" && !isAdmin(actor) && !actor.grants.some((g) => g.role === "evaluator")) {
    throw forbidden("計画を設定する");
  }
  const loaded = await loadBook(bytes, fileName);
  if (!loaded.ok) throw new Problem(422, "not_workbook", loaded.message);
  if (bookKind(loaded.book) !== "plan-setup") {
    throw new Problem(
      422,
      "not_workbook",
      "計画設定用のブックではありません（「計画」「体系」シートがありません）。ひな形（/api/plan-setup/template.xlsx）を使ってください。",
    );
  }
  const r: PlanSetupRead = readPlanSetup(loaded.book, [...profiles.keys()]);
  const existing = r.planKey
    ? await db.selectFrom("plans").select(["id", "key"]).where("key", "=", r.planKey).executeTakeFirst()
    : undefined;
  if (actor !== "command-line") {
    const allowed = existing
      ? canEvaluate(actor, existing.id)
      : isAdmin(actor) || actor.grants.some((g) => g.role === "evaluator");
    if (!allowed) throw forbidden(existing ? `計画「${existing.key}」を更新する` : "計画を新しく作る");
  }
  return { r, existing };
}

export async function previewPlanSetup(
  db: Db,
  profiles: Profiles,
  actor: SetupActor | null,
  bytes: Uint8Array,
  fileName: string,
): Promise<PlanSetupPreview> {
  const { r, existing } = await read(db, profiles, actor, bytes, fileName);
  if (!r.document) return { ok: false, file: fileName, errors: r.problems };
  const d = r.document;
  return {
    ok: true,
    file: fileName,
    plan: { key: r.planKey!, name: r.planName!, exists: !!existing },
    counts: {
      nodes: d.nodes.length,
      programs: d.programs.length,
      programLinks: d.programLinks.length,
      indicators: d.indicators.length,
      targets: d.usages.reduce((n, u) => n + u.targets.length, 0),
      observations: d.observations.length,
      budgetLines: d.budgetLines.length,
    },
  };
}

export async function applyPlanSetup(
  db: Db,
  profiles: Profiles,
  actor: SetupActor | null,
  bytes: Uint8Array,
  fileName: string,
): Promise<{ plan: { key: string; name: string; created: boolean }; counts: ImportCounts }> {
  const { r, existing } = await read(db, profiles, actor, bytes, fileName);
  if (!r.document) {
    throw new Problem(
      422,
      "invalid",
      `ブックに誤りが ${r.problems.length} 件あります。何も登録していません。直してからもう一度取り込んでください。`,
      { errors: r.problems },
    );
  }
  const file = fileName.replace(/^.*[\\/]/, "");
  const who: Actor = actor === "command-line" ? COMMAND_LINE : actor!;
  const counts = await importDocument(db, r.document, { name: file, sha256: "" }, (trx, n) =>
    audit(trx, who, {
      action: existing ? "plan-update" : "plan-create",
      entity: "plan",
      entityId: r.planKey!,
      new: `${r.planName}（施策等 ${n.nodes}、事業 ${n.programs}、指標 ${n.indicators}）`,
      reason: `ファイル「${file}」から取込`,
    }),
  );
  return { plan: { key: r.planKey!, name: r.planName!, created: !existing }, counts };
}
