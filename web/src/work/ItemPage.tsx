// One measure's item in an evaluation year: the department enters actuals, interim targets, budgets,
// analysis and its self-evaluation; the rate, grade and judgement are recomputed by the plan's rules
// after each save. The evaluator returns, approves and writes the 二次政策評価. Controls a user has no
// right to are not shown; text is always shown as text.
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useParams } from "react-router";
import { ProblemError, api, send, useApi } from "../api.ts";
import type { ItemIndicator, ItemView } from "../api/types.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { GradeBadge } from "../components/GradeBadge.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";
import { ProgramLifecycle } from "../components/ProgramLifecycle.tsx";
import { ProvisionalMark, ProvisionalNote, Rate } from "../components/Provisional.tsx";
import { Section } from "../components/Section.tsx";
import { TableScroll } from "../components/TableScroll.tsx";
import { ESTIMATE_MARK, formatActual } from "../format.ts";
import { useYears } from "../year-style.tsx";
import { COORDINATION_SECTION, URGENCY_SECTION } from "../../../src/domain/activity-counts.ts";
import {
  type IndicatorField,
  type MeasureField,
  PROGRAM_FIELDS,
  type ProgramField,
} from "../../../src/domain/cycle-form.ts";
import {
  ACTUAL_STATUSES,
  DIRECTIONS,
  MILESTONES,
  RATINGS,
  RESPONSE_POLICIES,
  fieldLabel,
  fieldValueLabel,
  parseField,
} from "../../../src/domain/entry.ts";
import { ITEM_STATUS_LABELS } from "../../../src/domain/item-status.ts";
import { ago } from "../format.ts";

/** The choices a program field offers; a field not listed is typed in. */
const PROGRAM_CHOICES: Partial<Record<ProgramField, readonly string[]>> = {
  policy: RESPONSE_POLICIES,
  direction: DIRECTIONS,
};

type Values = Record<string, string>;

export function ItemPage() {
  const { id, node } = useParams();
  const [reload, setReload] = useState(0);
  const state = useApi<ItemView>(`/api/cycles/${id}/items/${node}?r=${reload}`);
  return (
    <ApiView state={state} page>
      {(item) => (
        <ItemEditor key={`${item.version}-${reload}`} item={item} onSaved={() => setReload((r) => r + 1)} />
      )}
    </ApiView>
  );
}

function ItemEditor({ item, onSaved }: { item: ItemView; onSaved: () => void }) {
  const years = useYears();
  const [changes, setChanges] = useState<Values>({});
  const [errors, setErrors] = useState<Values>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [reason, setReason] = useState("");
  const [comment, setComment] = useState("");
  const [conflict, setConflict] = useState(false);
  const editable = item.rights.edit;
  const value = (path: string) => changes[path] ?? item.entries[path] ?? "";
  const set = (path: string) => (v: string) => setChanges((c) => ({ ...c, [path]: v }));
  const pending = Object.keys(changes).length;
  const itemPath = { id: item.cycle.id, node: item.node.id };

  const refused = (err: unknown) => {
    if (err instanceof ProblemError) {
      setErrors(Object.fromEntries((err.body.errors ?? []).map((e) => [e.field ?? "", e.message])));
      setMessage({ ok: false, text: err.message });
      setConflict(err.body.code === "conflict");
    } else setMessage({ ok: false, text: err instanceof Error ? err.message : "保存できませんでした。" });
  };
  const save = async () => {
    try {
      await send(
        api.PUT("/api/cycles/{id}/items/{node}", {
          params: { path: itemPath },
          body: { version: item.version, changes, reason: reason || null },
        }),
      );
      onSaved();
    } catch (err) {
      refused(err);
    }
  };
  const act = async (action: "submit" | "return" | "approve") => {
    try {
      await send(
        api.POST(`/api/cycles/{id}/items/{node}/${action}`, {
          params: { path: itemPath },
          body: { version: item.version, comment: comment || null },
        }),
      );
      onSaved();
    } catch (err) {
      refused(err);
    }
  };

  const text = (path: string, label: string, canEdit = editable) =>
    canEdit ? (
      <Textarea
        label={label}
        value={value(path)}
        onChange={(e) => set(path)(e.currentTarget.value)}
        error={errors[path]}
        autosize
        minRows={3}
      />
    ) : (
      <div>
        <Text fw={700} size="sm">
          {label}
        </Text>
        <Text style={{ whiteSpace: "pre-wrap" }}>{value(path) || "－"}</Text>
      </div>
    );
  /** A text in a table cell: the column heads it, so its label is for screen readers only. */
  const longCell = (path: string, label: string) =>
    editable ? (
      <Textarea
        aria-label={label}
        value={value(path)}
        onChange={(e) => set(path)(e.currentTarget.value)}
        error={errors[path]}
        autosize
        minRows={2}
        size="xs"
      />
    ) : (
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        {value(path) || "－"}
      </Text>
    );
  const choice = (path: string, label: string, options: readonly string[]) =>
    editable ? (
      <NativeSelect
        label={label}
        value={value(path)}
        onChange={(e) => set(path)(e.currentTarget.value)}
        data={[{ value: "", label: "（未選択）" }, ...options.map((o) => ({ value: o, label: o }))]}
        error={errors[path]}
      />
    ) : (
      <Text>
        {label}: {value(path) || "－"}
      </Text>
    );
  const cell = (path: string, label: string) =>
    editable ? (
      <TextInput
        aria-label={label}
        value={value(path)}
        onChange={(e) => set(path)(e.currentTarget.value)}
        error={errors[path]}
        size="xs"
      />
    ) : (
      value(path) || "－"
    );
  const selectCell = (path: string, label: string, options: readonly string[], shown?: string) =>
    editable ? (
      <NativeSelect
        aria-label={label}
        size="xs"
        value={value(path)}
        onChange={(e) => set(path)(e.currentTarget.value)}
        data={[{ value: "", label: "－" }, ...options.map((o) => ({ value: o, label: shown ?? o }))]}
        error={errors[path]}
      />
    ) : value(path) ? (
      (shown ?? value(path))
    ) : (
      "－"
    );
  const form = item.form;
  const asks = (field: IndicatorField) => form.indicator.includes(field);
  /** A milestone (検討 → 策定 → 実施) is offered for a qualitative indicator only: one that has had one,
   *  or that has no figure at all. */
  const qualitative = (ind: ItemIndicator) =>
    ind.observations.some((o) => o.milestone !== null) ||
    (ind.observations.every((o) => o.value === null) && ind.targets.every((t) => t.value === null));
  /** What was published for a year, as the documents print it: 「300（見込み値）」, 策定, 集計中. */
  const published = (o: ItemIndicator["observations"][number] | undefined) =>
    !o
      ? "－"
      : o.value !== null
        ? `${o.value}${o.estimate ? ESTIMATE_MARK : ""}`
        : (o.milestone ?? o.status ?? "－");
  const measure = (field: MeasureField) => form.measure.includes(field);
  /** 決算 and 決算見込 name the year they are for (the 基本評価調書 reports the year before). */
  const programHeading = (f: ProgramField) =>
    f === "settled" || f === "settledEstimate"
      ? `${years.fiscal(item.settledYear)} ${PROGRAM_FIELDS[f]}`
      : f === "budget"
        ? `${years.fiscal(item.cycle.fiscalYear)} ${PROGRAM_FIELDS[f]}`
        : PROGRAM_FIELDS[f];
  const names = {
    indicators: new Map(item.indicators.map((i) => [i.id, i])),
    activities: new Map(item.activities.map((a) => [a.id, a])),
    programs: new Map(item.programs.map((p) => [p.id, p.name])),
  };
  /** A field's label in the page's year notation; the stored label for what is not a field. */
  const historyLabel = (h: ItemView["history"][number]) =>
    h.field && parseField(h.field) ? fieldLabel(h.field, names, years.fiscal) : (h.label ?? h.action);
  /** The activity series printed in a text, with their counts (shown under the text they are printed in). */
  const activities = (section: string) =>
    measure("activity") ? (
      <ActivityCounts
        series={item.activities.filter((a) => a.section === section)}
        year={item.settledYear}
        cell={cell}
      />
    ) : null;
  const yearList: number[] = [];
  for (let y = item.years.from; y <= item.years.to; y++) yearList.push(y);

  return (
    <>
      <PageTitle title={`${item.node.code ? `${item.node.code} ` : ""}${item.node.name}`} />
      <Group gap="sm" mb="sm">
        <AppLink to={paths.cycle(item.cycle.id)}>
          {item.cycle.plan.name} {years.fiscal(item.cycle.fiscalYear)} 評価
        </AppLink>
        <Badge variant="light">{ITEM_STATUS_LABELS[item.status]}</Badge>
        <Text size="sm">担当課: {item.departments.map((d) => d.name).join("、") || "－"}</Text>
        <Text size="sm">
          最終更新: <time dateTime={item.updatedAt}>{ago(item.updatedAt)}</time>
        </Text>
        {item.cycle.deadline ? <Text size="sm">締切: {item.cycle.deadline}</Text> : null}
      </Group>
      {item.status === "returned" && item.comment ? (
        <Alert color="orange" title="差戻しの理由" mb="sm">
          {item.comment}
        </Alert>
      ) : null}
      {message ? (
        <Alert color={message.ok ? "green" : "red"} role="alert" mb="sm">
          {message.text}
          {Object.keys(errors).length ? <Text size="sm">赤で示した項目を直してください。</Text> : null}
          {conflict ? (
            <Button size="xs" mt="xs" variant="default" onClick={onSaved}>
              最新の内容を読み込む（入力中の内容は破棄されます）
            </Button>
          ) : null}
        </Alert>
      ) : null}

      <Section id="indicators" title="成果指標">
        {item.indicators.map((ind) => (
          <div key={ind.id} style={{ marginBottom: "1.5rem" }}>
            <Text fw={700}>
              <AppLink to={paths.indicator(ind.id)}>{ind.name}</AppLink>（{ind.unit || "単位なし"}）
            </Text>
            <Group gap="sm" aria-live="polite" data-testid={`result-${ind.id}`}>
              <Text>
                最新の実績値:{" "}
                {ind.record?.actual
                  ? `${formatActual(ind.record.actual.value, ind.unit, ind.record.actual.estimate)}（${ind.record.actual.period.label}）`
                  : "－"}
              </Text>
              <Text>
                達成率:{" "}
                <span data-testid={`rate-${ind.id}`}>
                  <Rate rate={ind.record?.rate} provisional={ind.record?.provisional} />
                </span>
              </Text>
              {item.graded ? (
                <>
                  <Text component="span">判定:</Text>
                  <span data-testid={`grade-${ind.id}`}>
                    <GradeBadge grade={ind.record?.grade} />
                    <ProvisionalMark provisional={!!ind.record?.provisional && !!ind.record.grade} />
                  </span>
                </>
              ) : null}
              {ind.record?.rateReason ? <Text size="sm">（{ind.record.rateReason}）</Text> : null}
            </Group>
            <ProvisionalNote shown={!!ind.record?.provisional} />
            {ind.actualFromRegister ? (
              <Text size="sm">
                この指標の実績値は支援台帳（相談案件の支援の記録）から集計されます（台帳から）。ここでは入力できません。
              </Text>
            ) : null}
            <TableScroll label={`${ind.name} の年度別の値`}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">年度</Table.Th>
                    <Table.Th scope="col">実績値（公表済）</Table.Th>
                    <Table.Th scope="col">目標値（公表済）</Table.Th>
                    <Table.Th scope="col">実績値</Table.Th>
                    <Table.Th scope="col">状況</Table.Th>
                    {asks("milestone") && qualitative(ind) ? <Table.Th scope="col">段階</Table.Th> : null}
                    {asks("estimate") ? <Table.Th scope="col">見込み値</Table.Th> : null}
                    <Table.Th scope="col">備考（理由・時点）</Table.Th>
                    {asks("target") ? <Table.Th scope="col">中間目標値</Table.Th> : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {yearList.map((y) => {
                    const stated = ind.observations.filter(
                      (x) => x.series === "actual" && x.from <= y && y <= x.to,
                    );
                    // A firm value, once published, replaces the estimate of the same year.
                    const o = stated.find((x) => x.value !== null && !x.estimate) ?? stated[0];
                    const t = ind.targets.find((x) => x.from <= y && y <= x.to);
                    const p = `actual/${ind.id}/${y}`;
                    const label = `${ind.name} ${years.fiscal(y)}`;
                    // The support register's counts: shown above, never entered here.
                    const registered = (entry: () => ReactNode) =>
                      ind.actualFromRegister ? <Text size="sm">台帳から</Text> : entry();
                    return (
                      <Table.Tr key={y}>
                        <Table.Th scope="row">{years.fiscal(y)}</Table.Th>
                        <Table.Td>{published(o)}</Table.Td>
                        <Table.Td>{t?.value ?? "－"}</Table.Td>
                        <Table.Td>{registered(() => cell(`${p}/value`, `${label} 実績値`))}</Table.Td>
                        <Table.Td>
                          {registered(() => selectCell(`${p}/status`, `${label} 状況`, ACTUAL_STATUSES))}
                        </Table.Td>
                        {asks("milestone") && qualitative(ind) ? (
                          <Table.Td>
                            {registered(() => selectCell(`${p}/milestone`, `${label} 段階`, MILESTONES))}
                          </Table.Td>
                        ) : null}
                        {asks("estimate") ? (
                          <Table.Td>
                            {registered(() =>
                              selectCell(`${p}/estimate`, `${label} 見込み値`, ["1"], "見込み値"),
                            )}
                          </Table.Td>
                        ) : null}
                        <Table.Td>{registered(() => cell(`${p}/note`, `${label} 備考`))}</Table.Td>
                        {asks("target") ? (
                          <Table.Td>{cell(`target/${ind.id}/${y}`, `${label} 中間目標値`)}</Table.Td>
                        ) : null}
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </div>
        ))}
      </Section>

      {form.texts.length || form.measure.length ? (
        <Section id="self-evaluation" title="記載と一次評価">
          <Stack>
            {form.texts.map((label) => (
              <div key={label}>
                {text(`text/${label}`, label)}
                {activities(label)}
              </div>
            ))}
            {measure("analysis") ? text("analysis", "分析") : null}
            {measure("coordination") ? choice("coordination/rating", "連携状況の判定", RATINGS) : null}
            {measure("coordination") ? text("coordination/text", "連携状況") : null}
            {measure("coordination") ? activities(COORDINATION_SECTION) : null}
            {measure("urgency") ? choice("urgency/rating", "緊急性・優先性の判定", RATINGS) : null}
            {measure("urgency") ? text("urgency/text", "緊急性・優先性") : null}
            {measure("urgency") ? activities(URGENCY_SECTION) : null}
            {measure("judgement") ? (
              <>
                <Group gap="sm">
                  <Text>評価ルールによる判定:</Text>
                  <GradeBadge grade={item.computed.grade} />
                  <Text>{item.computed.judgement ?? "－"}</Text>
                  <ProvisionalMark provisional={item.computed.provisional && !!item.computed.grade} />
                </Group>
                {choice("proposedJudgement", "総合判定（案）", item.judgements)}
              </>
            ) : null}
          </Stack>
        </Section>
      ) : null}

      <Section id="programs" title="事務事業">
        <TableScroll label="事務事業">
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">事業</Table.Th>
                <Table.Th scope="col">前回の額（千円）</Table.Th>
                {form.program.map((f) => (
                  <Table.Th scope="col" key={f}>
                    {programHeading(f)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {item.programs.map((p) => {
                const last = p.budgets.at(-1);
                return (
                  <Table.Tr key={p.id}>
                    <Table.Th scope="row">
                      <AppLink to={paths.program(p.id)}>{p.name}</AppLink>
                      {p.relisted ? "【再掲】" : ""}
                      {p.ended ? (
                        <Text size="sm" fw={400} data-testid={`ended-${p.id}`}>
                          <ProgramLifecycle lifecycle={p.ended.label} successor={p.ended.successor} />
                        </Text>
                      ) : null}
                    </Table.Th>
                    <Table.Td>
                      {last
                        ? `${Number(last.amount).toLocaleString("ja-JP")}（${years.fiscal(last.fiscalYear)} ${last.kind}）`
                        : "－"}
                    </Table.Td>
                    {form.program.map((field) => {
                      const path = `${field}/${p.id}`;
                      const label = `${p.name} ${PROGRAM_FIELDS[field]}`;
                      const choices = PROGRAM_CHOICES[field];
                      if (p.closed.includes(field))
                        return (
                          <Table.Td key={field} title={`${p.ended?.label ?? ""}のため入力しません`}>
                            —
                          </Table.Td>
                        );
                      return (
                        <Table.Td key={field}>
                          {choices
                            ? selectCell(path, label, choices)
                            : field === "progress" || field === "content"
                              ? longCell(path, label)
                              : cell(path, label)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Section>

      <Section id="secondary" title="二次政策評価">
        {text(
          "secondary",
          "二次政策評価（政策評価担当）",
          (editable && item.rights.evaluate) || item.rights.review,
        )}
      </Section>

      {editable || item.rights.evaluate || item.rights.review ? (
        <Section id="actions" title="保存と提出">
          <Stack>
            {editable && item.rights.correctionNeedsReason ? (
              <TextInput
                label="修正の理由（公表済みの年度の修正に必要）"
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={errors.reason}
              />
            ) : null}
            <Group>
              {editable || item.rights.review ? (
                <Button onClick={() => void save()} disabled={pending === 0}>
                  保存{pending ? `（${pending}項目）` : ""}
                </Button>
              ) : null}
              {item.rights.submit ? (
                <Button variant="outline" onClick={() => void act("submit")} disabled={pending > 0}>
                  提出する
                </Button>
              ) : null}
            </Group>
            {item.rights.evaluate && item.status === "submitted" ? (
              <>
                <Textarea
                  label="差戻しのコメント"
                  value={comment}
                  onChange={(e) => setComment(e.currentTarget.value)}
                  error={errors.comment}
                />
                <Group>
                  <Button color="orange" variant="outline" onClick={() => void act("return")}>
                    差し戻す
                  </Button>
                  <Button color="green" onClick={() => void act("approve")} disabled={pending > 0}>
                    承認する
                  </Button>
                </Group>
              </>
            ) : null}
          </Stack>
        </Section>
      ) : null}

      <Section id="history" title="変更の履歴">
        {item.history.length === 0 ? (
          <Text>まだ変更はありません。</Text>
        ) : (
          <TableScroll label="変更の履歴">
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">日時</Table.Th>
                  <Table.Th scope="col">利用者</Table.Th>
                  <Table.Th scope="col">項目</Table.Th>
                  <Table.Th scope="col">変更前 → 変更後</Table.Th>
                  <Table.Th scope="col">理由・コメント</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {item.history.map((h, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>
                      <time dateTime={h.at}>{new Date(h.at).toLocaleString("ja-JP")}</time>
                    </Table.Td>
                    <Table.Td>{h.user}</Table.Td>
                    <Table.Td>{historyLabel(h)}</Table.Td>
                    <Table.Td>
                      {(h.field ? fieldValueLabel(h.field, h.old) : h.old) ?? "（空）"} →{" "}
                      {(h.field ? fieldValueLabel(h.field, h.new) : h.new) ?? "（空）"}
                    </Table.Td>
                    <Table.Td>{h.reason ?? ""}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
      </Section>
    </>
  );
}

/** Years of published counts shown before the year asked for. */
const PAST_YEARS = 3;

/**
 * The activities counted in a text (「(R4:22回、R3:20回)」): each one's counts of the last years as
 * published, and the settled year's count to enter. The sheet prints the text's brackets from these.
 */
function ActivityCounts({
  series,
  year,
  cell,
}: {
  series: ItemView["activities"];
  year: number;
  cell: (path: string, label: string) => ReactNode;
}) {
  const years = useYears();
  if (series.length === 0) return null;
  const past = [...new Set(series.flatMap((s) => s.counts.map((c) => c.fiscalYear)))]
    .filter((y) => y < year)
    .sort((a, b) => a - b)
    .slice(-PAST_YEARS);
  return (
    <TableScroll label="活動の実績">
      <Table mt="xs" captionSide="top" miw={640} style={{ whiteSpace: "nowrap" }}>
        <Table.Caption>
          活動の実績（括弧内の数）: {years.fiscal(year)}の数を入力すると、調書の括弧内に加わります。
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">活動</Table.Th>
            {past.map((y) => (
              <Table.Th scope="col" key={y}>
                {years.fiscal(y)}
              </Table.Th>
            ))}
            <Table.Th scope="col">{years.fiscal(year)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {series.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Th scope="row" fw="normal" miw={240} style={{ whiteSpace: "normal" }}>
                {s.label}
              </Table.Th>
              {past.map((y) => {
                const c = s.counts.find((x) => x.fiscalYear === y);
                return (
                  <Table.Td key={y}>
                    {c ? `${c.qualifier ? `${c.qualifier} ` : ""}${c.value}${s.unit}` : "－"}
                  </Table.Td>
                );
              })}
              <Table.Td miw={110}>
                <Group gap={4} wrap="nowrap">
                  {cell(`activity/${s.id}`, `${s.label} ${years.fiscal(year)}（${s.unit}）`)}
                  <Text size="sm">{s.unit}</Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
