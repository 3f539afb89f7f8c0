// Free texts of a document (概要, 成果, 施策目標 …), each under its own heading, line breaks as printed.
import { Stack, Text, Title } from "@mantine/core";

export function TextSections({
  texts,
  order,
  omit = [],
}: {
  texts: Record<string, string> | null | undefined;
  order: 2 | 3 | 4;
  omit?: string[];
}) {
  const entries = Object.entries(texts ?? {}).filter(([k, v]) => v.trim() !== "" && !omit.includes(k));
  if (entries.length === 0) return null;
  return (
    <Stack gap="md">
      {entries.map(([heading, body]) => (
        <section key={heading}>
          <Title order={order} size="h4" mb={4}>
            {heading}
          </Title>
          <Text className="pre-line">{body}</Text>
        </section>
      ))}
    </Stack>
  );
}
