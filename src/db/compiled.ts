// Hot read paths send the same few query shapes thousands of times a second, and building and compiling
// a query with Kysely costs about what SQLite takes to run it (~50 µs). A shape is compiled once per
// store, with placeholders for its arguments, and run with the arguments substituted.
import { type Compilable, CompiledQuery, type Kysely } from "kysely";
import type { Database } from "./schema.ts";

const ARGUMENT = Symbol("argument");

interface Placeholder {
  readonly [ARGUMENT]: number;
}

const isPlaceholder = (v: unknown): v is Placeholder => typeof v === "object" && v !== null && ARGUMENT in v;

type Slot = { argument: number } | { value: unknown };

/**
 * A query of fixed shape, compiled on first use. `build` must use its arguments as plain values (in a
 * comparison, a one-element IN list, a limit), never to decide the shape of the query.
 */
export function compiled<A extends (string | number)[], R>(
  build: (db: Kysely<Database>, ...args: A) => Compilable<R>,
): (db: Kysely<Database>, ...args: A) => Promise<R[]> {
  const byStore = new WeakMap<Kysely<Database>, { sql: string; slots: Slot[] }>();
  return async (db, ...args) => {
    let shape = byStore.get(db);
    if (!shape) {
      const placeholders = args.map((_, i): Placeholder => ({ [ARGUMENT]: i }));
      const q = build(db, ...(placeholders as unknown as A)).compile();
      shape = {
        sql: q.sql,
        slots: q.parameters.map((p) => (isPlaceholder(p) ? { argument: p[ARGUMENT] } : { value: p })),
      };
      const used = new Set(shape.slots.flatMap((s) => ("argument" in s ? [s.argument] : [])));
      if (used.size !== args.length) throw new Error(`compiled query does not use every argument: ${q.sql}`);
      byStore.set(db, shape);
    }
    const parameters = shape.slots.map((s) => ("argument" in s ? args[s.argument] : s.value));
    return (await db.executeQuery<R>(CompiledQuery.raw(shape.sql, parameters))).rows;
  };
}
