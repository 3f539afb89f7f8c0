// `hyoka users add|list|set-role|reset-password`, and the first administrator on first start.
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import {
  addUser,
  createAuth,
  findUserId,
  listUsers,
  resetPassword,
  resolveGrant,
  setGrants,
  userCount,
} from "../../auth/auth.ts";
import { usageError } from "../errors.ts";
import type { Store } from "../../db/connect.ts";
import { ROLE_LABELS, grantLabel } from "../../domain/rights.ts";
import { COMMAND_LINE } from "../../services/audit.ts";
import { withStore } from "./store.ts";

/** Asks on the terminal; a secret is not echoed. */
async function ask(question: string, secret = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = rl.question(question);
  muted = secret;
  const value = await answer;
  rl.close();
  if (secret) process.stdout.write("\n");
  return value.trim();
}

async function passwordFrom(option: string | undefined): Promise<string> {
  const given = option ?? process.env.HYOKA_PASSWORD;
  if (given) return given;
  if (!process.stdin.isTTY) {
    throw usageError("パスワードを --password か環境変数 HYOKA_PASSWORD で指定してください。");
  }
  const a = await ask("パスワード: ", true);
  const b = await ask("パスワード（確認）: ", true);
  if (a !== b) throw usageError("確認のパスワードが一致しません。");
  return a;
}

export interface RoleOptions {
  role: string;
  plan?: string;
  department?: string;
  organization?: string;
}

export async function addUserAccount(
  dbOption: string | undefined,
  email: string,
  opts: RoleOptions & { name?: string; password?: string },
): Promise<void> {
  await withStore(dbOption, async (store) => {
    const grant = await resolveGrant(store, opts.role, opts);
    const password = await passwordFrom(opts.password);
    await addUser(
      createAuth(store),
      store,
      { email, name: opts.name ?? email, password, grants: [grant] },
      COMMAND_LINE,
    );
    console.log(`✓ 利用者 ${email} を追加しました（${ROLE_LABELS[grant.role]}）。`);
  });
}

export async function listUserAccounts(dbOption: string | undefined): Promise<void> {
  await withStore(dbOption, async (store) => {
    const list = await listUsers(store);
    if (list.length === 0) console.log("利用者はいません。hyoka users add で追加してください。");
    for (const u of list) {
      const grants = u.grants.map(grantLabel).join("、");
      console.log(`${u.email}\t${u.name}\t${grants || "権限なし"}`);
    }
  });
}

export async function setUserRole(
  dbOption: string | undefined,
  email: string,
  opts: RoleOptions & { add?: boolean },
): Promise<void> {
  await withStore(dbOption, async (store) => {
    const userId = await findUserId(store, email);
    const grant = await resolveGrant(store, opts.role, opts);
    const current = opts.add ? ((await listUsers(store)).find((u) => u.id === userId)?.grants ?? []) : [];
    await setGrants(store, userId, [...current, grant], COMMAND_LINE);
    console.log(`✓ ${email} の権限を設定しました（${ROLE_LABELS[grant.role]}）。`);
  });
}

export async function resetUserPassword(
  dbOption: string | undefined,
  email: string,
  opts: { password?: string },
): Promise<void> {
  await withStore(dbOption, async (store) => {
    const userId = await findUserId(store, email);
    await resetPassword(createAuth(store), store, userId, await passwordFrom(opts.password), COMMAND_LINE);
    console.log(`✓ ${email} のパスワードを設定し直しました。`);
  });
}

/**
 * With no user yet, the first administrator is made: from HYOKA_ADMIN_EMAIL and HYOKA_ADMIN_PASSWORD,
 * or by asking on the terminal; otherwise the way to make one is printed.
 */
export async function firstAdministrator(store: Store): Promise<void> {
  if ((await userCount(store)) > 0) return;
  let email = process.env.HYOKA_ADMIN_EMAIL;
  let password = process.env.HYOKA_ADMIN_PASSWORD;
  if (!email || !password) {
    if (!process.stdin.isTTY) {
      console.log(
        "管理者がまだいません。閲覧は今のままでき、評価作業には `npx hyoka users add <メール> --role admin` で管理者を作ってください。",
      );
      return;
    }
    console.log("最初の管理者を作ります（Enter だけで今回は作らずに起動します）。");
    email = await ask("管理者のメールアドレス: ");
    if (!email) return;
    password = await passwordFrom(undefined);
  }
  const grant = await resolveGrant(store, "admin", {});
  await addUser(createAuth(store), store, { email, name: "管理者", password, grants: [grant] }, COMMAND_LINE);
  console.log(`✓ 管理者 ${email} を作りました。`);
}
