import { Text } from "@mantine/core";
import { AppLink, paths } from "../components/AppLink.tsx";
import { PageTitle } from "../components/PageTitle.tsx";

export function NotFoundPage() {
  return (
    <>
      <PageTitle title="ページが見つかりません" />
      <Text>
        お探しのページは見つかりませんでした。アドレスをご確認いただくか、
        <AppLink to={paths.home()}>ホーム</AppLink>から探してください。
      </Text>
    </>
  );
}
