// 進捗状況 table (seed 004): every program listed under each 取組, with its indicator's actuals year by
// year (years as columns), the last year's content, 決算見込額 and target, and the rate the plan's
// profile gives. A 【再掲】 row is a second listing of a program: it shows the program's one set of
// figures (the store keeps each fact once) and is marked.
import type { Kysely } from "kysely";
import type { RuleProfile } from "../../domain/rule-profile.ts";
import type { Database } from "../../db/schema.ts";
import { NONE } from "../format.ts";
import { type ObservationFact, type UsageFacts, actualOf, planFacts } from "../queries.ts";

/** What a cell shows: a number, or a word (a milestone reached, 集計中), and what is printed beside it. */
export interface VisionCell {
  value: string | null;
  text: string | null;
  /** Printed as an estimate: 「300（見込み値）」. */
  estimate: boolean;
  /** The remark beside the value or word: 「※R5.3末時点」, 「外国人観光客が対象のため」. */
  note: string | null;
}

const EMPTY_CELL: VisionCell = { value: null, text: null, estimate: false, note: null };

/**
 * A cell as one string: the value (as `format` writes it) or the word, then each remark once in
 * brackets, or after a space when it is a ※ note as printed — 「300（見込み値）」, 「77 ※R5.3末時点」,
 * 「調査未実施（外国人観光客が対象のため）」. Null when empty.
 */
export function cellLabel(c: VisionCell, format: (value: string) => string = (v) => v): string | null {
  const main = c.value !== null ? format(c.value) : c.text;
  const remarks = [c.estimate ? "見込み値" : null, c.note].flatMap((r) =>
    r ? [r.startsWith("※") ? ` ${r}` : `（${r}）`] : [],
  );
  return remarks.length === 0 ? main : `${main ?? NONE}${remarks.join("")}`;
}

export interface VisionRow {
  programId: number;
  name: string;
  star: boolean;
  relisted: boolean;
  indicator: string | null;
  actuals: VisionCell[];
  content: string | null;
  /** 千円. */
  settlement: number | null;
  settlementKind: string | null;
  target: VisionCell | null;
  rate: string | null;
  /** The rate rests on an estimate (見込み値): printed with a mark and a footnote. */
  provisional: boolean;
}

export interface VisionGroup {
  /** The 取組 and its ancestors, root first. */
  path: { level: string; code: string | null; name: string }[];
  rows: VisionRow[];
}

export interface VisionProgressReport {
  kind: "vision-progress";
  plan: { key: string; name: string; organization: string };
  year: number;
  /** The plan's level names, root first ("分野", "柱", "基本施策", "取組"). */
  levels: string[];
  /** The years shown as columns, oldest first; the last is the report's year. */
  years: number[];
  groups: VisionGroup[];
}

/** Years shown: at most five, ending with the report's year. */
const YEARS_SHOWN = 5;

export async function visionProgressReport(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  planKey: string,
  year: number,
): Promise<VisionProgressReport | null> {
  const loaded = await planFacts(db, profiles, planKey, year);
  if (!loaded) return null;
  const { plan, nodes, listed, facts, records, budgets, yearNote } = loaded;
  const recordOf = new Map(records.map((r) => [r.usageId, r]));
  const usageAt = new Map(facts.map((f) => [`${f.nodeId}|${f.sortOrder}`, f]));
  // A program's indicator is the one its first (not 再掲) listing carries.
  const indicatorOf = new Map<number, number>();
  for (const l of listed) {
    const u = usageAt.get(`${l.nodeId}|${l.sortOrder}`);
    if (!l.relisted && u && !indicatorOf.has(l.programId)) indicatorOf.set(l.programId, u.indicatorId);
  }
  const usageFor = (nodeId: number, programId: number, sortOrder: number): UsageFacts | undefined => {
    const indicatorId = indicatorOf.get(programId);
    const own = facts.find((f) => f.nodeId === nodeId && f.indicatorId === indicatorId);
    return own ?? facts.find((f) => f.indicatorId === indicatorId) ?? usageAt.get(`${nodeId}|${sortOrder}`);
  };

  const actualYears = new Set(
    facts.flatMap((f) =>
      f.observations.filter((o) => o.series === "actual" && o.from === o.to && o.to <= year),
    ),
  );
  const years = [...new Set([...[...actualYears].map((o) => o.to), year])]
    .sort((a, b) => a - b)
    .slice(-YEARS_SHOWN);

  const byId = new Map(nodes.map((n) => [n.id, n]));
  const pathOf = (id: number) => {
    const out: VisionGroup["path"] = [];
    for (let n = byId.get(id); n; n = n.parentId === null ? undefined : byId.get(n.parentId))
      out.unshift({ level: n.level, code: n.code, name: n.name });
    return out;
  };
  const listedBy = Map.groupBy(listed, (l) => l.nodeId);
  const groups: VisionGroup[] = nodes
    .filter((n) => listedBy.has(n.id))
    .map((n) => ({
      path: pathOf(n.id),
      rows: listedBy.get(n.id)!.map((l): VisionRow => {
        const u = usageFor(n.id, l.programId, l.sortOrder);
        const b = budgets.get(l.programId);
        const target = u?.targets.find((t) => t.from === year && t.to === year);
        const note = typeof l.attributes.note === "string" ? `（${l.attributes.note}）` : null;
        return {
          programId: l.programId,
          name: l.name,
          // ★ as this listing printed it: the mark is on a row, not on every listing of the program.
          star: l.listed.star === true,
          relisted: l.relisted,
          indicator: u?.displayName ?? null,
          actuals: years.map((y) => cellOf(u ? actualOf(u.observations, y, y) : undefined)),
          content: yearNote(l) ?? (l.summary || note),
          settlement: b?.amount ?? null,
          settlementKind: b?.kind ?? null,
          target: target
            ? { ...EMPTY_CELL, value: target.value, text: target.value === null ? target.label : null }
            : u?.note
              ? { ...EMPTY_CELL, text: u.note.replace(/^目標:\s*/, "") }
              : null,
          rate: u ? (recordOf.get(u.usageId)?.rate ?? null) : null,
          provisional: u ? recordOf.get(u.usageId)?.provisional === true : false,
        };
      }),
    }));
  return {
    kind: "vision-progress",
    plan: { key: plan.key, name: plan.name, organization: plan.organization },
    year,
    levels: levelsOf(JSON.parse(plan.levels || "[]") as string[], groups),
    years,
    groups,
  };
}

/** The plan's levels, and any level a node has that the plan does not name, in order of appearance. */
function levelsOf(planLevels: string[], groups: VisionGroup[]): string[] {
  const out = [...planLevels];
  for (const g of groups) for (const p of g.path) if (!out.includes(p.level)) out.push(p.level);
  return out.filter((l) => groups.some((g) => g.path.some((p) => p.level === l)));
}

function cellOf(o: ObservationFact | undefined): VisionCell {
  if (!o) return EMPTY_CELL;
  const note = o.note || null;
  if (o.value !== null) return { ...EMPTY_CELL, value: o.value, estimate: o.estimate, note };
  // "－" is no word: the cell shows the dash and, if any, the reason printed with it.
  const text = o.milestone ?? (o.status && o.status !== "－" ? o.status : null);
  return { ...EMPTY_CELL, text, note };
}
