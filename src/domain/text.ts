// Normalisation of Japanese text as it arrives from PDFs and spreadsheets.

/** Full-width ASCII (Ａ-Ｚ, ０-９, ％, （, …) to half-width; ideographic space to space. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/** Key for matching names across documents: half-width, no spaces, unified dashes and brackets. */
export function nameKey(s: string): string {
  return toHalfWidth(s)
    .normalize("NFKC")
    .replace(/[\s\u200b]+/g, "")
    .replace(/[‐‑‒–—―ー－-]/g, "-")
    .replace(/[〜～~]/g, "~")
    .toLowerCase();
}

/** Collapses runs of whitespace, trims, and strips HTML fragments left by the PDF extraction. */
export function cleanText(s: string): string {
  return s
    .replace(/<\/?(?:ul|ol|li|br|p|div|span)\b[^>]*>/gi, " ")
    .replace(/[ \t\u3000]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

/** Marks that mean "no value": —, －, -, ―, and empty. */
export function isMissingMark(s: string): boolean {
  return /^[\s]*[—－\-―‐ー]?[\s]*$/.test(s);
}
