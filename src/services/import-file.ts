// Reads one file and imports it in one transaction; bad input comes back as issues, never half-written.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import { type ImportCounts, importDocument } from "../db/import-document.ts";
import type { Database } from "../db/schema.ts";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Issue, ParsedDocument } from "../ingest/model.ts";
import { loadProfiles } from "../profiles.ts";
import { recordImportedEditions } from "../reports/editions.ts";
import { type Encoding, decode, readDocument } from "../ingest/read-document.ts";
import { type Actor, COMMAND_LINE } from "./audit.ts";
import { type EstimateWatch, watchEstimates } from "./estimates.ts";

export type ImportFileResult =
  | {
      ok: true;
      file: string;
      title: string;
      kind: string;
      encoding: Encoding;
      counts: ImportCounts;
      issues: Issue[];
    }
  | { ok: false; file: string; issues: Issue[] };

/**
 * Imports a parsed document and, in the same transaction, records the editions it publishes (the
 * documents of the years it states, computed once: see src/reports/editions.ts) and audits each
 * estimate (見込み値) its firm values replace, as done by `actor`.
 */
export function importParsed(
  db: Kysely<Database>,
  profiles: ReadonlyMap<string, RuleProfile>,
  document: ParsedDocument,
  file: { name: string; sha256: string },
  actor: Actor = COMMAND_LINE,
): Promise<ImportCounts> {
  let estimates: EstimateWatch | undefined;
  return importDocument(
    db,
    document,
    file,
    async (trx) => {
      await estimates?.record(actor, `文書「${file.name}」の取込`);
      await recordImportedEditions(trx, profiles, document.key, file.name);
    },
    async (trx) => {
      estimates = await watchEstimates(trx, document.edition);
    },
  );
}

export async function importFile(
  db: Kysely<Database>,
  path: string,
  profiles: ReadonlyMap<string, RuleProfile> = loadProfiles(),
): Promise<ImportFileResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch {
    return {
      ok: false,
      file: path,
      issues: [{ severity: "error", message: "ファイルを開けません。パスを確かめてください。" }],
    };
  }
  const r = readDocument(bytes, basename(path));
  if (!r.ok) return { ok: false, file: path, issues: r.issues };
  const counts = await importParsed(db, profiles, r.document, { name: basename(path), sha256: r.sha256 });
  return {
    ok: true,
    file: path,
    title: r.document.title,
    kind: r.document.kind,
    encoding: r.encoding,
    counts,
    issues: r.issues,
  };
}

export const EXAMPLES_DIR = fileURLToPath(new URL("../../examples/hokkaido/", import.meta.url));

/** The seed documents shipped with Hyoka, for a first start on an empty database. */
export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(EXAMPLES_DIR, f));
}

/** What a file given to `hyoka import` is: a Hyoka workbook or values CSV, or a seed document. */
export type UploadKind = "values" | "plan-setup" | "other-workbook" | "document";

export async function detectUpload(bytes: Uint8Array, fileName: string): Promise<UploadKind> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (zip || /\.xlsx$/i.test(fileName)) {
    // ExcelJS is loaded only for a workbook, so that a seed document is imported without it.
    const [{ loadBook }, { bookKind }] = await Promise.all([
      import("../workbook/book.ts"),
      import("../workbook/read-values.ts"),
    ]);
    const r = await loadBook(bytes, fileName);
    if (!r.ok) return "other-workbook";
    const kind = bookKind(r.book);
    return kind === "unknown" ? "other-workbook" : kind;
  }
  // A values CSV says so in its header row; any other text is a seed document, as before.
  // The first lines only, cut at a line break so that no character is cut in half.
  const slice = bytes.subarray(0, 64 * 1024);
  const end = bytes.length > slice.length ? slice.lastIndexOf(0x0a) + 1 || slice.length : slice.length;
  const decoded = decode(slice.subarray(0, end));
  const head = decoded?.text.split(/\r?\n/).slice(0, 20).join("\n") ?? "";
  if (head.includes("施策ID") && head.includes("指標ID")) return "values";
  return "document";
}
