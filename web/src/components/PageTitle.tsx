// The page's one h1, which also names the browser tab.
import { Title } from "@mantine/core";
import { type ReactNode, useEffect } from "react";

export const SITE_NAME = "Hyoka（評価）";

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title ? `${title}｜${SITE_NAME}` : SITE_NAME;
  }, [title]);
}

export function PageTitle({ title, children }: { title: string; children?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Title order={1} mb="md">
      {children ?? title}
    </Title>
  );
}
