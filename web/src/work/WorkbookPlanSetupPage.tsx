// Setting up or updating a whole plan from the plan set-up workbook: download the template, upload the
// filled-in workbook, see every error with its cell or what will be written, then register it.
// Administrators and evaluators (the API decides).
import { Alert, Anchor, Button, List, Text, Title } from "@mantine/core";
import { useState } from "react";
import type { PlanSetupApplied, PlanSetupPreviewValid } from "../api/types.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { useSession } from "../session.tsx";
import { ErrorTable, type Refused, UploadStep, uploadFile } from "./WorkbookParts.tsx";

type SetupPreview = Refused | PlanSetupPreviewValid;
type Counts = PlanSetupPreviewValid["counts"];

const summary = (c: Counts) =>
  `施策等 ${c.nodes}、事業 ${c.programs}（掲載 ${c.programLinks}）、指標 ${c.indicators}、目標値 ${c.targets}、実績値・参考値 ${c.observations}、予算行 ${c.budgetLines}`;

export function WorkbookPlanSetupPage() {
  const { me, loaded } = useSession();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<SetupPreview | null>(null);
  const [applied, setApplied] = useState<PlanSetupApplied | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const allowed = !!me && (me.admin || me.grants.some((g) => g.role === "evaluator"));

  const check = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setApplied(null);
    try {
      setPreview(await uploadFile<SetupPreview>("/api/plan-setup/preview", file));
    } catch (e) {
      setPreview(null);
      setError(e instanceof Error ? e.message : "確認できませんでした。");
    } finally {
      setBusy(false);
    }
  };
  const register = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const r = await uploadFile<PlanSetupApplied>("/api/plan-setup", file);
      if ("ok" in r) setPreview(r);
      else {
        setApplied(r);
        setPreview(null);
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : "登録できませんでした。");
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="計画設定ブック" />
      <Text mb="md">
        計画・体系・事業と掲載先・指標・目標・実績・参考値・予算・評価ルールを、1冊のブックで登録・更新します。同じキーの計画を取り込むと、その計画を更新します。
      </Text>
      {loaded && !allowed ? (
        <Alert color="gray" role="status" mb="md">
          計画の登録は、管理者と政策評価担当が行います。
        </Alert>
      ) : null}
      <Title order={2} size="h3" mb="xs">
        1. ひな形をダウンロード
      </Title>
      <Text mb="lg">
        <Anchor href="/api/plan-setup/template.xlsx" download>
          計画設定ブックのひな形（.xlsx）
        </Anchor>
        （書き方は「説明」シートにあります）
      </Text>
      <UploadStep
        label="記入した計画設定ブック（.xlsx）"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        file={file}
        onFile={(f) => {
          setFile(f);
          setPreview(null);
          setApplied(null);
          setError(null);
        }}
        onCheck={() => void check()}
        busy={busy}
        disabled={!allowed}
      />
      {error ? (
        <Alert color="red" role="alert" my="sm">
          {error}
        </Alert>
      ) : null}
      {preview && !preview.ok ? (
        <>
          <Alert color="red" role="alert" my="sm">
            {preview.file} に誤りが {preview.errors.length} 件あります。何も登録していません。
          </Alert>
          <ErrorTable errors={preview.errors} />
        </>
      ) : null}
      {preview && preview.ok ? (
        <>
          <Title order={2} size="h3" mt="lg" mb="xs">
            3. 内容を確認して登録
          </Title>
          <List mb="md">
            <List.Item>
              {preview.plan.exists ? "更新" : "新規作成"}: {preview.plan.name}（{preview.plan.key}）
            </List.Item>
            <List.Item>{summary(preview.counts)}</List.Item>
          </List>
          <Button color="green" onClick={() => void register()} disabled={busy} loading={busy}>
            登録する
          </Button>
        </>
      ) : null}
      {applied ? (
        <Alert color="green" role="status" my="sm">
          計画を{applied.plan.created ? "作成" : "更新"}しました: {summary(applied.counts)}。{" "}
          <AppLink to={paths.plan(applied.plan.key)}>{applied.plan.name}</AppLink>
        </Alert>
      ) : null}
    </>
  );
}
