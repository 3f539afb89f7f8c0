// The OpenAPI description served at /api/openapi.json. Response shapes are those of api-types.ts.
import { workbookOpenApiPaths } from "./workbook-routes.ts";

const id = (name: string, what: string) => ({
  name,
  in: "path",
  required: true,
  description: what,
  schema: { type: "integer", minimum: 1 },
});
const json = (description: string, schema: string) => ({
  description,
  content: { "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } },
});
const errors = {
  "400": json("パラメータの誤り（parameter に名前）", "ApiError"),
  "404": json("見つからない", "ApiError"),
};
const get = (summary: string, schema: string, parameters: unknown[] = []) => ({
  get: { summary, parameters, responses: { "200": json(summary, schema), ...errors } },
});
const query = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});
const object = (description: string) => ({ type: "object", description });

// ---- published editions ----
const EDITION_YEARS = [
  query("from", "比べる前の年度（西暦4桁または R5 などの和暦。既定は to より前の最新の年度）"),
  query("to", "比べる後の年度（既定は最新の年度）"),
];
const EDITION_DOCUMENT = [
  query("plan", "計画のキー（事業が複数の計画の資料に載っているとき）"),
  query("node", "施策のID（事業が複数の施策の基本評価調書に載っているとき）", {
    type: "integer",
    minimum: 1,
  }),
];

// ---- the work routes: signed-in users, rights checked by the services ----
const workErrors = {
  ...errors,
  "401": json("サインインしていない", "ApiError"),
  "403": json("権限がない（公開済みの年度の変更には政策評価担当の理由が要る）", "ApiError"),
};
const stateErrors = {
  "409": json("状態が合わない・他の人が先に保存した（details に現在の内容）", "ApiError"),
  "422": json("入力の誤り（details.errors に項目ごとの日本語のメッセージ）", "ApiError"),
};
const body = (schema: Record<string, unknown>) => ({
  required: true,
  content: { "application/json": { schema: { type: "object", ...schema } } },
});
const props = (required: string[], properties: Record<string, unknown>) => ({ required, properties });
const str = { type: "string" };
const int = { type: "integer" };
const keyParam = {
  name: "key",
  in: "path",
  required: true,
  description: "計画のキー",
  schema: { type: "string" },
};
const work = (
  method: "get" | "post" | "put",
  summary: string,
  schema: string,
  parameters: unknown[] = [],
  requestBody?: unknown,
) => ({
  [method]: {
    summary,
    parameters,
    ...(requestBody ? { requestBody } : {}),
    security: [{ session: [] }],
    responses: { "200": json(summary, schema), ...workErrors, ...(method === "get" ? {} : stateErrors) },
  },
});
const grants = {
  type: "array",
  items: {
    type: "object",
    required: ["role"],
    properties: {
      role: { type: "string", enum: ["admin", "evaluator", "editor", "viewer"] },
      plan: { type: "string", description: "政策評価担当が受け持つ計画のキー" },
      department: { type: "string", description: "担当課の名前" },
    },
  },
};
const item = [id("id", "評価年度（サイクル）のID"), id("node", "施策のノードID")];
const transition = (summary: string) =>
  work(
    "post",
    summary,
    "ItemView",
    item,
    body(props(["version"], { version: int, comment: { type: ["string", "null"] } })),
  );
const WORK_PATHS = {
  "/api/openapi.json": get("この API の説明（OpenAPI 3.1）", "OpenApi"),
  "/api/me": {
    get: {
      summary: "サインイン中の利用者と権限（匿名なら user: null）",
      responses: { "200": json("利用者", "Me") },
    },
  },
  "/api/admin/users": {
    ...work("get", "利用者と権限の一覧（管理者）", "UserList"),
    ...work(
      "post",
      "利用者を追加する（管理者）",
      "Created",
      [],
      body(props(["email", "name", "password", "grants"], { email: str, name: str, password: str, grants })),
    ),
  },
  "/api/admin/users/{id}/grants": work(
    "put",
    "利用者の権限を設定し直す（管理者）",
    "Ok",
    [{ ...keyParam, name: "id", description: "利用者のID" }],
    body(props(["grants"], { grants })),
  ),
  "/api/admin/users/{id}/password": work(
    "post",
    "パスワードを設定し直す（管理者。その利用者のセッションは終わる）",
    "Ok",
    [{ ...keyParam, name: "id", description: "利用者のID" }],
    body(props(["password"], { password: str })),
  ),
  "/api/admin/audit.csv": {
    get: {
      summary: "監査記録の CSV（管理者）",
      security: [{ session: [] }],
      responses: {
        "200": { description: "CSV（UTF-8 BOM 付き）", content: { "text/csv": {} } },
        ...workErrors,
      },
    },
  },
  "/api/cycles": work("get", "見られる評価年度の一覧", "CycleList"),
  "/api/plans/{key}/cycles": {
    ...work("get", "計画の評価年度", "CycleList", [keyParam]),
    ...work(
      "post",
      "評価年度を開く（政策評価担当）",
      "Cycle",
      [keyParam],
      body(
        props(["fiscalYear"], { fiscalYear: int, deadline: { type: ["string", "null"], format: "date" } }),
      ),
    ),
  },
  "/api/cycles/{id}": work(
    "get",
    "評価年度の進み具合（担当課ごとの未入力・最終更新・締切）",
    "CycleDashboard",
    [id("id", "評価年度（サイクル）のID")],
  ),
  "/api/cycles/{id}/publish": work("post", "評価年度を公表する（政策評価担当）", "Cycle", [
    id("id", "評価年度（サイクル）のID"),
  ]),
  "/api/cycles/{id}/items/{node}": {
    ...work("get", "評価項目（入力内容、再計算した率・判定、履歴）", "ItemView", item),
    ...work(
      "put",
      "評価項目を保存する（version が古ければ 409。公表後の訂正は reason が要る）",
      "ItemView",
      item,
      body(
        props(["version", "changes"], {
          version: int,
          changes: {
            type: "object",
            additionalProperties: str,
            description: "項目のパス → 値（docs/evaluation-cycle.md）",
          },
          reason: { type: ["string", "null"] },
        }),
      ),
    ),
  },
  "/api/cycles/{id}/items/{node}/submit": transition("提出する（担当課）"),
  "/api/cycles/{id}/items/{node}/return": transition("差し戻す（政策評価担当、comment に理由）"),
  "/api/cycles/{id}/items/{node}/approve": transition("承認する（政策評価担当）"),
  "/api/programs/{id}/merge": work(
    "post",
    "別の事業（otherId）をこの事業に統合する（管理者・政策評価担当、理由が要る）",
    "Created",
    [id("id", "残す事業のID")],
    body(props(["otherId", "reason"], { otherId: int, reason: str })),
  ),
  "/api/programs/{id}/split": work(
    "post",
    "一つの資料（document: 資料のキー）の記載を新しい事業に分ける（管理者・政策評価担当、理由が要る）",
    "Created",
    [id("id", "事業のID")],
    body(props(["document", "reason"], { document: str, reason: str })),
  ),
};

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Hyoka API",
    version: "0.1.0",
    description:
      "政策評価・KPI進捗管理のデータ。公開の読み取りは匿名で、評価作業（/api/cycles など）はサインイン（/api/auth/sign-in/email、セッション Cookie）してから。状態を変える要求は同じオリジンからに限る。金額は千円、率は評価ルールで丸めた小数の文字列。",
  },
  paths: {
    "/api/overview": get("全計画の概要（判定別の指標数、年度別予算、遅れている施策）", "Overview"),
    "/api/plans/{key}": get("計画とその体系（ノードごとの判定分布・総合判定・予算）", "PlanDetail", [
      { name: "key", in: "path", required: true, description: "計画のキー", schema: { type: "string" } },
    ]),
    "/api/nodes/{id}": get("施策等のノード（基本評価調書の内容）", "NodeDetail", [id("id", "ノードのID")]),
    "/api/indicators/{id}": get("指標（実績値・参照系列・計画ごとの目標と率・推計）", "IndicatorDetail", [
      id("id", "指標のID"),
    ]),
    "/api/programs/{id}": get("事業（年度別予算、掲載先と再掲、担当課）", "ProgramDetail", [
      id("id", "事業のID"),
    ]),
    "/api/nodes/{id}/editions": get(
      "施策の公表済みの版（基本評価調書の年度・版数・公表元・公表者・訂正の理由・差し替え）",
      "EditionList",
      [id("id", "ノードのID")],
    ),
    "/api/nodes/{id}/editions/compare": get(
      "施策の二つの年度の版の比較（記載・指標・判定・事務事業、行ごとに変更・追加・削除）",
      "EditionComparison",
      [id("id", "ノードのID"), ...EDITION_YEARS],
    ),
    "/api/programs/{id}/editions": get(
      "事業が載っている公表済みの資料と、その一つ（plan・node で選ぶ。既定は最初）の版",
      "EditionList",
      [id("id", "事業のID"), ...EDITION_DOCUMENT],
    ),
    "/api/programs/{id}/editions/compare": get(
      "事業の行（予算・決算・人工・対応方針・実績・内容など）の二つの年度の版の比較",
      "EditionComparison",
      [id("id", "事業のID"), ...EDITION_DOCUMENT, ...EDITION_YEARS],
    ),
    "/api/departments": get("担当課の一覧", "DepartmentList"),
    "/api/departments/{id}": get("担当課の所管（施策と事業）", "DepartmentDetail", [id("id", "担当課のID")]),
    "/api/search": get("計画・施策・事業・指標の検索（全角半角を区別しない）", "SearchResult", [
      query("q", "検索語（100文字まで）"),
      query("type", "種類", { type: "string", enum: ["plan", "node", "program", "indicator"] }),
      query("grade", "判定（例: Ｃ）"),
      query("department", "担当課のID", { type: "integer", minimum: 1 }),
      query("plan", "計画のキー"),
      query("year", "年度（西暦）", { type: "integer", minimum: 1900, maximum: 2200 }),
    ]),
    "/api/check": get("データの食い違い", "CheckResult"),
    "/api/reports": get("ページに当てはまる資料（ダウンロード用）", "AvailableReports", [
      query("plan", "計画のキー"),
      query("node", "施策等のID", { type: "integer", minimum: 1 }),
      query("program", "事業のID", { type: "integer", minimum: 1 }),
    ]),
    "/api/reports/{kind}": {
      get: {
        summary: "資料（基本評価調書・推進状況・進捗状況・関連事業）を PDF / XLSX / HTML / CSV で",
        parameters: [
          {
            name: "kind",
            in: "path",
            required: true,
            description: "資料の種類",
            schema: {
              type: "string",
              enum: ["kihon-hyoka", "sousei-progress", "vision-progress", "society5-catalogue"],
            },
          },
          { ...query("plan", "計画のキー"), required: true },
          { ...query("year", "年度（西暦4桁、または R5 などの和暦）"), required: true },
          query("format", "形式（既定 pdf）", { type: "string", enum: ["pdf", "xlsx", "html", "csv"] }),
          query("node", "施策のコード・キー・ID（基本評価調書。省くと全施策）"),
          query("program", "事業のID（関連事業の1事業）", { type: "integer", minimum: 1 }),
          query("table", "CSV にする表（indicators / programs / kpis / progress）"),
          query("encoding", "CSV の文字コード（utf8: BOM付き、cp932: Shift_JIS・CRLF）", {
            type: "string",
            enum: ["utf8", "cp932"],
          }),
        ],
        responses: {
          "200": {
            description: "資料のファイル（Content-Disposition にファイル名）",
            content: {
              "application/pdf": {},
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {},
              "text/html": {},
              "text/csv": {},
            },
          },
          ...errors,
        },
      },
    },
    "/api/opendata": get("オープンデータの表と項目（データ定義）", "OpenDataDictionary"),
    "/api/opendata/{table}": get("オープンデータの表の行（JSON）", "OpenDataRecords", [
      {
        name: "table",
        in: "path",
        required: true,
        description: "表の名前（plans, nodes …）",
        schema: { type: "string" },
      },
      query("plan", "計画のキー"),
      query("limit", "件数（1〜10000、既定1000）", { type: "integer", minimum: 1, maximum: 10000 }),
      query("offset", "開始位置", { type: "integer", minimum: 0 }),
    ]),
    "/api/opendata.zip": {
      get: {
        summary: "オープンデータ（表ごとの CSV とデータ定義書）の zip",
        parameters: [query("plan", "計画のキー")],
        responses: { "200": { description: "zip", content: { "application/zip": {} } }, ...errors },
      },
    },
    ...WORK_PATHS,
    ...workbookOpenApiPaths,
  },
  components: {
    schemas: {
      ApiError: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: {
            type: "string",
            enum: [
              "not_found",
              "bad_parameter",
              "unauthenticated",
              "forbidden",
              "locked",
              "conflict",
              "bad_state",
              "exists",
              "not_editable",
              "published",
              "not_approved",
              "wrong_cycle",
              "wrong_workbook",
              "not_workbook",
              "too_large",
              "csrf",
              "invalid",
              "internal_error",
            ],
          },
          message: { type: "string", description: "利用者向けの日本語のメッセージ" },
          parameter: { type: "string" },
          details: { type: "object", description: "409 の現在の内容、422 の項目ごとの誤り（errors）" },
        },
      },
      Overview: object("api-types.ts Overview"),
      PlanDetail: object("api-types.ts PlanDetail"),
      NodeDetail: object("api-types.ts NodeDetail"),
      IndicatorDetail: object("api-types.ts IndicatorDetail"),
      ProgramDetail: object("api-types.ts ProgramDetail"),
      DepartmentList: object("api-types.ts DepartmentList"),
      DepartmentDetail: object("api-types.ts DepartmentDetail"),
      SearchResult: object("api-types.ts SearchResult"),
      CheckResult: object("api-types.ts CheckResult"),
      EditionList: object("api-types.ts EditionList"),
      EditionComparison: object("api-types.ts EditionComparison"),
      AvailableReports: object("src/reports/available.ts AvailableReport の一覧（reports）と種類（kinds）"),
      OpenDataDictionary: object("src/opendata/tables.ts OPEN_DATA_TABLES"),
      OpenDataRecords: object("table, columns, offset, limit, more, records"),
      OpenApi: object("この文書"),
      Me: object("user: { id, name, email, grants, admin } | null"),
      UserList: object("users: src/auth/auth.ts UserSummary[]"),
      Created: object("id"),
      Ok: object("ok: true"),
      CycleList: object("cycles: 評価年度の一覧"),
      Cycle: object("評価年度"),
      CycleDashboard: object("src/services/cycle.ts cycleDashboard"),
      ItemView: object("src/services/cycle.ts ItemView"),
    },
    securitySchemes: {
      session: { type: "apiKey", in: "cookie", name: "__Secure-better-auth.session_token" },
    },
  },
} as const;
