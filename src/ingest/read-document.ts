// From a file's bytes to a parsed document: decode (UTF-8 with or without BOM, or Shift_JIS as Windows writes it: CP932), make sure
// it is text, find its kind, parse. Never throws for bad input: problems come back as issues.
import { createHash } from "node:crypto";
import iconv from "iconv-lite";
import { looksLikeText } from "./lines.ts";
import type { DocumentParser, Issue, ParsedDocument } from "./model.ts";
import { kihonHyokaParser } from "./kihon-hyoka.ts";
import { society5CatalogueParser } from "./society5-catalogue.ts";
import { souseiProgressParser } from "./sousei-progress.ts";
import { supportPlanParser } from "./support-plan.ts";
import { visionProgressParser } from "./vision-progress.ts";

export const PARSERS: readonly DocumentParser[] = [
  kihonHyokaParser,
  supportPlanParser,
  society5CatalogueParser,
  souseiProgressParser,
  visionProgressParser,
];

export type Encoding = "utf-8" | "utf-8-bom" | "shift_jis";

export function decode(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const text = iconv.decode(Buffer.from(bytes), "cp932");
    return looksLikeText(text) ? { text, encoding: "shift_jis" } : null;
  }
}

export type ReadResult =
  | { ok: true; document: ParsedDocument; issues: Issue[]; encoding: Encoding; sha256: string }
  | { ok: false; issues: Issue[] };

export function readDocument(bytes: Uint8Array, fileName: string, parsers = PARSERS): ReadResult {
  const fail = (message: string): ReadResult => ({ ok: false, issues: [{ severity: "error", message }] });
  if (bytes.length === 0) return fail("ファイルが空です。中身のある資料ファイルを指定してください。");
  const decoded = decode(bytes);
  if (!decoded || !looksLikeText(decoded.text)) {
    return fail(
      "テキストとして読めません（バイナリファイルのようです）。PDFから抽出したテキスト（UTF-8 または Shift_JIS）を指定してください。",
    );
  }
  const scored = parsers
    .map((p) => ({ p, score: p.detect(decoded.text) }))
    .filter((s) => s.score >= 0.5)
    .sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best) {
    return fail(
      "どの種類の資料か判別できません。対応している資料: 基本評価調書、連携支援計画、Society5.0関連事業、創生総合戦略推進状況、産業振興ビジョン進捗状況。",
    );
  }
  const r = best.p.parse(decoded.text, fileName);
  // An error means the document cannot be taken whole (a cut row, a truncated file): take none of it.
  if (!r.ok || r.issues.some((i) => i.severity === "error")) return { ok: false, issues: [...r.issues] };
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { ok: true, document: r.document, issues: [...r.issues], encoding: decoded.encoding, sha256 };
}
