// The way to 版の比較 from a measure's or a program's page: shown once there is something to compare
// (two published years, or a program in several published documents).
import { Text } from "@mantine/core";
import type { EditionList } from "../api/types.ts";
import { useApi } from "../api.ts";
import { useYears } from "../year-style.tsx";
import { AppLink, paths } from "./AppLink.tsx";
import { Section } from "./Section.tsx";

export function EditionsLink({ node, program }: { node?: number; program?: number }) {
  const years = useYears();
  const api = node !== undefined ? `/api/nodes/${node}/editions` : `/api/programs/${program}/editions`;
  const state = useApi<EditionList>(api);
  if (state.status !== "ok") return null;
  const list = state.data;
  if (list.years.length < 2 && list.documents.length < 2) return null;
  const to = node !== undefined ? paths.nodeEditions(node) : paths.programEditions(program!);
  const shown = list.years.map((y) => years.fiscal(y)).join("、");
  return (
    <Section id="editions" title="版の比較">
      <Text>
        {list.document ? `公表済みの${list.document.title}: ${shown}。` : ""}
        {list.documents.length > 1 ? `ほか${list.documents.length - 1}件の資料にも載っています。` : ""}
        <AppLink to={to}>年度ごとの版を並べて比べる（記載・数値・判定の変わった箇所）</AppLink>
      </Text>
    </Section>
  );
}
