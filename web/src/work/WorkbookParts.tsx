// What the workbook pages share: the shapes of the upload answers, choosing and sending a file, and the
// table of errors (シート / 行 / 列 / 内容).
import { Button, FileInput, Group, Stack, Table, Title } from "@mantine/core";
import { ApiRequestError } from "../api.ts";
import type { ApiError, WorkbookChange, WorkbookProblem } from "../api/types.ts";
import { TableScroll } from "../components/TableScroll.tsx";

type Located = Pick<WorkbookProblem, "sheet" | "row" | "column">;
export type CellError = WorkbookProblem;
export type Change = WorkbookChange & { downloaded?: string | null };

export type Refused = { ok: false; file: string; errors: CellError[] };

export const shown = (v: string | null | undefined) =>
  v === null || v === undefined || v === "" ? "（空欄）" : v;

export const place = (l: Located) =>
  l.row === 0 ? l.sheet : `${l.sheet} ${l.row}行${l.column ? ` ${l.column}列` : ""}`;

/** Sends the file as the body; the API's JSON, a refusal with cells as `{ok: false}`, else throws. */
export async function uploadFile<T>(path: string, file: File): Promise<T | Refused> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: "POST",
      headers: { Accept: "application/json", "X-File-Name": encodeURIComponent(file.name) },
      body: file,
    });
  } catch {
    throw new ApiRequestError(0, {});
  }
  const body = (await res.json().catch(() => ({}))) as Partial<ApiError>;
  // The workbook routes' 422 names each cell in error (sheet, row, column) in errors.
  if (res.status === 422 && Array.isArray(body.errors)) {
    return { ok: false, file: file.name, errors: body.errors as CellError[] };
  }
  if (!res.ok) throw new ApiRequestError(res.status, body);
  return body as T;
}

export function ErrorTable({ errors }: { errors: CellError[] }) {
  return (
    <TableScroll label="誤りのあるセルの一覧">
      <Table my="sm" striped>
        <Table.Caption>誤り {errors.length} 件（何も取り込んでいません）</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">シート</Table.Th>
            <Table.Th scope="col">行</Table.Th>
            <Table.Th scope="col">列</Table.Th>
            <Table.Th scope="col">内容</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((e, i) => (
            <Table.Tr key={i}>
              <Table.Td>{e.sheet}</Table.Td>
              <Table.Td>{e.row || "－"}</Table.Td>
              <Table.Td>{e.column || "－"}</Table.Td>
              <Table.Td>
                {e.label ? `${e.label}: ` : ""}
                {e.message}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Step 2 of both pages: choose the file, then ask the server to check it. */
export function UploadStep(props: {
  label: string;
  description?: string;
  accept: string;
  file: File | null;
  onFile: (file: File | null) => void;
  onCheck: () => void;
  busy: boolean;
  disabled: boolean;
}) {
  return (
    <>
      <Title order={2} size="h3" mb="xs">
        2. アップロードして確認
      </Title>
      <Stack gap="xs" maw={520} mb="md">
        <FileInput
          label={props.label}
          description={props.description}
          placeholder="ファイルを選ぶ"
          accept={props.accept}
          value={props.file}
          onChange={props.onFile}
          clearable
          clearButtonProps={{ "aria-label": "選んだファイルを取り消す" }}
          disabled={props.disabled}
        />
        <Group>
          <Button
            onClick={props.onCheck}
            disabled={!props.file || props.busy || props.disabled}
            loading={props.busy}
          >
            確認する
          </Button>
        </Group>
      </Stack>
    </>
  );
}
