// The signed-in user's account: their rights, and changing the password.
import { Alert, Button, List, PasswordInput, Stack, Text } from "@mantine/core";
import { MIN_PASSWORD } from "../../../src/domain/rights.ts";
import { type FormEvent, useState } from "react";
import { api, send } from "../api.ts";
import { PageTitle } from "../components/PageTitle.tsx";
import { Section } from "../components/Section.tsx";
import { useSession } from "../session.tsx";

export function AccountPage() {
  const { me, loaded } = useSession();
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (!loaded) return null;
  if (!me) {
    return (
      <>
        <PageTitle title="アカウント" />
        <Text>サインインしていません。</Text>
      </>
    );
  }
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const next = String(form.get("newPassword") ?? "");
    if (next !== String(form.get("confirm") ?? "")) {
      setResult({ ok: false, text: "確認のパスワードが一致しません。" });
      return;
    }
    try {
      await send(
        api.POST("/api/auth/change-password", {
          body: {
            currentPassword: String(form.get("currentPassword") ?? ""),
            newPassword: next,
            revokeOtherSessions: true,
          },
        }),
      );
      setResult({ ok: true, text: "パスワードを変更しました。ほかの端末のセッションは終了しました。" });
    } catch (err) {
      setResult({ ok: false, text: err instanceof Error ? err.message : "変更できませんでした。" });
    }
  };
  return (
    <>
      <PageTitle title="アカウント" />
      <Text>
        {me.name}（{me.email}）
      </Text>
      <Section id="rights" title="権限">
        <List>
          {me.grants.map((g, i) => (
            <List.Item key={i}>{g.label}</List.Item>
          ))}
        </List>
      </Section>
      <Section id="password" title="パスワードの変更">
        <form onSubmit={(e) => void submit(e)} style={{ maxWidth: 420 }}>
          <Stack>
            {result ? (
              <Alert color={result.ok ? "green" : "red"} role={result.ok ? "status" : "alert"}>
                {result.text}
              </Alert>
            ) : null}
            <PasswordInput
              label="今のパスワード"
              name="currentPassword"
              autoComplete="current-password"
              required
            />
            <PasswordInput
              label={`新しいパスワード（${MIN_PASSWORD}文字以上）`}
              name="newPassword"
              autoComplete="new-password"
              minLength={MIN_PASSWORD}
              required
            />
            <PasswordInput
              label="新しいパスワード（確認）"
              name="confirm"
              autoComplete="new-password"
              required
            />
            <Button type="submit">変更する</Button>
          </Stack>
        </form>
      </Section>
    </>
  );
}
