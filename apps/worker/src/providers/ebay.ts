/**
 * eBay Browse `item_summary/search`, used for ACTIVE listings (providers.md B.2-B.4; traps C.2).
 * Auctions are asked for explicitly, prices are decimal strings, CALCULATED shipping is unknown, and a
 * 401/1001 re-mints the shared token once.
 */
import { allIn, type Listing, type Logger, type ProviderQuery } from '@kuya/shared';
import type { Got } from 'got';
import { z } from 'zod';
import {
  type FetchPageOptions,
  type ProviderClient,
  type ProviderFetch,
  type ProviderPage,
  validListing,
} from './client.ts';
import type { EbayTokenProvider } from './ebay-token.ts';
import { ProviderError } from './errors.ts';
import { excerpt, parseJson, type RawResponse, retryAfterMs, send } from './http.ts';

export interface EbayClientOptions {
  http: Got;
  /** e.g. https://api.ebay.com (config.ebayBaseUrl). */
  baseUrl: string;
  tokens: EbayTokenProvider;
  logger?: Logger;
  /** @defaultValue EBAY_US */
  marketplaceId?: string;
  /** Currency of price filters on this marketplace. @defaultValue USD */
  currency?: string;
  /** `itemLocationCountry` filter; null for anywhere. @defaultValue US */
  itemLocationCountry?: string | null;
}

/** eBay's daily application quota (B.4, C.2.10). */
const QUOTA_EXHAUSTED_ID = 2001;
/** Intermittent "offset must be a multiple of limit" on valid offsets (C.2.5). */
export const EBAY_BAD_OFFSET_ID = 12515;

const BUYING_OPTIONS: Record<NonNullable<ProviderQuery['buyingFormat']>, string> = {
  auction: '{AUCTION}',
  buy_it_now: '{FIXED_PRICE}',
  best_offer: '{BEST_OFFER}',
};

const SORT: Record<NonNullable<ProviderQuery['sort']>, string | undefined> = {
  best_match: undefined,
  price_asc: 'price',
  price_desc: '-price',
  newly_listed: 'newlyListed',
  ending_soonest: 'endingSoonest',
};

const CONDITIONS: Record<NonNullable<ProviderQuery['condition']>, string> = { new: '{NEW}', used: '{USED}' };

/** Query parameters: one `filter`, comma-joined; got URL-encodes it. */
export function buildEbaySearchParams(
  query: ProviderQuery,
  page: number,
  {
    currency = 'USD',
    itemLocationCountry = 'US',
  }: { currency?: string; itemLocationCountry?: string | null } = {},
): Record<string, string> {
  const limit = query.num ?? 200;
  // Without buyingOptions eBay returns only FIXED_PRICE listings and auctions silently vanish (C.2.3).
  const filters = [
    `buyingOptions:${query.buyingFormat ? BUYING_OPTIONS[query.buyingFormat] : '{AUCTION|FIXED_PRICE}'}`,
  ];
  if (query.priceMin !== undefined || query.priceMax !== undefined) {
    const range =
      query.priceMax === undefined
        ? `[${query.priceMin}]`
        : `[${query.priceMin === undefined ? '' : query.priceMin}..${query.priceMax}]`;
    // A price filter without priceCurrency is ignored with warning 12012 (C.2.4).
    filters.push(`price:${range}`, `priceCurrency:${currency}`);
  }
  if (query.condition) filters.push(`conditions:${CONDITIONS[query.condition]}`);
  if (itemLocationCountry) filters.push(`itemLocationCountry:${itemLocationCountry}`);
  const params: Record<string, string> = {
    q: query.q,
    limit: String(limit),
    offset: String((page - 1) * limit),
    filter: filters.join(','),
  };
  if (query.categoryId) params.category_ids = query.categoryId;
  const sort = query.sort ? SORT[query.sort] : undefined;
  if (sort) params.sort = sort;
  return params;
}

const looseNumber = z.union([z.number(), z.string()]).nullish();
const amountSchema = z.looseObject({ value: looseNumber, currency: z.string().nullish() });
const errorSchema = z.looseObject({
  errorId: z.coerce.number().nullish(),
  message: z.string().nullish(),
  longMessage: z.string().nullish(),
});

const itemSchema = z.looseObject({
  itemId: z.string().nullish(),
  legacyItemId: z.union([z.string(), z.number()]).nullish(),
  title: z.string().nullish(),
  price: amountSchema.nullish(),
  currentBidPrice: amountSchema.nullish(),
  bidCount: looseNumber,
  buyingOptions: z.array(z.string()).nullish(),
  itemEndDate: z.string().nullish(),
  shippingOptions: z
    .array(z.looseObject({ shippingCostType: z.string().nullish(), shippingCost: amountSchema.nullish() }))
    .nullish(),
  condition: z.string().nullish(),
  seller: z
    .looseObject({
      username: z.string().nullish(),
      feedbackPercentage: looseNumber,
      feedbackScore: looseNumber,
    })
    .nullish(),
  image: z.looseObject({ imageUrl: z.string().nullish() }).nullish(),
  itemWebUrl: z.string().nullish(),
});
type Item = z.infer<typeof itemSchema>;

const envelopeSchema = z.looseObject({
  href: z.string().nullish(),
  total: looseNumber,
  next: z.string().nullish(),
  limit: looseNumber,
  offset: looseNumber,
  itemSummaries: z.array(z.unknown()).nullish(),
  warnings: z.array(errorSchema).nullish(),
});

const errorBodySchema = z.looseObject({ errors: z.array(errorSchema).nullish() });

/** eBay sends numbers as decimal strings ("27.99", "99.9"); never compare them as strings (C.2.6). */
function decimal(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return null;
  return Number(value);
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** First shipping option; CALCULATED is unknown, not free, even when it says "0.00" (C.2.8). */
function shippingCost(item: Item): number | null {
  const first = item.shippingOptions?.[0];
  if (!first || first.shippingCostType === 'CALCULATED') return null;
  const value = decimal(first.shippingCost?.value);
  return value !== null && value >= 0 ? value : null;
}

const FORMAT = { AUCTION: 'auction', FIXED_PRICE: 'buy_it_now', BEST_OFFER: 'best_offer' } as const;

function toListing(item: Item, legacyId: string): Listing | string {
  const options = item.buyingOptions ?? [];
  const auction = options.includes('AUCTION');
  // Auctions are priced from the current bid; some summaries carry no `price` at all (C.2.9).
  const amount = auction ? (item.currentBidPrice ?? item.price) : (item.price ?? item.currentBidPrice);
  const price = decimal(amount?.value);
  if (price === null || price < 0) return `item ${legacyId} has no readable price`;
  const shipping = shippingCost(item);
  const buyingOptions = [
    ...new Set(options.flatMap((o) => (o in FORMAT ? [FORMAT[o as keyof typeof FORMAT]] : []))),
  ];
  const bids = decimal(item.bidCount);
  const candidate = {
    id: `ebay:${legacyId}`,
    provider: 'ebay',
    kind: 'active',
    title: item.title ?? '',
    price,
    shipping,
    currency: amount?.currency ?? 'USD',
    allInPrice: allIn(price, shipping),
    buyingFormat: auction
      ? 'auction'
      : options.includes('FIXED_PRICE')
        ? 'buy_it_now'
        : (buyingOptions[0] ?? 'buy_it_now'),
    buyingOptions: buyingOptions.length > 0 ? buyingOptions : ['buy_it_now'],
    bids: bids === null ? null : Math.max(0, Math.round(bids)),
    bestOfferAccepted: false,
    soldAt: null,
    endsAt: isoDate(item.itemEndDate),
    url: item.itemWebUrl ?? null,
    imageUrl: item.image?.imageUrl ?? null,
    seller: item.seller?.username
      ? {
          name: item.seller.username,
          feedbackScore: decimal(item.seller.feedbackScore),
          feedbackPercent: decimal(item.seller.feedbackPercentage),
        }
      : null,
    condition: item.condition ?? null,
    legacyItemId: legacyId,
  };
  return validListing(candidate, legacyId);
}

function describe(error: z.infer<typeof errorSchema>): string {
  return `${error.errorId ?? '?'} ${excerpt(error.longMessage ?? error.message ?? '', 200)}`;
}

/** A 200 body → one page of active listings, de-duplicated by legacy item id. */
export function parseEbayResponse(body: unknown): ProviderPage {
  const parsed = envelopeSchema.safeParse(body);
  if (
    !parsed.success ||
    (parsed.data.itemSummaries == null && parsed.data.total == null && parsed.data.href == null)
  ) {
    throw new ProviderError('PROVIDER_BAD_RESPONSE', 'ebay', 'the response is not a Browse search result');
  }
  const data = parsed.data;
  const warnings = (data.warnings ?? []).map((w) => `ebay warning ${describe(w)}`);
  const rows = data.itemSummaries ?? [];
  const seen = new Set<string>();
  const listings: Listing[] = [];
  let unreadable = 0;
  for (const raw of rows) {
    const item = itemSchema.safeParse(raw);
    const legacyId = item.success
      ? (item.data.legacyItemId?.toString() ?? item.data.itemId?.split('|')[1] ?? null)
      : null;
    if (!item.success || !legacyId || !/^\d+$/.test(legacyId)) {
      unreadable++;
      continue;
    }
    if (seen.has(legacyId)) continue;
    seen.add(legacyId);
    const listing = toListing(item.data, legacyId);
    if (typeof listing === 'string') warnings.push(`ebay: ${listing}`);
    else listings.push(listing);
  }
  if (unreadable > 0) warnings.push(`ebay: ${unreadable} item(s) without a usable id or shape were skipped`);
  const total = decimal(data.total);
  return {
    listings,
    hasMore: Boolean(data.next) && rows.length > 0,
    totalResults: total === null ? null : Math.round(total),
    warnings,
  };
}

function firstError(res: RawResponse): { id: number | undefined; text: string } {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(res.body));
    const error = parsed.success ? parsed.data.errors?.[0] : undefined;
    if (error) return { id: error.errorId ?? undefined, text: describe(error) };
  } catch {
    // not JSON; fall through to the raw text
  }
  return { id: undefined, text: excerpt(res.body) };
}

export class EbayBrowseClient implements ProviderClient {
  readonly provider = 'ebay' as const;
  private readonly url: string;

  constructor(private readonly options: EbayClientOptions) {
    this.url = `${options.baseUrl.replace(/\/+$/, '')}/buy/browse/v1/item_summary/search`;
  }

  async fetchPage(
    query: ProviderQuery,
    page: number,
    { signal, beforeCall }: FetchPageOptions = {},
  ): Promise<ProviderFetch> {
    const { tokens, logger } = this.options;
    const params = buildEbaySearchParams(query, page, {
      currency: this.options.currency,
      itemLocationCountry: this.options.itemLocationCountry,
    });
    let token = await tokens.getToken();
    let calls = 0;
    for (;;) {
      await beforeCall?.();
      calls++;
      const started = Date.now();
      const res = await send(this.options.http, 'ebay', this.url, {
        searchParams: params,
        headers: {
          authorization: `Bearer ${token}`,
          'x-ebay-c-marketplace-id': this.options.marketplaceId ?? 'EBAY_US',
        },
        signal,
      });
      logger?.debug(
        { provider: 'ebay', status: res.status, page, ms: Date.now() - started },
        'provider call',
      );
      if (res.status === 200) {
        const result = parseEbayResponse(parseJson('ebay', res));
        if (result.warnings.length > 0)
          logger?.warn({ provider: 'ebay', warnings: result.warnings }, 'provider warnings');
        return { page: result, calls };
      }
      const error = firstError(res);
      // An expired or revoked token (401 1001; 403 1100 has been cleared by re-minting too): once.
      if ((res.status === 401 || res.status === 403) && calls === 1) {
        logger?.info(
          { provider: 'ebay', status: res.status, errorId: error.id },
          'token rejected; minting a new one',
        );
        await tokens.invalidate(token);
        token = await tokens.getToken();
        continue;
      }
      throw this.statusError(res, error);
    }
  }

  private statusError(res: RawResponse, error: { id: number | undefined; text: string }): ProviderError {
    const info = { status: res.status, providerErrorId: error.id };
    const detail = `HTTP ${res.status} ${error.text}`;
    if (res.status === 401 || res.status === 403)
      return new ProviderError('PROVIDER_AUTH', 'ebay', detail, info);
    if (res.status === 429) {
      return error.id === QUOTA_EXHAUSTED_ID
        ? new ProviderError('PROVIDER_QUOTA_EXHAUSTED', 'ebay', `daily call limit reached (${detail})`, info)
        : new ProviderError('PROVIDER_RATE_LIMITED', 'ebay', detail, {
            ...info,
            retryAfterMs: retryAfterMs(res.headers),
          });
    }
    if (res.status === 400 || res.status === 404 || res.status === 409) {
      return new ProviderError('PROVIDER_BAD_REQUEST', 'ebay', detail, info);
    }
    if (res.status >= 500) return new ProviderError('PROVIDER_UNAVAILABLE', 'ebay', detail, info);
    return new ProviderError('PROVIDER_BAD_RESPONSE', 'ebay', `unexpected ${detail}`, info);
  }
}
