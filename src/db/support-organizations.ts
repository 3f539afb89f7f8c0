// The support organizations of a support plan as the desk names them. Seed 001 lists an organization
// twice when it is both a core organization and a network member (ノーステック財団, 道総研 …): the
// desk treats the two rows as one organization, the core row, so that a grant, a routing step and a
// support record always name the same row.
import type { Kysely, Transaction } from "kysely";
import { nameKey } from "../domain/text.ts";
import type { Database } from "./schema.ts";

type Db = Kysely<Database> | Transaction<Database>;

export interface SupportOrganization {
  readonly id: number;
  readonly planId: number;
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: "core" | "member";
  readonly isCenter: boolean;
}

/** The rows of every plan (or of one), core organizations first, each in the document's order. */
async function rows(db: Db, planId?: number): Promise<SupportOrganization[]> {
  let q = db
    .selectFrom("support_organizations")
    .select(["id", "plan_id", "name", "short_name", "kind", "is_center"])
    .orderBy("plan_id")
    .orderBy("kind")
    .orderBy("sort_order")
    .orderBy("id");
  if (planId !== undefined) q = q.where("plan_id", "=", planId);
  return (await q.execute()).map((r) => ({
    id: r.id,
    planId: r.plan_id,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind === "core" ? "core" : "member",
    isCenter: r.is_center === 1,
  }));
}

/** One row per organization: a member row that repeats a core organization's name is left out. */
function distinct(all: readonly SupportOrganization[]): SupportOrganization[] {
  const seen = new Set<string>();
  return all.filter((o) => {
    const key = `${o.planId}|${nameKey(o.name)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface DeskOrganizations {
  /** One row per organization, core first. */
  readonly list: readonly SupportOrganization[];
  /** Every row's id (a repeated member row's too) → the organization it stands for. */
  readonly byId: ReadonlyMap<number, SupportOrganization>;
  readonly center: SupportOrganization | null;
}

/** A plan's organizations, each row's id resolved to the organization it stands for, and its center. */
export async function deskOrganizationsOf(db: Db, planId: number): Promise<DeskOrganizations> {
  const all = await rows(db, planId);
  const list = distinct(all);
  const byName = new Map(list.map((o) => [nameKey(o.name), o]));
  const byId = new Map(all.map((o) => [o.id, byName.get(nameKey(o.name))!]));
  const center = all.find((o) => o.isCenter);
  return { list, byId, center: center ? byId.get(center.id)! : null };
}

/** The organizations a name as people type it stands for (full name or short name), in any plan or one. */
export async function organizationsNamed(db: Db, text: string, planId?: number) {
  const key = nameKey(text);
  const all = await rows(db, planId);
  // Any row's names count: a short name may be on the member row only (「ものづくり支援センター」).
  const matching = all.filter((o) => nameKey(o.name) === key || nameKey(o.shortName ?? "") === key);
  const names = new Set(matching.map((o) => `${o.planId}|${nameKey(o.name)}`));
  return distinct(all).filter((o) => names.has(`${o.planId}|${nameKey(o.name)}`));
}
