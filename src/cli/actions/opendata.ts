// `hyoka opendata`: the open-data zip. Bad input is reported in Japanese with exit code 1.
import { writeOpenDataZip } from "../../opendata/zip.ts";
import { loadProfiles } from "../../profiles.ts";
import { fail } from "../errors.ts";
import { withStore } from "./store.ts";

export async function writeOpenData(
  dbOption: string | undefined,
  opts: { out: string; plan?: string },
): Promise<void> {
  try {
    await withStore(dbOption, async (store) => {
      if (opts.plan) {
        const found = await store.db
          .selectFrom("plans")
          .select("id")
          .where("key", "=", opts.plan)
          .executeTakeFirst();
        if (!found) return fail(`計画（--plan）: 計画「${opts.plan}」が見つかりません。`);
      }
      const counts = await writeOpenDataZip(store.db, loadProfiles(), opts.out, { planKey: opts.plan });
      console.log(`✓ ${opts.out}`);
      console.log(
        `  ${Object.entries(counts)
          .map(([t, n]) => `${t} ${n.toLocaleString("ja-JP")}行`)
          .join("、")}`,
      );
    });
  } catch (e) {
    fail((e as Error).message);
  }
}
