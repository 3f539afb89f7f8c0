import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal } from "../../src/domain/decimal.ts";
import { formatThousands, parseAmount, parseNumber, rescaleAmount } from "../../src/domain/numbers.ts";

describe("parseNumber: figures as the seeds print them", () => {
  it.each([
    ["1,057.2", "1057.2", ""],
    ["８,９７１", "8971", ""],
    ["△174億円", "-174", "億円"],
    ["▲3,225億円", "-3225", "億円"],
    ["76.2%以上", "76.2", "%以上"],
    ["400万m ³", "400", "万m ³"],
    ["832, 111", "832111", ""],
    ["6,569人", "6569", "人"],
    ["(76.2%以上)", "76.2", "%以上"],
  ])("%s → %s %s", (text, value, unit) => {
    const n = parseNumber(text);
    expect(n).not.toBeNull();
    expect(formatDecimal(n!.value)).toBe(value);
    expect(n!.unit).toBe(unit);
  });

  it.each(["—", "－", "-", "", "集計中", "全国平均値"])("%j is not a number", (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});

describe("parseAmount", () => {
  it("reads 千円 figures exactly, full-width too", () => {
    expect(parseAmount("４,０４９千円")).toEqual({ value: 4049n, scale: 3 });
    expect(parseAmount("341,003千円")).toEqual({ value: 341003n, scale: 3 });
    expect(parseAmount("1,308")).toEqual({ value: 1308n, scale: 3 });
    expect(parseAmount("4,１80,000千円の枠内")).toEqual({ value: 4180000n, scale: 3 });
    expect(parseAmount("1,000万円")).toEqual({ value: 1000n, scale: 4 });
    expect(parseAmount("2億円")).toEqual({ value: 2n, scale: 8 });
    expect(parseAmount("1.5千円")).toBeNull();
    expect(parseAmount("12ドル")).toBeNull();
  });

  it("rescales without losing yen", () => {
    expect(rescaleAmount({ value: 1000n, scale: 4 }, 3)).toBe(10000n);
    expect(rescaleAmount({ value: 4049n, scale: 3 }, 4)).toBeNull();
    expect(rescaleAmount({ value: 4000n, scale: 3 }, 4)).toBe(400n);
  });
});

describe("properties", () => {
  const fullWidth = (s: string) =>
    s.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  it("formatThousands → parseNumber is the identity, in half and full width", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (n) => {
        const printed = formatThousands(n);
        expect(formatDecimal(parseNumber(printed)!.value)).toBe(n.toString());
        expect(formatDecimal(parseNumber(fullWidth(printed))!.value)).toBe(n.toString());
      }),
    );
  });

  it("decimals keep every digit", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 9999 }), (i, f) => {
        const s = `${i}.${String(f).padStart(4, "0")}`;
        expect(formatDecimal(parseNumber(s)!.value)).toBe(s);
      }),
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(fc.property(fc.string(), (s) => void (parseNumber(s), parseAmount(s))));
  });
});
