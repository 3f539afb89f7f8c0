// The workbook routes through the HTTP API, on both databases: download (403 for another department,
// 401 anonymous), preview and apply (raw body or multipart), the same-origin check, and plan set-up.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { createApp } from "../../src/server/app.ts";
import { ORIGIN, makeUser, signIn } from "../support/accounts.ts";
import { DIALECTS } from "../support/stores.ts";
import { type Fixture, editWorkbook, enteredValues, setUp } from "./support.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SAMPLE = readFileSync(
  fileURLToPath(new URL("../fixtures/workbook/plan-setup-sample.xlsx", import.meta.url)),
);

for (const dialect of DIALECTS) {
  describe(`workbook API on ${dialect}`, () => {
    let f: Fixture;
    let app: ReturnType<typeof createApp>;
    const cookies: Record<string, string> = {};

    beforeAll(async () => {
      f = await setUp(dialect);
      await makeUser(f.store, "admin@example.jp", "admin");
      app = createApp(f.store, loadProfiles(), {
        auth: { secret: "test-secret-0123456789abcdef0123456789" },
      });
      for (const name of ["editor", "other", "admin"]) {
        const { cookie } = await signIn(app, `${name}@example.jp`);
        if (!cookie) throw new Error(`sign-in failed for ${name}`);
        cookies[name] = cookie;
      }
    });
    afterAll(async () => f.store.cleanup());

    const get = (path: string, who?: string) =>
      app.request(`${ORIGIN}${path}`, { headers: who ? { Cookie: cookies[who]! } : {} });
    const post = (path: string, who: string, body: BodyInit, headers: Record<string, string> = {}) =>
      app.request(`${ORIGIN}${path}`, {
        method: "POST",
        headers: { Cookie: cookies[who]!, Origin: ORIGIN, ...headers },
        body,
      });
    const workbookPath = () => `/api/cycles/${f.cycleId}/workbook`;

    it("download: the editor's department as xlsx; another department 403; anonymous 401", async () => {
      const res = await get(`${workbookPath()}?department=${f.departmentId}`, "editor");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(XLSX);
      expect(res.headers.get("content-disposition")).toContain(
        `filename*=UTF-8''${encodeURIComponent("hokkaido-sogo-keikaku-2024-産業振興課.xlsx")}`,
      );
      expect(new Uint8Array(await res.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
      const other = await get(`${workbookPath()}?department=${f.departmentId}`, "other");
      expect(other.status).toBe(403);
      expect(await other.json()).toMatchObject({ code: "forbidden" });
      expect((await get(`${workbookPath()}?department=${f.departmentId}`)).status).toBe(401);
      expect((await get(`${workbookPath()}?department=x`, "editor")).status).toBe(400);
    });

    it("preview (raw body and multipart), refusal of another department's rows, apply", async () => {
      const downloaded = new Uint8Array(
        await (await get(`${workbookPath()}?department=${f.departmentId}`, "editor")).arrayBuffer(),
      );
      const edited = await editWorkbook(downloaded, { "実績値!F5": 1200, "評価文!D2": "分析（API）" });
      const raw = await post(`${workbookPath()}/preview`, "editor", new Uint8Array(edited), {
        "Content-Type": XLSX,
        "X-File-Name": encodeURIComponent("値.xlsx"),
      });
      expect(raw.status).toBe(200);
      const preview = (await raw.json()) as {
        ok: boolean;
        file: string;
        changes: { field: string; new: string }[];
      };
      expect(preview.ok).toBe(true);
      expect(preview.file).toBe("値.xlsx");
      expect(preview.changes.map((c) => [c.field, c.new])).toEqual([
        [`actual/${f.indicatorId}/2023/value`, "1200.0"],
        ["analysis", "分析（API）"],
      ]);
      const form = new FormData();
      form.append("file", new File([new Uint8Array(edited)], "values.xlsx", { type: XLSX }));
      const multipart = await post(`${workbookPath()}/preview`, "editor", form);
      expect(((await multipart.json()) as { changes: unknown[] }).changes).toEqual(preview.changes);

      // Another department's editor: every changed row refused, nothing applied.
      const refused = await post(`${workbookPath()}/apply`, "other", new Uint8Array(edited));
      expect(refused.status).toBe(422);
      const body = (await refused.json()) as { code: string; errors: { sheet: string; row: number }[] };
      expect(body.code).toBe("invalid");
      expect(body.errors.map((e) => [e.sheet, e.row])).toEqual([
        ["実績値", 5],
        ["評価文", 2],
      ]);
      // From another origin: refused before anything is read.
      const csrf = await app.request(`${ORIGIN}${workbookPath()}/apply`, {
        method: "POST",
        headers: { Cookie: cookies.editor!, Origin: "https://evil.example" },
        body: new Uint8Array(edited),
      });
      expect(csrf.status).toBe(403);

      const applied = await post(`${workbookPath()}/apply`, "editor", new Uint8Array(edited), {
        "X-File-Name": "values.xlsx",
      });
      expect(applied.status).toBe(200);
      expect(await applied.json()).toMatchObject({ ok: true, applied: 2, items: 1 });
      const item = await get(`/api/cycles/${f.cycleId}/items/${f.nodeId}`, "editor");
      const view = (await item.json()) as {
        entries: Record<string, string>;
        history: { action: string; user: string }[];
      };
      expect(enteredValues(view.entries)).toEqual({
        [`actual/${f.indicatorId}/2023/value`]: "1200.0",
        analysis: "分析（API）",
      });
      expect(view.history.filter((h) => h.action === "upload").map((h) => h.user)).toEqual([
        "editor <editor@example.jp>",
        "editor <editor@example.jp>",
      ]);
      const notWorkbook = await post(`${workbookPath()}/preview`, "editor", "hello");
      expect(notWorkbook.status).toBe(422);
      expect(await notWorkbook.json()).toMatchObject({ code: "not_workbook" });
    });

    it("bad uploads are 400 or a listed problem, never a 500; anonymous is refused before anything is read", async () => {
      const uploads = [
        `${workbookPath()}/preview`,
        `${workbookPath()}/apply`,
        "/api/plan-setup/preview",
        "/api/plan-setup",
      ];
      for (const path of uploads) {
        // A truncated percent-encoding in the file name: 400 naming the header, for anyone signed in.
        const badName = await post(path, "admin", "a,b\n", { "X-File-Name": "%E0%A4%A" });
        expect([path, badName.status]).toEqual([path, 400]);
        expect(await badName.json()).toMatchObject({ code: "bad_parameter", parameter: "X-File-Name" });
        // Anonymous: 401, the header not even decoded.
        const anonymous = await app.request(`${ORIGIN}${path}`, {
          method: "POST",
          headers: { Origin: ORIGIN, "X-File-Name": "%E0%A4%A" },
          body: "a,b\n",
        });
        expect([path, anonymous.status]).toEqual([path, 401]);
        // multipart/form-data that is none (no boundary; parts never closed): 400 naming "file", not a 500
        // (found by test/integration/api-fuzz.test.ts).
        for (const [type, body] of [
          ["multipart/form-data", "a,b\n"],
          ["multipart/form-data; boundary=x", "--x\r\ngarbage"],
        ]) {
          const broken = await post(path, "admin", body!, { "Content-Type": type! });
          expect([path, type, broken.status]).toEqual([path, type, 400]);
          expect(await broken.json()).toMatchObject({ code: "bad_parameter", parameter: "file" });
        }
      }
      // A CSV whose quote never closes (line 2 opens it): a problem the preview lists, not a 500.
      const unclosed = 'シート,行\n実績値,"5\n';
      for (const path of [`${workbookPath()}/preview`, "/api/plan-setup/preview"]) {
        const res = await post(path, "admin", unclosed, { "X-File-Name": "values.csv" });
        expect([path, res.status]).toEqual([path, 422]);
        expect(JSON.stringify(await res.json())).toContain("2 件目の行で始まる引用符");
      }
    });

    it("plan set-up: the template for anyone; creating a plan needs an administrator or evaluator", async () => {
      const template = await get("/api/plan-setup/template.xlsx");
      expect(template.status).toBe(200);
      expect(template.headers.get("content-type")).toBe(XLSX);
      const byEditor = await post("/api/plan-setup", "editor", new Uint8Array(SAMPLE));
      expect(byEditor.status).toBe(403);
      const byAdmin = await post("/api/plan-setup", "admin", new Uint8Array(SAMPLE), {
        "X-File-Name": "sample.xlsx",
      });
      expect(byAdmin.status).toBe(201);
      expect(await byAdmin.json()).toMatchObject({
        plan: { key: "sample-city-sogo", created: true },
        counts: { nodes: 3, programs: 2, indicators: 3 },
      });
      const plan = await get("/api/plans/sample-city-sogo");
      expect(plan.status).toBe(200);
    });
  });
}
