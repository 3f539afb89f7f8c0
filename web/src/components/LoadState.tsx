// Loading and error states, in Japanese, announced to screen readers.
import { Alert, Button, Group, Loader, Text } from "@mantine/core";
import type { ReactNode } from "react";
import type { ApiRequestError, ApiState } from "../api.ts";
import { PageTitle, useDocumentTitle } from "./PageTitle.tsx";

export function Loading({ label = "読み込み中…" }: { label?: string }) {
  return (
    <Group gap="sm" role="status" aria-live="polite" py="lg">
      <Loader size="sm" aria-hidden="true" />
      <Text>{label}</Text>
    </Group>
  );
}

/** A whole page still loading (its data, or its code on the first visit): the tab says so too. */
export function PageLoading() {
  useDocumentTitle("読み込み中");
  return <Loading />;
}

/** A page whose code could not be fetched: usually a new version was deployed after the tab opened. */
export function PageCodeError() {
  return (
    <>
      <PageTitle title="ページを読み込めませんでした" />
      <Alert color="red" title="エラーの内容" role="alert" my="md">
        <Text>
          このページの表示に必要なファイルを取得できませんでした。新しい版が公開されたか、通信が途切れた可能性があります。
        </Text>
        <Button mt="sm" onClick={() => window.location.reload()}>
          再読み込み
        </Button>
      </Alert>
    </>
  );
}

export function ErrorMessage({ error, title }: { error: ApiRequestError; title?: string }) {
  const heading = title ?? (error.status === 404 ? "見つかりません" : "読み込めませんでした");
  return (
    <Alert color="red" title={heading} role="alert" my="md">
      <Text>{error.message}</Text>
      {error.parameter ? <Text size="xs">対象の項目: {error.parameter}</Text> : null}
    </Alert>
  );
}

/**
 * Renders the data once loaded; the loading and error states otherwise. With `page`, the whole page
 * depends on the data: an error then becomes the page's h1 (and the browser tab's title).
 */
export function ApiView<T>({
  state,
  children,
  page = false,
}: {
  state: ApiState<T>;
  children: (data: T) => ReactNode;
  page?: boolean;
}) {
  if (state.status === "loading") return page ? <PageLoading /> : <Loading />;
  if (state.status === "error") {
    if (!page) return <ErrorMessage error={state.error} />;
    const title = state.error.status === 404 ? "見つかりません" : "読み込めませんでした";
    return (
      <>
        <PageTitle title={title} />
        <ErrorMessage error={state.error} title="エラーの内容" />
      </>
    );
  }
  return <>{children(state.data)}</>;
}
