// Figure fidelity: every figure printed in the tables of seeds 000, 003 and 004 is looked up in Hyoka's
// CSV output for the same item and column. Each one is either equal (as printed: thousands separators and
// full-width digits normalised only), or named by `hyoka check` with its reason; anything else is
// unaccounted, and the test lists it. The figures come from the seed text itself (test/support/seed-figures.ts),
// not from Hyoka's parsers. SQLite only: the figures do not depend on the store.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sumDecimals } from "../../src/domain/decimal.ts";
import { nameKey, toHalfWidth } from "../../src/domain/text.ts";
import { type Finding, checkData } from "../../src/evaluation/check.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { type ReportKind, buildReport } from "../../src/reports/reports.ts";
import { renderReport } from "../../src/reports/render.ts";
import {
  type SeedCell,
  type SeedExtraction,
  type SeedNo,
  type SeedRow,
  type TableId,
  extractSeed,
  parseCell,
  stripBrackets,
} from "../support/seed-figures.ts";
import { importSeeds, seedText } from "../support/seeds.ts";
import { type TestStore, createTestStore } from "../support/stores.ts";

const profiles = loadProfiles();
const SEEDS: readonly SeedNo[] = ["000", "003", "004"];

/** The report each seed's tables are rendered from: 000 evaluated in R5, 003 with H30 budgets, 004 up to R4. */
const REPORTS: Record<TableId, { kind: ReportKind; plan: string; year: number; table: string }> = {
  "kihon-hyoka/indicators": {
    kind: "kihon-hyoka",
    plan: "hokkaido-sogo-keikaku",
    year: 2023,
    table: "indicators",
  },
  "kihon-hyoka/programs": {
    kind: "kihon-hyoka",
    plan: "hokkaido-sogo-keikaku",
    year: 2023,
    table: "programs",
  },
  "sousei-progress/kpis": { kind: "sousei-progress", plan: "hokkaido-sousei", year: 2018, table: "kpis" },
  "sousei-progress/programs": {
    kind: "sousei-progress",
    plan: "hokkaido-sousei",
    year: 2018,
    table: "programs",
  },
  "vision-progress/progress": {
    kind: "vision-progress",
    plan: "sapporo-sangyo-vision",
    year: 2022,
    table: "progress",
  },
};

/** How a CSV record names its item: the column with the name, and the narrowing scope ("1", "1-2"). */
const IDENTITY: Record<TableId, (r: CsvRecord) => { name: string; scope?: string }> = {
  "kihon-hyoka/indicators": (r) => ({ name: r["指標名"] ?? "" }),
  "kihon-hyoka/programs": (r) => ({ name: r["事業番号"] ?? "" }),
  "sousei-progress/kpis": (r) => ({ name: r["指標名"] ?? "", scope: r["プロジェクト"]?.split(" ")[0] }),
  "sousei-progress/programs": (r) => ({ name: r["関連事業名"] ?? "", scope: r["テーマ"]?.split(" ")[0] }),
  "vision-progress/progress": (r) => ({ name: r["事業名"] ?? "" }),
};

type CsvRecord = Record<string, string>;
interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

type Cause = "unplaced" | "no-record" | "no-column" | "differs";
interface Outcome {
  seed: SeedNo;
  line: number;
  item: string;
  kind: SeedCell["kind"] | "unplaced";
  column: string;
  seedValue: string;
  hyokaValue: string;
  /** Equal, else why not. */
  cause: Cause | null;
  detail?: string;
  /** The finding of `check` that names it. */
  finding?: string;
}

async function renderCsv(store: TestStore, id: TableId): Promise<CsvTable> {
  const r = REPORTS[id];
  const built = await buildReport(store.db, profiles, {
    kind: r.kind,
    planKey: r.plan,
    year: r.year,
    format: "csv",
    table: r.table,
  });
  if (!built.ok) throw new Error(`${id}: ${built.error.message}`);
  const csv = await renderReport(built.model, "csv", { table: r.table });
  const rows = parse(new TextDecoder().decode(csv.bytes), { bom: true }) as string[][];
  const [header = [], ...body] = rows;
  return { header, records: body.map((b) => Object.fromEntries(header.map((h, i) => [h, b[i] ?? ""]))) };
}

// ------------------------------------------------------------------------------------ comparison

/** A figure as the document prints it, separators and full-width digits normalised: "1,280.0" → "1280.0". */
const plainNumber = (s: string) =>
  toHalfWidth(s)
    .trim()
    .replace(/(\d),\s?(?=\d{3})/g, "$1")
    .replace(/^[△▲]/, "-");
/** The number a CSV cell shows, when it is a number with at most a bracketed note ("300（見込み値）"). */
const csvNumber = (cell: string) =>
  /^(-?[\d,]+(?:\.\d+)?)\s*(?:[(（※].*)?$/.exec(toHalfWidth(cell).trim())?.[1] ?? cell;
const textKey = (s: string) => nameKey(s).replace(/[（]/g, "(").replace(/[）]/g, ")");

function sameFigure(printed: string, shown: string, columnHasDecimals: boolean): boolean {
  const a = plainNumber(printed);
  const b = plainNumber(csvNumber(shown));
  // 1280 and 1280.0 differ, unless the document's column prints no decimals anywhere.
  return a === b || (!columnHasDecimals && !a.includes(".") && new RegExp(`^${a}\\.0+$`).test(b));
}

/**
 * A printed text as the CSV may carry it: as printed, or in Hyoka's status wording with the printed text
 * in one pair of brackets ("非調査年" → "調査未実施（非調査年）", "集計不可" → "（集計不可）").
 */
function sameText(printed: string, shown: string): boolean {
  // A period printed after a relative target ("全国平均値 (H31)") is the target's year: the CSV has a
  // column for it, so the label may leave it out.
  const forms = [printed, printed.replace(/\s*[(（](?:H|R)\d+[)）]$/, "")];
  return forms.some((f) => {
    const inner = textKey(stripBrackets(f.replace(/^[—－―-]\s*/, "")));
    return [textKey(f), `(${inner})`, `-(${inner})`, `集計中(${inner})`, `調査未実施(${inner})`].includes(
      textKey(shown),
    );
  });
}

function compareCell(cell: SeedCell, shown: string, record: CsvRecord, columnHasDecimals: boolean): boolean {
  switch (cell.kind) {
    case "figure":
      return sameFigure(cell.printed, shown, columnHasDecimals);
    case "dash":
      return !/\d/.test(shown);
    case "text":
      return sameText(cell.printed, shown);
    case "mark":
      return textKey(cell.printed) === textKey(shown);
    case "note":
      return Object.values(record).some((v) => textKey(v).includes(textKey(stripBrackets(cell.printed))));
  }
}

/** Seed rows paired with CSV records: by name (k-th listing with k-th record), then by order within the scope. */
function pairRows(rows: SeedRow[], table: CsvTable, id: TableId) {
  const identity = (r: CsvRecord) => IDENTITY[id](r);
  const key = (name: string, scope?: string) =>
    `${scope ?? ""}|${nameKey(name.replace(/^【再掲】|【再掲】$/g, ""))}`;
  const free = new Map<string, CsvRecord[]>();
  for (const r of table.records) {
    const k = key(identity(r).name, identity(r).scope);
    free.set(k, [...(free.get(k) ?? []), r]);
  }
  const pairs = new Map<SeedRow, { record: CsvRecord; byPosition: boolean }>();
  const unmatched: SeedRow[] = [];
  for (const row of rows.filter((r) => !r.totals)) {
    const record = free.get(key(row.item, row.scope))?.shift();
    if (record) pairs.set(row, { record, byPosition: false });
    else unmatched.push(row);
  }
  const left = new Set([...free.values()].flat());
  for (const row of unmatched) {
    const record = table.records.find((r) => left.has(r) && identity(r).scope === row.scope);
    if (!record) continue;
    left.delete(record);
    pairs.set(row, { record, byPosition: true });
  }
  return pairs;
}

/** Every printed cell of the seed's rows against its CSV record; unplaced figures as unaccounted. */
function compareSeed(seed: SeedNo, extraction: SeedExtraction, tables: Map<TableId, CsvTable>): Outcome[] {
  const outcomes: Outcome[] = extraction.unplaced.map((u) => {
    const c = u.candidates;
    const record = c && tables.get(c.table)!.records.find((r) => IDENTITY[c.table](r).name === c.item);
    return {
      seed,
      line: u.line,
      item: c?.item ?? "",
      kind: "unplaced",
      column: "",
      seedValue: u.printed,
      hyokaValue: record ? c.columns.map((k) => `${k} ${record[k] || "（空）"}`).join("、") : "",
      cause: "unplaced",
      detail: u.reason,
    };
  });
  const decimals = new Set(
    extraction.rows.flatMap((r) =>
      r.cells
        .filter((c) => c.kind === "figure" && c.printed.includes("."))
        .map((c) => `${r.table}|${String(c.column)}`),
    ),
  );
  for (const id of new Set(extraction.rows.map((r) => r.table))) {
    const table = tables.get(id)!;
    const rows = extraction.rows.filter((r) => r.table === id);
    const pairs = pairRows(rows, table, id);
    for (const row of rows) {
      const pair = pairs.get(row);
      if (pair?.byPosition)
        console.log(
          `  ${seed} ${row.line}行目「${row.item}」: 名前の同じ CSV の行がなく、順番で「${IDENTITY[id](pair.record).name}」と対応させた`,
        );
      for (const cell of row.cells) {
        // A figure of one year is in the item's record of that year (000: one record per year shown).
        const where = cell.onlyWhere;
        const name = pair && IDENTITY[id](pair.record).name;
        const record =
          where && pair
            ? (table.records.find((r) => IDENTITY[id](r).name === name && r[where.column] === where.value) ??
              pair.record)
            : pair?.record;
        outcomes.push(
          compareOne(seed, row, cell, table, record, decimals.has(`${id}|${String(cell.column)}`)),
        );
      }
    }
  }
  // A mark printed on neither side is not an entry.
  return outcomes.filter((o) => !(o.kind === "mark" && o.seedValue === "" && o.cause === null));
}

function compareOne(
  seed: SeedNo,
  row: SeedRow,
  cell: SeedCell,
  table: CsvTable,
  record: CsvRecord | undefined,
  columnHasDecimals: boolean,
): Outcome {
  const base = {
    seed,
    line: cell.line,
    item: row.item,
    kind: cell.kind,
    column: cell.meaning,
    seedValue: cell.printed,
  };
  const label = table.header.find((h) =>
    typeof cell.column === "string" ? h === cell.column : cell.column.test(h),
  );
  if (!label && cell.kind !== "note")
    return {
      ...base,
      hyokaValue: "",
      cause: "no-column",
      detail: `CSV に「${String(cell.column)}」の列がない`,
    };
  if (row.totals) {
    const sum = sumDecimals(table.records.map((r) => r[label!]));
    // The CSV has no totals row: the printed total is compared, as a number, with the sum of its rows.
    const equal = Number(plainNumber(cell.printed)) === Number(sum);
    return { ...base, hyokaValue: sum, cause: equal ? null : "differs", detail: "CSV の行の合計" };
  }
  if (!record) return { ...base, hyokaValue: "", cause: "no-record", detail: "CSV にこの項目の行がない" };
  if (cell.onlyWhere && record[cell.onlyWhere.column] !== cell.onlyWhere.value)
    return {
      ...base,
      hyokaValue: "",
      cause: "no-column",
      detail: `CSV はこの列を${cell.onlyWhere.column} ${record[cell.onlyWhere.column]} についてだけ出す`,
    };
  const shown = label ? (record[label] ?? "") : "";
  const equal = compareCell(cell, shown, record, columnHasDecimals);
  return { ...base, hyokaValue: cell.kind === "note" ? "(行全体)" : shown, cause: equal ? null : "differs" };
}

// ------------------------------------------------------------------------------------ check findings

/** The finding naming the figure (its value) and the item (its line or its name). */
function namingFinding(o: Outcome, findings: Finding[]): Finding | undefined {
  const value = plainNumber(o.seedValue);
  const valueRe = new RegExp(
    `(^|[^\\d.])${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}([^\\d]|\\.?$|\\.[^\\d])`,
  );
  return findings.find((f) => {
    const text = `${f.subject} ${f.message}`;
    const plain = text.replace(/(\d),(?=\d{3})/g, "$1");
    const line = text.includes(`${o.line}行目`);
    const item = o.item.length > 1 && textKey(text).includes(textKey(o.item));
    const val = value !== "" && valueRe.test(plain);
    return f.message !== "" && val && (line || item);
  });
}

// ------------------------------------------------------------------------------------ the test

describe("figure fidelity of seeds 000, 003 and 004 (sqlite)", () => {
  let store: TestStore;
  const extractions = new Map(SEEDS.map((s) => [s, extractSeed(s, seedText(s))]));
  let outcomes: Outcome[] = [];

  beforeAll(async () => {
    store = await createTestStore("sqlite");
    await importSeeds(store.db);
    const tables = new Map<TableId, CsvTable>();
    for (const id of Object.keys(REPORTS) as TableId[]) tables.set(id, await renderCsv(store, id));
    // Disagreements, and the figures check says it does not re-print (a column without its heading).
    const findings = (await checkData(store.db, profiles)).filter(
      (f) => f.severity === "disagreement" || f.kind === "unlabelled-column",
    );
    outcomes = SEEDS.flatMap((s) => compareSeed(s, extractions.get(s)!, tables));
    for (const o of outcomes) if (o.cause) o.finding = namingFinding(o, findings)?.message;
    report(outcomes, extractions);
  }, 120_000);
  afterAll(async () => store?.cleanup());

  it("reads one table of each seed completely (hand counts)", () => {
    const figuresOn = (seed: SeedNo, from: number, to: number) =>
      extractions
        .get(seed)!
        .rows.flatMap((r) => r.cells)
        .filter((c) => c.kind === "figure" && c.line >= from && c.line <= to).length;
    // 000 lines 67–71, 製造業の付加価値生産性: targets 1,280.0 ×4 (H30, R元, R2, 最終), actuals 991.0 1,025.0 1,057.2.
    expect(figuresOn("000", 67, 71)).toBe(7);
    // 003 lines 148–158, project 1 KPIs: 455 293 600 48.8 | 66.8 71.4 94.3 | 66,592 86,888 95,000 91.5 |
    // 6,569 10,500 62.6 | 147 179 82.1 | 224.6 238.3 99.3, and the footnotes' 75.7 and 240.1: 22.
    expect(figuresOn("003", 148, 158)).toBe(22);
    // 004 lines 50–57, 基本施策1 ①②: five programs × (H30 R1 R2 R3, 決算見込額, R4 実績, R4 目標) = 35.
    expect(figuresOn("004", 50, 57)).toBe(35);
  });

  it("compares as printed: separators and full-width digits only, statuses in one pair of brackets", () => {
    expect(sameFigure("1,280.0", "1280.0", true)).toBe(true);
    expect(sameFigure("１，２８０", "1280", false)).toBe(true);
    expect(sameFigure("1,280.0", "1280", true)).toBe(false);
    expect(sameFigure("1280", "1280.0", true)).toBe(false);
    expect(sameFigure("8,971", "8971.0", false)).toBe(true);
    expect(sameText("非調査年", "調査未実施（非調査年）")).toBe(true);
    expect(sameText("調査未実施 (外国人観光客が対象のため)", "調査未実施（外国人観光客が対象のため）")).toBe(
      true,
    );
    expect(
      sameText("調査未実施 (外国人観光客が対象のため)", "調査未実施（(外国人観光客が対象のため)）"),
    ).toBe(false);
    expect(parseCell("300(見込み値)")).toEqual({ type: "figure", value: "300", note: "(見込み値)" });
    expect(parseCell("12件 (H28～H31)")).toEqual({ type: "figure", value: "12" });
    expect(parseCell("2023.12頃実績確定")).toEqual({ type: "text", text: "2023.12頃実績確定" });
  });

  it("finds every printed figure in the CSV, equal or named by check (U = 0)", () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(7 + 22 + 35);
    const unaccounted = outcomes.filter((o) => o.cause && !o.finding);
    expect(unaccounted.map(describeOutcome)).toEqual([]);
  });
});

const describeOutcome = (o: Outcome) =>
  `${o.seed}:${o.line} 「${o.item}」 ${o.column}: 資料 ${o.seedValue || "（空）"} / Hyoka ${o.hyokaValue || "（空）"} [${o.cause}${o.detail ? `: ${o.detail}` : ""}]`;

function report(outcomes: Outcome[], extractions: Map<SeedNo, SeedExtraction>): void {
  const equal = outcomes.filter((o) => !o.cause);
  const listed = outcomes.filter((o) => o.cause && o.finding);
  const unaccounted = outcomes.filter((o) => o.cause && !o.finding);
  const unplaced = outcomes.filter((o) => o.cause === "unplaced");
  const lines = [
    `figure fidelity: N ${outcomes.length} entries, E ${equal.length} equal, C ${listed.length} differ but listed by check, U ${unaccounted.length} unaccounted`,
    `  by kind: ${[...Map.groupBy(outcomes, (o) => o.kind)].map(([k, v]) => `${k} ${v.length}`).join(", ")}`,
    `  of which the extraction could not place ${unplaced.length}: ${[...new Set(unplaced.map((u) => u.detail))].join(" / ") || "-"}`,
    ...SEEDS.map((s) => {
      const of = outcomes.filter((o) => o.seed === s);
      return `  ${s}: ${of.length} entries, ${of.filter((o) => !o.cause).length} equal, ${of.filter((o) => o.cause && o.finding).length} listed, ${of.filter((o) => o.cause && !o.finding).length} unaccounted; ignored (not budgets, actuals, targets, rates or totals): ${
        extractions
          .get(s)!
          .ignored.map((i) => `${i.line}行目 ${i.printed}（${i.reason}）`)
          .join("、") || "-"
      }`;
    }),
    ...listed.map((o) => `  listed by check: ${describeOutcome(o)} ← ${o.finding}`),
    ...unaccounted.slice(0, 50).map((o) => `  unaccounted: ${describeOutcome(o)}`),
  ];
  console.log(lines.join("\n"));
}
