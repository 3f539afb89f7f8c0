// `hyoka check`: where the data disagree with themselves.
import { checkData } from "../../evaluation/check.ts";
import { loadProfiles } from "../../profiles.ts";
import { withStore } from "./store.ts";

export async function checkStore(dbOption: string | undefined, opts: { json?: boolean }): Promise<void> {
  const findings = await withStore(dbOption, (s) => checkData(s.db, loadProfiles()));
  if (opts.json) {
    process.stdout.write(JSON.stringify(findings, null, 2) + "\n");
    return;
  }
  const disagreements = findings.filter((f) => f.severity === "disagreement");
  for (const f of findings)
    console.log(`${f.severity === "disagreement" ? "✗" : "ℹ"} [${f.kind}] ${f.subject}: ${f.message}`);
  console.log(`食い違い ${disagreements.length} 件、参考 ${findings.length - disagreements.length} 件。`);
}
