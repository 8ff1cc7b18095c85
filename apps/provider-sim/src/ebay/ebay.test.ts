import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../index.ts';
import {
  API_SCOPE,
  browse,
  EBAY_SANDBOX_APP,
  getJson,
  type Json,
  mintToken,
  tokenRequest,
} from '../test-helpers.ts';

const Q = '2024 topps chrome elly de la cruz';
const BOTH = 'buyingOptions:{AUCTION|FIXED_PRICE}';

let sim: Simulator;
let token: string;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.close());
beforeEach(async () => {
  sim.control.reset();
  token = await mintToken(sim.url);
});

const items = (body: Json): Json[] => body.itemSummaries ?? [];
const errorOf = (body: Json) => body.errors[0];

describe('eBay OAuth token endpoint', () => {
  it('mints an Application Access Token for client credentials', async () => {
    const res = await tokenRequest(sim.url);
    expect(res.status).toBe(200);
    expect(res.body.access_token).toMatch(/^v\^1\.1#i\^1#/);
    expect(res.body.access_token.length).toBeGreaterThan(1000);
    expect(res.body.expires_in).toBe(7200);
    expect(res.body.token_type).toBe('Application Access Token');
  });

  it('requires a form-encoded body', async () => {
    const res = await tokenRequest(sim.url, { contentType: 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('invalid_request');
  });

  it('rejects bad credentials with 401 invalid_client', async () => {
    const wrong = await tokenRequest(sim.url, { secret: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({
      error: 'invalid_client',
      error_description: 'client authentication failed',
    });
    const none = await getJson(`${sim.url}/identity/v1/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `grant_type=client_credentials&scope=${encodeURIComponent(API_SCOPE)}`,
    });
    expect(none.status).toBe(401);
    expect(none.body.error).toBe('invalid_client');
  });

  it('rejects other grants with 400 unsupported_grant_type', async () => {
    const res = await tokenRequest(sim.url, { grant: 'authorization_code' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      error: 'unsupported_grant_type',
      error_description: 'grant type in request is not supported by the authorization server',
    });
  });

  it('rejects a missing or unknown scope with 400 invalid_scope', async () => {
    for (const scope of ['', 'https://api.ebay.com/oauth/api_scope/sell.inventory', 'openid']) {
      const res = await tokenRequest(sim.url, { scope });
      expect(res.status).toBe(400);
      expect(res.body.error).toBe('invalid_scope');
    }
  });

  it('keeps sandbox and production keys and hosts apart', async () => {
    const sbxOnProd = await tokenRequest(sim.url, {
      id: EBAY_SANDBOX_APP.id,
      secret: EBAY_SANDBOX_APP.secret,
    });
    expect(sbxOnProd.status).toBe(401);
    expect(sbxOnProd.body.error).toBe('invalid_client');
    const prodOnSbx = await tokenRequest(sim.url, { path: '/sandbox' });
    expect(prodOnSbx.status).toBe(401);
    const sbx = await mintToken(sim.url, {
      id: EBAY_SANDBOX_APP.id,
      secret: EBAY_SANDBOX_APP.secret,
      path: '/sandbox',
    });
    const onProd = await browse(sim.url, sbx, { q: 'trout' });
    expect(onProd.status).toBe(401);
    const onSbx = await browse(sim.url, sbx, { q: 'topps', limit: 200 }, {}, '/sandbox');
    expect(onSbx.status).toBe(200);
    expect(onSbx.body.href).toMatch(/^https:\/\/api\.sandbox\.ebay\.com\//);
    const prod = await browse(sim.url, token, { q: 'topps', limit: 200 });
    expect(onSbx.body.total).toBeLessThan(prod.body.total / 10);
  });

  it('tokens really expire after expires_in on the simulated clock', async () => {
    expect((await browse(sim.url, token, { q: Q })).status).toBe(200);
    sim.control.advanceClock(7_199_000);
    expect((await browse(sim.url, token, { q: Q })).status).toBe(200);
    sim.control.advanceClock(2_000);
    const expired = await browse(sim.url, token, { q: Q });
    expect(expired.status).toBe(401);
    expect(errorOf(expired.body).errorId).toBe(1001);
  });
});

describe('eBay Browse auth', () => {
  it('answers 401 errorId 1001 for a missing or unknown bearer', async () => {
    const expected = {
      errors: [
        {
          errorId: 1001,
          domain: 'OAuth',
          category: 'REQUEST',
          message: 'Invalid access token',
          longMessage: 'Invalid access token. Check the value of the Authorization HTTP request header.',
        },
      ],
    };
    const missing = await getJson(`${sim.url}/buy/browse/v1/item_summary/search?q=trout`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    expect(missing.body).toEqual(expected);
    const unknown = await browse(sim.url, 'v^1.1#i^1#forged', { q: 'trout' });
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(expected);
  });

  it('answers 403 errorId 1100 for a token without the api_scope', async () => {
    const narrow = await mintToken(sim.url, { scope: 'https://api.ebay.com/oauth/api_scope/buy.item.feed' });
    const res = await browse(sim.url, narrow, { q: 'trout' });
    expect(res.status).toBe(403);
    expect(errorOf(res.body)).toMatchObject({ errorId: 1100, domain: 'ACCESS', message: 'Access denied' });
  });
});

describe('eBay Browse headers', () => {
  it('defaults a missing or invalid marketplace to EBAY_US, and converts for another marketplace', async () => {
    const us = items((await browse(sim.url, token, { q: Q, limit: 5 })).body);
    const invalid = items(
      (await browse(sim.url, token, { q: Q, limit: 5 }, { 'X-EBAY-C-MARKETPLACE-ID': 'EBAY_MOON' })).body,
    );
    expect(invalid).toEqual(us);
    expect(us.every((i) => i.price.currency === 'USD')).toBe(true);
    const gb = items(
      (await browse(sim.url, token, { q: Q, limit: 5 }, { 'X-EBAY-C-MARKETPLACE-ID': 'EBAY_GB' })).body,
    );
    expect(gb[0].price.currency).toBe('GBP');
    expect(gb[0].price.convertedFromCurrency).toBe('USD');
    expect(gb[0].price.convertedFromValue).toBe(us[0].price.value);
  });

  it('parses X-EBAY-C-ENDUSERCTX: affiliate URLs and location-based shipping', async () => {
    const params = { q: 'topps', limit: 200, filter: BOTH };
    const plain = items((await browse(sim.url, token, params)).body);
    expect(plain.some((i) => 'itemAffiliateWebUrl' in i)).toBe(false);
    const calculated = plain.filter((i) => i.shippingOptions?.[0]?.shippingCostType === 'CALCULATED');
    expect(calculated.length).toBeGreaterThan(0);
    expect(calculated.every((i) => i.shippingOptions[0].shippingCost.value === '0.00')).toBe(true);
    const ctx =
      'affiliateCampaignId=5338712345,affiliateReferenceId=kuya,contextualLocation=country%3DUS%2Czip%3D19406';
    const located = items((await browse(sim.url, token, params, { 'X-EBAY-C-ENDUSERCTX': ctx })).body);
    expect(located.every((i) => i.itemAffiliateWebUrl.includes('campid=5338712345'))).toBe(true);
    const again = located.filter((i) => i.shippingOptions?.[0]?.shippingCostType === 'CALCULATED');
    expect(again.every((i) => Number(i.shippingOptions[0].shippingCost.value) > 0)).toBe(true);
  });
});

describe('eBay Browse validation', () => {
  const cases: [string, Record<string, string | number>, number, number][] = [
    ['no q, category_ids, epid or gtin', { limit: 10 }, 400, 12001],
    ['limit above 200', { q: Q, limit: 201 }, 400, 12006],
    ['limit 0', { q: Q, limit: 0 }, 400, 12006],
    ['limit not an integer', { q: Q, limit: 'ten' }, 400, 12007],
    ['offset not an integer', { q: Q, offset: '1.5' }, 400, 12005],
    ['negative offset', { q: Q, offset: -50 }, 400, 12004],
    ['offset at 10,000', { q: Q, limit: 100, offset: 10_000 }, 400, 12029],
    ['offset not a multiple of limit', { q: Q, limit: 50, offset: 75 }, 400, 12515],
    ['top-level category without q', { category_ids: '64482' }, 409, 12013],
  ];
  it.each(cases)('%s → %i errorId %i', async (_name, params, status, errorId) => {
    const res = await browse(sim.url, token, params);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const e = errorOf(res.body);
    expect(e.errorId).toBe(errorId);
    expect(Number.isInteger(e.errorId)).toBe(true);
    expect(typeof e.domain).toBe('string');
    expect(['REQUEST', 'BUSINESS']).toContain(e.category);
    expect(typeof e.message).toBe('string');
  });

  it('defaults limit to 50 and accepts a leaf category without q', async () => {
    const res = await browse(sim.url, token, { q: 'topps' });
    expect(res.body.limit).toBe(50);
    expect(items(res.body)).toHaveLength(50);
    const leaf = await browse(sim.url, token, { category_ids: '261328', limit: 10 });
    expect(leaf.status).toBe(200);
    expect(items(leaf.body).every((i) => i.leafCategoryIds[0] === '261328')).toBe(true);
  });
});

describe('eBay Browse filter', () => {
  const all = async (filter: string, q = 'topps') =>
    (await browse(sim.url, token, { q, limit: 200, filter })).body as Json;

  it('without buyingOptions returns only listings that offer FIXED_PRICE', async () => {
    const plain = items((await browse(sim.url, token, { q: Q, limit: 200 })).body);
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((i) => i.buyingOptions.includes('FIXED_PRICE'))).toBe(true);
    const both = await all(BOTH, Q);
    expect(
      items(both).some(
        (i) => i.buyingOptions.includes('AUCTION') && !i.buyingOptions.includes('FIXED_PRICE'),
      ),
    ).toBe(true);
    expect(both.total).toBeGreaterThan((await browse(sim.url, token, { q: Q })).body.total);
    const auctions = items(await all('buyingOptions:{AUCTION}'));
    expect(auctions.length).toBeGreaterThan(0);
    expect(auctions.every((i) => i.buyingOptions.includes('AUCTION'))).toBe(true);
  });

  it('applies price ranges [lo..hi], [lo] and [..hi] with priceCurrency', async () => {
    const between = items(await all(`${BOTH},price:[10..50],priceCurrency:USD`));
    expect(between.length).toBeGreaterThan(0);
    expect(between.every((i) => Number(i.price.value) >= 10 && Number(i.price.value) <= 50)).toBe(true);
    const atLeast = items(await all('price:[100],priceCurrency:USD'));
    expect(atLeast.length).toBeGreaterThan(0);
    expect(atLeast.every((i) => Number(i.price.value) >= 100)).toBe(true);
    const atMost = items(await all('price:[..5],priceCurrency:USD'));
    expect(atMost.length).toBeGreaterThan(0);
    expect(atMost.every((i) => Number(i.price.value) <= 5)).toBe(true);
  });

  it('ignores price without priceCurrency, with warning 12012', async () => {
    const body = await all(`${BOTH},price:[10..50]`);
    expect(body.warnings.map((w: Json) => w.errorId)).toEqual([12012]);
    expect(items(body).some((i) => Number(i.price.value) < 10 || Number(i.price.value) > 50)).toBe(true);
  });

  it('answers malformed or unknown clauses with 200 + warning 12002 and ignores them', async () => {
    const res = await browse(sim.url, token, {
      q: Q,
      limit: 200,
      filter: 'buyingOptions:AUCTION,colour:{RED}',
    });
    expect(res.status).toBe(200);
    expect(res.body.warnings.map((w: Json) => w.errorId)).toEqual([12002, 12002]);
    expect(items(res.body).length).toBeGreaterThan(0);
    expect(items(res.body).every((i) => i.buyingOptions.includes('FIXED_PRICE'))).toBe(true);
  });

  it('filters on conditions, conditionIds, itemLocationCountry, bidCount, sellers and itemEndDate', async () => {
    const graded = items(await all('conditionIds:{2750}'));
    expect(graded.length).toBeGreaterThan(0);
    expect(graded.every((i) => i.conditionId === '2750')).toBe(true);
    const isNew = items(await all('conditions:{NEW}'));
    expect(isNew.length).toBeGreaterThan(0);
    expect(isNew.every((i) => i.conditionId === '1000')).toBe(true);
    const used = items(await all('conditions:{USED}'));
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((i) => ['2750', '4000', '3000'].includes(i.conditionId))).toBe(true);
    const canada = items(await all('itemLocationCountry:CA'));
    expect(canada.length).toBeGreaterThan(0);
    expect(canada.every((i) => i.itemLocation.country === 'CA')).toBe(true);
    const bid = items(await all('buyingOptions:{AUCTION},bidCount:[1..5]'));
    expect(bid.length).toBeGreaterThan(0);
    expect(bid.every((i) => i.bidCount >= 1 && i.bidCount <= 5)).toBe(true);
    const someSeller = items(await all(BOTH))[0].seller.username as string;
    const bySeller = items(await all(`${BOTH},sellers:{${someSeller}}`));
    expect(bySeller.length).toBeGreaterThan(0);
    expect(bySeller.every((i) => i.seller.username === someSeller)).toBe(true);
    const cutoff = '2026-11-21T00:00:00Z';
    const ending = items(await all(`buyingOptions:{AUCTION},itemEndDate:[..${cutoff}]`));
    expect(ending.length).toBeGreaterThan(0);
    expect(ending.every((i) => Date.parse(i.itemEndDate) <= Date.parse(cutoff))).toBe(true);
  });
});

describe('eBay Browse sort and fieldgroups', () => {
  const sorted = async (sort: string) =>
    items((await browse(sim.url, token, { q: Q, limit: 200, filter: BOTH, sort })).body);
  const all = (i: Json) => Number(i.price.value) + Number(i.shippingOptions?.[0]?.shippingCost.value ?? 0);

  it('sorts by price + shipping, -price, newlyListed and endingSoonest', async () => {
    const asc = (await sorted('price')).map(all);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    const desc = (await sorted('-price')).map(all);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    const newest = (await sorted('newlyListed')).map((i) => Date.parse(i.itemOriginDate));
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    const ending = (await sorted('endingSoonest'))
      .filter((i) => i.itemEndDate)
      .map((i) => Date.parse(i.itemEndDate));
    expect(ending.length).toBeGreaterThan(0);
    expect(ending).toEqual([...ending].sort((a, b) => a - b));
  });

  it('warns 12008 on an unknown sort', async () => {
    const res = await browse(sim.url, token, { q: Q, sort: 'cheapest' });
    expect(res.status).toBe(200);
    expect(res.body.warnings[0].errorId).toBe(12008);
  });

  it('EXTENDED adds shortDescription and itemLocation.city; unknown fieldgroups warn 12016', async () => {
    const plain = items((await browse(sim.url, token, { q: Q, limit: 3 })).body);
    expect(plain.some((i) => 'shortDescription' in i || 'city' in i.itemLocation)).toBe(false);
    const extended = items((await browse(sim.url, token, { q: Q, limit: 3, fieldgroups: 'EXTENDED' })).body);
    expect(
      extended.every(
        (i) => typeof i.shortDescription === 'string' && typeof i.itemLocation.city === 'string',
      ),
    ).toBe(true);
    const unknown = await browse(sim.url, token, { q: Q, fieldgroups: 'EVERYTHING' });
    expect(unknown.body.warnings[0].errorId).toBe(12016);
  });
});

describe('eBay Browse envelope', () => {
  it('has href, total, limit/offset ints, next and prev only when they exist', async () => {
    const first = (await browse(sim.url, token, { q: Q, limit: 20, filter: BOTH })).body;
    expect(first.href).toMatch(
      /^https:\/\/api\.ebay\.com\/buy\/browse\/v1\/item_summary\/search\?q=2024\+topps/,
    );
    expect(first.href).toContain('limit=20&offset=0');
    expect(Number.isInteger(first.total)).toBe(true);
    expect(first.limit).toBe(20);
    expect(first.offset).toBe(0);
    expect(first.prev).toBeUndefined();
    expect(first.next).toContain('offset=20');
    const lastOffset = Math.floor((first.total - 1) / 20) * 20;
    const last = (await browse(sim.url, token, { q: Q, limit: 20, offset: lastOffset, filter: BOTH })).body;
    expect(last.next).toBeUndefined();
    expect(last.prev).toContain(`offset=${lastOffset - 20}`);
    expect(items(last)).toHaveLength(first.total - lastOffset);
  });

  it('reads q like eBay: every word, (a, b) for either, -word to exclude', async () => {
    const titles = async (q: string) =>
      items((await browse(sim.url, token, { q, limit: 200, filter: BOTH })).body).map((i) =>
        i.title.toLowerCase(),
      );
    const either = await titles('(trout, ohtani) topps update');
    expect(either.some((t) => t.includes('trout'))).toBe(true);
    expect(either.some((t) => t.includes('ohtani'))).toBe(true);
    expect(either.every((t) => (t.includes('trout') || t.includes('ohtani')) && t.includes('update'))).toBe(
      true,
    );
    const without = await titles('2011 topps update trout -psa');
    expect(without.length).toBeGreaterThan(0);
    expect(without.some((t) => /\bpsa\b/.test(t))).toBe(false);
  });

  it('omits itemSummaries when nothing matches', async () => {
    const res = await browse(sim.url, token, { q: 'zzqx nothing here' });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(0);
    expect(res.body.itemSummaries).toBeUndefined();
  });
});

describe('eBay Browse items', () => {
  it('carry the documented fields, with strings for money', async () => {
    const list = items((await browse(sim.url, token, { q: 'topps', limit: 200, filter: BOTH })).body);
    for (const i of list) {
      expect(i.itemId).toBe(`v1|${i.legacyItemId}|0`);
      expect(i.legacyItemId).toMatch(/^\d{12}$/);
      expect(i.price.value).toMatch(/^\d+\.\d{2}$/);
      expect(i.price.currency).toBe('USD');
      expect(i.seller.feedbackPercentage).toMatch(/^\d{2,3}\.\d$/);
      expect(Number.isInteger(i.seller.feedbackScore)).toBe(true);
      expect(['1000', '2750', '3000', '4000']).toContain(i.conditionId);
      expect(typeof i.condition).toBe('string');
      expect(i.image.imageUrl).toMatch(/^https:\/\//);
      expect(i.itemWebUrl).toBe(`https://www.ebay.com/itm/${i.legacyItemId}`);
      expect(i.itemCreationDate).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
      expect(i.itemLocation.postalCode).toMatch(/^\d{3}\*\*$/);
      expect(i.itemLocation.country).toMatch(/^[A-Z]{2}$/);
      for (const o of i.shippingOptions ?? []) {
        expect(['FIXED', 'CALCULATED']).toContain(o.shippingCostType);
        expect(typeof o.shippingCost.value).toBe('string');
      }
    }
    const auctions = list.filter((i) => i.buyingOptions.includes('AUCTION'));
    expect(auctions.length).toBeGreaterThan(0);
    for (const a of auctions) {
      expect(a.currentBidPrice.value).toMatch(/^\d+\.\d{2}$/);
      expect(Number.isInteger(a.bidCount)).toBe(true);
      expect(a.itemEndDate).toMatch(/\.000Z$/);
    }
    const withBin = auctions.filter((a) => a.buyingOptions.includes('FIXED_PRICE'));
    expect(withBin.length).toBeGreaterThan(0);
    expect(withBin.every((a) => a.bidCount === 0 && a.buyingOptions.join() === 'AUCTION,FIXED_PRICE')).toBe(
      true,
    );
    expect(auctions.some((a) => a.bidCount > 0 && a.buyingOptions.join() === 'AUCTION')).toBe(true);
    const types = new Set(
      list.flatMap((i) => (i.shippingOptions ?? []).map((o: Json) => o.shippingCostType)),
    );
    expect(types).toEqual(new Set(['FIXED', 'CALCULATED']));
  });
});

describe('eBay quota and faults', () => {
  it('answers 429 errorId 2001 once the daily quota is used, without rate-limit headers', async () => {
    sim.control.setQuotas({ ebay: { daily: 2 } });
    expect((await browse(sim.url, token, { q: Q })).status).toBe(200);
    expect((await browse(sim.url, token, { q: Q })).status).toBe(200);
    const res = await browse(sim.url, token, { q: Q });
    expect(res.status).toBe(429);
    expect(res.body).toEqual({
      errors: [
        {
          errorId: 2001,
          domain: 'ACCESS',
          category: 'REQUEST',
          message: 'Too many requests.',
          longMessage: 'The request limit has been reached for the resource.',
        },
      ],
    });
    expect([...res.headers.keys()].some((h) => /rate|limit|retry/i.test(h))).toBe(false);
    sim.control.advanceClock(86_400_000);
    token = await mintToken(sim.url);
    expect((await browse(sim.url, token, { q: Q })).status).toBe(200);
  });

  it('counts token calls against the quota only when configured', async () => {
    sim.control.setQuotas({ ebay: { daily: 1 } });
    await mintToken(sim.url);
    expect((await browse(sim.url, token, { q: Q })).status).toBe(200);
    const strict = await startSimulator({ ebay: { dailyLimit: 1, countTokenCalls: true } });
    try {
      const t = await mintToken(strict.url);
      expect((await browse(strict.url, t, { q: Q })).status).toBe(429);
      expect((await tokenRequest(strict.url)).status).toBe(429);
    } finally {
      await strict.close();
    }
  });

  it('reports usage through the Analytics rate_limit call', async () => {
    await browse(sim.url, token, { q: Q });
    const res = await getJson(
      `${sim.url}/developer/analytics/v1_beta/rate_limit/?api_context=buy&api_name=browse`,
      {
        headers: { Authorization: `Bearer ${token}` },
      },
    );
    expect(res.status).toBe(200);
    const rate = res.body.rateLimits[0].resources[0].rates[0];
    expect(rate).toMatchObject({ count: 1, limit: 5000, remaining: 4999, timeWindow: 86400 });
  });

  it('injects 500 errorId 12000 and intermittent 400 12515 on valid offsets', async () => {
    sim.control.setFaults({ ebay: { errorRate: { 500: 1 } } });
    const e500 = await browse(sim.url, token, { q: Q });
    expect(e500.status).toBe(500);
    expect(errorOf(e500.body)).toMatchObject({
      errorId: 12000,
      domain: 'API_BROWSE',
      category: 'APPLICATION',
    });
    sim.control.setFaults({ ebay: { errorRate: null, intermittent12515: 1 } });
    expect((await browse(sim.url, token, { q: Q, limit: 10 })).status).toBe(200);
    const flaky = await browse(sim.url, token, { q: Q, limit: 10, offset: 10 });
    expect(flaky.status).toBe(400);
    expect(errorOf(flaky.body).errorId).toBe(12515);
  });

  it('adds configurable latency', async () => {
    sim.control.setFaults({ ebay: { latencyMs: 200 } });
    const t0 = performance.now();
    await browse(sim.url, token, { q: Q });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(195);
  });

  it('has no sold mode: Marketplace Insights answers 403 errorId 1100 unless enabled', async () => {
    const res = await getJson(`${sim.url}/buy/marketplace-insights/v1_beta/item_sales/search?q=trout`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(403);
    expect(errorOf(res.body).errorId).toBe(1100);
    const enabled = await startSimulator({ ebay: { marketplaceInsights: true } });
    try {
      const t = await mintToken(enabled.url, {
        scope: `${API_SCOPE} https://api.ebay.com/oauth/api_scope/buy.marketplace.insights`,
      });
      const sold = await getJson(
        `${enabled.url}/buy/marketplace-insights/v1_beta/item_sales/search?q=trout`,
        {
          headers: { Authorization: `Bearer ${t}` },
        },
      );
      expect(sold.status).toBe(200);
      expect(sold.body.itemSales.length).toBeGreaterThan(0);
    } finally {
      await enabled.close();
    }
  });
});
