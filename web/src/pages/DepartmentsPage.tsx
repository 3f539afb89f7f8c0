// Every department with how many nodes and programs it is responsible for.
import { Table, Text } from "@mantine/core";
import type { DepartmentList } from "../api/types.ts";
import { useApi } from "../api.ts";
import { AppLink, paths } from "../components/AppLink.tsx";
import { ApiView } from "../components/LoadState.tsx";
import { PageTitle } from "../components/PageTitle.tsx";

export function DepartmentsPage() {
  const state = useApi<DepartmentList>("/api/departments");
  return (
    <>
      <PageTitle title="部局・担当課の一覧" />
      <ApiView state={state}>
        {(data) =>
          data.departments.length === 0 ? (
            <Text>担当課の記載はまだありません。</Text>
          ) : (
            <Table captionSide="top" withTableBorder striped maw={960}>
              <Table.Caption>担当課（{data.departments.length}件、名称順）</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">担当課</Table.Th>
                  <Table.Th scope="col" className="num">
                    施策等
                  </Table.Th>
                  <Table.Th scope="col" className="num">
                    事業
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...data.departments]
                  .sort((a, b) => a.name.localeCompare(b.name, "ja"))
                  .map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Th scope="row">
                        <AppLink to={paths.department(d.id)}>{d.name}</AppLink>
                      </Table.Th>
                      <Table.Td className="num">{d.nodeCount}件</Table.Td>
                      <Table.Td className="num">{d.programCount}件</Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          )
        }
      </ApiView>
    </>
  );
}
