// Routes of the Excel round trip and of plan set-up: download a department's workbook, upload one (or a
// CSV) to preview or apply, download the plan set-up template and upload a filled-in one. Uploads are
// the raw file as the body (or multipart/form-data with a "file" field); rights are checked by the
// services.
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Store } from "../db/connect.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import { unauthenticated } from "../services/problem.ts";
import { applyPlanSetup, planSetupTemplate, previewPlanSetup } from "../services/plan-setup.ts";
import { applyWorkbook, downloadValuesWorkbook, previewWorkbook } from "../services/workbook.ts";
import { badParameter, disposition, requiredId, withoutNul } from "./http.ts";
import type { WorkEnv } from "./work-routes.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Uploads up to 20 MB: a 10,000-row workbook is about 1 MB. */
const MAX_UPLOAD = 20 * 1024 * 1024;

/**
 * The uploaded file: multipart "file", else the raw body; its name from the part or X-File-Name (URL
 * encoded). Nothing is read or decoded before the sender is known to be signed in.
 */
async function uploaded(c: Context<WorkEnv>): Promise<{ bytes: Uint8Array; name: string }> {
  if (!c.get("principal")) throw unauthenticated();
  const type = c.req.header("content-type") ?? "";
  if (type.startsWith("multipart/form-data")) {
    const file = (await multipart(c))["file"];
    if (!(file instanceof File)) {
      throw badParameter("file", "file という名前でファイルを送ってください。");
    }
    return { bytes: new Uint8Array(await file.arrayBuffer()), name: withoutNul("file", file.name) };
  }
  const name = decodedFileName(c.req.header("x-file-name") ?? c.req.query("name") ?? "upload");
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

export function workbookRoutes(store: Store, profiles: ReadonlyMap<string, RuleProfile>) {
  const { db } = store;
  const r = new Hono<WorkEnv>();
  const who = (c: Context<WorkEnv>) => c.get("principal");

  r.get("/cycles/:id/workbook", async (c) => {
    const cycleId = requiredId("id", c.req.param("id"));
    const department = requiredId("department", c.req.query("department"));
    const { fileName, bytes } = await downloadValuesWorkbook(db, profiles, who(c), cycleId, department);
    return attachment(c, bytes, fileName);
  });
  r.post("/cycles/:id/workbook/preview", limit, async (c) => {
    const cycleId = requiredId("id", c.req.param("id"));
    const file = await uploaded(c);
    return c.json(await previewWorkbook(db, profiles, who(c), { cycleId }, file.bytes, file.name));
  });
  r.post("/cycles/:id/workbook/apply", limit, async (c) => {
    const cycleId = requiredId("id", c.req.param("id"));
    const file = await uploaded(c);
    return c.json(await applyWorkbook(db, profiles, who(c), { cycleId }, file.bytes, file.name));
  });

  r.get("/plan-setup/template.xlsx", async (c) =>
    attachment(c, await planSetupTemplate(profiles), "hyoka-plan-setup-template.xlsx"),
  );
  r.post("/plan-setup/preview", limit, async (c) => {
    const file = await uploaded(c);
    return c.json(await previewPlanSetup(db, profiles, who(c), file.bytes, file.name));
  });
  r.post("/plan-setup", limit, async (c) => {
    const file = await uploaded(c);
    return c.json(await applyPlanSetup(db, profiles, who(c), file.bytes, file.name), 201);
  });
  return r;
}

// ---- OpenAPI (merged into /api/openapi.json by the lead) ------------------------------------------------

const problem = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/ApiError" } } },
});
const pathId = {
  name: "id",
  in: "path",
  required: true,
  description: "評価年度のID",
  schema: { type: "integer", minimum: 1 },
};
const upload = {
  required: true,
  description:
    "ファイル（本文にそのまま、または multipart/form-data の file）。名前は X-File-Name ヘッダーで",
  content: {
    [XLSX]: { schema: { type: "string", format: "binary" } },
    "text/csv": { schema: { type: "string", format: "binary" } },
    "multipart/form-data": {
      schema: { type: "object", properties: { file: { type: "string", format: "binary" } } },
    },
  },
};
const previewResult = {
  description:
    "ok: false のときは errors（sheet, row, column, message, label）。ok: true のときは changes（old → new）、conflicts（ダウンロード後に Hyoka で変わった値。取り込まない）、unchanged",
  content: { "application/json": { schema: { type: "object" } } },
};

export const workbookOpenApiPaths = {
  "/api/cycles/{id}/workbook": {
    get: {
      summary: "担当課の入力用ブック（xlsx）: 実績値・予算・評価文・説明、識別用の隠しシート",
      parameters: [
        pathId,
        {
          name: "department",
          in: "query",
          required: true,
          description: "担当課のID（自分が編集できる担当課）",
          schema: { type: "integer", minimum: 1 },
        },
      ],
      responses: {
        "200": { description: "入力用ブック", content: { [XLSX]: {} } },
        "401": problem("サインインが必要"),
        "403": problem("その担当課を編集する権限がない"),
        "404": problem("評価年度または担当課が見つからない"),
      },
    },
  },
  "/api/cycles/{id}/workbook/preview": {
    post: {
      summary: "入力用ブック・CSV の検査と変更点の一覧（何も書き込まない）",
      parameters: [pathId],
      requestBody: upload,
      responses: {
        "200": previewResult,
        "401": problem("サインインが必要"),
        "409": problem("別の計画・年度のブック（wrong_cycle）、公表済みの年度（published）"),
        "413": problem("20MB を超える"),
        "422": problem("ブックでも CSV でもない（not_workbook）、計画設定用のブック（wrong_workbook）"),
      },
    },
  },
  "/api/cycles/{id}/workbook/apply": {
    post: {
      summary: "入力用ブック・CSV の取込（1トランザクション、監査記録に取り込んだ人）",
      parameters: [pathId],
      requestBody: upload,
      responses: {
        "200": {
          description: "取り込んだ変更（applied, items）と、取り込まなかった競合（conflicts）",
          content: { "application/json": { schema: { type: "object" } } },
        },
        "401": problem("サインインが必要"),
        "409": problem("別の計画・年度のブック、公表済みの年度、取込中の同時更新（conflict）"),
        "413": problem("20MB を超える"),
        "422": problem("誤りのあるセルがある（errors: sheet, row, column, message）。何も書き込まない"),
      },
    },
  },
  "/api/plan-setup/template.xlsx": {
    get: {
      summary: "計画設定用ブックのひな形（計画・体系・事業・指標・目標・実績・参考値・予算・説明）",
      responses: { "200": { description: "ひな形", content: { [XLSX]: {} } } },
    },
  },
  "/api/plan-setup/preview": {
    post: {
      summary: "計画設定用ブックの検査（作成・更新される件数、誤りのあるセル）",
      requestBody: upload,
      responses: {
        "200": previewResult,
        "401": problem("サインインが必要"),
        "403": problem("管理者・その計画の政策評価担当以外"),
        "422": problem("計画設定用のブックではない"),
      },
    },
  },
  "/api/plan-setup": {
    post: {
      summary: "計画設定用ブックから計画を作成・更新（管理者、または計画の政策評価担当）",
      requestBody: upload,
      responses: {
        "201": {
          description: "作成・更新した計画のキーと件数",
          content: { "application/json": { schema: { type: "object" } } },
        },
        "401": problem("サインインが必要"),
        "403": problem("管理者・その計画の政策評価担当以外"),
        "422": problem("誤りのあるセルがある（errors）。何も書き込まない"),
      },
    },
  },
} as const;
