// Entering a year's figures by workbook: download the workbook of each department the user edits, fill
// it in in Excel, upload it (or a CSV with the same columns), see every error with its cell or the
// changes (old → new) and conflicts, then apply. Nothing is written until 「反映する」.
import { Alert, Anchor, Badge, Button, Group, List, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useParams } from "react-router";
import { useApi } from "../api.ts";
import type { CycleDashboard, WorkbookApplied, WorkbookPreviewValid } from "../api/types.ts";
import { AppLink } from "../components/AppLink.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { useSession } from "../session.tsx";
import { useYears } from "../year-style.tsx";
import {
  type Change,
  ErrorTable,
  type Refused,
  UploadStep,
  place,
  shown,
  uploadFile,
} from "./WorkbookParts.tsx";

/** What an upload shows: the cells in error, the changes it would make, or those it made. */
type Preview = Refused | (WorkbookPreviewValid & { applied?: undefined }) | WorkbookApplied;

function ChangeTable({ changes, conflicts }: { changes: Change[]; conflicts: boolean }) {
  return (
    <TableScroll label={conflicts ? "競合の一覧" : "変更点の一覧"}>
      <Table my="sm" striped>
        <Table.Caption>
          {conflicts
            ? `競合 ${changes.length} 件: ダウンロードの後に Hyoka 上で変更された値です。取り込みません。項目のページで確認してください。`
            : `変更 ${changes.length} 件`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">場所</Table.Th>
            <Table.Th scope="col">項目</Table.Th>
            {conflicts ? <Table.Th scope="col">ダウンロード時</Table.Th> : null}
            <Table.Th scope="col">{conflicts ? "現在の Hyoka" : "旧"}</Table.Th>
            <Table.Th scope="col">{conflicts ? "ブック" : "新"}</Table.Th>
            <Table.Th scope="col">競合</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((c, i) => (
            <Table.Tr key={i}>
              <Table.Td>{place(c)}</Table.Td>
              <Table.Td>
                {c.nodeCode ? `${c.nodeCode} ` : ""}
                {c.label}
              </Table.Td>
              {conflicts ? <Table.Td>{shown(c.downloaded)}</Table.Td> : null}
              <Table.Td>{shown(c.old)}</Table.Td>
              <Table.Td>
                <span aria-hidden="true">→ </span>
                {shown(c.new)}
              </Table.Td>
              <Table.Td>
                {conflicts ? (
                  <Badge color="orange" variant="light">
                    競合
                  </Badge>
                ) : (
                  "なし"
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function WorkbookPage() {
  const { id } = useParams();
  const state = useApi<CycleDashboard>(`/api/cycles/${id}`);
  const { me } = useSession();
  const years = useYears();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const send = async (action: "preview" | "apply") => {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    try {
      const r = await uploadFile<Preview>(`/api/cycles/${id}/workbook/${action}`, file);
      setPreview(r);
      if (action === "apply" && r.ok) {
        setMessage({
          ok: true,
          text: `${r.applied ?? r.changes.length} 件を反映しました。${r.conflicts.length ? `競合 ${r.conflicts.length} 件は取り込んでいません。` : ""}`,
        });
      }
    } catch (e) {
      setPreview(null);
      setMessage({ ok: false, text: e instanceof Error ? e.message : "取り込めませんでした。" });
    } finally {
      setBusy(false);
    }
  };

  return (
    <ApiView state={state} page>
      {(d) => {
        const departments = new Map<number, string>();
        for (const item of d.items)
          for (const dep of item.departments) {
            const mine =
              d.canEvaluate || !!me?.grants.some((g) => g.role === "editor" && g.departmentId === dep.id);
            if (mine) departments.set(dep.id, dep.name);
          }
        const published = d.status === "published";
        return (
          <>
            <PageTitle title={`${d.plan.name} ${years.fiscal(d.fiscalYear)} ブックで一括入力`} />
            <Text mb="md">
              <AppLink to={`/work/cycles/${d.id}`}>評価年度の一覧に戻る</AppLink>
              {d.canEvaluate ? (
                <>
                  {" ／ "}
                  <AppLink to="/work/plan-setup">計画設定ブック（計画の新規作成・更新）</AppLink>
                </>
              ) : null}
            </Text>
            {published ? (
              <Alert color="gray" role="status" mb="md">
                この年度は公表済みです。ブックでは取り込めません（修正は項目のページで理由を添えて行います）。
              </Alert>
            ) : null}
            <Title order={2} size="h3" mb="xs">
              1. ダウンロード
            </Title>
            {departments.size ? (
              <List mb="md">
                {[...departments].map(([depId, name]) => (
                  <List.Item key={depId}>
                    <Anchor href={`/api/cycles/${d.id}/workbook?department=${depId}`} download>
                      {name} の入力用ブック（.xlsx）
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text mb="md">編集できる担当課がありません。</Text>
            )}
            <Text size="sm" mb="lg">
              実績値・状況・備考・目標値（「実績値」シート）、予算額（「予算」シート）、分析・判定・対応方針・方向性（「評価文」シート）を入力できます。色の付いたセルだけが入力できます。使い方はブックの「説明」シートにあります。
            </Text>

            <UploadStep
              label="入力したブック（.xlsx）または CSV"
              description="CSV は「実績値」シートと同じ列（見出し行つき）。文字コードは UTF-8・Shift_JIS のどちらでも構いません。"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              file={file}
              onFile={(f) => {
                setFile(f);
                setPreview(null);
                setMessage(null);
              }}
              onCheck={() => void send("preview")}
              busy={busy}
              disabled={published}
            />

            {message ? (
              <Alert color={message.ok ? "green" : "red"} role={message.ok ? "status" : "alert"} my="sm">
                {message.text}
              </Alert>
            ) : null}

            {preview && !preview.ok ? (
              <>
                <Alert color="red" role="alert" my="sm">
                  {preview.file} に誤りが {preview.errors.length}{" "}
                  件あります。何も取り込んでいません。すべて直してからもう一度アップロードしてください。
                </Alert>
                <ErrorTable errors={preview.errors} />
              </>
            ) : null}

            {preview && preview.ok ? (
              <>
                <Title order={2} size="h3" mt="lg" mb="xs">
                  3. 変更点を確認して反映
                </Title>
                <Text size="sm">
                  {preview.file}（{preview.format}
                  {preview.encoding ? `、${preview.encoding}` : ""}、{preview.rows} 行）: 変更{" "}
                  {preview.changes.length} 件、競合 {preview.conflicts.length} 件、変更のないセル{" "}
                  {preview.unchanged} 件。
                </Text>
                {preview.changes.length ? <ChangeTable changes={preview.changes} conflicts={false} /> : null}
                {preview.conflicts.length ? <ChangeTable changes={preview.conflicts} conflicts /> : null}
                {preview.applied === undefined && preview.changes.length ? (
                  <Group mt="md">
                    <Button color="green" onClick={() => void send("apply")} disabled={busy} loading={busy}>
                      反映する
                    </Button>
                    <Text size="sm">
                      変更 {preview.changes.length} 件をまとめて反映します（競合は反映しません）。
                    </Text>
                  </Group>
                ) : null}
                {preview.applied === undefined && !preview.changes.length ? (
                  <Text mt="md">反映する変更はありません。</Text>
                ) : null}
              </>
            ) : null}
          </>
        );
      }}
    </ApiView>
  );
}
