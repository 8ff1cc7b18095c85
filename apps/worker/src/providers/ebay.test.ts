import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ebayCredentialFingerprint, ebayTokenKey } from '@kuya/shared';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type HttpStub, type StubRequest, startHttpStub } from '../../../../test/support/http-stub.ts';
import { testRedisUrl } from '../../../../test/support/redis.ts';
import { buildEbaySearchParams, EbayBrowseClient, parseEbayResponse } from './ebay.ts';
import { EBAY_SCOPE, EbayTokenProvider } from './ebay-token.ts';
import type { ProviderError } from './errors.ts';
import { createProviderHttp } from './http.ts';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'));

describe('eBay Browse response parsing', () => {
  it('reads the documented example (B.3): string decimals, FIXED shipping, auction bid', () => {
    const page = parseEbayResponse(fixture('ebay-search.json'));
    expect(page).toMatchObject({ hasMore: true, totalResults: 3410, warnings: [] });
    expect(page.listings[0]).toEqual({
      id: 'ebay:334691749565',
      provider: 'ebay',
      kind: 'active',
      title: '2024 Topps Chrome Elly De La Cruz #150',
      price: 27.99,
      shipping: 0,
      currency: 'USD',
      allInPrice: 27.99,
      buyingFormat: 'buy_it_now',
      buyingOptions: ['buy_it_now', 'best_offer'],
      bids: null,
      bestOfferAccepted: false,
      soldAt: null,
      endsAt: null,
      url: 'https://www.ebay.com/itm/334691749565',
      imageUrl: 'https://i.ebayimg.com/thumbs/images/g/XTEAAOSwAPBgrTPy/s-l225.jpg',
      seller: { name: 'cardshop_usa', feedbackScore: 31327, feedbackPercent: 99.9 },
      condition: 'Ungraded',
      legacyItemId: '334691749565',
    });
    expect(page.listings[1]).toMatchObject({
      price: 18.5,
      shipping: 4.99,
      allInPrice: 23.49,
      buyingFormat: 'auction',
      bids: 6,
      endsAt: '2026-03-16T02:14:00.000Z',
    });
  });

  it('handles the §C.2 traps: CALCULATED shipping, bid-priced auctions, currencies, variations, warnings', () => {
    const page = parseEbayResponse(fixture('ebay-traps.json'));
    const byId = Object.fromEntries(page.listings.map((l) => [l.legacyItemId, l]));
    expect(Object.keys(byId)).toEqual([
      '200000000001',
      '200000000002',
      '200000000003',
      '200000000004',
      '200000000005',
    ]);
    expect(byId['200000000001']).toMatchObject({ price: 105, shipping: null, allInPrice: 105 });
    expect(byId['200000000002']).toMatchObject({ price: 1250, bids: 23, buyingFormat: 'auction' });
    expect(byId['200000000003']).toMatchObject({
      price: 9.5,
      shipping: 10.25,
      bids: 0,
      buyingFormat: 'auction',
      buyingOptions: ['auction', 'buy_it_now'],
    });
    expect(byId['200000000004']).toMatchObject({
      price: 9.5,
      currency: 'GBP',
      shipping: null,
      title: 'No shipping options',
    });
    expect(byId['200000000005']).toMatchObject({ price: 1000.1, id: 'ebay:200000000005' });
    expect(page.warnings).toEqual([
      "ebay warning 12012 A valid 'price' filter and a valid 'priceCurrency' filter is necessary to filter based on price.",
      'ebay: item 200000000006 has no readable price',
    ]);
    expect(page.hasMore).toBe(false);
    expect(page.totalResults).toBe(137);
  });

  it('rejects a body that is not a search result', () => {
    expect(() => parseEbayResponse({ foo: 1 })).toThrow(/^PROVIDER_BAD_RESPONSE: ebay/);
    expect(() => parseEbayResponse([])).toThrow(/^PROVIDER_BAD_RESPONSE: ebay/);
  });
});

describe('eBay Browse request', () => {
  it('asks for auctions and fixed price in one filter, with limit and offset', () => {
    expect(buildEbaySearchParams({ q: 'wembanyama prizm' }, 1)).toEqual({
      q: 'wembanyama prizm',
      limit: '200',
      offset: '0',
      filter: 'buyingOptions:{AUCTION|FIXED_PRICE},itemLocationCountry:US',
    });
  });

  it('adds priceCurrency to every price range, and maps format, condition, category and sort', () => {
    const params = buildEbaySearchParams(
      {
        q: 'x',
        num: 50,
        priceMin: 10,
        priceMax: 50,
        buyingFormat: 'auction',
        condition: 'used',
        categoryId: '261328',
        sort: 'ending_soonest',
      },
      3,
    );
    expect(params).toEqual({
      q: 'x',
      limit: '50',
      offset: '100',
      filter:
        'buyingOptions:{AUCTION},price:[10..50],priceCurrency:USD,conditions:{USED},itemLocationCountry:US',
      category_ids: '261328',
      sort: 'endingSoonest',
    });
    expect(buildEbaySearchParams({ q: 'x', priceMin: 10 }, 1).filter).toContain(
      'price:[10],priceCurrency:USD',
    );
    expect(buildEbaySearchParams({ q: 'x', priceMax: 50 }, 1).filter).toContain(
      'price:[..50],priceCurrency:USD',
    );
  });
});

describe('eBay client and shared token over HTTP', () => {
  let stub: HttpStub;
  let redis: Redis;
  const http = createProviderHttp({ requestTimeoutMs: 2000 });
  let appId: string;
  let minted: number;
  let searchReply: (req: StubRequest) => { status: number; body: unknown };

  const tokens = (overrides: Partial<ConstructorParameters<typeof EbayTokenProvider>[0]> = {}) =>
    new EbayTokenProvider({
      http,
      redis,
      baseUrl: stub.url,
      credentials: { appId, certId: 'cert-1' },
      ...overrides,
    });
  const client = (tokenProvider = tokens()) =>
    new EbayBrowseClient({ http, baseUrl: stub.url, tokens: tokenProvider });
  const searches = () => stub.requests.filter((r) => r.url.pathname === '/buy/browse/v1/item_summary/search');
  const tokenCalls = () => stub.requests.filter((r) => r.url.pathname === '/identity/v1/oauth2/token');

  beforeAll(async () => {
    redis = new Redis(testRedisUrl());
    stub = await startHttpStub((req) => {
      if (req.url.pathname === '/identity/v1/oauth2/token') {
        const expected = `Basic ${Buffer.from(`${appId}:cert-1`).toString('base64')}`;
        if (req.headers.authorization !== expected) {
          return {
            status: 401,
            body: { error: 'invalid_client', error_description: 'client authentication failed' },
          };
        }
        minted++;
        return {
          delayMs: 100,
          body: {
            access_token: `v^1.1#i^1#token-${minted}`,
            expires_in: 7200,
            token_type: 'Application Access Token',
          },
        };
      }
      return searchReply(req);
    });
  });
  afterAll(async () => {
    await stub.close();
    redis.disconnect();
  });
  beforeEach(() => {
    appId = `app-${randomUUID()}`;
    minted = 0;
    stub.requests.length = 0;
    searchReply = () => ({ status: 200, body: fixture('ebay-search.json') });
  });

  it('mints with Basic auth, form body and the api_scope; searches with one filter parameter', async () => {
    const { page, calls } = await client().fetchPage({ q: 'elly', num: 50 }, 2);
    expect([calls, page.listings.length]).toEqual([1, 2]);
    const [mint] = tokenCalls();
    expect(mint!.method).toBe('POST');
    expect(mint!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(mint!.body))).toEqual({
      grant_type: 'client_credentials',
      scope: EBAY_SCOPE,
    });
    const [search] = searches();
    expect(search!.headers.authorization).toBe('Bearer v^1.1#i^1#token-1');
    expect(search!.url.searchParams.getAll('filter')).toEqual([
      'buyingOptions:{AUCTION|FIXED_PRICE},itemLocationCountry:US',
    ]);
    expect(search!.url.searchParams.get('offset')).toBe('50');
  });

  it('mints one token for many concurrent callers in several processes', async () => {
    const processes = [tokens(), tokens(), tokens()];
    const got = await Promise.all(processes.flatMap((p) => Array.from({ length: 20 }, () => p.getToken())));
    expect(new Set(got)).toEqual(new Set(['v^1.1#i^1#token-1']));
    expect(tokenCalls()).toHaveLength(1);
  });

  it('refreshes early: a token within the margin of expiry is replaced before it fails', async () => {
    const provider = tokens();
    expect(await provider.getToken()).toBe('v^1.1#i^1#token-1');
    const key = ebayTokenKey(ebayCredentialFingerprint(stub.url, appId));
    await redis.set(
      key,
      JSON.stringify({ accessToken: 'v^1.1#i^1#token-1', expiresAt: Date.now() + 200_000 }),
    );
    expect(await provider.getToken()).toBe('v^1.1#i^1#token-2');
  });

  it('on 401 errorId 1001 invalidates, mints once and retries once', async () => {
    searchReply = (req) =>
      req.headers.authorization === 'Bearer v^1.1#i^1#token-1'
        ? {
            status: 401,
            body: { errors: [{ errorId: 1001, domain: 'OAuth', message: 'Invalid access token' }] },
          }
        : { status: 200, body: fixture('ebay-search.json') };
    let reserved = 0;
    const { calls } = await client().fetchPage({ q: 'elly' }, 1, {
      beforeCall: async () => {
        reserved++;
      },
    });
    expect([calls, reserved, tokenCalls().length, searches().length]).toEqual([2, 2, 2, 2]);
  });

  it('a second 401 is PROVIDER_AUTH, without a third call', async () => {
    searchReply = () => ({
      status: 401,
      body: { errors: [{ errorId: 1001, message: 'Invalid access token' }] },
    });
    const err = (await client()
      .fetchPage({ q: 'elly' }, 1)
      .catch((e: unknown) => e)) as ProviderError;
    expect(err.code).toBe('PROVIDER_AUTH');
    expect(searches()).toHaveLength(2);
  });

  it('wrong credentials fail with PROVIDER_AUTH at the token endpoint', async () => {
    const bad = tokens({ credentials: { appId, certId: 'wrong' } });
    const err = (await client(bad)
      .fetchPage({ q: 'elly' }, 1)
      .catch((e: unknown) => e)) as ProviderError;
    expect(err.code).toBe('PROVIDER_AUTH');
    expect(err.message).toContain('invalid_client');
    expect([tokenCalls().length, searches().length]).toEqual([1, 0]);
  });

  it('maps 429/2001 to quota exhausted, other 429s to rate limited, 500 and 400/12515', async () => {
    const codeFor = async (status: number, errorId: number) => {
      searchReply = () => ({ status, body: { errors: [{ errorId, domain: 'ACCESS', message: 'x' }] } });
      return (await client()
        .fetchPage({ q: 'elly' }, 1)
        .catch((e: unknown) => e)) as ProviderError;
    };
    expect((await codeFor(429, 2001)).code).toBe('PROVIDER_QUOTA_EXHAUSTED');
    expect((await codeFor(429, 9999)).code).toBe('PROVIDER_RATE_LIMITED');
    expect((await codeFor(500, 12000)).code).toBe('PROVIDER_UNAVAILABLE');
    const offset = await codeFor(400, 12515);
    expect([offset.code, offset.info.providerErrorId]).toEqual(['PROVIDER_BAD_REQUEST', 12515]);
  });
});
