// `hyoka profiles list|show`, and the --profile option of `hyoka export indicators`.
import type { RuleProfile } from "../../domain/rule-profile.ts";
import { loadProfileFile, loadProfiles } from "../../profiles.ts";
import { usageError } from "../errors.ts";

/** A rule profile by its id, or read from a JSON file (a name ending in .json). */
export function profileByIdOrFile(profiles: ReadonlyMap<string, RuleProfile>, idOrFile: string): RuleProfile {
  const p = idOrFile.endsWith(".json") ? loadProfileFile(idOrFile) : profiles.get(idOrFile);
  if (!p) throw usageError(`評価ルール「${idOrFile}」はありません。hyoka profiles list で一覧できます。`);
  return p;
}

export function listProfiles(): void {
  for (const p of loadProfiles().values()) console.log(`${p.id}\t${p.name}`);
}

export function showProfile(idOrFile: string): void {
  console.log(JSON.stringify(profileByIdOrFile(loadProfiles(), idOrFile), null, 2));
}
