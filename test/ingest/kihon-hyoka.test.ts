// 000 令和5年度 基本評価調書 2(2)A_0505. Counts are made by hand from the document:
// 一般 rows 0532 0538 0539 0553 0564 0566 0568 0571 0572 0574 0575 0577 0579 0711 (14);
// 事務 rows 0541 0543 0544 0547 0548 0549 0550 0552 0560 0567 0569 0570 0573 (13).
import { describe, expect, it } from "vitest";
import { kihonHyokaParser } from "../../src/ingest/kihon-hyoka.ts";
import type { ParsedDocument } from "../../src/ingest/model.ts";
import { seedText } from "../support/seeds.ts";

function parse(text = seedText("000")): ParsedDocument {
  const r = kihonHyokaParser.parse(text, "000.txt");
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("; "));
  return r.document;
}

describe("000 基本評価調書", () => {
  const doc = parse();

  it("the measure, its policy, departments and related plans", () => {
    expect(doc.evaluationYear).toBe(2023);
    const measure = doc.nodes.find((n) => n.level === "施策")!;
    expect(measure).toMatchObject({ code: "2(2)A_0505", name: "高い付加価値を生み出すものづくり産業の振興" });
    expect(measure.departments).toEqual(["産業振興課", "スタートアップ推進室"]);
    expect(doc.nodes.find((n) => n.level === "政策")).toMatchObject({
      code: "2(2)A",
      name: "本道の優位性を活かした力強い地域産業の創造",
    });
    expect(doc.planLinks.map((l) => l.linkedPlan)).toEqual([
      "知事公約",
      "創生総合戦略",
      "Society5.0推進計画",
      "地球温暖化対策推進計画",
    ]);
    expect(measure.texts?.["成果"]).toContain("(R4:10回)");
  });

  it("three indicators with yearly targets and actuals (lines 67–89)", () => {
    expect(doc.indicators.map((i) => [i.name, i.unit])).toEqual([
      ["製造業の付加価値生産性", "万円"],
      ["加工組立型工業の製造品出荷額等", "億円"],
      ["加工組立型工業の付加価値生産性", "万円"],
    ]);
    const u = doc.usages[1]!;
    expect(u.targets.map((t) => [t.period.from, t.value, t.isFinal])).toEqual([
      [2018, "8971", false],
      [2019, "9240.0", false],
      [2020, "9517.0", false],
      [2024, "10709.0", true],
    ]);
    expect(doc.observations.filter((o) => o.indicatorKey === u.indicatorKey).map((o) => o.value)).toEqual([
      "8303",
      "8082.1",
      "7638.4",
    ]);
    expect(doc.usages.map((x) => [x.publishedRate, x.publishedGrade])).toEqual([
      ["82.6", "Ｃ"],
      ["80.3", "Ｃ"],
      ["86.1", "Ｃ"],
    ]);
    expect(doc.indicators[0]!.publication).toBe("毎年調査、８月頃公表(センサスは３月頃公表)");
    expect(doc.indicators[0]!.source).toBe("R元までは工業統計、R2はセンサス(5年に1回)");
    expect(doc.indicators[2]!.rationale).toMatch(/^経済波及効果の高い組立型工業の技術力/);
    expect(doc.usages[0]!.analysis).toMatch(/△174億円/);
  });

  it("連携状況, 緊急性・優先性, 総合判定, 二次政策評価 and 対応方針", () => {
    const e = doc.nodeEvaluations[0]!;
    expect(e.overallJudgement).toBe("やや遅れている");
    expect(e.indicatorGrade).toBe("Ｃ");
    expect(e.coordination).toMatch(/^（課題）技術力の向上/);
    expect(e.urgencyPriority).toMatch(/^（課題）脱炭素化/);
    expect(e.secondaryEvaluation).toMatch(/^【施策目標の達成状況】/);
    expect(e.responsePolicy).toMatch(/^指標の製造業出荷額等の減少は/);
    expect(e.texts?.["事業費①"]).toBe("341003千円");
  });

  it("every program row (27: codes 0532 … 0711) with its figures", () => {
    expect(doc.programs).toHaveLength(27);
    expect(doc.programs.filter((p) => p.attributes?.type === "一般")).toHaveLength(14);
    expect(doc.programs.filter((p) => p.attributes?.type === "事務")).toHaveLength(13);
    const p0564 = doc.programs.find((p) => p.code === "0564")!;
    expect(p0564).toMatchObject({ name: "ものづくり産業分野人材確保支援事業", department: "産業振興課" });
    const b = doc.budgetLines.find((l) => l.programKey === p0564.key)!;
    expect(b).toMatchObject({
      amount: 37530n,
      generalRevenue: 7506n,
      staffHq: "1",
      staffBranch: "1",
      totalCost: 43757n,
      scale: 3,
    });
    const p0577 = doc.programs.find((p) => p.code === "0577")!;
    expect(p0577.department).toBe("スタートアップ推進室");
    expect(doc.budgetLines.find((l) => l.programKey === p0577.key)).toMatchObject({
      amount: 6677n,
      generalRevenue: 1335n,
      totalCost: 9813n,
    });
    expect(doc.programEvaluations).toHaveLength(7);
    expect(
      doc.programEvaluations.every((e) => e.responsePolicyNo === "①" && e.direction === "改善（指標分析）"),
    ).toBe(true);
  });

  it("the totals row matches its rows (341,003 and 186,720) but not itself (人工計 11.9 ≠ 12.1 + 0.0)", () => {
    expect(doc.printedTotals.map((t) => [t.label, t.printed, t.sumOfRows])).toEqual([
      ["事業費 計", "341003", "341003"],
      ["うち一般財源 計", "186720", "186720"],
      ["人工計（本庁＋出先機関）", "11.9", "12.1"],
      ["施策の事業費（1つ目の金額）と事務事業の事業費 計", "341003", "341003"],
    ]);
  });

  it("reports a program row without its figures, with the line", () => {
    const r = kihonHyokaParser.parse(seedText("000").replace("産業振興課 0 434 434 1 0 2,769", ""), "x");
    expect(r.issues.some((i) => i.severity === "error" && i.line === 328 && /0538/.test(i.message))).toBe(
      true,
    );
  });

  it("never throws", () => {
    for (const t of ["", "令和5年度 基本評価調書", "\u0000\u0001", seedText("000").slice(0, 5000)]) {
      expect(() => kihonHyokaParser.parse(t, "x")).not.toThrow();
    }
  });
});
