// `hyoka users add|list|set-role|reset-password`: the definitions. What each does is in
// actions/users.ts, loaded only when one runs (it brings in better-auth).
import type { Command } from "commander";
import type { RoleOptions } from "./actions/users.ts";

export function registerUsers(program: Command): void {
  const db = () => program.opts().db as string | undefined;
  const actions = () => import("./actions/users.ts");
  const users = program
    .command("users")
    .description("利用者と権限（管理者・政策評価担当・担当課・閲覧者・支援機関）");
  users
    .command("add <email>")
    .description("利用者を追加する")
    .option("--name <name>", "氏名（画面と監査記録に出る）")
    .requiredOption("--role <role>", "役割: admin | evaluator | editor | viewer | supporter")
    .option("--plan <key>", "政策評価担当が受け持つ計画のキー")
    .option("--department <name>", "担当課の名前")
    .option("--organization <name>", "支援機関の名前か略称（supporter: その機関の職員）")
    .option("--password <password>", "パスワード（省略すると尋ねる）")
    .action(async (email: string, opts: RoleOptions & { name?: string; password?: string }) =>
      (await actions()).addUserAccount(db(), email, opts),
    );
  users
    .command("list")
    .description("利用者と権限の一覧")
    .action(async () => (await actions()).listUserAccounts(db()));
  users
    .command("set-role <email>")
    .description("利用者の役割を設定し直す（--add なら今の権限に加える）")
    .requiredOption("--role <role>", "役割: admin | evaluator | editor | viewer | supporter")
    .option("--plan <key>", "政策評価担当が受け持つ計画のキー")
    .option("--department <name>", "担当課の名前")
    .option("--organization <name>", "支援機関の名前か略称（supporter: その機関の職員）")
    .option("--add", "今の権限を残して加える")
    .action(async (email: string, opts: RoleOptions & { add?: boolean }) =>
      (await actions()).setUserRole(db(), email, opts),
    );
  users
    .command("reset-password <email>")
    .description("パスワードを設定し直す（その利用者のセッションは終わる）")
    .option("--password <password>", "新しいパスワード（省略すると尋ねる）")
    .action(async (email: string, opts: { password?: string }) =>
      (await actions()).resetUserPassword(db(), email, opts),
    );
}
