/**
 * The whole engine in one pure call: read every title, match it against the query, price the exact
 * sales, blend with current asks, and add reliability, market activity, asking vs sold, deals and the
 * grade ladder. Every listing comes back with its verdict. No clock: the valuation date is `now`, or
 * the newest sale when `now` is not given, so the same input always gives the same result.
 */
import type {
  CardFields,
  ClassifiedTitle,
  CompItem,
  CompsFilters,
  CompsInput,
  CompsResult,
  ExclusionReason,
  GradeLadder,
  ListingVerdict,
  ParsedQuery,
  Verdict,
} from '@kuya/shared/comps';
import { findDeals } from './analytics/deals.ts';
import { gradeLadderOf } from './analytics/grade-ladder.ts';
import { askingVsSold, lowestAskPerSeller, marketActivity } from './analytics/market.ts';
import { reliabilityOf } from './analytics/reliability.ts';
import { blendWithAsks } from './pricing/blend.ts';
import {
  priceSaleColumns,
  recencyWeight,
  round1,
  round2,
  type SoldPrice,
  saleFormat,
  saleLog,
} from './pricing/price-sales.ts';
import { rangeOf } from './pricing/range.ts';
import { GRADE_REASONS, type GradeWanted, gradeWanted, matchListing } from './query/match.ts';
import { parseQuery } from './query/parse-query.ts';
import { timeOf } from './sale-time.ts';
import { classifyTitle } from './title/classify.ts';
import { SET_KINDS } from './title/lexicon.ts';

const DAY = 86_400_000;
const MIN_COMPS = 3;
/** The reasons of a listing fenced out by price (one list, shared: verdicts are read, never changed). */
const PRICE_OUTLIER: ExclusionReason[] = ['price_outlier'];

/**
 * The listings of one kind, read: each listing's verdict object (built once, as the result shows it;
 * the pricing fills in its weight and adjusted price) and columns per listing, with the card and the
 * title's verdict once per distinct title.
 */
interface Reads {
  items: readonly CompItem[];
  listings: ListingVerdict[];
  /** Per listing: the index of its title's reading in `cards` / `titleVerdicts`. */
  title: Int32Array;
  /** The card as the result shows it; one object per distinct title (the words are not kept). */
  cards: CardFields[];
  titleVerdicts: Verdict[];
  /** Sale time in ms; NaN when unknown. */
  time: Float64Array;
}

function readItems(
  items: readonly CompItem[],
  kind: 'sold' | 'active',
  query: ReturnType<typeof parseQuery>,
  filters: CompsFilters,
): Reads {
  const n = items.length;
  const dedupe = kind === 'sold';
  const seen = new Set<string>();
  // Sellers repeat titles; one reading and one verdict per distinct title.
  const byTitle = new Map<string, number>();
  const title = new Int32Array(n);
  const cards: CardFields[] = [];
  const titleVerdicts: Verdict[] = [];
  const listings: ListingVerdict[] = new Array(n);
  const time = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // Each field of the item read once: input items come in many shapes, so every read is a slow one.
    const item = items[i]!;
    const text = item.title;
    const id = item.id ?? null;
    const price = item.price;
    const shipping = item.shipping ?? null;
    const soldAt = item.soldAt ?? null;
    let t = byTitle.get(text);
    if (t === undefined) {
      const card = classifyTitle(text);
      t = cards.length;
      cards.push(cardFields(card));
      titleVerdicts.push(matchListing(query, card, filters));
      byTitle.set(text, t);
    }
    title[i] = t;
    const allIn = Math.round((price + (shipping ?? 0)) * 100) / 100;
    const at = timeOf(soldAt);
    time[i] = at === null ? Number.NaN : at;
    const invalid = !(price > 0) || !Number.isFinite(allIn);
    let repeated = false;
    if (dedupe && id) {
      const size = seen.size;
      repeated = seen.add(id).size === size;
    }
    // The shared verdict of the title, unless this listing has reasons of its own.
    let verdict = titleVerdicts[t]!;
    if (repeated || invalid) {
      const reasons: ExclusionReason[] = [];
      if (repeated) reasons.push('duplicate');
      if (invalid) reasons.push('invalid_price');
      verdict = { status: 'excluded', reasons: [...reasons, ...verdict.reasons] };
    }
    listings[i] = {
      kind,
      index: i,
      id,
      title: text,
      url: item.url ?? null,
      price,
      shipping,
      allInPrice: allIn,
      soldAt,
      auction: item.auction === true,
      bestOffer: item.bestOffer === true,
      status: verdict.status,
      reasons: verdict.reasons,
      weight: null,
      adjustedPrice: null,
      card: cards[t]!,
    };
  }
  return { items, listings, title, cards, titleVerdicts, time };
}

function cardFields(c: ClassifiedTitle): CardFields {
  return {
    graded: c.graded,
    grader: c.grader,
    grade: c.grade,
    gradeQualifier: c.gradeQualifier,
    blackLabel: c.blackLabel,
    subgrades: c.subgrades,
    autoGrade: c.autoGrade,
    authenticated: c.authenticated,
    speculativeGrade: c.speculativeGrade,
    autograph: c.autograph,
    relic: c.relic,
    parallel: c.parallel,
    serial: c.serial,
    serialNumber: c.serialNumber,
    rookie: c.rookie,
    year: c.year,
    seasonEnd: c.seasonEnd,
    setWords: c.setWords,
    cardNumber: c.cardNumber,
    noise: c.noise,
    damaged: c.damaged,
  };
}

/** The default valuation date: the newest of these sales, so a run never depends on the clock. */
function newestOf(time: Float64Array, at: ArrayLike<number>): number | null {
  let newest: number | null = null;
  for (let j = 0; j < at.length; j++) {
    const t = time[at[j]!]!;
    if (!Number.isNaN(t) && (newest === null || t > newest)) newest = t;
  }
  return newest;
}

/** The listings whose verdict is exact, in input order. */
function exactOf(reads: Reads): number[] {
  const out: number[] = [];
  const { listings } = reads;
  for (let i = 0; i < listings.length; i++) if (listings[i]!.status === 'exact') out.push(i);
  return out;
}

/** Sold listings `at` priced together, read straight from the columns. */
function priceListings(reads: Reads, at: readonly number[], asOf: number | null): SoldPrice {
  const m = at.length;
  const logs = new Float64Array(m);
  const times = new Float64Array(m);
  const format = new Float64Array(m);
  const { items, listings, time } = reads;
  for (let j = 0; j < m; j++) {
    const i = at[j]!;
    const listing = listings[i]!;
    const { bestOffer, auction } = listing;
    logs[j] = saleLog(listing.allInPrice, bestOffer);
    // Only an auction's bids count.
    format[j] = saleFormat(bestOffer, auction, auction && !bestOffer ? (items[i]!.bids ?? null) : null);
    times[j] = time[i]!;
  }
  return priceSaleColumns(logs, times, format, asOf);
}

/**
 * The grade ladder of the sold listings that are the queried card apart from their grade: grouped by
 * title (one reading each); a listing with reasons of its own (duplicate, bad price) stays off.
 */
function ladderOf(
  sold: Reads,
  asOf: number | null,
  wanted: GradeWanted,
  wantedPrice: SoldPrice | undefined,
): GradeLadder {
  const { titleVerdicts, listings, title } = sold;
  const gradeOnly = new Uint8Array(titleVerdicts.length);
  for (let t = 0; t < titleVerdicts.length; t++) {
    let only = 1;
    for (const reason of titleVerdicts[t]!.reasons) if (!GRADE_REASONS.has(reason)) only = 0;
    gradeOnly[t] = only;
  }
  const n = listings.length;
  const groupOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const t = title[i]!;
    // A listing with reasons of its own has its own list of them.
    groupOf[i] = gradeOnly[t] === 1 && listings[i]!.reasons === titleVerdicts[t]!.reasons ? t : -1;
  }
  return gradeLadderOf(sold.cards, groupOf, (at) => priceListings(sold, at, asOf), wanted, wantedPrice);
}

/**
 * "Wemby Prizm Silver RC", "trout us175 psa 9", "burrow prizm silver psa 10": a card asked for without
 * its year. Its year is the one most exact listings state (two at least, and two thirds of them; for
 * a rookie card, of the listings that say "rookie"); a listing that states another year ("2024-25
 * Prizm Wembanyama Silver 2nd Year", "2012 Topps Trout PSA 9") is then the wrong year. Where no year
 * has such a majority the query stays open to every year.
 */
function excludeOtherYears(query: ParsedQuery, reads: readonly Reads[]): void {
  if (query.card.year !== null) return;
  const rookie = query.card.rookie;
  const votes = new Map<number, number>();
  for (const r of reads) {
    for (const listing of r.listings) {
      const card = listing.card;
      if (listing.status !== 'exact' || (rookie && !card.rookie) || card.year === null) continue;
      votes.set(card.year, (votes.get(card.year) ?? 0) + 1);
    }
  }
  const year = twoThirdsOf(votes);
  if (year === null) return;
  for (const r of reads) {
    for (const listing of r.listings) {
      const listed = listing.card.year;
      if (listed === null || listed === year || listing.reasons.includes('wrong_year')) continue;
      listing.status = 'excluded';
      listing.reasons = [...listing.reasons, 'wrong_year'];
    }
  }
}

/** A listing's product: its product words ("prizm", "chrome"), else its maker; '' when it names none. */
function productOf(setWords: readonly string[]): string {
  let maker = '';
  let product = '';
  for (const w of setWords) {
    const kind = SET_KINDS.get(w);
    if (kind === 'strong') product = product === '' ? w : `${product} ${w}`;
    else if (kind === 'brand' && maker === '') maker = w;
  }
  return product === '' ? maker : product;
}

/**
 * "#136 wemby psa 10", "mike trout psa 10": a query that names no product. The matcher refuses every
 * listing that names one (Prizm, Chrome, …); here the product two thirds of the listings agree on
 * (two at least, of those exact or refused only for naming a product) becomes the card's, and a
 * listing of another product is `wrong_set`. Decided per title, so the grade ladder reads the same.
 */
function takeTheMainProduct(query: ParsedQuery, reads: readonly Reads[]): void {
  if (query.card.setWords.length > 0) return;
  // Each title's product, read once.
  const products = reads.map((r) => r.cards.map((card) => productOf(card.setWords)));
  const votes = new Map<string, number>();
  reads.forEach((r, k) => {
    for (let i = 0; i < r.listings.length; i++) {
      const t = r.title[i]!;
      const { reasons } = r.titleVerdicts[t]!;
      if (reasons.length > 1 || (reasons.length === 1 && reasons[0] !== 'wrong_set')) continue;
      const product = products[k]![t]!;
      if (product !== '') votes.set(product, (votes.get(product) ?? 0) + 1);
    }
  });
  const main = twoThirdsOf(votes);
  if (main === null) return;
  // Only a product's name refused a listing: one of the maker alone was refused for another release.
  const mainIsProduct = SET_KINDS.get(main.split(' ')[0]!) === 'strong';
  reads.forEach((r, k) => {
    const verdicts = r.titleVerdicts.map((verdict, t) => {
      const product = products[k]![t]!;
      const refused = verdict.reasons.includes('wrong_set');
      if (product === main && refused && mainIsProduct) return withoutReason(verdict, 'wrong_set');
      if (product !== main && product !== '' && !refused) return withReason(verdict, 'wrong_set');
      return verdict;
    });
    replaceVerdicts(r, verdicts);
  });
}

/** Puts new title verdicts in place, with each listing's reasons (a listing keeps reasons of its own). */
function replaceVerdicts(r: Reads, verdicts: readonly Verdict[]): void {
  for (let i = 0; i < r.listings.length; i++) {
    const t = r.title[i]!;
    const listing = r.listings[i]!;
    if (verdicts[t] === r.titleVerdicts[t]) continue;
    // A listing with reasons of its own (duplicate, bad price) keeps them.
    listing.reasons =
      listing.reasons === r.titleVerdicts[t]!.reasons
        ? verdicts[t]!.reasons
        : [
            ...listing.reasons.filter((x) => !r.titleVerdicts[t]!.reasons.includes(x)),
            ...verdicts[t]!.reasons,
          ];
    listing.status = listing.reasons.length === 0 ? 'exact' : 'excluded';
  }
  for (let t = 0; t < verdicts.length; t++) r.titleVerdicts[t] = verdicts[t]!;
}

/**
 * "bobby witt jr topps chrome gold refractor /50": a query that names the product but not the release
 * its listings all name ("2022 Topps Chrome Update"). The matcher refuses a listing that adds a release
 * the query left out (a "2018 Topps" query is not the 2018 Topps Update card); here, where two thirds
 * of the listings that are exact or refused only for one such release name the same one (two at
 * least), and their card numbers do not disagree with the exact listings', that release is the card's.
 * The exact listings stay: sellers leave a release out more often than they add one.
 */
function takeTheUnnamedRelease(query: ParsedQuery, reads: readonly Reads[]): void {
  const asked = query.card.setWords;
  if (asked.length === 0 || asked.some((w) => SET_KINDS.get(w) === 'weak')) return;
  // The one weak release a listing's set words add to the query's, or null.
  const releaseOf = (setWords: readonly string[]): string | null => {
    let extra: string | null = null;
    for (const w of setWords) {
      if (asked.includes(w)) continue;
      if (extra !== null || SET_KINDS.get(w) !== 'weak') return null;
      extra = w;
    }
    return extra;
  };
  const votes = new Map<string, number>();
  const releaseNumbers = new Map<string, number>();
  const exactNumbers = new Map<string, number>();
  let exact = 0;
  const count = <T>(m: Map<T, number>, key: T) => m.set(key, (m.get(key) ?? 0) + 1);
  // Each title's release, read only for the titles refused for their set alone (undefined: not read).
  const releases = reads.map((r) => new Array<string | null | undefined>(r.cards.length));
  const releaseAt = (k: number, t: number): string | null => {
    let release = releases[k]![t];
    if (release === undefined) {
      release = releaseOf(reads[k]!.cards[t]!.setWords);
      releases[k]![t] = release;
    }
    return release;
  };
  reads.forEach((r, k) => {
    for (let i = 0; i < r.listings.length; i++) {
      const t = r.title[i]!;
      const { reasons } = r.titleVerdicts[t]!;
      if (reasons.length === 0) {
        exact++;
        const number = r.cards[t]!.cardNumber;
        if (number !== null) count(exactNumbers, number);
      } else if (reasons.length === 1 && reasons[0] === 'wrong_set') {
        const release = releaseAt(k, t);
        if (release === null) continue;
        count(votes, release);
        const number = r.cards[t]!.cardNumber;
        if (number !== null) count(releaseNumbers, number);
      }
    }
  });
  if (votes.size === 0) return;
  const main = twoThirdsOf(votes);
  if (main === null || votes.get(main)! * 3 < (votes.get(main)! + exact) * 2) return;
  const mostOf = (m: ReadonlyMap<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const releaseNumber = mostOf(releaseNumbers);
  const exactNumber = mostOf(exactNumbers);
  if (releaseNumber !== null && exactNumber !== null && releaseNumber !== exactNumber) return;
  reads.forEach((r, k) => {
    const verdicts = r.titleVerdicts.map((verdict, t) =>
      verdict.reasons.length === 1 && verdict.reasons[0] === 'wrong_set' && releaseAt(k, t) === main
        ? withoutReason(verdict, 'wrong_set')
        : verdict,
    );
    replaceVerdicts(r, verdicts);
  });
}

/** The choice two thirds of the votes agree on (two votes at least), else null. */
function twoThirdsOf<T>(votes: ReadonlyMap<T, number>): T | null {
  let choice: T | null = null;
  let most = 0;
  let total = 0;
  for (const [candidate, count] of votes) {
    total += count;
    if (count > most) {
      most = count;
      choice = candidate;
    }
  }
  return most >= 2 && most * 3 >= total * 2 ? choice : null;
}

const withoutReason = (v: Verdict, reason: ExclusionReason): Verdict => {
  const reasons = v.reasons.filter((x) => x !== reason);
  return { status: reasons.length === 0 ? 'exact' : 'excluded', reasons };
};
const withReason = (v: Verdict, reason: ExclusionReason): Verdict => ({
  status: 'excluded',
  reasons: [...v.reasons, reason],
});

function readAll(input: CompsInput, query: ParsedQuery, filters: CompsFilters): [Reads, Reads] {
  const sold = readItems(input.sold, 'sold', query, filters);
  const active = readItems(input.active ?? [], 'active', query, filters);
  takeTheMainProduct(query, [sold, active]);
  takeTheUnnamedRelease(query, [sold, active]);
  excludeOtherYears(query, [sold, active]);
  return [sold, active];
}

export function computeComps(input: CompsInput): CompsResult {
  const filters: CompsFilters = input.filters ?? {};
  const query = parseQuery(input.query);
  const [sold, active] = readAll(input, query, filters);

  const exactSold = exactOf(sold);
  const asOf = timeOf(input.now) ?? newestOf(sold.time, exactSold);

  const priced = priceListings(sold, exactSold, asOf);
  const wanted = gradeWanted(query, filters);
  // Before the outliers are marked: they stand on the ladder.
  const ladder = ladderOf(sold, asOf, wanted, wanted.kind === 'any' ? undefined : priced);
  for (const j of priced.outliers) {
    const listing = sold.listings[exactSold[j]!]!;
    listing.status = 'excluded';
    listing.reasons = PRICE_OUTLIER;
  }
  const n = priced.kept.length;
  const enough = n >= MIN_COMPS && priced.market !== null;

  // An ask below the sales' gross fence ("2 for $5" on a $300 card) is another card, a lot or a misread
  // title, no bargain: fenced out as the sold outliers are, so it is neither a deal nor an ask.
  const implausible = priced.implausibleBelow;
  const exactActive: number[] = [];
  for (const i of exactOf(active)) {
    const listing = active.listings[i]!;
    if (implausible !== null && !listing.auction && listing.allInPrice < implausible) {
      listing.status = 'excluded';
      listing.reasons = PRICE_OUTLIER;
    } else exactActive.push(i);
  }
  const buyItNow = exactActive
    .map((i) => active.listings[i]!)
    .filter((l) => l.auction !== true && l.allInPrice > 0);
  const asks = buyItNow.map((l) => ({
    allInPrice: l.allInPrice,
    seller: active.items[l.index]!.seller ?? null,
  }));
  const blended =
    enough && priced.market !== null && priced.discount !== null && priced.premium !== null
      ? blendWithAsks(
          {
            market: priced.market,
            discount: priced.discount,
            premium: priced.premium,
            sorted: priced.sortedKept,
          },
          lowestAskPerSeller(asks),
        )
      : null;
  const marketValue = blended ? round2(blended.market) : null;
  const range = blended ? rangeOf(blended, priced.uncertainty, n) : null;

  let oldestKept: number | null = null;
  let newestKept: number | null = null;
  let weightedSales = 0;
  let bestOfferCount = 0;
  for (const j of priced.kept) {
    const i = exactSold[j]!;
    const listing = sold.listings[i]!;
    listing.weight = Math.round(priced.weights[j]! * 1000) / 1000;
    listing.adjustedPrice = round2(priced.adjusted[j]!);
    if (listing.bestOffer) bestOfferCount++;
    const t = sold.time[i]!;
    if (Number.isNaN(t)) {
      weightedSales += 1;
      continue;
    }
    if (oldestKept === null || t < oldestKept) oldestKept = t;
    if (newestKept === null || t > newestKept) newestKept = t;
    weightedSales += asOf === null ? 1 : recencyWeight((asOf - t) / DAY);
  }

  const byReason: Record<string, number> = {};
  for (const list of [sold, active]) {
    for (const l of list.listings) {
      for (const reason of l.reasons) byReason[reason] = (byReason[reason] ?? 0) + 1;
    }
  }

  return {
    query: input.query,
    reading: query,
    filters,
    asOf: asOf === null ? null : new Date(asOf).toISOString(),
    marketValue,
    discount: range ? round2(range.discount) : null,
    premium: range ? round2(range.premium) : null,
    marketValueWithoutBestOffer:
      enough && priced.marketWithoutBestOffer !== null ? round2(priced.marketWithoutBestOffer) : null,
    n,
    insufficientData: !enough,
    bestOfferCount,
    outliersRemoved: priced.outliers.length,
    dateRange:
      oldestKept === null || newestKept === null
        ? null
        : { oldest: new Date(oldestKept).toISOString(), newest: new Date(newestKept).toISOString() },
    newestSaleAgeDays: newestKept === null || asOf === null ? null : round1((asOf - newestKept) / DAY),
    trend: priced.trend,
    askBlend: blended?.askBlend ?? {
      applied: false,
      askCenter: null,
      askCount: 0,
      bidWeight: 1,
      tier: null,
      supply: null,
    },
    reliability: reliabilityOf(priced.cov, enough),
    analytics: {
      marketActivity: marketActivity(weightedSales, buyItNow.length),
      askingVsSold: askingVsSold(asks, marketValue),
    },
    deals: findDeals(
      buyItNow.map((l) => ({
        index: l.index,
        id: l.id,
        title: l.title,
        url: l.url,
        allInPrice: l.allInPrice,
      })),
      marketValue,
    ),
    gradeLadder: ladder,
    counts: {
      sold: sold.listings.length,
      active: active.listings.length,
      exactSold: n,
      exactActive: exactActive.length,
      byReason,
    },
    listings: active.listings.length === 0 ? sold.listings : [...sold.listings, ...active.listings],
  };
}

/** The grade ladder alone, for the same input `computeComps` takes. */
export function gradeLadder(input: CompsInput): GradeLadder {
  const filters: CompsFilters = input.filters ?? {};
  const query = parseQuery(input.query);
  const [sold] = readAll(input, query, filters);
  const asOf = timeOf(input.now) ?? newestOf(sold.time, exactOf(sold));
  return ladderOf(sold, asOf, gradeWanted(query, filters), undefined);
}
