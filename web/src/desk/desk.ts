// What the desk's pages share: labels of the choices, the fiscal year of a day, the quarters.
import type { SupportDeskChoices, SupportDeskReference } from "../api/types.ts";

export const QUARTERS = [1, 2, 3, 4] as const;
export const QUARTER_MONTHS = ["4～6月", "7～9月", "10～12月", "1～3月"] as const;
export const CASE_STATUS_LABELS = { new: "新規", "follow-up": "継続" } as const;

/** The fiscal year (April to March) of a day. */
export function fiscalYearOf(day: Date = new Date()): number {
  return day.getMonth() >= 3 ? day.getFullYear() : day.getFullYear() - 1;
}

type Choice = { value: string; label: string };

/** The label of a value among the desk's choices (the value itself when unknown). */
export function choiceLabel(list: readonly Choice[], value: string): string {
  return list.find((c) => c.value === value)?.label ?? value;
}

export const fieldLabel = (choices: SupportDeskChoices, field: string) => choiceLabel(choices.fields, field);

/** An organization's name as the plan writes it (its short name when it has one). */
export function organizationName(desk: SupportDeskReference, id: number): string {
  const o = desk.organizations.find((org) => org.id === id);
  return o ? (o.shortName ?? o.name) : `機関 ${id}`;
}

export const deskApiPath = (key: string) => `/api/plans/${encodeURIComponent(key)}/desk`;

/** A reference to an organization, as the plan writes its name. */
export const refName = (o: { name: string; shortName: string | null } | null | undefined) =>
  o ? (o.shortName ?? o.name) : "－";

/** The status of a case in a plan year (null: not supported yet, or a plan year to come). */
export const YEAR_STATUS_LABELS = {
  new: "新規",
  "follow-up": "継続",
  lapsed: "フォローアップ未実施",
} as const;

/** The desk's organizations as the options of a select. */
export const organizationOptions = (desk: SupportDeskReference) =>
  desk.organizations.map((o) => ({ value: String(o.id), label: refName(o) }));
