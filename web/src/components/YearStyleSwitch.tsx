// 和暦 / 西暦: applies to every year on every page and is remembered in this browser.
import { SegmentedControl } from "@mantine/core";
import { useYearStyle } from "../year-style.tsx";
import { parseYearStyle } from "../years.ts";

export function YearStyleSwitch() {
  const { style, setStyle } = useYearStyle();
  return (
    <SegmentedControl
      aria-label="年の表示"
      size="xs"
      value={style}
      onChange={(v) => setStyle(parseYearStyle(v))}
      data={[
        { value: "wareki", label: "和暦" },
        { value: "western", label: "西暦" },
      ]}
    />
  );
}
