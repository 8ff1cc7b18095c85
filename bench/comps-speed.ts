/**
 * Microbenchmark (comps-engine.md §5): classify + FMV for 10,000 listings against JSON.parse of the
 * same listings, in the same run. The engine must be well under the parse time: it runs inside every
 * search, after the listings have been parsed anyway.
 *
 *   node --expose-gc --import tsx bench/comps-speed.ts     (npm run bench runs it so)
 *
 * Two engine timings: "classify + FMV" (read every title, match it, price the exact sales) and the
 * whole `computeComps` result (also blend, analytics, deals, grade ladder and a verdict object per
 * listing), and for reference the reader's first pass alone (split and hash every title's words: the
 * floor of any reader that reads words). Three JSON baselines for the same listings: the `kuya-comps fmv` input document (compact
 * CompItems), the normalised Listing shape the worker keeps, SearchAPI sold rows as the simulator writes
 * them (the wire shape sold listings arrive in), and eBay Browse item summaries as they
 * come off the wire. Medians of 15 rounds after 3 warm-up rounds; each round times every task in
 * turn, so a busy machine slows them alike.
 */
import type { CompItem, Listing } from '@kuya/shared';
import type { Listing as SimListing } from '../apps/provider-sim/src/catalogue/listings.ts';
import { organicRow } from '../apps/provider-sim/src/searchapi/rows.ts';
import { makeMarket } from '../packages/comps/eval/markets.ts';
import { classifyTitle, computeComps, matchListing, parseQuery } from '../packages/comps/src/index.ts';
import { priceSales } from '../packages/comps/src/pricing/price-sales.ts';
import { timeOf } from '../packages/comps/src/sale-time.ts';
import { readWords } from '../packages/comps/src/title/normalize.ts';
import { report } from './report.ts';

const SIZE = 10_000;
const WARMUP = 3;
const ROUNDS = 15;

function listingOf(item: CompItem, i: number): Listing {
  const allInPrice = Math.round((item.price + (item.shipping ?? 0)) * 100) / 100;
  return {
    id: `searchapi:${100000000000 + i}`,
    provider: 'searchapi',
    kind: 'sold',
    title: item.title,
    price: item.price,
    shipping: item.shipping ?? null,
    currency: 'USD',
    allInPrice,
    buyingFormat: item.auction ? 'auction' : 'buy_it_now',
    buyingOptions: item.auction ? ['auction'] : ['buy_it_now', 'best_offer'],
    bids: item.bids ?? null,
    bestOfferAccepted: item.bestOffer === true,
    soldAt: item.soldAt ?? null,
    endsAt: null,
    url: `https://www.ebay.com/itm/${100000000000 + i}`,
    imageUrl: `https://i.ebayimg.com/images/g/${(i * 7919).toString(36)}/s-l500.jpg`,
    seller: { name: `seller_${i % 997}`, feedbackScore: 100 + (i % 5000), feedbackPercent: 99.5 },
    condition: 'Used',
    legacyItemId: String(100000000000 + i),
  };
}

/** The same listing as eBay's Browse API sends it (item summary), as the worker parses it off the wire. */
function browseItemOf(item: CompItem, i: number) {
  const legacy = String(100000000000 + i);
  return {
    itemId: `v1|${legacy}|0`,
    title: item.title,
    leafCategoryIds: ['261328'],
    categories: [{ categoryId: '261328', categoryName: 'Sports Trading Cards' }],
    image: { imageUrl: `https://i.ebayimg.com/thumbs/images/g/${(i * 7919).toString(36)}/s-l225.jpg` },
    price: { value: item.price.toFixed(2), currency: 'USD' },
    itemHref: `https://api.ebay.com/buy/browse/v1/item/v1%7C${legacy}%7C0`,
    seller: { username: `seller_${i % 997}`, feedbackPercentage: '99.9', feedbackScore: 1000 + (i % 5000) },
    condition: 'Graded',
    conditionId: '2750',
    shippingOptions: [
      {
        shippingCostType: 'FIXED',
        shippingCost: { value: (item.shipping ?? 0).toFixed(2), currency: 'USD' },
      },
    ],
    buyingOptions: item.auction ? ['AUCTION'] : ['FIXED_PRICE', 'BEST_OFFER'],
    itemWebUrl: `https://www.ebay.com/itm/${legacy}`,
    itemLocation: { postalCode: '112**', country: 'US' },
    adultOnly: false,
    legacyItemId: legacy,
    availableCoupons: false,
    itemCreationDate: item.soldAt,
    topRatedBuyingExperience: true,
    priorityListing: false,
    listingMarketplaceId: 'EBAY_US',
  };
}

/**
 * The same sale as a SearchAPI `organic_results[]` row, written by the simulator's row writer (the
 * wire shape sold listings arrive in): the JSON the worker parses before the engine ever runs.
 */
function searchApiRowOf(item: CompItem, i: number): Record<string, unknown> {
  const itemId = String(100000000000 + i);
  const sale: Partial<SimListing> = {
    itemId,
    mode: 'sold',
    title: item.title,
    price: item.price,
    originalPrice: null,
    priceRange: null,
    shipping: item.shipping ?? null,
    shippingType: item.shipping === undefined ? null : 'FIXED',
    format: item.auction ? 'auction' : item.bestOffer ? 'best_offer' : 'bin',
    acceptsOffers: false,
    bids: item.bids ?? null,
    endAt: item.soldAt ? Date.parse(item.soldAt) : null,
    seller: {
      name: `seller_${i % 997}`,
      feedbackScore: 100 + (i % 5000),
      feedbackPercent: 99.5,
      topRated: i % 3 === 0,
    },
    conditionId: '2750',
    imageKey: (i * 7919).toString(36).padStart(6, '0'),
  };
  return organicRow(
    sale as SimListing,
    (i % 120) + 1,
    { dealMode: false, priceRangeRows: false, soldDates: true },
    0,
    false,
  );
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A full collection, when node runs with --expose-gc (npm run bench does). */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/**
 * Times every task once per round, interleaved; returns the median of each. Each task starts after a
 * full collection, so it pays for its own garbage, not for the previous task's.
 */
function timeTogether(tasks: Array<() => unknown>): number[] {
  const samples = tasks.map(() => [] as number[]);
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    tasks.forEach((task, k) => {
      collect();
      const t0 = performance.now();
      task();
      if (round >= WARMUP) samples[k]!.push(performance.now() - t0);
    });
  }
  return samples.map(median);
}

const market = makeMarket(2024, { genuine: Math.round(SIZE * 0.6) });
const generated = { ...market.input, sold: market.input.sold.slice(0, SIZE), active: [] };
const documentJson = JSON.stringify(generated);
// The engine reads listings as the worker holds them: parsed from JSON, so every title is one flat
// string. (The generator's titles are built by concatenation; V8 reads such strings ~15 % slower.)
const input = JSON.parse(documentJson) as typeof generated;
const listingsJson = JSON.stringify(input.sold.map(listingOf));
const searchApiJson = JSON.stringify({ organic_results: input.sold.map(searchApiRowOf) });
const browseJson = JSON.stringify({ total: SIZE, itemSummaries: input.sold.map(browseItemOf) });

/** Classify + FMV: every title read and matched, the exact sales priced. */
function classifyAndPrice(): number {
  const query = parseQuery(input.query);
  const now = Date.parse(input.now!);
  const exact = [];
  for (const item of input.sold) {
    if (matchListing(query, classifyTitle(item.title)).status !== 'exact') continue;
    exact.push({
      price: item.price + (item.shipping ?? 0),
      time: timeOf(item.soldAt),
      bestOffer: item.bestOffer === true,
      auction: item.auction === true,
      bids: item.bids ?? null,
    });
  }
  return priceSales(exact, now).kept.length;
}

/**
 * The reader's first pass alone: every title lower-cased, cleaned and split into hashed words. No
 * reader that reads words can cost less; it shows how much of "classify" is the rules after it.
 */
function wordPass(): number {
  let words = 0;
  for (const item of input.sold) words += readWords(item.title).length;
  return words;
}

let sink = 0;
const [parseDocument, parseListings, parseSearchApi, parseBrowse, core, engine, words] = timeTogether([
  () => {
    sink += (JSON.parse(documentJson) as { sold: unknown[] }).sold.length;
  },
  () => {
    sink += (JSON.parse(listingsJson) as unknown[]).length;
  },
  () => {
    sink += (JSON.parse(searchApiJson) as { organic_results: unknown[] }).organic_results.length;
  },
  () => {
    sink += (JSON.parse(browseJson) as { itemSummaries: unknown[] }).itemSummaries.length;
  },
  () => {
    sink += classifyAndPrice();
  },
  () => {
    sink += computeComps(input).n;
  },
  () => {
    sink += wordPass();
  },
]) as [number, number, number, number, number, number, number];

const ms = (x: number) => `${x.toFixed(1)} ms`.padStart(9);
const ratio = (a: number, b: number) => (a / b).toFixed(2).padStart(6);
const mb = (json: string) => `${(json.length / 1e6).toFixed(1)} MB`;
const titles = new Set(input.sold.map((i) => i.title)).size;
const count = (n: number) => n.toLocaleString('en-US');
console.log(`comps engine on ${count(input.sold.length)} sold listings (${count(titles)} distinct titles)\n`);
console.log(`JSON.parse, fmv input document  ${mb(documentJson).padStart(7)}  ${ms(parseDocument)}`);
console.log(`JSON.parse, Listing shape       ${mb(listingsJson).padStart(7)}  ${ms(parseListings)}`);
console.log(`JSON.parse, SearchAPI rows      ${mb(searchApiJson).padStart(7)}  ${ms(parseSearchApi)}`);
console.log(`JSON.parse, eBay Browse items   ${mb(browseJson).padStart(7)}  ${ms(parseBrowse)}\n`);
console.log('                                     time   ÷ document   ÷ Listing   ÷ SearchAPI   ÷ Browse');
for (const [label, t] of [
  ['classify + FMV', core],
  ['computeComps (whole result)', engine],
  ["reader's word pass alone", words],
] as const) {
  console.log(
    `${label.padEnd(28)} ${ms(t)}   ${ratio(t, parseDocument)}       ${ratio(t, parseListings)}        ${ratio(t, parseSearchApi)}      ${ratio(t, parseBrowse)}`,
  );
}
if (sink < 0) console.log(sink);

const round = (x: number, digits = 2) => Number(x.toFixed(digits));
const ratios = (t: number) => ({
  ms: round(t, 1),
  perDocumentParse: round(t / parseDocument),
  perListingParse: round(t / parseListings),
  perSearchApiParse: round(t / parseSearchApi),
  perBrowseParse: round(t / parseBrowse),
});
report({
  benchmark: 'comps-speed',
  listings: input.sold.length,
  distinctTitles: titles,
  rounds: ROUNDS,
  jsonParseMs: {
    document: round(parseDocument, 1),
    listing: round(parseListings, 1),
    searchApi: round(parseSearchApi, 1),
    browse: round(parseBrowse, 1),
  },
  classifyAndFmv: ratios(core),
  computeComps: ratios(engine),
  readerWordPass: ratios(words),
});
