// What the home and plan pages show of a plan's indicators: grades where the profile defines them,
// rate bands where it does not.
import type { PlanSummary } from "./api/types.ts";
import { type DistributionEntry, NO_DATA_KEY, bandDistribution, gradeDistribution } from "./grades.ts";

export function planDistribution(plan: Pick<PlanSummary, "gradeLabels" | "gradeCounts" | "rateBands">): {
  title: string;
  entries: DistributionEntry[];
} {
  if (plan.gradeLabels.length > 0) {
    return { title: "指標の判定", entries: gradeDistribution(plan.gradeCounts, plan.gradeLabels) };
  }
  return {
    title: "指標の達成率",
    entries: bandDistribution(plan.rateBands, plan.gradeCounts[NO_DATA_KEY] ?? 0),
  };
}
