// The shapes of the work API's answers (src/services/cycle.ts), as the pages read them.
import type { ActivitySeries } from "../../../src/server/api-types.ts";

import type { ItemStatus } from "../../../src/domain/item-status.ts";

export { ITEM_STATUS_LABELS, type ItemStatus } from "../../../src/domain/item-status.ts";

export interface CycleSummary {
  id: number;
  fiscalYear: number;
  status: string;
  deadline: string | null;
  publishedAt: string | null;
  plan: { key: string; name: string };
  canEvaluate: boolean;
}

export interface Dashboard {
  id: number;
  plan: { key: string; name: string };
  fiscalYear: number;
  status: string;
  deadline: string | null;
  publishedAt: string | null;
  canEvaluate: boolean;
  items: {
    nodeId: number;
    code: string | null;
    name: string;
    level: string;
    departments: { id: number; name: string }[];
    status: ItemStatus;
    comment: string | null;
    updatedAt: string;
    updatedBy: string | null;
    missing: string[];
    canEdit: boolean;
  }[];
}

export interface ItemIndicator {
  id: number;
  name: string;
  unit: string;
  scale: number;
  observations: {
    series: string;
    from: number;
    to: number;
    value: string | null;
    milestone: string | null;
    estimate: boolean;
    status: string | null;
    note: string | null;
  }[];
  targets: { from: number; to: number; value: string | null; final: boolean }[];
  record: {
    rate: string | null;
    grade: string | null;
    /** The rate and grade rest on an estimate (見込み値). */
    provisional: boolean;
    actual: { value: string; period: { label: string }; estimate: boolean } | null;
    target: { value: string | null; period: { label: string } } | null;
    rateReason: string | null;
  } | null;
}

export interface Item {
  cycle: {
    id: number;
    fiscalYear: number;
    status: string;
    deadline: string | null;
    plan: { key: string; name: string };
  };
  node: { id: number; code: string | null; name: string; level: string };
  departments: { id: number; name: string }[];
  status: ItemStatus;
  version: number;
  comment: string | null;
  updatedAt: string;
  entries: Record<string, string>;
  years: { from: number; to: number };
  judgements: string[];
  /** Whether the plan's profile grades indicators. */
  graded: boolean;
  /** What this plan's yearly update asks for (src/domain/cycle-form.ts). */
  form: {
    measure: string[];
    texts: string[];
    indicator: string[];
    program: string[];
    required: string[];
    settledYearOffset: number;
  };
  /** The fiscal year a 決算 / 決算見込 is entered for. */
  settledYear: number;
  /** The measure's activity series with their published counts (the form asks for the settled year's). */
  activities: ActivitySeries[];
  indicators: ItemIndicator[];
  computed: { grade: string | null; judgement: string | null; provisional: boolean };
  programs: {
    id: number;
    code: string | null;
    name: string;
    relisted: boolean;
    budgets: { fiscalYear: number; kind: string; amount: string; scale: number }[];
    lastEvaluation: { response_policy_no: string | null; direction: string | null } | null;
    /** A program that ended: 「令和3年度をもって終了」, and the program it was merged into. */
    ended: { label: string; successor: { id: number; name: string } | null } | null;
    /** The form's fields that take no value this year, the program having ended before their year. */
    closed: string[];
  }[];
  rights: {
    edit: boolean;
    submit: boolean;
    evaluate: boolean;
    review: boolean;
    correctionNeedsReason: boolean;
  };
  history: {
    at: string;
    user: string;
    action: string;
    field: string | null;
    label: string | null;
    old: string | null;
    new: string | null;
    reason: string | null;
  }[];
}

/** "3日前", "2時間前", "たった今": how long ago something was touched. */
export function ago(iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60000);
  if (minutes < 1) return "たった今";
  if (minutes < 60) return `${minutes}分前`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}時間前`;
  return `${Math.floor(hours / 24)}日前`;
}
