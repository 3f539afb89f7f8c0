import { describe, expect, it } from "vitest";
import { groupFindings } from "../../web/src/findings.ts";
import { bandDistribution, gradeDistribution, gradeTone, judgementTone } from "../../web/src/grades.ts";
import { planDistribution } from "../../web/src/plan-summary.ts";

describe("grades and judgements (web)", () => {
  it("gives grades and judgements the same tones", () => {
    expect(["Ａ", "Ｂ", "Ｃ", "Ｄ", null].map(gradeTone)).toEqual(["good", "fair", "warn", "bad", "none"]);
    expect(gradeTone("a")).toBe("good");
    expect(["順調", "概ね順調", "やや遅れている", "遅れている", ""].map(judgementTone)).toEqual([
      "good",
      "fair",
      "warn",
      "bad",
      "none",
    ]);
  });

  it("orders counts by the profile's grades, then the indicators without data", () => {
    const entries = gradeDistribution({ Ｃ: 3, noData: 1 }, ["Ａ", "Ｂ", "Ｃ", "Ｄ"]);
    expect(entries.map((e) => [e.label, e.count])).toEqual([
      ["Ａ", 0],
      ["Ｂ", 0],
      ["Ｃ", 3],
      ["Ｄ", 0],
      ["未集計", 1],
    ]);
  });

  it("shows rate bands for profiles without grades", () => {
    const d = planDistribution({
      gradeLabels: [],
      gradeCounts: { ungraded: 128, noData: 29 },
      rateBands: { "≥100": 82, "80–100": 19, "<80": 27 },
    });
    expect(d.title).toBe("指標の達成率");
    expect(d.entries.map((e) => [e.label, e.count, e.tone])).toEqual([
      ["100%以上", 82, "good"],
      ["80%以上100%未満", 19, "fair"],
      ["80%未満", 27, "warn"],
      ["未集計", 29, "none"],
    ]);
    expect(bandDistribution({}, 0).every((e) => e.count === 0)).toBe(true);
  });

  it("groups findings by kind, disagreements first", () => {
    const groups = groupFindings([
      { kind: "shared-indicator", severity: "info", subject: "a", message: "" },
      { kind: "relisted-mismatch", severity: "disagreement", subject: "b", message: "" },
      { kind: "rate-mismatch", severity: "disagreement", subject: "c", message: "" },
      { kind: "relisted-mismatch", severity: "disagreement", subject: "d", message: "" },
    ]);
    expect(groups.map(([k, fs]) => [k, fs.length])).toEqual([
      ["rate-mismatch", 1],
      ["relisted-mismatch", 2],
      ["shared-indicator", 1],
    ]);
  });
});
