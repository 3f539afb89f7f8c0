// Disagreements between documents about one program: the same fiscal year and kind of budget line
// (予算, 決算, 決算見込 …) stated with different amounts.
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { MONEY_SCALES, formatThousands } from "../domain/numbers.ts";
import { warekiLabel } from "../domain/years.ts";
import type { Finding } from "./check.ts";

const UNIT_OF_SCALE = new Map(Object.entries(MONEY_SCALES).map(([unit, scale]) => [scale, unit]));

/** One finding per program, year and kind whose standalone lines from different documents differ. */
export async function programBudgetConflicts(db: Kysely<Database>): Promise<Finding[]> {
  const lines = await db
    .selectFrom("budget_lines as b")
    .innerJoin("programs as p", "p.id", "b.program_id")
    .innerJoin("documents as d", "d.id", "b.document_id")
    .select(["p.id", "p.name", "b.fiscal_year", "b.kind", "b.amount", "b.scale", "d.title"])
    .where("b.standalone", "=", 1)
    .orderBy("p.id")
    .orderBy("b.fiscal_year")
    .orderBy("d.key")
    .execute();
  const findings: Finding[] = [];
  for (const group of Map.groupBy(lines, (l) => `${l.id}|${l.fiscal_year}|${l.kind}`).values()) {
    const yen = new Set(group.map((l) => BigInt(l.amount) * 10n ** BigInt(l.scale)));
    if (yen.size < 2) continue;
    const { name, fiscal_year, kind } = group[0]!;
    findings.push({
      kind: "budget-conflict",
      severity: "disagreement",
      subject: `事業「${name}」`,
      message: `${warekiLabel(fiscal_year, "fiscal")}の${kind}額が資料により異なります: ${group
        .map((l) => `${l.title} ${formatThousands(BigInt(l.amount))}${UNIT_OF_SCALE.get(l.scale) ?? ""}`)
        .join(" / ")}`,
    });
  }
  return findings;
}
