// Free-form attributes as printed (補助率, 背景, 対象者と上限 …): strings, lists, records and tables.
import { Table } from "@mantine/core";
import type { ReactNode } from "react";
import { useYears } from "../year-style.tsx";

export const ATTRIBUTE_LABELS: Record<string, string> = {
  type: "区分",
  relatedMeasureNo: "関連する施策の番号",
  printedFigures: "調書の数値（印字のまま）",
  見出しのない列: "見出しのない列（抽出で見出しが失われた）",
  star: "★（重点）",
  status2018: "平成30年度の取組状況",
  pillar: "柱",
  background: "背景",
  backgroundFrom: "背景の出典",
  content: "内容",
  targets: "目標",
  actuals: "実績",
  subsidyRate: "補助率",
  limitsByRecipient: "補助対象者と上限",
  recipients: "補助対象者",
  schemes: "制度",
  subsidyTable: "補助の表",
  otherText: "その他の記載",
  recipient: "対象",
  limit: "上限・下限",
  // The rows of a printed list (目標, 実績): what the line says and where it is.
  label: "見出し",
  text: "記載",
  year: "年度",
  line: "資料の行",
};

export function attributeLabel(key: string): string {
  return ATTRIBUTE_LABELS[key] ?? key;
}

export function AttributeValue({ value }: { value: unknown }): ReactNode {
  if (value === null || value === undefined || value === "") return "－";
  if (typeof value === "boolean") return value ? "あり" : "なし";
  if (typeof value === "string") return <span className="pre-line">{value}</span>;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object" || v === null)) return value.map(String).join("、");
    const rows = value.filter((v): v is Record<string, unknown> => typeof v === "object" && v !== null);
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    return (
      <Table withTableBorder>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c} scope="col">
                {attributeLabel(c)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r, i) => (
            <Table.Tr key={i}>
              {columns.map((c) => (
                <Table.Td key={c}>
                  {c === "year" && typeof r[c] === "number" ? (
                    <FiscalYear year={r[c]} />
                  ) : (
                    <AttributeValue value={r[c]} />
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  if (typeof value === "object") {
    return (
      <ul className="attr-list">
        {Object.entries(value as Record<string, unknown>).map(([k, v]) => (
          <li key={k}>
            {attributeLabel(k)}: <AttributeValue value={v} />
          </li>
        ))}
      </ul>
    );
  }
  return String(value);
}

/** A fiscal year in the page's notation (和暦 or 西暦, as the reader chose). */
function FiscalYear({ year }: { year: number }): ReactNode {
  return useYears().fiscal(year);
}
