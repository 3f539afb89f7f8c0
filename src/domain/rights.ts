// Who may do what. Roles are granted per user: administrator and viewer everywhere, evaluator
// (政策評価担当) for a plan, editor (担当課) for a department, supporter (支援機関の職員) for a support
// organization of a support plan's desk (docs/support-desk.md). Pure: the API asks these questions.

/** The roles, the widest first (the administrator's page offers them the least first). */
export const ROLES = ["admin", "evaluator", "editor", "supporter", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: "管理者",
  evaluator: "政策評価担当",
  editor: "担当課",
  viewer: "閲覧者",
  supporter: "支援機関",
};

export interface Grant {
  role: Role;
  planId: number | null;
  departmentId: number | null;
  /** The support organization whose staff a supporter is. */
  supportOrganizationId: number | null;
}

export interface Principal {
  userId: string;
  name: string;
  email: string;
  grants: readonly Grant[];
}

/** A grant as people read it: 政策評価担当（計画キー）, 担当課（課の名前）, 支援機関（機関の名前）. */
export const grantLabel = (g: {
  role: Role;
  plan?: string | null;
  department?: string | null;
  supportOrganization?: string | null;
}) =>
  `${ROLE_LABELS[g.role]}${[g.plan, g.department, g.supportOrganization]
    .filter((s) => !!s)
    .map((s) => `（${s}）`)
    .join("")}`;

export const isAdmin = (p: Principal | null) => !!p?.grants.some((g) => g.role === "admin");

/** Drafts (unpublished cycles) are for signed-in users with any right of the evaluation work. */
export const canReadDrafts = (p: Principal | null) => !!p?.grants.some((g) => g.role !== "supporter");

export const canEvaluate = (p: Principal | null, planId: number) =>
  isAdmin(p) || !!p?.grants.some((g) => g.role === "evaluator" && g.planId === planId);

/** An editor edits the items of the departments they are granted; an evaluator every item of the plan. */
export const canEdit = (p: Principal | null, planId: number, departmentIds: readonly number[]) =>
  canEvaluate(p, planId) ||
  !!p?.grants.some(
    (g) => g.role === "editor" && g.departmentId !== null && departmentIds.includes(g.departmentId),
  );

/**
 * A grant is well formed: an evaluator names a plan, an editor a department, a supporter a support
 * organization (and nothing else); administrators and viewers name none of these.
 */
export function grantProblem(g: Grant): string | null {
  const scoped = g.planId !== null || g.departmentId !== null;
  if (g.role === "evaluator" && g.planId === null) return "政策評価担当には計画を指定してください。";
  if (g.role === "editor" && g.departmentId === null) return "担当課の権限には担当課を指定してください。";
  if (g.role === "supporter") {
    if (g.supportOrganizationId === null) return "支援機関の権限には支援機関を指定してください。";
    return scoped ? "支援機関の権限には計画や担当課を指定しません。" : null;
  }
  if (g.supportOrganizationId !== null) return "支援機関は支援機関の権限（supporter）にだけ指定します。";
  if ((g.role === "admin" || g.role === "viewer") && scoped) {
    return `${ROLE_LABELS[g.role]}には計画や担当課を指定しません。`;
  }
  return null;
}

// ---- the support desk (docs/support-desk.md) ----

/** The support organizations whose staff the principal is. */
export const staffOf = (p: Principal | null): number[] =>
  p?.grants.flatMap((g) =>
    g.role === "supporter" && g.supportOrganizationId !== null ? [g.supportOrganizationId] : [],
  ) ?? [];

/** Sees and works every case of a plan: an administrator, or staff of the plan's center. */
export const isDeskCoordinator = (p: Principal | null, centerId: number | null) =>
  isAdmin(p) || (centerId !== null && staffOf(p).includes(centerId));

/**
 * Sees a case (its company and what was asked): the coordinators above, and staff of an organization
 * involved in it — it received the case, a step routed it there, it is in the case's team, or it
 * recorded support for it.
 */
export const canSeeCase = (p: Principal | null, centerId: number | null, involved: readonly number[]) =>
  isDeskCoordinator(p, centerId) || staffOf(p).some((o) => involved.includes(o));

/** The shortest password an account may have (better-auth's rule, the forms' hint and the CLI). */
export const MIN_PASSWORD = 10;
