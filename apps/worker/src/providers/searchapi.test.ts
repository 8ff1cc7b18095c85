import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type HttpStub, startHttpStub } from '../../../../test/support/http-stub.ts';
import { ProviderError } from './errors.ts';
import { createProviderHttp } from './http.ts';
import { buildSearchApiParams, parseSearchApiResponse, SearchApiClient } from './searchapi.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));

describe('SearchAPI response parsing', () => {
  it('reads the documented example (A.8), including the deal-only sold row', () => {
    const page = parseSearchApiResponse(fixture('searchapi-sold.json'));
    expect(page.hasMore).toBe(true);
    expect(page.totalResults).toBe(1843);
    expect(page.warnings).toEqual([]);
    expect(page.listings).toHaveLength(2);
    expect(page.listings[0]).toEqual({
      id: 'searchapi:286123456789',
      provider: 'searchapi',
      kind: 'sold',
      title: '2024 Topps Chrome Elly De La Cruz #150 Refractor',
      price: 24.5,
      shipping: 4.99,
      currency: 'USD',
      allInPrice: 29.49,
      buyingFormat: 'auction',
      buyingOptions: ['auction'],
      bids: 7,
      bestOfferAccepted: false,
      soldAt: null,
      endsAt: null,
      url: 'https://www.ebay.com/itm/286123456789',
      imageUrl: 'https://i.ebayimg.com/images/g/AbCAAOSwXyZlQ1/s-l500.webp',
      seller: { name: 'cardshop_usa', feedbackScore: 15422, feedbackPercent: 99.8 },
      condition: 'Pre-Owned',
      legacyItemId: '286123456789',
    });
    expect(page.listings[1]).toMatchObject({
      price: 2.27,
      shipping: 0,
      allInPrice: 2.27,
      buyingFormat: 'best_offer',
      buyingOptions: ['buy_it_now', 'best_offer'],
      bestOfferAccepted: true,
    });
  });

  it('handles the §C.1 traps: deal mode, ranges, joined prices, sponsored, duplicates, currencies, dates', () => {
    const page = parseSearchApiResponse(fixture('searchapi-traps.json'));
    const byId = Object.fromEntries(page.listings.map((l) => [l.legacyItemId, l]));
    expect(Object.keys(byId).sort()).toEqual([
      '100000000001',
      '100000000002',
      '100000000003',
      '100000000004',
      '100000000005',
      '100000000006',
      '100000000007',
      '100000000011',
      '100000000013',
      '100000000014',
    ]);
    expect(byId['100000000001']).toMatchObject({
      price: 120,
      shipping: 4.99,
      allInPrice: 124.99,
      title: 'Deal single',
    });
    expect(byId['100000000002']).toMatchObject({ price: 0.99, shipping: 0 });
    expect(byId['100000000003']).toMatchObject({ price: 3.39, shipping: null, bestOfferAccepted: true });
    expect(byId['100000000004']).toMatchObject({ price: 5.25, shipping: 1.5 });
    expect(byId['100000000005']).toMatchObject({
      price: 1234.56,
      shipping: 0,
      buyingFormat: 'auction',
      bids: 31,
    });
    expect(byId['100000000006']).toMatchObject({ price: 45, currency: 'CAD', shipping: 12 });
    expect(byId['100000000007']).toMatchObject({
      price: 8.99,
      currency: 'GBP',
      soldAt: '2026-03-03T00:00:00.000Z',
    });
    expect(byId['100000000011']).toMatchObject({ price: 15, soldAt: '2026-02-27T00:00:00.000Z' });
    expect(byId['100000000013']).toMatchObject({
      price: 7.5,
      currency: 'EUR',
      soldAt: '2026-02-12T00:00:00.000Z',
    });
    expect(byId['100000000014']).toMatchObject({ price: 2000, title: '<img src=x onerror=alert(1)> Wemby' });
    // The duplicate keeps the first row; related_results never leak in.
    expect(page.listings.some((l) => l.legacyItemId === '900000000001')).toBe(false);
    expect(page.warnings).toEqual(['searchapi: item 100000000012 has no readable price']);
    expect(page.hasMore).toBe(false);
  });

  it('reads a 200 carrying `error` as an empty last page', () => {
    expect(parseSearchApiResponse(fixture('searchapi-no-results.json'))).toEqual({
      listings: [],
      hasMore: false,
      totalResults: 0,
      warnings: ['searchapi: No results found for this query.'],
    });
  });

  it('fails loudly when the echoed parameters show sold mode was not applied', () => {
    const body = fixture('searchapi-sold.json') as { search_parameters: { filters: string } };
    body.search_parameters.filters = 'free_shipping';
    expect(() => parseSearchApiResponse(body)).toThrow(
      /PROVIDER_BAD_RESPONSE: searchapi: sold mode not echoed/,
    );
  });

  it('rejects a body that is not a search result', () => {
    expect(() => parseSearchApiResponse({ hello: 'world' })).toThrow(/^PROVIDER_BAD_RESPONSE/);
    expect(() => parseSearchApiResponse({ organic_results: 'nope', search_metadata: {} })).toThrow(
      /^PROVIDER_BAD_RESPONSE/,
    );
  });
});

describe('SearchAPI request', () => {
  it('sends the sold filter, page size, page and mapped filters', () => {
    expect(
      buildSearchApiParams(
        {
          q: 'elly de la cruz',
          num: 240,
          sort: 'price_asc',
          buyingFormat: 'auction',
          condition: 'new',
          priceMin: 10,
          priceMax: 99.5,
          categoryId: '261328',
        },
        2,
      ),
    ).toEqual({
      engine: 'ebay_search',
      q: 'elly de la cruz',
      filters: 'sold_listings',
      ebay_domain: 'ebay.com',
      num: '240',
      page: '2',
      sort_by: 'price_shipping_low_to_high',
      category_id: '261328',
      condition: 'new',
      buying_format: 'auction',
      price_min: '10',
      price_max: '99.5',
    });
  });
});

describe('SearchAPI client over HTTP', () => {
  let stub: HttpStub;
  const http = createProviderHttp({ requestTimeoutMs: 500 });
  const client = () => new SearchApiClient({ http, baseUrl: stub.url, apiKey: 'k-123' });
  const query = { q: 'elly de la cruz', num: 120 };

  beforeAll(async () => {
    stub = await startHttpStub();
  });
  afterAll(() => stub.close());

  const failure = async (reply: Parameters<HttpStub['handle']>[0]) => {
    stub.handle(reply);
    return client()
      .fetchPage(query, 1)
      .then(
        () => {
          throw new Error('expected a failure');
        },
        (err: unknown) => err as ProviderError,
      );
  };

  it('puts the key in the Authorization header only, and counts one call', async () => {
    stub.handle(() => ({ body: fixture('searchapi-sold.json') }));
    let reserved = 0;
    const { page, calls } = await client().fetchPage(query, 1, {
      beforeCall: async () => {
        reserved++;
      },
    });
    const req = stub.requests.at(-1)!;
    expect(req.url.pathname).toBe('/api/v1/search');
    expect(req.headers.authorization).toBe('Bearer k-123');
    expect(req.url.search).not.toContain('k-123');
    expect(req.url.searchParams.get('api_key')).toBeNull();
    expect(req.url.searchParams.get('filters')).toBe('sold_listings');
    expect(page.listings).toHaveLength(2);
    expect([calls, reserved]).toEqual([1, 1]);
  });

  it('maps statuses to catalogue codes', async () => {
    expect((await failure(() => ({ status: 401, body: { error: 'Invalid API key' } }))).code).toBe(
      'PROVIDER_AUTH',
    );
    expect((await failure(() => ({ status: 400, body: { error: 'bad num' } }))).code).toBe(
      'PROVIDER_BAD_REQUEST',
    );
    expect((await failure(() => ({ status: 500, body: { error: 'Internal' } }))).code).toBe(
      'PROVIDER_UNAVAILABLE',
    );
    expect((await failure(() => ({ status: 503, body: { error: 'Timeout' } }))).code).toBe(
      'PROVIDER_UNAVAILABLE',
    );
    expect((await failure(() => ({ status: 200, body: '{"organic_results": [' }))).code).toBe(
      'PROVIDER_BAD_RESPONSE',
    );
    expect((await failure(() => ({ delayMs: 1500, body: {} }))).code).toBe('PROVIDER_TIMEOUT');
  });

  it('tells the monthly wall from throttling, and honours Retry-After', async () => {
    const monthly = await failure(() => ({
      status: 429,
      body: {
        error: 'You have used all of the searches for the month. Please upgrade your plan on SearchApi.io.',
      },
    }));
    expect(monthly.code).toBe('PROVIDER_QUOTA_EXHAUSTED');
    expect(monthly.message).toMatch(/^PROVIDER_QUOTA_EXHAUSTED: searchapi: monthly quota used up/);
    const hourly = await failure(() => ({
      status: 429,
      headers: { 'retry-after': '7' },
      body: { error: 'Too many requests this hour' },
    }));
    expect(hourly.code).toBe('PROVIDER_RATE_LIMITED');
    expect(hourly.info.retryAfterMs).toBe(7000);
  });

  it('without a key fails with PROVIDER_AUTH and makes no call', async () => {
    const before = stub.requests.length;
    const err = await new SearchApiClient({ http, baseUrl: stub.url, apiKey: undefined })
      .fetchPage(query, 1)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect((err as ProviderError).code).toBe('PROVIDER_AUTH');
    expect(stub.requests.length).toBe(before);
  });
});
