// Expected values below were read off examples/hokkaido/002_a77f6276237534d1.txt by hand (line numbers
// in the comments), not taken from the parser's output.
//
// How the programs were counted. Every program page has a header line followed by "背景・課題"; the file
// has 48 "背景・課題" lines and 46 "R4事業費" lines. One program (ICT技術等を活用したコンブ生産増大対策事業費)
// is printed over two pages ("１／２" line 1428, "２／２" line 1463), so there are 47 programs:
//   暮らしの柱 section (line 8):       14 pages: lines 12 37 75 112 139 189 230 266 301 330 378 460 495 542
//   産業の柱 section (line 570):       30 pages, 29 programs: 572 612 640 678 697 739 774 809 857 906 944
//                                     969 999 1047 1108 1177 1213 1243 1277 1333 1369 1428 (+1463) 1505
//                                     1543 1579 1626 1664 1696 1725
//   行政の柱 section (line 1752):       3: 1756 1796 1827
//   データ利活用の柱 section (line 1862): 1: 1866
// Line 460 (環境・エネルギー産業総合支援事業) is printed in the 暮らし section but its page is tagged
// "産業R4事業費"; the parser links a program to the pillar its page shows, so per pillar:
//   暮らし 13, 産業 30, 行政 3, データ利活用 1 (total 47).
// Two pages (542 AIによるエゾシカ…, 1725 多品種少量生産…, both 担当課：道総研) print no R4事業費, so 45
// programs have a budget; two of those are parts of larger sums (75: 4,180,000千円の枠内, 1243:
// ３３２，４０６，０００千円の内数), leaving 43 standalone budgets. Their sum, added by hand from the headers:
//   暮らし tag: 1,308 + 50,000 + 4,049 + 10,363 + 14,823 + 12,356 + 40,801 + 1,330,316 + 2,734 + 355,000
//               + 10,125 = 1,831,875
//   産業 tag:   66,577 (line 460) + 27,224 + 27,955 + 11,069 + 88,249 + 13,003 + 19,029 + 31,763 + 25,584
//               + 5,300 + 22,322 + 7,942 + 10,940 + 48,800 + 13,674 + 8,201 + 9,484 + 4,248 + 52,593
//               + 17,530 + 8,169 + 11,598 + 12,795 + 89,330 + 61,330 + 193,061 + 133,321 + 3,737
//               = 1,024,828
//   行政:       26,821 + 29,083 + 35,236 = 91,140
//   データ利活用: 1,128
//   total 2,948,971 千円.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { society5CatalogueParser as parser } from "../../src/ingest/society5-catalogue.ts";
import type { ParsedDocument, ProgramInput } from "../../src/ingest/model.ts";
import { nameKey, toHalfWidth } from "../../src/domain/text.ts";

const example = (f: string) => fileURLToPath(new URL(`../../examples/hokkaido/${f}`, import.meta.url));
const SOURCE = readFileSync(example("002_a77f6276237534d1.txt"), "utf8");
const PLAN = "hokkaido-society5";

function parsed(text = SOURCE) {
  const result = parser.parse(text, "002_a77f6276237534d1.txt");
  if (!result.ok) throw new Error(`not parsed: ${JSON.stringify(result.issues)}`);
  return { doc: result.document, issues: result.issues };
}
const DOC = parsed();

const keyOf = (name: string) => `hokkaido:${nameKey(name)}`;
function program(name: string, doc: ParsedDocument = DOC.doc): ProgramInput {
  const p = doc.programs.find((x) => x.key === keyOf(name));
  if (!p) throw new Error(`no program ${name}`);
  return p;
}
const attrs = (name: string) => (program(name).attributes ?? {}) as Record<string, unknown>;
const budgetOf = (name: string) => DOC.doc.budgetLines.filter((b) => b.programKey === keyOf(name));
const linkOf = (name: string) => DOC.doc.programLinks.filter((l) => l.programKey === keyOf(name));

describe("detect", () => {
  it("is sure about the seed document", () => {
    expect(parser.detect(SOURCE)).toBeGreaterThanOrEqual(0.8);
  });
  it("needs Society5.0 and R4事業費 or 関連事業", () => {
    expect(parser.detect("「北海道Society5.0」関連事業")).toBeGreaterThanOrEqual(0.8);
    expect(parser.detect("○○事業 暮らしR4事業費 1,308千円\nSociety5.0")).toBeGreaterThanOrEqual(0.8);
    expect(parser.detect("Ｓｏｃｉｅｔｙ５．０ 関連事業")).toBeGreaterThanOrEqual(0.8);
    expect(parser.detect("")).toBe(0);
    expect(parser.detect("Society5.0推進計画")).toBe(0);
    expect(parser.detect("R4事業費 1,308千円")).toBe(0);
  });
  it("is 0 for the other seed documents", () => {
    for (const f of ["000_e25062dde0f4057b.txt", "001_cc06a4170be94624.txt", "003_39c673442226f438.txt"]) {
      expect(parser.detect(readFileSync(example(f), "utf8"))).toBe(0);
    }
    expect(parser.detect(readFileSync(example("004_4ec92de3e74eceb1.txt"), "utf8"))).toBe(0);
  });
});

describe("the document, plan and pillars", () => {
  it("has the fixed identity and no evaluation year", () => {
    const d = DOC.doc;
    expect(d.kind).toBe("society5-catalogue");
    expect(d.key).toBe("hokkaido-society5-r4");
    expect(d.edition).toBe("2022");
    expect(d.title).toBe("令和4年度「北海道Society5.0」関連事業 参考資料");
    expect(d.evaluationYear).toBeUndefined();
  });
  it("has one plan, the Society5.0 推進計画, with one level 柱", () => {
    expect(DOC.doc.plans).toEqual([
      {
        key: PLAN,
        name: "北海道Society5.0推進計画",
        organization: "北海道",
        levels: ["柱"],
        ruleProfile: "hokkaido-kihon-hyoka",
      },
    ]);
  });
  it("has the four pillars as nodes, named by the document's headings (lines 8, 570, 1752, 1862)", () => {
    expect(DOC.doc.nodes.map((n) => [n.key, n.name, n.level, n.planKey, n.sortOrder, n.line])).toEqual([
      [`${PLAN}/暮らし`, "暮らしの柱", "柱", PLAN, 1, 8],
      [`${PLAN}/産業`, "産業の柱", "柱", PLAN, 2, 570],
      [`${PLAN}/行政`, "行政の柱", "柱", PLAN, 3, 1752],
      [`${PLAN}/データ利活用`, "データ利活用の柱", "柱", PLAN, 4, 1862],
    ]);
  });
});

describe("programs", () => {
  it("counts 47 programs, 13 / 30 / 3 / 1 per pillar (see the header comment)", () => {
    const d = DOC.doc;
    expect(d.programs).toHaveLength(47);
    expect(new Set(d.programs.map((p) => p.key)).size).toBe(47);
    const per = (p: string) => d.programLinks.filter((l) => l.nodeKey === `${PLAN}/${p}`).length;
    expect([per("暮らし"), per("産業"), per("行政"), per("データ利活用")]).toEqual([13, 30, 3, 1]);
    expect(d.programLinks).toHaveLength(47);
    expect(d.programLinks.every((l) => !l.relisted)).toBe(true);
  });

  it("lists the programs in document order, first and last of each section", () => {
    const names = DOC.doc.programs.map((p) => p.name);
    expect(names[0]).toBe("「北海道Society5.0」推進体制整備事業費"); // line 12, ｢ printed half-width
    expect(names[13]).toBe("AIによるエゾシカ撮影頻度算出の効率化"); // line 542
    expect(names[14]).toBe("ドローン活用実証事業"); // line 572
    expect(names[42]).toBe("多品種少量生産に対応したロボットハンドリング技術の開発"); // line 1725
    expect(names.slice(43)).toEqual([
      "自治体DX推進事業（道庁ＤＸ推進事業）",
      "自治体DX推進事業（地域デジタル化）",
      "ＧＩＧＡスクール運営支援センター整備事業",
      "ICT活用型草地管理普及促進事業", // line 1866, "事業名 " stripped
    ]);
  });

  it("links every link and budget to a program", () => {
    const keys = new Set(DOC.doc.programs.map((p) => p.key));
    expect(DOC.doc.programLinks.every((l) => keys.has(l.programKey))).toBe(true);
    expect(DOC.doc.budgetLines.every((b) => keys.has(b.programKey))).toBe(true);
  });

  it("is the same on a second parse (stable keys)", () => {
    expect(parsed().doc.programs.map((p) => p.key)).toEqual(DOC.doc.programs.map((p) => p.key));
  });
});

describe("budgets", () => {
  it("has 45 R4事業費 lines in 千円, fiscal 2022, 予算; 43 standalone summing to 2,948,971", () => {
    const b = DOC.doc.budgetLines;
    expect(b).toHaveLength(45);
    expect(b.every((x) => x.fiscalYear === 2022 && x.kind === "予算" && x.scale === 3)).toBe(true);
    const standalone = b.filter((x) => x.standalone);
    expect(standalone).toHaveLength(43);
    expect(standalone.reduce((s, x) => s + x.amount, 0n)).toBe(2_948_971n);
  });

  it("sums per pillar as added by hand", () => {
    const sum = (pillar: string) => {
      const keys = new Set(
        DOC.doc.programLinks.filter((l) => l.nodeKey === `${PLAN}/${pillar}`).map((l) => l.programKey),
      );
      return DOC.doc.budgetLines
        .filter((x) => x.standalone && keys.has(x.programKey))
        .reduce((s, x) => s + x.amount, 0n);
    };
    expect([sum("暮らし"), sum("産業"), sum("行政"), sum("データ利活用")]).toEqual([
      1_831_875n,
      1_024_828n,
      91_140n,
      1_128n,
    ]);
  });

  it("reads full-width digits and commas exactly", () => {
    expect(budgetOf("科学技術ふれあい推進事業費")[0]?.amount).toBe(4_049n); // "４,０４９千円"
    expect(budgetOf("高齢者通いの場ＩＣＴ普及推進事業")[0]?.amount).toBe(2_734n); // "２,７３４千円"
    expect(budgetOf("ゼロカーボン地域プロジェクト支援事業")[0]?.amount).toBe(355_000n); // "３５５，０００千円"
    expect(budgetOf("介護ロボット導入支援事業・介護ロボット普及推進事業")[0]?.amount).toBe(1_330_316n); // "１，330,316"
    expect(budgetOf("スマート林業構築推進事業費")[0]?.amount).toBe(12_795n); // "12,７９５千円"
  });

  it("marks 枠内 and 内数 amounts as not standalone, with the printed note", () => {
    expect(budgetOf("地域づくり総合交付金（地域づくり推進事業）")).toEqual([
      {
        programKey: keyOf("地域づくり総合交付金（地域づくり推進事業）"),
        fiscalYear: 2022,
        kind: "予算",
        amount: 4_180_000n,
        scale: 3,
        standalone: false,
        note: "4,180,000千円の枠内",
        line: 75,
      },
    ]);
    const loan = budgetOf(
      "中小企業総合振興資金貸付金[ステップアップ貸付「政策サポート（事業活性化（IT活用））」]",
    );
    expect(loan.map((x) => [x.amount, x.standalone, x.note])).toEqual([
      [332_406_000n, false, "332,406,000千円の内数"],
    ]);
  });

  it("counts a program printed over two pages once (lines 1428 and 1463, 11,598千円 each)", () => {
    const name = "ICT技術等を活用したコンブ生産増大対策事業費";
    expect(budgetOf(name).map((x) => x.amount)).toEqual([11_598n]);
    expect(linkOf(name)).toHaveLength(1);
    expect(attrs(name).pages).toEqual([1428, 1463]);
    expect(program(name).department).toBe("水産林務部水産局水産振興課・水産経営課");
    expect(attrs(name).targets).toEqual([
      { label: "令和4年度の目標値", text: "新たな課題に対応したシステムの構築", year: 2022, line: 1448 },
      { label: "令和4年度の目標値", text: "画像解析ソフトの開発", year: 2022, line: 1480 },
    ]);
  });

  it("checks the two parts printed on the 介護ロボット page against its total (lines 319, 323)", () => {
    const key = keyOf("介護ロボット導入支援事業・介護ロボット普及推進事業");
    // 1,202,160 + 128,156 = 1,330,316
    expect(DOC.doc.printedTotals).toEqual([
      { scopeKey: key, label: "R4事業費（内訳の合計）", printed: "1330316", sumOfRows: "1330316", line: 301 },
    ]);
  });
});

describe("programs field by field", () => {
  it("科学技術ふれあい推進事業費 (line 112)", () => {
    const name = "科学技術ふれあい推進事業費";
    const p = program(name);
    expect(p.name).toBe(name);
    expect(p.key).toBe("hokkaido:科学技術ふれあい推進事業費");
    expect(p.line).toBe(112);
    expect(p.department).toBe("総合政策部次世代社会戦略局科学技術振興課");
    // ⻘ and ⾼ are radical code points in the PDF text.
    expect(p.summary).toBe(
      "青少年の科学に対する意識や関心の高揚を図り、科学技術の持つ役割や授与性に対する意識を深めることを目指す。",
    );
    expect(attrs(name).background).toBe(
      [
        "• 道総研や教育機関、民間企業等の協力のもと、科学に触れ体験する場として開催",
        "• 小学校の夏休み期間中の行事として定着しており、多くの方が参加(R2〜3はオンライン開催)",
        "• 広域分散型の地域特性や人口減少、積雪寒冷等を強みとし、未来技術を活用した取組を推進",
      ].join("\n"),
    );
    expect(attrs(name).content).toBe(
      "北海道Society5.0を体感できる体験型科学イベント「サイエンスパーク」を開催",
    );
    expect(attrs(name).targets).toEqual([
      { label: "令和４年度のサイエンスパーク参加児童生徒数", text: "1,400人", year: 2022, line: 131 },
    ]);
    expect(budgetOf(name)).toEqual([
      {
        programKey: p.key,
        fiscalYear: 2022,
        kind: "予算",
        amount: 4_049n,
        scale: 3,
        standalone: true,
        line: 112,
      },
    ]);
    expect(linkOf(name).map((l) => [l.nodeKey, l.listed])).toEqual([
      [`${PLAN}/暮らし`, { R4事業費: "４,０４９千円" }],
    ]);
  });

  it("地域づくり総合交付金（北海道デジタルチャレンジ推進事業） (line 37, ﾃﾞｼﾞﾀﾙﾁｬﾚﾝｼﾞ in half-width kana)", () => {
    const name = "地域づくり総合交付金（北海道デジタルチャレンジ推進事業）";
    const p = program(name);
    expect(p.name).toBe(name);
    expect(p.department).toBe("総合政策部次世代社会戦略局DX推進課");
    expect(budgetOf(name).map((b) => [b.amount, b.standalone])).toEqual([[50_000n, true]]);
    const a = attrs(name);
    expect(toHalfWidth(a.subsidyRate as string)).toBe("1/2以内");
    expect(a.limit).toBe("上限：１，０００万円、下限：１００万円");
    expect(a.recipients).toBe("道内市町村と民間企業によるコンソーシアム等");
    expect(a.projectPeriod).toBe("交付決定日から令和５年２月２８日まで");
    expect(a.targets).toEqual([
      { label: "令和７年度", text: "２４件", year: 2025, line: 41 },
      { label: "令和4年度の目標値", text: "５事例に対して支援", year: 2022, line: 55 },
    ]);
    expect(a.actuals).toEqual([{ label: "令和３年度", text: "８件", year: 2021, line: 69 }]);
    expect(p.summary).toBe(
      "道内市町村の抱える地域課題をAIやIoTで解決する実証的な取組を支援し、道内各地域における" +
        "AIやIoT等の未来技術の実装を促進、成功事例を横展開する。",
    );
    expect(a.background).toBe(
      "• 新型コロナウイルス感染症対策や、新たなライフスタイル・ビジネススタイルへの変革に対応" +
        "するため、道内各地域におけるデジタル技術の活用が急務",
    );
  });

  it("地域づくり総合交付金（地域づくり推進事業） (line 75): 交付率 and limits per recipient", () => {
    const name = "地域づくり総合交付金（地域づくり推進事業）";
    expect(program(name).department).toBe("総合政策部地域創生局地域政策課");
    const a = attrs(name);
    expect(a.subsidyRate).toBe("１／２以内"); // "交 付 率 １／２以内"
    expect(a.limitsByRecipient).toEqual([
      { recipient: "単一市町村", limit: "上限： 500万円、下限：50万円" },
      { recipient: "一部事務組合、広域連合等", limit: "上限：1,000万円、下限：50万円" },
      { recipient: "団体（非営利）", limit: "上限： 300万円、下限：10万円" },
    ]);
    expect(a.background).toBe(
      "北海道Society5.0の実現に向けては、道内の多くの市町村や民間団体に取組が展開していくことが不可欠。",
    );
  });

  it("takes the name from the page when the header has none (lines 230 and 301)", () => {
    const a = program("アライグマ根絶モデル実証事業"); // name on line 244
    expect(a.line).toBe(230);
    expect(a.department).toBe("環境生活部自然環境局野生動物対策課");
    expect(budgetOf("アライグマ根絶モデル実証事業")[0]?.amount).toBe(12_356n);
    const b = program("介護ロボット導入支援事業・介護ロボット普及推進事業"); // "… 暮らし" on line 328
    expect(b.line).toBe(301);
    expect(b.department).toBe("保健福祉部高齢者支援局高齢者保健福祉課");
    expect(linkOf(b.name)[0]?.nodeKey).toBe(`${PLAN}/暮らし`);
    const lines = DOC.issues.filter((i) => i.message.includes("事業名がありません")).map((i) => i.line);
    expect(lines).toEqual([230, 301]);
  });

  it("links 環境・エネルギー産業総合支援事業 (line 460) to 産業 as its page says, with a warning", () => {
    const name = "環境・エネルギー産業総合支援事業";
    expect(linkOf(name).map((l) => l.nodeKey)).toEqual([`${PLAN}/産業`]);
    expect(attrs(name).printedInSection).toBe("暮らし");
    expect(DOC.issues.some((i) => i.line === 460 && i.severity === "warning")).toBe(true);
  });

  it("keeps the two 道総研 pages without a budget, with warnings (lines 542, 1725)", () => {
    for (const name of [
      "AIによるエゾシカ撮影頻度算出の効率化",
      "多品種少量生産に対応したロボットハンドリング技術の開発",
    ]) {
      expect(program(name).department).toBe("道総研");
      expect(budgetOf(name)).toEqual([]);
    }
    const noBudget = DOC.issues.filter((i) => i.message.includes("R4事業費 が書かれていません"));
    expect(noBudget.map((i) => [i.severity, i.line])).toEqual([
      ["warning", 542],
      ["warning", 1725],
    ]);
  });

  it("has a department for every program, and no department warnings on the full text", () => {
    expect(DOC.doc.programs.every((p) => p.department)).toBe(true);
    expect(DOC.issues.some((i) => i.message.includes("担当課が見つかりません"))).toBe(false);
    expect(DOC.doc.departments).toContain("経済部産業振興局産業振興課");
    expect(new Set(DOC.doc.departments).size).toBe(DOC.doc.departments.length);
  });

  it("ゼロカーボン地域プロジェクト支援事業 (line 378): the three schemes of its table", () => {
    const a = attrs("ゼロカーボン地域プロジェクト支援事業");
    const schemes = a.schemes as { name: string; subsidyRate: string; limit: string }[];
    expect(schemes.map((s) => [s.name, s.subsidyRate])).toEqual([
      ["ゼロカーボン・モビリティ導入支援事業", "1/2以内"],
      ["ゼロカーボン・ビレッジ構築支援事業", "1/2以内"],
      ["ゼロカーボン・イノベーション導入支援事業", "2/3以内"],
    ]);
    expect(schemes[0]?.limit).toBe("5,000万円");
    expect(schemes[2]?.limit).toBe("最長３年で２億円");
    // Background printed on the 背景・課題 line itself (line 380).
    expect(a.background).toMatch(/^・2050年までに温室効果ガス排出量を実質ゼロとする/);
  });

  it("中小企業総合振興資金貸付金 (line 1243): the loan terms", () => {
    const a = attrs("中小企業総合振興資金貸付金[ステップアップ貸付「政策サポート（事業活性化（IT活用））」]");
    expect(a.loan).toEqual({
      menu: "ステップアップ貸付 政策サポート 事業活性化（IT活用）",
      eligibility: "生産性向上等を図るためITツールの導入を行うもの等",
      use: "事業資金",
      amount: "１億円",
      term: "１０年以内（うち据置１年以内）",
      rate: "１．１％（３年以内）、１．３％（５年以内）、１．５％（７年以内）、１．７％（１０年以内）",
    });
  });

  it("次世代自動車部品等参入促進事業 (line 1213): the overview is not the 【実施内容】 text above it", () => {
    const name = "次世代自動車部品等参入促進事業";
    expect(program(name).summary).toBe(
      "電気自動車等の次世代自動車への転換が進む中、コロナ禍で厳しい状況にある道内自動車部品" +
        "メーカー等に対して、次世代自動車部品等の開発・生産への参入を支援",
    );
    expect(attrs(name).content).toMatch(
      /^【事業概要】\n次世代自動車部品等への参入促進に向けて、人材育成を支援/,
    );
  });

  it("keeps a period target with its range (データセンター集積推進事業, line 778)", () => {
    expect(attrs("データセンター集積推進事業").targets).toEqual([
      {
        label: "目標 令和２年〜令和４年累計",
        text: "リスク分散による立地件数：７５件",
        year: 2022,
        period: { from: 2020, to: 2022 },
        line: 778,
      },
    ]);
  });
});

describe("indicators", () => {
  it("emits the telework indicator from the 年次 / 数値目標 table (lines 143-152)", () => {
    const key = nameKey("テレワーク施設等を利用してワーケーションを行った人数");
    const ind = DOC.doc.indicators.find((i) => i.key === key);
    expect(ind).toMatchObject({ unit: "人", direction: "increase", measure: "quantitative" });
    const usage = DOC.doc.usages.find((u) => u.indicatorKey === key);
    expect(usage?.nodeKey).toBe(`${PLAN}/暮らし`);
    expect(usage?.baseline).toEqual({ period: { from: 2020, to: 2020, basis: "fiscal" }, value: "13743" });
    expect(usage?.targets).toEqual([
      {
        period: { from: 2025, to: 2025, basis: "fiscal" },
        kind: "absolute",
        value: "100000",
        isFinal: true,
        label: "100,000人",
      },
    ]);
  });

  it("names the 事業採択件数 chart by its bracketed label (lines 41, 69, 71)", () => {
    const key = nameKey("事業採択件数(累計)");
    expect(
      DOC.doc.usages.find((u) => u.indicatorKey === key)?.targets.map((t) => [t.period.to, t.value]),
    ).toEqual([[2025, "24"]]);
    expect(
      DOC.doc.observations.filter((o) => o.indicatorKey === key).map((o) => [o.period.to, o.value]),
    ).toEqual([[2021, "8"]]);
  });

  it("馬鈴しょ作付面積 (lines 1337-1343, 1367): 維持 is a maintain target on the baseline", () => {
    const key = nameKey("馬鈴しょ作付面積");
    expect(DOC.doc.indicators.find((i) => i.key === key)).toMatchObject({
      unit: "ha",
      direction: "maintain",
    });
    const usage = DOC.doc.usages.find((u) => u.indicatorKey === key);
    expect(usage?.baseline?.value).toBe("48100");
    expect(usage?.targets).toEqual([
      { period: { from: 2025, to: 2025 }, kind: "baseline_or_more", isFinal: true, label: "維持" },
    ]);
  });

  it("adds the 令和4年度の目標値 only when it repeats the indicator's name (宇宙…, lines 1112-1114, 1132)", () => {
    const key = nameKey("宇宙関連産業への新規参入／宇宙ビジネス創出件数");
    const usage = DOC.doc.usages.find((u) => u.indicatorKey === key);
    expect(usage?.baseline).toEqual({ period: { from: 2018, to: 2018 }, value: "0" });
    expect(usage?.targets.map((t) => [t.period.to, t.value, t.isFinal])).toEqual([
      [2022, "1", false],
      [2024, "5", true],
    ]);
  });

  it("warns about the western year that contradicts 平成30年 (line 1376: '(2020年)')", () => {
    expect(DOC.issues.some((i) => i.line === 1374 && i.message.includes("2020"))).toBe(true);
    const key = nameKey("ガイダンスシステムの導入台数");
    expect(
      DOC.doc.observations.filter((o) => o.indicatorKey === key).map((o) => [o.period.to, o.value]),
    ).toEqual([
      [2018, "11530"],
      [2020, "24130"], // "※ R2実績 24,130台", line 1424
    ]);
  });

  it("every usage points at a pillar node and an emitted indicator", () => {
    const nodes = new Set(DOC.doc.nodes.map((n) => n.key));
    const inds = new Set(DOC.doc.indicators.map((i) => i.key));
    expect(DOC.doc.usages.every((u) => nodes.has(u.nodeKey) && inds.has(u.indicatorKey))).toBe(true);
    expect(DOC.doc.observations.every((o) => inds.has(o.indicatorKey))).toBe(true);
  });
});

describe("robustness", () => {
  it("refuses empty text without throwing", () => {
    const r = parser.parse("", "empty.txt");
    expect(r.ok).toBe(false);
    expect(r.issues.length).toBeGreaterThan(0);
  });

  it("parses the first half of the document (lines 1-952) with warnings", () => {
    const half = SOURCE.split("\n").slice(0, 952).join("\n");
    const r = parser.parse(half, "half.txt");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // 14 in the 暮らし section and 11 産業 pages up to ＩＴ産業等振興事業 (line 944), whose 担当課 (line 963)
    // is cut off.
    expect(r.document.programs).toHaveLength(25);
    expect(r.document.programs.at(-1)?.name).toBe("ＩＴ産業等振興事業");
    const warnings = r.issues.filter((i) => i.severity === "warning");
    expect(warnings.some((i) => i.line === 944 && i.message.includes("担当課"))).toBe(true);
    expect(warnings.some((i) => i.message.includes("行政の柱"))).toBe(true);
    expect(warnings.some((i) => i.message.includes("データ利活用の柱"))).toBe(true);
    expect(r.document.nodes).toHaveLength(4);
  });

  it("never throws on slices of the document or on noise", () => {
    fc.assert(
      fc.property(fc.nat(SOURCE.length), fc.nat(6000), fc.string(), (from, len, noise) => {
        const text = `Society5.0 R4事業費\n${SOURCE.slice(from, from + len)}${noise}`;
        const r = parser.parse(text, "slice.txt");
        expect(r.ok).toBe(true);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(() => parser.parse(s, "noise.txt")).not.toThrow();
      }),
    );
  });
});
