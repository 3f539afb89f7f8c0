// The evaluator's dashboard for one evaluation year: every item, by department, with its state, what it
// still lacks, the deadline and how long ago it was last touched; publishing when all are approved.
import { CYCLE_STATUS_LABELS } from "../../../src/domain/item-status.ts";
import { Alert, Badge, Button, Group, List, Modal, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import { api, send, useApi } from "../api.ts";
import type { CycleDashboard } from "../api/types.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { useYears } from "../year-style.tsx";
import { ITEM_STATUS_LABELS } from "../../../src/domain/item-status.ts";
import { ago } from "../format.ts";

const STATUS_COLOR = { draft: "gray", submitted: "blue", returned: "orange", approved: "green" } as const;

export function CyclePage() {
  const { id } = useParams();
  const [reload, setReload] = useState(0);
  const state = useApi<CycleDashboard>(`/api/cycles/${id}?r=${reload}`);
  const years = useYears();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const publish = async (cycle: number) => {
    setConfirming(false);
    try {
      await send(api.POST("/api/cycles/{id}/publish", { params: { path: { id: cycle } } }));
      setMessage({ ok: true, text: "公表しました。" });
      setReload((r) => r + 1);
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : "公表できませんでした。" });
    }
  };
  return (
    <ApiView state={state} page>
      {(d) => (
        <>
          <PageTitle title={`${d.plan.name} ${years.fiscal(d.fiscalYear)} 評価`} />
          <Text>
            状態: {CYCLE_STATUS_LABELS[d.status]}
            {d.status === "published" ? "（修正は政策評価担当が理由を添えて行います）" : ""}
            {d.deadline ? ` ／ 締切: ${d.deadline}` : ""}
          </Text>
          {d.status !== "published" && d.items.some((i) => i.canEdit) ? (
            <Text mt="xs">
              <AppLink to={`/work/cycles/${d.id}/workbook`}>
                ブックで一括入力（Excel のダウンロード・アップロード）
              </AppLink>
            </Text>
          ) : null}
          {message ? (
            <Alert color={message.ok ? "green" : "red"} role={message.ok ? "status" : "alert"} my="sm">
              {message.text}
            </Alert>
          ) : null}
          <TableScroll label="評価項目の一覧">
            <Table my="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">施策</Table.Th>
                  <Table.Th scope="col">担当課</Table.Th>
                  <Table.Th scope="col">状態</Table.Th>
                  <Table.Th scope="col">未入力</Table.Th>
                  <Table.Th scope="col">最終更新</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {d.items.map((i) => (
                  <Table.Tr key={i.nodeId}>
                    <Table.Td>
                      <AppLink to={paths.item(d.id, i.nodeId)}>
                        {i.code ? `${i.code} ` : ""}
                        {i.name}
                      </AppLink>
                    </Table.Td>
                    <Table.Td>{i.departments.map((x) => x.name).join("、") || "－"}</Table.Td>
                    <Table.Td>
                      <Badge color={STATUS_COLOR[i.status]} variant="light">
                        {ITEM_STATUS_LABELS[i.status]}
                      </Badge>
                      {i.comment && i.status === "returned" ? (
                        <Text size="xs">差戻し理由: {i.comment}</Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{i.missing.length ? `${i.missing.length}項目` : "なし"}</Table.Td>
                    <Table.Td>
                      <time dateTime={i.updatedAt}>{ago(i.updatedAt)}</time>
                      {i.updatedBy ? `（${i.updatedBy}）` : ""}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          {d.canEvaluate && d.status !== "published" ? (
            <Group>
              <Button onClick={() => setConfirming(true)}>公表する…</Button>
              <Text size="sm">
                すべての項目が承認済みになると公表できます。公表した年度は確定し、誰でも閲覧できます。
              </Text>
            </Group>
          ) : null}
          <Modal opened={confirming} onClose={() => setConfirming(false)} title="公表の確認">
            <PublishSummary items={d.items} year={years.fiscal(d.fiscalYear)} />
            <Group mt="md" justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                やめる
              </Button>
              <Button
                color="red"
                onClick={() => void publish(d.id)}
                disabled={d.items.some((i) => i.status !== "approved")}
              >
                公表する（取り消せません）
              </Button>
            </Group>
          </Modal>
        </>
      )}
    </ApiView>
  );
}

/** What publishing will do: how many items become the year's published record, and any not approved. */
function PublishSummary({ items, year }: { items: CycleDashboard["items"]; year: string }) {
  const pending = items.filter((i) => i.status !== "approved");
  return (
    <>
      <Text>
        {year}の {items.length}{" "}
        項目を公表します。公表した内容は確定した記録となり、以後は政策評価担当が理由を添えて修正するときだけ変わります。
      </Text>
      {pending.length ? (
        <Alert
          color="orange"
          mt="sm"
          title={`承認されていない項目が ${pending.length} 件あります（公表できません）`}
        >
          <List size="sm">
            {pending.map((i) => (
              <List.Item key={i.nodeId}>
                {i.code ? `${i.code} ` : ""}
                {i.name}（{ITEM_STATUS_LABELS[i.status]}）
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </>
  );
}
