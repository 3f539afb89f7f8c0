// `hyoka serve`: on an empty database the seed documents are imported first (with --demo, as `npm start`
// runs it, also the demo register of the support desk), and on a store with no user the first
// administrator is made. A production start (`hyoka serve`) writes no invented cases: the register is
// where the plan's 支援件数 comes from.
import { databaseUrl, migrate, openStore } from "../../db/connect.ts";
import { loadProfiles } from "../../profiles.ts";
import { serve } from "../../server/serve.ts";
import { exampleFiles, importFile } from "../../services/import-file.ts";
import { firstStartDemoDesk } from "./demo-desk.ts";
import { printImport } from "./import.ts";
import { firstAdministrator } from "./users.ts";

export async function serveStore(
  dbOption: string | undefined,
  opts: { port: number; host: string; demo?: boolean },
) {
  const store = openStore(databaseUrl(dbOption));
  await migrate(store.db);
  const documents = await store.db.selectFrom("documents").select("id").limit(1).execute();
  if (documents.length === 0) {
    console.log("データベースが空のため、examples/ の資料を取り込みます …");
    for (const f of exampleFiles()) printImport(await importFile(store.db, f));
    if (opts.demo) await firstStartDemoDesk(store);
  }
  await firstAdministrator(store);
  const address = await serve(store, loadProfiles(), opts);
  console.log(`Hyoka を起動しました: ${address}`);
}
