// Shared by the document tests: the poppler tools that read PDFs
// back (pdftotext, pdffonts, pdftoppm). PNG renders go to test-results/reports/ as artifacts.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const ARTIFACTS = fileURLToPath(new URL("../../test-results/reports/", import.meta.url));

function withPdf<T>(bytes: Uint8Array, fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), "hyoka-pdf-test-"));
  try {
    const file = join(dir, "doc.pdf");
    writeFileSync(file, bytes);
    return fn(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text in content order (pdftotext -raw): a wrapped table cell stays together. */
export const pdfText = (bytes: Uint8Array) =>
  withPdf(bytes, (f) => execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", f, "-"], { encoding: "utf8" }));

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts pdffonts lists. */
export const pdfFonts = (bytes: Uint8Array): PdfFont[] =>
  withPdf(bytes, (f) =>
    execFileSync("pdffonts", [f], { encoding: "utf8" })
      .split("\n")
      .slice(2)
      .filter((l) => l.trim())
      .map((l) => {
        // name, type (may hold spaces), encoding, emb, sub, uni, object, id
        const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/.exec(l.trim());
        return { name: m?.[1] ?? l, type: m?.[2] ?? "", embedded: m?.[4] === "yes" };
      }),
  );

export const pdfPages = (bytes: Uint8Array) =>
  withPdf(bytes, (f) =>
    Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [f], { encoding: "utf8" }))?.[1]),
  );

/** Renders pages to PNG under test-results/reports/ (first `pages` pages); returns the files written. */
export function renderPng(bytes: Uint8Array, name: string, pages = 2): string[] {
  mkdirSync(ARTIFACTS, { recursive: true });
  withPdf(bytes, (f) =>
    execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", String(pages), f, join(ARTIFACTS, name)]),
  );
  return readdirSync(ARTIFACTS)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))
    .map((f) => join(ARTIFACTS, f));
}

/** Text with the layout's runs of spaces and line breaks removed (to find a phrase that wraps). */
export const squeeze = (s: string) => s.replace(/\s+/g, "");
