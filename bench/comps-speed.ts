/**
 * Microbenchmark (comps-engine.md §5): classify + FMV for 10,000 listings against JSON.parse of the
 * same listings, in the same run. The engine must be well under the parse time: it runs inside every
 * search, after the listings have been parsed anyway.
 *
 *   npx tsx bench/comps-speed.ts
 *
 * Medians of 9 timed rounds after 3 warm-up rounds. Two JSON baselines: the `kuya-comps fmv` input
 * document (compact CompItems) and the same listings in the full normalised Listing shape the
 * worker keeps.
 */
import type { CompItem, Listing } from '@kuya/shared';
import { computeComps } from '../packages/comps/src/index.ts';
import { makeMarket } from '../packages/comps/eval/markets.ts';

const SIZE = 10_000;
const WARMUP = 3;
const ROUNDS = 9;

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

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(run: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const market = makeMarket(2024, { genuine: Math.round(SIZE * 0.6) });
const input = { ...market.input, sold: market.input.sold.slice(0, SIZE), active: [] };
const documentJson = JSON.stringify(input);
const listingsJson = JSON.stringify(input.sold.map(listingOf));

let sink = 0;
const parseDocument = time(() => {
  sink += (JSON.parse(documentJson) as { sold: unknown[] }).sold.length;
});
const parseListings = time(() => {
  sink += (JSON.parse(listingsJson) as unknown[]).length;
});
const engine = time(() => {
  sink += computeComps(input).n;
});

const ms = (x: number) => `${x.toFixed(1)} ms`;
console.log(`comps engine: classify + match + FMV + analytics for ${input.sold.length.toLocaleString('en-US')} listings`);
console.log(`  computeComps                         ${ms(engine).padStart(10)}`);
console.log(
  `  JSON.parse, fmv input document       ${ms(parseDocument).padStart(10)}  (${(documentJson.length / 1e6).toFixed(1)} MB)  ratio engine/parse ${(engine / parseDocument).toFixed(2)}`,
);
console.log(
  `  JSON.parse, full Listing shape       ${ms(parseListings).padStart(10)}  (${(listingsJson.length / 1e6).toFixed(1)} MB)  ratio engine/parse ${(engine / parseListings).toFixed(2)}`,
);
if (sink < 0) console.log(sink);
