// The desk's cases for its users (staff of the plan's organizations, administrators): filters kept in
// the address, the list, and the form that registers a case (the service's 422 shown per field, its
// warnings after saving).
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Table,
  TextInput,
  Textarea,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { ProblemError, api, queryString, send, useApi } from "../api.ts";
import type { RegisterCaseInput, SupportCaseList, SupportDeskReference } from "../api/types.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { Section } from "../components/Section.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import {
  QUARTERS,
  QUARTER_MONTHS,
  choiceLabel,
  deskApiPath,
  fieldLabel,
  fiscalYearOf,
} from "../desk/desk.ts";
import { useYears } from "../year-style.tsx";
import { ConfirmQuarter, FollowUpsDue } from "./DeskQuarterParts.tsx";

const FILTERS = ["fiscalYear", "quarter", "organizationId", "field", "status"] as const;

export function DeskCasesPage() {
  const { key = "" } = useParams();
  const desk = useApi<SupportDeskReference>(deskApiPath(key));
  const [saved, setSaved] = useState(0);
  return (
    <ApiView state={desk} page>
      {(d) => (
        <>
          <Breadcrumbs
            items={[
              { label: "ホーム", to: paths.home() },
              { label: d.plan.name, to: paths.plan(d.plan.key) },
              { label: "相談案件" },
            ]}
          />
          <PageTitle title="相談案件" />
          <Stack gap="xl">
            <AppLink to={paths.desk(d.plan.key)}>支援件数（公開）</AppLink>
            <CaseList key={saved} desk={d} />
            <RegisterForm desk={d} onSaved={() => setSaved((n) => n + 1)} />
            <FollowUpsDue desk={d} />
            <ConfirmQuarter desk={d} />
          </Stack>
        </>
      )}
    </ApiView>
  );
}

function CaseList({ desk }: { desk: SupportDeskReference }) {
  const [params, setParams] = useSearchParams();
  const years = useYears();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f)]));
  const state = useApi<SupportCaseList>(`${deskApiPath(desk.plan.key)}/cases${queryString(filters)}`);
  const setFilter = (name: string) => (value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name === "fiscalYear" && !value) next.delete("quarter");
    setParams(next, { replace: true });
  };
  const now = fiscalYearOf();
  const select = (
    name: (typeof FILTERS)[number],
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <NativeSelect
      label={label}
      value={params.get(name) ?? ""}
      onChange={(e) => setFilter(name)(e.currentTarget.value)}
      data={[{ value: "", label: "すべて" }, ...data]}
      disabled={name === "quarter" && !params.get("fiscalYear")}
    />
  );
  return (
    <Section id="desk-cases" title="案件の一覧">
      <Group align="flex-end" mb="md" role="group" aria-label="絞り込み">
        {select(
          "fiscalYear",
          "受付の年度",
          Array.from({ length: 8 }, (_, i) => now - i).map((y) => ({
            value: String(y),
            label: years.fiscal(y),
          })),
        )}
        {select(
          "quarter",
          "四半期",
          QUARTERS.map((q) => ({ value: String(q), label: `第${q}四半期（${QUARTER_MONTHS[q - 1]}）` })),
        )}
        {select(
          "organizationId",
          "関わった支援機関",
          desk.organizations.map((o) => ({ value: String(o.id), label: o.shortName ?? o.name })),
        )}
        {select("field", "事業分野", desk.choices.fields)}
        {select("status", "状態", desk.choices.statuses)}
      </Group>
      <ApiView state={state}>{({ cases }) => <CaseTable desk={desk} cases={cases} />}</ApiView>
    </Section>
  );
}

function CaseTable({ desk, cases }: { desk: SupportDeskReference; cases: SupportCaseList["cases"] }) {
  if (cases.length === 0) return <p>該当する案件はありません。</p>;
  return (
    <TableScroll label="相談案件">
      <Table captionSide="top" striped withTableBorder>
        <Table.Caption>相談案件（受付日の新しい順、{cases.length}件）</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">企業</Table.Th>
            <Table.Th scope="col">受付日</Table.Th>
            <Table.Th scope="col">受付機関</Table.Th>
            <Table.Th scope="col">市町村</Table.Th>
            <Table.Th scope="col">事業分野</Table.Th>
            <Table.Th scope="col">段階</Table.Th>
            <Table.Th scope="col">状態</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row">
                <AppLink to={paths.deskCase(desk.plan.key, c.id)}>{c.company}</AppLink>
              </Table.Th>
              <Table.Td>{c.receivedOn}</Table.Td>
              <Table.Td>{c.receivedBy.shortName ?? c.receivedBy.name}</Table.Td>
              <Table.Td>{c.municipality}</Table.Td>
              <Table.Td>{fieldLabel(desk.choices, c.field)}</Table.Td>
              <Table.Td>{choiceLabel(desk.choices.stages, c.stage)}</Table.Td>
              <Table.Td>{choiceLabel(desk.choices.statuses, c.status)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

type Errors = Record<string, string>;

/** The register's body from the form's fields (the service checks the values: 422 per field). */
function registerBody(form: FormData): RegisterCaseInput {
  const text = (name: string) => String(form.get(name) ?? "");
  const receivedBy = text("receivedBy");
  return {
    company: text("company"),
    municipality: text("municipality"),
    field: text("field") as RegisterCaseInput["field"],
    stage: text("stage") as RegisterCaseInput["stage"],
    approvedProject: form.get("approvedProject") === "on",
    request: text("request"),
    receivedOn: text("receivedOn"),
    ...(receivedBy ? { receivedBy: Number(receivedBy) } : {}),
  };
}

function RegisterForm({ desk, onSaved }: { desk: SupportDeskReference; onSaved: () => void }) {
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: number; warnings: string[] } | null>(null);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const formElement = e.currentTarget;
    setErrors({});
    setFailure(null);
    setDone(null);
    try {
      const r = await send(
        api.POST("/api/plans/{key}/desk/cases", {
          params: { path: { key: desk.plan.key } },
          body: registerBody(new FormData(formElement)),
        }),
      );
      setDone({ id: r.id, warnings: r.warnings });
      formElement.reset();
      onSaved();
    } catch (err) {
      if (err instanceof ProblemError && err.body.errors?.length)
        setErrors(Object.fromEntries(err.body.errors.map((x) => [x.field ?? "", x.message])));
      setFailure(err instanceof Error ? err.message : "登録できませんでした。");
    }
  };
  const municipalities = [...new Set(desk.basicPlans.flatMap((b) => b.municipalities))];
  const choose = (list: readonly { value: string; label: string }[]) => [
    { value: "", label: "（選択してください）" },
    ...list,
  ];
  return (
    <Section id="desk-register" title="案件の登録">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm" maw="40rem">
          <TextInput name="company" label="企業名" required error={errors.company} />
          <NativeSelect
            name="municipality"
            label="市町村（別紙の基本計画）"
            required
            data={choose(municipalities.map((m) => ({ value: m, label: m })))}
            error={errors.municipality}
          />
          <NativeSelect
            name="field"
            label="事業分野"
            required
            data={choose(desk.choices.fields)}
            error={errors.field}
          />
          <NativeSelect
            name="stage"
            label="段階"
            required
            data={choose(desk.choices.stages)}
            error={errors.stage}
          />
          <Checkbox name="approvedProject" label="承認を受けた地域経済牽引事業計画の事業" />
          <Textarea name="request" label="相談の内容" required autosize minRows={3} error={errors.request} />
          <TextInput name="receivedOn" label="受付日" type="date" required error={errors.receivedOn} />
          <NativeSelect
            name="receivedBy"
            label="受け付けた支援機関（省略すると自分の機関）"
            data={[
              { value: "", label: "自分の機関" },
              ...desk.organizations.map((o) => ({ value: String(o.id), label: o.shortName ?? o.name })),
            ]}
            error={errors.receivedBy}
          />
          <Group>
            <Button type="submit">登録する</Button>
          </Group>
          {failure ? (
            <Alert color="red" title="登録できませんでした" role="alert">
              {failure}
              {Object.keys(errors).length ? " 赤で示した項目を直してください。" : ""}
            </Alert>
          ) : null}
          {done ? <Saved planKey={desk.plan.key} done={done} /> : null}
        </Stack>
      </form>
    </Section>
  );
}

function Saved({ planKey, done }: { planKey: string; done: { id: number; warnings: string[] } }) {
  return (
    <Alert color={done.warnings.length ? "yellow" : "green"} title="登録しました" role="status">
      <AppLink to={paths.deskCase(planKey, done.id)}>登録した案件を開く</AppLink>
      {done.warnings.length ? (
        <>
          <p>注意:</p>
          <ul>
            {done.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Alert>
  );
}
