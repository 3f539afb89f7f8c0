// `hyoka programs merge|split`: correct which records are one program, with a reason, audited under
// the command line's name.
import { mergePrograms, splitProgram } from "../../services/programs.ts";
import { MAX_ID, parseId } from "../../db/limits.ts";
import { usageError } from "../errors.ts";
import { withStore } from "./store.ts";

function programId(text: string): number {
  const id = parseId(text);
  if (id === null) throw usageError(`事業のIDは ${MAX_ID} までの正の整数で指定してください: 「${text}」`);
  return id;
}

export async function mergeProgram(
  dbOption: string | undefined,
  keep: string,
  other: string,
  opts: { reason: string },
): Promise<void> {
  await withStore(dbOption, async (store) => {
    const r = await mergePrograms(store.db, "command-line", {
      keepId: programId(keep),
      otherId: programId(other),
      reason: opts.reason,
    });
    console.log(`✓ 事業 ${other} を事業 ${r.id} に統合しました。`);
  });
}

export async function splitProgramRecords(
  dbOption: string | undefined,
  id: string,
  opts: { document: string; reason: string },
): Promise<void> {
  await withStore(dbOption, async (store) => {
    const r = await splitProgram(store.db, "command-line", {
      programId: programId(id),
      documentKey: opts.document,
      reason: opts.reason,
    });
    console.log(`✓ 資料「${opts.document}」の記載を新しい事業 ${r.id} に分けました。`);
  });
}
