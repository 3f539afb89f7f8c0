// Awkward input, each a fixture of test/fixtures/workbook (made once by make-fixtures.ts): dates and
// serial numbers for years, numbers stored as text and in full width, merged cells and blank rows,
// formulas (their cached results; one without), hidden sheets, a workbook saved by LibreOffice, CSV in
// UTF-8, UTF-8 with BOM and Shift_JIS (with ①, ～ and 髙), and files that are not workbooks at all.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { itemView } from "../../src/services/cycle.ts";
import { Problem } from "../../src/services/problem.ts";
import { type WorkbookPreview, applyWorkbook, previewWorkbook } from "../../src/services/workbook.ts";
import { DIALECTS } from "../support/stores.ts";
import { type Fixture, setUp } from "./support.ts";

const FIXTURES = fileURLToPath(new URL("../fixtures/workbook/", import.meta.url));
const fixture = (name: string) => readFileSync(FIXTURES + name);
const profiles = loadProfiles();

type Brief = [string, number, string, string, string | null];
const brief = (p: WorkbookPreview): Brief[] => {
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.changes.map((c) => [c.sheet, c.row, c.column, c.field, c.new]);
};

for (const dialect of DIALECTS) {
  describe(`awkward input on ${dialect}`, () => {
    let f: Fixture;
    beforeAll(async () => {
      f = await setUp(dialect);
      // The fixtures name the test store's ids (see make-fixtures.ts).
      expect([f.nodeId, f.indicatorId]).toEqual([2, 1]);
    });
    afterAll(async () => f.store.cleanup());

    const preview = (name: string) =>
      previewWorkbook(f.store.db, profiles, f.users.editor, { cycleId: f.cycleId }, fixture(name), name);

    it("years given as a date and as a bare serial number (45383 = 2024-04-01) are fiscal years", async () => {
      expect(brief(await preview("serial-dates.xlsx"))).toEqual([
        ["実績値", 2, "F", "actual/1/2023/value", "1200.0"],
        ["実績値", 3, "F", "actual/2/2024/value", "8000.0"],
      ]);
    });

    it("numbers stored as text and full-width numbers are read as numbers", async () => {
      expect(brief(await preview("numbers-as-text.xlsx"))).toEqual([
        ["実績値", 2, "F", "actual/1/2023/value", "1200.0"],
        ["実績値", 2, "I", "target/1/2023", "1280.0"],
        ["実績値", 3, "F", "actual/2/2024/value", "8000"],
      ]);
    });

    it("merged cells and blank rows: rows keep their numbers, blank ones are skipped", async () => {
      expect(brief(await preview("merged-blank.xlsx"))).toEqual([
        ["実績値", 2, "F", "actual/1/2023/value", "1200.0"],
        ["実績値", 4, "F", "actual/2/2024/value", "8000.0"],
      ]);
    });

    it("formulas are read by their cached results; one saved without a result is an error at its cell", async () => {
      const expected: Brief[] = [
        ["実績値", 2, "F", "actual/1/2023/value", "1200.0"],
        ["実績値", 2, "I", "target/1/2023", "1280.0"],
        ["実績値", 3, "F", "actual/2/2024/value", "8000.0"],
      ];
      expect(brief(await preview("formulas.xlsx"))).toEqual(expected);
      const bad = await preview("formula-uncalculated.xlsx");
      expect(bad.ok).toBe(false);
      expect(!bad.ok && bad.errors).toEqual([
        {
          sheet: "実績値",
          row: 2,
          column: "F",
          message: "数式の結果が保存されていません。Excel で開いて再計算し、保存し直してください。",
        },
      ]);
      // The same workbook opened and saved by LibreOffice Calc.
      expect(brief(await preview("libreoffice.xlsx"))).toEqual(expected);
    });

    it("a hidden sheet with a look-alike table is ignored", async () => {
      expect(brief(await preview("hidden-sheets.xlsx"))).toEqual([
        ["実績値", 2, "F", "actual/1/2023/value", "1200.0"],
      ]);
    });

    it("CSV in UTF-8, UTF-8 with BOM and Shift_JIS reads the same; ①, ～ and 髙 survive", async () => {
      const note = "①速報値を確認中～髙橋係長";
      for (const [name, encoding] of [
        ["values-utf8.csv", "utf-8"],
        ["values-utf8-bom.csv", "utf-8-bom"],
        ["values-sjis.csv", "shift_jis"],
      ] as const) {
        const p = await preview(name);
        expect(p.encoding).toBe(encoding);
        expect(brief(p)).toEqual([
          [name, 2, "F", "actual/1/2023/value", "1200.0"],
          [name, 2, "I", "target/1/2023", "1280.0"],
          [name, 3, "G", "actual/1/2022/status", "調査中"],
          [name, 3, "H", "actual/1/2022/note", note],
        ]);
      }
      await applyWorkbook(
        f.store.db,
        profiles,
        f.users.editor,
        { cycleId: f.cycleId },
        fixture("values-sjis.csv"),
        "values-sjis.csv",
      );
      const item = await itemView(f.store.db, profiles, f.users.editor, f.cycleId, f.nodeId);
      expect(item.entries["actual/1/2022/note"]).toBe(note);
      expect(item.entries["actual/1/2022/status"]).toBe("調査中");
    });

    it("a file that is not a workbook is refused with a Japanese message, never a stack trace", async () => {
      const refusal = async (name: string, bytes: Uint8Array = fixture(name)) => {
        try {
          await previewWorkbook(f.store.db, profiles, f.users.editor, { cycleId: f.cycleId }, bytes, name);
        } catch (e) {
          if (e instanceof Problem) return [e.status, e.code, e.message];
          throw e;
        }
        throw new Error(`${name} was accepted`);
      };
      const notWorkbook =
        "Excel ブック（.xlsx）でも CSV ファイルでもありません。Hyoka からダウンロードしたブックか、同じ列の CSV を指定してください。";
      expect(await refusal("not-a-workbook.pdf")).toEqual([
        422,
        "not_workbook",
        `PDF ファイルです。${notWorkbook}`,
      ]);
      expect(await refusal("random.bin")).toEqual([422, "not_workbook", notWorkbook]);
      expect(await refusal("fake.xlsx")).toEqual([
        422,
        "not_workbook",
        "Excel ブック（.xlsx）として読めません。ファイルが壊れているか、ほかの形式の zip ファイルです。Excel で開いて保存し直すか、ダウンロードし直してください。",
      ]);
      expect(await refusal("old.xls")).toEqual([
        422,
        "not_workbook",
        "古い Excel 形式（.xls）のファイルです。Excel で「Excel ブック（*.xlsx）」として保存し直してから指定してください。",
      ]);
      expect(await refusal("empty.csv", new Uint8Array())).toEqual([
        422,
        "not_workbook",
        "ファイルが空です。中身のあるブックか CSV ファイルを指定してください。",
      ]);
      expect((await refusal("plan-setup-sample.xlsx")).slice(0, 2)).toEqual([422, "wrong_workbook"]);
      expect(
        await refusal("seed.txt", readFileSync(FIXTURES + "../../../examples/hokkaido/README.md")),
      ).toEqual([
        422,
        "not_workbook",
        "Hyoka の入力用 CSV ではありません。1行目に「施策ID」「指標ID」「年度」などの見出しがある CSV（入力用ブックの「実績値」シートと同じ列）を指定してください。",
      ]);
    });

    it("NUL in a CSV value or in a cell of a workbook a program wrote: refused naming where (no 500 on PostgreSQL)", async () => {
      // Found by test/integration/api-fuzz.test.ts: applying such a CSV was a 500 on PostgreSQL, whose
      // text holds no NUL. Excel itself never writes one; _x0000_ is how a workbook's XML would carry it.
      const csv = new TextEncoder().encode(
        fixture("values-utf8.csv").toString("utf8").replace("①速報値", "①\u0000速報値"),
      );
      const files = unzipSync(fixture("serial-dates.xlsx"));
      const strings = strFromU8(files["xl/sharedStrings.xml"]!);
      files["xl/sharedStrings.xml"] = strToU8(strings.replace("</t>", "_x0000_</t>"));
      const xlsx = zipSync(files);
      for (const [name, bytes, message] of [
        ["nul.csv", csv, /^CSV の 3 行目に NUL 文字（U\+0000）があります。/],
        ["nul.xlsx", xlsx, /^シート「[^」]+」の A1 セルに NUL 文字（U\+0000）があります。/],
      ] as const) {
        for (const upload of [previewWorkbook, applyWorkbook]) {
          const refused = await upload(
            f.store.db,
            profiles,
            f.users.editor,
            { cycleId: f.cycleId },
            bytes,
            name,
          )
            .then(() => null)
            .catch((e: unknown) => e);
          expect(refused).toBeInstanceOf(Problem);
          expect([(refused as Problem).status, (refused as Problem).code]).toEqual([422, "not_workbook"]);
          expect((refused as Problem).message).toMatch(message);
        }
      }
    });
  });
}
