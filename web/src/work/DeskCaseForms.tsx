// The forms of an open case: route it (handled / reported / handed on / team), record support, close it
// with an outcome. Each sends the version it read; a 409 conflict offers to reload the case.
import { Alert, Button, Group, NativeSelect, Stack, TextInput, Textarea } from "@mantine/core";
import { type FormEvent, type ReactNode, useState } from "react";
import { ProblemError, api, send } from "../api.ts";
import type {
  RecordSupportInput,
  RouteCaseInput,
  SupportCaseDetail,
  SupportDeskReference,
  TeamMemberInput,
} from "../api/types.ts";
import { Section } from "../components/Section.tsx";
import { organizationOptions } from "../desk/desk.ts";

interface FormProps {
  desk: SupportDeskReference;
  c: SupportCaseDetail;
  onChanged: () => void;
}

type Errors = Record<string, string>;

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();
const optionalText = (form: FormData, name: string) => text(form, name) || undefined;
const optionalId = (form: FormData, name: string) =>
  text(form, name) ? Number(text(form, name)) : undefined;

/** Sends a change; keeps the refusal's message, its fields in error, and whether it was a conflict. */
function useChange(onChanged: () => void) {
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<{ message: string; conflict: boolean } | null>(null);
  const run = async (call: () => Promise<unknown>) => {
    setErrors({});
    setFailure(null);
    try {
      await call();
      onChanged();
    } catch (err) {
      if (err instanceof ProblemError)
        setErrors(Object.fromEntries((err.body.errors ?? []).map((e) => [e.field ?? "", e.message])));
      const conflict = err instanceof ProblemError && err.status === 409 && err.body.code === "conflict";
      setFailure({ message: err instanceof Error ? err.message : "保存できませんでした。", conflict });
    }
  };
  const result = failure ? (
    <Alert color="red" title="保存できませんでした" role="alert">
      {failure.message}
      {Object.keys(errors).length ? " 赤で示した項目を直してください。" : ""}
      {failure.conflict ? (
        <Group mt="xs">
          <Button size="xs" variant="default" onClick={onChanged}>
            最新の内容を読み込む（入力中の内容は破棄されます）
          </Button>
        </Group>
      ) : null}
    </Alert>
  ) : null;
  return { errors, run, result };
}

function ChangeForm({
  id,
  title,
  submit,
  children,
  result,
  action,
}: {
  id: string;
  title: string;
  submit: (form: FormData) => void;
  children: ReactNode;
  result: ReactNode;
  action: string;
}) {
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    submit(new FormData(e.currentTarget));
  };
  return (
    <Section id={id} title={title}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="sm" maw="40rem">
          {children}
          <Group>
            <Button type="submit">{action}</Button>
          </Group>
          {result}
        </Stack>
      </form>
    </Section>
  );
}

/** The acting organization: needed only by a user who is staff of several (or an administrator). */
function ActingOrganization({ desk, error }: { desk: SupportDeskReference; error: string | undefined }) {
  return (
    <NativeSelect
      name="organizationId"
      label="操作する支援機関（一つの機関の職員なら省略できます）"
      data={[{ value: "", label: "自分の機関" }, ...organizationOptions(desk)]}
      error={error}
    />
  );
}

const MEMBER_ROWS = [0, 1, 2, 3] as const;

function teamMembers(form: FormData): TeamMemberInput[] {
  return MEMBER_ROWS.flatMap((i) => {
    const role = text(form, `role${i}`);
    const organizationId = optionalId(form, `member${i}`);
    const outside = optionalText(form, `outside${i}`);
    if (!role && organizationId === undefined && !outside) return [];
    return [
      { role, ...(organizationId !== undefined ? { organizationId } : {}), ...(outside ? { outside } : {}) },
    ];
  });
}

function routeBody(c: SupportCaseDetail, form: FormData): RouteCaseInput {
  const kind = text(form, "kind") as RouteCaseInput["kind"];
  const members = kind === "team" ? teamMembers(form) : [];
  const pick = <T,>(name: string, value: T | undefined) => (value === undefined ? {} : { [name]: value });
  return {
    version: c.version,
    kind,
    ...pick("date", optionalText(form, "date")),
    ...pick("organizationId", optionalId(form, "organizationId")),
    ...pick("toOrganizationId", kind === "handed_on" ? optionalId(form, "toOrganizationId") : undefined),
    ...pick("toOutside", kind === "handed_on" ? optionalText(form, "toOutside") : undefined),
    ...pick("reason", optionalText(form, "reason")),
    ...(kind === "team" ? { members } : {}),
  };
}

export function RouteForm({ desk, c, onChanged }: FormProps) {
  const { errors, run, result } = useChange(onChanged);
  const [kind, setKind] = useState("");
  const submit = (form: FormData) =>
    void run(() =>
      send(
        api.POST("/api/desk/cases/{id}/steps", { params: { path: { id: c.id } }, body: routeBody(c, form) }),
      ),
    );
  return (
    <ChangeForm id="case-route" title="回付する" submit={submit} result={result} action="回付を記録する">
      <NativeSelect
        name="kind"
        label="回付の種類"
        required
        value={kind}
        onChange={(e) => setKind(e.currentTarget.value)}
        data={[{ value: "", label: "（選択してください）" }, ...desk.choices.stepKinds]}
        error={errors.kind}
      />
      <ActingOrganization desk={desk} error={errors.organizationId} />
      {kind === "handed_on" ? (
        <>
          <NativeSelect
            name="toOrganizationId"
            label="引継ぎ先（計画の支援機関）"
            data={[{ value: "", label: "（計画外の機関へ）" }, ...organizationOptions(desk)]}
            error={errors.toOrganizationId}
          />
          <TextInput name="toOutside" label="計画外の引継ぎ先（産総研、大学 …）" error={errors.toOutside} />
        </>
      ) : null}
      {kind === "team" ? <TeamFields desk={desk} error={errors.members} /> : null}
      <TextInput name="date" label="回付の日（省略すると今日）" type="date" error={errors.date} />
      <Textarea name="reason" label="理由" autosize minRows={2} error={errors.reason} />
    </ChangeForm>
  );
}

function TeamFields({ desk, error }: { desk: SupportDeskReference; error: string | undefined }) {
  return (
    <fieldset className="desk-team">
      <legend>チームの構成（支援機関か計画外の機関のどちらかと、その役割）</legend>
      {MEMBER_ROWS.map((i) => (
        <Group key={i} align="flex-end" gap="xs" mb="xs">
          <NativeSelect
            name={`member${i}`}
            label={`${i + 1}人目の機関`}
            data={[{ value: "", label: "－" }, ...organizationOptions(desk)]}
          />
          <TextInput name={`outside${i}`} label={`${i + 1}人目: 計画外の機関`} />
          <TextInput name={`role${i}`} label={`${i + 1}人目の役割`} />
        </Group>
      ))}
      {error ? (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      ) : null}
    </fieldset>
  );
}

export function SupportForm({ desk, c, onChanged }: FormProps) {
  const { errors, run, result } = useChange(onChanged);
  const submit = (form: FormData) => {
    const organizationId = optionalId(form, "organizationId");
    const note = optionalText(form, "note");
    const body: RecordSupportInput = {
      version: c.version,
      date: text(form, "date"),
      kind: text(form, "kind") as RecordSupportInput["kind"],
      ...(organizationId !== undefined ? { organizationId } : {}),
      ...(note ? { note } : {}),
    };
    void run(() => send(api.POST("/api/desk/cases/{id}/supports", { params: { path: { id: c.id } }, body })));
  };
  return (
    <ChangeForm
      id="case-support"
      title="支援を記録する"
      submit={submit}
      result={result}
      action="支援を記録する"
    >
      <TextInput name="date" label="支援の日" type="date" required error={errors.date} />
      <NativeSelect
        name="kind"
        label="支援の種類"
        required
        data={[{ value: "", label: "（選択してください）" }, ...desk.choices.supportKinds]}
        error={errors.kind}
      />
      <NativeSelect
        name="organizationId"
        label="支援した機関（省略すると自分の機関）"
        data={[{ value: "", label: "自分の機関" }, ...organizationOptions(desk)]}
        error={errors.organizationId}
      />
      <Textarea name="note" label="内容" autosize minRows={2} error={errors.note} />
    </ChangeForm>
  );
}

export function CloseForm({ desk, c, onChanged }: FormProps) {
  const { errors, run, result } = useChange(onChanged);
  const submit = (form: FormData) => {
    const closedOn = optionalText(form, "closedOn");
    const organizationId = optionalId(form, "organizationId");
    const body = {
      version: c.version,
      outcome: text(form, "outcome"),
      ...(closedOn ? { closedOn } : {}),
      ...(organizationId !== undefined ? { organizationId } : {}),
    };
    void run(() => send(api.POST("/api/desk/cases/{id}/close", { params: { path: { id: c.id } }, body })));
  };
  return (
    <ChangeForm id="case-close" title="案件を終える" submit={submit} result={result} action="案件を終える">
      <Textarea name="outcome" label="結果" required autosize minRows={2} error={errors.outcome} />
      <TextInput name="closedOn" label="終了日（省略すると今日）" type="date" error={errors.closedOn} />
      <ActingOrganization desk={desk} error={errors.organizationId} />
    </ChangeForm>
  );
}
