// 関連事業 sheets (seed 002): one sheet per program, grouped by pillar: the year's budget (枠内 / 内数
// flagged), purpose, background, content, targets and actuals as printed, the indicators tied to the
// program with their rate, the department, and the subsidy terms.
import type { Kysely } from "kysely";
import type { RuleProfile } from "../../domain/rule-profile.ts";
import type { Database } from "../../db/schema.ts";
import { planFacts } from "../queries.ts";

export interface CatalogueIndicator {
  name: string;
  unit: string;
  role: string | null;
  targets: { from: number; to: number; value: string | null; label: string | null; isFinal: boolean }[];
  /** estimate: the value is a 見込み値. */
  actuals: { from: number; to: number; value: string | null; estimate: boolean }[];
  rate: string | null;
  /** The rate rests on an estimate (見込み値): printed with a mark and a footnote. */
  provisional: boolean;
}

export interface CatalogueSheet {
  no: number;
  programId: number;
  name: string;
  pillar: string;
  relisted: boolean;
  /** 千円, for the report's year. */
  budget: number | null;
  /** False for 枠内 / 内数: part of a larger sum. */
  standalone: boolean;
  budgetNote: string | null;
  purpose: string | null;
  department: string | null;
  /** Labelled texts as printed: 背景・課題, 事業内容, 補助率 … in a fixed order. */
  items: { label: string; text: string }[];
  targets: { label: string; text: string }[];
  actuals: { label: string; text: string }[];
  indicators: CatalogueIndicator[];
}

export interface Society5CatalogueReport {
  kind: "society5-catalogue";
  plan: { key: string; name: string; organization: string };
  year: number;
  pillars: { code: string | null; name: string; sheets: CatalogueSheet[] }[];
}

/** Attributes shown as labelled items, in this order; anything else is kept under その他の記載. */
const ITEM_LABELS: [string, string][] = [
  ["background", "背景・課題"],
  ["backgroundFrom", "背景の出典"],
  ["content", "事業内容"],
  ["subsidyRate", "補助率"],
  ["rate", "補助率"],
  ["limit", "限度額"],
  ["limitsByRecipient", "補助対象者と限度額"],
  ["recipients", "補助対象者"],
  ["recipient", "補助対象者"],
  ["eligibility", "対象"],
  ["projectPeriod", "事業期間"],
  ["period", "期間"],
  ["schemes", "制度"],
  ["subsidyTable", "補助の内容"],
  ["menu", "メニュー"],
  ["loan", "貸付"],
  ["use", "用途"],
  ["term", "期間"],
  ["components", "構成"],
  ["otherText", "その他の記載"],
];
const NOT_ITEMS = new Set([
  "pillar",
  "targets",
  "actuals",
  "indicatorKeys",
  "pages",
  "printedInSection",
  "type",
]);

/** Any attribute value as text: lists joined by line, records as "key: value". */
export function attributeText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map(attributeText).join("\n");
  if (typeof value === "object")
    return Object.values(value as Record<string, unknown>)
      .filter((v) => typeof v !== "number")
      .map(attributeText)
      .filter((s) => s !== "")
      .join("\u3000");
  return "";
}

const labelled = (value: unknown) =>
  Array.isArray(value)
    ? value.flatMap((v) =>
        v && typeof v === "object" && "text" in v
          ? [
              {
                label: String((v as { label?: unknown }).label ?? ""),
                text: String((v as { text: unknown }).text),
              },
            ]
          : [],
      )
    : [];

export async function society5CatalogueReport(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  planKey: string,
  year: number,
): Promise<Society5CatalogueReport | null> {
  const loaded = await planFacts(db, profiles, planKey, year);
  if (!loaded) return null;
  const { plan, nodes, listed, facts, records, budgets } = loaded;
  const recordOf = new Map(records.map((r) => [r.usageId, r]));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const rootOf = (id: number) => {
    let n = byId.get(id)!;
    while (n.parentId !== null) n = byId.get(n.parentId)!;
    return n;
  };
  let no = 0;
  const sheets = listed.map((l): CatalogueSheet & { rootId: number } => {
    const b = budgets.get(l.programId);
    const root = rootOf(l.nodeId);
    const items: { label: string; text: string }[] = [];
    for (const [key, label] of ITEM_LABELS) {
      const text = attributeText(l.attributes[key]).trim();
      if (text) items.push({ label, text });
    }
    const known = new Set(ITEM_LABELS.map(([k]) => k));
    for (const [key, value] of Object.entries(l.attributes)) {
      if (known.has(key) || NOT_ITEMS.has(key)) continue;
      const text = attributeText(value).trim();
      if (text) items.push({ label: key, text });
    }
    // Indicators the catalogue ties to this program (the usage's note names the program).
    const indicators = facts
      .filter((f) => f.nodeId === l.nodeId && f.note !== null && f.note.includes(`「${l.name}」`))
      .map((f) => ({
        name: f.displayName,
        unit: f.unit,
        role: f.role,
        targets: f.targets.map((t) => ({
          from: t.from,
          to: t.to,
          value: t.value,
          label: t.label,
          isFinal: t.isFinal,
        })),
        actuals: f.observations
          .filter((o) => o.series === "actual")
          .map((o) => ({
            from: o.from,
            to: o.to,
            value: o.value ?? o.milestone ?? o.status,
            estimate: o.value !== null && o.estimate,
          })),
        rate: recordOf.get(f.usageId)?.rate ?? null,
        provisional: recordOf.get(f.usageId)?.provisional === true,
      }));
    return {
      no: ++no,
      rootId: root.id,
      programId: l.programId,
      name: l.name,
      pillar: root.name,
      relisted: l.relisted,
      budget: b?.amount ?? null,
      standalone: b?.standalone ?? true,
      budgetNote: b?.note ?? null,
      purpose: l.summary,
      department: l.department,
      items,
      targets: labelled(l.attributes.targets),
      actuals: labelled(l.attributes.actuals),
      indicators,
    };
  });
  const roots = nodes.filter((n) => n.parentId === null);
  return {
    kind: "society5-catalogue",
    plan: { key: plan.key, name: plan.name, organization: plan.organization },
    year,
    pillars: roots
      .map((r) => ({
        code: r.code,
        name: r.name,
        sheets: sheets.filter((s) => s.rootId === r.id).map(({ rootId: _rootId, ...s }) => s),
      }))
      .filter((p) => p.sheets.length > 0),
  };
}
