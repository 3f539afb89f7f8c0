// HTML → PDF with Chromium's print-to-PDF (Debian's Chromium through playwright-core; a browser is never
// downloaded). One browser serves many documents: the command line opens one per run, the server one
// per process, closed when idle.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { pdfFonts } from "./fonts.ts";
import { type HtmlPage, htmlDocument } from "./html.ts";

export const CHROMIUM = process.env.HYOKA_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// Header and footer templates cannot load the page's fonts: digits in a system TrueType font.
const FOOTER = `<div style="width:100%;font-family:'DejaVu Sans','Liberation Sans',sans-serif;font-size:7pt;text-align:center;color:#333;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`;

export interface PdfResult {
  bytes: Uint8Array;
  warnings: string[];
}

export class PdfRenderer {
  #browser: Promise<Browser> | undefined;
  #idle: NodeJS.Timeout | undefined;
  #active = 0;
  readonly #idleMs: number | undefined;

  /** idleMs: close the browser after that long without work (the server); undefined: keep it open. */
  constructor(options: { idleMs?: number } = {}) {
    this.#idleMs = options.idleMs;
  }

  #launch(): Promise<Browser> {
    this.#browser ??= chromium
      .launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
      .catch((e: unknown) => {
        this.#browser = undefined;
        throw new Error(
          `PDF を作るための Chromium（${CHROMIUM}）を起動できません: ${(e as Error).message.split("\n")[0]}`,
        );
      });
    return this.#browser;
  }

  async render(page: HtmlPage): Promise<PdfResult> {
    clearTimeout(this.#idle);
    this.#active++;
    const [browser, fonts] = await Promise.all([this.#launch(), pdfFonts()]).catch((e: unknown) => {
      this.#active--;
      throw e;
    });
    // From a file, so that the page may load the font file (a page set from a string may not).
    const dir = mkdtempSync(join(tmpdir(), "hyoka-pdf-"));
    const context = await browser.newContext({ locale: "ja-JP" });
    try {
      const file = join(dir, "document.html");
      writeFileSync(file, htmlDocument(page, fonts.faces));
      const tab = await context.newPage();
      tab.setDefaultTimeout(300_000);
      await tab.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 120_000 });
      await tab.evaluate(async () => {
        await (globalThis as unknown as { document: { fonts: { ready: Promise<unknown> } } }).document.fonts
          .ready;
      });
      const bytes = await tab.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate: FOOTER,
      });
      return { bytes: new Uint8Array(bytes), warnings: fonts.warning ? [fonts.warning] : [] };
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
      if (--this.#active === 0 && this.#idleMs !== undefined) {
        this.#idle = setTimeout(() => void this.close(), this.#idleMs);
        this.#idle.unref();
      }
    }
  }

  async close(): Promise<void> {
    clearTimeout(this.#idle);
    const b = this.#browser;
    this.#browser = undefined;
    if (b) await (await b).close();
  }
}
