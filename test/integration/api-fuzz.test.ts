// Random input to every route finds no 5xx (issue 12: "a 500 is a bug"). The routes are those the running
// app describes (GET /api/openapi.json), better-auth's own that Hyoka uses among them. Each is
// called as anonymous, a viewer, an editor, an evaluator and an administrator, with random path
// parameters (0, negative, huge, not numbers, broken percent-encodings, NUL, unicode), query parameters
// (the declared ones and unknown ones), bodies (the declared fields with wrong types, arrays, null, deep
// nesting, huge strings, not JSON at all; uploads: random bytes, broken zips and multipart, real
// workbooks and CSV with random cells) and X-File-Name. Values are mostly real ids, keys and years, so
// that cases get past the first checks, and otherwise noise. Every answer is below 500; a 4xx of ours is
// JSON with a code and a Japanese message (README, JSON API). better-auth's own 4xx are its English JSON:
// only their status is asserted.
//
// Bounded and deterministic: RUNS cases per route and caller, the nth caller's from SEED + n (a failure
// says the HYOKA_FUZZ_SEED that replays it, fast-check its own seed and path; HYOKA_FUZZ_RUNS widens a
// run). On both stores: most of what this found was PostgreSQL's alone (ids beyond its 4-byte serial,
// NUL in text, amounts beyond its bigint).
//
// State: per store, the five seeds, a published year, an open year and a case at seed 001's desk. Random data may be written
// (users, grants, cycles, entries, transitions, plans set up from a workbook); no route deletes data
// wholesale. Reading routes run first, then those that change state, and merging / splitting programs
// last, since a merge takes a program away from the cases after it. The callers' own grants and passwords
// are never targets (the administrator routes get a user of their own), and better-auth's routes run as
// anonymous and as yet another user whose session is put back after a sign-out or a password change.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createAuth, resetPassword } from "../../src/auth/auth.ts";
import type { Dialect } from "../../src/db/connect.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { createApp } from "../../src/server/app.ts";
import {
  ORIGIN,
  PASSWORD,
  TEST_SETUP,
  fromAddress,
  makeUser,
  nextAddress,
  signIn,
} from "../support/accounts.ts";
import { publishMeasureYear } from "../support/publish.ts";
import { importSeeds, nodeIdByCode } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const SEED = Number(process.env.HYOKA_FUZZ_SEED ?? 1212);
const RUNS = Number(process.env.HYOKA_FUZZ_RUNS ?? 8);
const PLAN = "hokkaido-sogo-keikaku";
const CALLERS = ["anonymous", "viewer", "editor", "evaluator", "admin"] as const;
/** better-auth's routes: anonymous, and a user of their own ("account"). */
const AUTH_CALLERS = ["anonymous", "account"] as const;
type Caller = (typeof CALLERS)[number] | (typeof AUTH_CALLERS)[number];
type App = ReturnType<typeof createApp>;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/;
const DESK = "/api/plans/hokkaido-kita-monozukuri-support/desk";
const DATES = ["2019-06-10", "2021-10-01", "2199-01-01", "2019-02-30", "2019-6-1", "1900-01-01"];
const YEARS = ["2022", "2023", "2024", "2025", "R5", "令和5年度", "H30", "平成30年度", "2199"];
const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/workbook/${name}`, import.meta.url)));
const profiles = loadProfiles();

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: { enum?: string[] };
}
interface Spec {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
}

/** A store with its app, signed-in callers, what the app describes, and real values to draw from. */
interface Fuzz {
  dialect: Dialect;
  store: TestStore;
  app: App;
  cookies: Record<Caller, string | null>;
  /** The account caller's id, and its session as stored, to put back after a case ended it. */
  account: { userId: string; token: string; session: object };
  spec: Spec;
  /** A department's workbook of the open year, as downloaded. */
  valuesBook: Uint8Array;
  known: Known;
}

interface Known {
  planKeys: string[];
  nodeIds: number[];
  programIds: number[];
  indicatorId: number;
  /** Path parameters by the word before them (/cycles/{id}, /items/{node} …). */
  path: Record<string, readonly (string | number)[]>;
  /** Query parameters by name (besides a declared enum). */
  query: Record<string, readonly (string | number)[]>;
  /** The open item's entry paths (changes of a save). */
  entries: string[];
  documents: string[];
  /** The desk's organizations (seed 001). */
  deskOrganizations: number[];
}

const call = (app: App, path: string, init: RequestInit = {}) =>
  app.request(`${ORIGIN}${path}`, init, fromAddress(nextAddress()));
const asJson = async <T>(res: Response) => {
  if (!res.ok) throw new Error(`${res.url}: ${res.status}`);
  return (await res.json()) as T;
};

async function setUp(dialect: Dialect): Promise<Fuzz> {
  const store = await createTestStore(dialect);
  const { db } = store;
  await importSeeds(db);
  const app = createApp(store, profiles, { auth: { secret: "fuzz-secret-0123456789abcdef0123456789" } });
  const first = async (rows: Promise<object[]>) => (await rows).map((r) => Object.values(r)[0] as never);
  const some = (table: "policy_nodes" | "programs" | "indicators" | "departments") =>
    first(db.selectFrom(table).select("id").orderBy("id").limit(5).execute());
  const nodeId = await nodeIdByCode(db, "2(2)A_0505");
  const indicatorId = (
    await db
      .selectFrom("indicators")
      .select("id")
      .where("name", "=", "製造業の付加価値生産性")
      .executeTakeFirstOrThrow()
  ).id;
  const machinery = (
    await db.selectFrom("programs").select("id").where("code", "=", "0532").executeTakeFirstOrThrow()
  ).id;
  // A second published year of the measure, so that its editions have something to compare.
  const published = await publishMeasureYear(
    db,
    profiles,
    { plan: PLAN, nodeId, year: 2024 },
    {
      [`actual/${indicatorId}/2023/value`]: "1,200.0",
      "text/成果": "令和6年度の成果",
      analysis: "令和6年度の分析",
      "coordination/rating": "○",
      "urgency/rating": "○",
      proposedJudgement: "概ね順調",
      [`settled/${machinery}`]: "5,000",
    },
    "令和6年度の二次評価",
  );
  await makeUser(store, "viewer@example.jp", "viewer");
  await makeUser(store, "editor@example.jp", "editor", { department: "産業振興課" });
  await makeUser(store, "evaluator@example.jp", "evaluator", { plan: PLAN });
  await makeUser(store, "admin@example.jp", "admin");
  // The administrator routes' target, never one of the callers.
  const targetUser = await makeUser(store, "target@example.jp", "viewer");
  const accountUser = await makeUser(store, "account@example.jp", "viewer");
  const cookies = { anonymous: null } as Record<Caller, string | null>;
  for (const who of [...CALLERS.slice(1), "account"] as const) {
    const { cookie } = await signIn(app, `${who}@example.jp`);
    if (!cookie) throw new Error(`sign-in failed for ${who}`);
    cookies[who] = cookie;
  }
  const token = decodeURIComponent(cookies.account!.split("=")[1]!).split(".")[0]!;
  const session = await db
    .selectFrom("auth_session")
    .selectAll()
    .where("token", "=", token)
    .executeTakeFirstOrThrow();

  const open = await asJson<{ id: number }>(
    await call(app, `/api/plans/${PLAN}/cycles`, {
      method: "POST",
      headers: { Cookie: cookies.evaluator!, Origin: ORIGIN, "Content-Type": "application/json" },
      body: JSON.stringify({ fiscalYear: 2025 }),
    }),
  );
  const item = await asJson<{ entries: Record<string, string>; departments: { id: number }[] }>(
    await call(app, `/api/cycles/${open.id}/items/${nodeId}`, { headers: { Cookie: cookies.evaluator! } }),
  );
  const departmentId = item.departments[0]!.id;
  const valuesBook = new Uint8Array(
    await (
      await call(app, `/api/cycles/${open.id}/workbook?department=${departmentId}`, {
        headers: { Cookie: cookies.editor! },
      })
    ).arrayBuffer(),
  );
  const desk = await asJson<{ organizations: { id: number }[] }>(await call(app, DESK));
  const deskOrganizations = desk.organizations.map((o) => o.id);
  const deskCase = await asJson<{ id: number }>(
    await call(app, `${DESK}/cases`, {
      method: "POST",
      headers: { Cookie: cookies.admin!, Origin: ORIGIN, "Content-Type": "application/json" },
      body: JSON.stringify({
        company: "株式会社ファズ",
        municipality: "帯広市",
        field: "food_manufacturing",
        stage: "research",
        approvedProject: false,
        request: "相談",
        receivedOn: "2019-05-20",
      }),
    }),
  );
  const spec = await asJson<Spec>(await call(app, "/api/openapi.json"));
  const tables = (await asJson<{ tables: { name: string }[] }>(await call(app, "/api/opendata"))).tables;

  const planKeys: string[] = await first(db.selectFrom("plans").select("key").execute());
  const nodeIds = [nodeId, ...(await some("policy_nodes"))];
  const programIds = [machinery, ...(await some("programs"))];
  const departmentIds = [departmentId, ...(await some("departments"))];
  const known: Known = {
    planKeys,
    nodeIds,
    programIds,
    indicatorId,
    path: {
      cycles: [published, open.id],
      items: await first(
        db.selectFrom("evaluation_items").select("node_id").where("cycle_id", "=", open.id).execute(),
      ),
      nodes: nodeIds,
      programs: programIds,
      indicators: [indicatorId, ...(await some("indicators"))],
      departments: departmentIds,
      users: [targetUser],
      plans: planKeys,
      opendata: tables.map((t) => t.name),
      cases: [deskCase.id],
    },
    query: {
      plan: planKeys,
      node: [...nodeIds, "2(2)A_0505"],
      program: programIds,
      department: departmentIds,
      year: YEARS,
      from: YEARS,
      to: YEARS,
      limit: [1, 10, 10_000, 10_001],
      offset: [0, 5, 100_000],
      q: ["ものづくり", "ｍｏｎｏ", "産業 振興"],
      grade: ["Ｃ", "C", "Ａ"],
      table: ["indicators", "programs", "kpis", "progress"],
      disableCookieCache: ["true", "false"],
      disableRefresh: ["true", "false"],
      asOf: DATES,
      fiscalYear: [2019, 2020, 1900, 2200],
      quarter: [1, 4, 5],
      organizationId: deskOrganizations,
    },
    entries: Object.keys(item.entries),
    documents: await first(db.selectFrom("documents").select("key").execute()),
    deskOrganizations,
  };
  return {
    dialect,
    store,
    app,
    cookies,
    account: { userId: accountUser, token, session },
    spec,
    valuesBook,
    known,
  };
}

// ---- the routes ----

interface Route {
  method: string;
  path: string;
  params: Parameter[];
  body: "none" | "json" | "upload";
  fields: string[];
  /** better-auth's own: its refusals are its English JSON. */
  auth?: boolean;
}

const described = (spec: Spec): Route[] =>
  Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const content = op.requestBody?.content ?? {};
      const json = content["application/json"];
      return {
        method: method.toUpperCase(),
        path,
        params: op.parameters ?? [],
        body: json ? "json" : Object.keys(content).length ? "upload" : "none",
        fields: Object.keys(json?.schema?.properties ?? {}),
        ...(path.startsWith("/api/auth/") ? { auth: true } : {}),
      } satisfies Route;
    }),
  );
/** Reading first, then changing state, then what takes programs away (merge, split). */
const order = (r: Route) => (r.method === "GET" ? 0 : r.path.startsWith("/api/programs/") ? 2 : 1);
const routesOf = (spec: Spec) => described(spec).sort((a, b) => order(a) - order(b));

// ---- random values ----

const STRANGE = [
  ...["", " ", "0", "-1", "-0", "1.5", "1e3", "0x10", "01", "+1", " 1", "１", "２０２３", "Ｒ５"],
  ...["2147483647", "2147483648", "4294967296", "9007199254740993", "99999999999", "1".repeat(400)],
  ...["NaN", "Infinity", "null", "undefined", "true", "__proto__", "constructor", "..", ".", "%"],
  ...["%E0%A4%A", "\\", '"', "'", "' OR 1=1 --", "<script>alert(1)</script>", "{}", "[]"],
  ...["𠮷野家", "🙂", "\u0000", "a\u0000b", "\ufeff", "\u202e", "\r\n", "x".repeat(5000), "あ".repeat(3000)],
];
/** Already a URL's bytes: broken or surprising percent-encodings. */
const RAW = ["%E0%A4%A", "%", "%%", "%zz", "%00", "%FF", "%C0%AF", "%2F", "%2e%2e", "%ED%A0%80", "%EF%BF%BF"];

const integer = fc.oneof(
  fc.constantFrom(0, -1, 1, 2, 2 ** 31, 2 ** 53 + 2, 1e21, -1e21, Number.MAX_VALUE),
  fc.integer(),
);
const text = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...STRANGE) },
  { weight: 1, arbitrary: integer.map(String) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);
/** Mostly one of the values that fit, else noise. */
const likely = <T>(values: readonly T[] | undefined, noise: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  values?.length ? fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...values) }, noise) : noise;
const str = (values: readonly (string | number)[]) => likely(values.map(String), text);
const encode = (s: unknown) => encodeURIComponent(String(s).toWellFormed());
/** A path segment or query value as it appears in the URL. */
const inUrl = (values?: readonly (string | number)[]) =>
  fc.oneof(
    { weight: 9, arbitrary: likely<unknown>(values, text).map(encode) },
    { weight: 1, arbitrary: fc.constantFrom(...RAW) },
  );

const scalar = fc.oneof(text, integer, fc.double(), fc.boolean(), fc.constant(null));
const anyJson = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(text, scalar, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Body fields: values of the kind the field wants, so that cases get past the first checks. */
const fieldValues = (k: Known): Record<string, fc.Arbitrary<unknown>> => ({
  version: fc.oneof(fc.integer({ min: 0, max: 4 }), integer),
  changes: fc.dictionary(str(k.entries), str(["1,200.0", "○", "概ね順調", "", "-", "△1", "1e999"]), {
    maxKeys: 4,
  }),
  comment: str(["差し戻します。"]),
  reason: str(["同じ事業", "訂正"]),
  grants: fc.array(
    fc.record(
      {
        role: str(["admin", "evaluator", "editor", "viewer"]),
        plan: str(k.planKeys),
        department: str(["産業振興課", "スタートアップ推進室"]),
      },
      { requiredKeys: ["role"] },
    ),
    { maxLength: 3 },
  ),
  fiscalYear: fc.oneof(fc.integer({ min: 1980, max: 2210 }), integer),
  deadline: str(["2026-08-31", "2026-02-30", "2026-13-01", "0000-01-01", "9999-12-31", "2026-8-31"]),
  email: str(["viewer@example.jp", "account@example.jp", "new@example.jp", "a@b", "ＡＢ@例.jp"]),
  name: str(["新規", "A"]),
  password: str([PASSWORD, "short", "x".repeat(200)]),
  currentPassword: str([PASSWORD]),
  newPassword: str(["another-long-password", "short"]),
  otherId: likely(k.programIds, integer),
  document: str(k.documents),
  rememberMe: fc.boolean(),
  revokeOtherSessions: fc.boolean(),
  callbackURL: str(["/", "/work?tab=%E8%A9%95", "http://evil.example/", "javascript:alert(1)"]),
  // The support desk's bodies.
  ...deskFieldValues(k),
});

const deskFieldValues = (k: Known): Record<string, fc.Arbitrary<unknown>> => {
  const org = likely(k.deskOrganizations, integer);
  return {
    company: str(["株式会社ファズ"]),
    municipality: str(["帯広市", "小樽市", "函館市"]),
    field: str(["food_manufacturing", "manufacturing", "it", "tourism"]),
    stage: str(["research", "productization", "market_expansion"]),
    approvedProject: fc.boolean(),
    request: str(["相談"]),
    receivedOn: str(DATES),
    receivedBy: org,
    kind: str(["handled", "handed_on", "reported", "team", "technical", "advice", "other"]),
    date: str(DATES),
    organizationId: org,
    toOrganizationId: org,
    toOutside: str(["産総研"]),
    members: fc.array(
      fc.record(
        { organizationId: org, outside: str(["北海道大学"]), role: str(["技術"]) },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
    note: str(["メモ"]),
    outcome: str(["解決"]),
    closedOn: str(DATES),
    quarter: fc.oneof(fc.integer({ min: 0, max: 5 }), integer),
  };
};

/** A request body, small to print: huge, deep and workbook bodies are made only when sent. */
type Body =
  | { kind: "json"; value: unknown; type: string | null }
  | { kind: "text"; text: string; type: string | null }
  | { kind: "deep"; depth: number; array: boolean }
  | { kind: "huge"; field: string; length: number }
  | { kind: "bytes"; bytes: Uint8Array; type: string | null }
  | { kind: "book"; base: "values" | "setup"; edits: CellEdit[]; type: string | null; multipart: boolean }
  | { kind: "csv"; rows: string[][]; type: string | null }
  | { kind: "multipart"; field: string; content: string | Uint8Array; fileName: string | null }
  | { kind: "none" };
interface CellEdit {
  sheet: number;
  row: number;
  column: number;
  value: unknown;
}

const JSON_TYPES = [
  "application/json",
  "application/json; charset=shift_jis",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  null,
];
const UPLOAD_TYPES = [XLSX, "text/csv", "application/octet-stream", "multipart/form-data", null];

const json = (value: fc.Arbitrary<unknown>, type: fc.Arbitrary<string | null>): fc.Arbitrary<Body> =>
  fc.record({ kind: fc.constant("json" as const), value, type });

function jsonBody(k: Known, fields: string[]): fc.Arbitrary<Body> {
  const likelyValues = fieldValues(k);
  const value = (f: string) =>
    fc.oneof({ weight: 5, arbitrary: likelyValues[f] ?? text }, { weight: 1, arbitrary: anyJson });
  const record = (requiredKeys: string[]) =>
    fc.record(Object.fromEntries(fields.map((f) => [f, value(f)])), { requiredKeys });
  const some = fc.tuple(record([]), fc.dictionary(text, anyJson, { maxKeys: 2 }));
  return fc.oneof(
    // Every declared field, mostly of the right kind; or some of them with unknown ones beside.
    { weight: 10, arbitrary: json(record(fields), fc.constant("application/json")) },
    {
      weight: 2,
      arbitrary: json(
        some.map(([d, e]) => ({ ...e, ...d })),
        fc.constant("application/json"),
      ),
    },
    { weight: 2, arbitrary: json(anyJson, fc.constantFrom(...JSON_TYPES)) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("text" as const),
        text: fc.oneof(fc.constantFrom("", "{", "[1,", "not json", '{"version":1,}', "\ufeff{}"), text),
        type: fc.constantFrom(...JSON_TYPES),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("deep" as const),
        depth: fc.constantFrom(100, 10_000, 200_000),
        array: fc.boolean(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("huge" as const),
        field: fc.constantFrom(...fields, "x"),
        length: fc.constantFrom(100_000, 3_000_000),
      }),
    },
    { weight: 1, arbitrary: fc.constant({ kind: "none" as const }) },
  );
}

const cellValue = fc.oneof(
  text,
  fc.constantFrom(0, -1, 0.5, 2 ** 31, 2 ** 53 + 2, 2 ** 63, 1e21, -1e21, 1e308, 99999, 45383),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date(-2e12), max: new Date(5e12), noInvalidDate: true }),
  fc.constantFrom<unknown>(
    { error: "#N/A" },
    { formula: "1/0", result: { error: "#DIV/0!" } },
    { formula: "A1" },
    { formula: "SUM(1,2)", result: 3 },
    { richText: [{ text: "1," }, { text: "200" }] },
    { text: "リンク", hyperlink: "http://example.jp" },
  ),
);
/** A cell to change: sheet, row and column are taken modulo what the book has (one beyond, for rows). */
const cellEdit = fc.record({ sheet: fc.nat(), row: fc.nat(), column: fc.nat(), value: cellValue });
const CSV_HEADER = fixture("values-utf8.csv").toString("utf8").split("\n")[0]!.split(",");

function uploadBody(fx: Fuzz): fc.Arbitrary<Body> {
  const { valuesBook, known } = fx;
  const csvValue = fc.oneof(
    text,
    fc.constantFrom('"', '""', '"a', "a\nb", "\t"),
    fc.constantFrom(...known.nodeIds, known.indicatorId, ...YEARS, "1,200.0").map(String),
  );
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
    fc.nat(valuesBook.length).map((n) => valuesBook.slice(0, n)),
    fc.tuple(fc.nat(valuesBook.length - 1), fc.nat(255)).map(([i, v]) => {
      const b = valuesBook.slice();
      b[i] = v;
      return b;
    }),
  );
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant("book" as const),
        base: fc.constantFrom("values" as const, "setup" as const),
        edits: fc.array(cellEdit, { maxLength: 6 }),
        type: fc.constantFrom(...UPLOAD_TYPES.filter((t) => t !== "multipart/form-data")),
        multipart: fc.boolean(),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("csv" as const),
        rows: fc.array(fc.array(csvValue, { maxLength: CSV_HEADER.length + 1 }), { maxLength: 5 }),
        type: fc.constantFrom(...UPLOAD_TYPES),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("bytes" as const),
        bytes,
        type: fc.constantFrom(...UPLOAD_TYPES),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant("multipart" as const),
        field: fc.constantFrom("file", "other", ""),
        content: fc.oneof(text, fc.uint8Array({ maxLength: 100 })),
        fileName: fc.option(text),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant("text" as const),
        text: fc.oneof(fc.constantFrom("--x\r\ngarbage", "--x--", ""), text),
        type: fc.constantFrom("multipart/form-data", "multipart/form-data; boundary=x", "text/csv"),
      }),
    },
  );
}

interface Case {
  params: Record<string, string>;
  query: [string, string][];
  body: Body;
  fileName: string | null;
}

function caseOf(fx: Fuzz, r: Route): fc.Arbitrary<Case> {
  const segments = r.path.split("/");
  const pathValues = (name: string) =>
    r.params.find((p) => p.name === name && p.in === "path")?.schema?.enum ??
    fx.known.path[segments[segments.indexOf(`{${name}}`) - 1]!];
  const pair = (name: string) => (v: string) => [name, v] as [string, string];
  // Each declared parameter (half the time, when optional), then unknown ones. The reports' default
  // format is PDF (a browser, covered by the report tests): here they always get another.
  const declared = r.params
    .filter((p) => p.in === "query")
    .map((p) =>
      p.name === "format"
        ? likely(["html", "csv", "xlsx"], inUrl()).map(pair(p.name))
        : fc.option(inUrl(p.schema?.enum ?? fx.known.query[p.name]).map(pair(p.name)), {
            freq: p.required ? Number.MAX_SAFE_INTEGER : 2,
          }),
    );
  const unknownName = fc.oneof(fc.constantFrom("name", "foo", "__proto__", "plan[]", ""), text.map(encode));
  const unknown = fc.array(fc.tuple(unknownName, inUrl()), { maxLength: 2 });
  const pathParams = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const fileName = fc.option(
    fc.oneof(text.map(encode), fc.constantFrom(...RAW, "a.xlsx", "a.csv", "\xe9.csv")),
  );
  return fc.record({
    params: fc.record(Object.fromEntries(pathParams.map((p) => [p, inUrl(pathValues(p))]))),
    query: fc
      .tuple(fc.tuple(...declared), unknown)
      .map(([d, u]) => [...d.filter((x): x is [string, string] => x !== null), ...u]),
    body:
      r.body === "json"
        ? jsonBody(fx.known, r.fields)
        : r.body === "upload"
          ? uploadBody(fx)
          : fc.constant({ kind: "none" as const }),
    fileName: r.body === "upload" ? fileName : fc.constant(null),
  });
}

// ---- sending a case ----

async function bookBytes(fx: Fuzz, base: "values" | "setup", edits: CellEdit[]) {
  const wb = new ExcelJS.Workbook();
  const source = base === "values" ? fx.valuesBook : fixture("plan-setup-sample.xlsx");
  await wb.xlsx.load(Buffer.from(source) as unknown as ArrayBuffer);
  for (const e of edits) {
    const ws = wb.worksheets[e.sheet % wb.worksheets.length]!;
    const cell = ws.getCell(1 + (e.row % (ws.rowCount + 1)), 1 + (e.column % Math.max(ws.columnCount, 1)));
    cell.value = e.value as ExcelJS.CellValue;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const deep = (depth: number, array: boolean) =>
  array ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
/** Quoted as CSV wants, except now and then (an unclosed or stray quote). */
const csvCell = (s: string) => (/[",\n]/.test(s) && s.length % 3 ? `"${s.replaceAll('"', '""')}"` : s);
const blob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)]);

async function payload(fx: Fuzz, body: Body): Promise<{ data?: BodyInit; type?: string | null }> {
  switch (body.kind) {
    case "none":
      return {};
    case "json":
      return { data: JSON.stringify(body.value) ?? "", type: body.type };
    case "text":
      return { data: body.text, type: body.type };
    case "deep":
      return { data: deep(body.depth, body.array), type: "application/json" };
    case "huge":
      return { data: JSON.stringify({ [body.field]: "あ".repeat(body.length) }), type: "application/json" };
    case "bytes":
      return { data: new Uint8Array(body.bytes), type: body.type };
    case "csv": {
      const lines = [CSV_HEADER, ...body.rows].map((r) => r.map(csvCell).join(","));
      return { data: lines.join("\n"), type: body.type };
    }
    case "book": {
      const bytes = await bookBytes(fx, body.base, body.edits);
      if (!body.multipart) return { data: bytes, type: body.type };
      const form = new FormData();
      form.set("file", blob(bytes), "book.xlsx");
      return { data: form };
    }
    case "multipart": {
      const form = new FormData();
      const { field, content, fileName } = body;
      if (typeof content === "string") form.set(field, content);
      else if (fileName === null) form.set(field, blob(content));
      else form.set(field, blob(content), fileName.toWellFormed());
      return { data: form };
    }
  }
}

/** Puts the account's session (and password) back after a case that may have ended or changed them. */
async function restoreAccount(fx: Fuzz, r: Route, status: number) {
  const { db } = fx.store;
  if (r.path.endsWith("/change-password") && status < 300) {
    await resetPassword(createAuth(fx.store), fx.store, fx.account.userId, PASSWORD, TEST_SETUP);
  }
  await db.deleteFrom("auth_session").where("token", "=", fx.account.token).execute();
  await db
    .insertInto("auth_session")
    .values(fx.account.session as never)
    .execute();
}

/** Sends the case; what is wrong with the answer, or null. */
async function send(fx: Fuzz, r: Route, who: Caller, k: Case): Promise<string | null> {
  const path = r.path.replace(/\{(\w+)\}/g, (_, name: string) => k.params[name]!);
  const query = k.query.map(([n, v]) => `${n}=${v}`).join("&");
  const url = `${path}${query ? `?${query}` : ""}`;
  const { data, type } = await payload(fx, k.body);
  const cookie = fx.cookies[who];
  const headers: Record<string, string> = {
    ...(cookie ? { Cookie: cookie } : {}),
    ...(r.method === "GET" ? {} : { Origin: ORIGIN }),
    ...(type ? { "Content-Type": type } : {}),
    ...(k.fileName !== null ? { "X-File-Name": k.fileName } : {}),
  };
  const res = await call(fx.app, url, {
    method: r.method,
    headers,
    ...(r.method === "GET" ? {} : { body: data }),
  });
  // Read to the end: a streamed body (the open-data zip) fails here, after its 200.
  const answer = Buffer.from(await res.arrayBuffer()).toString("utf8");
  if (who === "account" && r.method !== "GET") await restoreAccount(fx, r, res.status);
  const what = () => `${who} ${r.method} ${url.slice(0, 300)} → ${res.status} ${answer.slice(0, 300)}`;
  if (res.status >= 500) return what();
  if (res.status < 400 || r.auth) return null;
  if (!res.headers.get("content-type")?.includes("application/json")) return `not JSON: ${what()}`;
  const error = JSON.parse(answer) as { code?: unknown; message?: unknown };
  if (typeof error.code !== "string" || !error.code) return `no code: ${what()}`;
  if (typeof error.message !== "string" || !JAPANESE.test(error.message)) {
    return `no Japanese message: ${what()}`;
  }
  return null;
}

// ---- the run ----

const fuzzes: Fuzz[] = [];
for (const dialect of DIALECTS) fuzzes.push(await setUp(dialect));
afterAll(async () => {
  for (const fx of fuzzes) await fx.store.cleanup();
});
const ROUTES = routesOf(fuzzes[0]!.spec);

for (const fx of fuzzes) {
  describe(`random input to every route answers below 500 on ${fx.dialect}`, () => {
    it("takes every route the app describes, better-auth's own among them", () => {
      const operations = Object.values(fx.spec.paths).flatMap((ops) => Object.keys(ops));
      expect(described(fx.spec)).toHaveLength(operations.length);
      expect(routesOf(fx.spec)).toEqual(ROUTES);
      expect(ROUTES.filter((r) => r.auth).map((r) => `${r.method} ${r.path}`)).toEqual([
        "GET /api/auth/get-session",
        "POST /api/auth/sign-in/email",
        "POST /api/auth/sign-out",
        "POST /api/auth/change-password",
      ]);
    });

    for (const r of ROUTES) {
      it(`${r.method} ${r.path}`, async () => {
        const callers = r.auth ? AUTH_CALLERS : CALLERS;
        for (const [i, who] of callers.entries()) {
          await fc.assert(
            fc.asyncProperty(caseOf(fx, r), async (k) => {
              const wrong = await send(fx, r, who, k);
              if (wrong) throw new Error(`${wrong} (HYOKA_FUZZ_SEED=${SEED} replays it)`);
            }),
            { seed: SEED + i, numRuns: RUNS },
          );
        }
      });
    }
  });
}
