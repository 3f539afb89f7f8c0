// `hyoka programs merge|split`: the definitions. What each does is in actions/programs.ts, loaded only
// when one runs.
import type { Command } from "commander";

export function registerPrograms(program: Command): void {
  const db = () => program.opts().db as string | undefined;
  const actions = () => import("./actions/programs.ts");
  const programs = program.command("programs").description("事業の統合・分割（取込みの判断を正す）");
  programs
    .command("merge <keep-id> <other-id>")
    .description("別の事業（other-id）を事業（keep-id）に統合する")
    .requiredOption("--reason <text>", "統合の理由（監査記録に残る）")
    .action(async (keep: string, other: string, opts: { reason: string }) =>
      (await actions()).mergeProgram(db(), keep, other, opts),
    );
  programs
    .command("split <id>")
    .description("一つの資料の記載（掲載・予算・評価）を新しい事業に分ける")
    .requiredOption("--document <key>", "分ける資料のキー")
    .requiredOption("--reason <text>", "分割の理由（監査記録に残る）")
    .action(async (id: string, opts: { document: string; reason: string }) =>
      (await actions()).splitProgramRecords(db(), id, opts),
    );
}
