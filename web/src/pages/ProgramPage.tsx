// A program (事業): its budgets over the years, every node it is listed under (with its 【再掲】
// listings), its department, its lifecycle and what the documents print about it; for evaluators and
// administrators, merging another program into it or splitting one document's statements off.
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import { ProblemError, api, send, useApi } from "../api.ts";
import type { ProgramDetail, SearchResult } from "../api/types.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { AttributeValue, attributeLabel } from "../components/AttributeValue.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { Downloads } from "../components/Downloads.tsx";
import { EditionsLink } from "../components/EditionsLink.tsx";
import { BudgetChart } from "../components/BudgetChart.tsx";
import { InfoList } from "../components/InfoList.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { ProgramLifecycle } from "../components/ProgramLifecycle.tsx";
import { programType } from "../components/ProgramTable.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { NONE, formatAmount } from "../format.ts";
import { useSession } from "../session.tsx";
import { useYears } from "../year-style.tsx";
import { Section } from "../components/Section.tsx";

export function ProgramPage() {
  const { id = "" } = useParams();
  const state = useApi<ProgramDetail>(`/api/programs/${encodeURIComponent(id)}`);
  return (
    <ApiView state={state} page>
      {(data) => <ProgramView data={data} />}
    </ApiView>
  );
}

function ProgramView({ data }: { data: ProgramDetail }) {
  const { program, budgets, links } = data;
  const { me } = useSession();
  const mayRestructure = !!me && (me.admin || me.grants.some((g) => g.role === "evaluator"));
  const attributes = Object.entries(program.attributes).filter(([k]) => k !== "type");
  const bars = budgets.filter((b) => b.standalone);
  return (
    <>
      <Breadcrumbs
        items={[
          { label: "ホーム", to: paths.home() },
          ...(program.department
            ? [{ label: program.department.name, to: paths.department(program.department.id) }]
            : []),
          { label: program.name },
        ]}
      />
      <Group gap="xs" mb={4}>
        <Text size="sm">事業</Text>
        {program.lifecycle ? (
          // 「…に統合」 names a successor; otherwise the program simply ended.
          <Badge color="gray" variant="light" data-testid="program-ended">
            {program.lifecycle.endsWith("統合") ? "統合" : "終了"}
          </Badge>
        ) : null}
      </Group>
      <PageTitle title={program.name} />
      <Stack gap="xl">
        <InfoList
          items={[
            ["コード", program.code ?? NONE],
            ["区分", programType(program)],
            [
              "担当課",
              program.department ? (
                <AppLink to={paths.department(program.department.id)}>{program.department.fullName}</AppLink>
              ) : (
                NONE
              ),
            ],
            [
              "状態",
              program.lifecycle ? (
                <ProgramLifecycle lifecycle={program.lifecycle} successor={program.successor} />
              ) : (
                "実施中"
              ),
            ],
            ["概要", program.summary ? <span className="pre-line">{program.summary}</span> : null],
          ]}
        />

        <Downloads program={program.id} />
        <EditionsLink program={program.id} />

        <Section id="program-budgets" title="予算の推移">
          {budgets.length === 0 ? (
            <Text>予算額の記載はありません。</Text>
          ) : (
            <Stack gap="md">
              {new Set(bars.map((b) => b.fiscalYear)).size > 1 ? (
                <BudgetChart bars={bars} title={`${program.name}の予算額`} />
              ) : null}
              <BudgetsTable budgets={budgets} name={program.name} />
            </Stack>
          )}
        </Section>

        <Section id="program-links" title="掲載されている施策等">
          {links.length === 0 ? (
            <Text>この事業はどの施策等にも掲載されていません。</Text>
          ) : (
            <LinksTable links={links} />
          )}
        </Section>

        {attributes.length > 0 ? (
          <Section id="program-attributes" title="資料の記載">
            <Table withTableBorder maw={960}>
              <Table.Tbody>
                {attributes.map(([k, v]) => (
                  <Table.Tr key={k}>
                    <Table.Th scope="row" w="25%">
                      {attributeLabel(k)}
                    </Table.Th>
                    <Table.Td>
                      <AttributeValue value={v} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>
        ) : null}

        {mayRestructure ? <Restructure data={data} /> : null}
      </Stack>
    </>
  );
}

type Pending =
  { action: "merge"; other: { id: number; title: string } } | { action: "split"; document: string };

/** Merge another program into this one, or split one document's statements off; confirmed, with a reason. */
function Restructure({ data }: { data: ProgramDetail }) {
  const { program, documents } = data;
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<SearchResult["hits"]>([]);
  const [document, setDocument] = useState(documents[0]?.key ?? "");
  const [reason, setReason] = useState("");
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);

  const search = async () => {
    const r = await send(api.GET("/api/search", { params: { query: { q: query, type: "program" } } }));
    setHits(r.hits.filter((h) => h.id !== String(program.id)));
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      const r =
        pending.action === "merge"
          ? await send(
              api.POST("/api/programs/{id}/merge", {
                params: { path: { id: program.id } },
                body: { otherId: pending.other.id, reason },
              }),
            )
          : await send(
              api.POST("/api/programs/{id}/split", {
                params: { path: { id: program.id } },
                body: { document: pending.document, reason },
              }),
            );
      // The page of the program that now holds the statements, loaded afresh.
      window.location.assign(paths.program(r.id));
    } catch (e) {
      setError(e instanceof ProblemError ? e.body.message : "送信できませんでした。");
    }
  };

  return (
    <Section id="program-restructure" title="事業の統合・分割（政策評価担当・管理者）">
      <Stack gap="md" maw={720}>
        <Text size="sm">
          取込みで別々になった同じ事業を統合し、誤って一つにされた事業を資料ごとに分割します。どちらも理由を添えて監査記録に残ります。
        </Text>
        <Textarea label="理由" required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group align="end">
          <TextInput
            label="統合する事業（名称・コードで検索）"
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
          <Button variant="default" onClick={() => void search()} disabled={query.trim() === ""}>
            検索
          </Button>
        </Group>
        {hits.length > 0 ? (
          <Stack gap={4} component="ul" role="list" style={{ listStyle: "none", padding: 0 }}>
            {hits.map((h) => (
              <li key={h.id}>
                <Button
                  variant="subtle"
                  onClick={() => setPending({ action: "merge", other: { id: Number(h.id), title: h.title } })}
                >
                  {h.title}（ID {h.id}、{h.context}）をこの事業に統合する
                </Button>
              </li>
            ))}
          </Stack>
        ) : null}
        {documents.length > 1 ? (
          <Group align="end">
            <NativeSelect
              label="分割する資料"
              value={document}
              onChange={(e) => setDocument(e.currentTarget.value)}
              data={documents.map((d) => ({ value: d.key, label: d.title }))}
            />
            <Button variant="default" onClick={() => setPending({ action: "split", document })}>
              この資料の記載を別の事業に分ける
            </Button>
          </Group>
        ) : null}
        {pending ? (
          <Alert color="orange" title="確認" role="alertdialog">
            <Text mb="sm">
              {pending.action === "merge"
                ? `「${pending.other.title}」（ID ${pending.other.id}）を「${program.name}」に統合します。`
                : `資料「${documents.find((d) => d.key === pending.document)?.title ?? pending.document}」の記載（掲載・予算・評価）を新しい事業に分けます。`}
              よろしいですか？
            </Text>
            <Group>
              <Button color="orange" onClick={() => void confirm()}>
                実行する
              </Button>
              <Button variant="default" onClick={() => setPending(null)}>
                取り消す
              </Button>
            </Group>
          </Alert>
        ) : null}
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
      </Stack>
    </Section>
  );
}

function BudgetsTable({ budgets, name }: { budgets: ProgramDetail["budgets"]; name: string }) {
  const years = useYears();
  return (
    <TableScroll label="予算の一覧">
      <Table captionSide="top" withTableBorder striped miw={960}>
        <Table.Caption>{name}の予算（千円）</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">年度</Table.Th>
            <Table.Th scope="col">区分</Table.Th>
            <Table.Th scope="col" className="num">
              事業費
            </Table.Th>
            <Table.Th scope="col" className="num">
              一般財源
            </Table.Th>
            <Table.Th scope="col">人工</Table.Th>
            <Table.Th scope="col" className="num">
              トータルコスト
            </Table.Th>
            <Table.Th scope="col">計上</Table.Th>
            <Table.Th scope="col">注記</Table.Th>
            <Table.Th scope="col">資料</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {budgets.map((b, i) => (
            <Table.Tr key={`${b.fiscalYear}-${b.kind}-${i}`}>
              <Table.Th scope="row">{years.fiscal(b.fiscalYear)}</Table.Th>
              <Table.Td>{b.kind}</Table.Td>
              <Table.Td className="num">{formatAmount(b.amount)}</Table.Td>
              <Table.Td className="num">{formatAmount(b.generalRevenue)}</Table.Td>
              <Table.Td>
                {b.staffTotal ??
                  (b.staffHq !== null || b.staffBranch !== null
                    ? `本庁 ${b.staffHq ?? NONE}・出先 ${b.staffBranch ?? NONE}`
                    : NONE)}
              </Table.Td>
              <Table.Td className="num">{formatAmount(b.totalCost)}</Table.Td>
              <Table.Td>{b.standalone ? "単独" : "内数・枠内（合計に含めない）"}</Table.Td>
              <Table.Td className="pre-line">{b.note ?? ""}</Table.Td>
              <Table.Td>{b.document}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function LinksTable({ links }: { links: ProgramDetail["links"] }) {
  return (
    <TableScroll label="掲載されている施策等の一覧">
      <Table captionSide="top" withTableBorder striped miw={720}>
        <Table.Caption>この事業が掲載されている施策等（【再掲】を含む）</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">施策等</Table.Th>
            <Table.Th scope="col">階層</Table.Th>
            <Table.Th scope="col">計画</Table.Th>
            <Table.Th scope="col">掲載</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {links.map((l, i) => (
            <Table.Tr key={`${l.nodeId}-${i}`}>
              <Table.Th scope="row">
                <AppLink to={paths.node(l.nodeId)}>
                  {l.nodeCode ? `${l.nodeCode} ` : ""}
                  {l.nodeName}
                </AppLink>
              </Table.Th>
              <Table.Td>{l.level}</Table.Td>
              <Table.Td>
                <AppLink to={paths.plan(l.planKey)}>{l.planName}</AppLink>
              </Table.Td>
              <Table.Td>{l.relisted ? "【再掲】" : "掲載"}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
