// The 版の比較 page's small rules, kept pure: how a change is marked (a symbol and a word, never colour
// alone), which years are compared when the address names none, and how a document is named in a select.
import type { ComparisonRow, EditionDocument, RowChange } from "./api/types.ts";

export const CHANGE_MARKS: Record<RowChange, string> = {
  unchanged: "",
  changed: "◆変更",
  added: "＋追加",
  removed: "－削除",
};

/** The rows to show: every row, or only those that differ. */
export const shownRows = (rows: ComparisonRow[], changesOnly: boolean) =>
  changesOnly ? rows.filter((r) => r.change !== "unchanged") : rows;

/**
 * The years compared, as the API chooses them: those named, else the newest year (other than `from`) and
 * the newest before it (else any other). Empty strings when fewer than two years are published.
 */
export function comparedYears(years: number[], from: string, to: string): { from: string; to: string } {
  const newest = [...years].sort((a, b) => b - a);
  const toYear = to || String(newest.find((y) => String(y) !== from) ?? "");
  const fromYear =
    from ||
    String(
      newest.find((y) => toYear !== "" && y < Number(toYear)) ??
        newest.find((y) => String(y) !== toYear) ??
        "",
    );
  return toYear && fromYear ? { from: fromYear, to: toYear } : { from: "", to: "" };
}

/** A document as the plan and node query parameters name it. */
export type DocumentRef = { plan: string; node: string };

/** A document as one select value ("plan key" or "plan key|node id"), and back. */
export const documentValue = (d: EditionDocument) => (d.node ? `${d.plan.key}|${d.node.id}` : d.plan.key);

export function parseDocumentValue(value: string): DocumentRef {
  const [plan = "", node = ""] = value.split("|");
  return { plan, node };
}
