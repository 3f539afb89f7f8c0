import { describe, expect, it } from "vitest";
import { formatAmount, formatNumber, formatRate, formatValue, sumAmounts } from "../../web/src/format.ts";

describe("format (web)", () => {
  it("prints amounts in 千円 with separators, negatives with △", () => {
    expect(formatAmount(341003)).toBe("341,003千円");
    expect(formatAmount(0)).toBe("0千円");
    expect(formatAmount(999)).toBe("999千円");
    expect(formatAmount(31853440)).toBe("31,853,440千円");
    expect(formatAmount(-5200)).toBe("△5,200千円");
    expect(formatAmount(null)).toBe("－");
    expect(formatAmount(undefined)).toBe("－");
  });

  it("groups the integer part of decimal strings and keeps the fraction as given", () => {
    expect(formatNumber("1057.2")).toBe("1,057.2");
    expect(formatNumber("1280.0")).toBe("1,280.0");
    expect(formatNumber("12345.678")).toBe("12,345.678");
    expect(formatNumber("-0.5")).toBe("△0.5");
    expect(formatNumber("-0")).toBe("0");
    expect(formatNumber("集計中")).toBe("集計中");
    expect(formatNumber(null)).toBe("－");
  });

  it("prints rates and values with their units", () => {
    expect(formatRate("82.6")).toBe("82.6%");
    expect(formatRate(null)).toBe("－");
    expect(formatValue("1200", "件")).toBe("1,200件");
    expect(formatValue(null, "件")).toBe("－");
  });

  it("sums amounts, ignoring missing ones", () => {
    expect(sumAmounts([4330, null, 434])).toBe(4764);
    expect(sumAmounts([null, undefined])).toBeNull();
  });
});
