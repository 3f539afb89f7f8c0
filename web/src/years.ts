// Years as the UI shows them: 和暦 ("令和4年度", "H27～H31年度累計") or western ("2022年度",
// "2015～2019年"), as the user chose. Pure functions: the choice itself lives in year-style.tsx.
import { eraOf, shortWarekiLabel } from "../../src/domain/years.ts";

/** The era and the year in it (the server's rule: a year is named by its July). */
export { eraOf };

export type YearStyle = "wareki" | "western";

export const DEFAULT_YEAR_STYLE: YearStyle = "wareki";

/** A stored or requested style; anything unknown falls back to 和暦, the documents' own way. */
export function parseYearStyle(raw: string | null | undefined): YearStyle {
  return raw === "western" || raw === "wareki" ? raw : DEFAULT_YEAR_STYLE;
}

/** A period as the API sends it; label is the server's 和暦 label. */
export interface PeriodLike {
  from: number;
  to: number;
  label?: string | null;
}

/** 2019 → "令和元年" / "2019年"; with suffix "年度": "令和元年度" / "2019年度". */
export function yearText(year: number, style: YearStyle, suffix: "年" | "年度" = "年"): string {
  if (style === "western") return `${year}${suffix}`;
  const { era, eraYear } = eraOf(year);
  if (!era || !Number.isFinite(eraYear)) return `${year}${suffix}`;
  return `${era}${eraYear === 1 ? "元" : eraYear}${suffix}`;
}

/** A fiscal year (budgets, evaluations): "令和4年度" / "2022年度". */
export function fiscalYearText(year: number, style: YearStyle): string {
  return yearText(year, style, "年度");
}

/** The short form for chart axes and tight cells: "R4" / "2022". */
export function shortYearText(year: number, style: YearStyle): string {
  return style === "western" ? String(year) : shortWarekiLabel(year);
}

/**
 * A period: 和暦 shows the server's label as printed ("平成30年度", "H27～H31累計"); western writes the
 * same years out ("2018年度", "2015～2019年累計"), keeping 年度 and 累計 when the label says so.
 */
export function periodText(period: PeriodLike, style: YearStyle): string {
  const label = period.label ?? "";
  if (style === "wareki" && label) return label;
  const suffix = label.includes("年度") ? "年度" : "年";
  const cumulative = label.endsWith("累計") ? "累計" : "";
  if (style === "wareki") {
    return period.from === period.to
      ? yearText(period.from, style, suffix)
      : `${shortYearText(period.from, style)}～${shortYearText(period.to, style)}${suffix === "年度" ? "年度" : ""}${cumulative}`;
  }
  return period.from === period.to
    ? `${period.from}${suffix}`
    : `${period.from}～${period.to}${suffix}${cumulative}`;
}

/** A span of years without a label, such as a plan's: "平成28年度～令和7年度" / "2016～2025年度". */
export function spanText(
  span: { from: number; to: number },
  style: YearStyle,
  suffix: "年" | "年度" = "年度",
): string {
  if (span.from === span.to) return yearText(span.from, style, suffix);
  if (style === "western") return `${span.from}～${span.to}${suffix}`;
  return `${yearText(span.from, style, suffix)}～${yearText(span.to, style, suffix)}`;
}
