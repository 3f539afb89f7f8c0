// `hyoka import` of a values workbook or CSV, or of a plan set-up workbook: checked, and with --apply
// applied.
import { basename } from "node:path";
import cliProgress from "cli-progress";
import { principalByEmail } from "../../auth/auth.ts";
import type { Store } from "../../db/connect.ts";
import { loadProfiles } from "../../profiles.ts";
import type { UploadKind } from "../../services/import-file.ts";
import { applyPlanSetup, previewPlanSetup } from "../../services/plan-setup.ts";
import { Problem } from "../../services/problem.ts";
import { type WorkbookProblem, applyWorkbook, previewWorkbook } from "../../services/workbook.ts";
import { loadBook } from "../../workbook/book.ts";
import { changeLines, conflictLines, problemLines } from "../../workbook/report-text.ts";

export interface ImportOptions {
  as?: string;
  apply?: boolean;
  plan?: string;
  year?: number;
}

/** A progress bar on stderr while a large workbook is read and checked (only on a terminal). */
function uploadProgress() {
  const bar = new cliProgress.SingleBar(
    { format: "{phase} {bar} {percentage}% | {value}/{total} | 経過 {duration_formatted}", hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(phase: "read" | "check", done: number, total: number) {
      const label = phase === "read" ? "読み込み" : "検査";
      if (!started) {
        bar.start(total, done, { phase: label });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { phase: label });
    },
    stop: () => started && bar.stop(),
  };
}

/** Checks (and with --apply, applies) a values workbook or CSV, or a plan set-up workbook. */
export async function importWorkbook(
  store: Store,
  file: string,
  bytes: Uint8Array,
  kind: Exclude<UploadKind, "document">,
  opts: ImportOptions,
): Promise<boolean> {
  const name = basename(file);
  const profiles = loadProfiles();
  const fail = (message: string) => {
    console.error(`✗ ${file}: ${message}`);
    console.error(`  → ${file} は取り込みませんでした（データベースは変更していません）。`);
    return false;
  };
  try {
    if (kind === "other-workbook") {
      const loaded = await loadBook(bytes, name);
      return fail(
        loaded.ok
          ? "Hyoka の入力用ブックでも計画設定ブックでもありません。評価作業ページからダウンロードしたブックか、計画設定のひな形を使ってください。"
          : loaded.message,
      );
    }
    if (kind === "plan-setup") {
      const preview = await previewPlanSetup(store.db, profiles, "command-line", bytes, name);
      if (!preview.ok) {
        for (const line of problemLines(preview.errors)) console.error(line);
        return fail(`誤りが ${preview.errors.length} 件あります。`);
      }
      const c = preview.counts;
      const summary = `施策等 ${c.nodes}、事業 ${c.programs}（掲載 ${c.programLinks}）、指標 ${c.indicators}、目標値 ${c.targets}、実績値等 ${c.observations}、予算行 ${c.budgetLines}`;
      const what = `${preview.plan.exists ? "更新" : "新規作成"}: ${preview.plan.name}（${preview.plan.key}）`;
      if (!opts.apply) {
        console.log(`${file}: 計画設定ブック。${what}: ${summary}`);
        console.log("  検査のみで、何も書き込んでいません。反映するには --apply を付けてください。");
        return true;
      }
      const r = await applyPlanSetup(store.db, profiles, "command-line", bytes, name);
      console.log(
        `✓ ${file}: 計画を${r.plan.created ? "作成" : "更新"}しました: ${r.plan.name}（${r.plan.key}）: ${summary}`,
      );
      return true;
    }
    if (!opts.as) {
      return fail(
        "入力用ブック・CSV の取り込みには、取り込む利用者を --as <メールアドレス> で指定してください（監査記録に残ります）。",
      );
    }
    const principal = await principalByEmail(store, opts.as);
    const target = opts.plan && opts.year ? { planKey: opts.plan, fiscalYear: opts.year } : null;
    const progress = uploadProgress();
    let result: Awaited<ReturnType<typeof previewWorkbook>>;
    try {
      result = opts.apply
        ? await applyWorkbook(store.db, profiles, principal, target, bytes, name, {
            onProgress: progress.update,
          })
        : await previewWorkbook(store.db, profiles, principal, target, bytes, name, {
            onProgress: progress.update,
          });
    } finally {
      progress.stop();
    }
    if (!result.ok) {
      for (const line of problemLines(result.errors)) console.error(line);
      return fail(`誤りが ${result.errors.length} 件あります。すべて直してからもう一度取り込んでください。`);
    }
    const encoding = result.encoding ? `、${result.encoding}` : "";
    console.log(
      `${file}: ${result.cycle.planName} ${result.cycle.fiscalYear}年度（${result.format}${encoding}、${result.rows} 行）`,
    );
    console.log(`変更 ${result.changes.length} 件:`);
    for (const line of changeLines(result.changes)) console.log(line);
    if (result.conflicts.length) {
      console.log(
        `競合 ${result.conflicts.length} 件（ダウンロードの後に Hyoka 上で変更された値です。取り込みません。評価作業ページで確認してください）:`,
      );
      for (const line of conflictLines(result.conflicts)) console.log(line);
    }
    console.log(`変更のないセル ${result.unchanged} 件。`);
    if (opts.apply) {
      const applied = result as Awaited<ReturnType<typeof applyWorkbook>>;
      console.log(
        `✓ ${applied.applied} 件を反映しました（評価項目 ${applied.items} 件、取り込んだ人: ${principal.name} <${principal.email}>）。`,
      );
    } else {
      console.log("  検査のみで、何も書き込んでいません。反映するには --apply を付けてください。");
    }
    return true;
  } catch (e) {
    if (e instanceof Problem) {
      // A workbook's problems name their cell; an account's (no such user) is its message alone.
      const errors = ((e.details.errors as WorkbookProblem[] | undefined) ?? []).filter((x) => "sheet" in x);
      for (const line of problemLines(errors)) console.error(line);
      return fail(e.message);
    }
    throw e;
  }
}
