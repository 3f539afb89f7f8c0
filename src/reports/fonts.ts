// The Japanese font the PDFs embed. Chromium embeds TrueType-outline fonts as fonts (CIDFontType2,
// subset, with their names), but draws CFF-outline fonts such as Debian's Noto Sans CJK as Type 3
// glyphs without a name. So a TrueType copy of Noto Sans CJK JP is made once (fonts/noto-truetype.py,
// python3-fonttools, ~30 s) and kept in a cache folder; the HTML loads it with @font-face. Without it
// (no fonttools, no Noto CJK) the PDF still comes out, with the system font and a warning.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import type { FontFaces } from "./html.ts";

const run = promisify(execFile);
const SCRIPT = fileURLToPath(new URL("./fonts/noto-truetype.py", import.meta.url));
const DEFAULT_CACHE = fileURLToPath(new URL("../../node_modules/.cache/hyoka/fonts/", import.meta.url));
const FALLBACK_SOURCE = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

export interface PreparedFonts {
  faces: FontFaces;
  /** Why the font could not be prepared (the PDF then uses the system font). */
  warning?: string;
}

const STYLES = { regular: "Regular", bold: "Bold" } as const;
type Style = keyof typeof STYLES;

async function sourceFont(style: Style): Promise<{ file: string; index: number } | null> {
  try {
    const { stdout } = await run("fc-match", [
      "-f",
      "%{file}|%{index}",
      `Noto Sans CJK JP:style=${STYLES[style]}`,
    ]);
    const [file, index] = stdout.trim().split("|");
    if (file && /NotoSansCJK/i.test(file) && existsSync(file)) return { file, index: Number(index ?? 0) };
  } catch {
    // fc-match missing: try the Debian path.
  }
  const fallback = FALLBACK_SOURCE.replace("Regular", STYLES[style]);
  return existsSync(fallback) ? { file: fallback, index: 0 } : null;
}

async function python(): Promise<string> {
  // Debian's python3 carries python3-fonttools; a python3 earlier on PATH (pyenv …) may not.
  for (const p of ["/usr/bin/python3", "python3"]) {
    try {
      await run(p, ["-c", "import fontTools"]);
      return p;
    } catch {
      // next
    }
  }
  throw new Error("python3 に fontTools がありません（Debian: apt-get install python3-fonttools）");
}

/** The TrueType copy of one style, made if it is not in the cache yet; its file URL. */
async function trueTypeCopy(style: Style): Promise<string> {
  const source = await sourceFont(style);
  if (!source) throw new Error("Noto Sans CJK JP が見つかりません（Debian: apt-get install fonts-noto-cjk）");
  const dir = process.env.HYOKA_FONT_DIR ?? DEFAULT_CACHE;
  const stat = statSync(source.file);
  const out = join(
    dir,
    `NotoSansCJKjp-${STYLES[style]}-tt-${source.index}-${stat.size}-${Math.floor(stat.mtimeMs)}.ttf`,
  );
  if (!existsSync(out)) {
    mkdirSync(dir, { recursive: true });
    const tmp = `${out}.${process.pid}.tmp`;
    await run(await python(), [SCRIPT, source.file, String(source.index), tmp], { timeout: 300_000 });
    renameSync(tmp, out);
  }
  return pathToFileURL(out).href;
}

async function prepare(): Promise<PreparedFonts> {
  try {
    const [regular, bold] = await Promise.all([trueTypeCopy("regular"), trueTypeCopy("bold")]);
    return { faces: { regular, bold } };
  } catch (e) {
    return {
      faces: {},
      warning: `PDF に日本語フォントを埋め込めませんでした（システムのフォントで描きます）: ${(e as Error).message.split("\n")[0]}`,
    };
  }
}

let prepared: Promise<PreparedFonts> | undefined;

/** The font faces for PDFs, prepared once per process (and once per machine, through the cache). */
export function pdfFonts(): Promise<PreparedFonts> {
  prepared ??= prepare();
  return prepared;
}
