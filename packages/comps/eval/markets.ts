/**
 * Synthetic markets with a known true value: genuine sales of one card (lognormal price noise, some
 * markets drifting ±15 % over 90 days, Best-Offer sales shown at their list price), mixed with 20–55 %
 * noise listings (lots, reprints, other grades, parallels, autographs, other players, speculative
 * grades, price outliers) and, in half the markets, current asks. Seeded, so every run is the same.
 */
import type { CompItem, CompsInput } from '@kuya/shared/comps';

export type Rng = () => number;

/** mulberry32: small, fast, good enough for sampling. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rng, p: number) => r() < p;
const between = (r: Rng, lo: number, hi: number) => lo + (hi - lo) * r();
function normal(r: Rng): number {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

interface CardTemplate {
  year: string;
  brand: string | null;
  product: string;
  first: string;
  last: string;
  number: string;
  team: string;
  rookieWord: string;
  /** Raw value in dollars; graded values scale from it. */
  rawValue: number;
}

const CARDS: CardTemplate[] = [
  {
    year: '2011',
    brand: 'Topps',
    product: 'Update',
    first: 'Mike',
    last: 'Trout',
    number: 'US175',
    team: 'Angels',
    rookieWord: 'RC',
    rawValue: 450,
  },
  {
    year: '2018',
    brand: 'Topps',
    product: 'Update',
    first: 'Ronald',
    last: 'Acuna Jr',
    number: 'US250',
    team: 'Braves',
    rookieWord: 'RC',
    rawValue: 40,
  },
  {
    year: '2018',
    brand: 'Topps',
    product: 'Chrome',
    first: 'Shohei',
    last: 'Ohtani',
    number: '150',
    team: 'Angels',
    rookieWord: 'Rookie',
    rawValue: 90,
  },
  {
    year: '2020',
    brand: 'Panini',
    product: 'Prizm',
    first: 'Joe',
    last: 'Burrow',
    number: '307',
    team: 'Bengals',
    rookieWord: 'RC',
    rawValue: 35,
  },
  {
    year: '2020',
    brand: 'Panini',
    product: 'Prizm',
    first: 'Justin',
    last: 'Herbert',
    number: '325',
    team: 'Chargers',
    rookieWord: 'Rookie',
    rawValue: 25,
  },
  {
    year: '2018',
    brand: 'Panini',
    product: 'Prizm',
    first: 'Luka',
    last: 'Doncic',
    number: '280',
    team: 'Mavericks',
    rookieWord: 'RC',
    rawValue: 120,
  },
  {
    year: '2019-20',
    brand: 'Panini',
    product: 'Prizm',
    first: 'Zion',
    last: 'Williamson',
    number: '248',
    team: 'Pelicans',
    rookieWord: 'RC',
    rawValue: 30,
  },
  {
    year: '2003',
    brand: 'Topps',
    product: 'Chrome',
    first: 'LeBron',
    last: 'James',
    number: '111',
    team: 'Cavaliers',
    rookieWord: 'Rookie',
    rawValue: 900,
  },
  {
    year: '1986',
    brand: null,
    product: 'Fleer',
    first: 'Michael',
    last: 'Jordan',
    number: '57',
    team: 'Bulls',
    rookieWord: 'Rookie',
    rawValue: 2500,
  },
  {
    year: '1989',
    brand: null,
    product: 'Upper Deck',
    first: 'Ken',
    last: 'Griffey Jr',
    number: '1',
    team: 'Mariners',
    rookieWord: 'RC',
    rawValue: 60,
  },
  {
    year: '2017',
    brand: 'Panini',
    product: 'Prizm',
    first: 'Patrick',
    last: 'Mahomes',
    number: '269',
    team: 'Chiefs',
    rookieWord: 'RC',
    rawValue: 220,
  },
  {
    year: '2019',
    brand: 'Topps',
    product: 'Chrome',
    first: 'Pete',
    last: 'Alonso',
    number: '204',
    team: 'Mets',
    rookieWord: 'RC',
    rawValue: 12,
  },
  {
    year: '2015-16',
    brand: 'Upper Deck',
    product: 'Young Guns',
    first: 'Connor',
    last: 'McDavid',
    number: '201',
    team: 'Oilers',
    rookieWord: 'RC',
    rawValue: 300,
  },
  {
    year: '2023',
    brand: 'Topps',
    product: 'Chrome',
    first: 'Corbin',
    last: 'Carroll',
    number: '22',
    team: 'Diamondbacks',
    rookieWord: 'RC',
    rawValue: 8,
  },
  {
    year: '2022',
    brand: 'Topps',
    product: 'Update',
    first: 'Julio',
    last: 'Rodriguez',
    number: 'US44',
    team: 'Mariners',
    // Not "Rookie Debut": every blind match set labels Update's Rookie Debut cards as cards of their own.
    rookieWord: 'RC',
    rawValue: 15,
  },
  {
    year: '1993',
    brand: null,
    product: 'SP',
    first: 'Derek',
    last: 'Jeter',
    number: '279',
    team: 'Yankees',
    rookieWord: 'RC',
    rawValue: 350,
  },
  {
    year: '2009-10',
    brand: null,
    product: 'Topps',
    first: 'Stephen',
    last: 'Curry',
    number: '321',
    team: 'Warriors',
    rookieWord: 'Rookie',
    rawValue: 400,
  },
  {
    year: '2020',
    brand: 'Donruss',
    product: 'Optic',
    first: 'Justin',
    last: 'Jefferson',
    number: '166',
    team: 'Vikings',
    rookieWord: 'Rated Rookie',
    rawValue: 45,
  },
  {
    year: '2023-24',
    brand: 'Panini',
    product: 'Prizm',
    first: 'Victor',
    last: 'Wembanyama',
    number: '136',
    team: 'Spurs',
    rookieWord: 'RC',
    rawValue: 150,
  },
  {
    year: '1979',
    brand: null,
    product: 'O-Pee-Chee',
    first: 'Wayne',
    last: 'Gretzky',
    number: '18',
    team: 'Oilers',
    rookieWord: 'Rookie',
    rawValue: 1800,
  },
  {
    year: '2021',
    brand: 'Topps',
    product: 'Chrome',
    first: 'Wander',
    last: 'Franco',
    number: '1',
    team: 'Rays',
    rookieWord: 'RC',
    rawValue: 6,
  },
  {
    year: '2001',
    brand: 'Bowman',
    product: 'Chrome',
    first: 'Ichiro',
    last: 'Suzuki',
    number: '338',
    team: 'Mariners',
    rookieWord: 'Rookie',
    rawValue: 180,
  },
];

type GradeState = { kind: 'raw' } | { kind: 'graded'; grader: string; grade: number };

const GRADE_MULTIPLIER: Record<string, number> = {
  'PSA 10': 4,
  'PSA 9': 1.6,
  'BGS 9.5': 2.8,
  'SGC 10': 3,
  'PSA 8': 1.1,
};

function gradeText(r: Rng, g: GradeState): string {
  if (g.kind === 'raw') return pick(r, ['', '', '', 'Raw', 'NM-MT', 'Sharp']);
  const label = `${g.grader} ${g.grade}`;
  const desc = g.grade === 10 ? 'GEM MINT' : g.grade === 9.5 ? 'Gem Mint' : g.grade === 9 ? 'MINT' : 'NM-MT';
  return pick(r, [
    label,
    label,
    `${label} ${desc}`,
    `${g.grader}${g.grade}`,
    `${desc} ${g.grade} ${g.grader}`,
    `${label} ${desc}`,
  ]);
}

export interface TitleParts {
  grade: string;
  extra?: string;
  player?: { first: string; last: string };
  dropNumber?: boolean;
}

/** One seller's way of writing the card: word order, abbreviations, case, optional words. */
export function writeTitle(r: Rng, card: CardTemplate, parts: TitleParts): string {
  const player = parts.player ?? card;
  const name = chance(r, 0.1) ? player.last : `${player.first} ${player.last}`;
  const set = [card.brand && !chance(r, 0.3) ? card.brand : null, card.product].filter(Boolean).join(' ');
  const number =
    parts.dropNumber || chance(r, 0.2) ? null : chance(r, 0.75) ? `#${card.number}` : card.number;
  const rookie = chance(r, 0.75) ? pick(r, [card.rookieWord, 'RC', 'Rookie', 'Rookie Card']) : null;
  const year = chance(r, 0.95) ? card.year : null;
  const team = chance(r, 0.35) ? card.team : null;
  const fluff = chance(r, 0.25)
    ? pick(r, ['🔥', 'INVEST', 'L@@K', 'Hot', 'Nice', 'HOF', '🔥🔥', 'Free Shipping'])
    : null;
  const orders: Array<Array<string | null>> = [
    [year, set, name, number, rookie, parts.grade, parts.extra ?? null, team, fluff],
    [name, year, set, rookie, number, parts.grade, parts.extra ?? null, fluff],
    [parts.grade, year, set, name, rookie, number, parts.extra ?? null, team],
    [year, set, name, rookie, parts.extra ?? null, number, parts.grade, fluff],
    [name, parts.grade, year, set, number, rookie, parts.extra ?? null, team],
  ];
  const title = pick(r, orders)
    .filter((x): x is string => Boolean(x))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return chance(r, 0.2) ? title.toUpperCase() : title;
}

export interface MarketTruth {
  id: string;
  group: 'stationary' | 'drifting';
  trueValue: number;
  /** Indexes of genuine comps among `input.sold` (the same card, sane price). */
  genuine: number[];
  /** Indexes of listings that must not count (noise and price outliers). */
  noise: number[];
  noiseShare: number;
  sigma: number;
  driftPct: number;
}

export interface Market {
  input: CompsInput;
  truth: MarketTruth;
  /** The card, for adding sales in the influence test. */
  card: CardTemplate;
  gradeState: GradeState;
}

const NOW = Date.parse('2025-06-30T12:00:00Z');
const DAY = 86_400_000;

function queryOf(card: CardTemplate, g: GradeState): string {
  const set = [card.brand, card.product].filter(Boolean).join(' ');
  const grade = g.kind === 'raw' ? '' : ` ${g.grader} ${g.grade}`;
  return `${card.year} ${set} ${card.first} ${card.last} #${card.number}${grade}`;
}

function otherGrades(g: GradeState): Array<{ state: GradeState; factor: number }> {
  const all: Array<{ state: GradeState; key: string }> = [
    { state: { kind: 'raw' }, key: 'raw' },
    { state: { kind: 'graded', grader: 'PSA', grade: 10 }, key: 'PSA 10' },
    { state: { kind: 'graded', grader: 'PSA', grade: 9 }, key: 'PSA 9' },
    { state: { kind: 'graded', grader: 'BGS', grade: 9.5 }, key: 'BGS 9.5' },
    { state: { kind: 'graded', grader: 'PSA', grade: 8 }, key: 'PSA 8' },
  ];
  const own = g.kind === 'raw' ? 'raw' : `${g.grader} ${g.grade}`;
  const ownMult = own === 'raw' ? 1 : (GRADE_MULTIPLIER[own] ?? 2);
  return all
    .filter((x) => x.key !== own)
    .map((x) => ({ state: x.state, factor: (x.key === 'raw' ? 1 : GRADE_MULTIPLIER[x.key]!) / ownMult }));
}

/** `genuine` fixes the number of genuine sales (the benchmark's 10,000-listing market). */
export function makeMarket(seed: number, options: { genuine?: number } = {}): Market {
  const r = rng(seed);
  const card = pick(r, CARDS);
  const gradeState: GradeState = pick(r, [
    { kind: 'raw' },
    { kind: 'raw' },
    { kind: 'graded', grader: 'PSA', grade: 10 },
    { kind: 'graded', grader: 'PSA', grade: 10 },
    { kind: 'graded', grader: 'PSA', grade: 9 },
    { kind: 'graded', grader: 'BGS', grade: 9.5 },
    { kind: 'graded', grader: 'SGC', grade: 10 },
  ]);
  const key = gradeState.kind === 'raw' ? 'raw' : `${gradeState.grader} ${gradeState.grade}`;
  const trueValue =
    Math.round(
      card.rawValue * (key === 'raw' ? 1 : (GRADE_MULTIPLIER[key] ?? 2)) * between(r, 0.7, 1.4) * 100,
    ) / 100;
  const nGenuine = options.genuine ?? pick(r, [3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80]);
  const noiseShare = between(r, 0.2, 0.55);
  const nNoise = Math.max(1, Math.round((nGenuine * noiseShare) / (1 - noiseShare)));
  const sigma = between(r, 0.06, 0.2);
  const drifting = chance(r, 0.35);
  const driftPct = drifting ? pick(r, [15, -15]) : 0;
  const boShare = between(r, 0, 0.25);
  const grade = () => gradeText(r, gradeState);

  const sold: CompItem[] = [];
  const genuine: number[] = [];
  const noise: number[] = [];
  let id = 0;
  const sale = (title: string, allIn: number, extra: Partial<CompItem> = {}): CompItem => {
    const ageDays = between(r, 0, 90);
    const shipping = pick(r, [0, 0, 1.25, 4.99, 5.99, null]);
    const price = Math.max(0.5, Math.round((allIn - (shipping ?? 0)) * 100) / 100);
    const auction = chance(r, 0.4);
    return {
      id: `m${seed}-${id++}`,
      title,
      price,
      ...(shipping === null ? {} : { shipping }),
      soldAt: new Date(NOW - ageDays * DAY).toISOString(),
      auction,
      ...(auction ? { bids: 1 + Math.floor(r() * 25) } : {}),
      ...extra,
    };
  };
  const valueAt = (soldAt: string) => {
    // The market moved by driftPct over the last 90 days and stands at trueValue today.
    const age = (NOW - Date.parse(soldAt)) / DAY;
    return trueValue * (1 + driftPct / 100) ** (-age / 90);
  };

  for (let k = 0; k < nGenuine; k++) {
    const item = sale(writeTitle(r, card, { grade: grade() }), 0);
    const center = valueAt(item.soldAt!);
    let allIn = center * Math.exp(sigma * normal(r));
    if (chance(r, boShare)) {
      item.bestOffer = true;
      allIn *= between(r, 1.05, 1.25);
    }
    const shipping = item.shipping ?? 0;
    item.price = Math.max(0.5, Math.round((allIn - shipping) * 100) / 100);
    genuine.push(sold.length);
    sold.push(item);
  }

  const others = CARDS.filter((c) => c.last !== card.last);
  const kinds = [
    'lot',
    'reprint',
    'grade',
    'grade',
    'parallel',
    'parallel',
    'outlier',
    'auto',
    'player',
    'spec',
    'misc',
  ];
  for (let k = 0; k < nNoise; k++) {
    const kind = pick(r, kinds);
    let title: string;
    let factor: number;
    switch (kind) {
      case 'lot':
        title = writeTitle(r, card, {
          grade: grade(),
          extra: pick(r, ['Lot of 5', 'x3', '(4) card lot', 'Bundle']),
        });
        factor = between(r, 3, 5);
        break;
      case 'reprint':
        title = writeTitle(r, card, {
          grade: '',
          extra: pick(r, ['Reprint', 'RP', 'Facsimile', 'Replica Card']),
        });
        factor = between(r, 0.02, 0.08);
        break;
      case 'grade': {
        const other = pick(r, otherGrades(gradeState));
        title = writeTitle(r, card, { grade: gradeText(r, other.state) });
        factor = other.factor * between(r, 0.8, 1.2);
        break;
      }
      case 'parallel':
        title = writeTitle(r, card, {
          grade: grade(),
          extra: pick(r, [
            'Gold /50',
            'Blue Refractor /150',
            'Silver Prizm',
            'Orange Wave /25',
            'Purple Refractor',
            'Red /5',
          ]),
        });
        factor = between(r, 1.5, 8);
        break;
      case 'outlier':
        title = writeTitle(r, card, { grade: grade() });
        factor = chance(r, 0.5) ? between(r, 0.25, 0.35) : between(r, 2.8, 3.5);
        break;
      case 'auto':
        title = writeTitle(r, card, {
          grade: grade(),
          extra: pick(r, ['Auto', 'Autograph', 'On-Card Auto', 'Signed']),
        });
        factor = between(r, 4, 15);
        break;
      case 'player': {
        const o = pick(r, others);
        title = writeTitle(r, card, {
          grade: grade(),
          player: { first: o.first, last: o.last },
          dropNumber: true,
        });
        factor = between(r, 0.1, 3);
        break;
      }
      case 'spec':
        title =
          gradeState.kind === 'raw'
            ? writeTitle(r, card, {
                grade: '',
                extra: pick(r, ['Custom Card', 'Break Spot', 'You Pick', 'Digital NFT']),
              })
            : writeTitle(r, card, {
                grade: pick(r, ['PSA 10?', 'PSA 10 Candidate', 'Gem Mint Raw', 'PSA 9 or 10?']),
              });
        factor = gradeState.kind === 'raw' ? between(r, 0.2, 1.5) : between(r, 0.15, 0.35);
        break;
      default:
        title = writeTitle(r, card, {
          grade: grade(),
          extra: pick(r, ['Hobby Box Sealed', 'Redemption', 'Proxy', 'PYT Case Break', 'Choose Your Card']),
        });
        factor = between(r, 0.3, 4);
        break;
    }
    const item = sale(title, 0);
    const allIn = valueAt(item.soldAt!) * factor * Math.exp(0.1 * normal(r));
    item.price = Math.max(0.5, Math.round((allIn - (item.shipping ?? 0)) * 100) / 100);
    noise.push(sold.length);
    sold.push(item);
  }

  // Shuffle so position tells nothing.
  const order = sold.map((_, i) => i).sort(() => r() - 0.5);
  const shuffled = order.map((i) => sold[i]!);
  const where = new Map(order.map((from, to) => [from, to]));

  const active: CompItem[] = [];
  if (chance(r, 0.5)) {
    const asks = Math.floor(between(r, 2, 20));
    for (let k = 0; k < asks; k++) {
      const ask = trueValue * between(r, 0.9, 1.4);
      active.push({
        id: `a${seed}-${k}`,
        title: writeTitle(r, card, { grade: grade() }),
        price: Math.round(ask * 100) / 100,
        shipping: 0,
        auction: false,
        seller: `s${Math.floor(r() * 12)}`,
      });
    }
    for (let k = 0; k < Math.floor(asks / 2); k++) {
      active.push({
        id: `an${seed}-${k}`,
        title: writeTitle(r, card, {
          grade: grade(),
          extra: pick(r, ['Lot of 3', 'Reprint', 'Gold /50', 'Auto']),
        }),
        price: Math.round(trueValue * between(r, 0.1, 6) * 100) / 100,
        auction: false,
      });
    }
  }

  return {
    input: { query: queryOf(card, gradeState), sold: shuffled, active, now: new Date(NOW).toISOString() },
    truth: {
      id: `market-${seed}`,
      group: drifting ? 'drifting' : 'stationary',
      trueValue,
      genuine: genuine.map((i) => where.get(i)!),
      noise: noise.map((i) => where.get(i)!),
      noiseShare,
      sigma,
      driftPct,
    },
    card,
    gradeState,
  };
}

/** A genuine-looking sale of the market's card at `allIn`, sold at the valuation date. */
export function extraSale(market: Market, allIn: number, seed: number): CompItem {
  const r = rng(seed);
  return {
    id: `extra-${seed}`,
    title: writeTitle(r, market.card, { grade: gradeText(r, market.gradeState) }),
    price: Math.round(allIn * 100) / 100,
    shipping: 0,
    soldAt: market.input.now!,
    auction: false,
  };
}

/**
 * The same market after a jump (a breakout, an injury, a trade) 5–35 days before the valuation date:
 * every sale before it at the old level, the true value `factor` times that (1.35 up or 0.7 down).
 * Returns the market and the indexes of its genuine sales since the jump (their median is the floor).
 */
export function withJump(market: Market, seed: number): { market: Market; since: number[] } {
  const r = rng(seed * 7 + 3);
  const days = between(r, 5, 35);
  const factor = chance(r, 0.5) ? 1.35 : 0.7;
  const now = Date.parse(market.input.now!);
  const sold = market.input.sold.map((item) =>
    item.soldAt && now - Date.parse(item.soldAt) > days * DAY
      ? { ...item, price: Math.round((item.price / factor) * 100) / 100 }
      : item,
  );
  const since = market.truth.genuine.filter((i) => now - Date.parse(sold[i]!.soldAt!) <= days * DAY);
  return { market: { ...market, input: { ...market.input, sold } }, since };
}
