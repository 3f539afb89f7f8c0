// Line helpers shared by the parsers: the text keeps its line numbers for messages.

export interface Line {
  /** 1-based line number in the decoded text. */
  readonly no: number;
  readonly text: string;
}

export function toLines(text: string): Line[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ no: i + 1, text: t }));
}

/** Blank-line separated paragraphs, each with the number of its first line. */
export function paragraphs(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (cur.length > 0) out.push({ no: cur[0]!.no, text: cur.map((l) => l.text.trim()).join("\n") });
    cur = [];
  };
  for (const l of lines) {
    if (l.text.trim() === "") flush();
    else cur.push(l);
  }
  flush();
  return out;
}

/** Text that is mostly printable: a cheap test that a decoded file is a text document at all. */
export function looksLikeText(text: string): boolean {
  if (text.length === 0) return false;
  let bad = 0;
  for (const ch of text.slice(0, 4000)) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 13)) bad++;
  }
  return bad / Math.min(text.length, 4000) < 0.01;
}
