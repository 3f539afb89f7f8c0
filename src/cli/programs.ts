// `hyoka programs merge|split`: correct which records are one program, with a reason, audited under
// the command line's name.
import type { Command } from "commander";
import type { Store } from "../db/connect.ts";
import { mergePrograms, splitProgram } from "../services/programs.ts";
import { Problem } from "../services/problem.ts";

type WithStore = <T>(fn: (store: Store) => Promise<T>) => Promise<T>;

function programId(text: string): number {
  if (!/^[1-9]\d{0,9}$/.test(text)) {
    throw new Problem(400, "bad_parameter", `事業のIDは正の整数で指定してください: 「${text}」`);
  }
  return Number(text);
}

export function registerPrograms(program: Command, withStore: WithStore): void {
  const programs = program.command("programs").description("事業の統合・分割（取込みの判断を正す）");
  programs
    .command("merge <keep-id> <other-id>")
    .description("別の事業（other-id）を事業（keep-id）に統合する")
    .requiredOption("--reason <text>", "統合の理由（監査記録に残る）")
    .action(async (keep: string, other: string, opts: { reason: string }) => {
      await withStore(async (store) => {
        const r = await mergePrograms(store.db, "command-line", {
          keepId: programId(keep),
          otherId: programId(other),
          reason: opts.reason,
        });
        console.log(`✓ 事業 ${other} を事業 ${r.id} に統合しました。`);
      });
    });
  programs
    .command("split <id>")
    .description("一つの資料の記載（掲載・予算・評価）を新しい事業に分ける")
    .requiredOption("--document <key>", "分ける資料のキー")
    .requiredOption("--reason <text>", "分割の理由（監査記録に残る）")
    .action(async (id: string, opts: { document: string; reason: string }) => {
      await withStore(async (store) => {
        const r = await splitProgram(store.db, "command-line", {
          programId: programId(id),
          documentKey: opts.document,
          reason: opts.reason,
        });
        console.log(`✓ 資料「${opts.document}」の記載を新しい事業 ${r.id} に分けました。`);
      });
    });
}
