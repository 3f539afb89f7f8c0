// 版の比較: two published editions of a measure's 基本評価調書, or of a program's rows in a document it is
// listed in, side by side. The years (and, for a program in several documents, the document) are in the
// address, so a comparison can be linked to; each changed row is marked with a symbol and a word as well
// as a colour, and each year's document can be downloaded as published.
import { Alert, Checkbox, Group, NativeSelect, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useParams, useSearchParams } from "react-router";
import type {
  ComparedEdition,
  ComparisonRow,
  ComparisonSection,
  EditionComparison,
  EditionList,
  EditionSummary,
} from "../api/types.ts";
import { queryString, useApi } from "../api.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { FORMAT_LABELS, reportHref } from "../components/Downloads.tsx";
import { ApiView, ErrorMessage, Loading } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { Section } from "../components/Section.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import {
  CHANGE_MARKS,
  type DocumentRef,
  comparedYears,
  documentValue,
  parseDocumentValue,
  shownRows,
} from "../editions.ts";
import { NONE } from "../format.ts";
import { useYears } from "../year-style.tsx";

export function EditionsPage({ subject }: { subject: "node" | "program" }) {
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const base = `/api/${subject === "node" ? "nodes" : "programs"}/${encodeURIComponent(id)}/editions`;
  const document: DocumentRef = { plan: params.get("plan") ?? "", node: params.get("node") ?? "" };
  const list = useApi<EditionList>(`${base}${queryString(document)}`);
  return (
    <ApiView state={list} page>
      {(data) => (
        <EditionsView
          list={data}
          base={base}
          document={document}
          from={params.get("from") ?? ""}
          to={params.get("to") ?? ""}
          onChange={(next) => setParams(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== "")))}
        />
      )}
    </ApiView>
  );
}

type Choice = DocumentRef & { from: string; to: string };

function EditionsView({
  list,
  base,
  document,
  from,
  to,
  onChange,
}: {
  list: EditionList;
  base: string;
  document: DocumentRef;
  from: string;
  to: string;
  onChange: (next: Choice) => void;
}) {
  const years = useYears();
  const { subject } = list;
  const subjectTitle = `${subject.code ? `${subject.code} ` : ""}${subject.name}`;
  const subjectPath = subject.type === "node" ? paths.node(subject.id) : paths.program(subject.id);
  const { from: fromYear, to: toYear } = comparedYears(list.years, from, to);
  const comparable = fromYear !== "";
  const same = fromYear === toYear;
  const yearOptions = list.years.map((y) => ({ value: String(y), label: `${years.fiscal(y)}版` }));
  const set = (change: Partial<Choice>) => onChange({ ...document, from: fromYear, to: toYear, ...change });
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "ホーム", to: paths.home() },
          { label: subjectTitle, to: subjectPath },
          { label: "版の比較" },
        ]}
      />
      <PageTitle title={`版の比較：${subjectTitle}`} />
      <Stack gap="xl">
        <Text>
          公表した年度ごとの{list.document ? list.document.title : "資料"}
          を、公表したときのまま並べて比べます。変わった行には記号（◆変更・＋追加・－削除）を付けています。
        </Text>
        {list.documents.length === 0 ? (
          <Text>
            <AppLink to={subjectPath}>{subjectTitle}</AppLink>の公表済みの版はまだありません。
          </Text>
        ) : (
          <Group align="flex-end" gap="md" wrap="wrap">
            {list.documents.length > 1 ? (
              <NativeSelect
                label="資料"
                value={list.document ? documentValue(list.document) : ""}
                onChange={(e) => onChange({ ...parseDocumentValue(e.currentTarget.value), from: "", to: "" })}
                data={list.documents.map((d) => ({
                  value: documentValue(d),
                  label: `${d.plan.name} ${d.title}${d.node ? `（${d.node.code ?? d.node.name}）` : ""}`,
                }))}
              />
            ) : null}
            {comparable ? (
              <>
                <NativeSelect
                  label="比べる前の版"
                  value={fromYear}
                  onChange={(e) => set({ from: e.currentTarget.value })}
                  data={yearOptions}
                />
                <NativeSelect
                  label="比べる後の版"
                  value={toYear}
                  onChange={(e) => set({ to: e.currentTarget.value })}
                  data={yearOptions}
                />
              </>
            ) : null}
          </Group>
        )}
        {list.documents.length > 0 && !comparable ? (
          <Alert color="gray" title="比べられる版がありません">
            この資料の公表済みの版は
            {list.years.map((y) => years.fiscal(y)).join("、") || "まだありません"}
            だけです。次の年度が公表されると比べられます。
          </Alert>
        ) : null}
        {comparable && same ? (
          <Alert color="orange" title="同じ年度です" role="alert">
            比べる前の版と後の版に違う年度を選んでください。
          </Alert>
        ) : null}
        {comparable && !same ? (
          <Comparison path={`${base}/compare${queryString({ ...document, from: fromYear, to: toYear })}`} />
        ) : null}
        {list.editions.length > 0 ? <History editions={list.editions} /> : null}
      </Stack>
    </>
  );
}

function Comparison({ path }: { path: string }) {
  const state = useApi<EditionComparison>(path);
  if (state.status === "loading") return <Loading label="比べています…" />;
  if (state.status === "error") return <ErrorMessage error={state.error} />;
  return <ComparisonView data={state.data} />;
}

function ComparisonView({ data }: { data: EditionComparison }) {
  const years = useYears();
  const [params, setParams] = useSearchParams();
  const changesOnly = params.get("changes") === "1";
  const toggle = (on: boolean) => {
    const next = new URLSearchParams(params);
    if (on) next.set("changes", "1");
    else next.delete("changes");
    setParams(next, { replace: true });
  };
  const { counts } = data;
  const heads = [data.from, data.to].map((e) => `${years.fiscal(e.year)}版`) as [string, string];
  return (
    <>
      <Section id="editions-compared" title="比べる版">
        <Stack gap="md">
          <EditionsTable editions={[data.from, data.to]} />
          <Text role="status">
            ◆変更 {counts.changed}件・＋追加 {counts.added}件・－削除 {counts.removed}件・変更なし{" "}
            {counts.unchanged}件
          </Text>
          <Checkbox
            label="変わった行だけを表示する"
            checked={changesOnly}
            onChange={(e) => toggle(e.currentTarget.checked)}
          />
        </Stack>
      </Section>
      {data.sections.map((s) => (
        <SectionTable key={s.key} section={s} heads={heads} changesOnly={changesOnly} />
      ))}
    </>
  );
}

/** The two compared editions: who published each and when, and its document to download. */
function EditionsTable({ editions }: { editions: ComparedEdition[] }) {
  const years = useYears();
  return (
    <TableScroll label="比べる版">
      <Table withTableBorder miw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">版</Table.Th>
            <Table.Th scope="col">公表</Table.Th>
            <Table.Th scope="col">金額の年度</Table.Th>
            <Table.Th scope="col">ダウンロード</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {editions.map((e) => (
            <Table.Tr key={e.year}>
              <Table.Th scope="row">
                {years.fiscal(e.year)}版（第{e.revision}版）
              </Table.Th>
              <Table.Td>
                {e.source}・{e.by}・{publishedDate(e.publishedAt)}
                {e.reason ? `（訂正の理由: ${e.reason}）` : ""}
              </Table.Td>
              <Table.Td>{years.fiscal(e.budgetYear)}</Table.Td>
              <Table.Td>
                {e.report.formats.map((f, i) => (
                  <span key={f}>
                    {i > 0 ? "・" : ""}
                    <a
                      className="hyoka-link"
                      href={reportHref(e.report, f)}
                      aria-label={`${FORMAT_LABELS[f]} ${e.report.label}`}
                    >
                      {FORMAT_LABELS[f]}
                    </a>
                  </span>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function SectionTable({
  section,
  heads,
  changesOnly,
}: {
  section: ComparisonSection;
  heads: [string, string];
  changesOnly: boolean;
}) {
  const rows = shownRows(section.rows, changesOnly);
  // On a phone the two versions go one under the other: four columns of text do not fit.
  const narrow = useMediaQuery("(max-width: 40em)");
  const id = `compare-${section.key}`;
  return (
    <Section id={id} title={section.title}>
      {rows.length === 0 ? (
        <Text>{changesOnly ? "変わった行はありません。" : "どちらの版にも記載がありません。"}</Text>
      ) : narrow ? (
        <dl className="compare-list">
          {rows.map((r, i) => (
            <div key={r.key} className={`compare-item compare-${r.change}`}>
              <dt>
                <RowName row={r} first={r.group !== (rows[i - 1]?.group ?? null)} />
                {r.change !== "unchanged" ? (
                  <span className="compare-mark"> {CHANGE_MARKS[r.change]}</span>
                ) : null}
              </dt>
              {r.change === "unchanged" ? (
                <dd className="pre-line">
                  <span className="compare-head">両方の版で同じ</span>
                  {r.to}
                </dd>
              ) : (
                <>
                  <dd className="pre-line compare-from">
                    <span className="compare-head">{heads[0]}</span>
                    {r.from ?? <Missing />}
                  </dd>
                  <dd className="pre-line compare-to">
                    <span className="compare-head">{heads[1]}</span>
                    {r.to ?? <Missing />}
                  </dd>
                </>
              )}
            </div>
          ))}
        </dl>
      ) : (
        <TableScroll label={`${section.title}の比較`}>
          <Table withTableBorder className="compare-table" miw={720}>
            <Table.Caption>
              {section.title}（{heads[0]}と{heads[1]}）
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="20%">
                  項目
                </Table.Th>
                <Table.Th scope="col">{heads[0]}</Table.Th>
                <Table.Th scope="col">{heads[1]}</Table.Th>
                <Table.Th scope="col" w="6.5rem">
                  変更
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => {
                return (
                  <Table.Tr key={r.key} className={`compare-${r.change}`}>
                    <Table.Th scope="row">
                      <RowName row={r} first={r.group !== (rows[i - 1]?.group ?? null)} />
                    </Table.Th>
                    <Table.Td className="pre-line compare-from">{r.from ?? <Missing />}</Table.Td>
                    <Table.Td className="pre-line compare-to">{r.to ?? <Missing />}</Table.Td>
                    <Table.Td className="compare-mark">{CHANGE_MARKS[r.change]}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}

/** 「実績値（令和5年）」; an indicator's or program's name heads its first row, the others carry it for screen readers. */
function RowName({ row, first }: { row: ComparisonRow; first: boolean }) {
  const years = useYears();
  return (
    <>
      {row.group !== null ? (
        <span className={first ? "compare-group" : "visually-hidden"}>{row.group} </span>
      ) : null}
      {row.label}
      {row.period ? `（${years.period(row.period)}）` : ""}
    </>
  );
}

function Missing() {
  return <span className="compare-missing">{NONE}（記載なし）</span>;
}

/** Every revision of the document, the superseded ones too. */
function History({ editions }: { editions: EditionSummary[] }) {
  const years = useYears();
  return (
    <Section id="editions-history" title="公表の履歴">
      <TableScroll label="公表の履歴">
        <Table withTableBorder striped miw={640}>
          <Table.Caption>年度ごとの版（訂正で差し替えられた版も含む）</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">年度</Table.Th>
              <Table.Th scope="col">版</Table.Th>
              <Table.Th scope="col">公表元</Table.Th>
              <Table.Th scope="col">公表者</Table.Th>
              <Table.Th scope="col">日時</Table.Th>
              <Table.Th scope="col">訂正の理由</Table.Th>
              <Table.Th scope="col">状態</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {editions.map((e) => (
              <Table.Tr key={`${e.year}-${e.revision}`}>
                <Table.Th scope="row">{years.fiscal(e.year)}</Table.Th>
                <Table.Td>第{e.revision}版</Table.Td>
                <Table.Td>{e.source}</Table.Td>
                <Table.Td>{e.by}</Table.Td>
                <Table.Td>{publishedDate(e.publishedAt)}</Table.Td>
                <Table.Td>{e.reason ?? NONE}</Table.Td>
                <Table.Td>
                  {e.supersededAt ? `差し替え済み（${publishedDate(e.supersededAt)}）` : "現行"}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Section>
  );
}

/** "2026-11-24T13:45:01.005Z" → "2026/11/24 22:45" in the reader's time zone. */
const publishedDate = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString("ja-JP", {
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
      });
};
