// A measure's indicator grade and overall judgement (総合判定), computed from its indicators' grades
// under the plan's profile, beside what the evaluation sheet printed.
import type { Kysely } from "kysely";
import { judgeMeasure } from "../domain/evaluate.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Database } from "../db/schema.ts";
import type { IndicatorRecord } from "./indicator-records.ts";

export interface MeasureJudgement {
  planKey: string;
  nodeKey: string;
  nodeCode: string | null;
  nodeName: string;
  evaluationYear: number;
  grade: string | null;
  judgement: string | null;
  publishedGrade: string | null;
  publishedJudgement: string | null;
}

export async function measureJudgements(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  records: readonly IndicatorRecord[],
): Promise<MeasureJudgement[]> {
  const rows = await db
    .selectFrom("node_evaluations as e")
    .innerJoin("policy_nodes as n", "n.id", "e.node_id")
    .innerJoin("plans as p", "p.id", "n.plan_id")
    .innerJoin("documents as d", "d.id", "e.document_id")
    // A year published through the cycle was computed by Hyoka itself and is kept as an edition; the
    // documents Hyoka imported are what its computation is checked against.
    .where("d.kind", "!=", "evaluation-cycle")
    .select([
      "p.key as planKey",
      "p.rule_profile",
      "n.key as nodeKey",
      "n.code",
      "n.name",
      "e.evaluation_year",
      "e.indicator_grade",
      "e.overall_judgement",
    ])
    .orderBy("n.key")
    .execute();
  return rows.map((r) => {
    const profile = profiles.get(r.rule_profile);
    const grades = records.filter((x) => x.nodeKey === r.nodeKey).map((x) => x.grade);
    const computed = profile ? judgeMeasure(grades, profile) : { grade: null, judgement: null };
    return {
      planKey: r.planKey,
      nodeKey: r.nodeKey,
      nodeCode: r.code,
      nodeName: r.name,
      evaluationYear: r.evaluation_year,
      grade: computed.grade,
      judgement: computed.judgement,
      publishedGrade: r.indicator_grade,
      publishedJudgement: r.overall_judgement,
    };
  });
}
