/**
 * An independent check on markets the engine was not written against: the provider simulator
 * (apps/provider-sim) in process, its sold pages fetched over HTTP from its SearchAPI endpoint and its
 * active pages from its eBay Browse endpoint, parsed by the worker's own provider parsers, exactly as
 * the real clients would. The simulator's ground truth labels every returned listing (exact, other
 * grade, other card, lot, reprint, …) and knows each card's true value per grade bucket.
 *
 * Measured per (card identity, grade) market: precision and recall of the engine's `exact` verdicts
 * on the sold listings, FMV error against the true value, the floor (median all-in price of the truly
 * exact sold listings), and whether Discount–Premium holds the true value.
 */
import type { CompItem, Listing } from '@kuya/shared';
import { type CardIdentity, type GradeBucket, startSimulator } from '../../../apps/provider-sim/src/index.ts';
import { buildEbaySearchParams, parseEbayResponse } from '../../../apps/worker/src/providers/ebay.ts';
import {
  buildSearchApiParams,
  parseSearchApiResponse,
} from '../../../apps/worker/src/providers/searchapi.ts';
import { computeComps } from '../src/index.ts';
import { median } from '../src/pricing/stats.ts';

export interface SimOutcome {
  identity: string;
  grade: GradeBucket;
  query: string;
  trueValue: number;
  estimate: number | null;
  error: number | null;
  floor: number | null;
  holds: boolean | null;
  truePositives: number;
  exact: number;
  truthExact: number;
  /** Final `exact` verdicts (after price fences) against true exact listings at a normal price. */
  strictTruePositives: number;
  strictExact: number;
  truthClean: number;
  sold: number;
}

const GRADES: GradeBucket[] = ['raw', 'PSA 10', 'PSA 9', 'BGS 9.5', 'SGC 10'];
const APP_ID = 'demo-ebay-app-id';
const CERT_ID = 'demo-ebay-cert-id';
const SEARCHAPI_KEY = 'demo-searchapi-key';

function toItem(l: Listing): CompItem {
  return {
    id: l.id,
    title: l.title,
    price: l.price,
    shipping: l.shipping ?? undefined,
    soldAt: l.soldAt ?? undefined,
    auction: l.buyingFormat === 'auction',
    bids: l.bids ?? undefined,
    bestOffer: l.bestOfferAccepted,
    seller: l.seller?.name ?? undefined,
  };
}

/** A spread of identities: every `step`-th card of the catalogue, so no hand-picking. */
function pick(catalogue: CardIdentity[], count: number): CardIdentity[] {
  const step = Math.max(1, Math.floor(catalogue.length / count));
  const out: CardIdentity[] = [];
  for (let i = 0; i < catalogue.length && out.length < count; i += step) out.push(catalogue[i]!);
  return out;
}

/** The query a collector would type: year, set, player, card number, parallel and print run, grade. */
function queryOf(id: CardIdentity, grade: GradeBucket): string {
  const parts = [id.year, id.set, id.player, `#${id.cardNumber}`];
  if (id.parallel) parts.push(id.parallel);
  if (id.serial) parts.push(`/${id.serial}`);
  if (id.autograph) parts.push('Auto');
  if (id.relic) parts.push('Patch');
  if (grade !== 'raw') parts.push(grade);
  return parts.join(' ');
}

export async function runSimMarkets(identities = 80): Promise<SimOutcome[]> {
  const sim = await startSimulator();
  try {
    const base = sim.url;
    const tokenRes = await fetch(`${base}/identity/v1/oauth2/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${APP_ID}:${CERT_ID}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        scope: 'https://api.ebay.com/oauth/api_scope',
      }).toString(),
    });
    const token = ((await tokenRes.json()) as { access_token: string }).access_token;

    const sold = async (q: string): Promise<Listing[]> => {
      const params = new URLSearchParams({
        ...buildSearchApiParams({ q, num: 120 }, 1),
        api_key: SEARCHAPI_KEY,
      });
      const res = await fetch(`${base}/api/v1/search?${params}`);
      return parseSearchApiResponse(await res.json()).listings;
    };
    const active = async (q: string): Promise<Listing[]> => {
      const params = new URLSearchParams(buildEbaySearchParams({ q, num: 100 }, 1, {}));
      const res = await fetch(`${base}/buy/browse/v1/item_summary/search?${params}`, {
        headers: { authorization: `Bearer ${token}`, 'x-ebay-c-marketplace-id': 'EBAY_US' },
      });
      if (res.status !== 200) return [];
      return parseEbayResponse(await res.json()).listings;
    };

    const outcomes: SimOutcome[] = [];
    for (const identity of pick(sim.control.catalogue(), identities)) {
      for (const grade of GRADES) {
        const query = queryOf(identity, grade);
        const truth = sim.control.truth(query, { labels: true });
        if (truth.value === null || truth.identity?.id !== identity.id) continue;
        const soldListings = await sold(query);
        const activeListings = await active(query);
        const labelOf = new Map(truth.labels!.sold.map((l) => [l.itemId, l]));
        const result = computeComps({
          query,
          sold: soldListings.map(toItem),
          active: activeListings.map(toItem),
        });
        const truthOf = (l: Listing) =>
          labelOf.get(l.legacyItemId ?? '') ?? labelOf.get(l.id.split(':').pop() ?? '');
        // The card in the grade asked for (outlier prices included: fencing them is pricing, not matching).
        const isTrue = soldListings.map((l) => truthOf(l)?.label === 'exact');
        const isClean = soldListings.map(
          (l) => truthOf(l)?.label === 'exact' && truthOf(l)?.outlier !== true,
        );
        // Matched: exact, or the card but fenced out by price.
        const exactIdx = result.listings
          .filter((l) => l.kind === 'sold' && (l.status === 'exact' || l.reasons.includes('price_outlier')))
          .map((l) => l.index);
        const truePositives = exactIdx.filter((i) => isTrue[i]).length;
        const strictIdx = result.listings
          .filter((l) => l.kind === 'sold' && l.status === 'exact')
          .map((l) => l.index);
        const trueAllIn = soldListings.filter((_, i) => isClean[i]).map((l) => l.allInPrice);
        const v = truth.value;
        outcomes.push({
          identity: identity.id,
          grade,
          query,
          trueValue: v,
          estimate: result.marketValue,
          error: result.marketValue === null ? null : Math.abs(result.marketValue / v - 1),
          floor: trueAllIn.length ? Math.abs(median(trueAllIn) / v - 1) : null,
          holds:
            result.discount === null || result.premium === null
              ? null
              : result.discount <= v && v <= result.premium,
          truePositives,
          exact: exactIdx.length,
          truthExact: isTrue.filter(Boolean).length,
          strictTruePositives: strictIdx.filter((i) => isClean[i]).length,
          strictExact: strictIdx.length,
          truthClean: isClean.filter(Boolean).length,
          sold: soldListings.length,
        });
      }
    }
    return outcomes;
  } finally {
    await sim.close();
  }
}
