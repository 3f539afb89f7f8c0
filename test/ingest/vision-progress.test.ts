// Tests of the parser for seed document 004 (札幌市産業振興ビジョン改定版の各種取組の進捗状況).
//
// Expected values were read off examples/hokkaido/004_4ec92de3e74eceb1.txt by hand ("line N" is the
// 1-based line in that file). How the counts were made:
//   - 分野: 重点分野1–5 (lines 41, 108, 183, 226, 273) and 横断的戦略1–3 (lines 343, 508, 600) = 8.
//   - 柱: 横断的戦略1 has 柱1–3, 横断的戦略2 柱1–2, 横断的戦略3 柱1–4 (as the contents list them) = 9.
//   - 基本施策 per 分野 / 柱: 観光 3, 食 4, 環境 3, 健康 3, IT 4 (= 17); 横断1: 4 + 3 + 4 (= 11);
//     横断2: 2 + 3 (= 5); 横断3: 3 + 3 + 2 + 2 (= 10) — 43 in all.
//   - 取組: every ①… heading after the contents (line 483 and 488 print it as "- ①…"), counted per
//     基本施策 in reading order: 重点分野 7 + 10 + 5 + 6 + 8 = 36; 横断1 9 + 8 + 5 = 22; 横断2 5 + 6 = 11;
//     横断3 7 + 4 + 5 + 2 = 18 — 87 in all; six of them are "(再掲)" headings followed by
//     "～再掲のため省略～" (lines 392, 396, 483, 488, 545, 653).
//   - Program rows: every table line that is not a header or a ---- line; 157 rows, 53 of them 【再掲】;
//     the 104 others all have different names, so 104 programs and 157 links (53 relisted).
//   - Indicators: the 104 first listings print 99 different indicator names (five names are printed for
//     two programs each: 観光情報の提供に対する満足度(%), 滞在中に受けたおもてなしに対する満足度(%),
//     支援対象企業におけるプロジェクト着手件数(累計), 補助事業を活用した商店街区の新規開業数(累計),
//     事業参加者の就職率(%)). Three of those pairs print different actuals (lines 88/91: 62.8 vs 82.0;
//     lines 123/193: R4 — vs 24; lines 673/685: — vs 69), so they are two indicators each: 99 + 3 = 102.
//   - Ended programs (content "(令和3年度をもって終了)", "(令和元年度事業終了)", "(令和4年度から…に統合)"):
//     lines 65, 90, 123, 293, 672, 765 (last year R3) and 303, 308 (last year R1). Their "—" after the
//     last year is no observation: R4 of 65, 123, 293, 672 and R2–R4 of 303, 308 = 10 cells. Lines 90
//     and 765 print an R4 actual (84.8, 8) all the same: kept, with a warning.
//   - Observations: one per indicator and year column H30, R1, R2, R3, R4 less those: 102 × 5 − 10 = 500.
//   - Budget lines: 104 first listings, of which 13 print no 決算見込額 ("—" ×12: lines 65, 90, 123, 236,
//     293, 303, 308, 378, 438, 591, 672, 765; "-" line 175): 91.
//   - Usages: one per printed row, as no 取組 lists two programs with the same indicator: 157.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/domain/text.ts";
import type { Issue, ObservationInput, ParsedDocument } from "../../src/ingest/model.ts";
import { visionProgressParser as parser } from "../../src/ingest/vision-progress.ts";

const example = (file: string) =>
  readFileSync(new URL(`../../examples/hokkaido/${file}`, import.meta.url), "utf8");
const SOURCE = example("004_4ec92de3e74eceb1.txt");
const PLAN = "sapporo-sangyo-vision";
const key = (name: string) => `sapporo:${nameKey(name)}`;

function parseOk(text: string): { doc: ParsedDocument; issues: readonly Issue[] } {
  const r = parser.parse(text, "004.txt");
  if (!r.ok) throw new Error(`parse failed: ${JSON.stringify(r.issues)}`);
  return { doc: r.document, issues: r.issues };
}

/** The source with line `no` (1-based) replaced by `replacement` lines. */
function withLine(no: number, ...replacement: string[]): string {
  const lines = SOURCE.split("\n");
  lines.splice(no - 1, 1, ...replacement);
  return lines.join("\n");
}

const { doc, issues } = parseOk(SOURCE);

const program = (name: string) => {
  const p = doc.programs.find((x) => x.key === key(name));
  if (!p) throw new Error(`no program ${name}`);
  return p;
};
const linksOf = (name: string) => doc.programLinks.filter((l) => l.programKey === key(name));
const budgetsOf = (name: string) => doc.budgetLines.filter((b) => b.programKey === key(name));
const usageAt = (line: number) => doc.usages.find((u) => u.line === line)!;
/** Observations of an indicator by western year. */
const series = (indicatorKey: string) =>
  new Map<number, ObservationInput>(
    doc.observations.filter((o) => o.indicatorKey === indicatorKey).map((o) => [o.period.from, o]),
  );
const valuesOf = (indicatorKey: string) =>
  [...series(indicatorKey).values()].map((o) => o.value ?? o.milestone ?? o.status);

describe("detect", () => {
  it("recognises the document", () => {
    expect(parser.detect(SOURCE)).toBeGreaterThanOrEqual(0.8);
  });

  it("rejects the other seed documents and empty text", () => {
    for (const f of ["000_e25062dde0f4057b.txt", "001_cc06a4170be94624.txt", "002_a77f6276237534d1.txt"]) {
      expect(parser.detect(example(f))).toBe(0);
    }
    expect(parser.detect(example("003_39c673442226f438.txt"))).toBe(0);
    expect(parser.detect("")).toBe(0);
  });

  it("needs both the vision's name and the table header", () => {
    expect(parser.detect("札幌市産業振興ビジョン")).toBe(0);
    expect(parser.detect("決算見込額(千円)")).toBe(0);
  });
});

describe("the document", () => {
  it("identifies itself", () => {
    expect(doc.kind).toBe("vision-progress");
    expect(doc.key).toBe(PLAN);
    expect(doc.title).toBe("札幌市産業振興ビジョン改定版の各種取組の進捗状況");
    expect(doc.edition).toBe("2023");
    expect(doc.evaluationYear).toBe(2022);
    expect(doc.departments).toEqual([]);
    expect(doc.plans).toEqual([
      {
        key: PLAN,
        name: "札幌市産業振興ビジョン改定版",
        organization: "札幌市",
        levels: ["分野", "柱", "基本施策", "取組"],
        ruleProfile: "sapporo-vision",
      },
    ]);
  });

  it("reports only the document's own inconsistencies, as warnings with lines", () => {
    expect(issues.every((i) => i.severity === "warning")).toBe(true);
    // 91, 193, 685: one indicator name, two series; 255, 369, 388, 389, 406, 504: 【再掲】 rows printing
    // other figures; 389, 534: 【再掲】 names with typos; 483, 653: (再掲) 取組 headings worded
    // differently; 90, 765: an ended program printing an R4 actual.
    expect(issues.map((i) => i.line)).toEqual([
      90, 91, 193, 255, 369, 388, 389, 389, 406, 483, 504, 534, 653, 685, 765,
    ]);
  });
});

describe("plan tree", () => {
  const count = (level: string) => doc.nodes.filter((n) => n.level === level).length;

  it("has the nodes counted by hand", () => {
    expect(count("分野")).toBe(8);
    expect(count("柱")).toBe(9);
    expect(count("基本施策")).toBe(43);
    expect(count("取組")).toBe(87);
    expect(doc.nodes).toHaveLength(147);
  });

  it("has unique keys and parents that exist", () => {
    const keys = new Set(doc.nodes.map((n) => n.key));
    expect(keys.size).toBe(doc.nodes.length);
    for (const n of doc.nodes) {
      expect(n.planKey).toBe(PLAN);
      if (n.level === "分野") expect(n.parentKey).toBeUndefined();
      else expect(keys.has(n.parentKey!)).toBe(true);
    }
  });

  it("keys 重点分野 branches 分野/基本施策/取組", () => {
    const n = doc.nodes.find((x) => x.key === `${PLAN}/重点分野1/基本施策1/取組1`);
    expect(n).toMatchObject({
      level: "取組",
      code: "①",
      parentKey: `${PLAN}/重点分野1/基本施策1`,
      name: "さっぽろ雪まつりやホワイトイルミネーションなど、札幌を代表するイベントの魅力アップ",
      sortOrder: 1,
      line: 48,
    });
    expect(doc.nodes.find((x) => x.key === `${PLAN}/重点分野1`)).toMatchObject({
      level: "分野",
      code: "重点分野1",
      name: "観光",
      sortOrder: 1,
    });
    // Full-width brackets in "環境（エネルギー）" (line 205) are normalised.
    expect(doc.nodes.find((x) => x.key === `${PLAN}/重点分野3/基本施策3`)?.name).toBe(
      "環境負荷低減に配慮したまちづくりを通じた環境(エネルギー)分野の振興",
    );
  });

  it("keys 横断的戦略 branches 分野/柱/基本施策/取組, named as the contents name them", () => {
    expect(doc.nodes.find((x) => x.key === `${PLAN}/横断的戦略1`)).toMatchObject({
      code: "横断的戦略1",
      name: "札幌経済を支える中小・小規模企業への支援",
      sortOrder: 6,
    });
    expect(doc.nodes.find((x) => x.key === `${PLAN}/横断的戦略3/柱4`)?.name).toBe("道外からの人材誘致");
    expect(doc.nodes.find((x) => x.key === `${PLAN}/横断的戦略1/柱1/基本施策1/取組3`)).toMatchObject({
      parentKey: `${PLAN}/横断的戦略1/柱1/基本施策1`,
      name: "優れた技術やサービスなどを評価する事業性評価を実施し、経営改善や円滑な資金調達を支援",
      line: 366,
    });
  });

  it("records where a (再掲) 取組 without rows comes from", () => {
    const n = doc.nodes.find((x) => x.key === `${PLAN}/横断的戦略1/柱1/基本施策3/取組2`)!;
    expect(n.name).toBe("6次産業化の取組を支援するなど道産品の付加価値向上");
    expect(n.texts).toEqual({ 再掲: "再掲のため省略", 再掲元: `${PLAN}/重点分野2/基本施策2/取組1` });
    expect(doc.programLinks.filter((l) => l.nodeKey === n.key)).toEqual([]);
    // Line 545 refers forward to line 753.
    expect(doc.nodes.find((x) => x.line === 545)?.texts?.["再掲元"]).toBe(
      `${PLAN}/横断的戦略3/柱4/基本施策1/取組1`,
    );
  });
});

describe("programs and links", () => {
  it("has one program per first listing and one link per row", () => {
    expect(doc.programs).toHaveLength(104);
    expect(new Set(doc.programs.map((p) => p.key)).size).toBe(104);
    expect(doc.programLinks).toHaveLength(157);
    expect(doc.programLinks.filter((l) => l.relisted)).toHaveLength(53);
    const programs = new Set(doc.programs.map((p) => p.key));
    const nodes = new Set(doc.nodes.filter((n) => n.level === "取組").map((n) => n.key));
    for (const l of doc.programLinks) {
      expect(programs.has(l.programKey)).toBe(true);
      expect(nodes.has(l.nodeKey)).toBe(true);
    }
  });

  it("reads さっぽろ雪まつり事業 (line 50) field by field", () => {
    expect(program("さっぽろ雪まつり事業")).toEqual({
      key: "sapporo:さっぽろ雪まつり事業",
      name: "さっぽろ雪まつり事業",
      summary: "・さっぽろ雪まつり実行委員会への補助金",
      line: 50,
    });
    expect(linksOf("さっぽろ雪まつり事業")).toEqual([
      {
        programKey: "sapporo:さっぽろ雪まつり事業",
        nodeKey: `${PLAN}/重点分野1/基本施策1/取組1`,
        sortOrder: 1,
        relisted: false,
        listed: {
          name: "さっぽろ雪まつり事業",
          indicator: "年間来場者数(万人)",
          star: false,
          actuals: { H30: "274", R1: "202", R2: "0", R3: "0", R4: "175" },
          content: "・さっぽろ雪まつり実行委員会への補助金",
          settlementEstimate: "412,018",
          target: "300",
        },
        line: 50,
      },
    ]);
    expect(budgetsOf("さっぽろ雪まつり事業")).toEqual([
      {
        programKey: "sapporo:さっぽろ雪まつり事業",
        fiscalYear: 2022,
        kind: "決算見込",
        amount: 412018n,
        scale: 3,
        standalone: true,
        line: 50,
      },
    ]);
    const indicator = doc.indicators.find((i) => i.key === key("年間来場者数(万人)"));
    expect(indicator).toEqual({
      key: key("年間来場者数(万人)"),
      name: "年間来場者数(万人)",
      unit: "万人",
      direction: "increase",
      measure: "quantitative",
      line: 50,
    });
    expect(valuesOf(key("年間来場者数(万人)"))).toEqual(["274", "202", "0", "0", "175"]);
    expect(series(key("年間来場者数(万人)")).get(2018)).toEqual({
      indicatorKey: key("年間来場者数(万人)"),
      series: "actual",
      period: { from: 2018, to: 2018 },
      value: "274",
      line: 50,
    });
    expect(usageAt(50)).toEqual({
      indicatorKey: key("年間来場者数(万人)"),
      nodeKey: `${PLAN}/重点分野1/基本施策1/取組1`,
      displayName: "年間来場者数(万人)",
      sortOrder: 1,
      role: "指標",
      targets: [{ period: { from: 2022, to: 2022 }, kind: "absolute", value: "300", isFinal: false }],
      line: 50,
    });
  });

  it("orders links within a 取組 as printed", () => {
    const node = `${PLAN}/重点分野1/基本施策1/取組1`;
    const names = doc.programLinks
      .filter((l) => l.nodeKey === node)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((l) => l.listed?.["name"]);
    expect(names).toEqual([
      "さっぽろ雪まつり事業",
      "さっぽろホワイトイルミネーション事業",
      "さっぽろオータムフェスト事業",
      "サッポロ・シティ・ジャズ事業",
    ]);
  });

  it("links 【再掲】 rows to the first listing's program and keeps each listing's figures", () => {
    // 健康医療バイオ産業支援事業: line 235 (★), re-listed on lines 240, 255 and 266.
    const links = linksOf("健康医療バイオ産業支援事業");
    expect(links.map((l) => [l.line, l.relisted])).toEqual([
      [235, false],
      [240, true],
      [255, true],
      [266, true],
    ]);
    const first = links[0]!.listed!;
    const second = links[2]!.listed!;
    expect(first["actuals"]).toEqual({ H30: "35", R1: "63", R2: "89", R3: "109", R4: "129" });
    expect(first["settlementEstimate"]).toBe("71,678");
    expect(first["star"]).toBe(true);
    expect(second["actuals"]).toEqual({ H30: "35", R1: "63", R2: "88", R3: "119", R4: "147" });
    expect(second["settlementEstimate"]).toBe("74,000");
    expect(second["star"]).toBe(false);
    expect(links[2]!.nodeKey).toBe(`${PLAN}/重点分野4/基本施策2/取組2`);
    // Budget and observations come from the first listing only.
    expect(budgetsOf("健康医療バイオ産業支援事業").map((b) => b.amount)).toEqual([71678n]);
    expect(valuesOf(key("補助採択企業数(累計)"))).toEqual(["35", "63", "89", "109", "129"]);
    expect(program("健康医療バイオ産業支援事業").attributes).toEqual({ star: true });
  });

  it("resolves 【再掲】 names that are abbreviated or misspelt", () => {
    // Line 368 "中小企業経営支援事業" is 354's "中小企業経営支援事業(中小企業支援センター事業)".
    const full = "中小企業経営支援事業(中小企業支援センター事業)";
    expect(linksOf(full).map((l) => l.line)).toEqual([354, 368, 563, 580, 650]);
    expect(linksOf(full)[1]!.listed?.["name"]).toBe("中小企業経営支援事業");
    // Line 389 "IT活用…" is 293's "IT利活用…"; line 534 "…エネルギーギー…" is 218's.
    expect(linksOf("IT利活用ビジネス拡大事業").map((l) => [l.line, l.relisted])).toEqual([
      [293, false],
      [389, true],
    ]);
    expect(linksOf("都心エネルギープラン推進事業").map((l) => l.line)).toEqual([218, 534]);
    expect(doc.programs.some((p) => p.name.includes("ギーギー") || p.name === "IT活用ビジネス拡大事業")).toBe(
      false,
    );
    // The links made by a similar name say so (for `hyoka check`); the abbreviation (line 368) does not.
    const similar = doc.programLinks.filter((l) => l.listed?.["matchedBy"] !== undefined);
    expect(similar.map((l) => [l.line, l.listed?.["matchedBy"]])).toEqual([
      [389, "similar-name"],
      [534, "similar-name"],
    ]);
  });

  it("reads when a program ended and what it was merged into", () => {
    expect(
      doc.programs
        .filter((p) => p.endedYear !== undefined)
        .map((p) => [p.line, p.endedYear, p.successorName]),
    ).toEqual([
      [65, 2021, undefined], // (令和3年度をもって終了)
      [90, 2021, undefined],
      [123, 2021, undefined],
      [293, 2021, "中小企業DX推進費"], // (令和4年度から中小企業DX推進費に統合)
      [303, 2019, undefined], // (令和元年度事業終了)
      [308, 2019, undefined],
      [672, 2021, undefined],
      [765, 2021, undefined],
    ]);
    // Line 236 "(令和3年度単年事業)" prints R4 figures (6, target 4): not an end.
    expect(program("バイオベンチャー育成支援費").endedYear).toBeUndefined();
    // No observation where an ended program prints "—" after its last year: line 303 24 35 — — … —,
    // line 293 — 4.9 3.2 11.2 … —.
    expect(valuesOf(key("支援対象企業におけるプロジェクト着件数(累計)"))).toEqual(["24", "35"]);
    expect(valuesOf(key("札幌市情報通信業の売上高成長率(累計)(%)"))).toEqual(["－", "4.9", "3.2", "11.2"]);
    // Line 90 prints R4 84.8 though the program ended in R3: kept as printed, with a warning.
    expect(series(key("観光スポットへの交通アクセスに対する満足度(%)")).get(2022)?.value).toBe("84.8");
    expect(issues.find((i) => i.line === 90)?.message).toContain("R4の実績「84.8」");
  });

  it("marks ★ programs, whether ★ is in the name cell or a column of its own", () => {
    const starred = doc.programs.filter((p) => p.attributes?.["star"] === true).map((p) => p.line);
    // Lines 66 (own column), 117, 192, 235, 284, 354, 519, 755.
    expect(starred).toEqual([66, 117, 192, 235, 284, 354, 519, 755]);
    expect(program("夜景・夜間観光推進強化事業").name).toBe("夜景・夜間観光推進強化事業");
  });

  it("keeps a bracketed content remark as a note, not a summary", () => {
    // Line 65: 観光資源発掘・魅力創出事業 1.28 1.35 1.27 集計中 (令和3年度をもって終了) — — 1.3
    expect(program("観光資源発掘・魅力創出事業")).toEqual({
      key: key("観光資源発掘・魅力創出事業"),
      name: "観光資源発掘・魅力創出事業",
      attributes: { note: "令和3年度をもって終了" },
      endedYear: 2021,
      line: 65,
    });
    expect(budgetsOf("観光資源発掘・魅力創出事業")).toEqual([]);
    // Its R4 "—" is no observation: the program did not run in R4.
    expect(valuesOf(key("国内観光客の平均滞在日数"))).toEqual(["1.28", "1.35", "1.27", "集計中"]);
    expect(usageAt(65).targets).toEqual([
      { period: { from: 2022, to: 2022 }, kind: "absolute", value: "1.3", isFinal: false },
    ]);
    expect(program("IT利活用ビジネス拡大事業").attributes).toEqual({
      note: "令和4年度から中小企業DX推進費に統合",
    });
  });

  it("strips the extraction's HTML from contents", () => {
    expect(program("夜景・夜間観光推進強化事業").summary).toBe(
      "共同プロモーション負担金 夜景サミット出展料等 繁華街等新規開店補助",
    );
    expect(program("札幌市シルバー人材センター運営費補助事業").summary).toMatch(/^国の補助制度と協調して、/);
  });

  it("reads the pages whose rows end with an extra empty cell (lines 493–506)", () => {
    expect(linksOf("国際ビジネス人材育成事業")[0]).toMatchObject({
      nodeKey: `${PLAN}/横断的戦略1/柱3/基本施策4/取組2`,
      relisted: false,
      line: 506,
    });
    expect(budgetsOf("国際ビジネス人材育成事業").map((b) => b.amount)).toEqual([4800n]);
    expect(usageAt(506).targets[0]?.value).toBe("20");
  });
});

describe("budget lines", () => {
  it("has one 決算見込 line per first listing that prints an amount", () => {
    expect(doc.budgetLines).toHaveLength(91);
    for (const b of doc.budgetLines) {
      expect(b).toMatchObject({ fiscalYear: 2022, kind: "決算見込", scale: 3, standalone: true });
    }
    // A printed 0 is an amount (line 427), the largest is the loan fund (line 360).
    expect(budgetsOf("みんなの商店街集客力アップ事業").map((b) => b.amount)).toEqual([0n]);
    expect(budgetsOf("中小企業金融対策資金貸付事業").map((b) => b.amount)).toEqual([88441169n]);
  });
});

describe("indicators and observations", () => {
  it("has the indicators and observations counted by hand", () => {
    expect(doc.indicators).toHaveLength(102);
    expect(new Set(doc.indicators.map((i) => i.key)).size).toBe(102);
    expect(doc.observations).toHaveLength(500);
    const lastYear = (line: number) => doc.programs.find((p) => p.line === line)?.endedYear;
    for (const i of doc.indicators) {
      const years = [2018, 2019, 2020, 2021, 2022];
      // Lines 90 and 765 print an R4 actual after their last year; the others print "—".
      const ended = [90, 765].includes(i.line!) ? undefined : lastYear(i.line!);
      expect([...series(i.key).keys()]).toEqual(years.filter((y) => ended === undefined || y <= ended));
    }
    expect(doc.usages).toHaveLength(157);
    const indicators = new Set(doc.indicators.map((i) => i.key));
    for (const u of doc.usages) expect(indicators.has(u.indicatorKey)).toBe(true);
  });

  it("counts statuses as printed", () => {
    const status = (s: string) => doc.observations.filter((o) => o.status === s).length;
    // 集計中 in first listings: lines 65, 67, 77, 78, 81, 202, 213, plus "2023.12頃実績確定" (line 100).
    expect(status("集計中")).toBe(8);
    // 調査未実施: line 88 R2 and R3; 非調査年: line 640 R1.
    expect(status("調査未実施")).toBe(3);
    expect(status("調査中")).toBe(1); // line 767 R3
  });

  it("reads a status row: おもてなし推進事業 (line 88)", () => {
    const k = key("滞在中に受けたおもてなしに対する満足度(%)");
    expect(usageAt(88).indicatorKey).toBe(k);
    const s = series(k);
    expect(s.get(2018)?.value).toBe("62.8");
    expect(s.get(2019)?.value).toBe("70.9");
    // The status and its remark apart, the remark without its brackets.
    expect(s.get(2020)).toMatchObject({ status: "調査未実施", note: "外国人観光客が対象のため" });
    expect(s.get(2020)?.value).toBeUndefined();
    expect(s.get(2021)).toMatchObject({ status: "調査未実施", note: "外国人観光客が対象のため" });
    expect(s.get(2022)?.value).toBe("73.9");
    expect(usageAt(88).targets[0]?.value).toBe("70.0");
    expect(doc.indicators.find((i) => i.key === k)?.unit).toBe("%");
  });

  it("reads qualitative rows as milestones", () => {
    // Line 68: スノーリゾート推進事業 スノーリゾート推進計画策定 — 検討 検討 策定 … 策定 策定
    const k = key("スノーリゾート推進計画策定");
    expect(doc.indicators.find((i) => i.key === k)).toMatchObject({
      measure: "qualitative",
      milestones: ["検討", "策定"],
      unit: "",
    });
    expect(valuesOf(k)).toEqual(["－", "検討", "検討", "策定", "策定"]);
    expect(series(k).get(2019)).toMatchObject({ milestone: "検討" });
    expect(usageAt(68).targets).toEqual([
      { period: { from: 2022, to: 2022 }, kind: "absolute", isFinal: false, label: "策定" },
    ]);
    expect(budgetsOf("スノーリゾート推進事業").map((b) => b.amount)).toEqual([48526n]);
    // Line 105: a milestone reached in H30 and a worded target.
    const mice = key("MICE施設整備基本計画の策定、新MICE施設の整備");
    expect(doc.indicators.find((i) => i.key === mice)?.milestones).toEqual([
      "整備基本計画の策定",
      "工事着工、運営事業者の公募",
    ]);
    expect(usageAt(105).targets[0]?.label).toBe("工事着工、運営事業者の公募");
    // Lines 68, 105, 218, 438 (no figures at all, "…の実施"), 476.
    expect(
      doc.indicators
        .filter((i) => i.measure === "qualitative")
        .map((i) => i.line)
        .sort((a, b) => a! - b!),
    ).toEqual([68, 105, 218, 438, 476]);
  });

  it("shares an indicator between programs printing the same name and series", () => {
    // Lines 79 and 89 both print 観光情報の提供に対する満足度(%) 82.3 85.3 84.0 88.6 … 87.2.
    const k = key("観光情報の提供に対する満足度(%)");
    expect(usageAt(79).indicatorKey).toBe(k);
    expect(usageAt(89).indicatorKey).toBe(k);
    expect(doc.indicators.filter((i) => i.key === k)).toHaveLength(1);
    expect(valuesOf(k)).toEqual(["82.3", "85.3", "84.0", "88.6", "87.2"]);
  });

  it("splits an indicator name printed with two different series", () => {
    // Line 91 prints おもてなし…満足度(%) as 82.0 83.6 81.9 91.8 88.6, unlike line 88.
    const base = key("滞在中に受けたおもてなしに対する満足度(%)");
    const own = `${base}#${nameKey("観光客受入環境整備事業")}`;
    expect(usageAt(91).indicatorKey).toBe(own);
    expect(doc.indicators.find((i) => i.key === own)?.name).toBe("滞在中に受けたおもてなしに対する満足度(%)");
    expect(valuesOf(own)).toEqual(["82.0", "83.6", "81.9", "91.8", "88.6"]);
    expect(usageAt(685).indicatorKey).toBe(
      `${key("事業参加者の就職率(%)")}#${nameKey("ワークトライアル事業")}`,
    );
  });

  it("never lets one program's figures into another's row: an ended program's R4 stays empty", () => {
    // Lines 123 and 193 print 着手件数(累計) 21 23 23 24, but R4 "—" (ended in R3) and 24.
    const started = key("支援対象企業におけるプロジェクト着手件数(累計)");
    const environment = `${started}#${nameKey("外需獲得・海外展開支援事業(環境等産業支援)")}`;
    expect(usageAt(123).indicatorKey).toBe(started);
    expect(valuesOf(started)).toEqual(["21", "23", "23", "24"]);
    expect(usageAt(193).indicatorKey).toBe(environment);
    expect(valuesOf(environment)).toEqual(["21", "23", "23", "24", "24"]);
    // 【再掲】 rows keep their program's indicator: line 134 repeats 123, line 496 repeats 193.
    expect(usageAt(134).indicatorKey).toBe(started);
    expect(usageAt(496).indicatorKey).toBe(environment);
  });

  it("uses the first listing's indicator for 【再掲】 rows, with the name they print", () => {
    // Line 496 misprints the indicator as "…着件数(累計)" (line 303's indicator is really that name).
    expect(usageAt(496)).toMatchObject({
      indicatorKey: `${key("支援対象企業におけるプロジェクト着手件数(累計)")}#${nameKey("外需獲得・海外展開支援事業(環境等産業支援)")}`,
      displayName: "支援対象企業におけるプロジェクト着件数(累計)",
      nodeKey: `${PLAN}/横断的戦略1/柱3/基本施策3/取組1`,
    });
    expect(usageAt(303).indicatorKey).toBe(key("支援対象企業におけるプロジェクト着件数(累計)"));
    // A 【再掲】 row's own target: line 389 prints "—" where line 293 prints 8.
    expect(usageAt(293).targets[0]?.value).toBe("8");
    expect(usageAt(389).targets).toEqual([]);
  });

  it("reads figures with units and remarks", () => {
    // Line 202: CO2 emissions, less is better.
    const co2 = key("産業・業務部門全体の二酸化炭素排出量(目標・実績値は前年度CO2排出量の速報値)");
    expect(doc.indicators.find((i) => i.key === co2)).toMatchObject({
      unit: "万t-CO2",
      direction: "decrease",
    });
    expect(valuesOf(co2)).toEqual(["468", "438", "418", "398", "集計中"]);
    expect(usageAt(202).targets[0]?.value).toBe("378");
    // Line 271: "77 ※R5.3末時点" and a target "— (一般経費のため目標値なし)".
    expect(series(key("北大ビジネス・スプリング入居率(%)")).get(2022)).toEqual({
      indicatorKey: key("北大ビジネス・スプリング入居率(%)"),
      series: "actual",
      period: { from: 2022, to: 2022 },
      value: "77",
      note: "※R5.3末時点",
      line: 271,
    });
    expect(usageAt(271)).toMatchObject({ targets: [], note: "目標: — (一般経費のため目標値なし)" });
    // Line 415: "300(見込み値)" is an estimate of 300, the only one; line 270: "— (改修工事のため算出不可)".
    expect(series(key("認証製品の年間売上高(百万円)")).get(2022)).toEqual({
      indicatorKey: key("認証製品の年間売上高(百万円)"),
      series: "actual",
      period: { from: 2022, to: 2022 },
      value: "300",
      estimate: true,
      line: 415,
    });
    expect(doc.observations.filter((o) => o.estimate).map((o) => o.line)).toEqual([415]);
    expect(series(key("有料施設の稼働率(%)")).get(2018)).toMatchObject({
      status: "－",
      note: "改修工事のため算出不可",
    });
    // Line 640 R1 "非調査年"; line 355 R1 "集計不可"; line 100 R4 "2023.12頃実績確定".
    expect(series(key("テレワークを実施している市内中小企業の割合")).get(2019)).toMatchObject({
      status: "調査未実施",
      note: "非調査年",
    });
    expect(series(key("人材確保相談窓口から紹介した企業に就職した人の数(累計)")).get(2019)).toMatchObject({
      status: "－",
      note: "集計不可",
    });
    expect(series(key("JNTO基準による国際会議の年間参加者総数")).get(2022)).toMatchObject({
      status: "集計中",
      note: "2023.12頃実績確定",
    });
    // Units from the name's last bracket only: "(国内)(万人)" → 万人, "(累計)" alone → none.
    expect(doc.indicators.find((i) => i.key === key("年間来札観光客数(国内)(万人)"))?.unit).toBe("万人");
    expect(doc.indicators.find((i) => i.key === key("認証取得件数(累計)"))?.unit).toBe("");
  });
});

describe("robustness", () => {
  it("refuses empty text", () => {
    const r = parser.parse("", "empty.txt");
    expect(r.ok).toBe(false);
    expect(r.issues.some((i) => i.severity === "error")).toBe(true);
  });

  it("refuses random binary without throwing", () => {
    let seed = 42;
    const bytes = Buffer.from(
      Uint8Array.from({ length: 4096 }, () => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed >> 16;
      }),
    );
    for (const text of [bytes.toString("latin1"), bytes.toString("utf8")]) {
      const r = parser.parse(text, "random.bin");
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.severity).toBe("error");
    }
  });

  it("refuses another document", () => {
    expect(parser.parse(example("003_39c673442226f438.txt"), "003.txt").ok).toBe(false);
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string(), (junk, more) => {
        parser.parse(junk, "x.txt");
        parser.parse(`札幌市産業振興ビジョン\n${junk}\n決算見込額\t${more}`, "x.txt");
      }),
      { numRuns: 300 },
    );
  });

  it("reads what it can of a row cut in half, and says so", () => {
    const line50 = SOURCE.split("\n")[49]!;
    const { doc: cut, issues: cutIssues } = parseOk(
      withLine(50, line50.slice(0, Math.floor(line50.length / 2))),
    );
    expect(cutIssues.some((i) => i.line === 50 && /行が途中で切れています/.test(i.message))).toBe(true);
    expect(cut.programs).toHaveLength(104);
    const link = cut.programLinks.find((l) => l.line === 50)!;
    expect(link.listed).toMatchObject({ name: "さっぽろ雪まつり事業", truncated: true });
    expect(link.listed?.["settlementEstimate"]).toBeUndefined();
    expect(cut.budgetLines.some((b) => b.programKey === key("さっぽろ雪まつり事業"))).toBe(false);
    const actuals = cut.observations.filter(
      (o) => o.indicatorKey === key("年間来場者数(万人)") && o.period.from < 2022,
    );
    expect(actuals.map((o) => o.value)).toEqual(["274", "202", "0", "0"]);
  });

  it("joins a row the extraction broke over two lines", () => {
    const line50 = SOURCE.split("\n")[49]!;
    const at = line50.indexOf("への補助金");
    const { doc: split, issues: splitIssues } = parseOk(withLine(50, line50.slice(0, at), line50.slice(at)));
    expect(splitIssues.some((i) => i.line === 50 && /51行目にまたがっています/.test(i.message))).toBe(true);
    expect(split.programs.find((p) => p.key === key("さっぽろ雪まつり事業"))?.summary).toBe(
      "・さっぽろ雪まつり実行委員会への補助金",
    );
    expect(split.budgetLines.find((b) => b.programKey === key("さっぽろ雪まつり事業"))?.amount).toBe(412018n);
    expect(split.programLinks).toHaveLength(157);
  });

  it("warns about rows and headings out of place", () => {
    const text = [
      "札幌市産業振興ビジョン改定版の各種取組の進捗状況",
      "重点分野1.観光",
      "事業A\t指標A(件)\t1\t2\t3\t4\t内容\t1,000\t5\t6",
      "①取組の見出し",
      "基本施策1.施策",
      "関係のない行",
    ].join("\n");
    const { doc: small, issues: smallIssues } = parseOk(text);
    // Row before any 取組 / 基本施策, 取組 outside a 基本施策, stray text; and nothing was read.
    expect(smallIssues.map((i) => i.line)).toEqual([undefined, 3, 4, 6]);
    expect(smallIssues[0]?.message).toBe("事業の行が1つも見つかりません。");
    expect(small.programs).toEqual([]);
    expect(small.nodes.map((n) => n.key)).toEqual([`${PLAN}/重点分野1`, `${PLAN}/重点分野1/基本施策1`]);
  });

  it("keeps its invariants when lines are cut or dropped anywhere", () => {
    const lines = SOURCE.split("\n");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length - 1), fc.nat(300), fc.boolean()), { maxLength: 20 }),
        (edits) => {
          const edited = [...lines];
          for (const [at, keep, drop] of edits) edited[at] = drop ? "" : edited[at]!.slice(0, keep);
          const r = parser.parse(edited.join("\n"), "004.txt");
          if (!r.ok) return;
          const d = r.document;
          const nodes = new Set(d.nodes.map((n) => n.key));
          const programs = new Set(d.programs.map((p) => p.key));
          const indicators = new Set(d.indicators.map((i) => i.key));
          expect(nodes.size).toBe(d.nodes.length);
          expect(programs.size).toBe(d.programs.length);
          for (const l of d.programLinks)
            expect(nodes.has(l.nodeKey) && programs.has(l.programKey)).toBe(true);
          for (const b of d.budgetLines) expect(programs.has(b.programKey)).toBe(true);
          for (const u of d.usages) expect(indicators.has(u.indicatorKey) && nodes.has(u.nodeKey)).toBe(true);
          for (const o of d.observations) expect(indicators.has(o.indicatorKey)).toBe(true);
          for (const i of r.issues) expect(i.severity).toBe("warning");
        },
      ),
      { numRuns: 100 },
    );
  });
});
