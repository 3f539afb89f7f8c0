// Routes of the Excel round trip and of plan set-up: download a department's workbook, upload one (or a
// CSV) to preview or apply, download the plan set-up template and upload a filled-in one. Uploads are
// the raw file as the body (or multipart/form-data with a "file" field); rights are checked by the
// services. An upload is refused in this order: anonymous (401, before the body is counted or its name
// decoded), over 20 MB (413), a parameter (400), then what the services find in the file.
import { createRoute } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Store } from "../db/connect.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { unauthenticated } from "../services/problem.ts";
import { applyPlanSetup, planSetupTemplate, previewPlanSetup } from "../services/plan-setup.ts";
import { applyWorkbook, downloadValuesWorkbook, previewWorkbook } from "../services/workbook.ts";
import {
  PUBLIC,
  SESSION,
  TAGS,
  type WorkEnv,
  badParameter,
  errors,
  file,
  id,
  json,
  router,
  withoutNul,
  z,
} from "./contract.ts";
import { disposition } from "./http.ts";
import { PlanSetupApplied, PlanSetupPreview, WorkbookApplied, WorkbookPreview } from "./schemas/workbooks.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Uploads up to 20 MB: a 10,000-row workbook is about 1 MB. */
const MAX_UPLOAD = 20 * 1024 * 1024;

/**
 * The uploaded file: multipart "file", else the raw body; its name from the part or X-File-Name (URL
 * encoded), else the `name` query parameter. Read here, not by the route's validators: the body's media
 * types are declared with plain schema objects, which @hono/zod-openapi documents but never parses (it
 * would parse a form body with a zod schema, before the sender is known to be signed in).
 */
async function uploaded(
  c: Context<WorkEnv>,
  encodedName: string | undefined,
): Promise<{ bytes: Uint8Array; name: string }> {
  if (!c.get("principal")) throw unauthenticated();
  const type = c.req.header("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const file = (await multipart(c))["file"];
    if (!(file instanceof File)) {
      throw badParameter("file", "file という名前でファイルを送ってください。");
    }
    return { bytes: new Uint8Array(await file.arrayBuffer()), name: withoutNul("file", file.name) };
  }
  const name = decodedFileName(encodedName ?? "upload");
  return { bytes: new Uint8Array(await c.req.arrayBuffer()), name };
}

/** The parts of a multipart/form-data body; a 400 when it is not one (no boundary, broken parts). */
async function multipart(c: Context<WorkEnv>) {
  try {
    return await c.req.parseBody();
  } catch {
    throw badParameter(
      "file",
      "multipart/form-data の本文を読めません（boundary がないか、区切りが壊れています）。ファイルは file という名前で送るか、本文にそのまま送ってください。",
    );
  }
}

function decodedFileName(encoded: string): string {
  let name: string;
  try {
    name = decodeURIComponent(encoded);
  } catch {
    throw badParameter(
      "X-File-Name",
      "X-File-Name のファイル名を読めません。名前を URL エンコード（encodeURIComponent）して送ってください。",
    );
  }
  return withoutNul("X-File-Name", name);
}

const attachment = (c: Context, bytes: Uint8Array, fileName: string) =>
  c.body(new Uint8Array(bytes), 200, { "Content-Type": XLSX, "Content-Disposition": disposition(fileName) });

/** Anonymous uploads are refused before anything else: the body is neither counted nor read. */
const signedIn: MiddlewareHandler<WorkEnv> = async (c, next) => {
  if (!c.get("principal")) throw unauthenticated();
  await next();
};

const limit = bodyLimit({
  maxSize: MAX_UPLOAD,
  onError: (c) =>
    c.json(
      {
        code: "too_large",
        message: "ファイルが大きすぎます（20MB まで）。担当課ごとのブックに分けて取り込んでください。",
      },
      413,
    ),
});

// ---- declarations ----

const cycleId = id("id", "評価年度のID");

const binary = { type: "string", format: "binary" } as const;
/** An upload: the file as the body (any type but multipart is read as the file's bytes), or multipart. */
const uploadRoute = {
  middleware: [signedIn, limit] as MiddlewareHandler<WorkEnv>[],
  request: {
    query: z.object({
      name: z.string().optional().openapi({ description: "ファイル名（X-File-Name がないとき）" }),
    }),
    headers: z.object({
      "X-File-Name": z.string().optional().openapi({
        description:
          "ファイル名（URL エンコード、encodeURIComponent）。CSV の誤りはこの名前のシートとして示す。multipart/form-data のときは file の名前を使う",
        example: "hokkaido-sogo-keikaku-2024-%E7%94%A3%E6%A5%AD%E6%8C%AF%E8%88%88%E8%AA%B2.xlsx",
      }),
    }),
    body: {
      required: true,
      description:
        "ファイル（xlsx か CSV）を本文にそのまま、または multipart/form-data の file として。20MB まで",
      content: {
        [XLSX]: { schema: binary },
        "text/csv": { schema: binary },
        "multipart/form-data": {
          schema: { type: "object" as const, properties: { file: binary }, required: ["file"] },
        },
      },
    },
  },
};

/** The file name sent with an upload: X-File-Name, else the `name` query parameter (both URL-encoded). */
const sentName = (header: { "X-File-Name"?: string | undefined }, query: { name?: string | undefined }) =>
  header["X-File-Name"] ?? query.name;

const getWorkbook = createRoute({
  method: "get",
  path: "/cycles/{id}/workbook",
  operationId: "getCycleWorkbook",
  tags: [TAGS.workbooks.name],
  summary: "担当課の入力用ブック（xlsx）",
  description:
    "実績値・予算・評価文・説明のシートと、識別用の隠しシート（計画・年度・担当課・ダウンロードした時点の値）。自分が編集できる担当課のもの",
  security: SESSION,
  request: {
    params: z.object({ id: cycleId }),
    query: z.object({ department: id("department", "担当課のID（自分が編集できる担当課）") }),
  },
  responses: {
    200: file("入力用ブック", XLSX),
    ...errors(401, 403, 404),
  },
});

const previewRoute = createRoute({
  method: "post",
  path: "/cycles/{id}/workbook/preview",
  operationId: "previewCycleWorkbook",
  tags: [TAGS.workbooks.name],
  summary: "入力用ブック・CSV の検査と変更点の一覧",
  description: "何も書き込まない。誤りのあるセルは ok: false の errors に（422 ではなく 200）",
  security: SESSION,
  ...uploadRoute,
  request: { ...uploadRoute.request, params: z.object({ id: cycleId }) },
  responses: {
    200: json(WorkbookPreview, "検査の結果"),
    ...errors(401, 403, 404, 409, 413, 422),
  },
});

const applyRoute = createRoute({
  method: "post",
  path: "/cycles/{id}/workbook/apply",
  operationId: "applyCycleWorkbook",
  tags: [TAGS.workbooks.name],
  summary: "入力用ブック・CSV の取込",
  description:
    "1トランザクションで取り込む（監査記録に取り込んだ人）。誤りのあるセルが一つでもあれば 422（errors: sheet, row, column, message）で、何も書き込まない。ダウンロード後に Hyoka で変わった値は取り込まず conflicts に",
  security: SESSION,
  ...uploadRoute,
  request: { ...uploadRoute.request, params: z.object({ id: cycleId }) },
  responses: {
    200: json(WorkbookApplied, "取り込んだ変更と、取り込まなかった競合"),
    ...errors(401, 403, 404, 409, 413, 422),
  },
});

const templateRoute = createRoute({
  method: "get",
  path: "/plan-setup/template.xlsx",
  operationId: "getPlanSetupTemplate",
  tags: [TAGS.workbooks.name],
  summary: "計画設定用ブックのひな形",
  description: "計画・体系・事業・指標・目標・実績・参考値・予算のシートと説明。サインイン不要",
  security: PUBLIC,
  responses: {
    200: file("ひな形", XLSX),
    ...errors(),
  },
});

const planSetupPreviewRoute = createRoute({
  method: "post",
  path: "/plan-setup/preview",
  operationId: "previewPlanSetup",
  tags: [TAGS.workbooks.name],
  summary: "計画設定用ブックの検査",
  description:
    "作成・更新される計画と件数、または誤りのあるセル（ok: false の errors、200）。何も書き込まない。管理者か政策評価担当",
  security: SESSION,
  ...uploadRoute,
  responses: {
    200: json(PlanSetupPreview, "検査の結果"),
    ...errors(401, 403, 413, 422),
  },
});

const planSetupRoute = createRoute({
  method: "post",
  path: "/plan-setup",
  operationId: "applyPlanSetup",
  tags: [TAGS.workbooks.name],
  summary: "計画設定用ブックから計画を作成・更新",
  description:
    "管理者、または計画の政策評価担当（新しい計画は政策評価担当なら誰でも）。同じキーの計画はブックの内容で置き換わる。誤りのあるセルが一つでもあれば 422（errors）で、何も登録しない",
  security: SESSION,
  ...uploadRoute,
  responses: {
    201: json(PlanSetupApplied, "作成・更新した計画と件数"),
    ...errors(401, 403, 413, 422),
  },
});

export function workbookRoutes(store: Store, profiles: ReadonlyMap<string, RuleProfile>) {
  const { db } = store;
  const r = router();
  const who = (c: Context<WorkEnv>) => c.get("principal");

  r.openapi(getWorkbook, async (c) => {
    const { id } = c.req.valid("param");
    const { department } = c.req.valid("query");
    const { fileName, bytes } = await downloadValuesWorkbook(db, profiles, who(c), id, department);
    return attachment(c, bytes, fileName);
  });
  r.openapi(previewRoute, async (c) => {
    const { id } = c.req.valid("param");
    const file = await uploaded(c, sentName(c.req.valid("header"), c.req.valid("query")));
    return c.json(await previewWorkbook(db, profiles, who(c), { cycleId: id }, file.bytes, file.name), 200);
  });
  r.openapi(applyRoute, async (c) => {
    const { id } = c.req.valid("param");
    const file = await uploaded(c, sentName(c.req.valid("header"), c.req.valid("query")));
    return c.json(await applyWorkbook(db, profiles, who(c), { cycleId: id }, file.bytes, file.name), 200);
  });

  r.openapi(templateRoute, async (c) =>
    attachment(c, await planSetupTemplate(profiles), "hyoka-plan-setup-template.xlsx"),
  );
  r.openapi(planSetupPreviewRoute, async (c) => {
    const file = await uploaded(c, sentName(c.req.valid("header"), c.req.valid("query")));
    return c.json(await previewPlanSetup(db, profiles, who(c), file.bytes, file.name), 200);
  });
  r.openapi(planSetupRoute, async (c) => {
    const file = await uploaded(c, sentName(c.req.valid("header"), c.req.valid("query")));
    return c.json(await applyPlanSetup(db, profiles, who(c), file.bytes, file.name), 201);
  });
  return r;
}
