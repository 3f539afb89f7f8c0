// The desk's quarter for its users: the cases whose follow-up is due this quarter, and confirming a
// quarter's figures for one's organization (after a confirmation dialog: it cannot be undone).
import { Alert, Button, Group, Modal, NativeSelect, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { api, send, useApi } from "../api.ts";
import type { ConfirmQuarterInput, SupportDeskReference, SupportFollowUpsDue } from "../api/types.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { Section } from "../components/Section.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { QUARTERS, QUARTER_MONTHS, deskApiPath, fiscalYearOf, organizationOptions } from "../desk/desk.ts";
import { useYears } from "../year-style.tsx";

export function FollowUpsDue({ desk }: { desk: SupportDeskReference }) {
  const state = useApi<SupportFollowUpsDue>(`${deskApiPath(desk.plan.key)}/follow-ups`);
  const years = useYears();
  return (
    <Section id="desk-follow-ups" title="今四半期にフォローアップの期限が来る案件">
      <ApiView state={state}>
        {({ due }) =>
          due.length === 0 ? (
            <Text>期限が来る案件はありません。</Text>
          ) : (
            <TableScroll label="フォローアップの期限が来る案件">
              <Table captionSide="top" striped withTableBorder>
                <Table.Caption>フォローアップの期限が来る案件（{due.length}件）</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">企業</Table.Th>
                    <Table.Th scope="col">計画年度</Table.Th>
                    <Table.Th scope="col">期限</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {due.map((d) => (
                    <Table.Tr key={`${d.caseId}-${d.planYear.from}`}>
                      <Table.Th scope="row">
                        <AppLink to={paths.deskCase(desk.plan.key, d.caseId)}>{d.company}</AppLink>
                      </Table.Th>
                      <Table.Td>{years.span(d.planYear)}</Table.Td>
                      <Table.Td>{d.dueBy}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          )
        }
      </ApiView>
    </Section>
  );
}

export function ConfirmQuarter({ desk }: { desk: SupportDeskReference }) {
  const years = useYears();
  const now = fiscalYearOf();
  const [input, setInput] = useState({ fiscalYear: String(now), quarter: "1", organizationId: "" });
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = (name: keyof typeof input) => (value: string) => setInput((i) => ({ ...i, [name]: value }));
  const body: ConfirmQuarterInput = {
    fiscalYear: Number(input.fiscalYear),
    quarter: Number(input.quarter),
    ...(input.organizationId ? { organizationId: Number(input.organizationId) } : {}),
  };
  const label = `${years.fiscal(body.fiscalYear)} 第${body.quarter}四半期`;
  const confirm = async () => {
    setAsking(false);
    try {
      await send(
        api.POST("/api/plans/{key}/desk/quarters/confirm", {
          params: { path: { key: desk.plan.key } },
          body,
        }),
      );
      setMessage({ ok: true, text: `${label}の件数を確定しました。` });
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : "確定できませんでした。" });
    }
  };
  return (
    <Section id="desk-confirm" title="四半期の件数の確定">
      <Stack gap="sm" maw="40rem">
        <Text>確定した四半期には、その機関の支援を記録できなくなります。確定は取り消せません。</Text>
        <Group align="flex-end">
          <NativeSelect
            label="年度"
            value={input.fiscalYear}
            onChange={(e) => set("fiscalYear")(e.currentTarget.value)}
            data={Array.from({ length: 8 }, (_, i) => now - i).map((y) => ({
              value: String(y),
              label: years.fiscal(y),
            }))}
          />
          <NativeSelect
            label="四半期"
            value={input.quarter}
            onChange={(e) => set("quarter")(e.currentTarget.value)}
            data={QUARTERS.map((q) => ({
              value: String(q),
              label: `第${q}四半期（${QUARTER_MONTHS[q - 1]}）`,
            }))}
          />
          <NativeSelect
            label="支援機関（一つの機関の職員なら省略できます）"
            value={input.organizationId}
            onChange={(e) => set("organizationId")(e.currentTarget.value)}
            data={[{ value: "", label: "自分の機関" }, ...organizationOptions(desk)]}
          />
        </Group>
        <Group>
          <Button onClick={() => setAsking(true)}>確定する…</Button>
        </Group>
        {message ? (
          <Alert color={message.ok ? "green" : "red"} role={message.ok ? "status" : "alert"}>
            {message.text}
          </Alert>
        ) : null}
      </Stack>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        closeButtonProps={{ "aria-label": "閉じる" }}
        transitionProps={{ duration: 0 }}
        title={`${label}の件数を確定しますか`}
      >
        <Text mb="md">確定は取り消せません。この四半期には、その機関の支援を記録できなくなります。</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setAsking(false)}>
            やめる
          </Button>
          <Button color="red" onClick={() => void confirm()}>
            確定する（取り消せません）
          </Button>
        </Group>
      </Modal>
    </Section>
  );
}
