// The command line end to end, on a SQLite file: what users see, what is written, the exit codes.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, openStore } from "../../src/db/connect.ts";
import { BIN, hyoka } from "../support/cli.ts";
import { seedPath, seedText } from "../support/seeds.ts";
import { tableCounts } from "../support/stores.ts";

const dir = mkdtempSync(join(tmpdir(), "hyoka-cli-"));
const dbUrl = `sqlite:${join(dir, "cli.sqlite")}`;
const file = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function counts(url = dbUrl) {
  const store = openStore(url);
  await migrate(store.db);
  try {
    return await tableCounts(store);
  } finally {
    await store.db.destroy();
  }
}

beforeAll(async () => {
  const r = await hyoka(["--db", dbUrl, "import", seedPath("000"), seedPath("003")]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
});

describe("hyoka import", () => {
  it("prints what it imported, per kind", async () => {
    const r = await hyoka(["--db", dbUrl, "import", seedPath("000")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("基本評価調書");
    expect(r.stdout).toContain("事業 27");
    expect(r.stdout).toContain("指標 3");
  });

  const bad: [string, () => string, RegExp][] = [
    ["an empty file", () => file("empty.txt", ""), /ファイルが空です/],
    [
      "a binary file",
      () =>
        file(
          "binary.bin",
          Uint8Array.from({ length: 2048 }, (_, i) => (i * 37) % 256),
        ),
      /バイナリ/,
    ],
    [
      "text of another kind",
      () => file("other.txt", "議事録\n本日の会議は10時に始まった。\n"),
      /判別できません/,
    ],
    [
      "a truncated seed (003, first half)",
      () => file("003-half.txt", seedText("003").slice(0, 17000)),
      /途中で切れて/,
    ],
    [
      "a truncated seed (000, first 300 lines)",
      () => file("000-head.txt", seedText("000").split("\n").slice(0, 300).join("\n")),
      /途中で切れて/,
    ],
    [
      "a seed with a table row cut in half (003 line 38)",
      () =>
        file(
          "003-cut.txt",
          seedText("003").replace(
            /地域少子化対策強化事業費\t113,993\t[^\n]*/,
            "地域少子化対策強化事業費\t113,",
          ),
        ),
      /:38: 関連事業の行の列が足りません/,
    ],
    ["a missing file", () => join(dir, "nope.txt"), /ファイルを開けません/],
  ];

  it.each(bad)("%s: a clear message, exit 1, nothing written", async (_name, make, message) => {
    const before = await counts();
    const r = await hyoka(["--db", dbUrl, "import", make()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("取り込みませんでした");
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(await counts()).toEqual(before);
  });

  it("reads Shift_JIS and UTF-8 with BOM alike", async () => {
    // Saved from Windows as Shift_JIS (CP932): characters CP932 lacks become their CP932 look-alikes.
    const cp932 = seedText("003")
      .replace(/\u2014/g, "\u2015")
      .replace(/关/g, "関")
      .replace(/质/g, "質")
      .replace(/產/g, "産")
      .replace(/俱/g, "倶")
      .replace(/³/g, "3");
    const sjis = file("003-sjis.txt", iconv.encode(cp932, "cp932"));
    const bom = file("000-bom.txt", "\uFEFF" + seedText("000"));
    const url = `sqlite:${join(dir, "sjis.sqlite")}`;
    const r = await hyoka(["--db", url, "import", sjis, bom]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("shift_jis");
    expect(r.stdout).toContain("utf-8-bom");
    expect(await counts(url)).toEqual(await counts());
  });

  it("a bad database URL is a message, not a crash", async () => {
    const r = await hyoka(["--db", "mysql://x", "import", seedPath("000")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/データベースのURL「mysql:\/\/x」を解釈できません/);
  });
});

describe("hyoka export indicators", () => {
  it("gives one JSON record per indicator and evaluated period, with 和暦 labels", async () => {
    const r = await hyoka([
      "--db",
      dbUrl,
      "export",
      "indicators",
      "--format",
      "json",
      "--plan",
      "hokkaido-sousei",
    ]);
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(records).toHaveLength(23);
    const birth = records.find((x) => x.indicator === "合計特殊出生率")!;
    expect(birth).toMatchObject({
      plan: "北海道創生総合戦略",
      nodeCode: "1",
      nodeName: "安心のまち・暮らし「住まいの北海道」プロジェクト",
      unit: "",
      direction: "increase",
      baseline: { value: "1.27", period: { from: 2014, to: 2014, label: "平成26年" } },
      actual: { value: "1.29", period: { from: 2017, to: 2017, label: "平成29年" } },
      target: { value: "1.43", kind: "reference", period: { from: 2019, to: 2019 } },
      referenceValue: "1.43",
      rate: "90.2",
      rateReason: null,
      grade: null,
      publishedRate: "90.2",
      publishedGrade: null,
    });
  });

  it("writes CSV with a BOM for Excel", async () => {
    const out = join(dir, "indicators.csv");
    const r = await hyoka(["--db", dbUrl, "export", "indicators", "--format", "csv", "--out", out]);
    expect(r.status).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith("\uFEFF計画,コード,施策等,指標")).toBe(true);
    expect(text).toContain("製造業の付加価値生産性（暦年）,万円,increase");
    expect(text.trim().split("\r\n")).toHaveLength(1 + 3 + 23);
  });

  it("evaluates under another profile when asked, leaving the data as it is", async () => {
    const args = ["--db", dbUrl, "export", "indicators", "--plan", "hokkaido-sogo-keikaku"];
    const truncating = file(
      "truncating.json",
      JSON.stringify({
        ...JSON.parse((await hyoka(["profiles", "show", "hokkaido-kihon-hyoka"])).stdout),
        id: "truncating",
        rate: {
          ...JSON.parse((await hyoka(["profiles", "show", "hokkaido-kihon-hyoka"])).stdout).rate,
          rounding: { mode: "truncate", digits: 1 },
        },
      }),
    );
    const rates = async (extra: string[]) =>
      (JSON.parse((await hyoka([...args, ...extra])).stdout) as { rate: string }[]).map((r) => r.rate);
    // 1057.2 / 1280.0 = 82.59…, 7638.4 / 9517.0 = 80.26…, 1034.5 / 1202.0 = 86.06…
    expect(await rates([])).toEqual(["82.6", "80.3", "86.1"]);
    expect(await rates(["--profile", truncating])).toEqual(["82.5", "80.2", "86.0"]);
    expect(await rates([])).toEqual(["82.6", "80.3", "86.1"]);
  });
});

describe("hyoka check", () => {
  // Seed 000: the totals row prints 人工計 11.9 against 本庁 12.1 + 出先機関 0.0, and row 0538 prints 本庁 1
  // with 人工計 0.
  it("finds 000's two 人工 disagreements, and names the shared indicators", async () => {
    const r = await hyoka(["--db", dbUrl, "check"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("食い違い 2 件");
    expect(r.stdout).toContain("0538");
    expect(r.stdout).toContain(
      "人工計（本庁＋出先機関）: 印刷された合計 11.9 と行の合計 12.1 が異なります（545行目）。",
    );
    expect(r.stdout).toContain("指標「製造業の付加価値生産性」: 2つの計画で使われています");
  });
});

describe("hyoka profiles", () => {
  it("lists the three shipped profiles and shows one", async () => {
    const list = await hyoka(["profiles", "list"]);
    expect(list.stdout.split("\n").map((l) => l.split("\t")[0])).toEqual(
      expect.arrayContaining(["hokkaido-kihon-hyoka", "hokkaido-sousei", "sapporo-vision"]),
    );
    const show = await hyoka(["profiles", "show", "hokkaido-kihon-hyoka"]);
    expect(JSON.parse(show.stdout).grades.map((g: { label: string }) => g.label)).toEqual([
      "Ａ",
      "Ｂ",
      "Ｃ",
      "Ｄ",
    ]);
  });

  it("explains what is wrong with a user's profile file", async () => {
    const p = file("bad-profile.json", JSON.stringify({ id: "Bad Id", name: "x", rate: {}, grades: [] }));
    const r = await hyoka(["profiles", "show", p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("id: ");
    expect(r.stderr).toContain("rate.formula");
  });
});

describe("hyoka demo generate", () => {
  it("writes synthetic municipalities and reports the rows", async () => {
    const url = `sqlite:${join(dir, "demo.sqlite")}`;
    const r = await hyoka(["--db", url, "demo", "generate", "--municipalities", "1"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 団体を作成しました（既にあった 0 団体は飛ばしました）: 計 8,364 行/);
    expect(r.stdout).toContain("実績値 2,000");
    expect((await counts(url)).observations).toBe(2000);
  });

  it("refuses a count that is not 1–9999", async () => {
    const r = await hyoka([
      "--db",
      `sqlite:${join(dir, "demo-bad.sqlite")}`,
      "demo",
      "generate",
      "--municipalities",
      "0",
    ]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("団体の数は1〜9999の整数で指定してください");
  });
});

describe("hyoka demo generate --desk", () => {
  const url = `sqlite:${join(dir, "demo-desk.sqlite")}`;

  it("refuses while seed 001 is not imported, saying what to do", async () => {
    const r = await hyoka(["--db", url, "demo", "generate", "--desk"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("資料 001（北海道「北のものづくり」連携支援計画）が取り込まれていないため");
    expect(r.stderr).toContain("npx hyoka import examples/hokkaido/001_*.txt");
    expect((await counts(url)).support_cases).toBe(0);
  });

  it("makes the register once, and reports its counts against the plan's targets", async () => {
    expect((await hyoka(["--db", url, "import", seedPath("001")])).status).toBe(0);
    const r = await hyoka(["--db", url, "demo", "generate", "--desk"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ 支援窓口のデモの相談案件を作りました: 相談案件 \d+件/);
    expect(r.stdout).toContain("会社名は「（デモ）」で始まります。");
    // The plan's five target periods (I 1 (5)), each printed with its target.
    expect(r.stdout).toContain("（目標 10件）");
    expect(
      r.stdout.match(/^ {2}20\d\d(〜20\d\d)?年度: 新規 \d+件・継続 \d+件 = \d+件（目標 \d+件）/gm),
    ).toHaveLength(5);
    const cases = (await counts(url)).support_cases;
    expect(cases).toBeGreaterThanOrEqual(200);
    const again = await hyoka(["--db", url, "demo", "generate", "--desk"]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(
      `支援窓口のデモの相談案件は既にあります（${cases}件）。何もしませんでした。`,
    );
    expect((await counts(url)).support_cases).toBe(cases);
  });

  it("asks for --municipalities or --desk", async () => {
    const r = await hyoka(["--db", url, "demo", "generate"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain("--municipalities <n> か --desk の少なくとも一方を指定してください。");
  });
});

describe("hyoka serve: the first start", () => {
  /** Starts `hyoka serve` on a new database, waits until it listens, stops it; the support cases made. */
  async function firstStart(name: string, extra: string[]) {
    const url = `sqlite:${join(dir, name)}`;
    const child = spawn(process.execPath, [BIN, "--db", url, "serve", "--port", "0", ...extra], {
      env: { ...process.env, HYOKA_ADMIN_EMAIL: "admin@example.jp", HYOKA_ADMIN_PASSWORD: "correct-horse-1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    await new Promise<void>((resolve, reject) => {
      const onData = (d: Buffer) => {
        output += d.toString();
        if (output.includes("Hyoka を起動しました")) resolve();
      };
      child.stdout!.on("data", onData);
      child.stderr!.on("data", onData);
      child.on("exit", (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
    });
    child.removeAllListeners("exit");
    await new Promise((done) => (child.once("exit", done), child.kill()));
    return { output, cases: (await counts(url)).support_cases };
  }

  it("with --demo (npm start) imports the examples and makes the desk's demo register", async () => {
    const { output, cases } = await firstStart("serve-demo.sqlite", ["--demo"]);
    expect(output).toContain("✓ 支援窓口のデモの相談案件を作りました");
    expect(cases).toBeGreaterThanOrEqual(200);
  });

  it("without --demo (a production start) makes no case", async () => {
    const { output, cases } = await firstStart("serve-plain.sqlite", []);
    expect(output).not.toContain("デモの相談案件");
    expect(cases).toBe(0);
  });
});

describe("hyoka users: staff of a support organization (seed 001)", () => {
  const url = `sqlite:${join(dir, "desk.sqlite")}`;
  const users = (...args: string[]) =>
    hyoka(["--db", url, "users", ...args], { HYOKA_PASSWORD: "correct-horse-1" });

  beforeAll(async () => {
    expect((await hyoka(["--db", url, "import", seedPath("001")])).status).toBe(0);
  });

  it("adds a supporter by the organization's short name, and lists it with the full name", async () => {
    const added = await users(
      "add",
      "staff@noastec.example.jp",
      "--role",
      "supporter",
      "--organization",
      "ノーステック財団",
    );
    expect(added.stderr).toBe("");
    expect(added.stdout).toContain("✓ 利用者 staff@noastec.example.jp を追加しました（支援機関）。");
    const listed = await users("list");
    expect(listed.stdout).toContain("支援機関（公益財団法人北海道科学技術総合振興センター）");
  });

  it("adds a grant with --add and keeps the supporter's", async () => {
    const r = await users(
      "set-role",
      "staff@noastec.example.jp",
      "--role",
      "supporter",
      "--organization",
      "ものづくり支援センター",
      "--add",
    );
    expect(r.status).toBe(0);
    expect((await users("list")).stdout).toContain(
      "支援機関（公益財団法人北海道科学技術総合振興センター）、支援機関（道総研産業技術研究本部ものづくり支援センター）",
    );
  });

  it.each([
    [["--role", "supporter"], "支援機関の権限には支援機関を指定してください。"],
    [["--role", "supporter", "--organization", "札幌銀行"], "支援機関「札幌銀行」が見つかりません。"],
    [
      ["--role", "viewer", "--organization", "北洋銀行"],
      "支援機関は支援機関の権限（supporter）にだけ指定します。",
    ],
  ])("refuses %j with a message", async (args, message) => {
    const r = await users("add", `x${Math.random().toString(36).slice(2)}@example.jp`, ...args);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(message);
  });
});

describe("--help", () => {
  it.each([
    [[]],
    [["import"]],
    [["export", "indicators"]],
    [["check"]],
    [["profiles", "list"]],
    [["profiles", "show"]],
    [["demo", "generate"]],
  ])("hyoka %s --help", async (args) => {
    const r = await hyoka([...args, "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: hyoka/);
  });
});

afterAll(() => {});
