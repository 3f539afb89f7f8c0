// Reads one file and imports it in one transaction; bad input comes back as issues, never half-written.
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import { type ImportCounts, importDocument } from "../db/import-document.ts";
import type { Database } from "../db/schema.ts";
import type { Issue } from "../ingest/model.ts";
import { type Encoding, readDocument } from "../ingest/read-document.ts";

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

export async function importFile(db: Kysely<Database>, path: string): Promise<ImportFileResult> {
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
  const counts = await importDocument(db, r.document, { name: basename(path), sha256: r.sha256 });
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
