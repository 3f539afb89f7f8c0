// A store with seeds 000 and 002, users of every kind and an open 2024 evaluation of
// hokkaido-sogo-keikaku, and helpers to edit a downloaded workbook with exceljs as a person would.
import ExcelJS from "exceljs";
import type { Dialect } from "../../src/db/connect.ts";
import type { Principal } from "../../src/domain/rights.ts";
import { loadProfiles } from "../../src/profiles.ts";
import { openCycle } from "../../src/services/cycle.ts";
import { principalByEmail } from "../../src/auth/auth.ts";
import { makeUser } from "../support/accounts.ts";
import { importSeeds } from "../support/seeds.ts";
import { type TestStore, createTestStore } from "../support/stores.ts";

export const PLAN = "hokkaido-sogo-keikaku";

export interface Fixture {
  store: TestStore;
  cycleId: number;
  nodeId: number;
  /** 製造業の付加価値生産性 (万円, one decimal). */
  indicatorId: number;
  /** 0532 機械工業振興事業費補助金. */
  programId: number;
  departmentId: number;
  otherDepartmentId: number;
  users: { evaluator: Principal; editor: Principal; other: Principal; viewer: Principal };
}

export async function setUp(dialect: Dialect): Promise<Fixture> {
  const store = await createTestStore(dialect);
  await importSeeds(store.db, ["000", "002"]);
  const id = async (
    table: "policy_nodes" | "indicators" | "programs" | "departments",
    col: string,
    v: string,
  ) =>
    (
      await store.db
        .selectFrom(table)
        .select("id")
        .where(col as "id", "=", v as unknown as number)
        .executeTakeFirstOrThrow()
    ).id;
  const nodeId = await id("policy_nodes", "code", "2(2)A_0505");
  const departmentId = await id("departments", "name", "産業振興課");
  const other = await store.db
    .selectFrom("departments")
    .select(["id", "name"])
    .where("id", "not in", (eb) =>
      eb.selectFrom("node_departments").select("department_id").where("node_id", "=", nodeId),
    )
    .orderBy("id")
    .executeTakeFirstOrThrow();
  await makeUser(store, "evaluator@example.jp", "evaluator", { plan: PLAN });
  await makeUser(store, "editor@example.jp", "editor", { department: "産業振興課" });
  await makeUser(store, "other@example.jp", "editor", { department: other.name });
  await makeUser(store, "viewer@example.jp", "viewer");
  const users = {
    evaluator: await principalByEmail(store, "evaluator@example.jp"),
    editor: await principalByEmail(store, "editor@example.jp"),
    other: await principalByEmail(store, "other@example.jp"),
    viewer: await principalByEmail(store, "viewer@example.jp"),
  };
  const { id: cycleId } = await openCycle(store.db, loadProfiles(), users.evaluator, PLAN, {
    fiscalYear: 2024,
  });
  return {
    store,
    cycleId,
    nodeId,
    indicatorId: await id("indicators", "name", "製造業の付加価値生産性"),
    programId: await id("programs", "code", "0532"),
    departmentId,
    otherDepartmentId: other.id,
    users,
  };
}

/** Opens a workbook, lets `edit` change cells ("実績値!F5" → value), and saves it. */
export async function editWorkbook(
  bytes: Uint8Array,
  edits: Record<string, ExcelJS.CellValue>,
  more?: (wb: ExcelJS.Workbook) => void,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  for (const [ref, value] of Object.entries(edits)) {
    const [sheet, address] = ref.split("!") as [string, string];
    wb.getWorksheet(sheet)!.getCell(address).value = value;
  }
  more?.(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The cells of a sheet as text, row by row (for reading what a download holds). */
export async function sheetRows(bytes: Uint8Array, sheet: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.getWorksheet(sheet)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** An item's entries less the measure's texts, which opening a year carries over from the year before. */
export const enteredValues = (entries: Record<string, string>) =>
  Object.fromEntries(Object.entries(entries).filter(([k]) => !k.startsWith("text/")));
