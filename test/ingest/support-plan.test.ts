// Expected values below were read off examples/hokkaido/001_cc06a4170be94624.txt by hand (line numbers
// in the comments), not taken from the parser's output.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { supportPlanParser } from "../../src/ingest/support-plan.ts";
import type { ParsedDocument, ParseResult } from "../../src/ingest/model.ts";

const FILE = fileURLToPath(new URL("../../examples/hokkaido/001_cc06a4170be94624.txt", import.meta.url));
const SOURCE = readFileSync(FILE, "utf8");
const PLAN = "hokkaido-kita-monozukuri-support";

function parsed(text = SOURCE): { doc: ParsedDocument; result: ParseResult } {
  const result = supportPlanParser.parse(text, "001_cc06a4170be94624.txt");
  if (!result.ok) throw new Error(`not parsed: ${JSON.stringify(result.issues)}`);
  return { doc: result.document, result };
}

const texts = () => parsed().doc.plans[0]?.texts ?? {};
const textWhere = (pred: (key: string) => boolean) =>
  Object.entries(texts()).find(([k]) => pred(k))?.[1] ?? "";

describe("supportPlanParser.detect", () => {
  it("is sure about the seed document", () => {
    expect(supportPlanParser.detect(SOURCE)).toBeGreaterThanOrEqual(0.8);
  });
  it("is high for any text naming 連携支援計画 and 支援機関", () => {
    expect(supportPlanParser.detect("○○県 連携支援計画\n地域経済牽引支援機関")).toBeGreaterThanOrEqual(0.8);
  });
  it("is 0 otherwise", () => {
    expect(supportPlanParser.detect("")).toBe(0);
    expect(supportPlanParser.detect("連携支援計画")).toBe(0);
    expect(supportPlanParser.detect("令和５年度　基本評価調書")).toBe(0);
  });
});

describe("the plan (001)", () => {
  it("is one support-plan document with the fixed key", () => {
    const { doc } = parsed();
    expect(doc.kind).toBe("support-plan");
    expect(doc.key).toBe(PLAN);
    expect(doc.title).toBe("北海道「北のものづくり」連携支援計画"); // line 3
    expect(doc.evaluationYear).toBeUndefined();
    expect(doc.plans).toHaveLength(1);
  });

  it("states no date of its own; the edition is the latest 現在 it cites (平成29年12月22日, lines 19/188)", () => {
    const { doc, result } = parsed();
    expect(doc.edition).toBe("2017-12");
    expect(result.issues.some((i) => i.message.includes("作成日"))).toBe(true);
  });

  it("has name, organisation, rule profile, levels", () => {
    const plan = parsed().doc.plans[0];
    expect(plan?.key).toBe(PLAN);
    expect(plan?.name).toBe("北海道「北のものづくり」連携支援計画");
    expect(plan?.organization).toBe("北海道");
    expect(plan?.ruleProfile).toBe("hokkaido-kihon-hyoka");
    expect(plan?.levels).toEqual(["計画", "分野"]);
  });

  it("runs FY2017–FY2022: the target table starts with 2017年度 (line 117), the plan ends 2022年度末日 (line 141)", () => {
    expect(parsed().doc.plans[0]?.period).toEqual({ from: 2017, to: 2022, basis: "fiscal" });
  });

  it("reports no errors, and each warning has a line", () => {
    const { result } = parsed();
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    for (const i of result.issues) expect(i.line).toBeGreaterThan(0);
  });
});

describe("plan texts", () => {
  it("has every numbered section of the document by heading", () => {
    const keys = Object.keys(texts());
    // Headings on lines 9, 23, 52, 90, 99, 113, 127, 133, 139, 145, 158, 160, 172, 176, 182, 186.
    for (const k of [
      "1(1) 支援対象とする事業分野について",
      "1(1) 地域の状況、特色及び課題",
      "1(2) 地域における支援体制について",
      "1(3) 地域の各地域経済牽引支援機関の役割について",
      "1(4) 地域内で不足する支援機能の地域外からの補完について",
      "1(5) 想定する支援件数",
      "1(6) その他",
      "2(1) 連携支援事業の内容（連携支援機能の全体像）",
      "2(2) 計画期間",
      "3(2)① 「ほっかいどう地域未来投資促進会議（仮称）」の設置",
      "3(2)② 事業者、自治体等からの相談体制の整備",
      "3(2)③ 日常的な情報交換",
      "3(2)④ PDCAサイクルによる進捗管理",
      "Ⅱ1 補助金等交付財産の活用に関する事項",
      "別紙",
    ]) {
      expect(keys).toContain(k);
    }
    expect(
      keys.some((k) => k.startsWith("3(1) 連携支援事業を共同で実施する地域経済牽引支援機関の名称")),
    ).toBe(true);
  });

  it("keeps the routing rules for consultations (lines 162–170) in order", () => {
    const routing = texts()["3(2)② 事業者、自治体等からの相談体制の整備"] ?? "";
    expect(routing).toContain("「ものづくり支援センター」（以下「センター」）が一元的な窓口として対応する");
    expect(routing).toContain("センターへ報告を行い");
    expect(routing).toContain("産学官金によるチームを結成");
    expect(routing).toContain("北海道経済部");
    const order = ["ア 事業者", "イ センター", "ウ 各地域", "エ イ及びウ", "オ 地域経済"].map((m) =>
      routing.indexOf(m),
    );
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(routing).not.toMatch(/<|^-/m); // no HTML or list-marker leftovers
  });

  it("keeps the quarterly aggregation and the yearly PDCA review", () => {
    expect(texts()["3(2)③ 日常的な情報交換"]).toContain("四半期毎にセンターにおいて集約する");
    expect(texts()["3(2)④ PDCAサイクルによる進捗管理"]).toContain("毎年度末");
    expect(texts()["3(2)④ PDCAサイクルによる進捗管理"]).toContain("レビューや効果の検証");
  });

  it("cleans the PDF's spacing and HTML", () => {
    expect(texts()["2(2) 計画期間"]).toBe("本計画の計画期間は、計画承認の日から2022年度末日までとする。");
    expect(texts()["Ⅱ1 補助金等交付財産の活用に関する事項"]).toBe("該当無し");
    expect(texts()["1(1) 支援対象とする事業分野について"]).toContain("「IT（情報技術）関連」");
    for (const t of Object.values(texts())) expect(t).not.toMatch(/<\/?(p|ul|li)\b/);
  });

  it("joins the table row split by the page break (lines 149/151)", () => {
    const table = textWhere((k) => k.startsWith("3(1)"));
    expect(table).toContain("新たな価値創造の取組を通じて、道内の産業イノベーションに取り組んでいる。");
    expect(table).toContain("住所: 北海道札幌市北区北19条西11丁目 北海道総合研究プラザ");
    expect(table).toContain("代表者: 代表取締役頭取 笹原 晶博");
  });
});

describe("support organisations", () => {
  const orgs = () => parsed().doc.supportOrganizations;

  it("has the five core organisations of lines 64–68 / 148–154, in order", () => {
    const core = orgs().filter((o) => o.kind === "core");
    expect(core.map((o) => o.name)).toEqual([
      "地方独立行政法人北海道立総合研究機構",
      "公益財団法人北海道科学技術総合振興センター",
      "公益財団法人北海道中小企業総合支援センター",
      "株式会社北洋銀行",
      "株式会社北海道銀行",
    ]);
    expect(core.map((o) => o.sortOrder)).toEqual([1, 2, 3, 4, 5]);
    for (const o of core) expect(o.planKey).toBe(PLAN);
  });

  it("gives each core organisation its ④ role text", () => {
    const core = orgs().filter((o) => o.kind === "core");
    expect(core[0]?.role).toContain("当該連携支援事業の代表者。連携支援事業の進捗管理も担う。");
    expect(core[1]?.role).toContain("主として科学技術的視点からの助言・支援等を行う");
    expect(core[2]?.role).toContain("主として企業の経営的視点からの助言・支援を行う");
    expect(core[3]?.role).toContain("融資やファンド出資などの金融的視点からの支援");
    expect(core[4]?.role).toContain("融資やファンド出資などの金融的視点からの支援");
    // Row 2 continues after the page break: the continuation belongs to it.
    expect(core[1]?.role).toContain("価値創造の取組を通じて");
  });

  it("has the 17 network members: 2 in 〈事務局〉 (lines 74, 76) and 15 in 〈参加機関〉 (lines 80–84)", () => {
    // 〈参加機関〉 counted by hand: 14 "、" across lines 80–84, so 15 names; two of them wrap lines
    // ("公益財団法人 / 人才ホーク…", "釧路根 / 室圏…", "公益 / 財団法人道央…", "中 / 小企業…").
    const members = orgs().filter((o) => o.kind === "member");
    expect(members).toHaveLength(17);
    expect(members.filter((o) => o.role === "事務局").map((o) => o.name)).toEqual([
      "道総研産業技術研究本部ものづくり支援センター",
      "北海道経済部産業振興局科学技術振興室",
    ]);
    const participants = members.filter((o) => o.role === "参加機関").map((o) => o.name);
    expect(participants).toHaveLength(15);
    expect(participants[0]).toBe("一般財団法人旭川産業創造プラザ");
    expect(participants).toContain("公益財団法人釧路根室圏産業技術振興センター");
    expect(participants).toContain("公益財団法人道央産業振興財団");
    // Short names (lines 11, 65–66) resolve to the core organisations they stand for.
    expect(participants.slice(-4)).toEqual([
      "公益財団法人北海道中小企業総合支援センター",
      "公益財団法人北海道科学技術総合振興センター",
      "地方独立行政法人北海道立総合研究機構",
      "北海道",
    ]);
    expect(members.map((o) => o.sortOrder)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
  });
});

describe("nodes", () => {
  it("has 全体 (計画) and the three fields of line 13 under it", () => {
    const nodes = parsed().doc.nodes;
    expect(nodes.map((n) => [n.key, n.level, n.name, n.parentKey])).toEqual([
      [`${PLAN}/全体`, "計画", "計画全体", undefined],
      [`${PLAN}/食料品製造`, "分野", "食料品製造関連", `${PLAN}/全体`],
      [`${PLAN}/ものづくり`, "分野", "ものづくり関連", `${PLAN}/全体`],
      [`${PLAN}/IT`, "分野", "IT（情報技術）関連", `${PLAN}/全体`],
    ]);
    for (const n of nodes) expect(n.planKey).toBe(PLAN);
  });

  it("gives each field the number of agreed basic plans naming it (line 15: 19 / 16 / 9)", () => {
    const nodes = parsed().doc.nodes;
    expect(nodes[1]?.texts?.["同意基本計画"]).toContain("19計画において食料品製造関連");
    expect(nodes[2]?.texts?.["同意基本計画"]).toContain("16計画においてものづくり関連");
    expect(nodes[3]?.texts?.["同意基本計画"]).toContain("9計画においてIT（情報技術）関連");
  });

  it("lists the annex entries that name the field", () => {
    const nodes = parsed().doc.nodes;
    const plansOf = (i: number) =>
      new Set((nodes[i]?.texts?.["別紙: 整合性ある事業分野"] ?? "").split("\n").map((l) => l.split(": ")[0]));
    // Food: 19 basic plans by hand (all but 旭川市・東神楽町・東川町, 室蘭市, 苫小牧市, 芦別市, 赤平市),
    // the same 19 that line 15 prints.
    expect(plansOf(1).size).toBe(19);
    // IT by its printed name: 札幌市, 千歳市, 旭川市, 釧路市・白糠町, 北見市, 江別市, 石狩市.
    expect([...plansOf(3)]).toEqual([
      "札幌市",
      "千歳市",
      "旭川市",
      "釧路市・白糠町",
      "北見市",
      "江別市",
      "石狩市",
    ]);
  });
});

describe("support-count targets (1(5), lines 117–118)", () => {
  it("defines the indicator", () => {
    expect(parsed().doc.indicators).toEqual([
      expect.objectContaining({
        key: `${PLAN}:支援件数`,
        name: "支援件数",
        unit: "件",
        direction: "increase",
        measure: "quantitative",
        yearBasis: "fiscal",
      }),
    ]);
  });

  it("uses it on the plan-level node with 10, 20, 30, 30, 30 per year and 120 in total", () => {
    const usages = parsed().doc.usages;
    expect(usages).toHaveLength(1);
    const u = usages[0];
    expect(u?.indicatorKey).toBe(`${PLAN}:支援件数`);
    expect(u?.nodeKey).toBe(`${PLAN}/全体`);
    expect(u?.targets.map((t) => [t.period.from, t.period.to, t.value, t.kind, t.isFinal])).toEqual([
      // "2017年度 2018年度" is one merged header cell over 10件.
      [2017, 2018, "10", "absolute", false],
      [2019, 2019, "20", "absolute", false],
      [2020, 2020, "30", "absolute", false],
      [2021, 2021, "30", "absolute", false],
      [2022, 2022, "30", "absolute", false],
      [2017, 2022, "120", "absolute", true],
    ]);
    for (const t of u?.targets ?? []) expect(t.period.basis).toBe("fiscal");
  });

  it("keeps the printed new / follow-up breakdown and the ※ notes", () => {
    const u = parsed().doc.usages[0];
    expect(u?.targets[1]?.label).toBe("20件 (新規10、継続10)");
    expect(u?.targets[4]?.label).toBe("30件 (新規10、継続20)");
    expect(u?.note).toContain("2019年度: 20件 (新規10、継続10)");
    expect(u?.note).toContain("※各年度において、新規の支援件数を10件と設定。");
    expect(u?.note).toContain("少なくとも3年度継続して支援（フォローアップ）");
  });

  it("records the printed total against the sum of the years (10+20+30+30+30 = 120)", () => {
    expect(parsed().doc.printedTotals).toEqual([
      expect.objectContaining({ scopeKey: `${PLAN}:支援件数`, printed: "120", sumOfRows: "120" }),
    ]);
  });
});

describe("the desk's window and short names", () => {
  const orgs = () => parsed().doc.supportOrganizations;

  it("marks the center of line 162 (「ものづくり支援センター」（以下「センター」）) and only it", () => {
    const centers = orgs().filter((o) => o.center);
    expect(centers.map((o) => [o.kind, o.name, o.shortName])).toEqual([
      ["member", "道総研産業技術研究本部ものづくり支援センター", "ものづくり支援センター"],
    ]);
  });

  it("gives the core organisations the short names of lines 11 and 65–68", () => {
    const core = orgs().filter((o) => o.kind === "core");
    expect(core.map((o) => o.shortName)).toEqual([
      "道総研",
      "ノーステック財団",
      "中小企業総合支援センター",
      "北洋銀行",
      "北海道銀行",
    ]);
    // The network lists ノーステック財団 by its short name (line 84): the member row has it too.
    const member = orgs().find((o) => o.kind === "member" && o.name === core[1]?.name);
    expect(member?.shortName).toBe("ノーステック財団");
  });
});

describe("the 別紙 list as data (lines 182–316)", () => {
  const plans = () => parsed().doc.supportBasicPlans ?? [];

  it("has the 24 basic plans 〈…〉 of lines 190–315, in order, with their municipalities", () => {
    expect(plans()).toHaveLength(24);
    expect(plans().map((p) => p.sortOrder)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(plans()[0]).toMatchObject({ planKey: PLAN, name: "札幌市", municipalities: ["札幌市"] });
    expect(plans()[1]?.municipalities).toEqual(["函館市", "北斗市", "七飯町"]);
    expect(plans()[23]?.name).toBe("中札内村");
    // 旭川市 has two plans (lines 201 and 238): 29 municipalities in all.
    expect(
      plans()
        .filter((p) => p.municipalities.includes("旭川市"))
        .map((p) => p.name),
    ).toEqual(["旭川市・東神楽町・東川町", "旭川市"]);
    expect(new Set(plans().flatMap((p) => p.municipalities)).size).toBe(29);
  });

  it("keeps the 57 printed fields, each with the plan's field it is", () => {
    // Counted by hand per plan: 3,2,1,2,1,2,5,1,4,4,3,4,2,2,1,3,1,2,3,3,3,2,2,1.
    expect(plans().map((p) => p.fields.length)).toEqual([
      3, 2, 1, 2, 1, 2, 5, 1, 4, 4, 3, 4, 2, 2, 1, 3, 1, 2, 3, 3, 3, 2, 2, 1,
    ]);
    const sapporo = plans()[0]!.fields;
    expect(sapporo.map((f) => [f.text, f.field])).toEqual([
      ["食関連産業等の産業集積を活用した食料品製造関連分野", "food_manufacturing"],
      ["IT産業の集積を活用したIT・クリエイティブ分野", "it"],
      ["製造業の集積を活用したものづくり関連分野", "manufacturing"],
    ]);
    expect(sapporo[0]?.line).toBe(192);
    // 室蘭市 (lines 205–208): ものづくり twice, no food.
    expect(plans()[3]?.fields.map((f) => f.field)).toEqual(["manufacturing", "manufacturing"]);
  });

  it("marks the 8 printed fields that are none of the three (null)", () => {
    const none = plans().flatMap((p) => p.fields.filter((f) => f.field === null).map(() => p.name));
    expect(none).toEqual([
      "函館市・北斗市・七飯町", // 第4次産業革命（IoT・AI技術等）
      "旭川市・東神楽町・東川町", // 家具等製造分野
      "岩見沢市", // 第4次産業革命（IoT/AI活用の地域実装）
      "旭川市", // パルプ・紙・紙加工品製造関連分野
      "北見市", // 木材関連産業分野
      "苫小牧市", // 第4次産業革命分野（自動走行等）
      "紋別市", // 林業・木材・木製品製造分野
      "砂川市", // 飲食料品小売分野
    ]);
  });

  it("names ものづくり in 15 plans and IT in 7", () => {
    const having = (field: string) => plans().filter((p) => p.fields.some((f) => f.field === field)).length;
    // ものづくり by hand: 札幌, 室蘭, 旭川, 釧路・白糠, 北見, 苫小牧, 美唄・奈井江, 芦別, 江別, 赤平, 砂川,
    // 恵庭, 石狩, 当別, 鷹栖 (line 15 prints 16: 旭川市・東神楽町・東川町's 家具等製造 does not name it).
    expect(having("manufacturing")).toBe(15);
    expect(having("it")).toBe(7);
    expect(having("food_manufacturing")).toBe(19);
  });
});

describe("departments", () => {
  it("has the secretariat office (line 76) and 経済部 (line 170), without the 北海道 prefix", () => {
    expect(parsed().doc.departments).toEqual(["経済部産業振興局科学技術振興室", "経済部"]);
  });
});

describe("robustness", () => {
  it("refuses empty text without throwing", () => {
    const r = supportPlanParser.parse("", "empty.txt");
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.severity).toBe("error");
  });

  it("refuses binary garbage without throwing", () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    const r = supportPlanParser.parse(new TextDecoder("utf-8").decode(bytes), "garbage.bin");
    expect(r.ok).toBe(false);
  });

  it("refuses another prefecture's support plan", () => {
    const r = supportPlanParser.parse("○○県連携支援計画\n地域経済牽引支援機関", "other.txt");
    expect(r.ok).toBe(false);
  });

  it("parses every truncation of the document without throwing", () => {
    const lines = SOURCE.split("\n");
    for (let n = 0; n <= lines.length; n++) {
      const text = lines.slice(0, n).join("\n");
      const r = supportPlanParser.parse(text, "truncated.txt");
      expect(r.ok).toBe(supportPlanParser.detect(text) > 0 && text.includes("北のものづくり"));
    }
    // Cut in the middle of a line, too.
    for (let n = 0; n < SOURCE.length; n += 97) supportPlanParser.parse(SOURCE.slice(0, n), "cut.txt");
  });

  it("warns when a truncated text lacks the targets and the network", () => {
    const head = SOURCE.split("\n").slice(0, 60).join("\n");
    const r = supportPlanParser.parse(head, "head.txt");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.usages).toEqual([]);
    expect(r.issues.some((i) => i.message.includes("目標件数"))).toBe(true);
    expect(r.issues.some((i) => i.message.includes("ネットワーク"))).toBe(true);
  });

  it("reads CRLF text the same", () => {
    const r = supportPlanParser.parse(SOURCE.replace(/\n/g, "\r\n"), "crlf.txt");
    expect(r.ok && r.document).toEqual(parsed().doc);
  });

  it("never throws on arbitrary text around the keywords", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const r = supportPlanParser.parse(`${a}北のものづくり連携支援計画\t${b}\n支援機関`, "x.txt");
        return r.ok === true;
      }),
      { numRuns: 300 },
    );
  });
});
