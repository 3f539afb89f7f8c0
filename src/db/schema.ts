// Row types of the store. Booleans are 0/1 integers and JSON is text, so both dialects read the same.
import type { Generated } from "kysely";

type Id = Generated<number>;
/** bigint columns: better-sqlite3 returns number, pg returns string. */
type BigIntColumn = number | string | bigint;

export interface Database {
  documents: {
    id: Id;
    key: string;
    kind: string;
    title: string;
    edition: string;
    evaluation_year: number | null;
    file_name: string;
    sha256: string;
    imported_at: string;
  };
  plans: {
    id: Id;
    key: string;
    search_key: string | null;
    name: string;
    organization: string;
    period_from: number | null;
    period_to: number | null;
    levels: string;
    rule_profile: string;
    texts: string;
    document_id: number;
    evaluated_as_of: string | null;
  };
  departments: { id: Id; name: string; parent_id: Generated<number | null>; organization: Generated<string> };
  policy_nodes: {
    id: Id;
    key: string;
    search_key: string | null;
    plan_id: number;
    parent_id: number | null;
    level: string;
    code: string | null;
    name: string;
    sort_order: number;
    texts: string;
    document_id: number;
  };
  node_departments: { node_id: number; department_id: number; sort_order: number };
  programs: {
    id: Id;
    key: string;
    search_key: string | null;
    code: string | null;
    name: string;
    department_id: number | null;
    summary: string | null;
    attributes: string;
    ended_year: Generated<number | null>;
    successor_id: Generated<number | null>;
  };
  program_sources: {
    id: Id;
    program_id: number;
    document_id: number;
    key: string;
    name_key: string;
    organization: string;
    department_id: number | null;
    /** The department as this document prints it (産業振興課, or 経済部産業振興局産業振興課). */
    department_name: string | null;
    name: string;
    code: string | null;
    summary: string | null;
    attributes: string;
    ended_year: number | null;
    successor_name: string | null;
  };
  program_links: {
    id: Id;
    program_id: number;
    node_id: number;
    document_id: number;
    sort_order: number;
    relisted: number;
    listed: string;
    line: number | null;
  };
  budget_lines: {
    id: Id;
    program_id: number;
    document_id: number;
    fiscal_year: number;
    kind: string;
    amount: BigIntColumn;
    scale: number;
    general_revenue: BigIntColumn | null;
    staff_hq: string | null;
    staff_branch: string | null;
    staff_total: string | null;
    total_cost: BigIntColumn | null;
    standalone: number;
    note: string | null;
  };
  indicators: {
    id: Id;
    key: string;
    search_key: string | null;
    name: string;
    unit: string;
    direction: string;
    measure: string;
    milestones: string | null;
    year_basis: string | null;
    source: string | null;
    publication: string | null;
    rationale: string | null;
  };
  indicator_usages: {
    id: Id;
    indicator_id: number;
    node_id: number;
    document_id: number;
    display_name: string;
    sort_order: number;
    role: string | null;
    baseline_from: number | null;
    baseline_to: number | null;
    baseline_value: string | null;
    analysis: string | null;
    published_rate: string | null;
    published_grade: string | null;
    published_from: number | null;
    published_to: number | null;
    note: string | null;
  };
  targets: {
    id: Id;
    usage_id: number;
    period_from: number;
    period_to: number;
    kind: string;
    value: string | null;
    reference_series: string | null;
    is_final: number;
    label: string | null;
    document_id: number | null;
  };
  observations: {
    id: Id;
    indicator_id: number;
    series: string;
    period_from: number;
    period_to: number;
    value: string | null;
    milestone: string | null;
    status: string | null;
    note: string | null;
    document_id: number;
    known_from: string;
    estimate: Generated<number>;
  };
  node_evaluations: {
    id: Id;
    node_id: number;
    evaluation_year: number;
    document_id: number;
    indicator_grade: string | null;
    coordination: string | null;
    urgency_priority: string | null;
    overall_judgement: string | null;
    secondary_evaluation: string | null;
    response_policy: string | null;
    texts: string;
  };
  program_evaluations: {
    id: Id;
    program_id: number;
    node_id: number;
    evaluation_year: number;
    document_id: number;
    response_policy_no: string | null;
    direction: string | null;
    note: string | null;
  };
  editions: {
    id: Id;
    plan_id: number;
    fiscal_year: number;
    kind: string;
    node_id: number | null;
    revision: number;
    model: string;
    source: string;
    published_at: string;
    published_by: string;
    reason: string | null;
    superseded_at: string | null;
  };
  plan_links: { id: Id; node_id: number; linked_plan: string; document_id: number };
  /** An activity of a node counted per year (「(R4:22回、R3:20回)」): one unit, one series. */
  activity_series: {
    id: Id;
    node_id: number;
    /** The text its brackets are printed in: a node text's label (成果), 連携状況 or 緊急性・優先性. */
    section: string;
    /** The activity: the text before its bracket. */
    label: string;
    unit: string;
    sort_order: number;
    /** The document that last defined the series, and the line of its bracket there. */
    document_id: number;
    line: number | null;
  };
  activity_counts: {
    id: Id;
    series_id: number;
    fiscal_year: number;
    /** Decimal text. */
    value: string;
    /** Printed before the number: 毎年度, オンライン. */
    qualifier: string | null;
    /** The document that stated the count: a seed, or the cycle's document that published it. */
    document_id: number;
  };
  printed_totals: {
    id: Id;
    document_id: number;
    scope_key: string;
    label: string;
    printed: string;
    sum_of_rows: string;
    /** How far `printed` may lie from `sum_of_rows` because the rows print rounded figures. */
    tolerance: string | null;
    line: number | null;
  };
  support_organizations: {
    id: Id;
    plan_id: number;
    document_id: number;
    name: string;
    role: string;
    /** core (地域経済牽引支援機関) or member (北のものづくりネットワーク). */
    kind: string;
    sort_order: number;
    /** 1 for the desk's one window, the center (ものづくり支援センター). */
    is_center: Generated<number>;
    short_name: Generated<string | null>;
  };
  /** The 別紙 list of a support plan: an agreed basic plan and its municipalities (JSON array). */
  support_basic_plans: {
    id: Id;
    plan_id: number;
    document_id: number;
    name: string;
    municipalities: string;
    sort_order: number;
    line: number | null;
  };
  support_basic_plan_fields: {
    id: Id;
    basic_plan_id: number;
    /** As printed: 食関連産業等の産業集積を活用した食料品製造関連分野. */
    text: string;
    /** The plan's field it is (SUPPORT_FIELDS), or null. */
    field: string | null;
    sort_order: number;
    line: number | null;
  };
  role_grants: {
    id: Id;
    user_id: string;
    role: string;
    plan_id: number | null;
    department_id: number | null;
    support_organization_id: Generated<number | null>;
  };
  /** A consultation (相談案件) of a support plan's desk. Dates are YYYY-MM-DD, times ISO. */
  support_cases: {
    id: Id;
    plan_id: number;
    company: string;
    municipality: string;
    field: string;
    stage: string;
    /** 1 when the company's 地域経済牽引事業計画 is approved. */
    approved_project: number;
    request: string;
    received_on: string;
    received_by: number;
    status: string;
    outcome: string | null;
    closed_on: string | null;
    version: number;
    created_at: string;
    created_by: string | null;
    updated_at: string;
    updated_by: string | null;
  };
  support_case_steps: {
    id: Id;
    case_id: number;
    /** ROUTING_STEP_KINDS. */
    kind: string;
    date: string;
    from_organization_id: number;
    to_organization_id: number | null;
    to_outside: string | null;
    reason: string | null;
    recorded_at: string;
    recorded_by: string | null;
    recorded_by_name: string;
  };
  /** A member of the team a step of kind team formed: an organization or an outside body, and its role. */
  support_team_members: {
    id: Id;
    step_id: number;
    organization_id: number | null;
    outside: string | null;
    role: string;
    sort_order: number;
  };
  support_records: {
    id: Id;
    case_id: number;
    organization_id: number;
    date: string;
    /** SUPPORT_KINDS. */
    kind: string;
    note: string | null;
    created_at: string;
    created_by: string | null;
  };
  support_quarter_confirmations: {
    id: Id;
    organization_id: number;
    fiscal_year: number;
    quarter: number;
    /** The organization's quarterly counts as confirmed (JSON). */
    figures: string;
    confirmed_at: string;
    confirmed_by: string | null;
    confirmed_by_name: string;
  };
  evaluation_cycles: {
    id: Id;
    plan_id: number;
    fiscal_year: number;
    status: string;
    deadline: string | null;
    document_id: number | null;
    opened_by: string;
    opened_at: string;
    published_at: string | null;
  };
  evaluation_items: {
    id: Id;
    cycle_id: number;
    node_id: number;
    status: string;
    content: string;
    version: number;
    comment: string | null;
    updated_at: string;
    updated_by: string | null;
  };
  audit_log: {
    id: Id;
    at: string;
    user_id: string | null;
    user_name: string;
    action: string;
    entity: string;
    entity_id: string;
    field: string | null;
    label: string | null;
    old_value: string | null;
    new_value: string | null;
    reason: string | null;
  };
  auth_user: {
    id: string;
    name: string;
    email: string;
    emailVerified: number | boolean;
    image: string | null;
    createdAt: string | Date;
    updatedAt: string | Date;
  };
  auth_session: { id: string; userId: string; token: string; expiresAt: string | Date };
}
