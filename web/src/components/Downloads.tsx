// Downloads of the documents that apply to the page (基本評価調書, 推進状況, 進捗状況, 関連事業) in each
// format, and, on the home page, the open data. Which documents apply is the server's answer
// (GET /api/reports); nothing is shown while there is none.
import { List, Text } from "@mantine/core";
import { queryString, useApi } from "../api.ts";
import type { AvailableReport, ReportFormat, ReportList } from "../api/types.ts";
import { Section } from "./Section.tsx";

export const FORMAT_LABELS: Readonly<Record<ReportFormat, string>> = {
  pdf: "PDF",
  xlsx: "Excel",
  html: "HTML（印刷用）",
  csv: "CSV",
};

/** The address of a document in a format (GET /api/reports/{kind}). */
export const reportHref = (r: AvailableReport, format: ReportFormat) =>
  `/api/reports/${encodeURIComponent(r.kind)}${queryString({ ...r.query, format })}`;

export function Downloads({
  plan,
  node,
  program,
  openData = false,
}: {
  plan?: string;
  node?: number;
  program?: number;
  openData?: boolean;
}) {
  const query = queryString({ plan, node: node?.toString(), program: program?.toString() });
  const state = useApi<ReportList>(query ? `/api/reports${query}` : null);
  const reports = state.status === "ok" ? state.data.reports : [];
  if (!openData && reports.length === 0) return null;
  return (
    <Section id="downloads" title="ダウンロード">
      <List spacing="xs">
        {reports.map((r) => (
          <List.Item key={`${r.kind}-${r.year}-${JSON.stringify(r.query)}`}>
            <Text span fw={700} mr="sm">
              {r.label}
            </Text>
            {r.formats.map((f, i) => (
              <span key={f}>
                {i > 0 ? "・" : ""}
                {/* The accessible name starts with the visible text (WCAG 2.5.3), then says which document. */}
                <a
                  className="hyoka-link"
                  href={reportHref(r, f)}
                  aria-label={`${FORMAT_LABELS[f]} ${r.label}`}
                >
                  {FORMAT_LABELS[f]}
                </a>
              </span>
            ))}
          </List.Item>
        ))}
        {openData ? (
          <List.Item>
            <Text span fw={700} mr="sm">
              オープンデータ
            </Text>
            <a className="hyoka-link" href="/api/opendata.zip">
              CSV 一式（zip、データ定義書つき）
            </a>
            {"・"}
            <a className="hyoka-link" href="/api/opendata">
              JSON API の表の一覧
            </a>
          </List.Item>
        ) : null}
      </List>
    </Section>
  );
}
