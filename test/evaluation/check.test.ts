// `hyoka check` on seed 004 alone, on both databases: every 【再掲】 row that prints something else than
// its program's first listing. Expected findings are read off examples/hokkaido/004_4ec92de3e74eceb1.txt
// ("line N" is the 1-based line there); the 取組 names are the headings above those lines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Finding, checkData } from "../../src/evaluation/check.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { importSeeds } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";

const profiles = loadProfiles();

// 取組 headings: line 291 (over 293), 386 (over 389), 190 (over 193), 495 (over 496), 216 (over 218),
// 532 (over 534), 152 (over 156), 503 (over 504).
const IT_MATCHING =
  "「IT技術と他産業ニーズを融合した独自の製品・サービスの創出に向け、企業マッチングを図り、連携を促進」（293行目）";
const ADDED_VALUE =
  "【再掲】「企業間連携やデザイン手法の活用などに取り組み、新製品や新技術開発支援による付加価値向上」（389行目）";

for (const dialect of DIALECTS) {
  describe(`check on 004, ${dialect}`, () => {
    let store: TestStore;
    let relisted: Finding[];
    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db, ["004"]);
      relisted = (await checkData(store.db, profiles)).filter((f) => f.kind === "relisted-mismatch");
    });
    afterAll(async () => store.cleanup());

    const about = (program: string) => relisted.filter((f) => f.subject === `事業「${program}」`);

    it("finds a target printed on the first listing and a dash on the 【再掲】 (lines 293 / 389)", () => {
      expect(about("IT利活用ビジネス拡大事業").map((f) => f.message)).toContain(
        `目標: ${IT_MATCHING}では 8、${ADDED_VALUE}では —。`,
      );
    });

    it("finds the 【再掲】 printing another indicator name: 着手件数 / 着件数 (lines 193 / 496)", () => {
      expect(about("外需獲得・海外展開支援事業(環境等産業支援)").map((f) => f.message)).toEqual([
        "指標名: 「積雪寒冷地関連技術など環境エネルギー分野の技術開発及び市場・販路の拡大を支援」（193行目）では 「支援対象企業におけるプロジェクト着手件数(累計)」、" +
          "【再掲】「海外展開が有望と見込まれる産業の海外進出を支援」（496行目）では 「支援対象企業におけるプロジェクト着件数(累計)」。",
      ]);
    });

    it("finds program names the import matched as similar ones (lines 389, 534), not abbreviations (368)", () => {
      expect(about("IT利活用ビジネス拡大事業").map((f) => f.message)).toContain(
        `事業名: ${IT_MATCHING}では 「IT利活用ビジネス拡大事業」、${ADDED_VALUE}では 「IT活用ビジネス拡大事業」（名称が近いため同じ事業として読み込みました）。`,
      );
      expect(about("都心エネルギープラン推進事業").map((f) => f.message)).toEqual([
        "事業名: 「都心における自立分散型エネルギーネットワークの構築や、低炭素型の建替事業の推進」（218行目）では 「都心エネルギープラン推進事業」、" +
          "【再掲】「民間投資を活用した再開発などの促進や災害時の都市活動の持続性を高めるなど立地環境の整備を推進」（534行目）では 「都心エネルギーギープラン推進事業」（名称が近いため同じ事業として読み込みました）。",
      ]);
      expect(about("中小企業経営支援事業(中小企業支援センター事業)")).toEqual([]);
    });

    it("calls the first listing the first: 海外拠点運営費 on line 156, its 【再掲】 on line 504", () => {
      const first =
        "「商品開発から商流・物流の開拓、海外展示会等への出展、輸出に対する助言などの販路拡大の支援」（156行目）";
      const again =
        "【再掲】「企業の海外展開を促進するため、企業ニーズが高い香港や台湾などの地域を中心にコーディネーターを配置」（504行目）";
      expect(about("海外拠点運営費").map((f) => f.message)).toEqual([
        `R4実績: ${first}では 207、${again}では 150。`,
        `決算見込額: ${first}では 39,430、${again}では 46,000。`,
      ]);
    });

    it("finds all 13 and no more", () => {
      // Line 255: R2 88/89, R3 119/109, R4 147/129, 決算見込額 74,000/71,678 (4); 369: R4 4/6; 388, 406:
      // R3 2,619/2,839; 389: target and name (2); 504: R4 and 決算見込額 (2); 496: indicator; 534: name.
      expect(relisted).toHaveLength(13);
    });
  });
}
