import { describe, expect, it } from "vitest";
import { comparedYears, documentValue, parseDocumentValue, shownRows } from "../../web/src/editions.ts";
import type { ComparisonRow } from "../../web/src/api/types.ts";

describe("版の比較 (web)", () => {
  it("compares the newest year with the newest before it unless the address names the years", () => {
    expect(comparedYears([2025, 2024, 2023], "", "")).toEqual({ from: "2024", to: "2025" });
    expect(comparedYears([2025, 2024, 2023], "", "2024")).toEqual({ from: "2023", to: "2024" });
    expect(comparedYears([2025, 2024, 2023], "2023", "")).toEqual({ from: "2023", to: "2025" });
    // The oldest year as the later one: the other year is taken, as the API does.
    expect(comparedYears([2024, 2023], "", "2023")).toEqual({ from: "2024", to: "2023" });
    expect(comparedYears([2023], "", "")).toEqual({ from: "", to: "" });
  });

  it("shows every row, or only those that differ", () => {
    const row = (change: ComparisonRow["change"]): ComparisonRow => ({
      key: change,
      group: null,
      label: change,
      period: null,
      from: "a",
      to: "b",
      change,
    });
    const rows = [row("unchanged"), row("changed"), row("added"), row("removed")];
    expect(shownRows(rows, false)).toHaveLength(4);
    expect(shownRows(rows, true).map((r) => r.change)).toEqual(["changed", "added", "removed"]);
  });

  it("names a document in one select value and reads it back", () => {
    const kihon = {
      kind: "kihon-hyoka" as const,
      title: "基本評価調書",
      plan: { key: "hokkaido-sogo-keikaku", name: "北海道総合計画" },
      node: { id: 2, code: "2(2)A_0505", name: "…" },
    };
    expect(parseDocumentValue(documentValue(kihon))).toEqual({ plan: "hokkaido-sogo-keikaku", node: "2" });
    expect(parseDocumentValue(documentValue({ ...kihon, node: null }))).toEqual({
      plan: "hokkaido-sogo-keikaku",
      node: "",
    });
  });
});
