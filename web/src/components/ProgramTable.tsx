// A measure's programs (事務事業) as the 基本評価調書 lists them, with totals over the rows that are
// not 【再掲】 and, when the document printed a totals row, its figures beside the sums.
import { Table, Text } from "@mantine/core";
import type { NodeDetail, NodeProgram } from "../api/types.ts";
import { NONE, formatAmount, formatNumber, sumAmounts } from "../format.ts";
import { useYears } from "../year-style.tsx";
import { AppLink, paths } from "./AppLink.tsx";
import { TableScroll } from "./TableScroll.tsx";

/** 一般 / 事務, where the program's attributes carry it. */
/** Totals are amounts in 千円, except 人工 (person-years, named by the label itself). */
/** 人工 and the column without a heading have no unit; every other total is an amount in 千円. */
const unitOf = (label: string) =>
  label.includes("人工") || label.startsWith("見出しのない列") ? "" : "千円";

export function programType(p: object): string | null {
  const attributes = (p as { attributes?: unknown }).attributes;
  const type =
    attributes && typeof attributes === "object" ? (attributes as Record<string, unknown>).type : undefined;
  return typeof type === "string" && type ? type : null;
}

function staff(b: NonNullable<NodeProgram["budget"]>): string {
  if (b.staffTotal) return b.staffTotal;
  if (b.staffHq === null && b.staffBranch === null) return NONE;
  return `本庁 ${b.staffHq ?? NONE}・出先 ${b.staffBranch ?? NONE}`;
}

export function ProgramTable({ programs, caption }: { programs: NodeProgram[]; caption: string }) {
  const years = useYears();
  const withType = programs.some((p) => programType(p) !== null);
  const counted = programs.filter((p) => !p.relisted);
  const total = (f: (b: NonNullable<NodeProgram["budget"]>) => number | null) =>
    formatAmount(sumAmounts(counted.map((p) => (p.budget ? f(p.budget) : null))));
  const budgetYears = [
    ...new Set(
      programs.flatMap((p) => (p.budget ? [`${years.fiscal(p.budget.fiscalYear)}${p.budget.kind}`] : [])),
    ),
  ];
  return (
    <TableScroll label={caption}>
      <Table captionSide="top" withTableBorder withColumnBorders striped miw={1100}>
        <Table.Caption>
          {caption}
          {budgetYears.length ? `（金額は${budgetYears.join("・")}、千円）` : ""}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">コード</Table.Th>
            {withType ? <Table.Th scope="col">区分</Table.Th> : null}
            <Table.Th scope="col">事業名</Table.Th>
            <Table.Th scope="col">担当課</Table.Th>
            <Table.Th scope="col" className="num">
              事業費
            </Table.Th>
            <Table.Th scope="col" className="num">
              一般財源
            </Table.Th>
            <Table.Th scope="col">人工</Table.Th>
            <Table.Th scope="col" className="num">
              トータルコスト
            </Table.Th>
            <Table.Th scope="col">対応方針番号</Table.Th>
            <Table.Th scope="col">方向性</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {programs.map((p, i) => (
            <Table.Tr key={`${p.id}-${i}`}>
              <Table.Td>{p.code ?? NONE}</Table.Td>
              {withType ? <Table.Td>{programType(p) ?? NONE}</Table.Td> : null}
              <Table.Th scope="row">
                {p.relisted ? (
                  <Text component="span" size="xs" fw={700}>
                    【再掲】
                  </Text>
                ) : null}
                <AppLink to={paths.program(p.id)}>{p.name}</AppLink>
              </Table.Th>
              <Table.Td>{p.department ?? NONE}</Table.Td>
              <Table.Td className="num">{formatAmount(p.budget?.amount)}</Table.Td>
              <Table.Td className="num">{formatAmount(p.budget?.generalRevenue)}</Table.Td>
              <Table.Td>{p.budget ? staff(p.budget) : NONE}</Table.Td>
              <Table.Td className="num">{formatAmount(p.budget?.totalCost)}</Table.Td>
              <Table.Td>{p.responsePolicyNo ?? NONE}</Table.Td>
              <Table.Td>{p.direction ?? NONE}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={withType ? 4 : 3}>
              合計（{counted.length}事業{counted.length < programs.length ? "、再掲を除く" : ""}）
            </Table.Th>
            <Table.Td className="num">{total((b) => b.amount)}</Table.Td>
            <Table.Td className="num">{total((b) => b.generalRevenue)}</Table.Td>
            <Table.Td />
            <Table.Td className="num">{total((b) => b.totalCost)}</Table.Td>
            <Table.Td colSpan={2} />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}

export function PrintedTotals({ totals }: { totals: NodeDetail["totals"] }) {
  if (totals.length === 0) return null;
  return (
    <Table captionSide="top" withTableBorder striped maw={800}>
      <Table.Caption>調書の合計行と各行の合計</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">項目</Table.Th>
          <Table.Th scope="col" className="num">
            調書の記載
          </Table.Th>
          <Table.Th scope="col" className="num">
            各行の合計
          </Table.Th>
          <Table.Th scope="col">照合</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {totals.map((t) => (
          <Table.Tr key={t.label}>
            <Table.Th scope="row">{t.label}</Table.Th>
            <Table.Td className="num">
              {formatNumber(t.printed)}
              {unitOf(t.label)}
            </Table.Td>
            <Table.Td className="num">
              {formatNumber(t.sumOfRows)}
              {unitOf(t.label)}
            </Table.Td>
            <Table.Td>{t.printed === t.sumOfRows ? "一致" : t.agrees ? "丸めの範囲内" : "不一致"}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
