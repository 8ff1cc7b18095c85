/**
 * The listing corpus: every sold and active listing the simulator can return, generated once per
 * (seed, data "now") and shared by both providers. Each listing carries its ground-truth label
 * (which card, which grade, which kind of noise) so benchmarks can score what a client kept.
 */
import { tokenize } from '../keywords.ts';
import { ALPHANUMERIC, hash32, Rng } from '../random.ts';
import { buildCatalogue, type CardIdentity, type CatalogueEntry } from './catalogue.ts';
import { type GradeBucket, MODERN_GRADE_MIX, VINTAGE_GRADE_MIX } from './grades.ts';
import { cardTitle, type ListingKind, noiseTitle, withHtml } from './titles.ts';

export type ListingMode = 'sold' | 'active';

/** eBay condition ids used for cards (EB-COND): graded, ungraded, new (sealed), used. */
export type ConditionId = '2750' | '4000' | '1000' | '3000';

export type ShippingType = 'FIXED' | 'CALCULATED';

export interface Seller {
  name: string;
  feedbackScore: number;
  /** e.g. 99.8 */
  feedbackPercent: number;
  topRated: boolean;
}

export interface Listing {
  itemId: string;
  mode: ListingMode;
  title: string;
  tokens: ReadonlySet<string>;
  /** Ground truth: the card this listing is about (for lots and breaks, the card they feature). */
  identityId: string;
  kind: ListingKind;
  /** The slab actually sold; "raw" for ungraded (speculative titles are raw). Null for non-cards. */
  grade: GradeBucket | null;
  /** The title carries HTML markup. */
  html: boolean;
  /** A shill or damaged-card sale far from the market (ground truth for robustness tests). */
  outlier: boolean;
  /** Sold: the displayed sale price (a ceiling for best-offer sales). Active: BIN ask or current bid. */
  price: number;
  /** Struck-through "was" price of a marked-down Buy It Now. */
  originalPrice: number | null;
  /** Active auctions that also offer Buy It Now (until the first bid): the BIN price. */
  binPrice: number | null;
  /** Multi-variation listings ("you pick"): the price span. */
  priceRange: { from: number; to: number } | null;
  /** Shipping cost; null when the listing states none. */
  shipping: number | null;
  shippingType: ShippingType | null;
  /** Sold: auction, buy-it-now, or best-offer accepted. Active: auction, bin, or auction with BIN. */
  format: 'auction' | 'bin' | 'best_offer' | 'auction_bin';
  /** Active BIN listings that also take offers. */
  acceptsOffers: boolean;
  bids: number | null;
  /** Sold: the sale time. Active auctions: the end time. Active BIN: null. */
  endAt: number | null;
  createdAt: number;
  seller: Seller;
  conditionId: ConditionId;
  categoryId: string;
  /** Promoted (shown as SPONSORED) when active. */
  promoted: boolean;
  postalCode: string;
  country: string;
  city: string;
  imageKey: string;
  /** Part of the (nearly empty) sandbox corpus. */
  sandbox: boolean;
}

export interface Corpus {
  seed: number;
  dataNow: number;
  catalogue: CatalogueEntry[];
  identities: Map<string, CardIdentity>;
  sold: Listing[];
  active: Listing[];
  byItemId: Map<string, Listing>;
}

const DAY = 86_400_000;

/** eBay leaf categories for what we list. */
export const CATEGORIES = {
  singles: { id: '261328', name: 'Sports Trading Card Singles' },
  lots: { id: '261329', name: 'Sports Trading Card Lots' },
  sealed: { id: '261330', name: 'Sports Trading Card Boxes & Packs' },
  digital: { id: '183454', name: 'Non-Sport Trading Cards' },
} as const;

/** Top-level (L1) category: searching it needs keywords (Browse 409 12013). */
export const TOP_LEVEL_CATEGORY = { id: '64482', name: 'Sports Mem, Cards & Fan Shop' } as const;

const NOISE_MIX: Record<Exclude<ListingKind, 'card'>, number> = {
  lot: 18,
  you_pick: 14,
  reprint: 14,
  custom: 8,
  digital: 8,
  break: 9,
  sealed: 9,
  speculative: 20,
};

/** Noise listings per genuine listing of a card family (≈ 15 % of all listings). */
const NOISE_RATIO = 0.18;
const HTML_RATE = 0.004;

const CITIES: [string, string][] = [
  ['112', 'Brooklyn'],
  ['100', 'New York'],
  ['606', 'Chicago'],
  ['900', 'Los Angeles'],
  ['770', 'Houston'],
  ['191', 'Philadelphia'],
  ['852', 'Phoenix'],
  ['782', 'San Antonio'],
  ['921', 'San Diego'],
  ['752', 'Dallas'],
  ['331', 'Miami'],
  ['981', 'Seattle'],
  ['802', 'Denver'],
  ['021', 'Boston'],
  ['303', 'Atlanta'],
  ['432', 'Columbus'],
  ['554', 'Minneapolis'],
  ['972', 'Portland'],
  ['891', 'Las Vegas'],
  ['631', 'St. Louis'],
];

function makeSellers(rng: Rng): Seller[] {
  const heads = [
    'card',
    'cards',
    'sports',
    'hobby',
    'slab',
    'gem',
    'mint',
    'dugout',
    'rookie',
    'legends',
    'chase',
    'pack',
    'vault',
    'pc',
    'graded',
    'diamond',
    'hardwood',
    'gridiron',
    'icecold',
    'pitch',
  ];
  const tails = [
    '_usa',
    'shop',
    'house',
    'hq',
    'co',
    '4u',
    'depot',
    'kings',
    '_breaks',
    'collectibles',
    'exchange',
    'zone',
  ];
  const sellers: Seller[] = [];
  const names = new Set<string>();
  while (sellers.length < 480) {
    const name = `${rng.pick(heads)}${rng.pick(tails)}${rng.chance(0.4) ? rng.int(1, 999) : ''}`;
    if (names.has(name)) continue;
    names.add(name);
    const big = rng.chance(0.25);
    sellers.push({
      name,
      feedbackScore: big ? rng.int(5_000, 180_000) : rng.int(3, 4_999),
      feedbackPercent: Math.round((big ? rng.uniform(99.2, 100) : rng.uniform(96.5, 100)) * 10) / 10,
      topRated: big && rng.chance(0.6),
    });
  }
  return sellers;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Buy-it-now asks end in .99 or .00 more often than not. */
function askPrice(rng: Rng, value: number): number {
  if (value < 1) return 0.99;
  if (rng.chance(0.55)) return Math.max(0.99, Math.floor(value) + 0.99);
  if (rng.chance(0.3)) return Math.max(1, Math.round(value));
  return round2(value);
}

/** Plain-envelope, tracked and free shipping for cheap cards. */
const CHEAP_SHIPPING = { '0.99': 12, '1.25': 10, '1.00': 8, '4.99': 25, '5.25': 10, '3.99': 5, '0': 30 };
const SELLER_COUNTRY = { US: 93, CA: 3, GB: 2, JP: 1, AU: 1 };
const SOLD_FORMAT = { auction: 45, bin: 40, best_offer: 15 } as const;

function shippingFor(rng: Rng, price: number): number | null {
  if (rng.chance(0.03)) return null;
  if (price < 20) return Number(rng.weighted(CHEAP_SHIPPING));
  if (price < 200) return rng.chance(0.45) ? 0 : rng.pick([4.99, 5.99, 6.99, 4.5]);
  return rng.chance(0.7) ? 0 : rng.pick([9.99, 14.99, 12.5]);
}

interface Draft {
  entry: CatalogueEntry;
  kind: ListingKind;
  grade: GradeBucket | null;
  title: string;
  /** True market value of what is sold (before time trend and noise). */
  value: number;
  outlier: boolean;
}

function noiseValue(
  rng: Rng,
  entry: CatalogueEntry,
  kind: Exclude<ListingKind, 'card'>,
  title: string,
): number {
  const raw = entry.identity.values.raw;
  switch (kind) {
    case 'lot': {
      const n = Number(/(?:of |\(|x)(\d+)/i.exec(title)?.[1] ?? /\b(\d+) Card Lot/i.exec(title)?.[1] ?? 3);
      return n * raw * rng.uniform(0.55, 0.9);
    }
    case 'you_pick':
      return rng.uniform(0.99, 4.99);
    case 'reprint':
      return raw > 500 ? rng.uniform(3, 15) : rng.uniform(0.99, 7.99);
    case 'custom':
      return rng.uniform(2.99, 24.99);
    case 'digital':
      return rng.uniform(0.25, 9.99);
    case 'break':
      return rng.uniform(12, 150);
    case 'sealed':
      return /Box/.test(title) ? rng.uniform(40, 450) : rng.uniform(6, 40);
    case 'speculative':
      return raw * Math.exp(0.15 + 0.2 * rng.normal());
  }
}

/** Noise that is still a single card (or cards) in hand, so it carries the raw grade. */
const RAW_NOISE = new Set<ListingKind>(['speculative', 'reprint', 'custom', 'digital', 'lot']);

function draftsFor(rng: Rng, entry: CatalogueEntry, count: number, noise: number): Draft[] {
  const drafts: Draft[] = [];
  const mix = entry.identity.vintage ? VINTAGE_GRADE_MIX : MODERN_GRADE_MIX;
  for (let i = 0; i < count; i++) {
    const grade = rng.weighted(mix);
    const outlier = rng.chance(0.015);
    drafts.push({
      entry,
      kind: 'card',
      grade,
      title: cardTitle(rng, entry, grade),
      value:
        entry.identity.values[grade] *
        (outlier ? (rng.chance(0.5) ? rng.uniform(0.3, 0.5) : rng.uniform(2, 3)) : 1),
      outlier,
    });
  }
  for (let i = 0; i < noise; i++) {
    const kind = rng.weighted(NOISE_MIX);
    const title = noiseTitle(rng, entry, kind);
    drafts.push({
      entry,
      kind,
      grade: RAW_NOISE.has(kind) ? 'raw' : null,
      title,
      value: noiseValue(rng, entry, kind, title),
      outlier: false,
    });
  }
  return drafts;
}

function categoryOf(kind: ListingKind): string {
  if (kind === 'lot') return CATEGORIES.lots.id;
  if (kind === 'sealed' || kind === 'break') return CATEGORIES.sealed.id;
  if (kind === 'digital') return CATEGORIES.digital.id;
  return CATEGORIES.singles.id;
}

function conditionOf(rng: Rng, draft: Draft): ConditionId {
  if (draft.kind === 'sealed' || draft.kind === 'digital') return '1000';
  if (draft.grade && draft.grade !== 'raw') return '2750';
  return rng.chance(0.06) ? '3000' : '4000';
}

class IdMaker {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}
  next(): string {
    for (;;) {
      const id = `${this.rng.int(1, 4)}${this.rng.chars(11, '0123456789')}`;
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}

function finish(
  rng: Rng,
  draft: Draft,
  mode: ListingMode,
  ids: IdMaker,
  sellers: Seller[],
  dataNow: number,
): Listing {
  const itemId = ids.next();
  const html = rng.chance(HTML_RATE);
  const title = html ? withHtml(rng, draft.title) : draft.title;
  const [zip, city] = rng.pick(CITIES);
  const country = rng.weighted(SELLER_COUNTRY);
  const identity = draft.entry.identity;
  let price: number;
  let format: Listing['format'];
  let bids: number | null = null;
  let endAt: number | null;
  let createdAt: number;
  let originalPrice: number | null = null;
  let binPrice: number | null = null;
  let acceptsOffers = false;
  const multiVariation = draft.kind === 'you_pick' && rng.chance(0.7);

  if (mode === 'sold') {
    endAt = dataNow - rng.uniform(0, 90) * DAY;
    const drift = Math.exp((identity.trend90d * (endAt - dataNow)) / (90 * DAY));
    const sigma = draft.grade === 'raw' ? 0.17 : 0.12;
    format = rng.weighted(SOLD_FORMAT);
    const bias = format === 'auction' ? -0.04 : format === 'bin' ? 0.03 : -0.05;
    const sale =
      draft.value *
      (draft.kind === 'card' || draft.kind === 'speculative' ? drift : 1) *
      Math.exp(bias + sigma * rng.normal());
    if (format === 'auction') {
      price = round2(Math.max(0.99, sale));
      bids = rng.int(1, Math.max(2, Math.min(60, Math.round(4 + Math.log2(price + 1) * 3))));
      createdAt = endAt - rng.pick([3, 5, 7, 10]) * DAY;
    } else {
      // Best offer accepted: eBay shows the list price, a ceiling above the accepted offer.
      price = format === 'best_offer' ? askPrice(rng, sale * rng.uniform(1.08, 1.35)) : askPrice(rng, sale);
      createdAt = endAt - rng.uniform(0.2, 40) * DAY;
      if (format === 'bin' && rng.chance(0.08)) originalPrice = askPrice(rng, price * rng.uniform(1.1, 1.4));
    }
  } else {
    createdAt = dataNow - rng.uniform(0.05, 60) * DAY;
    const auction =
      draft.kind === 'card' || draft.kind === 'break'
        ? rng.chance(draft.value > 2000 ? 0.15 : 0.32)
        : rng.chance(0.1);
    if (auction) {
      const left = rng.uniform(0.02, 7) * DAY;
      endAt = dataNow + left;
      const duration = [3, 5, 7, 10].map((d) => d * DAY).find((d) => d >= left + 0.01 * DAY) ?? 10 * DAY;
      createdAt = endAt - duration;
      const progress = 1 - left / duration;
      bids = rng.chance(0.25 + 0.6 * progress) ? rng.int(1, Math.round(2 + 25 * progress)) : 0;
      const start = rng.chance(0.6) ? 0.99 : round2(draft.value * rng.uniform(0.3, 0.8));
      price =
        bids === 0 ? start : round2(Math.max(start, draft.value * rng.uniform(0.25, 0.55 + 0.4 * progress)));
      format = bids === 0 && rng.chance(0.2) ? 'auction_bin' : 'auction';
      if (format === 'auction_bin') binPrice = askPrice(rng, draft.value * rng.uniform(1.05, 1.4));
    } else {
      endAt = null;
      format = 'bin';
      const r = rng.next();
      const factor =
        r < 0.06
          ? rng.uniform(0.6, 0.82)
          : r < 0.1
            ? rng.uniform(2, 3.5)
            : Math.exp(0.12 + 0.22 * rng.normal());
      price = askPrice(rng, draft.value * factor);
      acceptsOffers = rng.chance(0.4);
      if (rng.chance(0.06)) originalPrice = askPrice(rng, price * rng.uniform(1.1, 1.4));
    }
  }

  // eBay reports listing times to the second.
  endAt = endAt === null ? null : Math.floor(endAt / 1000) * 1000;
  createdAt = Math.floor(createdAt / 1000) * 1000;
  const shipping = shippingFor(rng, price);
  const shippingType: ShippingType | null =
    shipping === null ? null : mode === 'active' && rng.chance(0.15) ? 'CALCULATED' : 'FIXED';
  return {
    itemId,
    mode,
    title,
    tokens: new Set(tokenize(title)),
    identityId: identity.id,
    kind: draft.kind,
    grade: draft.grade,
    html,
    outlier: draft.outlier,
    price,
    originalPrice,
    binPrice,
    priceRange: multiVariation
      ? { from: round2(Math.min(price, 0.99)), to: round2(Math.max(price, rng.uniform(5, 25))) }
      : null,
    shipping,
    shippingType,
    format,
    acceptsOffers,
    bids,
    endAt,
    createdAt,
    seller: rng.pick(sellers),
    conditionId: conditionOf(rng, draft),
    categoryId: categoryOf(draft.kind),
    promoted: mode === 'active' && rng.chance(0.05),
    postalCode: `${zip}**`,
    country,
    city,
    imageKey: `${rng.chars(3, ALPHANUMERIC)}AAOSw${rng.chars(7, ALPHANUMERIC)}`,
    sandbox: hash32(itemId) % 40 === 0,
  };
}

function buildCorpus(seed: number, dataNow: number): Corpus {
  const catalogue = buildCatalogue(seed);
  const rng = new Rng(`${seed}:corpus`);
  const sellers = makeSellers(rng);
  const ids = new IdMaker(new Rng(`${seed}:ids`));
  const familyVolume = new Map<string, number>();
  for (const { identity } of catalogue) {
    familyVolume.set(identity.baseId, (familyVolume.get(identity.baseId) ?? 0) + identity.salesVolume);
  }
  const sold: Listing[] = [];
  const active: Listing[] = [];
  for (const entry of catalogue) {
    const r = new Rng(`${seed}:listings:${entry.identity.id}`);
    const isBase = entry.identity.id === entry.identity.baseId;
    const noise = isBase ? Math.round((familyVolume.get(entry.identity.baseId) ?? 0) * NOISE_RATIO) : 0;
    for (const draft of draftsFor(r, entry, entry.identity.salesVolume, noise)) {
      sold.push(finish(r, draft, 'sold', ids, sellers, dataNow));
    }
    const activeCount = Math.round(entry.identity.salesVolume * 0.45) + 2;
    for (const draft of draftsFor(r, entry, activeCount, Math.round(noise * 0.6))) {
      active.push(finish(r, draft, 'active', ids, sellers, dataNow));
    }
  }
  // Best Match order: recent sales first; active listings in a stable shuffle.
  sold.sort((a, b) => (b.endAt ?? 0) - (a.endAt ?? 0));
  active.sort((a, b) => hash32(a.itemId) - hash32(b.itemId));
  const byItemId = new Map<string, Listing>();
  for (const l of sold) byItemId.set(l.itemId, l);
  for (const l of active) byItemId.set(l.itemId, l);
  return {
    seed,
    dataNow,
    catalogue,
    identities: new Map(catalogue.map((e) => [e.identity.id, e.identity])),
    sold,
    active,
    byItemId,
  };
}

const corpora = new Map<string, Corpus>();

/** The corpus for a seed and data "now"; built once per process and shared by every simulator. */
export function getCorpus(seed: number, dataNow: number): Corpus {
  const key = `${seed}@${dataNow}`;
  let corpus = corpora.get(key);
  if (!corpus) {
    corpus = buildCorpus(seed, dataNow);
    corpora.set(key, corpus);
  }
  return corpus;
}
