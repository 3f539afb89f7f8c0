// The command line's account of an upload: every problem with its cell, or the changes (old → new) and
// the conflicts, as plain Japanese text lines.
import { where } from "./cells.ts";

interface Located {
  sheet: string;
  row: number;
  column: string;
}
interface Problem extends Located {
  message: string;
  label?: string;
}
interface Change extends Located {
  nodeCode: string | null;
  label: string;
  old: string | null;
  new: string | null;
  downloaded?: string | null;
}

const shown = (v: string | null | undefined) => (v === null || v === undefined || v === "" ? "（空欄）" : v);
const oneLine = (v: string | null | undefined) => {
  const s = shown(v).replace(/\s*\n\s*/g, " ");
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
};

export function problemLines(problems: readonly Problem[]): string[] {
  return problems.map((p) => `✗ ${where(p)}: ${p.label ? `${p.label}: ` : ""}${p.message}`);
}

export function changeLines(changes: readonly Change[]): string[] {
  return changes.map(
    (c) =>
      `  ${where(c)} ${c.nodeCode ? `${c.nodeCode} ` : ""}${c.label}: ${oneLine(c.old)} → ${oneLine(c.new)}`,
  );
}

export function conflictLines(conflicts: readonly Change[]): string[] {
  return conflicts.map(
    (c) =>
      `  ⚠ ${where(c)} ${c.nodeCode ? `${c.nodeCode} ` : ""}${c.label}: ダウンロード時 ${oneLine(c.downloaded)} ／ 現在の Hyoka ${oneLine(c.old)} ／ ブック ${oneLine(c.new)}`,
  );
}
