// Search: a keyword (Japanese; the server ignores full-width/half-width differences) and filters by
// type, grade, department, plan and year. The query lives in the URL, so results can be bookmarked.
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useSearchParams } from "react-router";
import type { DepartmentList, Overview, SearchHit, SearchResult } from "../api/types.ts";
import { queryString, useApi } from "../api.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { GradeBadge } from "../components/GradeBadge.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { ProvisionalMark } from "../components/Provisional.tsx";
import { SEARCH_TYPE_LABELS } from "../labels.ts";
import { useYears } from "../year-style.tsx";

const FIELDS = ["q", "type", "grade", "department", "plan", "year"] as const;
type Field = (typeof FIELDS)[number];
type Query = Record<Field, string>;

function readQuery(params: URLSearchParams): Query {
  return Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? ""])) as Query;
}

export function hitPath(hit: SearchHit): string {
  switch (hit.type) {
    case "plan":
      return paths.plan(hit.id);
    case "node":
      return paths.node(hit.id);
    case "program":
      return paths.program(hit.id);
    case "indicator":
      return paths.indicator(hit.id);
  }
}

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);
  const hasQuery = FIELDS.some((f) => query[f] !== "");
  const state = useApi<SearchResult>(hasQuery ? `/api/search${queryString(query)}` : null);
  return (
    <>
      <PageTitle title={query.q ? `「${query.q}」の検索結果` : "検索"} />
      <SearchForm
        key={params.toString()}
        initial={query}
        onSubmit={(q) => setParams(Object.fromEntries(Object.entries(q).filter(([, v]) => v !== "")))}
      />
      <section aria-labelledby="search-results" className="search-results">
        <h2 id="search-results" className="visually-hidden">
          検索結果
        </h2>
        {hasQuery ? (
          <ApiView state={state}>{(data) => <Results result={data} />}</ApiView>
        ) : (
          <Text mt="lg">キーワードを入力するか、絞り込みの条件を選んで「検索」を押してください。</Text>
        )}
      </section>
    </>
  );
}

function SearchForm({ initial, onSubmit }: { initial: Query; onSubmit: (q: Query) => void }) {
  const [q, setQ] = useState<Query>(initial);
  const years = useYears();
  const overview = useApi<Overview>("/api/overview");
  const departments = useApi<DepartmentList>("/api/departments");
  const plans = overview.status === "ok" ? overview.data.plans : [];
  const grades = [...new Set(plans.flatMap((p) => p.gradeLabels))];
  const yearList = yearOptions(plans);
  const set = (field: Field) => (value: string) => setQ((prev) => ({ ...prev, [field]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(q);
  };
  return (
    <form role="search" aria-label="計画・施策・事業・指標の検索" onSubmit={submit}>
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <TextInput
            label="キーワード"
            description="全角・半角の違いは区別しません"
            value={q.q}
            onChange={(e) => set("q")(e.currentTarget.value)}
            maxLength={100}
            style={{ flex: 1, minWidth: "16rem" }}
            type="search"
          />
          <Button type="submit">検索</Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
          <NativeSelect
            label="種類"
            value={q.type}
            onChange={(e) => set("type")(e.currentTarget.value)}
            data={[
              { value: "", label: "すべて" },
              ...Object.entries(SEARCH_TYPE_LABELS).map(([value, label]) => ({ value, label })),
            ]}
          />
          <NativeSelect
            label="判定"
            value={q.grade}
            onChange={(e) => set("grade")(e.currentTarget.value)}
            data={[{ value: "", label: "すべて" }, ...grades.map((g) => ({ value: g, label: g }))]}
          />
          <NativeSelect
            label="担当課"
            value={q.department}
            onChange={(e) => set("department")(e.currentTarget.value)}
            data={[
              { value: "", label: "すべて" },
              ...(departments.status === "ok"
                ? [...departments.data.departments]
                    .sort((a, b) => a.name.localeCompare(b.name, "ja"))
                    .map((d) => ({ value: String(d.id), label: d.name }))
                : []),
            ]}
          />
          <NativeSelect
            label="計画"
            value={q.plan}
            onChange={(e) => set("plan")(e.currentTarget.value)}
            data={[{ value: "", label: "すべて" }, ...plans.map((p) => ({ value: p.key, label: p.name }))]}
          />
          <NativeSelect
            label="年度"
            value={q.year}
            onChange={(e) => set("year")(e.currentTarget.value)}
            data={[
              { value: "", label: "すべて" },
              ...yearList.map((y) => ({ value: String(y), label: years.fiscal(y) })),
            ]}
          />
        </SimpleGrid>
      </Stack>
    </form>
  );
}

/** The years the plans span or budget, newest first; a plain recent range when there are none. */
function yearOptions(plans: Overview["plans"]): number[] {
  const ys = plans.flatMap((p) => [
    ...(p.period ? [p.period.from, p.period.to] : []),
    ...p.budgetByYear.map((b) => b.fiscalYear),
  ]);
  const now = new Date().getFullYear();
  const from = ys.length ? Math.min(...ys) : now - 10;
  const to = ys.length ? Math.max(...ys) : now;
  const list: number[] = [];
  for (let y = to; y >= from; y--) list.push(y);
  return list;
}

function Results({ result }: { result: SearchResult }) {
  return (
    <>
      <Text role="status" mt="lg" mb="sm" fw={700}>
        {result.total === 0
          ? "該当するものは見つかりませんでした。"
          : `${result.total}件見つかりました${result.hits.length < result.total ? `（上位${result.hits.length}件を表示）` : ""}。`}
      </Text>
      {result.hits.length > 0 ? (
        <ol className="search-hits">
          {result.hits.map((h) => (
            <li key={`${h.type}-${h.id}`}>
              <span className="hit-type">{SEARCH_TYPE_LABELS[h.type] ?? h.type}</span>{" "}
              <AppLink to={hitPath(h)}>{h.title}</AppLink>
              {h.grade ? (
                <>
                  {" "}
                  <GradeBadge grade={h.grade} />
                  <ProvisionalMark provisional={h.provisional} />
                </>
              ) : null}
              {h.context ? (
                <Text size="xs" component="span" display="block">
                  {h.context}
                </Text>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
