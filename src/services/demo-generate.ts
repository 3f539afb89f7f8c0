// A synthetic national-scale store for demonstrations and benchmarks: N municipalities (デモ市0001 …),
// each with one plan of 6 policies × 10 measures, 200 indicators with yearly targets and 10 years of
// actuals, 300 programs with 10 fiscal years of budget lines, and 20 departments.
//
// Deterministic: municipality k is generated from a PRNG seeded with k alone, so its content does not
// depend on N or on what is already stored. Municipalities already present (plan key demo-XXXX) are
// skipped, so a larger N extends a smaller store. Rows are written with multi-row INSERTs, a few
// municipalities per transaction; parent tables get explicit ids (PostgreSQL's sequences are moved past
// them in the same transaction). Do not run it while another process imports into the same store.
import { CompiledQuery, type Kysely, type Transaction, sql } from "kysely";
import type { Dialect, Store } from "../db/connect.ts";
import type { Database } from "../db/schema.ts";
import { nameKey } from "../domain/text.ts";

export const DEMO_PROFILE = "hokkaido-kihon-hyoka";
export const DEMO_YEARS: { readonly from: number; readonly to: number } = { from: 2016, to: 2025 };
const BASELINE_YEAR = 2015;
const EDITION = "2026";
const POLICIES = 6;
const MEASURES_PER_POLICY = 10;
const INDICATORS = 200;
const PROGRAMS_PER_MEASURE = 5;
const RELISTED = 10;
const MUNICIPALITIES_PER_TRANSACTION = 5;

/** Rows one municipality writes, by table. */
export const DEMO_ROWS_PER_MUNICIPALITY = {
  documents: 1,
  plans: 1,
  departments: 20,
  policy_nodes: POLICIES * (1 + MEASURES_PER_POLICY),
  node_departments: POLICIES * (1 + MEASURES_PER_POLICY),
  programs: POLICIES * MEASURES_PER_POLICY * PROGRAMS_PER_MEASURE,
  program_links: POLICIES * MEASURES_PER_POLICY * PROGRAMS_PER_MEASURE + RELISTED,
  budget_lines: POLICIES * MEASURES_PER_POLICY * PROGRAMS_PER_MEASURE * 10,
  indicators: INDICATORS,
  indicator_usages: INDICATORS,
  targets: INDICATORS * 11,
  observations: INDICATORS * 10,
} as const;

export type DemoTable = keyof typeof DEMO_ROWS_PER_MUNICIPALITY;

export interface DemoProgress {
  /** Municipalities done (written or already present) of `total`. */
  done: number;
  total: number;
  /** Rows written so far. */
  rows: number;
}

export interface DemoResult {
  municipalities: number;
  written: number;
  skipped: number;
  rows: Record<DemoTable, number>;
  seconds: number;
}

export const demoPlanKey = (k: number) => `demo-${String(k).padStart(4, "0")}`;
export const demoMunicipality = (k: number) => `デモ市${String(k).padStart(4, "0")}`;

// ---- vocabulary ---------------------------------------------------------------------------------

const POLICY_NAMES = [
  "子育て・教育",
  "健康・福祉",
  "産業・雇用",
  "環境・防災",
  "都市基盤・交通",
  "地域づくり・行政運営",
];

/** [measure name, topic used in its indicators' and programs' names], 10 per policy. */
const MEASURES: readonly (readonly [string, string])[] = [
  ["妊娠・出産への支援", "妊産婦支援"],
  ["保育サービスの充実", "保育サービス"],
  ["子育て家庭への経済的支援", "子育て支援"],
  ["学力の向上", "学力向上"],
  ["豊かな心と健やかな体の育成", "体力づくり"],
  ["特別支援教育の充実", "特別支援教育"],
  ["学校施設の整備", "学校施設"],
  ["いじめ・不登校への対応", "不登校対策"],
  ["生涯学習の推進", "生涯学習"],
  ["スポーツの振興", "スポーツ"],
  ["健康づくりの推進", "健康づくり"],
  ["地域医療の確保", "地域医療"],
  ["高齢者の生活支援", "高齢者支援"],
  ["介護予防の推進", "介護予防"],
  ["障がい者の自立支援", "障がい者支援"],
  ["生活困窮者への支援", "生活困窮者支援"],
  ["地域福祉の推進", "地域福祉"],
  ["感染症対策の推進", "感染症対策"],
  ["こころの健康づくり", "自殺対策"],
  ["食育の推進", "食育"],
  ["農業の振興", "農業"],
  ["林業の振興", "林業"],
  ["水産業の振興", "水産業"],
  ["商工業の振興", "商店街"],
  ["観光の振興", "観光"],
  ["企業誘致の推進", "企業誘致"],
  ["創業の支援", "創業支援"],
  ["雇用の確保", "就労支援"],
  ["地産地消の推進", "地産地消"],
  ["移住・定住の促進", "移住定住"],
  ["脱炭素社会の推進", "省エネルギー"],
  ["ごみの減量とリサイクル", "ごみ減量"],
  ["自然環境の保全", "自然保護"],
  ["防災体制の強化", "防災"],
  ["消防・救急体制の充実", "救急"],
  ["交通安全の推進", "交通安全"],
  ["防犯対策の推進", "防犯"],
  ["生活環境の保全", "環境監視"],
  ["水道水の安定供給", "水道"],
  ["下水道の整備", "下水道"],
  ["道路の整備", "道路"],
  ["公共交通の確保", "公共交通"],
  ["住宅の確保", "住宅"],
  ["公園・緑地の整備", "公園"],
  ["中心市街地の活性化", "中心市街地"],
  ["空き家対策の推進", "空き家対策"],
  ["除雪体制の確保", "除雪"],
  ["橋梁の長寿命化", "橋梁"],
  ["行政のデジタル化", "デジタル化"],
  ["景観の保全", "景観"],
  ["市民参加の推進", "市民参加"],
  ["協働のまちづくり", "協働"],
  ["男女共同参画の推進", "男女共同参画"],
  ["多文化共生の推進", "国際交流"],
  ["文化・芸術の振興", "文化芸術"],
  ["文化財の保護", "文化財"],
  ["広報・広聴の充実", "広報"],
  ["健全な財政運営", "財政運営"],
  ["行政サービスの向上", "窓口サービス"],
  ["職員の育成", "人材育成"],
];

/** Measure names and the topics their indicators and programs are named after (for search benchmarks). */
export const DEMO_VOCABULARY = {
  measures: MEASURES.map(([name]) => name),
  topics: MEASURES.map(([, topic]) => topic),
} as const;

interface IndicatorTemplate {
  name: (topic: string) => string;
  unit: string;
  direction: "increase" | "decrease";
  /** Baseline range and decimals. */
  min: number;
  max: number;
  digits: number;
}

/** A measure has the first three, or all four (the fourth decreases). */
const INDICATOR_TEMPLATES: readonly IndicatorTemplate[] = [
  {
    name: (t) => `${t}に満足している市民の割合`,
    unit: "%",
    direction: "increase",
    min: 20,
    max: 70,
    digits: 1,
  },
  { name: (t) => `${t}事業の参加者数`, unit: "人", direction: "increase", min: 100, max: 20000, digits: 0 },
  { name: (t) => `${t}に関する相談件数`, unit: "件", direction: "increase", min: 20, max: 3000, digits: 0 },
  { name: (t) => `${t}に関する苦情件数`, unit: "件", direction: "decrease", min: 10, max: 500, digits: 0 },
];

const PROGRAM_SUFFIXES = ["推進事業", "支援事業", "整備事業", "普及啓発事業", "補助金"];

const DEPARTMENTS = [
  "総務課",
  "企画課",
  "財政課",
  "税務課",
  "市民課",
  "子育て支援課",
  "学校教育課",
  "生涯学習課",
  "健康推進課",
  "福祉課",
  "介護保険課",
  "商工観光課",
  "農林水産課",
  "環境課",
  "防災危機管理課",
  "都市計画課",
  "建設課",
  "上下水道課",
  "地域振興課",
  "情報政策課",
];
/** The department in charge of each policy's measures (indexes into DEPARTMENTS). */
const POLICY_DEPARTMENTS = [
  [5, 6, 7],
  [8, 9, 10],
  [11, 12, 18],
  [13, 14, 17],
  [15, 16, 19],
  [0, 1, 2, 3, 4],
];

// ---- deterministic randomness -----------------------------------------------------------------

/** mulberry32: small, fast, good enough for synthetic data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const fixed = (v: number, digits: number) => v.toFixed(digits);

// ---- bulk writing -----------------------------------------------------------------------------

/** SQLite allows 32766 bound variables per statement: stay well inside. */
const SQLITE_MAX_VARIABLES = 30000;
/** PostgreSQL gets one array per column (INSERT … SELECT FROM unnest), so a batch can be large. */
const POSTGRES_BATCH_ROWS = 20000;

/** Buffers one table's rows and writes them in multi-row INSERTs. Columns are "name:pgtype". */
class TableWriter {
  readonly rows: unknown[] = [];
  count = 0;
  readonly table: DemoTable;
  readonly columns: readonly string[];
  readonly types: readonly string[];
  readonly batchRows: number;
  private readonly dialect: Dialect;
  private readonly fullSql: string;

  constructor(table: DemoTable, columns: readonly string[], dialect: Dialect) {
    this.table = table;
    this.columns = columns.map((c) => c.split(":")[0]!);
    this.types = columns.map((c) => c.split(":")[1]!);
    this.dialect = dialect;
    this.batchRows =
      dialect === "postgres" ? POSTGRES_BATCH_ROWS : Math.floor(SQLITE_MAX_VARIABLES / columns.length);
    this.fullSql = this.insertSql(this.batchRows);
  }

  get full() {
    return this.rows.length >= this.batchRows * this.columns.length;
  }

  push(...values: unknown[]) {
    this.rows.push(...values);
    this.count++;
  }

  private insertSql(n: number): string {
    const into = `insert into ${this.table} (${this.columns.join(",")})`;
    if (this.dialect === "postgres") {
      return `${into} select * from unnest(${this.types.map((t, i) => `$${i + 1}::${t}[]`).join(",")})`;
    }
    const tuple = `(${this.columns.map(() => "?").join(",")})`;
    return `${into} values ${Array.from({ length: n }, () => tuple).join(",")}`;
  }

  async flush(trx: Transaction<Database>) {
    const w = this.columns.length;
    while (this.rows.length > 0) {
      const n = Math.min(this.batchRows, this.rows.length / w);
      const values = this.rows.splice(0, n * w);
      let params: unknown[] = values;
      if (this.dialect === "postgres") {
        const columns: unknown[][] = this.columns.map(() => new Array<unknown>(n));
        for (let r = 0; r < n; r++) for (let c = 0; c < w; c++) columns[c]![r] = values[r * w + c];
        params = columns;
      }
      const text = n === this.batchRows || this.dialect === "postgres" ? this.fullSql : this.insertSql(n);
      await trx.executeQuery(CompiledQuery.raw(text, params));
    }
  }
}

/** Writers in foreign-key order: flushing one flushes every writer before it first. */
class Writers {
  private readonly list: TableWriter[] = [];
  readonly by: Record<DemoTable, TableWriter>;

  constructor(dialect: Dialect) {
    const w = (table: DemoTable, columns: string[]) => {
      const writer = new TableWriter(table, columns, dialect);
      this.list.push(writer);
      return writer;
    };
    this.by = {
      documents: w("documents", [
        "id:int",
        "key:text",
        "kind:text",
        "title:text",
        "edition:text",
        "evaluation_year:int",
        "file_name:text",
        "sha256:text",
        "imported_at:text",
      ]),
      plans: w("plans", [
        "id:int",
        "key:text",
        "search_key:text",
        "name:text",
        "organization:text",
        "period_from:int",
        "period_to:int",
        "levels:text",
        "rule_profile:text",
        "texts:text",
        "document_id:int",
      ]),
      departments: w("departments", ["id:int", "name:text"]),
      policy_nodes: w("policy_nodes", [
        "id:int",
        "key:text",
        "search_key:text",
        "plan_id:int",
        "parent_id:int",
        "level:text",
        "code:text",
        "name:text",
        "sort_order:int",
        "texts:text",
        "document_id:int",
      ]),
      node_departments: w("node_departments", ["node_id:int", "department_id:int"]),
      programs: w("programs", [
        "id:int",
        "key:text",
        "search_key:text",
        "code:text",
        "name:text",
        "department_id:int",
        "summary:text",
        "attributes:text",
      ]),
      program_links: w("program_links", [
        "program_id:int",
        "node_id:int",
        "document_id:int",
        "sort_order:int",
        "relisted:int",
        "listed:text",
      ]),
      budget_lines: w("budget_lines", [
        "program_id:int",
        "document_id:int",
        "fiscal_year:int",
        "kind:text",
        "amount:bigint",
        "scale:int",
        "general_revenue:bigint",
        "standalone:int",
      ]),
      indicators: w("indicators", [
        "id:int",
        "key:text",
        "search_key:text",
        "name:text",
        "unit:text",
        "direction:text",
        "measure:text",
        "year_basis:text",
        "source:text",
      ]),
      indicator_usages: w("indicator_usages", [
        "id:int",
        "indicator_id:int",
        "node_id:int",
        "document_id:int",
        "display_name:text",
        "sort_order:int",
        "role:text",
        "baseline_from:int",
        "baseline_to:int",
        "baseline_value:text",
      ]),
      targets: w("targets", [
        "usage_id:int",
        "period_from:int",
        "period_to:int",
        "kind:text",
        "value:text",
        "is_final:int",
      ]),
      observations: w("observations", [
        "indicator_id:int",
        "series:text",
        "period_from:int",
        "period_to:int",
        "value:text",
        "status:text",
        "document_id:int",
        "known_from:text",
      ]),
    };
  }

  /** Flushes full writers (and the writers they depend on). */
  async flushFull(trx: Transaction<Database>) {
    const last = this.list.findLastIndex((w) => w.full);
    for (let i = 0; i <= last; i++) await this.list[i]!.flush(trx);
  }

  async flushAll(trx: Transaction<Database>) {
    for (const w of this.list) await w.flush(trx);
  }

  counts(): Record<DemoTable, number> {
    return Object.fromEntries(this.list.map((w) => [w.table, w.count])) as Record<DemoTable, number>;
  }

  total(): number {
    return this.list.reduce((a, w) => a + w.count, 0);
  }
}

// ---- one municipality -------------------------------------------------------------------------

interface Ids {
  documents: number;
  plans: number;
  departments: number;
  policy_nodes: number;
  programs: number;
  indicators: number;
  indicator_usages: number;
}

function municipality(k: number, ids: Ids, w: Writers["by"], importedAt: string) {
  const rand = prng(0x9e3779b9 ^ Math.imul(k, 0x85ebca6b));
  const between = (a: number, b: number) => a + (b - a) * rand();
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const planKey = demoPlanKey(k);
  const city = demoMunicipality(k);

  const documentId = ++ids.documents;
  w.documents.push(
    documentId,
    `demo/${planKey}`,
    "demo",
    `${city} 総合計画 施策評価（デモデータ）`,
    EDITION,
    Number(EDITION),
    `${planKey}.generated`,
    "",
    importedAt,
  );
  const planId = ++ids.plans;
  const planName = `${city} 総合計画`;
  w.plans.push(
    planId,
    planKey,
    nameKey(planName),
    planName,
    city,
    DEMO_YEARS.from,
    DEMO_YEARS.to,
    JSON.stringify(["政策", "施策"]),
    DEMO_PROFILE,
    JSON.stringify({ 概要: `${city}の総合計画（${DEMO_YEARS.from}〜${DEMO_YEARS.to}年度）。合成データ。` }),
    documentId,
  );
  const departmentIds = DEPARTMENTS.map((d) => {
    const id = ++ids.departments;
    w.departments.push(id, `${city} ${d}`);
    return id;
  });

  // Which measures carry four indicators rather than three: 20 of the 60.
  const measureCount = POLICIES * MEASURES_PER_POLICY;
  const fourIndicators = new Set<number>();
  while (fourIndicators.size < INDICATORS - 3 * measureCount)
    fourIndicators.add(Math.floor(rand() * measureCount));

  const measureIds: number[] = [];
  const programs: { id: number; measure: number }[] = [];
  let sortOrder = 0;
  let indicatorNo = 0;
  for (let p = 0; p < POLICIES; p++) {
    const policyId = ++ids.policy_nodes;
    const policyCode = String(p + 1);
    const policyName = POLICY_NAMES[p]!;
    w.policy_nodes.push(
      policyId,
      `${planKey}/${policyCode}`,
      nameKey(`${policyCode} ${policyName}`),
      planId,
      null,
      "政策",
      policyCode,
      policyName,
      sortOrder++,
      "{}",
      documentId,
    );
    w.node_departments.push(policyId, departmentIds[1]!);
    for (let m = 0; m < MEASURES_PER_POLICY; m++) {
      const index = p * MEASURES_PER_POLICY + m;
      const [measureName, topic] = MEASURES[index]!;
      const code = `${policyCode}-${String(m + 1).padStart(2, "0")}`;
      const nodeId = ++ids.policy_nodes;
      measureIds.push(nodeId);
      const departmentId = departmentIds[pick(POLICY_DEPARTMENTS[p]!)]!;
      w.policy_nodes.push(
        nodeId,
        `${planKey}/${code}`,
        nameKey(`${code} ${measureName}`),
        planId,
        policyId,
        "施策",
        code,
        measureName,
        sortOrder++,
        JSON.stringify({ 施策の概要: `${topic}に関する取組を進める。` }),
        documentId,
      );
      w.node_departments.push(nodeId, departmentId);

      // Indicators of the measure, with baseline, yearly targets, a final target and ten actuals.
      const templates = INDICATOR_TEMPLATES.slice(0, fourIndicators.has(index) ? 4 : 3);
      templates.forEach((t, i) => {
        const indicatorId = ++ids.indicators;
        const usageId = ++ids.indicator_usages;
        const name = t.name(topic);
        indicatorNo++;
        w.indicators.push(
          indicatorId,
          `${planKey}/i${String(indicatorNo).padStart(3, "0")}`,
          nameKey(name),
          name,
          t.unit,
          t.direction,
          "quantitative",
          "fiscal",
          `${city}調べ`,
        );
        const baseline = between(t.min, t.max);
        const change = between(0.05, 0.3) * (t.direction === "decrease" ? -1 : 1);
        const final = t.unit === "%" ? Math.min(baseline * (1 + change), 99) : baseline * (1 + change);
        w.indicator_usages.push(
          usageId,
          indicatorId,
          nodeId,
          documentId,
          name,
          i,
          "成果指標",
          BASELINE_YEAR,
          BASELINE_YEAR,
          fixed(baseline, t.digits),
        );
        // Performance against the target drifts from a level typical of the indicator.
        let performance = between(0.72, 1.15);
        const pending = rand() < 0.25;
        const years = DEMO_YEARS.to - DEMO_YEARS.from + 1;
        for (let y = DEMO_YEARS.from; y <= DEMO_YEARS.to; y++) {
          const target = baseline + ((final - baseline) * (y - BASELINE_YEAR)) / years;
          const targetText = fixed(target, t.digits);
          w.targets.push(usageId, y, y, "absolute", targetText, 0);
          performance = Math.min(Math.max(performance + between(-0.04, 0.04), 0.5), 1.4);
          const actual = t.direction === "decrease" ? target / performance : target * performance;
          const unknown = pending && y === DEMO_YEARS.to;
          w.observations.push(
            indicatorId,
            "actual",
            y,
            y,
            unknown ? null : fixed(t.unit === "%" ? Math.min(actual, 100) : actual, t.digits),
            unknown ? "集計中" : null,
            documentId,
            EDITION,
          );
        }
        w.targets.push(usageId, DEMO_YEARS.to, DEMO_YEARS.to, "absolute", fixed(final, t.digits), 1);
      });

      // Programs of the measure, with ten fiscal years of budget.
      for (let n = 0; n < PROGRAMS_PER_MEASURE; n++) {
        const programId = ++ids.programs;
        const programCode = `${code}-${String(n + 1).padStart(2, "0")}`;
        const name = `${topic}${PROGRAM_SUFFIXES[n]!}`;
        programs.push({ id: programId, measure: index });
        w.programs.push(
          programId,
          `${planKey}/${programCode}`,
          nameKey(`${programCode} ${name}`),
          programCode,
          name,
          rand() < 0.8 ? departmentId : departmentIds[Math.floor(rand() * departmentIds.length)]!,
          `${city}の${topic}に関する${PROGRAM_SUFFIXES[n]!}。`,
          JSON.stringify({ type: rand() < 0.9 ? "一般" : "事務" }),
        );
        w.program_links.push(programId, nodeId, documentId, n, 0, "{}");
        // Log-uniform between 1,000 and 500,000 千円.
        const base = Math.exp(between(Math.log(1000), Math.log(500000)));
        const share = between(0.2, 1);
        for (let y = DEMO_YEARS.from; y <= DEMO_YEARS.to; y++) {
          const amount = Math.round(base * between(0.8, 1.2));
          w.budget_lines.push(
            programId,
            documentId,
            y,
            y === DEMO_YEARS.to ? "予算" : "決算",
            amount,
            3,
            Math.round(amount * share),
            1,
          );
        }
      }
    }
  }
  // 再掲: a few programs listed again under another measure.
  for (let r = 0; r < RELISTED; r++) {
    const p = pick(programs);
    let other = Math.floor(rand() * measureIds.length);
    if (other === p.measure) other = (other + 1) % measureIds.length;
    w.program_links.push(p.id, measureIds[other]!, documentId, PROGRAMS_PER_MEASURE + r, 1, "{}");
  }
}

// ---- the whole store --------------------------------------------------------------------------

const ID_TABLES = [
  "documents",
  "plans",
  "departments",
  "policy_nodes",
  "programs",
  "indicators",
  "indicator_usages",
] as const;

async function maxIds(db: Kysely<Database>): Promise<Ids> {
  const ids = {} as Ids;
  for (const t of ID_TABLES) {
    const r = await db
      .selectFrom(t)
      .select((eb) => eb.fn.max("id").as("m"))
      .executeTakeFirst();
    ids[t] = Number(r?.m ?? 0);
  }
  return ids;
}

export async function generateDemo(
  store: Store,
  options: { municipalities: number; onProgress?: (p: DemoProgress) => void },
): Promise<DemoResult> {
  const started = performance.now();
  const total = options.municipalities;
  if (!Number.isInteger(total) || total < 1 || total > 9999)
    throw new RangeError("municipalities must be an integer from 1 to 9999");
  const { db, dialect } = store;
  const present = new Set(
    (await db.selectFrom("plans").select("key").where("key", "like", "demo-%").execute()).map((r) => r.key),
  );
  const todo: number[] = [];
  for (let k = 1; k <= total; k++) if (!present.has(demoPlanKey(k))) todo.push(k);
  const writers = new Writers(dialect);
  const importedAt = new Date().toISOString();
  let done = total - todo.length;
  options.onProgress?.({ done, total, rows: 0 });

  for (let i = 0; i < todo.length; i += MUNICIPALITIES_PER_TRANSACTION) {
    const chunk = todo.slice(i, i + MUNICIPALITIES_PER_TRANSACTION);
    await db.transaction().execute(async (trx) => {
      const ids = await maxIds(trx);
      for (const k of chunk) {
        municipality(k, ids, writers.by, importedAt);
        await writers.flushFull(trx);
      }
      await writers.flushAll(trx);
      if (dialect === "postgres") {
        for (const t of ID_TABLES)
          await sql`select setval(pg_get_serial_sequence(${t}, 'id'), ${ids[t]}, true)`.execute(trx);
      }
    });
    done += chunk.length;
    options.onProgress?.({ done, total, rows: writers.total() });
  }
  // Fresh statistics, so that the query planners see the new sizes. On PostgreSQL, VACUUM also merges
  // the GIN indexes' pending lists, which every trigram search would otherwise scan (0.3 ms → 11 ms).
  if (todo.length > 0) {
    if (dialect === "sqlite") {
      await sql`pragma analysis_limit = 1000`.execute(db);
      await sql`analyze`.execute(db);
      // The FTS5 search indexes (migration 2026-11-24), written row by row, merged into one b-tree each.
      const fts = await sql<{ name: string }>`select name from sqlite_master
        where type = 'table' and name in ('plans_search', 'policy_nodes_search', 'programs_search', 'indicators_search')`.execute(
        db,
      );
      for (const { name } of fts.rows)
        await sql`insert into ${sql.table(name)} (${sql.table(name)}) values ('optimize')`.execute(db);
    } else {
      await sql`vacuum analyze`.execute(db);
    }
  }
  return {
    municipalities: total,
    written: todo.length,
    skipped: total - todo.length,
    rows: writers.counts(),
    seconds: (performance.now() - started) / 1000,
  };
}
