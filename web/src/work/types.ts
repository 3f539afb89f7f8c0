// The shapes of the work API's answers: the types of the services that build them (src/services/cycle.ts),
// imported as types only, so the pages and the server cannot disagree and no server code is bundled.
import type { ItemView, allCycles, cycleDashboard } from "../../../src/services/cycle.ts";

export { ITEM_STATUS_LABELS, type ItemStatus } from "../../../src/domain/item-status.ts";

/** What the work routes answer, typed by the services that build the answers (no copies). */
export type CycleSummary = Awaited<ReturnType<typeof allCycles>>[number];
export type Dashboard = Awaited<ReturnType<typeof cycleDashboard>>;
export type Item = ItemView;
export type ItemIndicator = Item["indicators"][number];

/** "3日前", "2時間前", "たった今": how long ago something was touched. */
export function ago(iso: string, now = Date.now()): string {
  const minutes = Math.floor((now - Date.parse(iso)) / 60000);
  if (minutes < 1) return "たった今";
  if (minutes < 60) return `${minutes}分前`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours}時間前`;
  return `${Math.floor(hours / 24)}日前`;
}
