// What the support desk's changes and reads share (docs/support-desk.md): the plan's desk, who the
// principal acts for, a case once the principal may see it, and the one validation of every request.
import type { Kysely, Transaction } from "kysely";
import { type CaseRow, basicPlansOf, caseRow, involvedIn, planByKey } from "../db/support-desk.ts";
import {
  type DeskOrganizations,
  type SupportOrganization,
  deskOrganizationsOf,
} from "../db/support-organizations.ts";
import type { Database } from "../db/schema.ts";
import { type Principal, canSeeCase, isAdmin, isDeskCoordinator, staffOf } from "../domain/rights.ts";
import { type SupportField, fieldWarning } from "../domain/support-desk.ts";
import type { z } from "../server/contract.ts";
import type { OrganizationRef } from "../server/schemas/support-desk.ts";
import { Problem, forbidden, unauthenticated } from "./problem.ts";

type Db = Kysely<Database>;
type Trx = Transaction<Database>;

// ---- common pieces --------------------------------------------------------------------------------

export const now = () => new Date().toISOString();
/** Today in Japan (YYYY-MM-DD): the desk's dates are Japanese calendar days. */
export const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Tokyo" }).format(new Date());

export const invalid = (errors: { field: string; message: string }[]) =>
  new Problem(422, "invalid", "入力に誤りがあります。各項目のメッセージを確認してください。", { errors });
export const invalidField = (field: string, message: string) => invalid([{ field, message }]);

/** The 422 naming every field a schema refused, each with its Japanese message. */
export const invalidInput = (error: z.ZodError) =>
  invalid(error.issues.map((i) => ({ field: i.path.map(String).join(".") || "body", message: i.message })));

/** The input as the schema reads it, or a 422 naming every field at fault. */
export function valid<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  throw invalidInput(r.error);
}

/** A support plan with a desk: its organizations (one row each) and its center. */
export interface Desk extends DeskOrganizations {
  readonly plan: NonNullable<Awaited<ReturnType<typeof planByKey>>>;
}

export async function deskOf(db: Db | Trx, planKey: string): Promise<Desk> {
  const plan = await planByKey(db, planKey);
  if (!plan) throw new Problem(404, "not_found", `計画「${planKey}」が見つかりません。`);
  const organizations = await deskOrganizationsOf(db, plan.id);
  if (organizations.list.length === 0) {
    throw new Problem(404, "not_found", `計画「${plan.name}」には支援機関の相談窓口がありません。`);
  }
  return { plan, ...organizations };
}

export async function deskOfPlanId(db: Db, planId: number): Promise<Desk> {
  const plan = await db.selectFrom("plans").select("key").where("id", "=", planId).executeTakeFirstOrThrow();
  return deskOf(db, plan.key);
}

export const ref = (o: SupportOrganization): OrganizationRef => ({
  id: o.id,
  name: o.name,
  shortName: o.shortName,
});
export const shown = (o: SupportOrganization) => o.shortName ?? o.name;
export const centerId = (desk: Desk) => desk.center?.id ?? null;

/** The principal's organizations in this plan's desk. */
export const mine = (p: Principal | null, desk: Desk) =>
  staffOf(p).flatMap((id) => (desk.byId.has(id) ? [desk.byId.get(id)!] : []));

/** A signed-in administrator or staff of one of the plan's organizations; else 401 / 403. */
export function requireDeskUser(p: Principal | null, desk: Desk, what = "相談案件を扱う"): Principal {
  if (!p) throw unauthenticated();
  if (!isDeskCoordinator(p, centerId(desk)) && mine(p, desk).length === 0) throw forbidden(what);
  return p;
}

/** An organization of the plan named by id, or a 422 on the field. */
export function organizationIn(desk: Desk, id: number, field: string): SupportOrganization {
  const o = desk.byId.get(id);
  if (!o) throw invalidField(field, `ID ${id} はこの計画の支援機関ではありません。`);
  return o;
}

/**
 * The organization the principal acts for: the one named (whose staff they must be; an administrator
 * may name any), else their only organization in the desk (an administrator: the center).
 */
export function actingOrganization(
  p: Principal,
  desk: Desk,
  requested: number | undefined,
  field = "organizationId",
) {
  const own = mine(p, desk);
  if (requested !== undefined) {
    const o = organizationIn(desk, requested, field);
    if (!own.includes(o) && !isAdmin(p)) throw forbidden(`${shown(o)}として操作する`);
    return o;
  }
  if (own.length === 1) return own[0]!;
  if (own.length === 0 && isAdmin(p) && desk.center) return desk.center;
  throw invalidField(field, "どの支援機関として操作するかを指定してください。");
}

export const isCenter = (desk: Desk, o: SupportOrganization) => desk.center?.id === o.id;

// ---- a case and its rights ------------------------------------------------------------------------

export interface CaseContext {
  readonly p: Principal;
  readonly desk: Desk;
  readonly row: CaseRow;
  readonly involved: readonly number[];
}

/** The case, once the principal may see it: 401 anonymous, 404 no such case, 403 not involved. */
export async function caseContext(db: Db, p: Principal | null, caseId: number): Promise<CaseContext> {
  if (!p) throw unauthenticated();
  const row = await caseRow(db, caseId);
  if (!row) throw new Problem(404, "not_found", `相談案件（ID ${caseId}）が見つかりません。`);
  const desk = await deskOfPlanId(db, row.plan_id);
  const involved = await involvedIn(db, row);
  if (!canSeeCase(p, centerId(desk), involved)) throw forbidden("この相談案件を見る");
  return { p, desk, row, involved };
}

/** The organization acting on a case: one involved in it, unless the principal coordinates the desk. */
export function actingOnCase(ctx: CaseContext, requested: number | undefined): SupportOrganization {
  const o = actingOrganization(ctx.p, ctx.desk, requested);
  const coordinator = isDeskCoordinator(ctx.p, centerId(ctx.desk));
  if (!coordinator && !ctx.involved.includes(o.id)) throw forbidden(`${shown(o)}としてこの案件を扱う`);
  return o;
}

/** Warnings for a case's field and municipality against the 別紙 list (never refusals). */
export async function fieldWarnings(db: Db, planId: number, municipality: string, field: SupportField) {
  const warning = fieldWarning(municipality, field, await basicPlansOf(db, planId));
  return warning ? [warning] : [];
}
