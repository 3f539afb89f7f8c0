// The OpenAPI description served at /api/openapi.json. Response shapes are those of api-types.ts.
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

export const OPENAPI = {
  openapi: "3.1.0",
  info: {
    title: "Hyoka API",
    version: "0.1.0",
    description:
      "政策評価・KPI進捗管理のデータ（読み取り専用）。金額は千円、率は評価ルールで丸めた小数の文字列。",
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
  },
  components: {
    schemas: {
      ApiError: {
        type: "object",
        required: ["code", "message"],
        properties: {
          code: { type: "string", enum: ["not_found", "bad_parameter", "internal_error"] },
          message: { type: "string", description: "利用者向けの日本語のメッセージ" },
          parameter: { type: "string" },
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
    },
  },
} as const;
