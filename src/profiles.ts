// The rule profiles shipped in profiles/*.json, plus any JSON file a user names.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type RuleProfile, parseRuleProfile } from "./domain/rule-profile.ts";

export const BUILTIN_PROFILE_DIR = fileURLToPath(new URL("../profiles/", import.meta.url));

export class ProfileError extends Error {}

export function loadProfileFile(path: string): RuleProfile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new ProfileError(`評価ルール ${path} を読めません: ${(e as Error).message}`);
  }
  const r = parseRuleProfile(json);
  if (!r.ok) throw new ProfileError(`評価ルール ${path} に誤りがあります:\n  ${r.errors.join("\n  ")}`);
  return r.profile;
}

/** All profiles in a directory (the shipped ones by default), by id. */
export function loadProfiles(dir = BUILTIN_PROFILE_DIR): Map<string, RuleProfile> {
  const out = new Map<string, RuleProfile>();
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()) {
    const p = loadProfileFile(join(dir, f));
    out.set(p.id, p);
  }
  return out;
}
