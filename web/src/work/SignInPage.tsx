// Sign-in with e-mail and password (better-auth under /api/auth). Errors are announced and name the fix.
import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ProblemError, api, send } from "../api.ts";
import { paths } from "../components/AppLink.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { useSession } from "../session.tsx";

export function SignInPage() {
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await send(
        api.POST("/api/auth/sign-in/email", {
          body: { email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") },
        }),
      );
      await refresh();
      void navigate(paths.work());
    } catch (err) {
      setError(
        err instanceof ProblemError && err.status === 401
          ? "メールアドレスかパスワードが違います。"
          : err instanceof Error
            ? err.message
            : "サインインできませんでした。",
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <PageTitle title="サインイン" />
      <form onSubmit={(e) => void submit(e)} style={{ maxWidth: 420 }}>
        <Stack>
          {error ? (
            <Alert color="red" role="alert" title="サインインできませんでした">
              {error}
            </Alert>
          ) : null}
          <TextInput label="メールアドレス" name="email" type="email" autoComplete="username" required />
          <PasswordInput label="パスワード" name="password" autoComplete="current-password" required />
          <Button type="submit" loading={busy}>
            サインイン
          </Button>
        </Stack>
      </form>
    </>
  );
}
