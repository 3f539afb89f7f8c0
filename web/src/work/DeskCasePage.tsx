// One case of the desk, for those who see it: its facts, its status in each plan year, the routing
// steps, the team, the support given; and, while it is open, the forms that route it, record support
// and close it (DeskCaseForms.tsx). Another organization's case answers 403: the page says so.
import { Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import { useApi } from "../api.ts";
import type { SupportCaseDetail, SupportDeskReference } from "../api/types.ts";
import { paths } from "../components/AppLink.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { InfoList } from "../components/InfoList.tsx";
import { ApiView, ErrorMessage } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { Section } from "../components/Section.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { YEAR_STATUS_LABELS, choiceLabel, deskApiPath, fieldLabel, refName } from "../desk/desk.ts";
import { useYears } from "../year-style.tsx";
import { CloseForm, RouteForm, SupportForm } from "./DeskCaseForms.tsx";

export function DeskCasePage() {
  const { key = "", id = "" } = useParams();
  const desk = useApi<SupportDeskReference>(deskApiPath(key));
  const [reload, setReload] = useState(0);
  return (
    <ApiView state={desk} page>
      {(d) => <CaseLoader key={reload} desk={d} id={id} onChanged={() => setReload((r) => r + 1)} />}
    </ApiView>
  );
}

function CaseLoader({
  desk,
  id,
  onChanged,
}: {
  desk: SupportDeskReference;
  id: string;
  onChanged: () => void;
}) {
  const state = useApi<SupportCaseDetail>(`/api/desk/cases/${encodeURIComponent(id)}`);
  const crumbs = [
    { label: "ホーム", to: paths.home() },
    { label: "相談案件", to: paths.deskCases(desk.plan.key) },
  ];
  if (state.status === "error" && state.error.status === 403)
    return (
      <>
        <Breadcrumbs items={[...crumbs, { label: "表示できません" }]} />
        <PageTitle title="この案件は表示できません" />
        <ErrorMessage error={state.error} title="表示できない理由" />
      </>
    );
  return (
    <ApiView state={state} page>
      {(c) => (
        <>
          <Breadcrumbs items={[...crumbs, { label: c.company }]} />
          <PageTitle title={`相談案件: ${c.company}`} />
          <CaseView desk={desk} c={c} onChanged={onChanged} />
        </>
      )}
    </ApiView>
  );
}

function CaseView({
  desk,
  c,
  onChanged,
}: {
  desk: SupportDeskReference;
  c: SupportCaseDetail;
  onChanged: () => void;
}) {
  return (
    <Stack gap="xl">
      <InfoList
        items={[
          ["状態", choiceLabel(desk.choices.statuses, c.status)],
          ["受付日", c.receivedOn],
          ["受付機関", refName(c.receivedBy)],
          ["市町村", c.municipality],
          ["事業分野", fieldLabel(desk.choices, c.field)],
          ["段階", choiceLabel(desk.choices.stages, c.stage)],
          ["承認を受けた事業計画", c.approvedProject ? "はい" : "いいえ"],
          ["相談の内容", c.request],
          ["結果", c.outcome],
          ["終了日", c.closedOn],
        ]}
      />
      {c.warnings.length ? (
        <ul aria-label="注意">
          {c.warnings.map((w) => (
            <li key={w}>注意: {w}</li>
          ))}
        </ul>
      ) : null}
      <YearStatuses c={c} />
      <Steps desk={desk} c={c} />
      <Team c={c} />
      <Supports desk={desk} c={c} />
      {c.status === "open" ? (
        <>
          <RouteForm desk={desk} c={c} onChanged={onChanged} />
          <SupportForm desk={desk} c={c} onChanged={onChanged} />
          <CloseForm desk={desk} c={c} onChanged={onChanged} />
        </>
      ) : null}
    </Stack>
  );
}

function YearStatuses({ c }: { c: SupportCaseDetail }) {
  const years = useYears();
  return (
    <Section id="case-years" title="計画年度ごとの状態">
      <TableScroll label="計画年度ごとの状態">
        <Table captionSide="top" striped withTableBorder>
          <Table.Caption>計画年度ごとの状態（支援件数の数え方による）</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">計画年度</Table.Th>
              <Table.Th scope="col">状態</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {c.years.map((y) => (
              <Table.Tr key={y.planYear.from}>
                <Table.Th scope="row" className="nowrap">
                  {years.span(y.planYear)}
                </Table.Th>
                <Table.Td>{y.status ? YEAR_STATUS_LABELS[y.status] : "－"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Section>
  );
}

function Steps({ desk, c }: { desk: SupportDeskReference; c: SupportCaseDetail }) {
  return (
    <Section id="case-steps" title="回付の記録">
      {c.steps.length === 0 ? (
        <Text>回付の記録はまだありません。</Text>
      ) : (
        <TableScroll label="回付の記録">
          <Table captionSide="top" striped withTableBorder>
            <Table.Caption>回付の記録（古い順）</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">日付</Table.Th>
                <Table.Th scope="col">種類</Table.Th>
                <Table.Th scope="col">から</Table.Th>
                <Table.Th scope="col">へ</Table.Th>
                <Table.Th scope="col">理由</Table.Th>
                <Table.Th scope="col">記録した人</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.steps.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row">{s.date}</Table.Th>
                  <Table.Td>{choiceLabel(desk.choices.stepKinds, s.kind)}</Table.Td>
                  <Table.Td>{refName(s.from)}</Table.Td>
                  <Table.Td>{s.to ? refName(s.to) : (s.toOutside ?? "－")}</Table.Td>
                  <Table.Td>{s.reason ?? "－"}</Table.Td>
                  <Table.Td>{s.recordedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}

function Team({ c }: { c: SupportCaseDetail }) {
  if (c.team.length === 0) return null;
  return (
    <Section id="case-team" title="チーム">
      <Table captionSide="top" striped withTableBorder>
        <Table.Caption>最後に結成したチーム</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">機関</Table.Th>
            <Table.Th scope="col">役割</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.team.map((m, i) => (
            <Table.Tr key={i}>
              <Table.Th scope="row">
                {m.organization ? refName(m.organization) : (m.outside ?? "－")}
              </Table.Th>
              <Table.Td>{m.role}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

function Supports({ desk, c }: { desk: SupportDeskReference; c: SupportCaseDetail }) {
  return (
    <Section id="case-supports" title="支援の記録">
      {c.supports.length === 0 ? (
        <Text>支援の記録はまだありません。</Text>
      ) : (
        <TableScroll label="支援の記録">
          <Table captionSide="top" striped withTableBorder>
            <Table.Caption>支援の記録</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">日付</Table.Th>
                <Table.Th scope="col">支援機関</Table.Th>
                <Table.Th scope="col">種類</Table.Th>
                <Table.Th scope="col">内容</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.supports.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row">{s.date}</Table.Th>
                  <Table.Td>{refName(s.organization)}</Table.Td>
                  <Table.Td>{choiceLabel(desk.choices.supportKinds, s.kind)}</Table.Td>
                  <Table.Td>{s.note ?? "－"}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Section>
  );
}
