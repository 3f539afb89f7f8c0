// The store a command works on: opened from --db (or HYOKA_DATABASE_URL), its schema brought up to
// date, closed when the command is done.
import { type Store, databaseUrl, migrate, openStore } from "../../db/connect.ts";

export async function withStore<T>(
  dbOption: string | undefined,
  fn: (store: Store) => Promise<T>,
): Promise<T> {
  const store = openStore(databaseUrl(dbOption));
  try {
    await migrate(store.db);
    return await fn(store);
  } finally {
    await store.db.destroy();
  }
}
