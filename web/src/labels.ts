// Japanese names for the API's codes; where the document lists the codes, each has its name.
import type { Finding, SearchHit } from "./api/types.ts";

type FindingKindLabel = { title: string; description: string };

const TARGET_KINDS: Record<string, string> = {
  absolute: "目標値",
  baseline_or_more: "現状値以上",
  reference: "参照値（全国平均値等）",
};

export function targetKindLabel(kind: string, label?: string | null): string {
  return label || TARGET_KINDS[kind] || kind;
}

export function directionLabel(direction: string): string {
  return direction === "decrease"
    ? "減少が望ましい"
    : direction === "increase"
      ? "増加が望ましい"
      : direction;
}

export const SEARCH_TYPE_LABELS: Readonly<Record<string, string>> = {
  plan: "計画",
  node: "施策等",
  program: "事業",
  indicator: "指標",
} satisfies Record<SearchHit["type"], string>;

export const FINDING_KIND_LABELS: Readonly<Record<string, FindingKindLabel>> = {
  "rate-mismatch": {
    title: "達成率の食い違い",
    description: "資料に公表された達成率と、評価ルールで計算した率が異なります。",
  },
  "grade-mismatch": {
    title: "指標判定の食い違い",
    description: "資料に公表された指標の判定と、計算した判定が異なります。",
  },
  "judgement-mismatch": {
    title: "施策の判定・総合判定の食い違い",
    description: "施策の指標判定・総合判定の公表値と、指標から計算した値が異なります。",
  },
  "relisted-mismatch": {
    title: "再掲の数値の食い違い",
    description: "同じ事業の【再掲】が、最初の掲載と異なる数値を載せています。",
  },
  "total-mismatch": {
    title: "合計の食い違い",
    description: "合計行の値が各行の合計と一致しません。",
  },
  "observation-conflict": {
    title: "実績値の食い違い",
    description: "同じ指標・同じ年の実績値を、資料によって異なる値で記載しています。",
  },
  "budget-conflict": {
    title: "資料間の予算・決算の食い違い",
    description:
      "同じ事業・同じ年度・同じ種類（予算・決算・決算見込）の金額を、資料によって異なる値で記載しています。",
  },
  "unlabelled-column": {
    title: "帳票に出していない列",
    description:
      "抽出で見出しが失われた列の値です。印字のまま保存していますが、意味が読めないため帳票には出しません。",
  },
  "shared-indicator": {
    title: "複数の計画で使われる指標",
    description: "同じ指標が複数の計画に載っています（参考情報）。",
  },
} satisfies Record<Finding["kind"], FindingKindLabel>;

export function findingKindLabel(kind: string): FindingKindLabel {
  return FINDING_KIND_LABELS[kind] ?? { title: kind, description: "" };
}
