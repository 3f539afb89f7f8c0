// The Excel round trip through the services, on both databases: download a department's workbook,
// change it with exceljs as a person would, preview (old → new), apply; the values are in the item
// (recomputed rate and grade) and in the audit trail under the uploader's name. A workbook with errors
// changes nothing and lists every error with its cell; other departments' rows, other plans and years
// are refused; a value changed in Hyoka since the download is a conflict, not overwritten.
// Hand calculation: 1,200.0 ÷ 1,280.0 = 93.75% → 93.8 (one decimal, half-up) → Ｂ (Ａ ≥ 100, Ｂ ≥ 90).
import { principalByEmail } from "../../src/auth/auth.ts";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { itemView, openCycle, saveItem } from "../../src/services/cycle.ts";
import { Problem } from "../../src/services/problem.ts";
import {
  type WorkbookPreview,
  applyWorkbook,
  downloadValuesWorkbook,
  previewWorkbook,
} from "../../src/services/workbook.ts";
import { makeUser } from "../support/accounts.ts";
import { DIALECTS, tableCounts } from "../support/stores.ts";
import { type Fixture, PLAN, editWorkbook, enteredValues, setUp, sheetRows } from "./support.ts";

const profiles = loadProfiles();
const NODE = "2(2)A_0505";
const NODE_NAME = "高い付加価値を生み出すものづくり産業の振興";

async function auditCount(f: Fixture) {
  const r = await f.store.db
    .selectFrom("audit_log")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

async function itemState(f: Fixture) {
  return f.store.db
    .selectFrom("evaluation_items")
    .select(["node_id", "content", "version"])
    .where("cycle_id", "=", f.cycleId)
    .orderBy("node_id")
    .execute();
}

const located = (p: { sheet: string; row: number; column: string; message: string }) => ({
  sheet: p.sheet,
  row: p.row,
  column: p.column,
  message: p.message,
});

async function refusal(promise: Promise<unknown>): Promise<Problem> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof Problem) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

for (const dialect of DIALECTS) {
  describe(`workbook round trip on ${dialect}`, () => {
    let f: Fixture;
    let ind2: number;
    beforeAll(async () => {
      f = await setUp(dialect);
      ind2 = (
        await f.store.db
          .selectFrom("indicators")
          .select("id")
          .where("name", "=", "加工組立型工業の製造品出荷額等")
          .executeTakeFirstOrThrow()
      ).id;
    });
    afterAll(async () => f.store.cleanup());

    const download = async () =>
      (await downloadValuesWorkbook(f.store.db, profiles, f.users.editor, f.cycleId, f.departmentId)).bytes;

    it("the download: current values, locked keys, lists, number checks, a hidden identifying sheet", async () => {
      const { fileName, bytes } = await downloadValuesWorkbook(
        f.store.db,
        profiles,
        f.users.editor,
        f.cycleId,
        f.departmentId,
      );
      expect(fileName).toBe(`${PLAN}-2024-産業振興課.xlsx`);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(bytes as unknown as ArrayBuffer);
      expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
        ["説明", "visible"],
        ["実績値", "visible"],
        ["予算", "visible"],
        ["評価文", "visible"],
        ["hyoka", "veryHidden"],
      ]);
      const values = await sheetRows(bytes, "実績値");
      // 3 indicators × 2020–2024 (the evaluation year and the four before), after the header.
      expect(values).toHaveLength(16);
      // Seed 000: 製造業の付加価値生産性 R2 (2020) actual 1,057.2, target 1,280.0.
      expect(values[1]).toEqual([
        NODE,
        NODE_NAME,
        "製造業の付加価値生産性（暦年）",
        "万円",
        2020,
        1057.2,
        undefined,
        undefined,
        1280,
        f.nodeId,
        f.indicatorId,
        "1057.2",
        "",
        "",
        "1280.0",
      ]);
      const ws = wb.getWorksheet("実績値")!;
      expect(ws.getCell("F2").numFmt).toBe("#,##0.0");
      expect(ws.getCell("F2").protection?.locked).toBe(false);
      expect(ws.getCell("A2").protection?.locked).not.toBe(false);
      expect((ws as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
      expect(ws.getColumn(10).hidden).toBe(true);
      expect(ws.getCell("G2").dataValidation).toMatchObject({
        type: "list",
        formulae: ['"集計中,調査中,調査未実施,未公表,その他"'],
      });
      expect(ws.getCell("F16").dataValidation).toMatchObject({ type: "decimal" });
      const texts = wb.getWorksheet("評価文")!;
      expect(texts.getCell("D3").dataValidation).toMatchObject({ formulae: ['"○,△,×"'] });
      expect(texts.getCell("D9").dataValidation.formulae[0]).toContain("改善（指標分析）");
      const meta = Object.fromEntries((await sheetRows(bytes, "hyoka")).map((r) => [r[0], r[1]])) as Record<
        string,
        unknown
      >;
      expect(meta).toMatchObject({
        形式: "hyoka-values",
        計画キー: PLAN,
        評価年度: 2024,
        担当課: "産業振興課",
        ダウンロードした人: "editor <editor@example.jp>",
      });
    });

    it("a workbook with errors changes nothing and lists every error with its cell", async () => {
      const bytes = await editWorkbook(await download(), {
        "実績値!F5": "千二百",
        "実績値!I6": "1280.05",
        "実績値!G4": "集計中",
        "実績値!E7": "abc",
        "予算!F2": -5,
        "評価文!D3": "◎",
        "評価文!D7": "まあまあ",
      });
      const counts = await tableCounts(f.store);
      const audits = await auditCount(f);
      const items = await itemState(f);
      const expected = [
        { sheet: "実績値", row: 4, column: "H", message: "状況を選んだときは、備考に理由を書いてください。" },
        { sheet: "実績値", row: 5, column: "F", message: "数値で入力してください（単位: 万円）: 「千二百」" },
        {
          sheet: "実績値",
          row: 6,
          column: "I",
          message: "小数点以下は1桁までで入力してください（単位: 万円）: 「1280.05」",
        },
        {
          sheet: "実績値",
          row: 7,
          column: "E",
          message: "年度が読めません: 「abc」。西暦（2024）か和暦（R6、令和6年度）で入力してください。",
        },
        { sheet: "予算", row: 2, column: "F", message: "負の値は入力できません: 「-5」" },
        { sheet: "評価文", row: 3, column: "D", message: "次のいずれかを選んでください: ○、△、×" },
        {
          sheet: "評価文",
          row: 7,
          column: "D",
          message: "次のいずれかを選んでください: 順調、概ね順調、やや遅れている、遅れている",
        },
      ];
      const preview = await previewWorkbook(
        f.store.db,
        profiles,
        f.users.editor,
        { cycleId: f.cycleId },
        bytes,
        "errors.xlsx",
      );
      expect(preview.ok).toBe(false);
      expect((preview as Extract<WorkbookPreview, { ok: false }>).errors.map(located)).toEqual(expected);
      const refused = await refusal(
        applyWorkbook(f.store.db, profiles, f.users.editor, { cycleId: f.cycleId }, bytes, "errors.xlsx"),
      );
      expect(refused.status).toBe(422);
      expect(refused.message).toBe(
        "ファイルに誤りが 7 件あります。何も取り込んでいません。直してからもう一度アップロードしてください。",
      );
      expect((refused.details.errors as typeof expected).map(located)).toEqual(expected);
      expect(await tableCounts(f.store)).toEqual(counts);
      expect(await auditCount(f)).toBe(audits);
      expect(await itemState(f)).toEqual(items);
    });

    it("rows of another department's items, and workbooks of another plan or year, are refused", async () => {
      const bytes = await editWorkbook(await download(), { "実績値!F5": 1200 });
      const audits = await auditCount(f);
      const other = await previewWorkbook(
        f.store.db,
        profiles,
        f.users.other,
        { cycleId: f.cycleId },
        bytes,
        "a.xlsx",
      );
      expect(other.ok).toBe(false);
      expect((other as Extract<WorkbookPreview, { ok: false }>).errors.map(located)).toEqual([
        {
          sheet: "実績値",
          row: 5,
          column: "",
          message: `「${NODE} ${NODE_NAME}」（担当: 産業振興課、スタートアップ推進室）を編集する権限がありません。自分の担当課の行だけを取り込めます。`,
        },
      ]);
      const forbidden = await refusal(
        downloadValuesWorkbook(f.store.db, profiles, f.users.other, f.cycleId, f.departmentId),
      );
      expect([forbidden.status, forbidden.code]).toEqual([403, "forbidden"]);

      const { id: nextYear } = await openCycle(f.store.db, profiles, f.users.evaluator, PLAN, {
        fiscalYear: 2025,
      });
      const wrongYear = await refusal(
        previewWorkbook(f.store.db, profiles, f.users.editor, { cycleId: nextYear }, bytes, "a.xlsx"),
      );
      expect([wrongYear.status, wrongYear.code]).toEqual([409, "wrong_cycle"]);
      expect(wrongYear.message).toContain("北海道総合計画」2024年度の評価のもの");
      await makeUser(f.store, "admin@example.jp", "admin");
      const admin = await principalByEmail(f.store, "admin@example.jp");
      const { id: otherPlan } = await openCycle(f.store.db, profiles, admin, "hokkaido-society5", {
        fiscalYear: 2024,
      });
      const wrongPlan = await refusal(
        applyWorkbook(f.store.db, profiles, admin, { cycleId: otherPlan }, bytes, "a.xlsx"),
      );
      expect([wrongPlan.status, wrongPlan.code]).toEqual([409, "wrong_cycle"]);
      // Nothing was uploaded.
      const uploads = await f.store.db
        .selectFrom("audit_log")
        .select("id")
        .where("id", ">", audits)
        .where("action", "=", "upload")
        .execute();
      expect(uploads).toEqual([]);
    });

    it("a value changed in Hyoka since the download is flagged per cell and kept", async () => {
      const downloaded = await download();
      const before = await itemView(f.store.db, profiles, f.users.editor, f.cycleId, f.nodeId);
      await saveItem(f.store.db, profiles, f.users.evaluator, f.cycleId, f.nodeId, {
        version: before.version,
        changes: {
          analysis: "評価担当が先に入力",
          [`actual/${f.indicatorId}/2022/value`]: "1100.0",
          "coordination/text": "評価担当の記入",
        },
      });
      const bytes = await editWorkbook(downloaded, {
        "実績値!F4": 1150,
        "実績値!F5": 1200,
        "評価文!D2": "担当課の分析",
      });
      const preview = await previewWorkbook(
        f.store.db,
        profiles,
        f.users.editor,
        { cycleId: f.cycleId },
        bytes,
        "c.xlsx",
      );
      if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
      const brief = (c: {
        sheet: string;
        row: number;
        column: string;
        field: string;
        old: string | null;
        new: string | null;
      }) => [c.sheet, c.row, c.column, c.field, c.old, c.new];
      expect(preview.changes.map(brief)).toEqual([
        ["実績値", 5, "F", `actual/${f.indicatorId}/2023/value`, null, "1200.0"],
      ]);
      expect(preview.conflicts.map((c) => [...brief(c), c.downloaded])).toEqual([
        ["実績値", 4, "F", `actual/${f.indicatorId}/2022/value`, "1100.0", "1150.0", null],
        ["評価文", 2, "D", "analysis", "評価担当が先に入力", "担当課の分析", null],
      ]);
      const applied = await applyWorkbook(
        f.store.db,
        profiles,
        f.users.editor,
        { cycleId: f.cycleId },
        bytes,
        "c.xlsx",
      );
      expect([applied.applied, applied.conflicts.length]).toEqual([1, 2]);
      const after = await itemView(f.store.db, profiles, f.users.editor, f.cycleId, f.nodeId);
      expect(after.entries).toMatchObject({
        analysis: "評価担当が先に入力",
        "coordination/text": "評価担当の記入",
        [`actual/${f.indicatorId}/2022/value`]: "1100.0",
        [`actual/${f.indicatorId}/2023/value`]: "1200.0",
      });
      // Reset for the round trip below.
      await saveItem(f.store.db, profiles, f.users.evaluator, f.cycleId, f.nodeId, {
        version: after.version,
        changes: {
          analysis: "",
          "coordination/text": "",
          [`actual/${f.indicatorId}/2022/value`]: "",
          [`actual/${f.indicatorId}/2023/value`]: "",
        },
      });
    });

    it("round trip: download, edit, preview old → new, apply; values, rates and the audit trail", async () => {
      const bytes = await editWorkbook(await download(), {
        "実績値!F5": 1200,
        "実績値!I5": "１，２８０．０",
        "実績値!G10": "集計中",
        "実績値!H10": "令和6年秋に公表予定",
        "予算!F2": 4500,
        "評価文!D2": "付加価値生産性は回復傾向。",
        "評価文!D3": "○",
        "評価文!D9": "継続",
      });
      const preview = await previewWorkbook(
        f.store.db,
        profiles,
        f.users.editor,
        { cycleId: f.cycleId },
        bytes,
        "r.xlsx",
      );
      if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
      const expected = [
        [
          "実績値",
          5,
          "F",
          `actual/${f.indicatorId}/2023/value`,
          "製造業の付加価値生産性（暦年） 2023年度 実績値",
          null,
          "1200.0",
        ],
        [
          "実績値",
          5,
          "I",
          `target/${f.indicatorId}/2023`,
          "製造業の付加価値生産性（暦年） 2023年度 目標値",
          null,
          "1280.0",
        ],
        [
          "実績値",
          10,
          "G",
          `actual/${ind2}/2023/status`,
          "加工組立型工業の製造品出荷額等（暦年） 2023年度 状況",
          null,
          "集計中",
        ],
        [
          "実績値",
          10,
          "H",
          `actual/${ind2}/2023/note`,
          "加工組立型工業の製造品出荷額等（暦年） 2023年度 備考",
          null,
          "令和6年秋に公表予定",
        ],
        ["予算", 2, "F", `budget/${f.programId}`, "機械工業振興事業費補助金 予算額（千円）", null, "4500"],
        ["評価文", 2, "D", "analysis", "分析", null, "付加価値生産性は回復傾向。"],
        ["評価文", 3, "D", "coordination/rating", "連携状況の判定", null, "○"],
        ["評価文", 9, "D", `direction/${f.programId}`, "機械工業振興事業費補助金 方向性", null, "継続"],
      ];
      expect(preview.changes.map((c) => [c.sheet, c.row, c.column, c.field, c.label, c.old, c.new])).toEqual(
        expected,
      );
      expect(preview.conflicts).toEqual([]);
      // The preview wrote nothing.
      const untouched = await itemView(f.store.db, profiles, f.users.editor, f.cycleId, f.nodeId);
      expect(untouched.entries[`actual/${f.indicatorId}/2023/value`]).toBeUndefined();
      const audits = await auditCount(f);

      const applied = await applyWorkbook(
        f.store.db,
        profiles,
        f.users.editor,
        { cycleId: f.cycleId },
        bytes,
        "r.xlsx",
      );
      expect([applied.applied, applied.items]).toEqual([8, 1]);
      const item = await itemView(f.store.db, profiles, f.users.viewer, f.cycleId, f.nodeId);
      expect(enteredValues(item.entries)).toEqual({
        [`actual/${f.indicatorId}/2023/value`]: "1200.0",
        [`target/${f.indicatorId}/2023`]: "1280.0",
        [`actual/${ind2}/2023/status`]: "集計中",
        [`actual/${ind2}/2023/note`]: "令和6年秋に公表予定",
        [`budget/${f.programId}`]: "4500",
        analysis: "付加価値生産性は回復傾向。",
        "coordination/rating": "○",
        [`direction/${f.programId}`]: "継続",
      });
      expect(item.indicators.find((i) => i.id === f.indicatorId)!.record).toMatchObject({
        rate: "93.8",
        grade: "Ｂ",
        actual: { value: "1200.0" },
      });
      const trail = await f.store.db
        .selectFrom("audit_log")
        .select(["user_name", "action", "field", "old_value", "new_value", "reason"])
        .where("id", ">", 0)
        .orderBy("id")
        .execute();
      const uploads = trail.slice(audits);
      expect(
        uploads.map((a) => [a.action, a.user_name, a.field, a.old_value, a.new_value, a.reason]),
      ).toEqual(
        expected.map((e) => [
          "upload",
          "editor <editor@example.jp>",
          e[3],
          null,
          e[6],
          "ファイル「r.xlsx」から取込",
        ]),
      );
      // The same workbook again changes nothing more.
      const again = await previewWorkbook(
        f.store.db,
        profiles,
        f.users.editor,
        { cycleId: f.cycleId },
        bytes,
        "r.xlsx",
      );
      expect(again.ok && again.changes).toEqual([]);
    });
  });
}
