// Who may do what. Roles are granted per user: administrator and viewer everywhere, evaluator
// (政策評価担当) for a plan, editor (担当課) for a department. Pure: the API asks these questions.

export const ROLES = ["admin", "evaluator", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  admin: "管理者",
  evaluator: "政策評価担当",
  editor: "担当課",
  viewer: "閲覧者",
};

export interface Grant {
  role: Role;
  planId: number | null;
  departmentId: number | null;
}

export interface Principal {
  userId: string;
  name: string;
  email: string;
  grants: readonly Grant[];
}

/** A grant as people read it: 政策評価担当（計画キー）, 担当課（課の名前）. */
export const grantLabel = (g: { role: Role; plan?: string | null; department?: string | null }) =>
  `${ROLE_LABELS[g.role]}${g.plan ? `（${g.plan}）` : ""}${g.department ? `（${g.department}）` : ""}`;

export const isAdmin = (p: Principal | null) => !!p?.grants.some((g) => g.role === "admin");

/** Drafts (unpublished cycles) are for signed-in users with any right. */
export const canReadDrafts = (p: Principal | null) => !!p && p.grants.length > 0;

export const canEvaluate = (p: Principal | null, planId: number) =>
  isAdmin(p) || !!p?.grants.some((g) => g.role === "evaluator" && g.planId === planId);

/** An editor edits the items of the departments they are granted; an evaluator every item of the plan. */
export const canEdit = (p: Principal | null, planId: number, departmentIds: readonly number[]) =>
  canEvaluate(p, planId) ||
  !!p?.grants.some(
    (g) => g.role === "editor" && g.departmentId !== null && departmentIds.includes(g.departmentId),
  );

/** A grant is well formed: an evaluator names a plan, an editor a department, the others neither. */
export function grantProblem(g: Grant): string | null {
  if (g.role === "evaluator" && g.planId === null) return "政策評価担当には計画を指定してください。";
  if (g.role === "editor" && g.departmentId === null) return "担当課の権限には担当課を指定してください。";
  if ((g.role === "admin" || g.role === "viewer") && (g.planId !== null || g.departmentId !== null)) {
    return `${ROLE_LABELS[g.role]}には計画や担当課を指定しません。`;
  }
  return null;
}

/** The shortest password an account may have (better-auth's rule, the forms' hint and the CLI). */
export const MIN_PASSWORD = 10;
