// 003 北海道創生総合戦略推進状況 (2018年11月). Counts are made by hand from the document:
// projects "1 …プロジェクト" … "5 …": 5; themes ①… per project 4+5+4+4+4 = 21;
// related-program rows (tab rows under 関連事業名 headers): 155, of which 10 end in 【再掲】;
// numerical targets and KPIs: 8 + 3 + 4 + 4 + 4 = 23 rows, 21 of them with a printed rate.
import { describe, expect, it } from "vitest";
import type { ParsedDocument } from "../../src/ingest/model.ts";
import { souseiProgressParser } from "../../src/ingest/sousei-progress.ts";
import { seedText } from "../support/seeds.ts";

function parse(text = seedText("003")): ParsedDocument {
  const r = souseiProgressParser.parse(text, "003.txt");
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.document;
}

describe("003 創生総合戦略推進状況", () => {
  const doc = parse();

  it("the strategy, its rules page, 5 projects and 21 themes", () => {
    expect(doc.edition).toBe("2018-11");
    expect(doc.plans[0]!.texts?.["進捗率について"]).toContain("「0%」と表記");
    expect(doc.nodes.filter((n) => n.level === "プロジェクト")).toHaveLength(5);
    expect(doc.nodes.filter((n) => n.level === "テーマ")).toHaveLength(21);
  });

  it("155 program listings, 10 of them 【再掲】 links to 145 programs", () => {
    expect(doc.programLinks).toHaveLength(155);
    expect(doc.programLinks.filter((l) => l.relisted)).toHaveLength(10);
    expect(doc.programs).toHaveLength(145);
    expect(new Set(doc.programLinks.map((l) => l.programKey)).size).toBe(145);
  });

  it("H30 budgets in 千円, with 繰越 and a thousands separator with a space", () => {
    const budget = (name: string) =>
      doc.budgetLines.find((b) => b.programKey === doc.programs.find((p) => p.name === name)?.key);
    expect(budget("子どものための教育・保育給付費負担金事業")).toMatchObject({
      amount: 22163502n,
      kind: "予算",
      fiscalYear: 2018,
    });
    expect(budget("寒冷環境対応IoT製品等の開発支援拠点整備事業費")).toMatchObject({
      amount: 548453n,
      kind: "繰越",
      note: "H29繰越",
    });
    expect(budget("林業・木材産業構造改革事業費")).toMatchObject({ amount: 832111n });
  });

  it("23 numerical targets and KPIs, 21 with a printed rate", () => {
    expect(doc.usages).toHaveLength(23);
    expect(doc.usages.filter((u) => u.publishedRate)).toHaveLength(21);
    expect(doc.usages.filter((u) => u.role === "数値目標")).toHaveLength(8);
  });

  it("target kinds: reference, baseline-or-more, cumulative", () => {
    const u = (name: string) => doc.usages.find((x) => x.displayName === name)!;
    expect(u("合計特殊出生率").targets[0]).toMatchObject({
      kind: "reference",
      referenceSeries: "national",
      period: { from: 2019, to: 2019 },
    });
    expect(u("農業産出額").targets[0]).toMatchObject({ kind: "baseline_or_more" });
    // Targets in words keep their words; their year (line 150 「全国平均値 (H31)」) is the period.
    expect(
      ["合計特殊出生率", "女性（25～34歳）の就業率", "農業産出額"].map((n) => {
        const t = u(n).targets[0]!;
        return [t.label, t.period.from, t.period.to];
      }),
    ).toEqual([
      ["全国水準まで引き上げ", 2019, 2019],
      ["全国平均値", 2019, 2019],
      ["現状値以上", 2019, 2019],
    ]);
    expect(u("アクティブ・シニア等の研修会の修了者").targets[0]).toMatchObject({
      value: "10500",
      period: { from: 2015, to: 2019 },
    });
    expect(u("道の施策により創出する海外からの投資件数").targets[0]).toMatchObject({
      value: "12",
      period: { from: 2016, to: 2019 },
    });
  });

  it("reference values from the (全国) row (line 137: H26 1.42, H29 1.43) and the footnotes, each once", () => {
    const national = doc.observations
      .filter((o) => o.series === "national")
      .map((o) => [o.indicatorKey.replace("hokkaido:", ""), o.period.from, o.value, o.line]);
    // ※1 on line 139 repeats H29's 1.43: not a second observation.
    expect(national).toEqual([
      ["合計特殊出生率", 2014, "1.42", 137],
      ["合計特殊出生率", 2017, "1.43", 137],
      ["女性(25~34歳)の就業率", 2017, "75.7", 156],
      ["全道の医療施設に従事する医師数(人口10万人当たり)", 2016, "240.1", 158],
    ]);
  });

  it("never throws, and says where a row is cut", () => {
    for (const t of [
      "",
      "北海道創生総合戦略推進状況",
      "\u0000\u0001\u0002",
      seedText("003").slice(0, 9000),
    ]) {
      expect(() => souseiProgressParser.parse(t, "x")).not.toThrow();
    }
    const cut = souseiProgressParser.parse(
      seedText("003").replace(
        "農業産出額\t\t10,705億円 (H25)\t12,115億円 (H28)\t現状値以上 (H31)\t113.2%\t",
        "農業産出額\t\t10,705億円 (H25)",
      ),
      "x",
    );
    expect(cut.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ severity: "error", line: 325 })]),
    );
  });
});
