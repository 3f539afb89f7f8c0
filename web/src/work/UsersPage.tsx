// The administrator's page: users and their rights, adding a user, setting a role, resetting a password,
// and the audit trail's export.
import { Alert, Button, Group, NativeSelect, PasswordInput, Table, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { MIN_PASSWORD, ROLES, ROLE_LABELS, type Role, grantLabel } from "../../../src/domain/rights.ts";
import { api, send, useApi } from "../api.ts";
import type { GrantInput, UserList } from "../api/types.ts";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { Section } from "../components/Section.tsx";
import { TableScroll } from "../components/TableScroll.tsx";

/** What a role needs besides itself, said after its name in the choice. */
const ROLE_NEEDS: Readonly<Record<Role, string>> = {
  admin: "",
  evaluator: "（計画を指定）",
  editor: "（担当課を指定）",
  viewer: "",
  supporter: "（支援機関を指定）",
};
/** The roles to choose from, the least first. */
const ROLE_OPTIONS = [...ROLES].reverse().map((role) => ({
  value: role,
  label: `${ROLE_LABELS[role]}${ROLE_NEEDS[role]}`,
}));
const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
const grantFrom = (form: FormData): GrantInput => {
  const role = String(form.get("role"));
  if (!isRole(role)) throw new Error("役割を選んでください。");
  return {
    role,
    ...(form.get("plan") ? { plan: String(form.get("plan")) } : {}),
    ...(form.get("department") ? { department: String(form.get("department")) } : {}),
    ...(form.get("organization") ? { organization: String(form.get("organization")) } : {}),
  };
};

export function UsersPage() {
  const [reload, setReload] = useState(0);
  const state = useApi<UserList>(`/api/admin/users?r=${reload}`);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const run = async (what: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
      setMessage({ ok: true, text: what });
      setReload((r) => r + 1);
    } catch (err) {
      setMessage({ ok: false, text: err instanceof Error ? err.message : "できませんでした。" });
    }
  };
  const add = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    void run("利用者を追加しました。", () =>
      send(
        api.POST("/api/admin/users", {
          body: {
            email: String(form.get("email")),
            name: String(form.get("name")),
            password: String(form.get("password")),
            grants: [grantFrom(form)],
          },
        }),
      ),
    );
  };
  return (
    <>
      <PageTitle title="利用者の管理" />
      {message ? (
        <Alert color={message.ok ? "green" : "red"} role={message.ok ? "status" : "alert"} mb="sm">
          {message.text}
        </Alert>
      ) : null}
      <ApiView state={state}>
        {({ users }) => (
          <TableScroll label="利用者">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">利用者</Table.Th>
                  <Table.Th scope="col">権限</Table.Th>
                  <Table.Th scope="col">役割の設定</Table.Th>
                  <Table.Th scope="col">パスワード</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.map((u) => (
                  <Table.Tr key={u.id}>
                    <Table.Th scope="row">
                      {u.name}（{u.email}）
                    </Table.Th>
                    <Table.Td>{u.grants.map(grantLabel).join("、") || "なし"}</Table.Td>
                    <Table.Td>
                      <form
                        onSubmit={(e) => {
                          e.preventDefault();
                          const form = new FormData(e.currentTarget);
                          void run("役割を設定しました。", () =>
                            send(
                              api.PUT("/api/admin/users/{id}/grants", {
                                params: { path: { id: u.id } },
                                body: { grants: [grantFrom(form)] },
                              }),
                            ),
                          );
                        }}
                      >
                        <Group gap="xs" align="end">
                          <NativeSelect
                            aria-label={`${u.email} の役割`}
                            name="role"
                            data={ROLE_OPTIONS}
                            size="xs"
                          />
                          <TextInput
                            aria-label={`${u.email} の計画キー`}
                            name="plan"
                            placeholder="計画キー"
                            size="xs"
                          />
                          <TextInput
                            aria-label={`${u.email} の担当課`}
                            name="department"
                            placeholder="担当課"
                            size="xs"
                          />
                          <TextInput
                            aria-label={`${u.email} の支援機関`}
                            name="organization"
                            placeholder="支援機関"
                            size="xs"
                          />
                          <Button type="submit" size="xs">
                            設定
                          </Button>
                        </Group>
                      </form>
                    </Table.Td>
                    <Table.Td>
                      <form
                        onSubmit={(e) => {
                          e.preventDefault();
                          const form = new FormData(e.currentTarget);
                          void run("パスワードを設定し直しました。", () =>
                            send(
                              api.POST("/api/admin/users/{id}/password", {
                                params: { path: { id: u.id } },
                                body: { password: String(form.get("password")) },
                              }),
                            ),
                          );
                        }}
                      >
                        <Group gap="xs" align="end">
                          <PasswordInput
                            aria-label={`${u.email} の新しいパスワード`}
                            name="password"
                            size="xs"
                            autoComplete="new-password"
                          />
                          <Button type="submit" size="xs" variant="default">
                            再設定
                          </Button>
                        </Group>
                      </form>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </ApiView>
      <Section id="add" title="利用者を追加">
        <form onSubmit={add}>
          <Group align="end">
            <TextInput label="メールアドレス" name="email" type="email" required />
            <TextInput label="氏名" name="name" required />
            <PasswordInput
              label={`初期パスワード（${MIN_PASSWORD}文字以上）`}
              name="password"
              autoComplete="new-password"
              required
            />
            <NativeSelect label="役割" name="role" data={ROLE_OPTIONS} />
            <TextInput label="計画キー" name="plan" />
            <TextInput label="担当課" name="department" />
            <TextInput label="支援機関" name="organization" />
            <Button type="submit">追加</Button>
          </Group>
        </form>
      </Section>
      <Section id="audit" title="監査記録">
        <a className="hyoka-link" href="/api/admin/audit.csv" download>
          監査記録をCSVで書き出す
        </a>
      </Section>
    </>
  );
}
