// `hyoka import` with workbooks, as a user runs it, on both databases: without --apply it prints the
// changes (or every error with its cell) and writes nothing; with --apply it applies, naming the user
// given with --as in the audit trail. Values CSV files and plan set-up workbooks go the same way; seed
// documents are imported as before.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { itemView } from "../../src/services/cycle.ts";
import { downloadValuesWorkbook } from "../../src/services/workbook.ts";
import { hyoka } from "../support/cli.ts";
import { seedPath } from "../support/seeds.ts";
import { DIALECTS, tableCounts } from "../support/stores.ts";
import { type Fixture, editWorkbook, enteredValues, setUp } from "./support.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/workbook/", import.meta.url));
const profiles = loadProfiles();
const LABEL = "製造業の付加価値生産性（暦年） 2023年度";

for (const dialect of DIALECTS) {
  describe(`hyoka import of workbooks on ${dialect}`, () => {
    let f: Fixture;
    let dir: string;
    let workbook: string;
    const run = (...args: string[]) => hyoka(["--db", f.store.url, "import", ...args]);

    beforeAll(async () => {
      f = await setUp(dialect);
      dir = mkdtempSync(join(tmpdir(), "hyoka-wb-cli-"));
      const { bytes } = await downloadValuesWorkbook(
        f.store.db,
        profiles,
        f.users.editor,
        f.cycleId,
        f.departmentId,
      );
      workbook = join(dir, "values.xlsx");
      writeFileSync(workbook, await editWorkbook(bytes, { "実績値!F5": 1200, "実績値!I5": 1280 }));
      writeFileSync(
        join(dir, "errors.xlsx"),
        await editWorkbook(bytes, { "実績値!F5": "千二百", "予算!F3": 1.5 }),
      );
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await f.store.cleanup();
    });

    it("without --apply: prints old → new and writes nothing", async () => {
      const counts = await tableCounts(f.store);
      const r = await run(workbook, "--as", "editor@example.jp");
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
      expect(r.stdout.split("\n")).toEqual([
        `${workbook}: 北海道総合計画 2024年度（xlsx、102 行）`,
        "変更 2 件:",
        `  「実績値」シート 5行 F列 2(2)A_0505 ${LABEL} 実績値: （空欄） → 1200.0`,
        `  「実績値」シート 5行 I列 2(2)A_0505 ${LABEL} 目標値: （空欄） → 1280.0`,
        // 15 indicator rows × 4 cells + 27 budget rows + 60 text rows − the 2 changed.
        "変更のないセル 145 件。",
        "  検査のみで、何も書き込んでいません。反映するには --apply を付けてください。",
        "",
      ]);
      const item = await itemView(f.store.db, profiles, f.users.editor, f.cycleId, f.nodeId);
      expect(enteredValues(item.entries)).toEqual({});
      expect(await tableCounts(f.store)).toEqual(counts);
    });

    it("errors: every one with its cell on stderr, exit 1, nothing written", async () => {
      const r = await run(join(dir, "errors.xlsx"), "--as", "editor@example.jp", "--apply");
      expect(r.status).toBe(1);
      expect(r.stderr.split("\n")).toEqual([
        `✗ 「実績値」シート 5行 F列: ${LABEL} 実績値: 数値で入力してください（単位: 万円）: 「千二百」`,
        "✗ 「予算」シート 3行 F列: プロダクトデザイン活用促進事業 予算額（千円）: 整数で入力してください（単位: 千円）: 「1.5」",
        `✗ ${join(dir, "errors.xlsx")}: ファイルに誤りが 2 件あります。何も取り込んでいません。直してからもう一度アップロードしてください。`,
        `  → ${join(dir, "errors.xlsx")} は取り込みませんでした（データベースは変更していません）。`,
        "",
      ]);
      const item = await itemView(f.store.db, profiles, f.users.editor, f.cycleId, f.nodeId);
      expect(enteredValues(item.entries)).toEqual({});
    });

    it("a workbook upload needs --as; a file that is not a workbook is refused", async () => {
      const noUser = await run(workbook);
      expect(noUser.status).toBe(1);
      expect(noUser.stderr).toContain(
        "入力用ブック・CSV の取り込みには、取り込む利用者を --as <メールアドレス> で指定してください",
      );
      const unknown = await run(workbook, "--as", "nobody@example.jp");
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain("利用者「nobody@example.jp」が見つかりません。");
      const fake = await run(join(FIXTURES, "fake.xlsx"), "--as", "editor@example.jp");
      expect(fake.status).toBe(1);
      expect(fake.stderr).toContain("Excel ブック（.xlsx）として読めません。");
      expect(fake.stderr).not.toMatch(/at .*\.ts:\d+/);
    });

    it("--apply: applied, and the audit trail names the --as user", async () => {
      const r = await run(workbook, "--as", "editor@example.jp", "--apply");
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(
        "✓ 2 件を反映しました（評価項目 1 件、取り込んだ人: editor <editor@example.jp>）。",
      );
      const item = await itemView(f.store.db, profiles, f.users.editor, f.cycleId, f.nodeId);
      expect(enteredValues(item.entries)).toEqual({
        [`actual/${f.indicatorId}/2023/value`]: "1200.0",
        [`target/${f.indicatorId}/2023`]: "1280.0",
      });
      const trail = await f.store.db
        .selectFrom("audit_log")
        .select(["user_name", "field"])
        .where("action", "=", "upload")
        .orderBy("id")
        .execute();
      expect(trail).toEqual([
        { user_name: "editor <editor@example.jp>", field: `actual/${f.indicatorId}/2023/value` },
        { user_name: "editor <editor@example.jp>", field: `target/${f.indicatorId}/2023` },
      ]);
    });

    it("a values CSV names its plan and year with --plan and --year", async () => {
      const csv = join(FIXTURES, "values-sjis.csv");
      const without = await run(csv, "--as", "editor@example.jp");
      expect(without.status).toBe(1);
      expect(without.stderr).toContain("--plan <計画キー> --year <評価年度>");
      const r = await run(
        csv,
        "--as",
        "editor@example.jp",
        "--plan",
        "hokkaido-sogo-keikaku",
        "--year",
        "2024",
      );
      expect(r.status).toBe(0);
      expect(r.stdout).toContain("（csv、shift_jis、2 行）");
      expect(r.stdout).toContain(
        "  values-sjis.csv 3行 H列 2(2)A_0505 製造業の付加価値生産性（暦年） 2022年度 備考: （空欄） → ①速報値を確認中～髙橋係長",
      );
    });

    it("plan set-up workbooks are checked, then applied with --apply; seed documents import as before", async () => {
      const sample = join(FIXTURES, "plan-setup-sample.xlsx");
      const check = await run(sample);
      expect(check.status).toBe(0);
      expect(check.stdout).toContain(
        "計画設定ブック。新規作成: サンプル市総合計画（sample-city-sogo）: 施策等 3、事業 2（掲載 3）、指標 3、目標値 5、実績値等 5、予算行 2",
      );
      const applied = await run(sample, "--apply");
      expect(applied.status).toBe(0);
      expect(applied.stdout).toContain("✓ ");
      expect(applied.stdout).toContain("計画を作成しました: サンプル市総合計画（sample-city-sogo）");
      const seed = await run(seedPath("001"));
      expect(seed.status).toBe(0);
      expect(seed.stdout).toMatch(/^✓ .*001_.*support-plan/);
      expect(readFileSync(seedPath("001")).length).toBeGreaterThan(0);
    });
  });
}
