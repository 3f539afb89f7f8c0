// The demo register of seed 001's support desk, planned in memory: consultations received at the center
// or at the organizations from January 2018 to March 2023, each routed as the plan's steps ア–エ say
// (I 3 (2) ②), the support given, follow-up in the next plan years, outcomes. Pure and deterministic:
// the same seed, shape and reference give the same cases. src/services/demo-desk.ts writes them.
//
// The shape is chosen so that the register's counts come close to the plan's targets (I 1 (5): 10 new
// cases each plan year, followed up for three years: 10 / 20 / 30 / 30 / 30). Most consultations are
// never counted: they are answered, referred to a body outside the plan or withdrawn, with no support
// recorded (a case without support counts nowhere, src/domain/support-desk.ts). `supported` cases are
// spread evenly over the plan years, each first supported in its plan year and followed up in the
// next two with probability FOLLOW_UP_SHARE (else lapsed).
import type { SupportOrganization } from "../db/support-organizations.ts";
import {
  type BasicPlan,
  FOLLOW_UP_YEARS,
  type PlanYear,
  type RoutingStepKind,
  SUPPORT_FIELDS,
  type SupportField,
  type SupportKind,
  type SupportStage,
  fieldWarning,
} from "../domain/support-desk.ts";
import { prng } from "./demo-generate.ts";

/** Marks every demo case: company names start with it (「（デモ）株式会社十勝食品」). */
export const DEMO_MARK = "（デモ）";
export const DEMO_DESK_SEED = 2018;

/** How many cases, how many of them are supported (counted), and support records in all. */
export interface DemoDeskShape {
  readonly cases: number;
  readonly supported: number;
  readonly records: number;
}

/** The register `hyoka demo generate --desk` makes: 11 new supported cases a plan year. */
export const DEMO_DESK_SHAPE: DemoDeskShape = { cases: 320, supported: 55, records: 420 };

/** The plan is dated 22 December 2017 (別紙); its desk is taken to open in January 2018. */
const DESK_OPENS = "2018-01-15";
/** The share of follow-up years in which a supported case is supported again (the rest lapse). */
const FOLLOW_UP_SHARE = 0.88;

/** What the plan needs of the store: the desk's organizations (core first), the 別紙 list, plan years. */
export interface DemoDeskReference {
  readonly organizations: readonly SupportOrganization[];
  readonly center: SupportOrganization;
  readonly basicPlans: readonly BasicPlan[];
  readonly planYears: readonly PlanYear[];
}

export interface DemoMember {
  readonly organizationId: number | null;
  readonly outside: string | null;
  readonly role: string;
}

export interface DemoStep {
  readonly kind: RoutingStepKind;
  readonly date: string;
  readonly fromId: number;
  readonly toId: number | null;
  readonly toOutside: string | null;
  readonly reason: string | null;
  readonly members: readonly DemoMember[];
  /** When it was recorded (ISO timestamp, Japanese office hours). */
  readonly at: string;
}

export interface DemoSupport {
  readonly date: string;
  readonly organizationId: number;
  readonly kind: SupportKind;
  readonly note: string;
  readonly at: string;
}

export interface DemoCase {
  readonly company: string;
  readonly municipality: string;
  readonly field: SupportField;
  readonly stage: SupportStage;
  readonly approvedProject: boolean;
  readonly request: string;
  readonly receivedOn: string;
  readonly receivedBy: number;
  readonly at: string;
  readonly steps: readonly DemoStep[];
  readonly supports: readonly DemoSupport[];
  readonly closed: { readonly outcome: string; readonly on: string; readonly at: string } | null;
  /** The organization that acts for the case (closes it). */
  readonly handlerId: number;
}

// ---- vocabulary ---------------------------------------------------------------------------------

/** Municipalities of the 別紙 list, weighted by how many consultations they bring; others weigh 1. */
const MUNICIPALITY_WEIGHTS: Readonly<Record<string, number>> = {
  札幌市: 8,
  旭川市: 4,
  函館市: 3,
  帯広市: 3,
  釧路市: 2,
  北見市: 2,
  苫小牧市: 2,
  室蘭市: 2,
  千歳市: 2,
  江別市: 2,
};

/** The network member that serves a municipality: its municipalities and what its name holds. */
const REGIONAL: readonly (readonly [readonly string[], RegExp])[] = [
  [["旭川市", "東神楽町", "東川町", "鷹栖町"], /旭川市工業技術センター|旭川/],
  [["北見市", "紋別市"], /北見/],
  [["釧路市", "白糠町"], /釧路/],
  [["室蘭市"], /室蘭/],
  [["苫小牧市"], /苫小牧/],
  [["函館市", "北斗市", "七飯町"], /函館/],
  [["帯広市", "音更町", "芽室町", "中札内村"], /と(かち|ちか)/],
  [["札幌市", "江別市", "石狩市", "当別町", "恵庭市", "千歳市", "岩見沢市"], /道央/],
];

/** Bodies outside the plan's organizations (I 1 (4): 産総研, JST; 【学との連携】: universities). */
const OUTSIDE: { readonly [F in SupportField]: readonly string[] } = {
  food_manufacturing: ["国立研究開発法人産業技術総合研究所 北海道センター", "帯広畜産大学", "北海道大学"],
  manufacturing: ["国立研究開発法人産業技術総合研究所 北海道センター", "室蘭工業大学", "北見工業大学"],
  it: ["国立研究開発法人科学技術振興機構（JST）", "公立はこだて未来大学", "北海道大学"],
};

const OUTSIDE_ROLES = ["専門技術の助言", "共同研究", "研究資金の活用支援"];

/** What each organization is strong in (I 1 (3), 2 (1)), by its short name; members are regional. */
interface Expertise {
  readonly kinds: readonly SupportKind[];
  readonly role: string;
  readonly reason: string;
}
const EXPERTISE: Readonly<Record<string, Expertise>> = {
  道総研: {
    kinds: ["technical", "technical", "joint_research"],
    role: "工業技術・食品加工技術の支援",
    reason: "試験・分析など工業技術面の支援が必要なため",
  },
  ノーステック財団: {
    kinds: ["joint_research", "advice", "technical"],
    role: "研究開発・事業化の支援",
    reason: "研究開発から事業化までの支援が必要なため",
  },
  中小企業総合支援センター: {
    kinds: ["advice", "market", "finance"],
    role: "経営・販路開拓の支援",
    reason: "経営面・市場開拓の支援が必要なため",
  },
  北洋銀行: {
    kinds: ["finance", "market", "advice"],
    role: "資金調達・販路の支援",
    reason: "資金調達の相談があるため",
  },
  北海道銀行: {
    kinds: ["finance", "market", "advice"],
    role: "資金調達・販路の支援",
    reason: "資金調達の相談があるため",
  },
};
const CENTER_EXPERTISE: Expertise = {
  kinds: ["technical", "advice"],
  role: "総括・連絡調整",
  reason: "センターで対応できるため",
};
const REGIONAL_EXPERTISE: Expertise = {
  kinds: ["technical", "advice", "other"],
  role: "地域での技術支援",
  reason: "地域の支援機関で対応できるため",
};

const MATERIALS = [
  "長いも",
  "乳製品",
  "小麦",
  "大豆",
  "鮭",
  "ホタテ",
  "じゃがいも",
  "スイートコーン",
  "昆布",
  "ハスカップ",
];
const PRODUCTS = ["金属部品", "除雪機械", "農業機械", "木製家具", "ロボット部品", "鋳造品", "計測機器"];
const TECHNOLOGIES = ["IoT", "AI画像解析", "ドローン", "クラウド", "センサーネットワーク"];

const REQUESTS: { readonly [F in SupportField]: { readonly [S in SupportStage]: string } } = {
  food_manufacturing: {
    research: "{x}を使った新商品の開発に向け、成分分析と試作について相談したい。",
    productization: "{x}加工品の製品化にあたり、殺菌・保存性の評価方法を相談したい。",
    market_expansion: "{x}を使った商品の道外への販路拡大について相談したい。",
  },
  manufacturing: {
    research: "{x}の軽量化に向けた新素材の研究開発について相談したい。",
    productization: "{x}の量産化に向け、加工精度の評価と生産工程の改善を相談したい。",
    market_expansion: "自社の{x}の航空機・自動車部品分野への参入について相談したい。",
  },
  it: {
    research: "{x}を活用した新サービスの研究開発について相談したい。",
    productization: "{x}を使ったシステムの製品化と実証試験について相談したい。",
    market_expansion: "自社開発の{x}システムの道内製造業への導入拡大について相談したい。",
  },
};
const TOPICS: { readonly [F in SupportField]: readonly string[] } = {
  food_manufacturing: MATERIALS,
  manufacturing: PRODUCTS,
  it: TECHNOLOGIES,
};

const COMPANY_WORDS = [
  "北斗",
  "大雪",
  "羊蹄",
  "十勝",
  "石狩",
  "北辰",
  "藻岩",
  "日高",
  "洞爺",
  "北栄",
  "白樺",
  "オホーツク",
];
const BUSINESSES: { readonly [F in SupportField]: readonly string[] } = {
  food_manufacturing: ["食品", "乳業", "水産", "製菓", "フーズ", "農産加工", "醸造"],
  manufacturing: ["製作所", "精機", "工業", "鉄工所", "電機", "機械", "木工"],
  it: ["システムズ", "ソフト", "データ", "テック", "ラボ", "情報サービス"],
};
const FORMS = ["株式会社{n}", "株式会社{n}", "{n}株式会社", "有限会社{n}", "合同会社{n}"];

const NOTES: { readonly [K in SupportKind]: readonly string[] } = {
  technical: [
    "試作品の成分分析を実施",
    "強度試験を実施し改善点を助言",
    "保存試験を実施し結果を報告",
    "実証試験の計画を助言",
  ],
  advice: [
    "事業計画の見直しを助言",
    "知的財産の取扱いを助言",
    "国の補助制度の活用を助言",
    "地域経済牽引事業計画の申請を助言",
  ],
  finance: ["設備資金の融資を実行", "運転資金の融資を実行", "地域ファンドからの出資を調整", "資金計画を助言"],
  market: [
    "首都圏の商談会への出展を支援",
    "道外バイヤーとの商談を仲介",
    "展示会への出展を支援",
    "ECサイトでの販売を助言",
  ],
  joint_research: ["共同研究を開始", "共同研究の中間検討会を開催", "共同研究の成果をとりまとめ"],
  other: ["人材育成研修を実施", "専門家を派遣"],
};
const FOLLOW_UP_NOTES = [
  "フォローアップ: 事業の進捗を確認",
  "フォローアップ: 販売状況を確認",
  "フォローアップ: 次の課題を聞き取り",
];

const OUTCOMES: { readonly [S in SupportStage]: readonly string[] } = {
  research: ["試作に成功し、製品化の検討に進んだ。", "共同研究の成果をもとに特許を出願した。"],
  productization: ["新製品を発売した。", "量産体制を整え、出荷を始めた。"],
  market_expansion: [
    "道外の取引先を新たに得た。",
    "首都圏の百貨店での販売が決まった。",
    "海外への輸出を始めた。",
  ],
};
const UNSUPPORTED_OUTCOMES = [
  "情報提供を行い、相談を終えた。",
  "事業者の都合により相談が取り下げられた。",
  "国の補助制度を紹介し、相談を終えた。",
];
/** The outcome of a consultation whose field its municipality's basic plan lacks (the 別紙 warning). */
const OUT_OF_FIELD = "基本計画の事業分野に当たらないため、他の支援制度を紹介した。";

// ---- dates --------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A plan year's first and last day, as day numbers (the first no earlier than the desk's opening). */
function bounds(p: PlanYear) {
  return { first: Math.max(dayOf(`${p.from}-04-01`), dayOf(DESK_OPENS)), last: dayOf(`${p.to + 1}-03-31`) };
}

// ---- the generator ------------------------------------------------------------------------------

type Rand = () => number;

class Dice {
  readonly rand: Rand;
  constructor(seed: number) {
    this.rand = prng(seed);
  }
  int(a: number, b: number): number {
    return a + Math.floor(this.rand() * (b - a + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.rand() * xs.length)]!;
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  weighted<T>(xs: readonly (readonly [T, number])[]): T {
    let r = this.rand() * xs.reduce((a, [, w]) => a + w, 0);
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs.at(-1)![0];
  }
  /** A timestamp on a day, in Japanese office hours (09:00–17:59 JST). */
  at(day: number): string {
    const minutes = this.int(0, 9 * 60 - 1);
    const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
    const mm = String(minutes % 60).padStart(2, "0");
    return `${dateOf(day)}T${hh}:${mm}:00.000Z`;
  }
}

/** The desk's organizations by what they do in the demo. */
interface Cast {
  readonly center: SupportOrganization;
  readonly receivers: readonly SupportOrganization[];
  readonly byShortName: ReadonlyMap<string, SupportOrganization>;
  readonly members: readonly SupportOrganization[];
}

function castOf(ref: DemoDeskReference): Cast {
  const core = ref.organizations.filter((o) => o.kind === "core");
  const byShortName = new Map(core.map((o) => [o.shortName ?? o.name, o]));
  // 道総研's window is its center (ア): consultations come to the center or the other four.
  const receivers = [ref.center, ...core.filter((o) => o.shortName !== "道総研")];
  const members = ref.organizations.filter((o) => o.kind === "member" && o.id !== ref.center.id);
  return { center: ref.center, receivers, byShortName, members };
}

function expertiseOf(cast: Cast, o: SupportOrganization): Expertise {
  if (o.id === cast.center.id) return CENTER_EXPERTISE;
  return EXPERTISE[o.shortName ?? ""] ?? REGIONAL_EXPERTISE;
}

const shown = (o: SupportOrganization) => o.shortName ?? o.name;

interface Skeleton {
  municipality: string;
  field: SupportField;
  stage: SupportStage;
  receivedBy: SupportOrganization;
  received: number;
  steps: DemoStep[];
  /** Organizations that support the case, the main one first. */
  handlers: SupportOrganization[];
  /** Plan years (indexes) with support, the first being the year the case is new. */
  years: number[];
  firstSupport: number;
}

class DemoDeskPlanner {
  private readonly dice: Dice;
  private readonly cast: Cast;
  private readonly municipalities: readonly (readonly [string, number])[];
  private readonly companies = new Set<string>();
  private readonly ref: DemoDeskReference;

  constructor(ref: DemoDeskReference, seed: number) {
    this.ref = ref;
    this.dice = new Dice(seed);
    this.cast = castOf(ref);
    const names = [...new Set(ref.basicPlans.flatMap((b) => b.municipalities))];
    this.municipalities = names.map((m) => [m, MUNICIPALITY_WEIGHTS[m] ?? 1] as const);
  }

  plan(shape: DemoDeskShape): DemoCase[] {
    const years = this.ref.planYears.map(bounds);
    const skeletons: Skeleton[] = [];
    for (let i = 0; i < shape.supported; i++) {
      const y = i % years.length;
      skeletons.push(this.supportedCase(y, years[y]!));
    }
    const opens = years[0]!.first;
    const closes = years.at(-1)!.last;
    for (let i = shape.supported; i < shape.cases; i++) skeletons.push(this.consultation(opens, closes));
    const counts = this.recordCounts(skeletons, shape.records);
    const cases = skeletons.map((s, i) => this.complete(s, counts[i]!, years, closes));
    return cases
      .map((c, i) => ({ c, i }))
      .sort((a, b) => a.c.receivedOn.localeCompare(b.c.receivedOn) || a.i - b.i)
      .map(({ c }) => c);
  }

  // ---- a case's beginning: who, what, how it was routed ----

  private basics(received: number) {
    const municipality = this.dice.weighted(this.municipalities);
    const own = this.ref.basicPlans.filter((b) => b.municipalities.includes(municipality));
    const fields = own.flatMap((b) => b.fields);
    // Mostly a field of the municipality's basic plan; now and then one it lacks (the 別紙 warning).
    const field =
      fields.length && this.dice.chance(0.93) ? this.dice.pick(fields) : this.dice.pick(SUPPORT_FIELDS);
    const stage = this.dice.weighted<SupportStage>([
      ["research", 3],
      ["productization", 4],
      ["market_expansion", 3],
    ]);
    const receivedBy = this.dice.weighted(this.cast.receivers.map((o, i) => [o, i === 0 ? 7 : 3] as const));
    return { municipality, field, stage, receivedBy, received };
  }

  private supportedCase(y: number, b: { first: number; last: number }): Skeleton {
    const received = this.dice.int(b.first, Math.max(b.first, b.last - 75));
    const basics = this.basics(received);
    const { steps, handlers, last } = this.route(basics, true);
    const firstSupport = Math.min(this.dice.int(last + 1, last + 40), b.last);
    const years = [y];
    for (let q = y + 1; q < Math.min(y + FOLLOW_UP_YEARS, this.ref.planYears.length); q++) {
      if (this.dice.chance(FOLLOW_UP_SHARE)) years.push(q);
    }
    return { ...basics, steps, handlers, years, firstSupport };
  }

  private consultation(opens: number, closes: number): Skeleton {
    const basics = this.basics(this.dice.int(opens, closes - 10));
    const { steps, handlers } = this.route(basics, false);
    return { ...basics, steps, handlers, years: [], firstSupport: Number.NaN };
  }

  /** The steps ア–エ: handled where received, handed on or reported to the center, a team. */
  private route(b: ReturnType<DemoDeskPlanner["basics"]>, supported: boolean) {
    const steps: DemoStep[] = [];
    let day = b.received + this.dice.int(0, 3);
    const step = (kind: RoutingStepKind, from: SupportOrganization, to: Partial<DemoStep> = {}) => {
      steps.push({
        kind,
        date: dateOf(day),
        fromId: from.id,
        toId: to.toId ?? null,
        toOutside: to.toOutside ?? null,
        reason: to.reason ?? null,
        members: to.members ?? [],
        at: this.dice.at(day),
      });
      day += this.dice.int(2, 14);
    };
    const { center } = this.cast;
    const atCenter = b.receivedBy.id === center.id;
    const choice = this.dice.weighted<"self" | "handOn" | "outside" | "team">([
      ["self", atCenter ? 4 : 5.5],
      ["handOn", atCenter ? 3.5 : 3],
      ["outside", supported ? 0 : 1],
      ["team", atCenter ? 1 : 0.8],
    ]);
    if (choice === "self") {
      step("handled", b.receivedBy, {
        toId: b.receivedBy.id,
        reason: `${shown(b.receivedBy)}で対応できるため`,
      });
      return { steps, handlers: [b.receivedBy], last: dayOf(steps.at(-1)!.date) };
    }
    if (!atCenter) {
      step("reported", b.receivedBy, { toId: center.id, reason: "当機関だけでは解決が難しいため" });
    }
    if (choice === "outside") {
      const outside = this.dice.pick(OUTSIDE[b.field]);
      step("handed_on", center, { toOutside: outside, reason: "道内の支援機関では対応しきれない分野のため" });
      return { steps, handlers: [], last: dayOf(steps.at(-1)!.date) };
    }
    const to = this.handlerFor(b);
    step("handed_on", center, { toId: to.id, reason: expertiseOf(this.cast, to).reason });
    if (this.dice.chance(0.5)) step("handled", to, { toId: to.id, reason: "引継ぎを受けて対応" });
    const handlers = [to];
    if (choice === "team") handlers.push(...this.team(b, to, step));
    return { steps, handlers, last: dayOf(steps.at(-1)!.date) };
  }

  /** エ: the center forms a team around the organization it handed the case to. */
  private team(
    b: ReturnType<DemoDeskPlanner["basics"]>,
    first: SupportOrganization,
    step: (kind: RoutingStepKind, from: SupportOrganization, to: Partial<DemoStep>) => void,
  ): SupportOrganization[] {
    const partner = this.partnerOf(first);
    const members: DemoMember[] = [first, partner].map((o) => ({
      organizationId: o.id,
      outside: null,
      role: expertiseOf(this.cast, o).role,
    }));
    if (this.dice.chance(0.6)) {
      members.push({
        organizationId: null,
        outside: this.dice.pick(OUTSIDE[b.field]),
        role: this.dice.pick(OUTSIDE_ROLES),
      });
    }
    step("team", this.cast.center, {
      members,
      reason: "単独の機関では解決が難しいため、産学官金のチームで対応する",
    });
    return [partner, this.cast.center];
  }

  private core(shortName: string): SupportOrganization | undefined {
    return this.cast.byShortName.get(shortName);
  }

  /** Who the center hands a case on to, by its stage and place (I 1 (3)). */
  private handlerFor(b: ReturnType<DemoDeskPlanner["basics"]>): SupportOrganization {
    const regional = REGIONAL.find(([ms]) => ms.includes(b.municipality));
    const member = regional ? this.cast.members.find((m) => regional[1].test(m.name)) : undefined;
    const byStage: Record<SupportStage, (readonly [string, number])[]> = {
      research: [
        ["道総研", 4],
        ["ノーステック財団", 4],
        ["regional", 2],
      ],
      productization: [
        ["道総研", 3.5],
        ["regional", 3.5],
        ["中小企業総合支援センター", 3],
      ],
      market_expansion: [
        ["中小企業総合支援センター", 5],
        ["北洋銀行", 2.5],
        ["北海道銀行", 2.5],
      ],
    };
    const candidates = byStage[b.stage]
      .map(([name, w]) => [name === "regional" ? member : this.core(name), w] as const)
      .filter((c): c is readonly [SupportOrganization, number] => !!c[0] && c[0].id !== b.receivedBy.id);
    if (candidates.length > 0) return this.dice.weighted(candidates);
    return this.dice.pick(
      this.cast.receivers.filter((o) => o.id !== this.cast.center.id && o.id !== b.receivedBy.id),
    );
  }

  /** A second organization for a team: a bank for the money, else the SME center. */
  private partnerOf(first: SupportOrganization): SupportOrganization {
    const options = ["北洋銀行", "北海道銀行", "中小企業総合支援センター", "ノーステック財団"]
      .map((n) => this.core(n))
      .filter((o): o is SupportOrganization => !!o && o.id !== first.id);
    return options.length ? this.dice.pick(options) : this.cast.center;
  }

  // ---- support records, outcome, names ----

  /** Records per case: one in each supported plan year, and the rest spread at random. */
  private recordCounts(skeletons: readonly Skeleton[], records: number): number[][] {
    const counts = skeletons.map((s) => s.years.map(() => 1));
    const slots = counts.flatMap((c, i) => c.map((_, j) => [i, j] as const));
    for (let extra = records - slots.length; extra > 0 && slots.length > 0; extra--) {
      const [i, j] = this.dice.pick(slots);
      counts[i]![j]!++;
    }
    return counts;
  }

  private complete(
    s: Skeleton,
    counts: readonly number[],
    years: readonly { first: number; last: number }[],
    closes: number,
  ): DemoCase {
    const supports = s.years.flatMap((y, j) => this.supportsIn(s, j === 0, counts[j]!, years[y]!));
    supports.sort((a, b) => a.date.localeCompare(b.date) || a.at.localeCompare(b.at));
    const lastStep = dayOf(s.steps.at(-1)!.date);
    const handler = s.handlers[0] ?? this.cast.center;
    return {
      company: this.company(s.field),
      municipality: s.municipality,
      field: s.field,
      stage: s.stage,
      approvedProject: this.dice.chance(s.years.length ? 0.25 : 0.06),
      request: REQUESTS[s.field][s.stage].replace("{x}", this.dice.pick(TOPICS[s.field])),
      receivedOn: dateOf(s.received),
      receivedBy: s.receivedBy.id,
      at: this.dice.at(s.received),
      steps: s.steps,
      supports,
      closed: this.outcome(s, supports, years[s.years[0] ?? 0]!.last, lastStep, closes),
      handlerId: handler.id,
    };
  }

  private supportsIn(s: Skeleton, isFirst: boolean, n: number, b: { first: number; last: number }) {
    const start = isFirst ? s.firstSupport : b.first;
    return Array.from({ length: n }, (_, k): DemoSupport => {
      const day = isFirst && k === 0 ? start : this.dice.int(start, b.last);
      const followUp = !isFirst && this.dice.chance(0.4);
      const o = followUp && this.dice.chance(0.5) ? this.cast.center : this.dice.pick(s.handlers);
      const kind = followUp ? "advice" : this.dice.pick(expertiseOf(this.cast, o).kinds);
      const note = followUp ? this.dice.pick(FOLLOW_UP_NOTES) : this.dice.pick(NOTES[kind]);
      return { date: dateOf(day), organizationId: o.id, kind, note, at: this.dice.at(day) };
    });
  }

  /** Most consultations end; a supported case ends after its first year's support, or stays open. */
  private outcome(
    s: Skeleton,
    supports: readonly DemoSupport[],
    firstYearLast: number,
    lastStep: number,
    closes: number,
  ) {
    if (s.years.length === 0) {
      if (this.dice.chance(0.15)) return null;
      const on = Math.min(lastStep + this.dice.int(5, 60), closes);
      const outside = s.steps.find((t) => t.toOutside)?.toOutside;
      const outcome = outside
        ? `${outside}につなぎ、相談を終えた。`
        : fieldWarning(s.municipality, s.field, this.ref.basicPlans)
          ? OUT_OF_FIELD
          : this.dice.pick(UNSUPPORTED_OUTCOMES);
      return { outcome, on: dateOf(on), at: this.dice.at(on) };
    }
    if (!this.dice.chance(0.6)) return null;
    const firstYear = supports.filter((x) => dayOf(x.date) <= firstYearLast);
    const on = Math.min(dayOf(firstYear.at(-1)!.date) + this.dice.int(10, 60), closes);
    return { outcome: this.dice.pick(OUTCOMES[s.stage]), on: dateOf(on), at: this.dice.at(on) };
  }

  /** 「（デモ）株式会社十勝食品」: unique, a number added only when the words run out. */
  private company(field: SupportField): string {
    for (let attempt = 0; ; attempt++) {
      const base = `${this.dice.pick(COMPANY_WORDS)}${this.dice.pick(BUSINESSES[field])}`;
      const name = `${DEMO_MARK}${this.dice.pick(FORMS).replace("{n}", attempt < 5 ? base : `${base}${attempt}`)}`;
      if (!this.companies.has(name)) {
        this.companies.add(name);
        return name;
      }
    }
  }
}

/** The demo register for a desk: deterministic in the seed, the shape and the reference. */
export function planDemoDesk(
  ref: DemoDeskReference,
  options: { seed?: number; shape?: DemoDeskShape } = {},
): DemoCase[] {
  const shape = options.shape ?? DEMO_DESK_SHAPE;
  if (!(shape.supported >= 0 && shape.supported <= shape.cases && shape.records >= 0))
    throw new RangeError("demo desk shape: 0 ≤ supported ≤ cases, records ≥ 0");
  return new DemoDeskPlanner(ref, options.seed ?? DEMO_DESK_SEED).plan(shape);
}
