// A rule profile is data: how an organization turns actuals and targets into rates, grades and an
// overall judgement. The JSON format is documented in docs/rule-profiles.md.
import { z } from "zod";
import {
  type CycleForm,
  INDICATOR_FIELDS,
  MEASURE_FIELDS,
  PROGRAM_FIELDS,
  type ProgramField,
  defaultCycleForm,
} from "./cycle-form.ts";

/** The yearly form as a profile states it (`cycle`; src/domain/cycle-form.ts). */
const cycleFormSchema = z.object({
  measure: z.array(z.enum(MEASURE_FIELDS)),
  texts: z.array(z.string().min(1)),
  indicator: z.array(z.enum(INDICATOR_FIELDS)),
  program: z.array(z.enum(Object.keys(PROGRAM_FIELDS) as [ProgramField, ...ProgramField[]])),
  required: z.array(z.string().min(1)),
  settledYearOffset: z.number().int().min(-1).max(0).default(0),
}) satisfies z.ZodType<CycleForm, unknown>;

const band = z.object({
  label: z.string().min(1),
  /** Lower bound of the rate (percent), inclusive. */
  min: z.number(),
});

const judgementBand = z.object({ label: z.string().min(1), minPoints: z.number() });

export const ruleProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "id: lower-case letters, digits and '-'"),
  name: z.string().min(1),
  organization: z.string().optional(),
  description: z.string().optional(),
  rate: z.object({
    /** ratio: actual ÷ target. progress: (actual − baseline) ÷ (target − baseline). */
    formula: z.enum(["ratio", "progress"]),
    /** same-year: the target for the actual's own period. final: the final target. */
    targetBasis: z.enum(["same-year", "final"]),
    decrease: z.object({
      /** target-over-actual: target ÷ actual (as 003 states it). */
      formula: z.enum(["target-over-actual", "progress"]),
      /** 0% when the actual is worse (higher) than the baseline. */
      zeroWhenWorseThanBaseline: z.boolean(),
    }),
    /** How 全国平均値 / 全国水準 targets resolve: the reference series for the actual's year. */
    reference: z.enum(["same-period-as-actual"]),
    rounding: z.object({ mode: z.enum(["half-up", "truncate"]), digits: z.number().int().min(0).max(4) }),
    /** How a missing rate is shown ("-"). */
    missing: z.string(),
  }),
  /** Grade bands, checked from the highest `min` down. Empty: the organization publishes no grades. */
  grades: z.array(band),
  judgement: z
    .object({
      /** Points per grade label; the measure's points are the mean over its graded indicators. */
      points: z.record(z.string(), z.number()),
      rounding: z.enum(["half-up", "truncate"]),
      /** The indicator grade of the measure, from its rounded points. */
      grades: z.array(judgementBand),
      /** Overall judgement (総合判定) by the measure's indicator grade. */
      byGrade: z.record(z.string(), z.string()),
    })
    .optional(),
  /** What the plan's yearly update asks for (src/domain/cycle-form.ts); a default when absent. */
  cycle: cycleFormSchema.optional(),
});

export type RuleProfile = z.infer<typeof ruleProfileSchema>;

/** The yearly update's form of a plan under this profile. */
export const cycleFormOf = (profile: RuleProfile | undefined): CycleForm =>
  profile?.cycle ?? defaultCycleForm(profile?.judgement !== undefined);

export type ProfileParse = { ok: true; profile: RuleProfile } | { ok: false; errors: string[] };

/** Validates a profile given as parsed JSON; errors name the field ("rate.rounding.digits: …"). */
export function parseRuleProfile(json: unknown): ProfileParse {
  const r = ruleProfileSchema
    .refine((p) => !p.cycle?.measure.includes("judgement") || p.judgement !== undefined, {
      message: "総合判定（judgement）を定めない評価ルールでは、cycle.measure に judgement を含められません",
      path: ["cycle", "measure"],
    })
    .safeParse(json);
  if (r.success) return { ok: true, profile: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`),
  };
}
