// The four documents as PDF (Chromium's print-to-PDF), on both databases: the text pdftotext extracts
// carries the documents' figures, pdffonts shows Noto Sans CJK embedded, and the first pages are saved
// as PNG under test-results/reports/ for a person to look at.
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProfiles } from "../../src/profiles.ts";
import { PdfRenderer } from "../../src/reports/pdf.ts";
import { renderReport } from "../../src/reports/render.ts";
import { type RawReportRequest, buildReport, parseReportRequest } from "../../src/reports/reports.ts";
import { DIALECTS, type TestStore, createTestStore } from "../support/stores.ts";
import { importSeeds } from "../support/seeds.ts";
import { pdfFonts, pdfPages, pdfText, renderPng, squeeze } from "./support.ts";

const profiles = loadProfiles();
let pdf: PdfRenderer;
beforeAll(() => {
  pdf = new PdfRenderer();
});
afterAll(async () => pdf.close());

/** [request, phrases the PDF's text must hold (spaces ignored)], figures from the seed documents. */
const DOCUMENTS: [string, RawReportRequest, string[]][] = [
  [
    "kihon-hyoka",
    { kind: "kihon-hyoka", planKey: "hokkaido-sogo-keikaku", node: "2(2)A_0505", year: "2023" },
    [
      "令和5年度基本評価調書",
      "【2(2)A_0505】高い付加価値を生み出すものづくり産業の振興",
      "やや遅れている",
      "82.6%",
      "80.3%",
      "86.1%",
      "1,057.2",
      "7,638.4",
      "10,709.0",
      "341,003",
      "186,720",
      "439,491",
      "ものづくり産業分野人材確保支援事業",
      "37,530",
      "改善（指標分析）",
    ],
  ],
  [
    "sousei-progress",
    { kind: "sousei-progress", planKey: "hokkaido-sousei", year: "2018" },
    [
      "地域少子化対策強化事業費",
      "113,993",
      "22,163,502",
      "90.2%",
      "92.5%",
      "48.8%",
      "113.2%",
      "55.8%",
      "1.43",
    ],
  ],
  [
    "vision-progress",
    { kind: "vision-progress", planKey: "sapporo-sangyo-vision", year: "2022" },
    ["さっぽろ雪まつり事業", "412,018", "【再掲】", "H30実績", "R4決算見込額", "集計中"],
  ],
  [
    "society5-catalogue",
    { kind: "society5-catalogue", planKey: "hokkaido-society5", year: "2022" },
    [
      "「北海道Society5.0」推進体制整備事業費",
      "1,308千円",
      "4,180,000千円",
      "枠内",
      "科学技術ふれあい推進事業費",
      "4,049千円",
    ],
  ],
];

for (const dialect of DIALECTS) {
  describe(`PDF on ${dialect}`, () => {
    let store: TestStore;
    beforeAll(async () => {
      store = await createTestStore(dialect);
      await importSeeds(store.db);
    });
    afterAll(async () => store.cleanup());

    it.each(DOCUMENTS)(
      "%s: figures in the text, Noto Sans CJK embedded, pages rendered",
      async (name, raw, phrases) => {
        const p = parseReportRequest({ ...raw, format: "pdf" }, "api");
        if (!p.ok) throw new Error(p.error.message);
        const b = await buildReport(store.db, profiles, p.request);
        if (!b.ok) throw new Error(b.error.message);
        const out = await renderReport(b.model, "pdf", { pdf });
        expect(out.warnings).toEqual([]);
        expect(Buffer.from(out.bytes).subarray(0, 5).toString()).toBe("%PDF-");
        const text = squeeze(pdfText(out.bytes));
        for (const phrase of phrases) expect(text, phrase).toContain(squeeze(phrase));
        const noto = pdfFonts(out.bytes).filter((f) => /Noto(Sans|Serif)CJK/i.test(f.name));
        expect(noto.length).toBeGreaterThan(0);
        expect(noto.every((f) => f.embedded && f.type.includes("TrueType"))).toBe(true);
        expect(pdfPages(out.bytes)).toBeGreaterThan(0);
        const pngs = renderPng(out.bytes, `${dialect}-${name}`, 2);
        expect(pngs.length).toBeGreaterThan(0);
        for (const png of pngs) expect(existsSync(png)).toBe(true);
      },
      180_000,
    );
  });
}
