import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SEED_DIR = fileURLToPath(new URL("../../examples/hokkaido/", import.meta.url));

/** The seed file whose name starts with the given number ("000"). */
export function seedPath(no: string): string {
  const f = readdirSync(SEED_DIR).find((n) => n.startsWith(`${no}_`) && n.endsWith(".txt"));
  if (!f) throw new Error(`seed ${no} not found`);
  return join(SEED_DIR, f);
}

export const seedText = (no: string) => readFileSync(seedPath(no), "utf8");
export const seedBytes = (no: string) => readFileSync(seedPath(no));
