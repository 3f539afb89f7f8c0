// The HTTP application: a read-only JSON API under /api and a plain overview page. Routes are shaped
// resource by resource so that permissions can be added per route later without reshaping them.
import { Hono } from "hono";
import { html, raw } from "hono/html";
import type { RuleProfile } from "../domain/rule-profile.ts";
import type { Store } from "../db/connect.ts";
import { checkData } from "../evaluation/check.ts";
import { type IndicatorRecord, indicatorRecords } from "../evaluation/indicator-records.ts";

export function createApp(store: Store, profiles: ReadonlyMap<string, RuleProfile>): Hono {
  const app = new Hono();

  app.get("/api/plans", async (c) => {
    const plans = await store.db
      .selectFrom("plans")
      .select(["key", "name", "organization", "period_from", "period_to", "rule_profile"])
      .orderBy("key")
      .execute();
    return c.json(plans);
  });

  app.get("/api/indicators", async (c) => {
    const plan = c.req.query("plan");
    const known = plan
      ? await store.db.selectFrom("plans").select("id").where("key", "=", plan).executeTakeFirst()
      : true;
    if (!known) return c.json({ code: "not_found", message: `計画「${plan}」はありません。` }, 404);
    return c.json(await indicatorRecords(store.db, profiles, plan ? { planKey: plan } : {}));
  });

  app.get("/api/check", async (c) => c.json(await checkData(store.db, profiles)));

  app.get("/", async (c) => {
    const records = await indicatorRecords(store.db, profiles);
    const byPlan = Map.groupBy(records, (r) => r.plan);
    return c.html(page([...byPlan].map(([plan, rows]) => planSection(plan, rows))));
  });

  app.notFound((c) => c.json({ code: "not_found", message: "ページが見つかりません。" }, 404));
  app.onError((err, c) => {
    console.error(err);
    return c.json(
      { code: "internal_error", message: "内部エラーが発生しました。時間をおいて再度お試しください。" },
      500,
    );
  });
  return app;
}

const cell = (v: string | null | undefined) => v ?? "－";

function planSection(plan: string, rows: IndicatorRecord[]) {
  return html`<section>
    <h2>${plan}</h2>
    <table>
      <thead>
        <tr>
          <th scope="col">施策等</th>
          <th scope="col">指標</th>
          <th scope="col">基準値</th>
          <th scope="col">実績値</th>
          <th scope="col">目標値</th>
          <th scope="col">率（%）</th>
          <th scope="col">判定</th>
          <th scope="col">公表値</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (r) =>
            html`<tr>
              <td>${r.nodeCode ? `${r.nodeCode} ` : ""}${r.nodeName}</td>
              <td>${r.indicator}${r.unit ? `（${r.unit}）` : ""}</td>
              <td>${cell(r.baseline?.value)} <small>${r.baseline?.period?.label ?? ""}</small></td>
              <td>${cell(r.actual?.value)} <small>${r.actual?.period.label ?? ""}</small></td>
              <td>${cell(r.target?.value)} <small>${r.target?.period.label ?? ""}</small></td>
              <td class="num" title="${r.rateReason ?? ""}">${cell(r.rate)}</td>
              <td>${cell(r.grade)}</td>
              <td>${r.publishedRate ? `${r.publishedRate}% ${r.publishedGrade ?? ""}` : ""}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function page(sections: unknown[]) {
  return html`<!doctype html>
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>Hyoka 評価 — 指標の進捗</title>
        <style>
          ${raw(`body{font-family:"Noto Sans JP",sans-serif;margin:2rem;color:#1a1a1a}
          table{border-collapse:collapse;margin-bottom:2rem}th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
          th{background:#f1f1f4}td.num{text-align:right}small{color:#555}`)}
        </style>
      </head>
      <body>
        <h1>Hyoka 評価 — 指標の進捗</h1>
        <p>
          取り込んだ資料の指標を、各計画の評価ルールで計算した率と、資料に印刷された公表値とともに示します。API:
          <a href="/api/indicators">/api/indicators</a>、<a href="/api/check">/api/check</a>
        </p>
        <main>${sections}</main>
      </body>
    </html>`;
}
