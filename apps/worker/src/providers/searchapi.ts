/**
 * SearchAPI.io eBay engine, used for SOLD listings (providers.md A; traps C.1).
 * One `fetchPage` = one billed search call. The key travels only in the Authorization header.
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
import { ProviderError } from './errors.ts';
import { excerpt, parseJson, retryAfterMs, send } from './http.ts';
import { type Money, parseMoney } from './money.ts';

export interface SearchApiClientOptions {
  http: Got;
  /** e.g. https://www.searchapi.io or the simulator's URL. */
  baseUrl: string;
  /** Undefined: every call fails with PROVIDER_AUTH without reaching the provider. */
  apiKey: string | undefined;
  logger?: Logger;
  /** @defaultValue ebay.com */
  ebayDomain?: string;
}

/** Currency of a bare `$` per eBay domain. */
const DOMAIN_CURRENCY: Record<string, string> = {
  'ebay.com': 'USD',
  'ebay.ca': 'CAD',
  'cafr.ebay.ca': 'CAD',
  'ebay.com.au': 'AUD',
  'ebay.com.hk': 'HKD',
  'ebay.com.sg': 'SGD',
  'ebay.com.my': 'MYR',
  'ebay.co.uk': 'GBP',
  'ebay.ch': 'CHF',
  'ebay.pl': 'PLN',
};

const SORT_BY: Record<NonNullable<ProviderQuery['sort']>, string | undefined> = {
  best_match: undefined,
  price_asc: 'price_shipping_low_to_high',
  price_desc: 'price_shipping_high_to_low',
  newly_listed: 'time_newly_listed',
  ending_soonest: 'time_ending_soonest',
};

const CONDITION: Record<NonNullable<ProviderQuery['condition']>, string> = {
  new: 'new',
  used: 'pre_owned_excellent,pre_owned_fair,used_very_good,used_good,used_acceptable',
};

/** The sold filter: not in SearchAPI's OpenAPI enum but the one working clients use (providers.md A.3). */
export const SOLD_FILTER = 'sold_listings';
const SOLD_TOKENS = ['sold_listings', 'completed_listings'];

/** The monthly wall answers 429 like hourly throttling does; only its text tells them apart (C.1.6). */
const MONTHLY_QUOTA = /\bmonth/i;

export function buildSearchApiParams(
  query: ProviderQuery,
  page: number,
  ebayDomain = 'ebay.com',
): Record<string, string> {
  const params: Record<string, string> = {
    engine: 'ebay_search',
    q: query.q,
    filters: SOLD_FILTER,
    ebay_domain: ebayDomain,
    num: String(query.num ?? 120),
    page: String(page),
  };
  const sortBy = query.sort ? SORT_BY[query.sort] : undefined;
  if (sortBy) params.sort_by = sortBy;
  if (query.categoryId) params.category_id = query.categoryId;
  if (query.condition) params.condition = CONDITION[query.condition];
  if (query.buyingFormat) params.buying_format = query.buyingFormat;
  if (query.priceMin !== undefined) params.price_min = String(query.priceMin);
  if (query.priceMax !== undefined) params.price_max = String(query.priceMax);
  return params;
}

const looseNumber = z.union([z.number(), z.string()]).nullish();
const looseString = z.union([z.string(), z.number()]).nullish();

/** Only `position` is required in the OpenAPI; everything here is optional and loosely typed on purpose. */
const organicRowSchema = z.looseObject({
  item_id: looseString,
  title: z.string().nullish(),
  link: z.string().nullish(),
  tag: z.string().nullish(),
  is_sponsored: z.boolean().nullish(),
  condition: z.string().nullish(),
  buying_format: z.string().nullish(),
  is_auction: z.boolean().nullish(),
  is_buy_it_now: z.boolean().nullish(),
  is_best_offer: z.boolean().nullish(),
  price: looseString,
  extracted_price: looseNumber,
  deal: z.string().nullish(),
  extracted_price_range: z.looseObject({ from: looseNumber, to: looseNumber }).nullish(),
  is_price_range: z.boolean().nullish(),
  bids: looseNumber,
  shipping: z.string().nullish(),
  extracted_shipping: looseNumber,
  seller: z
    .looseObject({ name: z.string().nullish(), reviews: looseNumber, positive_feedback_percent: looseNumber })
    .nullish(),
  thumbnail: z.string().nullish(),
  images: z.array(z.unknown()).nullish(),
  extensions: z.array(z.unknown()).nullish(),
});
type OrganicRow = z.infer<typeof organicRowSchema>;

const responseSchema = z.looseObject({
  search_metadata: z.looseObject({}).nullish(),
  search_parameters: z
    .looseObject({ filters: z.union([z.string(), z.array(z.string())]).nullish() })
    .nullish(),
  search_information: z.looseObject({ total_results: looseNumber }).nullish(),
  organic_results: z.array(z.unknown()).nullish(),
  pagination: z.looseObject({ next: z.string().nullish() }).nullish(),
  error: z.string().nullish(),
});

/** Numbers that may arrive as text ("15,422", "7 bids"). */
function toNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const m = /\d[\d,]*(?:\.\d+)?/.exec(value);
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

/** Price in the order extracted_price → price → deal → extracted_price_range.from (C.1.1). */
export function resolvePrice(row: OrganicRow, fallbackCurrency: string): Money | null {
  const texts = [row.price, row.deal].filter((t): t is string => typeof t === 'string');
  const currency =
    texts.map((t) => parseMoney(t, fallbackCurrency)?.currency).find(Boolean) ?? fallbackCurrency;
  const extracted = toNumber(row.extracted_price);
  if (extracted !== null && extracted > 0) return { amount: extracted, currency };
  for (const candidate of [row.price, row.deal]) {
    const money =
      typeof candidate === 'number'
        ? { amount: candidate, currency }
        : candidate && parseMoney(candidate, currency);
    if (money && money.amount > 0) return money;
  }
  const from = toNumber(row.extracted_price_range?.from);
  return from !== null && from > 0 ? { amount: from, currency } : null;
}

/** extracted_shipping, else the text ("Free delivery", "+$4.99 delivery"), else unknown. */
export function resolveShipping(row: OrganicRow, currency: string): number | null {
  const extracted = toNumber(row.extracted_shipping);
  if (extracted !== null && extracted >= 0) return extracted;
  const text = row.shipping;
  if (!text) return null;
  if (/\bfree\b/i.test(text) && !/pick\s?up/i.test(text)) return 0;
  return parseMoney(text, currency)?.amount ?? null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function dateFromText(text: string): string | null {
  const iso =
    /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(
      text,
    );
  if (iso) {
    const parsed = Date.parse(
      iso[4] ? `${iso[0].replace(' ', 'T')}${iso[7] ? '' : 'Z'}` : `${iso[1]}-${iso[2]}-${iso[3]}T00:00:00Z`,
    );
    return Number.isNaN(parsed) ? null : new Date(parsed).toISOString();
  }
  const monthFirst = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b/.exec(text);
  const dayFirst = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(text);
  const [month, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  const m = month ? MONTHS.indexOf(month.toLowerCase()) : -1;
  if (m < 0 || !day || !year) return null;
  const d = new Date(Date.UTC(Number(year), m, Number(day)));
  return d.getUTCDate() === Number(day) ? d.toISOString() : null;
}

/**
 * No sold-date field is documented (C.1.3): read `extracted_sold_date` / `sold_date` when present, else any
 * text that says "Sold <date>" (tags, extensions, subtitles).
 */
export function resolveSoldDate(row: OrganicRow): string | null {
  const record = row as Record<string, unknown>;
  for (const key of ['extracted_sold_date', 'sold_date', 'sold_at', 'date_sold', 'end_time', 'ended_at']) {
    const value = record[key];
    if (typeof value === 'string') {
      const parsed = dateFromText(value);
      if (parsed) return parsed;
    }
  }
  for (const value of Object.values(record).flatMap((v) => (Array.isArray(v) ? v : [v]))) {
    if (typeof value === 'string' && /\bsold\b/i.test(value)) {
      const after = value.slice(value.search(/\bsold\b/i));
      const parsed = dateFromText(after);
      if (parsed) return parsed;
    }
  }
  return null;
}

function itemId(row: OrganicRow): string | null {
  if (row.item_id !== undefined && row.item_id !== null && /^\d+$/.test(String(row.item_id))) {
    return String(row.item_id);
  }
  const fromLink = row.link ? /\/itm\/(?:[^/?#]+\/)?(\d{6,})/.exec(row.link) : null;
  return fromLink?.[1] ?? null;
}

function isSponsored(row: OrganicRow): boolean {
  return row.is_sponsored === true || /sponsored/i.test(row.tag ?? '');
}

function toListing(row: OrganicRow, id: string, currencyFallback: string): Listing | string {
  const price = resolvePrice(row, currencyFallback);
  if (!price) return `item ${id} has no readable price`;
  const shipping = resolveShipping(row, price.currency);
  const formatText = (row.buying_format ?? '').toLowerCase();
  const bids = toNumber(row.bids);
  const auction = row.is_auction === true || /auction|\bbids?\b/.test(formatText) || (bids ?? 0) > 0;
  const bestOffer = row.is_best_offer === true || /best offer/.test(formatText);
  const buyItNow = row.is_buy_it_now === true || /buy it now/.test(formatText) || (!auction && !bestOffer);
  const buyingFormat = auction ? 'auction' : bestOffer ? 'best_offer' : 'buy_it_now';
  const candidate = {
    id: `searchapi:${id}`,
    provider: 'searchapi',
    kind: 'sold',
    title: row.title ?? '',
    price: price.amount,
    shipping,
    currency: price.currency,
    allInPrice: allIn(price.amount, shipping),
    buyingFormat,
    buyingOptions: [
      ...(auction ? ['auction'] : []),
      ...(buyItNow ? ['buy_it_now'] : []),
      ...(bestOffer ? ['best_offer'] : []),
    ],
    bids: bids === null ? null : Math.round(bids),
    // On a sold row the best-offer flag means "Best offer accepted": the shown price is a ceiling.
    bestOfferAccepted: bestOffer && !auction,
    soldAt: resolveSoldDate(row),
    endsAt: null,
    url: row.link ?? null,
    imageUrl: row.thumbnail ?? (typeof row.images?.[0] === 'string' ? row.images[0] : null),
    seller: row.seller?.name
      ? {
          name: row.seller.name,
          feedbackScore: toNumber(row.seller.reviews),
          feedbackPercent: toNumber(row.seller.positive_feedback_percent),
        }
      : null,
    condition: row.condition ?? null,
    legacyItemId: id,
  };
  return validListing(candidate, id);
}

/**
 * A 200 body → one page of sold listings. Sponsored rows are dropped, rows are de-duplicated by item_id,
 * `related_results` ("fewer words" matches) are ignored, and a 200 carrying `error` is an empty last page.
 */
export function parseSearchApiResponse(body: unknown, ebayDomain = 'ebay.com'): ProviderPage {
  const parsed = responseSchema.safeParse(body);
  if (
    !parsed.success ||
    (!parsed.data.search_metadata && !parsed.data.organic_results && !parsed.data.error)
  ) {
    throw new ProviderError(
      'PROVIDER_BAD_RESPONSE',
      'searchapi',
      'the response is not a SearchAPI search result',
    );
  }
  const data = parsed.data;
  const warnings: string[] = [];
  const rawRows = data.organic_results ?? [];
  if (data.error && rawRows.length === 0) {
    return { listings: [], hasMore: false, totalResults: 0, warnings: [`searchapi: ${excerpt(data.error)}`] };
  }
  const echoed = data.search_parameters?.filters;
  if (echoed) {
    const tokens = (Array.isArray(echoed) ? echoed : echoed.split(',')).map((t) => t.trim());
    if (!tokens.some((t) => SOLD_TOKENS.includes(t))) {
      throw new ProviderError(
        'PROVIDER_BAD_RESPONSE',
        'searchapi',
        `sold mode not echoed (filters=${excerpt(echoed)})`,
      );
    }
  }
  const currency = DOMAIN_CURRENCY[ebayDomain] ?? 'USD';
  const seen = new Set<string>();
  const listings: Listing[] = [];
  let unreadable = 0;
  for (const raw of rawRows) {
    const row = organicRowSchema.safeParse(raw);
    if (!row.success) {
      unreadable++;
      continue;
    }
    if (isSponsored(row.data)) continue;
    const id = itemId(row.data);
    if (!id) {
      unreadable++;
      continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    const listing = toListing(row.data, id, currency);
    if (typeof listing === 'string') warnings.push(`searchapi: ${listing}`);
    else listings.push(listing);
  }
  if (unreadable > 0)
    warnings.push(`searchapi: ${unreadable} row(s) without a usable item id or shape were skipped`);
  const total = toNumber(data.search_information?.total_results);
  return {
    listings,
    hasMore: Boolean(data.pagination?.next) && rawRows.length > 0,
    totalResults: total === null ? null : Math.round(total),
    warnings,
  };
}

function errorMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown };
    return excerpt(parsed.error ?? body);
  } catch {
    return excerpt(body);
  }
}

export class SearchApiClient implements ProviderClient {
  readonly provider = 'searchapi' as const;
  private readonly url: string;
  private readonly ebayDomain: string;

  constructor(private readonly options: SearchApiClientOptions) {
    this.url = `${options.baseUrl.replace(/\/+$/, '')}/api/v1/search`;
    this.ebayDomain = options.ebayDomain ?? 'ebay.com';
  }

  async fetchPage(
    query: ProviderQuery,
    page: number,
    { signal, beforeCall }: FetchPageOptions = {},
  ): Promise<ProviderFetch> {
    const { apiKey, http, logger } = this.options;
    if (!apiKey) throw new ProviderError('PROVIDER_AUTH', 'searchapi', 'SEARCH_API_KEY is not set');
    await beforeCall?.();
    const started = Date.now();
    const res = await send(http, 'searchapi', this.url, {
      searchParams: buildSearchApiParams(query, page, this.ebayDomain),
      headers: { authorization: `Bearer ${apiKey}` },
      signal,
    });
    logger?.debug(
      { provider: 'searchapi', status: res.status, page, ms: Date.now() - started },
      'provider call',
    );
    if (res.status === 200) {
      const result = parseSearchApiResponse(parseJson('searchapi', res), this.ebayDomain);
      if (result.warnings.length > 0)
        logger?.warn({ provider: 'searchapi', warnings: result.warnings }, 'provider warnings');
      return { page: result, calls: 1 };
    }
    throw this.statusError(res.status, res.body, res.headers);
  }

  private statusError(status: number, body: string, headers: Record<string, string | string[] | undefined>) {
    const message = errorMessage(body);
    const info = { status };
    if (status === 401 || status === 403) {
      return new ProviderError(
        'PROVIDER_AUTH',
        'searchapi',
        `rejected the API key (HTTP ${status}: ${message})`,
        info,
      );
    }
    if (status === 429) {
      return MONTHLY_QUOTA.test(message)
        ? new ProviderError(
            'PROVIDER_QUOTA_EXHAUSTED',
            'searchapi',
            `monthly quota used up (${message})`,
            info,
          )
        : new ProviderError('PROVIDER_RATE_LIMITED', 'searchapi', `throttled (HTTP 429: ${message})`, {
            ...info,
            retryAfterMs: retryAfterMs(headers),
          });
    }
    if (status === 400 || status === 404 || status === 422) {
      return new ProviderError(
        'PROVIDER_BAD_REQUEST',
        'searchapi',
        `rejected the request (HTTP ${status}: ${message})`,
        info,
      );
    }
    if (status >= 500) {
      return new ProviderError('PROVIDER_UNAVAILABLE', 'searchapi', `HTTP ${status}: ${message}`, info);
    }
    return new ProviderError('PROVIDER_BAD_RESPONSE', 'searchapi', `unexpected HTTP ${status}`, info);
  }
}
