/** Maps listings into the comps engine and the engine's verdicts back onto listings, into one result. */
import type {
  CompItem,
  CompsInput,
  CompsResult,
  Config,
  ErrorBody,
  Listing,
  SearchJob,
  SearchProgress,
  SearchRequest,
  SearchResult,
} from '@kuya/shared';

function toItem(listing: Listing): CompItem {
  return {
    id: listing.id,
    title: listing.title,
    price: listing.price,
    shipping: listing.shipping,
    soldAt: listing.soldAt,
    endsAt: listing.endsAt,
    auction: listing.buyingFormat === 'auction',
    bids: listing.bids,
    bestOffer: listing.bestOfferAccepted,
    url: listing.url,
    seller: listing.seller?.name ?? null,
  };
}

export function compsInput(
  request: SearchRequest,
  sold: Listing[],
  active: Listing[],
  now: Date,
): CompsInput {
  const { rawOnly, baseOnly, grade, excludeAutographs } = request.filters;
  const filters = Object.fromEntries(
    Object.entries({ rawOnly, baseOnly, grade, excludeAutographs }).filter(([, v]) => v !== undefined),
  );
  return {
    query: request.query,
    filters,
    sold: sold.map(toItem),
    active: active.map(toItem),
    now: now.toISOString(),
  };
}

/** Seconds a complete result stays fresh: as long as the shortest-lived raw pages it rests on. */
export function resultFreshForS(request: SearchRequest, config: Config): number {
  const ttls = [
    ...(request.sources.sold ? [config.CACHE_TTL_SOLD] : []),
    ...(request.sources.active ? [config.CACHE_TTL_ACTIVE] : []),
  ];
  return Math.min(...ttls);
}

export interface ResultParts {
  data: SearchJob;
  config: Config;
  comps: CompsResult;
  sold: Listing[];
  active: Listing[];
  progress: SearchProgress;
  errors: Partial<Record<'sold' | 'active', ErrorBody>>;
  warnings: string[];
  timings: Record<string, number>;
}

export function buildResult(parts: ResultParts): SearchResult {
  const { data, config, comps, sold, active, progress, errors, warnings, timings } = parts;
  const providerWarnings = Object.entries(errors).map(
    ([side, error]) =>
      `${side === 'sold' ? 'Sold listings (SearchAPI)' : 'Active listings (eBay)'} unavailable: ${error.message} [${error.code}]`,
  );
  const listings = comps.listings.map((verdict) => {
    const listing = (verdict.kind === 'sold' ? sold : active)[verdict.index]!;
    return {
      ...verdict,
      provider: listing.provider,
      imageUrl: listing.imageUrl,
      seller: listing.seller?.name ?? null,
      condition: listing.condition,
      bids: listing.bids,
      endsAt: listing.endsAt,
      buyingFormat: listing.buyingFormat,
    };
  });
  return {
    id: data.searchId,
    runId: data.runId,
    query: data.request.query,
    request: data.request,
    source: config.demoMode ? 'simulated' : 'live',
    createdAt: new Date().toISOString(),
    degraded: Object.keys(errors).length > 0,
    warnings: [...providerWarnings, ...warnings],
    errors,
    providerCalls: {
      searchapi: progress.sold.providerCalls,
      ebay: progress.active.providerCalls,
      total: progress.sold.providerCalls + progress.active.providerCalls,
    },
    timings,
    comps: { ...comps, listings },
  };
}
