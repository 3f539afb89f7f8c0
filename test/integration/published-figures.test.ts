// Every progress rate and grade printed in 000 and 003 must come out of Hyoka's own computation from
// the imported data, on both databases. Expected figures are copied from the documents by hand.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "../../src/db/import-document.ts";
import { checkData } from "../../src/evaluation/check.ts";
import { type IndicatorRecord, indicatorRecords } from "../../src/evaluation/indicator-records.ts";
import { measureJudgements } from "../../src/evaluation/measure-judgements.ts";
import { readDocument } from "../../src/ingest/read-document.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { importSeeds, seedBytes } from "../support/seeds.ts";
import { DIALECTS, type TestStore, createTestStore, tableCounts } from "../support/stores.ts";

const profiles = loadProfiles();

/** [node code, indicator as printed, rate as printed, grade as printed] */
const PUBLISHED: [string, string, string, string | null][] = [
  // 000 令和5年度 基本評価調書 2(2)A_0505 (達成率, 指標判定)
  ["2(2)A_0505", "製造業の付加価値生産性（暦年）", "82.6", "Ｃ"],
  ["2(2)A_0505", "加工組立型工業の製造品出荷額等（暦年）", "80.3", "Ｃ"],
  ["2(2)A_0505", "加工組立型工業の付加価値生産性（暦年）", "86.1", "Ｃ"],
  // 003 北海道創生総合戦略推進状況 (進捗率), project by project
  ["1", "合計特殊出生率", "90.2", null],
  ["1", "「できれば今と同じ市町村に住んでいたい」と考える人の割合", "92.5", null],
  ["1", "妊娠・出産に関する相談件数", "48.8", null],
  ["1", "女性（25～34歳）の就業率", "94.3", null],
  ["1", "ちょっと暮らし滞在日数", "91.5", null],
  ["1", "アクティブ・シニア等の研修会の修了者", "62.6", null],
  ["1", "多世代交流、多機能型の福祉拠点の形成市町村数", "82.1", null],
  ["1", "全道の医療施設に従事する医師数（人口10万人当たり）", "99.3", null],
  ["2", "製造業の付加価値生産性", "77.3", null],
  ["2", "加工組立型工業の製造品出荷額等", "87.8", null],
  ["2", "エゾシカ捕獲頭数に占める利活用率", "96.7", null],
  ["3", "道産食品輸出額", "67.4", null],
  ["3", "農業産出額", "113.2", null],
  ["3", "漁業生産額（漁業就業者一人当たり）", "88.6", null],
  ["3", "道産木材の利用量", "94.3", null],
  ["4", "道産食品輸出額", "67.4", null],
  ["4", "外国人観光客", "55.8", null],
  ["4", "道の施策により創出する海外からの投資件数", "75.0", null],
  ["4", "道内空港の国際線利用者数", "106.9", null],
  ["5", "道内自治体と東京23特別区など道外都市との具体的連携数", "78.6", null],
  ["5", "新たな職域開拓による福祉と地域産業の創出", "73.3", null],
];

for (const dialect of DIALECTS) {
  describe(`seeds on ${dialect}`, () => {
    let store: TestStore;
    let records: IndicatorRecord[];
    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db);
      records = await indicatorRecords(store.db, profiles);
    });
    afterAll(async () => store.cleanup());

    const find = (code: string, name: string) =>
      records.filter((r) => r.nodeCode === code && r.indicator === name);

    it.each(PUBLISHED)("%s 「%s」: computed %s%% equals the printed one", (code, name, rate, grade) => {
      const [r, ...more] = find(code, name);
      expect(more).toHaveLength(0);
      expect(r, `${code} ${name} imported`).toBeDefined();
      expect(r!.publishedRate).toBe(rate);
      expect(r!.rate).toBe(rate);
      expect(r!.publishedGrade).toBe(grade);
      if (grade) expect(r!.grade).toBe(grade);
    });

    it("all 24 printed rates (23 distinct figures; 道産食品輸出額 is printed twice) are covered", () => {
      expect(records.filter((r) => r.publishedRate !== null)).toHaveLength(PUBLISHED.length);
    });

    it("the three Ｃ grades give 000's measure grade Ｃ and overall judgement やや遅れている", async () => {
      const [m, ...more] = await measureJudgements(store.db, profiles, records);
      expect(more).toHaveLength(0);
      expect(m).toMatchObject({
        nodeCode: "2(2)A_0505",
        evaluationYear: 2023,
        grade: "Ｃ",
        judgement: "やや遅れている",
        publishedGrade: "Ｃ",
        publishedJudgement: "やや遅れている",
      });
    });

    it("003 is evaluated as of 2018-11: on the H28 actual, though 000 brings later ones", () => {
      const [r] = find("2", "製造業の付加価値生産性");
      expect(r!.actual).toEqual({
        value: "989",
        period: { from: 2016, to: 2016, label: "平成28年" },
        estimate: false,
      });
      expect(r!.evaluatedAsOf).toBe("2018-11");
      const [k] = find("2(2)A_0505", "製造業の付加価値生産性（暦年）");
      expect(k!.actual?.period.from).toBe(2020);
    });

    it("rates without a printed figure are computed too (23/25 and 11/11 地域)", () => {
      expect(find("5", "国や道の広域連携制度に取り組む地域数")[0]?.rate).toBe("92.0");
      expect(find("5", "国や道の広域連携制度に取り組む地域数（うち道の制度）")[0]?.rate).toBe("100.0");
    });

    it("reference targets resolve to the national value of the actual's year", () => {
      expect(find("1", "女性（25～34歳）の就業率")[0]?.referenceValue).toBe("75.7");
      expect(find("1", "全道の医療施設に従事する医師数（人口10万人当たり）")[0]?.referenceValue).toBe(
        "240.1",
      );
      expect(find("1", "合計特殊出生率")[0]?.referenceValue).toBe("1.43");
    });

    it("a shared indicator is one indicator with one series of actuals; each plan keeps its targets", async () => {
      const rows = await store.db
        .selectFrom("indicators")
        .select("id")
        .where("name", "=", "製造業の付加価値生産性")
        .execute();
      expect(rows).toHaveLength(1);
      const obs = await store.db
        .selectFrom("observations")
        .select(["period_from", "value"])
        .where("indicator_id", "=", rows[0]!.id)
        .where("series", "=", "actual")
        .orderBy("period_from")
        .execute();
      expect(obs.map((o) => [o.period_from, o.value])).toEqual([
        [2013, "931"],
        [2016, "989"],
        [2018, "991.0"],
        [2019, "1025.0"],
        [2020, "1057.2"],
      ]);
    });

    it("check reports 004's 再掲 disagreements and no false ones", async () => {
      const findings = await checkData(store.db, profiles);
      const disagreements = findings.filter((f) => f.severity === "disagreement");
      // Besides 004's 再掲 listings, two in 000: row 0538 (lines 328–333) prints 本庁 1 and 人工計 0 with
      // 出先機関 blank; the totals row prints 人工計 11.9, but 本庁 12.1 + 出先機関 0.0 = 12.1.
      expect(disagreements.filter((f) => f.kind !== "relisted-mismatch").map((f) => f.message)).toEqual([
        "事務事業 0538 の人工計（本庁＋出先機関）: 印刷された合計 0 と行の合計 1 が異なります（328行目）。",
        "人工計（本庁＋出先機関）: 印刷された合計 11.9 と行の合計 12.1 が異なります（545行目）。",
      ]);
      const bio = disagreements
        .filter((f) => f.subject.includes("健康医療バイオ産業支援事業"))
        .map((f) => f.message);
      expect(bio.some((m) => /89.*88/.test(m))).toBe(true);
      expect(bio.some((m) => /109.*119/.test(m))).toBe(true);
      expect(bio.some((m) => /71,678.*74,000/.test(m))).toBe(true);
      const shared = findings.filter((f) => f.kind === "shared-indicator").map((f) => f.subject);
      expect(shared).toEqual(
        expect.arrayContaining(["指標「製造業の付加価値生産性」", "指標「加工組立型工業の製造品出荷額等」"]),
      );
    });

    it("importing the same documents again duplicates nothing", async () => {
      const before = await tableCounts(store);
      await importSeeds(store.db);
      expect(await tableCounts(store)).toEqual(before);
    });

    it("a changed figure in a copy of a seed changes the rate", async () => {
      const text = seedBytes("000")
        .toString("utf8")
        .replace("実績値 991.0 1,025.0 1,057.2", "実績値 991.0 1,025.0 1,100.0");
      const r = readDocument(Buffer.from(text), "000-copy.txt");
      if (!r.ok) throw new Error("copy did not parse");
      await importDocument(store.db, r.document, { name: "000-copy.txt", sha256: r.sha256 });
      const after = await indicatorRecords(store.db, profiles);
      const changed = after.find(
        (x) => x.nodeCode === "2(2)A_0505" && x.indicator === "製造業の付加価値生産性（暦年）",
      );
      expect(changed?.rate).toBe("85.9"); // 1,100.0 ÷ 1,280.0 = 85.94 %
      expect(changed?.grade).toBe("Ｃ");
      const findings = await checkData(store.db, profiles);
      expect(findings.filter((f) => f.kind === "rate-mismatch")).toHaveLength(1);
      await importSeeds(store.db, ["000"]);
    });

    it("a failing import leaves nothing half-written", async () => {
      const before = await tableCounts(store);
      const r = readDocument(seedBytes("003"), "003.txt");
      if (!r.ok) throw new Error("003 did not parse");
      const broken = {
        ...r.document,
        programLinks: [
          ...r.document.programLinks,
          { programKey: "missing", nodeKey: "x", sortOrder: 0, relisted: false },
        ],
      };
      await expect(importDocument(store.db, broken, { name: "broken", sha256: "x" })).rejects.toThrow();
      expect(await tableCounts(store)).toEqual(before);
    });
  });
}
