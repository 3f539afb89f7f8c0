// 000 令和5年度 基本評価調書 2(2)A_0505. Counts are made by hand from the document:
// 一般 rows 0532 0538 0539 0553 0564 0566 0568 0571 0572 0574 0575 0577 0579 0711 (14);
// 事務 rows 0541 0543 0544 0547 0548 0549 0550 0552 0560 0567 0569 0570 0573 (13).
import { describe, expect, it } from "vitest";
import { kihonHyokaParser } from "../../src/ingest/kihon-hyoka.ts";
import { sumDecimals } from "../../src/domain/decimal.ts";
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
      staffTotal: "1",
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

  // Each row's 人工 as printed (本庁, 出先機関, 人工計; "" where the extraction dropped a blank cell), copied
  // from lines 323–543: two figures are 本庁 and 人工計, 出先機関 being blank (its total prints 0.0).
  const STAFF: Record<string, [string, string, string] | null> = {
    "0532": ["0", "", "0"],
    "0538": ["1", "", "0"],
    "0539": ["1", "0", "1"],
    "0541": ["0", "0", "0"],
    "0543": ["0", "0", "0"],
    "0544": ["0", "0", "0"],
    "0547": ["0", "", "0"],
    "0548": ["0", "", "0"],
    "0549": ["0", "", "0"],
    "0550": ["0", "", "0"],
    "0552": ["1", "", "1"],
    "0553": ["1", "", "1"],
    "0564": ["1", "", "1"],
    "0566": ["1", "", "1"],
    "0560": null,
    "0567": ["0", "", "0"],
    "0568": ["1", "", "1"],
    "0569": ["0", "", "0"],
    "0570": ["0", "", "0"],
    "0571": ["0", "", "0"],
    "0572": ["0", "", "0"],
    "0573": ["0", "", "0"],
    "0574": ["1", "0", "1"],
    "0575": ["1", "0", "1"],
    "0577": ["0", "0", "0"],
    "0579": ["0", "", "0"],
    "0711": ["0", "", "0"],
  };
  const lineOf = (code: string) => doc.budgetLines.find((l) => l.programKey.endsWith(`:${code}`))!;

  it("every row's 人工 by column: 本庁, 出先機関 (printed in 7 rows only), 人工計", () => {
    expect(Object.keys(STAFF)).toHaveLength(27);
    const printed = (v: string) => (v === "" ? undefined : v);
    for (const [code, staff] of Object.entries(STAFF)) {
      const l = lineOf(code);
      const [hq, branch, total] = staff ?? ["", "", ""];
      expect([code, l.staffHq, l.staffBranch, l.staffTotal]).toEqual([
        code,
        printed(hq),
        printed(branch),
        printed(total),
      ]);
    }
  });

  it("rows printing 「1 1」 have one 人工 in all: 0552 and 0553 cost 7,840千円 over their 事業費", () => {
    for (const code of ["0552", "0553"]) {
      const l = lineOf(code);
      expect([l.totalCost! - l.amount, l.staffHq, l.staffBranch, l.staffTotal]).toEqual([
        7840n,
        "1",
        undefined,
        "1",
      ]);
    }
  });

  it("the rows' 人工 add up to 本庁 9, 出先機関 0, 人工計 8 (whole figures, against 12.1 / 0.0 / 11.9)", () => {
    const sum = (pick: (l: (typeof doc.budgetLines)[number]) => string | undefined) =>
      sumDecimals(doc.budgetLines.map(pick));
    expect([sum((l) => l.staffHq), sum((l) => l.staffBranch), sum((l) => l.staffTotal)]).toEqual([
      "9",
      "0",
      "8",
    ]);
  });

  it("the totals row matches its rows (341,003 and 186,720) but not itself (人工計 11.9 ≠ 12.1 + 0.0)", () => {
    expect(doc.printedTotals.map((t) => [t.label, t.printed, t.sumOfRows, t.line])).toEqual([
      // 0538 prints 本庁 1 and 人工計 0 with 出先機関 blank (its costs show 0.3 人工: 2,769 − 434 = 2,335).
      ["事務事業 0538 の人工計（本庁＋出先機関）", "0", "1", 328],
      // The column whose heading the extraction lost: 0 on the totals row and on each of the 26 rows.
      ["見出しのない列 計", "0", "0", 545],
      ["事業費 計", "341003", "341003", 545],
      ["うち一般財源 計", "186720", "186720", 545],
      // The 人工 columns: the rows print whole 人工 and sum to 9 / 0 / 8 (see the test above).
      ["人工（本庁） 計", "12.1", "9", 545],
      ["人工（出先機関） 計", "0.0", "0", 545],
      ["人工計 計", "11.9", "8", 545],
      ["人工計（本庁＋出先機関）", "11.9", "12.1", 545],
      ["施策の事業費（1つ目の金額）と事務事業の事業費 計", "341003", "341003", 47],
    ]);
  });

  it("a 人工 total may lie 0.5 per printing row from the rows' sum: 26 rows print 本庁 and 人工計, 7 出先機関", () => {
    const tolerance = (label: string) => doc.printedTotals.find((t) => t.label === label)?.tolerance;
    expect([tolerance("人工（本庁） 計"), tolerance("人工（出先機関） 計"), tolerance("人工計 計")]).toEqual([
      "13.0",
      "3.5",
      "13.0",
    ]);
  });

  it("a row's 人工 contradict each other only where rounding cannot explain it", () => {
    const totals = (row: string) =>
      parse(seedText("000").replace("産業振興課 0 7,804 1,561 1 0 1 15,644", row))
        .printedTotals.filter((t) => t.label.startsWith("事務事業 0574"))
        .map((t) => [t.printed, t.sumOfRows]);
    // 本庁 0.4 + 出先機関 0.4 print 0 + 0, their 人工計 0.8 prints 1.
    expect(totals("産業振興課 0 7,804 1,561 0 0 1 15,644")).toEqual([]);
    expect(totals("産業振興課 0 7,804 1,561 1 0 3 15,644")).toEqual([["3", "1"]]);
    // With 出先機関 blank, 人工計 is 本庁 itself: they round alike.
    expect(totals("産業振興課 0 7,804 1,561 1 2 15,644")).toEqual([["2", "1"]]);
  });

  it("reports a program row without its figures, with the line", () => {
    const r = kihonHyokaParser.parse(seedText("000").replace("産業振興課 0 434 434 1 0 2,769", ""), "x");
    expect(r.issues.some((i) => i.severity === "error" && i.line === 328 && /0538/.test(i.message))).toBe(
      true,
    );
  });

  it("activity counts of 成果 (lines 33–43) and 緊急性・優先性 (line 221), by hand from the brackets", () => {
    const series = doc.activitySeries ?? [];
    const row = (label: string, unit = "回") => {
      const s = series.find((x) => x.label.startsWith(label) && x.unit === unit)!;
      return [s.section, s.line, s.counts.map((c) => `${c.fiscalYear}:${c.qualifier ?? ""}${c.value}`)];
    };
    // Eleven brackets, one of them (line 221) of two units: twelve series, in printed order.
    expect(series.map((s) => s.sortOrder)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(series.map((s) => s.unit).join("")).toBe("回回回件回回回回名社回社");
    expect(row("展示会の実施により")).toEqual(["成果", 33, ["2022:1", "2021:2", "2020:1"]]);
    expect(row("食品製造業者と")).toEqual(["成果", 34, ["2022:10"]]);
    expect(row("技術者向け研修会")).toEqual(["成果", 35, ["2022:22", "2021:20", "2020:19", "2019:18"]]);
    expect(row("自動運転の実証試験", "件")).toEqual(["成果", 37, ["2022:30", "2021:34", "2020:29"]]);
    expect(row("展示会出展")).toEqual([
      "成果",
      38,
      ["2019:毎年度1", "2020:毎年度1", "2021:毎年度1", "2022:毎年度1"],
    ]);
    expect(row("企業説明会及び職場見学会")).toEqual([
      "成果",
      39,
      ["2019:毎年度各1", "2020:毎年度各1", "2021:毎年度各1", "2022:2"],
    ]);
    expect(row("道内IT企業")).toEqual(["成果", 40, ["2022:6"]]);
    expect(row("自動運転先進事例地視察会")).toEqual(["成果", 41, ["2021:オンライン3", "2022:1"]]);
    expect(row("ヘルスケア産業への参入研修会", "名")).toEqual([
      "成果",
      42,
      ["2022:76", "2021:41", "2020:101"],
    ]);
    expect(row("医療現場のニーズ発表とマッチング支援", "社")).toEqual([
      "成果",
      43,
      ["2022:6", "2021:14", "2020:17"],
    ]);
    expect(row("また、個々の事業の課題")).toEqual(["緊急性・優先性", 221, ["2022:10"]]);
    expect(row("また、個々の事業の課題", "社")).toEqual(["緊急性・優先性", 221, ["2022:13"]]);
    // The texts keep the brackets as printed.
    const measure = doc.nodes.find((n) => n.level === "施策")!;
    expect(measure.texts?.["成果"]).toContain("（R1～R3:毎年度各1回、R4:2回）");
    expect(doc.nodeEvaluations[0]!.urgencyPriority).toContain("（R4：10回13社）");
  });

  it("a bracket of counts it cannot read stays text, reported with its line", () => {
    const text = seedText("000").replace("(R4:30件,R3:34件,R2:29件)", "(R4:30ヶ所,R3:34件)");
    const r = kihonHyokaParser.parse(text, "x");
    if (!r.ok) throw new Error("not parsed");
    const warning = r.issues.find((i) => i.message.includes("(R4:30ヶ所,R3:34件)"));
    expect(warning).toMatchObject({ severity: "warning", line: 37 });
    expect(r.document.activitySeries?.some((s) => s.label.startsWith("自動運転の実証試験"))).toBe(false);
    expect(r.document.nodes.find((n) => n.level === "施策")!.texts?.["成果"]).toContain(
      "(R4:30ヶ所,R3:34件)",
    );
    // The seed itself reads without such a warning.
    expect(
      kihonHyokaParser.parse(seedText("000"), "x").issues.filter((i) => /括弧内/.test(i.message)),
    ).toEqual([]);
  });

  it("never throws", () => {
    for (const t of ["", "令和5年度 基本評価調書", "\u0000\u0001", seedText("000").slice(0, 5000)]) {
      expect(() => kihonHyokaParser.parse(t, "x")).not.toThrow();
    }
  });
});
