// Budget figures by fiscal year and kind, with a total per year when a year has several kinds.
import { Table } from "@mantine/core";
import { formatAmount } from "../format.ts";
import { useYears } from "../year-style.tsx";
import type { BudgetBar } from "./BudgetChart.tsx";

export function BudgetTable({ bars, caption }: { bars: BudgetBar[]; caption: string }) {
  const years = useYears();
  const sorted = [...bars].sort((a, b) => a.fiscalYear - b.fiscalYear);
  return (
    <Table captionSide="top" striped withTableBorder>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">年度</Table.Th>
          <Table.Th scope="col">区分</Table.Th>
          <Table.Th scope="col" className="num">
            金額
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((b) => (
          <Table.Tr key={`${b.fiscalYear}-${b.kind}`}>
            <Table.Th scope="row">{years.fiscal(b.fiscalYear)}</Table.Th>
            <Table.Td>{b.kind}</Table.Td>
            <Table.Td className="num">{formatAmount(b.amount)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
