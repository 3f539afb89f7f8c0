// `hyoka demo generate`: the synthetic national data set, with a progress bar.
import cliProgress from "cli-progress";
import { type DemoTable, generateDemo } from "../../services/demo-generate.ts";
import { withStore } from "./store.ts";

const TABLE_LABELS: Record<DemoTable, string> = {
  documents: "資料",
  plans: "計画",
  departments: "担当課",
  policy_nodes: "ノード",
  node_departments: "ノードの担当課",
  programs: "事業",
  program_links: "事業の掲載",
  budget_lines: "予算行",
  indicators: "指標",
  indicator_usages: "指標の使用",
  targets: "目標値",
  observations: "実績値",
};

export async function generateDemoData(dbOption: string | undefined, opts: { municipalities: number }) {
  const bar = new cliProgress.SingleBar(
    {
      format:
        "{bar} {percentage}% | {value}/{total} 団体 | {rows} 行 | 経過 {duration_formatted} | 残り {eta_formatted}",
      hideCursor: true,
      noTTYOutput: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const result = await withStore(dbOption, async (store) => {
    bar.start(opts.municipalities, 0, { rows: 0 });
    try {
      return await generateDemo(store, {
        municipalities: opts.municipalities,
        onProgress: (p) => bar.update(p.done, { rows: p.rows.toLocaleString("ja-JP") }),
      });
    } finally {
      bar.stop();
    }
  });
  const rows = Object.entries(result.rows)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${TABLE_LABELS[t as DemoTable]} ${n.toLocaleString("ja-JP")}`)
    .join("、");
  const total = Object.values(result.rows).reduce((a, n) => a + n, 0);
  console.log(
    `✓ ${result.written} 団体を作成しました（既にあった ${result.skipped} 団体は飛ばしました）: ` +
      `計 ${total.toLocaleString("ja-JP")} 行、${result.seconds.toFixed(1)} 秒。`,
  );
  if (rows) console.log(`  ${rows}`);
}
