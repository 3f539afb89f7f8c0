// The user's choice between 和暦 and western years, remembered in localStorage and shared by context.
import { type ReactNode, createContext, useCallback, useContext, useMemo, useState } from "react";
import {
  type PeriodLike,
  type YearStyle,
  fiscalYearText,
  parseYearStyle,
  periodText,
  shortYearText,
  spanText,
  yearText,
} from "./years.ts";

const STORAGE_KEY = "hyoka.yearStyle";

function readStored(): YearStyle {
  try {
    return parseYearStyle(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return parseYearStyle(null);
  }
}

interface YearStyleContextValue {
  style: YearStyle;
  setStyle: (style: YearStyle) => void;
}

const YearStyleContext = createContext<YearStyleContextValue>({ style: "wareki", setStyle: () => {} });

export function YearStyleProvider({ children }: { children: ReactNode }) {
  const [style, setStyleState] = useState<YearStyle>(readStored);
  const setStyle = useCallback((next: YearStyle) => {
    setStyleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
  }, []);
  const value = useMemo(() => ({ style, setStyle }), [style, setStyle]);
  return <YearStyleContext value={value}>{children}</YearStyleContext>;
}

export function useYearStyle(): YearStyleContextValue {
  return useContext(YearStyleContext);
}

/** Year formatters bound to the user's choice. */
export function useYears() {
  const { style } = useYearStyle();
  return useMemo(
    () => ({
      style,
      year: (y: number) => yearText(y, style),
      fiscal: (y: number) => fiscalYearText(y, style),
      short: (y: number) => shortYearText(y, style),
      period: (p: PeriodLike | null | undefined) => (p ? periodText(p, style) : "－"),
      span: (s: { from: number; to: number } | null | undefined) => (s ? spanText(s, style) : "－"),
    }),
    [style],
  );
}
