// Brackets of activity counts as seed 000 prints them after its results (lines 31–43 and 221). Expected
// counts are read by hand from those lines: R1 = 2019, R2 = 2020, R3 = 2021, R4 = 2022.
import { describe, expect, it } from "vitest";
import {
  type ActivityCount,
  findCountBrackets,
  printBracket,
  rewriteCounts,
} from "../../src/domain/activity-counts.ts";

const count = (fiscalYear: number, value: string, qualifier: string | null = null): ActivityCount => ({
  fiscalYear,
  value,
  qualifier,
});

/** The 成果 text as the parser stores it (seed lines 31–43, each line trimmed). */
const RESULTS = [
  "・セミナー等を実施し、ものづくり産業の脱炭素化やデジタル化の推進が図られた。",
  "・展示会の実施により、次世代自動車関連産業などへの参入が促進された。",
  "（R4:1回、R3:2回、R2:1回）",
  "・食品製造業者と食関連機械メーカー等のマッチングの実施し、参入促進等を支援した。(R4:10回)",
  "・技術者向け研修会等を実施し人材の育成確保を図った。(R4:22回、R3:20回、R2:19回、R1:18回)",
  "・自動運転の実証試験実施に向けた相談対応等を実施し、参入促進等を支援した。",
  "(R4:30件,R3:34件,R2:29件)",
  "・展示会出展（R1～R4:毎年度1回）、企業説明会及び職場見学会を開催し、理解促進が図られた。",
  "（R1～R3:毎年度各1回、R4:2回）",
  "・道内IT企業とのマッチングイベントを実施し、産業の育成・振興を図った。（R4:6回）",
  "・自動運転先進事例地視察会を開催し、理解向上が図られた。（R3:オンライン3回、R4:1回）",
  "・ヘルスケア産業への参入研修会（R4：76名、R3：41名、R2：101名）、医療現場のニーズ発表とマッチング支",
  "援（R4：6社、R3：14社、R2：17社）等の実施し、参入促進を図った。",
].join("\n");

/** Line 220–221 as the 緊急性・優先性 text joins them. */
const URGENCY =
  "（取組）\n道内ものづくり産業が脱炭素化やデジタル化などに対応し、競争力を強化するため補助金の拡充等を国に要望。（R5.6）" +
  "また、個々の事業の課題やニーズの把握が重要なため、事業者ヒアリングなどを実施し把握に努めた。（R4：10回13社）";

describe("reading brackets of counts", () => {
  const { brackets, unread } = findCountBrackets(RESULTS);

  it("finds the ten brackets of lines 31–43, each with its activity, unit and counts per year", () => {
    expect(unread).toEqual([]);
    expect(
      brackets.map((b) => [
        b.label,
        b.series.map((s) => [s.unit, s.counts.map((c) => [c.fiscalYear, c.value])]),
      ]),
    ).toEqual([
      [
        "展示会の実施により、次世代自動車関連産業などへの参入が促進された。",
        [
          [
            "回",
            [
              [2022, "1"],
              [2021, "2"],
              [2020, "1"],
            ],
          ],
        ],
      ],
      [
        "食品製造業者と食関連機械メーカー等のマッチングの実施し、参入促進等を支援した。",
        [["回", [[2022, "10"]]]],
      ],
      [
        "技術者向け研修会等を実施し人材の育成確保を図った。",
        [
          [
            "回",
            [
              [2022, "22"],
              [2021, "20"],
              [2020, "19"],
              [2019, "18"],
            ],
          ],
        ],
      ],
      [
        "自動運転の実証試験実施に向けた相談対応等を実施し、参入促進等を支援した。",
        [
          [
            "件",
            [
              [2022, "30"],
              [2021, "34"],
              [2020, "29"],
            ],
          ],
        ],
      ],
      [
        "展示会出展",
        [
          [
            "回",
            [
              [2019, "1"],
              [2020, "1"],
              [2021, "1"],
              [2022, "1"],
            ],
          ],
        ],
      ],
      [
        "企業説明会及び職場見学会を開催し、理解促進が図られた。",
        [
          [
            "回",
            [
              [2019, "1"],
              [2020, "1"],
              [2021, "1"],
              [2022, "2"],
            ],
          ],
        ],
      ],
      ["道内IT企業とのマッチングイベントを実施し、産業の育成・振興を図った。", [["回", [[2022, "6"]]]]],
      [
        "自動運転先進事例地視察会を開催し、理解向上が図られた。",
        [
          [
            "回",
            [
              [2021, "3"],
              [2022, "1"],
            ],
          ],
        ],
      ],
      [
        "ヘルスケア産業への参入研修会",
        [
          [
            "名",
            [
              [2022, "76"],
              [2021, "41"],
              [2020, "101"],
            ],
          ],
        ],
      ],
      [
        "医療現場のニーズ発表とマッチング支援",
        [
          [
            "社",
            [
              [2022, "6"],
              [2021, "14"],
              [2020, "17"],
            ],
          ],
        ],
      ],
    ]);
  });

  it("a range of years is one count a year, qualified 毎年度 (毎年度各); オンライン qualifies its year", () => {
    const qualifiers = (i: number) => brackets[i]!.series[0]!.counts.map((c) => c.qualifier);
    expect(qualifiers(4)).toEqual(["毎年度", "毎年度", "毎年度", "毎年度"]);
    expect(qualifiers(5)).toEqual(["毎年度各", "毎年度各", "毎年度各", null]);
    expect(qualifiers(7)).toEqual(["オンライン", null]);
  });

  it("line 221: one bracket of two units is two series; the date （R5.6） is no count", () => {
    const found = findCountBrackets(URGENCY);
    expect(found.unread).toEqual([]);
    expect(found.brackets).toHaveLength(1);
    expect(found.brackets[0]!.label).toBe(
      "また、個々の事業の課題やニーズの把握が重要なため、事業者ヒアリングなどを実施し把握に努めた。",
    );
    expect(found.brackets[0]!.series).toEqual([
      { unit: "回", counts: [count(2022, "10")] },
      { unit: "社", counts: [count(2022, "13")] },
    ]);
  });

  it("a bracket that looks like counts but cannot be read is reported, not guessed", () => {
    const { brackets: read, unread: bad } = findCountBrackets(
      "・視察を実施した。(R4:3ヶ月)\n・説明会を開催した。（R1～R3:6回）\n・相談に対応した。(R4:5件、R4:6件)",
    );
    expect(read).toEqual([]);
    expect(bad.map((b) => b.printed)).toEqual(["(R4:3ヶ月)", "（R1～R3:6回）", "(R4:5件、R4:6件)"]);
    expect(bad[1]!.reason).toContain("毎年度");
  });
});

describe("printing brackets from counts", () => {
  it("prints every bracket of lines 31–43 and 221 exactly as the seed prints it, from its counts alone", () => {
    const all = [...findCountBrackets(RESULTS).brackets, ...findCountBrackets(URGENCY).brackets];
    expect(all).toHaveLength(11);
    for (const b of all) {
      const counts = new Map(b.series.map((s) => [s.unit, s.counts]));
      expect(printBracket(b.style, counts, 2022)).toBe(b.printed);
    }
  });

  it("a new year joins newest first, or last where the bracket runs oldest first", () => {
    const text = RESULTS + "\n" + URGENCY;
    const series = [...findCountBrackets(RESULTS).brackets, ...findCountBrackets(URGENCY).brackets].flatMap(
      (b) => b.series.map((s) => ({ label: b.label, unit: s.unit, counts: [...s.counts] })),
    );
    const add = (label: string, unit: string, c: ActivityCount) =>
      series.find((s) => s.label.startsWith(label) && s.unit === unit)!.counts.push(c);
    add("技術者向け研修会", "回", count(2023, "25"));
    add("自動運転先進事例地視察会", "回", count(2023, "2"));
    add("展示会出展", "回", count(2023, "1"));
    add("また、個々の事業", "回", count(2023, "12"));
    const rewritten = rewriteCounts(text, series, 2023);
    expect(rewritten).toContain("(R5:25回、R4:22回、R3:20回、R2:19回、R1:18回)");
    expect(rewritten).toContain("（R3:オンライン3回、R4:1回、R5:2回）");
    // 1回 entered for R5 is not 毎年度: the range stays R1～R4.
    expect(rewritten).toContain("展示会出展（R5:1回、R1～R4:毎年度1回）");
    // R5 has 回 only; R4 keeps both units.
    expect(rewritten).toContain("（R5：12回、R4：10回13社）");
    // Untouched series print as before; counts after the sheet's year are left out.
    expect(rewritten).toContain("(R4:10回)");
    expect(rewriteCounts(text, series, 2022)).toBe(text);
  });

  it("a bracket printed in full-width digits is printed again in them", () => {
    const text = "・研修会を開催した。（Ｒ４：７６名）";
    const [b] = findCountBrackets(text).brackets;
    expect(b!.series).toEqual([{ unit: "名", counts: [count(2022, "76")] }]);
    const series = [
      { label: "研修会を開催した。", unit: "名", counts: [count(2022, "76"), count(2023, "80")] },
    ];
    expect(rewriteCounts(text, series, 2023)).toBe("・研修会を開催した。（Ｒ５：８０名、Ｒ４：７６名）");
  });

  it("an activity bracketed twice prints its series in the first bracket only", () => {
    const text = "・相談に対応した。(R4:5件)\n・相談に対応した。(R4:7件)";
    const series = [{ label: "相談に対応した。", unit: "件", counts: [count(2022, "5"), count(2023, "6")] }];
    expect(rewriteCounts(text, series, 2023)).toBe(
      "・相談に対応した。(R5:6件、R4:5件)\n・相談に対応した。(R4:7件)",
    );
  });

  it("a bracket whose activity has no series is left as printed", () => {
    expect(
      rewriteCounts("・別の取組を実施した。(R4:3回)", [{ label: "x", unit: "回", counts: [] }], 2023),
    ).toBe("・別の取組を実施した。(R4:3回)");
  });
});
