// What a department enters for a measure in an evaluation year, as a flat map of field → text, and the
// rules each field must keep. Pure: the context (units, scales, the plan's years) is handed in.
import { type CycleForm, PROGRAM_FIELDS, type ProgramField, formAsks, requiredPaths } from "./cycle-form.ts";
import { MAX_INTEGER_DIGITS } from "../db/limits.ts";
import { formatDecimal } from "./decimal.ts";
import { parseNumber } from "./numbers.ts";
import { type ProgramLifecycle, endedProgramMessage, programFieldYear } from "./program-lifecycle.ts";

/** Statuses an actual can have instead of a value (the seeds print 集計中, 調査中, 調査未実施). */
export const ACTUAL_STATUSES = ["集計中", "調査中", "調査未実施", "未公表", "その他"] as const;
/** 連携状況 and 緊急性・優先性 are judged ○ / △ / × in the 基本評価調書. */
export const RATINGS = ["○", "△", "×"] as const;
/** 対応方針番号 of a program (the 基本評価調書 numbers its 対応方針 ① to ③). */
export const RESPONSE_POLICIES = ["①", "②", "③"] as const;
/** 方向性 of a program. The seed prints 改善（指標分析）; the others are Hokkaido's usual categories. */
export const DIRECTIONS = [
  "拡充",
  "継続",
  "改善（指標分析）",
  "見直し",
  "縮小",
  "休止・廃止",
  "終了",
] as const;
/** Steps of a qualitative indicator, in order (検討 → 策定 → 実施). */
export const MILESTONES = ["検討", "策定", "実施"] as const;

export type Entries = Readonly<Record<string, string>>;

export interface IndicatorContext {
  name: string;
  unit: string;
  /** Digits after the decimal point the indicator's values are stated with. */
  scale: number;
  allowNegative: boolean;
  /** Its actuals are counted from the support desk's register (台帳から): none is entered. */
  fromRegister: boolean;
}

/** An activity series of the item (its count is a number in its unit, never negative). */
export interface ActivityContext {
  label: string;
  unit: string;
  scale: number;
}

export interface EntryContext {
  indicators: ReadonlyMap<number, IndicatorContext>;
  /** The item's activity series, by id. */
  activities?: ReadonlyMap<number, ActivityContext>;
  programs: ReadonlyMap<number, string>;
  /** The programs among them that ended: they take no value for a year after their end. */
  ended: ReadonlyMap<number, EndedProgram>;
  /** The evaluation year. */
  fiscalYear: number;
  years: { from: number; to: number };
  judgements: readonly string[];
  /** What this plan's yearly update asks for. */
  form: CycleForm;
}

/** What checkEntries holds entries to: the form (and, on submission, its required entries). */
export interface EntryRules {
  form: CycleForm;
  programIds: readonly number[];
  /** The evaluation year and the item's ended programs: no value for a year after a program's end. */
  ended?: { fiscalYear: number; programs: ReadonlyMap<number, EndedProgram> };
}

export type EndedProgram = ProgramLifecycle & { readonly name: string };

/** The rules of an item's context. */
export function entryRules(ctx: EntryContext): EntryRules {
  return {
    form: ctx.form,
    programIds: [...ctx.programs.keys()],
    ended: { fiscalYear: ctx.fiscalYear, programs: ctx.ended },
  };
}

/** Why a program entry may hold no value (its program ended before the field's year); null if it may. */
export function endedRefusal(path: string, rules: EntryRules): string | null {
  const f = parseField(path);
  const program = f?.kind === "program" ? rules.ended?.programs.get(f.programId) : undefined;
  if (!program || f?.kind !== "program") return null;
  return endedProgramMessage(program, programFieldYear(f.field, rules.ended!.fiscalYear, rules.form));
}

export interface FieldError {
  field: string;
  message: string;
}

export type ActualPart = "value" | "status" | "note" | "milestone" | "estimate";

export type Field =
  | { kind: "actual"; indicatorId: number; year: number; part: ActualPart }
  | { kind: "target"; indicatorId: number; year: number }
  | { kind: "program"; field: ProgramField; programId: number }
  | { kind: "text"; name: "analysis" | "coordination/text" | "urgency/text" | "secondary" }
  | { kind: "nodeText"; label: string }
  | { kind: "choice"; name: "coordination/rating" | "urgency/rating" | "proposedJudgement" }
  /** The count of an activity series for the settled year. */
  | { kind: "activity"; seriesId: number };

/** Program fields that hold amounts in 千円, or 人工 (one decimal). */
const AMOUNT_FIELDS = new Set<ProgramField>(["budget", "settled", "settledEstimate", "generalRevenue"]);
const STAFF_FIELDS = new Set<ProgramField>(["staffHq", "staffBranch"]);
const LONG_PROGRAM_FIELDS = new Set<ProgramField>(["progress", "content"]);

const TEXT_FIELDS = new Set(["analysis", "coordination/text", "urgency/text", "secondary"]);
const CHOICE_FIELDS = new Set(["coordination/rating", "urgency/rating", "proposedJudgement"]);
const MAX_TEXT = 4000;

/** The field a path names, or null for a path that is not a field. */
export function parseField(path: string): Field | null {
  if (TEXT_FIELDS.has(path)) return { kind: "text", name: path as "analysis" };
  if (CHOICE_FIELDS.has(path)) return { kind: "choice", name: path as "proposedJudgement" };
  let m = /^actual\/(\d+)\/(\d{4})\/(value|status|note|milestone|estimate)$/.exec(path);
  if (m) return { kind: "actual", indicatorId: +m[1]!, year: +m[2]!, part: m[3] as ActualPart };
  m = /^target\/(\d+)\/(\d{4})$/.exec(path);
  if (m) return { kind: "target", indicatorId: +m[1]!, year: +m[2]! };
  m = /^text\/(.+)$/.exec(path);
  if (m) return { kind: "nodeText", label: m[1]! };
  m = /^activity\/(\d+)$/.exec(path);
  if (m) return { kind: "activity", seriesId: +m[1]! };
  m = /^(\w+)\/(\d+)$/.exec(path);
  if (m && m[1]! in PROGRAM_FIELDS)
    return { kind: "program", field: m[1] as ProgramField, programId: +m[2]! };
  return null;
}

/** The names a field label needs: the item's indicators, activity series and programs. */
export interface LabelNames {
  indicators: ReadonlyMap<number, { name: string }>;
  activities?: ReadonlyMap<number, { label: string; unit: string }>;
  programs: ReadonlyMap<number, string>;
}

/**
 * A Japanese label for a field, for messages and the audit trail; years as `fy` writes them (西暦 in the
 * stored trail, the reader's choice on a page).
 */
export function fieldLabel(
  path: string,
  ctx: LabelNames,
  fy: (year: number) => string = (y) => `${y}年度`,
): string {
  const f = parseField(path);
  if (!f) return path;
  switch (f.kind) {
    case "actual": {
      const part = { value: "実績値", status: "状況", note: "備考", milestone: "段階", estimate: "見込み値" }[
        f.part
      ];
      return `${ctx.indicators.get(f.indicatorId)?.name ?? "指標"} ${fy(f.year)} ${part}`;
    }
    case "target":
      return `${ctx.indicators.get(f.indicatorId)?.name ?? "指標"} ${fy(f.year)} 目標値`;
    case "program":
      return `${ctx.programs.get(f.programId) ?? "事業"} ${PROGRAM_FIELDS[f.field]}`;
    case "nodeText":
      return f.label;
    case "activity": {
      const a = ctx.activities?.get(f.seriesId);
      return a ? `${a.label}（${a.unit}）` : "活動の数";
    }
    case "text":
    case "choice":
      return {
        analysis: "分析",
        "coordination/text": "連携状況",
        "urgency/text": "緊急性・優先性",
        secondary: "二次政策評価",
        "coordination/rating": "連携状況の判定",
        "urgency/rating": "緊急性・優先性の判定",
        proposedJudgement: "総合判定（案）",
      }[f.name];
  }
}

/** A stored value as a person reads it: the estimate flag "1" is 見込み値. */
export function fieldValueLabel(path: string, value: string | null): string | null {
  const f = parseField(path);
  if (f?.kind === "actual" && f.part === "estimate") return value === "1" ? "見込み値" : null;
  return value;
}

function decimalsOf(s: string): number {
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : s.length - dot - 1;
}

/** "１，２００．５" → "1200.5"; a message when the text is not a number the indicator can hold. */
function normaliseNumber(
  text: string,
  scale: number,
  allowNegative: boolean,
  unit: string,
): { value: string } | { error: string } {
  const parsed = parseNumber(text);
  if (!parsed || (parsed.unit !== "" && parsed.unit !== unit)) {
    return { error: `数値で入力してください（単位: ${unit || "なし"}）: 「${text}」` };
  }
  const value = formatDecimal(parsed.value);
  if (!allowNegative && value.startsWith("-")) return { error: `負の値は入力できません: 「${text}」` };
  if (value.replace("-", "").split(".")[0]!.length > MAX_INTEGER_DIGITS) {
    return { error: `桁が多すぎます（整数部分は${MAX_INTEGER_DIGITS}桁まで）: 「${text}」` };
  }
  if (decimalsOf(value) > scale) {
    return {
      error:
        scale === 0
          ? `整数で入力してください（単位: ${unit || "なし"}）: 「${text}」`
          : `小数点以下は${scale}桁までで入力してください（単位: ${unit}）: 「${text}」`,
    };
  }
  return { value };
}

/**
 * Checks changes against the context and returns them normalised (numbers in plain ASCII), with every
 * problem found. An empty text clears a field.
 */
export function validateChanges(
  changes: Entries,
  ctx: EntryContext,
): { normalised: Record<string, string>; errors: FieldError[] } {
  const normalised: Record<string, string> = {};
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ field, message });
  for (const [path, raw] of Object.entries(changes)) {
    const text = raw.trim();
    const f = parseField(path);
    if (!f) {
      fail(path, "この項目は入力できません。");
      continue;
    }
    if (!formAsks(ctx.form, path)) {
      fail(path, "この計画の評価では入力しない項目です。");
      continue;
    }
    if ((f.kind === "actual" || f.kind === "target") && !ctx.indicators.has(f.indicatorId)) {
      fail(path, "この施策の指標ではありません。");
      continue;
    }
    if (f.kind === "program" && !ctx.programs.has(f.programId)) {
      fail(path, "この施策の事業ではありません。");
      continue;
    }
    if ((f.kind === "actual" || f.kind === "target") && (f.year < ctx.years.from || f.year > ctx.years.to)) {
      fail(
        path,
        `年度は計画期間（${ctx.years.from}～${ctx.years.to}年度）の中で指定してください: ${f.year}年度`,
      );
      continue;
    }
    if (f.kind === "activity" && !ctx.activities?.has(f.seriesId)) {
      fail(path, "この施策の活動ではありません。");
      continue;
    }
    if (f.kind === "actual" && text !== "" && ctx.indicators.get(f.indicatorId)!.fromRegister) {
      fail(path, registerRefusal(ctx.indicators.get(f.indicatorId)!.name));
      continue;
    }
    if (text === "") {
      normalised[path] = "";
      continue;
    }
    if (f.kind === "activity") {
      const a = ctx.activities!.get(f.seriesId)!;
      const r = normaliseNumber(text, a.scale, false, a.unit);
      if ("error" in r) fail(path, r.error);
      else normalised[path] = r.value;
      continue;
    }
    const numeric =
      (f.kind === "actual" && f.part === "value") || f.kind === "target"
        ? ctx.indicators.get(f.indicatorId)!
        : f.kind === "program" && AMOUNT_FIELDS.has(f.field)
          ? { unit: "千円", scale: 0, allowNegative: false }
          : f.kind === "program" && STAFF_FIELDS.has(f.field)
            ? { unit: "人", scale: 1, allowNegative: false }
            : null;
    if (numeric) {
      const r = normaliseNumber(text, numeric.scale, numeric.allowNegative, numeric.unit);
      if ("error" in r) fail(path, r.error);
      else normalised[path] = r.value;
      continue;
    }
    const options =
      f.kind === "actual" && f.part === "status"
        ? ACTUAL_STATUSES
        : f.kind === "actual" && f.part === "milestone"
          ? MILESTONES
          : f.kind === "actual" && f.part === "estimate"
            ? ESTIMATE_FLAG
            : f.kind === "program" && f.field === "policy"
              ? RESPONSE_POLICIES
              : f.kind === "program" && f.field === "direction"
                ? DIRECTIONS
                : f.kind === "choice"
                  ? f.name === "proposedJudgement"
                    ? ctx.judgements
                    : RATINGS
                  : null;
    if (options && !options.includes(text)) {
      fail(path, `次のいずれかを選んでください: ${options.join("、")}`);
      continue;
    }
    if (f.kind === "program" && !LONG_PROGRAM_FIELDS.has(f.field) && !options && text.length > 200) {
      fail(path, "200文字以内で入力してください。");
      continue;
    }
    if (text.length > MAX_TEXT) {
      fail(path, `${MAX_TEXT}文字以内で入力してください（${text.length}文字）。`);
      continue;
    }
    normalised[path] = text;
  }
  return { normalised, errors };
}

/** Why an actual the support desk's register provides is not entered (docs/support-desk.md). */
export const registerRefusal = (indicator: string) =>
  `「${indicator}」の実績値は支援台帳（相談案件の支援の記録）から集計されるため、入力できません。支援は相談窓口の台帳に記録してください。`;

/** The estimate flag's one value: 「見込み値」 checked. */
const ESTIMATE_FLAG = ["1"] as const;

/**
 * Rules across fields of the merged entries: an actual is one of a value, a status or a milestone; a
 * status needs a note; an estimate needs a value; a program that ended takes no value for a later
 * year. On submission, the form's required entries (none of an ended program's for a later year).
 */
export function checkEntries(entries: Entries, mode: "save" | "submit", rules: EntryRules): FieldError[] {
  const errors: FieldError[] = [];
  for (const [path, value] of Object.entries(entries)) {
    const ended = value ? endedRefusal(path, rules) : null;
    if (ended) errors.push({ field: path, message: ended });
    const m = /^(actual\/\d+\/\d{4})\/(status|milestone|estimate)$/.exec(path);
    if (!m || !value) continue;
    const [, base, part] = m;
    if (part === "estimate") {
      if (!entries[`${base}/value`])
        errors.push({ field: path, message: "見込み値とするときは、実績値を入力してください。" });
      continue;
    }
    const others = (["value", "status", "milestone"] as const).filter(
      (p) => p !== part && entries[`${base}/${p}`],
    );
    if (others.length) {
      errors.push({ field: path, message: "実績値・状況・段階は、どれか一つだけを入力してください。" });
    }
    if (part === "status" && !entries[`${base}/note`]) {
      errors.push({ field: `${base}/note`, message: "状況を選んだときは、備考に理由を書いてください。" });
    }
  }
  if (mode === "submit") {
    for (const field of requiredPaths(rules.form, rules.programIds)) {
      if (!entries[field] && !endedRefusal(field, rules))
        errors.push({ field, message: "提出するには入力が必要です。" });
    }
  }
  return errors;
}

/** The digits after the decimal point an indicator's stated values use (its scale). */
export function scaleOf(values: readonly (string | null)[]): number {
  return Math.max(0, ...values.filter((v): v is string => v !== null).map(decimalsOf));
}
