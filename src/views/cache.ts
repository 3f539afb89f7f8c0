// Read models that are costly at national scale (the overview of every plan, a plan's tree) are kept
// per process while the data they come from is unchanged. Every import writes its document's
// imported_at, and a new document a new id: the highest id and the newest stamp identify the data, read
// with one indexed query per request, so an import by another process is seen at the next request.
// HYOKA_VIEW_CACHE=off turns the cache off (to measure the read models themselves).
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** Entries kept per store and profile set; the oldest used goes first. A plan's tree is ~21 kB of JSON. */
const MAX_ENTRIES = 2500;

interface Entries {
  version: string;
  map: Map<string, Promise<unknown>>;
}

const caches = new WeakMap<Kysely<Database>, WeakMap<object, Entries>>();

export const viewCacheEnabled = () => process.env.HYOKA_VIEW_CACHE !== "off";

/** Identifies the stored data: changes whenever a document is imported or imported again. */
export async function dataVersion(db: Kysely<Database>): Promise<string> {
  const r = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom("documents")
        .select((e) => e.fn.max("id").as("m"))
        .as("id"),
      eb
        .selectFrom("documents")
        .select((e) => e.fn.max("imported_at").as("m"))
        .as("at"),
    ])
    .executeTakeFirst();
  return `${r?.id ?? 0}|${r?.at ?? ""}`;
}

/** The value under `key`, computed once per data version (concurrent callers share one computation). */
export async function cached<T>(
  db: Kysely<Database>,
  scope: object,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  if (!viewCacheEnabled()) return compute();
  const version = await dataVersion(db);
  let byScope = caches.get(db);
  if (!byScope) caches.set(db, (byScope = new WeakMap()));
  let entries = byScope.get(scope);
  if (!entries || entries.version !== version) byScope.set(scope, (entries = { version, map: new Map() }));
  const map = entries.map;
  const hit = map.get(key);
  if (hit) {
    map.delete(key);
    map.set(key, hit);
    return hit as Promise<T>;
  }
  const value = compute();
  map.set(key, value);
  value.catch(() => map.get(key) === value && map.delete(key));
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value!);
  return value;
}
