// The audit trail: one row per change, naming who made it, when, what changed (old → new) and why.
// Every service that changes data writes here, inside the transaction that makes the change.
import { userInfo } from "node:os";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Principal } from "../domain/rights.ts";

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  field?: string;
  label?: string;
  old?: string | null;
  new?: string | null;
  reason?: string | null;
}

/** The actor of an entry: a signed-in user, or the command line (which has no account). */
export type Actor = Pick<Principal, "name" | "email"> & { userId: string | null };

/** The command line has no account: its changes are recorded under the operating-system user. */
export const COMMAND_LINE: Actor = {
  userId: null,
  name: "コマンドライン",
  email: `${userInfo().username}@localhost`,
};

export async function audit(db: Kysely<Database> | Transaction<Database>, actor: Actor, entry: AuditEntry) {
  await db
    .insertInto("audit_log")
    .values({
      at: new Date().toISOString(),
      user_id: actor.userId,
      user_name: `${actor.name} <${actor.email}>`,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      field: entry.field ?? null,
      label: entry.label ?? null,
      old_value: entry.old ?? null,
      new_value: entry.new ?? null,
      reason: entry.reason ?? null,
    })
    .execute();
}

export async function auditTrail(db: Kysely<Database>) {
  return db.selectFrom("audit_log").selectAll().orderBy("id").execute();
}
