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
  Verdict,
} from '@kuya/shared/comps';
import { findDeals } from './analytics/deals.ts';
import { buildGradeLadder, type LadderSale } from './analytics/grade-ladder.ts';
import { askingVsSold, marketActivity } from './analytics/market.ts';
import { reliabilityOf } from './analytics/reliability.ts';
import { blendWithAsks } from './pricing/blend.ts';
import { priceSales, recencyWeight, round1, round2, type Sale } from './pricing/price-sales.ts';
import { GRADE_REASONS, gradeWanted, matchListing } from './query/match.ts';
import { parseQuery } from './query/parse-query.ts';
import { timeOf } from './sale-time.ts';
import { classifyTitle } from './title/classify.ts';

const DAY = 86_400_000;
const MIN_COMPS = 3;

interface Read {
  item: CompItem;
  index: number;
  /** The card as the result shows it; one object per distinct title (the words are not kept). */
  fields: CardFields;
  verdict: Verdict;
  allIn: number;
  time: number | null;
}

/**
 * Student's t 97.5 % quantile for `df` degrees of freedom: the value's own 95 % interval when its
 * spread is estimated from a handful of comps (1.96 only for many).
 */
const T975 = [Number.POSITIVE_INFINITY, 12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23];
export function tQuantile975(df: number): number {
  if (df < 1) return T975[1]!;
  if (df < T975.length) return T975[df]!;
  return 1.96 + 2.4 / df;
}

const allInOf = (item: CompItem) => round2(item.price + (item.shipping ?? 0));

function readItems(
  items: readonly CompItem[],
  query: ReturnType<typeof parseQuery>,
  filters: CompsFilters,
  dedupe: boolean,
): Read[] {
  const seen = new Set<string>();
  // Sellers repeat titles; one reading and one verdict per distinct title.
  const byTitle = new Map<string, { fields: CardFields; verdict: Verdict }>();
  return items.map((item, index) => {
    let known = byTitle.get(item.title);
    if (!known) {
      const card = classifyTitle(item.title);
      known = { fields: cardFields(card), verdict: matchListing(query, card, filters) };
      byTitle.set(item.title, known);
    }
    const { fields, verdict } = known;
    const allIn = allInOf(item);
    const invalid = !(item.price > 0) || !Number.isFinite(allIn);
    const repeated = dedupe && item.id ? seen.has(item.id) : false;
    if (dedupe && item.id) seen.add(item.id);
    let own: Verdict = verdict;
    if (repeated || invalid) {
      const reasons: ExclusionReason[] = [];
      if (repeated) reasons.push('duplicate');
      if (invalid) reasons.push('invalid_price');
      own = { status: 'excluded', reasons: [...reasons, ...verdict.reasons] };
    }
    return {
      item,
      index,
      fields,
      // The shared verdict of the title, unless this listing has reasons of its own.
      verdict: own,
      allIn,
      time: timeOf(item.soldAt),
    };
  });
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

/** The default valuation date: the newest exact sale, so a run never depends on the clock. */
function newestOf(reads: readonly Read[]): number | null {
  let newest: number | null = null;
  for (const r of reads) if (r.time !== null && (newest === null || r.time > newest)) newest = r.time;
  return newest;
}

const toSale = (r: Read): Sale => ({
  price: r.allIn,
  time: r.time,
  bestOffer: r.item.bestOffer === true,
  auction: r.item.auction === true,
  bids: r.item.bids ?? null,
});

function verdictOf(
  r: Read,
  kind: 'sold' | 'active',
  weight: number | null,
  adjusted: number | null,
): ListingVerdict {
  return {
    kind,
    index: r.index,
    id: r.item.id ?? null,
    title: r.item.title,
    url: r.item.url ?? null,
    price: r.item.price,
    shipping: r.item.shipping ?? null,
    allInPrice: r.allIn,
    soldAt: r.item.soldAt ?? null,
    auction: r.item.auction === true,
    bestOffer: r.item.bestOffer === true,
    status: r.verdict.status,
    reasons: r.verdict.reasons,
    weight: weight === null ? null : Math.round(weight * 1000) / 1000,
    adjustedPrice: adjusted === null ? null : round2(adjusted),
    card: r.fields,
  };
}

/** Sold listings that are the queried card apart from their grade. */
function ladderSales(sold: readonly Read[]): LadderSale[] {
  const out: LadderSale[] = [];
  for (const r of sold) {
    let gradeOnly = true;
    for (const reason of r.verdict.reasons) if (!GRADE_REASONS.has(reason)) gradeOnly = false;
    if (gradeOnly) out.push({ card: r.fields, sale: toSale(r) });
  }
  return out;
}

export function computeComps(input: CompsInput): CompsResult {
  const filters: CompsFilters = input.filters ?? {};
  const query = parseQuery(input.query);
  const sold = readItems(input.sold, query, filters, true);
  const active = readItems(input.active ?? [], query, filters, false);

  const exactSold = sold.filter((r) => r.verdict.status === 'exact');
  const asOf = timeOf(input.now) ?? newestOf(exactSold);

  const priced = priceSales(exactSold.map(toSale), asOf);
  const wanted = gradeWanted(query, filters);
  const ladder = buildGradeLadder(
    ladderSales(sold),
    asOf,
    wanted,
    wanted.kind === 'any' ? undefined : priced,
  );
  for (const i of priced.outliers) {
    const r = exactSold[i]!;
    r.verdict = { status: 'excluded', reasons: ['price_outlier'] };
  }
  const kept = priced.kept.map((i) => exactSold[i]!);
  const n = kept.length;
  const enough = n >= MIN_COMPS && priced.market !== null;

  const exactActive = active.filter((r) => r.verdict.status === 'exact');
  const buyItNow = exactActive.filter((r) => r.item.auction !== true && r.allIn > 0);
  const blended =
    enough && priced.market !== null && priced.discount !== null && priced.premium !== null
      ? blendWithAsks(
          {
            market: priced.market,
            discount: priced.discount,
            premium: priced.premium,
            sorted: priced.sortedKept,
          },
          buyItNow.map((r) => r.allIn),
        )
      : null;
  const marketValue = blended ? round2(blended.market) : null;
  // The range covers both how sales spread and how sure the value is (95 %, wider for few comps).
  const reach =
    blended && priced.uncertainty !== null ? Math.exp(tQuantile975(n - 1) * priced.uncertainty) : 1;

  let oldestKept: number | null = null;
  let newestKept: number | null = null;
  for (const r of kept) {
    if (r.time === null) continue;
    if (oldestKept === null || r.time < oldestKept) oldestKept = r.time;
    if (newestKept === null || r.time > newestKept) newestKept = r.time;
  }
  let weightedSales = 0;
  for (const r of kept) {
    weightedSales += r.time === null || asOf === null ? 1 : recencyWeight((asOf - r.time) / DAY);
  }

  const byReason: Record<string, number> = {};
  for (const list of [sold, active]) {
    for (const r of list)
      for (const reason of r.verdict.reasons) byReason[reason] = (byReason[reason] ?? 0) + 1;
  }
  const keptAt = new Map<Read, number>();
  for (const i of priced.kept) keptAt.set(exactSold[i]!, i);
  const listings: ListingVerdict[] = [];
  for (const r of sold) {
    const i = keptAt.get(r);
    listings.push(
      verdictOf(
        r,
        'sold',
        i === undefined ? null : priced.weights[i]!,
        i === undefined ? null : priced.adjusted[i]!,
      ),
    );
  }
  for (const r of active) listings.push(verdictOf(r, 'active', null, null));

  return {
    query: input.query,
    reading: query,
    filters,
    asOf: asOf === null ? null : new Date(asOf).toISOString(),
    marketValue,
    discount: blended ? round2(Math.min(blended.discount, blended.market / reach)) : null,
    premium: blended ? round2(Math.max(blended.premium, blended.market * reach)) : null,
    marketValueWithoutBestOffer:
      enough && priced.marketWithoutBestOffer !== null ? round2(priced.marketWithoutBestOffer) : null,
    n,
    insufficientData: !enough,
    bestOfferCount: kept.filter((r) => r.item.bestOffer === true).length,
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
      askingVsSold: askingVsSold(
        buyItNow.map((r) => ({ allInPrice: r.allIn, seller: r.item.seller ?? null })),
        marketValue,
      ),
    },
    deals: findDeals(
      buyItNow.map((r) => ({
        index: r.index,
        id: r.item.id ?? null,
        title: r.item.title,
        url: r.item.url ?? null,
        allInPrice: r.allIn,
      })),
      marketValue,
    ),
    gradeLadder: ladder,
    counts: {
      sold: sold.length,
      active: active.length,
      exactSold: n,
      exactActive: exactActive.length,
      byReason,
    },
    listings,
  };
}

/** The grade ladder alone, for the same input `computeComps` takes. */
export function gradeLadder(input: CompsInput): GradeLadder {
  const filters: CompsFilters = input.filters ?? {};
  const query = parseQuery(input.query);
  const sold = readItems(input.sold, query, filters, true);
  const asOf = timeOf(input.now) ?? newestOf(sold.filter((r) => r.verdict.status === 'exact'));
  return buildGradeLadder(ladderSales(sold), asOf, gradeWanted(query, filters));
}
