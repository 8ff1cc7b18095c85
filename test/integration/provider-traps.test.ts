/**
 * Every trap in providers.md §C, checked over real HTTP against the provider simulator with the
 * production clients (no queue): each test switches the quirk on and compares our listings with the raw
 * body the provider sent.
 */
import { randomUUID } from 'node:crypto';
import {
  DEMO_CREDENTIALS,
  ebayCredentialFingerprint,
  ebayTokenKey,
  type Listing,
  type ProviderQuery,
} from '@kuya/shared';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator } from '../../apps/provider-sim/src/index.ts';
import { buildEbaySearchParams, EbayBrowseClient } from '../../apps/worker/src/providers/ebay.ts';
import { EbayTokenProvider } from '../../apps/worker/src/providers/ebay-token.ts';
import type { ProviderError } from '../../apps/worker/src/providers/errors.ts';
import { createProviderHttp } from '../../apps/worker/src/providers/http.ts';
import { buildSearchApiParams, SearchApiClient } from '../../apps/worker/src/providers/searchapi.ts';
import { testRedisUrl } from '../support/redis.ts';

type Sim = Awaited<ReturnType<typeof startSimulator>>;
type Row = Record<string, unknown>;

let sim: Sim;
let redis: Redis;
const http = createProviderHttp({ requestTimeoutMs: 2000 });
const SOLD_QUERY: ProviderQuery = { q: 'topps chrome', num: 120 };

const searchapi = (apiKey: string = DEMO_CREDENTIALS.SEARCH_API_KEY) =>
  new SearchApiClient({ http, baseUrl: sim.url, apiKey });

/** What the provider actually sent for a SearchAPI page. */
async function rawSold(
  query: ProviderQuery,
  page: number,
): Promise<{ organic_results?: Row[]; [k: string]: unknown }> {
  const url = new URL('/api/v1/search', sim.url);
  for (const [k, v] of Object.entries(buildSearchApiParams(query, page))) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { authorization: `Bearer ${DEMO_CREDENTIALS.SEARCH_API_KEY}` } });
  return res.json() as Promise<{ organic_results?: Row[] }>;
}

/** First dollar amount in a display string, written independently of the client's parser. */
const firstDollars = (text: string) => Number(/\$([\d,]+\.\d{2})/.exec(text)![1]!.replace(/,/g, ''));

const byId = (listings: Listing[]) => new Map(listings.map((l) => [l.legacyItemId!, l]));

beforeAll(async () => {
  sim = await startSimulator();
  redis = new Redis(testRedisUrl());
});
afterAll(async () => {
  redis?.disconnect();
  await sim?.close();
});
afterEach(async () => {
  sim.control.reset();
});

describe('SearchAPI traps (§C.1)', () => {
  it('C.1.1-2 deal mode: prices only in `deal`, single, joined ("$X$Y") or ranged ("$X to $Y")', async () => {
    const plain = byId((await searchapi().fetchPage(SOLD_QUERY, 1)).page.listings);
    sim.control.setFaults({ searchapi: { dealMode: true } });
    const raw = (await rawSold(SOLD_QUERY, 1)).organic_results!.filter((r) => !r.is_sponsored);
    const deal = byId((await searchapi().fetchPage(SOLD_QUERY, 1)).page.listings);
    expect(
      raw.every(
        (r) => r.price === undefined && r.extracted_price === undefined && typeof r.deal === 'string',
      ),
    ).toBe(true);
    const joined = raw.filter((r) => /^\$[\d,.]+\$[\d,.]+$/.test(r.deal as string));
    expect(joined.length).toBeGreaterThan(0);
    for (const row of raw) {
      const listing = deal.get(row.item_id as string)!;
      expect(listing.price, row.deal as string).toBe(firstDollars(row.deal as string));
      expect(listing.price).toBe(plain.get(row.item_id as string)!.price);
    }
  });

  it('C.1.1, C.1.9 price-range rows take the lower bound; ranges in deal mode too', async () => {
    sim.control.setFaults({ searchapi: { priceRangeRows: true } });
    const raw = (await rawSold(SOLD_QUERY, 1)).organic_results!.filter((r) => !r.is_sponsored);
    const ranged = raw.filter((r) => r.is_price_range === true);
    expect(ranged.length).toBeGreaterThan(0);
    const listings = byId((await searchapi().fetchPage(SOLD_QUERY, 1)).page.listings);
    for (const row of ranged) {
      const from = (row.extracted_price_range as { from: number }).from;
      expect(listings.get(row.item_id as string)!.price).toBe(from);
    }
    sim.control.setFaults({ searchapi: { dealMode: true } });
    const dealListings = byId((await searchapi().fetchPage(SOLD_QUERY, 1)).page.listings);
    for (const row of ranged) {
      expect(dealListings.get(row.item_id as string)!.price).toBe(
        (row.extracted_price_range as { from: number }).from,
      );
    }
  });

  it('C.1.3 the sold date is optional: null by default, read when the provider sends one', async () => {
    const without = (await searchapi().fetchPage(SOLD_QUERY, 1)).page.listings;
    expect(without.every((l) => l.soldAt === null)).toBe(true);
    sim.control.setFaults({ searchapi: { soldDates: true } });
    const raw = (await rawSold(SOLD_QUERY, 1)).organic_results!;
    const withDates = byId((await searchapi().fetchPage(SOLD_QUERY, 1)).page.listings);
    const dated = raw.filter(
      (r) => typeof r.extracted_sold_date === 'string' && withDates.has(r.item_id as string),
    );
    expect(dated.length).toBeGreaterThan(0);
    for (const row of dated) {
      expect(withDates.get(row.item_id as string)!.soldAt).toBe(`${row.extracted_sold_date}T00:00:00.000Z`);
    }
  });

  it('C.1.4-5 sold mode is asked for and echoed; "no results" is an empty last page', async () => {
    const raw = await rawSold(SOLD_QUERY, 1);
    expect(String((raw.search_parameters as Row).filters)).toContain('sold_listings');
    const none = await searchapi().fetchPage(
      { q: `zzqx ${randomUUID().slice(0, 8)} nothingmatches`, num: 60 },
      1,
    );
    expect(none.page).toMatchObject({ listings: [], hasMore: false });
    expect(none.calls).toBe(1);
  });

  it('A.2 every parameter combination we send passes strict validation', async () => {
    sim.control.setFaults({ searchapi: { strict: true } });
    const sorts = ['best_match', 'price_asc', 'price_desc', 'newly_listed', 'ending_soonest'] as const;
    for (const [i, sort] of sorts.entries()) {
      const { page } = await searchapi().fetchPage(
        {
          q: 'topps chrome',
          sort,
          num: ([60, 120, 240] as const)[i % 3],
          condition: i % 2 ? 'used' : 'new',
          buyingFormat: (['auction', 'buy_it_now', 'best_offer'] as const)[i % 3],
          priceMin: 1,
          priceMax: 500,
          categoryId: '261328',
        },
        1,
      );
      expect(page.warnings.filter((w) => !w.includes('No results'))).toEqual([]);
    }
  });

  it('C.1.6 a 429 means two things: hourly throttling vs the monthly wall', async () => {
    sim.control.setQuotas({ searchapi: { hourly: 0 } });
    const hourly = (await searchapi()
      .fetchPage(SOLD_QUERY, 1)
      .catch((e: unknown) => e)) as ProviderError;
    expect(hourly.code).toBe('PROVIDER_RATE_LIMITED');
    sim.control.setQuotas({ searchapi: { hourly: 100_000, monthly: 0 } });
    const monthly = (await searchapi()
      .fetchPage(SOLD_QUERY, 1)
      .catch((e: unknown) => e)) as ProviderError;
    expect(monthly.code).toBe('PROVIDER_QUOTA_EXHAUSTED');
  });

  it('C.1.7 5xx and hangs map to retryable codes; the client gives up before the server does', async () => {
    sim.control.setFaults({ searchapi: { errorRate: { 503: 1 } } });
    expect(
      (
        (await searchapi()
          .fetchPage(SOLD_QUERY, 1)
          .catch((e: unknown) => e)) as ProviderError
      ).code,
    ).toBe('PROVIDER_UNAVAILABLE');
    sim.control.setFaults({ searchapi: { errorRate: { 503: 0 }, hang: 1 } });
    const impatient = new SearchApiClient({
      http: createProviderHttp({ requestTimeoutMs: 300 }),
      baseUrl: sim.url,
      apiKey: DEMO_CREDENTIALS.SEARCH_API_KEY,
    });
    const started = Date.now();
    expect(((await impatient.fetchPage(SOLD_QUERY, 1).catch((e: unknown) => e)) as ProviderError).code).toBe(
      'PROVIDER_TIMEOUT',
    );
    expect(Date.now() - started).toBeLessThan(1500);
    sim.control.setFaults({ searchapi: { hang: 0, malformedJson: 1 } });
    expect(
      (
        (await searchapi()
          .fetchPage(SOLD_QUERY, 1)
          .catch((e: unknown) => e)) as ProviderError
      ).code,
    ).toBe('PROVIDER_BAD_RESPONSE');
  });

  it('C.1.8 pagination stops at the missing `next`, pages de-duplicate by item_id', async () => {
    sim.control.setFaults({ searchapi: { duplicatesAcrossPages: true } });
    const query = { q: 'elly de la cruz', num: 120 };
    const seen = new Set<string>();
    let page = 1;
    let last = false;
    for (; page <= 10 && !last; page++) {
      const { page: result } = await searchapi().fetchPage(query, page);
      const ids = result.listings.map((l) => l.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) seen.add(id);
      const raw = await rawSold(query, page);
      expect(result.hasMore).toBe(Boolean((raw.pagination as Row | undefined)?.next));
      last = !result.hasMore;
    }
    expect(last).toBe(true);
    expect(seen.size).toBeGreaterThan(120);
  });

  it('C.1.9 sponsored rows are dropped', async () => {
    const raw = (await rawSold(SOLD_QUERY, 1)).organic_results!;
    const sponsored = raw.filter((r) => r.is_sponsored === true || r.tag === 'SPONSORED');
    expect(sponsored.length).toBeGreaterThan(0);
    const listings = byId((await searchapi().fetchPage(SOLD_QUERY, 1)).page.listings);
    for (const row of sponsored) expect(listings.has(row.item_id as string)).toBe(false);
  });

  it('C.1.10 a wrong key is one call and PROVIDER_AUTH', async () => {
    const since = Date.now();
    const err = (await searchapi('not-a-key')
      .fetchPage(SOLD_QUERY, 1)
      .catch((e: unknown) => e)) as ProviderError;
    expect(err.code).toBe('PROVIDER_AUTH');
    expect(sim.control.counters({ since, endpoint: 'searchapi.search' }).calls).toHaveLength(1);
  });
});

describe('eBay traps (§C.2)', () => {
  const ACTIVE_QUERY: ProviderQuery = { q: 'topps chrome', num: 100 };
  const tokenProvider = (
    credentials: { appId: string; certId: string } = {
      appId: DEMO_CREDENTIALS.EBAY_APP_ID,
      certId: DEMO_CREDENTIALS.EBAY_CERT_ID,
    },
  ) => new EbayTokenProvider({ http, redis, baseUrl: sim.url, credentials });
  const ebay = (tokens = tokenProvider()) => new EbayBrowseClient({ http, baseUrl: sim.url, tokens });

  beforeEach(async () => {
    // The simulator's reset forgets its tokens; start each test without a cached one.
    await redis.del(ebayTokenKey(ebayCredentialFingerprint(sim.url, DEMO_CREDENTIALS.EBAY_APP_ID)));
  });

  async function rawActive(tokens: EbayTokenProvider, query: ProviderQuery, page: number): Promise<Row> {
    const url = new URL('/buy/browse/v1/item_summary/search', sim.url);
    for (const [k, v] of Object.entries(buildEbaySearchParams(query, page))) url.searchParams.set(k, v);
    const res = await fetch(url, { headers: { authorization: `Bearer ${await tokens.getToken()}` } });
    return res.json() as Promise<Row>;
  }

  it('C.2.1 an expired token (401 1001) is re-minted once and the search retried once', async () => {
    const tokens = tokenProvider();
    await ebay(tokens).fetchPage(ACTIVE_QUERY, 1);
    sim.control.advanceClock(7201_000);
    const since = Date.now();
    const { calls, page } = await ebay(tokens).fetchPage(ACTIVE_QUERY, 1);
    expect(calls).toBe(2);
    expect(page.listings.length).toBeGreaterThan(0);
    const log = sim.control.counters({ since }).calls;
    expect(log.map((c) => `${c.endpoint} ${c.status}`)).toEqual([
      'ebay.search 401',
      'ebay.token 200',
      'ebay.search 200',
    ]);
  });

  it('C.2.2 sandbox keys against the production host are PROVIDER_AUTH at the token endpoint', async () => {
    const sandbox = tokenProvider({ appId: 'demo-ebay-app-id-SBX', certId: 'demo-ebay-cert-id-SBX' });
    const err = (await ebay(sandbox)
      .fetchPage(ACTIVE_QUERY, 1)
      .catch((e: unknown) => e)) as ProviderError;
    expect(err.code).toBe('PROVIDER_AUTH');
    expect(err.message).toContain('invalid_client');
  });

  it('C.2.3-4, C.2.6, C.2.9, C.2.11 auctions included and bid-priced, decimals parsed, no filter warnings', async () => {
    const tokens = tokenProvider();
    const query = { ...ACTIVE_QUERY, priceMin: 1, priceMax: 5000 };
    const raw = await rawActive(tokens, query, 1);
    const { page } = await ebay(tokens).fetchPage(query, 1);
    expect(raw.warnings).toBeUndefined();
    expect(page.warnings).toEqual([]);
    const items = raw.itemSummaries as Row[];
    const listings = byId(page.listings);
    const auctions = items.filter((i) => (i.buyingOptions as string[]).includes('AUCTION'));
    expect(auctions.length).toBeGreaterThan(0);
    for (const item of items) {
      const listing = listings.get(item.legacyItemId as string)!;
      expect(listing.id).toBe(`ebay:${item.legacyItemId}`);
      const auction = (item.buyingOptions as string[]).includes('AUCTION');
      const amount = (auction ? (item.currentBidPrice ?? item.price) : item.price) as {
        value: string;
        currency: string;
      };
      expect(typeof amount.value).toBe('string');
      expect(listing.price).toBe(Number(amount.value));
      expect(listing.currency).toBe(amount.currency);
      expect(listing.buyingFormat).toBe(auction ? 'auction' : 'buy_it_now');
      if (auction) expect(listing.bids).toBe(item.bidCount);
    }
  });

  it('C.2.4 every filter combination we build parses without warnings', async () => {
    const sorts = ['best_match', 'price_asc', 'price_desc', 'newly_listed', 'ending_soonest'] as const;
    const client = ebay();
    for (const [i, sort] of sorts.entries()) {
      const { page } = await client.fetchPage(
        {
          q: 'topps chrome',
          sort,
          num: 25,
          condition: i % 2 ? 'used' : 'new',
          buyingFormat: (['auction', 'buy_it_now', 'best_offer'] as const)[i % 3],
          ...(i % 2 ? { priceMin: 5 } : { priceMax: 900 }),
        },
        2,
      );
      expect(page.warnings).toEqual([]);
    }
  });

  it('C.2.8 CALCULATED shipping is unknown, not free', async () => {
    const tokens = tokenProvider();
    const raw = await rawActive(tokens, ACTIVE_QUERY, 1);
    const { page } = await ebay(tokens).fetchPage(ACTIVE_QUERY, 1);
    const listings = byId(page.listings);
    const calculated = (raw.itemSummaries as Row[]).filter(
      (i) => (i.shippingOptions as Row[] | undefined)?.[0]?.shippingCostType === 'CALCULATED',
    );
    expect(calculated.length).toBeGreaterThan(0);
    for (const item of calculated) expect(listings.get(item.legacyItemId as string)!.shipping).toBeNull();
  });

  it('C.2.5 pages follow `next`; a bogus 12515 on a valid offset is PROVIDER_BAD_REQUEST with its id', async () => {
    const tokens = tokenProvider();
    const first = await ebay(tokens).fetchPage({ ...ACTIVE_QUERY, num: 10 }, 1);
    expect(first.page.hasMore).toBe(true);
    sim.control.setFaults({ ebay: { intermittent12515: 1 } });
    const err = (await ebay(tokens)
      .fetchPage({ ...ACTIVE_QUERY, num: 10 }, 2)
      .catch((e: unknown) => e)) as ProviderError;
    expect([err.code, err.info.providerErrorId]).toEqual(['PROVIDER_BAD_REQUEST', 12515]);
  });

  it('C.2.10 429 errorId 2001 is the daily quota: PROVIDER_QUOTA_EXHAUSTED; 500/12000 is retryable', async () => {
    sim.control.setQuotas({ ebay: { daily: 0 } });
    const quota = (await ebay()
      .fetchPage(ACTIVE_QUERY, 1)
      .catch((e: unknown) => e)) as ProviderError;
    expect(quota.code).toBe('PROVIDER_QUOTA_EXHAUSTED');
    sim.control.setQuotas({ ebay: { daily: 5000 } });
    sim.control.setFaults({ ebay: { errorRate: { 500: 1 } } });
    const down = (await ebay()
      .fetchPage(ACTIVE_QUERY, 1)
      .catch((e: unknown) => e)) as ProviderError;
    expect([down.code, down.info.providerErrorId]).toEqual(['PROVIDER_UNAVAILABLE', 12000]);
  });
});
