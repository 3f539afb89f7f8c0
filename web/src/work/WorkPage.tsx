// The start of the evaluation work: every evaluation year the user can see, and (for an evaluator)
// opening a new one for a plan.
import { CYCLE_STATUS_LABELS } from "../../../src/domain/item-status.ts";
import { Alert, Button, Group, NativeSelect, Table, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { api, send, useApi } from "../api.ts";
import type { CycleList, Overview } from "../api/types.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { Section } from "../components/Section.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { useYears } from "../year-style.tsx";

export function WorkPage() {
  const state = useApi<CycleList>("/api/cycles");
  const plans = useApi<Overview>("/api/overview");
  const years = useYears();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const open = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    try {
      const r = await send(
        api.POST("/api/plans/{key}/cycles", {
          params: { path: { key: String(form.get("plan")) } },
          body: {
            fiscalYear: Number(form.get("fiscalYear")),
            deadline: String(form.get("deadline") ?? "") || null,
          },
        }),
      );
      void navigate(paths.cycle(r.id));
    } catch (err) {
      setError(err instanceof Error ? err.message : "開けませんでした。");
    }
  };
  return (
    <>
      <PageTitle title="評価作業" />
      <ApiView state={state}>
        {({ cycles }) => (
          <Section id="cycles" title="評価年度">
            {cycles.length === 0 ? (
              <p>開かれている評価年度はありません。</p>
            ) : (
              <TableScroll label="評価年度">
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">評価年度</Table.Th>
                      <Table.Th scope="col">計画</Table.Th>
                      <Table.Th scope="col">状態</Table.Th>
                      <Table.Th scope="col">締切</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {cycles.map((c) => (
                      <Table.Tr key={c.id}>
                        <Table.Td>
                          <AppLink to={paths.cycle(c.id)}>{years.fiscal(c.fiscalYear)}</AppLink>
                        </Table.Td>
                        <Table.Td>{c.plan.name}</Table.Td>
                        <Table.Td>{CYCLE_STATUS_LABELS[c.status]}</Table.Td>
                        <Table.Td>{c.deadline ?? "－"}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </TableScroll>
            )}
          </Section>
        )}
      </ApiView>
      <Section id="open" title="評価年度を開く（政策評価担当）">
        {error ? (
          <Alert color="red" role="alert" mb="sm">
            {error}
          </Alert>
        ) : null}
        <form onSubmit={(e) => void open(e)}>
          <Group align="end">
            <NativeSelect
              label="計画"
              name="plan"
              data={
                plans.status === "ok" ? plans.data.plans.map((p) => ({ value: p.key, label: p.name })) : []
              }
            />
            <TextInput
              label="評価年度（西暦）"
              name="fiscalYear"
              inputMode="numeric"
              required
              defaultValue={String(new Date().getFullYear())}
            />
            <TextInput label="締切" name="deadline" type="date" />
            <Button type="submit">開く</Button>
          </Group>
        </form>
      </Section>
      <Section id="plan-setup" title="計画の設定（管理者・政策評価担当）">
        <p>
          資料のない計画は、計画設定ブック（体系・事業・指標・目標・予算・評価ルール）から作成・更新します:{" "}
          <AppLink to="/work/plan-setup">計画設定ブックの取込</AppLink>
        </p>
      </Section>
    </>
  );
}
