// `hyoka demo generate --desk` and the first start of `npm start`: the demo register of seed 001's
// support desk, reported with the counts it gives against the plan's targets.
import type { Store } from "../../db/connect.ts";
import { PLAN_KEY } from "../../ingest/support-plan.ts";
import { DEMO_MARK, type DemoDeskResult, generateDemoDesk } from "../../services/demo-desk.ts";
import { planYearCounts } from "../../services/support-desk.ts";
import { withStore } from "./store.ts";

const n = (x: number) => x.toLocaleString("ja-JP");

export async function printDemoDesk(store: Store, r: DemoDeskResult) {
  if (!r.written) {
    console.log(`支援窓口のデモの相談案件は既にあります（${n(r.cases)}件）。何もしませんでした。`);
    return;
  }
  console.log(
    `✓ 支援窓口のデモの相談案件を作りました: 相談案件 ${n(r.cases)}件（うち支援 ${n(r.supported)}件、` +
      `チーム ${n(r.teams)}件、終了 ${n(r.closed)}件、別紙の事業分野外の警告 ${n(r.warned)}件）、回付 ${n(r.steps)}件、` +
      `支援の記録 ${n(r.supports)}件、確認済みの四半期 ${n(r.confirmations)}件、${r.seconds.toFixed(1)} 秒。` +
      `会社名は「${DEMO_MARK}」で始まります。`,
  );
  const counts = await planYearCounts(store.db, null, PLAN_KEY);
  for (const y of counts.planYears) {
    const years = y.from === y.to ? `${y.from}年度` : `${y.from}〜${y.to}年度`;
    console.log(
      `  ${years}: 新規 ${y.new}件・継続 ${y.followUp}件 = ${y.total}件（目標 ${y.target ?? "－"}件）、` +
        `フォローアップ未実施 ${y.lapsed}件`,
    );
  }
}

/** The first start's demo register: a failure is reported, and the server starts all the same. */
export async function firstStartDemoDesk(store: Store) {
  try {
    await printDemoDesk(store, await generateDemoDesk(store));
  } catch (e) {
    console.error(`支援窓口のデモの相談案件は作れませんでした: ${(e as Error).message}`);
  }
}

export async function generateDemoDeskData(dbOption: string | undefined) {
  await withStore(dbOption, async (store) => printDemoDesk(store, await generateDemoDesk(store)));
}
