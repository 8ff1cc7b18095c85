import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Simulator, startSimulator } from '../index.ts';
import { getJson, type Json, SEARCHAPI_KEY, searchapi } from '../test-helpers.ts';
import { HOURLY_LIMIT_MESSAGE, MONTHLY_QUOTA_MESSAGE } from './routes.ts';

const Q = '2024 topps chrome elly de la cruz';
const SOLD = { q: Q, filters: 'sold_listings', num: 120 };

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const rows = (body: Json): Json[] => body.organic_results;
const organic = (body: Json): Json[] => rows(body).filter((r) => !r.is_sponsored);

describe('SearchAPI authentication', () => {
  it('accepts the key as Authorization: Bearer or as api_key', async () => {
    const bearer = await searchapi(sim.url, SOLD);
    expect(bearer.status).toBe(200);
    const query = await getJson(
      `${sim.url}/api/v1/search?engine=ebay_search&q=${encodeURIComponent(Q)}&api_key=${SEARCHAPI_KEY}`,
    );
    expect(query.status).toBe(200);
    expect(query.body.organic_results.length).toBeGreaterThan(0);
  });

  it('answers 401 JSON {error} for a missing or unknown key', async () => {
    const missing = await getJson(`${sim.url}/api/v1/search?engine=ebay_search&q=trout`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/);
    expect(typeof missing.body.error).toBe('string');
    const unknown = await searchapi(sim.url, { q: 'trout' }, 'not-a-key');
    expect(unknown.status).toBe(401);
    expect(typeof unknown.body.error).toBe('string');
    expect(Object.keys(unknown.body)).toEqual(['error']);
  });
});

describe('SearchAPI parameter validation', () => {
  const bad: [string, Record<string, string | number>][] = [
    ['engine other than ebay_search', { engine: 'google' }],
    ['neither q nor category_id', { q: '' }],
    ['ebay_domain outside the enum', { q: 'trout', ebay_domain: 'ebay.mars' }],
    ['sort_by outside the enum', { q: 'trout', sort_by: 'cheapest' }],
    ['num not 60/120/240', { q: 'trout', num: 100 }],
    ['buying_format outside the enum', { q: 'trout', buying_format: 'raffle' }],
    ['condition list with an unknown value', { q: 'trout', condition: 'new,mint' }],
    ['layout outside the enum', { q: 'trout', layout: 'table' }],
    ['preferred_location outside the enum', { q: 'trout', preferred_location: 'moon' }],
    ['price_max below price_min', { q: 'trout', price_min: 50, price_max: 10 }],
    ['page 0', { q: 'trout', page: 0 }],
    ['distance_radius without postal_code', { q: 'trout', distance_radius: 10 }],
    ['country not ISO-3166', { q: 'trout', country: 'XX' }],
  ];
  it.each(bad)('%s → 400 {error}', async (_name, params) => {
    const res = await searchapi(sim.url, params);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(typeof res.body.error).toBe('string');
  });

  it('accepts category_id without q, and valid values of every enum', async () => {
    expect((await searchapi(sim.url, { category_id: 261328 })).status).toBe(200);
    const ok = await searchapi(sim.url, {
      q: 'trout',
      ebay_domain: 'ebay.co.uk',
      sort_by: 'price_low_to_high',
      num: 240,
      buying_format: 'auction',
      condition: 'used_good,pre_owned_excellent',
      layout: 'grid',
      preferred_location: 'domestic',
      price_min: 1,
      price_max: 1000,
      postal_code: '10001',
      distance_radius: 50,
      country: 'US',
    });
    expect(ok.status).toBe(200);
  });
});

describe('SearchAPI filters and sold mode', () => {
  it('sold_listings and completed_listings switch to ended sales', async () => {
    const active = await searchapi(sim.url, { q: Q, num: 60 });
    const sold = await searchapi(sim.url, { q: Q, num: 60, filters: 'sold_listings' });
    const completed = await searchapi(sim.url, {
      q: Q,
      num: 60,
      filters: 'free_shipping,completed_listings',
    });
    const ids = (b: Json) => new Set(organic(b).map((r) => r.item_id));
    const soldIds = ids(sold.body);
    expect([...ids(active.body)].some((id) => soldIds.has(id))).toBe(false);
    expect(sold.body.search_information.filters_applied).toContain('Sold Items');
    expect(completed.body.search_information.filters_applied).toEqual(['Free Shipping', 'Completed Items']);
    expect(organic(completed.body).every((r) => r.extracted_shipping === 0)).toBe(true);
    expect(organic(sold.body).some((r) => 'time_left' in r)).toBe(false);
    expect(organic(active.body).some((r) => 'time_left' in r)).toBe(true);
  });

  it('accepts documented tokens, tolerates unknown ones, and rejects them in strict mode', async () => {
    expect(
      (await searchapi(sim.url, { q: Q, filters: 'sold_listings,listed_as_lots,psa_vault' })).status,
    ).toBe(200);
    expect((await searchapi(sim.url, { q: Q, filters: 'sold_listings,ebay_tbs_magic' })).status).toBe(200);
    sim.control.setFaults({ searchapi: { strict: true } });
    const strict = await searchapi(sim.url, { q: Q, filters: 'sold_listings,ebay_tbs_magic' });
    expect(strict.status).toBe(400);
    expect(strict.body.error).toMatch(/filters/);
    expect((await searchapi(sim.url, { q: Q, filters: 'sold_listings,free_returns' })).status).toBe(200);
  });
});

describe('SearchAPI 200 body', () => {
  it('has the documented top-level keys and search_metadata details', async () => {
    const { body } = await searchapi(sim.url, SOLD);
    for (const key of [
      'search_metadata',
      'search_parameters',
      'search_information',
      'organic_results',
      'pagination',
    ]) {
      expect(body).toHaveProperty(key);
    }
    const m = body.search_metadata;
    expect(m.id).toMatch(/^search_[A-Za-z0-9]{24}$/);
    expect(m.status).toBe('Success');
    expect(m.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    for (const k of ['request_time_taken', 'parsing_time_taken', 'total_time_taken'])
      expect(typeof m[k]).toBe('number');
    expect(m.request_url).toMatch(/^https:\/\/www\.ebay\.com\/sch\/i\.html\?_nkw=2024\+topps/);
    expect(m.json_url).toBe(`${sim.url}/api/v1/searches/${m.id}`);
    expect(m.html_url).toBe(`${m.json_url}.html`);
    const archived = await getJson(m.json_url, { headers: { Authorization: `Bearer ${SEARCHAPI_KEY}` } });
    expect(archived.status).toBe(200);
    expect(archived.body).toEqual(body);
    const html = await fetch(m.html_url, { headers: { Authorization: `Bearer ${SEARCHAPI_KEY}` } });
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
  });

  it('echoes the request as sent in search_parameters, never the key', async () => {
    const { body } = await getJson(
      `${sim.url}/api/v1/search?engine=ebay_search&q=${encodeURIComponent(Q)}&filters=sold_listings&num=60&page=1&sort_by=best_match&api_key=${SEARCHAPI_KEY}`,
    );
    expect(body.search_parameters).toEqual({
      engine: 'ebay_search',
      q: Q,
      filters: 'sold_listings',
      num: 60,
      page: 1,
      sort_by: 'best_match',
      ebay_domain: 'ebay.com',
    });
    expect(JSON.stringify(body)).not.toContain(SEARCHAPI_KEY);
  });

  it('reports total_results as an integer with query_displayed', async () => {
    const { body } = await searchapi(sim.url, SOLD);
    expect(Number.isInteger(body.search_information.total_results)).toBe(true);
    expect(body.search_information.total_results).toBeGreaterThan(120);
    expect(body.search_information.query_displayed).toBe(Q);
  });
});

describe('SearchAPI organic rows', () => {
  it('carry the documented fields with the documented types', async () => {
    const { body } = await searchapi(sim.url, { ...SOLD, num: 240 });
    const all = rows(body);
    expect(all.map((r) => r.position)).toEqual(all.map((_, i) => i + 1));
    for (const r of all) {
      expect(r.item_id).toMatch(/^\d{12}$/);
      expect(r.link).toBe(`https://www.ebay.com/itm/${r.item_id}`);
      expect(typeof r.title).toBe('string');
      expect(typeof r.condition).toBe('string');
      expect(['Auction', 'Buy It Now', 'Best Offer']).toContain(r.buying_format);
      for (const flag of ['is_auction', 'is_buy_it_now', 'is_best_offer', 'is_sponsored']) {
        expect(typeof r[flag]).toBe('boolean');
      }
      if (r.is_auction) expect(Number.isInteger(r.bids)).toBe(true);
      expect(typeof r.seller.name).toBe('string');
      expect(Number.isInteger(r.seller.reviews)).toBe(true);
      expect(typeof r.seller.positive_feedback_percent).toBe('number');
      expect(r.thumbnail).toMatch(/^https:\/\/i\.ebayimg\.com\//);
      expect(typeof r.shipping).toBe('string');
    }
    const priced = all.filter((r) => 'price' in r);
    expect(priced.length).toBe(all.length);
    for (const r of priced) {
      expect(r.price).toMatch(/^\$[\d,]+\.\d{2}$/);
      expect(r.extracted_price).toBe(Number(r.price.replace(/[$,]/g, '')));
    }
    const shipped = all.filter((r) => 'extracted_shipping' in r);
    expect(shipped.length).toBeGreaterThan(all.length * 0.9);
    expect(shipped.some((r) => r.shipping === 'Free delivery' && r.extracted_shipping === 0)).toBe(true);
    expect(
      shipped.some((r) => /^\+\$\d+\.\d{2} delivery$/.test(r.shipping) && r.extracted_shipping > 0),
    ).toBe(true);
    expect(new Set(all.map((r) => r.condition))).toEqual(
      new Set(['Graded', 'Ungraded', 'Pre-Owned', 'Brand New']),
    );
    expect(all.some((r) => r.is_auction && r.bids > 0 && r.buying_format === 'Auction')).toBe(true);
    expect(all.some((r) => r.is_best_offer && r.extensions?.includes('Best offer accepted'))).toBe(true);
    const sponsored = all.filter((r) => r.is_sponsored);
    expect(sponsored.length).toBeGreaterThan(0);
    expect(sponsored.every((r) => r.tag === 'SPONSORED')).toBe(true);
  });

  it('item ids are stable across requests and pages', async () => {
    const first = await searchapi(sim.url, SOLD);
    const again = await searchapi(sim.url, SOLD);
    const page2 = await searchapi(sim.url, { ...SOLD, page: 2 });
    const ids = organic(first.body).map((r) => r.item_id);
    expect(organic(again.body).map((r) => r.item_id)).toEqual(ids);
    const p2 = organic(page2.body).map((r) => r.item_id);
    expect(p2.filter((id) => ids.includes(id))).toEqual([]);
  });
});

describe('SearchAPI switchable quirks', () => {
  it('deal mode moves sold prices into `deal` as $X, $X$Y and $X to $Y', async () => {
    sim.control.setFaults({ searchapi: { dealMode: true, priceRangeRows: true } });
    const sold = [];
    for (let page = 1; page <= 3; page++)
      sold.push(
        ...organic((await searchapi(sim.url, { q: 'topps', filters: 'sold_listings', num: 240, page })).body),
      );
    expect(sold.every((r) => !('price' in r) && !('extracted_price' in r))).toBe(true);
    const deals = sold.map((r) => r.deal as string);
    expect(deals.some((d) => /^\$[\d,]+\.\d{2}$/.test(d))).toBe(true);
    expect(deals.some((d) => /^\$[\d,]+\.\d{2}\$[\d,]+\.\d{2}$/.test(d))).toBe(true);
    expect(deals.some((d) => /^\$[\d,]+\.\d{2} to \$[\d,]+\.\d{2}$/.test(d))).toBe(true);
  });

  it('price-range rows carry is_price_range and extracted_price_range', async () => {
    const query = { q: 'you pick', num: 240 };
    const off = organic((await searchapi(sim.url, query)).body);
    expect(off.some((r) => r.is_price_range)).toBe(false);
    sim.control.setFaults({ searchapi: { priceRangeRows: true } });
    const on = organic((await searchapi(sim.url, query)).body).filter((r) => r.is_price_range);
    expect(on.length).toBeGreaterThan(0);
    for (const r of on) {
      expect(r.extracted_price_range.from).toBeLessThan(r.extracted_price_range.to);
      expect(r.price).toMatch(/ to /);
    }
  });

  it('sold_date / extracted_sold_date appear only when switched on', async () => {
    expect(organic((await searchapi(sim.url, SOLD)).body).some((r) => 'sold_date' in r)).toBe(false);
    sim.control.setFaults({ searchapi: { soldDates: true } });
    const dated = organic((await searchapi(sim.url, SOLD)).body);
    for (const r of dated) {
      expect(r.sold_date).toMatch(/^Sold {2}[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
      expect(r.extracted_sold_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const age = Date.parse('2026-11-20T00:00:00Z') - Date.parse(r.extracted_sold_date);
      expect(age).toBeGreaterThanOrEqual(-86_400_000);
      expect(age).toBeLessThanOrEqual(91 * 86_400_000);
    }
  });
});

describe('SearchAPI pagination', () => {
  it('slices by page and num, links pages, and drops next on the last page', async () => {
    const first = await searchapi(sim.url, { ...SOLD, num: 60 });
    const total = first.body.search_information.total_results as number;
    const last = Math.ceil(total / 60);
    expect(organic(first.body)).toHaveLength(60);
    expect(first.body.pagination.current).toBe(1);
    expect(first.body.pagination.previous).toBeUndefined();
    expect(first.body.pagination.other_pages['2']).toBe(first.body.pagination.next);
    const next = await getJson(first.body.pagination.next, {
      headers: { Authorization: `Bearer ${SEARCHAPI_KEY}` },
    });
    expect(next.body.pagination.current).toBe(2);
    const end = await searchapi(sim.url, { ...SOLD, num: 60, page: last });
    expect(organic(end.body)).toHaveLength(total - (last - 1) * 60);
    expect(end.body.pagination.next).toBeUndefined();
    expect(typeof end.body.pagination.previous).toBe('string');
    const seen = new Set<string>();
    for (let page = 1; page <= last; page++) {
      const body = page === 1 ? first.body : (await searchapi(sim.url, { ...SOLD, num: 60, page })).body;
      for (const r of organic(body)) seen.add(r.item_id);
    }
    expect(seen.size).toBe(total);
  });

  it('past the last page answers 200 with the no-results error', async () => {
    const res = await searchapi(sim.url, { ...SOLD, num: 240, page: 50 });
    expect(res.status).toBe(200);
    expect(typeof res.body.error).toBe('string');
  });

  it('can repeat items across adjacent pages when switched on', async () => {
    const ids = async () => {
      const p1 = organic((await searchapi(sim.url, { ...SOLD, num: 60 })).body).map((r) => r.item_id);
      const p2 = organic((await searchapi(sim.url, { ...SOLD, num: 60, page: 2 })).body).map(
        (r) => r.item_id,
      );
      return p2.filter((id) => p1.includes(id)).length;
    };
    expect(await ids()).toBe(0);
    sim.control.setFaults({ searchapi: { duplicatesAcrossPages: true } });
    expect(await ids()).toBeGreaterThan(0);
  });
});

describe('SearchAPI no results', () => {
  it('answers 200 with {error} and metadata', async () => {
    const res = await searchapi(sim.url, { q: 'zzqx nonexistent card', filters: 'sold_listings' });
    expect(res.status).toBe(200);
    expect(typeof res.body.error).toBe('string');
    expect(res.body.search_metadata.status).toBe('Success');
    expect(res.body.search_information.total_results).toBe(0);
    expect(res.body.organic_results).toBeUndefined();
  });

  it('returns related_results with a notice when include_related_results=true', async () => {
    const res = await searchapi(sim.url, {
      q: 'mike trout zzqx',
      filters: 'sold_listings',
      include_related_results: 'true',
    });
    expect(res.status).toBe(200);
    expect(res.body.error).toBeUndefined();
    expect(res.body.search_information.notice).toBe('No exact matches found');
    expect(res.body.organic_results).toEqual([]);
    expect(res.body.related_results.length).toBeGreaterThan(0);
  });
});

describe('SearchAPI keyword matching', () => {
  it('requires every word (case-insensitive) and excludes -words', async () => {
    const all = organic(
      (await searchapi(sim.url, { q: 'ELLY De La cruz', filters: 'sold_listings', num: 240 })).body,
    );
    const words = (t: string) => new Set(t.toLowerCase().split(/[^a-z0-9]+/));
    expect(all.every((r) => ['elly', 'de', 'la', 'cruz'].every((w) => words(r.title).has(w)))).toBe(true);
    expect(all.some((r) => words(r.title).has('psa'))).toBe(true);
    const noPsa = organic(
      (await searchapi(sim.url, { q: 'elly de la cruz -psa', filters: 'sold_listings', num: 240 })).body,
    );
    expect(noPsa.length).toBeGreaterThan(0);
    expect(noPsa.some((r) => words(r.title).has('psa'))).toBe(false);
  });

  it('gives the same results for the same query, and now and then a title with HTML', async () => {
    const a = await searchapi(sim.url, { q: 'onerror', filters: 'sold_listings' });
    const b = await searchapi(sim.url, { q: 'onerror', filters: 'sold_listings' });
    expect(organic(a.body).map((r) => r.title)).toEqual(organic(b.body).map((r) => r.title));
    expect(organic(a.body).some((r) => r.title.includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });
});

describe('SearchAPI quotas', () => {
  it('answers the hourly 429 when the hour is used up, recovering next hour', async () => {
    sim.control.setQuotas({ searchapi: { hourly: 2 } });
    expect((await searchapi(sim.url, SOLD)).status).toBe(200);
    expect((await searchapi(sim.url, SOLD)).status).toBe(200);
    const limited = await searchapi(sim.url, SOLD);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ error: HOURLY_LIMIT_MESSAGE });
    expect(limited.headers.get('retry-after')).toBeNull();
    sim.control.advanceClock(3_600_000);
    expect((await searchapi(sim.url, SOLD)).status).toBe(200);
  });

  it('answers the monthly 429 with the exact message, and /me shows negative remaining credits', async () => {
    for (let i = 0; i < 3; i++) expect((await searchapi(sim.url, SOLD)).status).toBe(200);
    sim.control.setQuotas({ searchapi: { monthly: 2 } });
    const limited = await searchapi(sim.url, SOLD);
    expect(limited.status).toBe(429);
    expect(limited.body.error).toBe(
      'You have used all of the searches for the month. Please upgrade your plan on SearchApi.io.',
    );
    expect(limited.body.error).toBe(MONTHLY_QUOTA_MESSAGE);
    const me = await getJson(`${sim.url}/api/v1/me?api_key=${SEARCHAPI_KEY}`);
    expect(me.body.account).toEqual({ current_month_usage: 3, monthly_allowance: 2, remaining_credits: -1 });
  });

  it('/me reports usage and costs nothing', async () => {
    await searchapi(sim.url, SOLD);
    await searchapi(sim.url, { q: 'zzqx nothing' });
    const me1 = await getJson(`${sim.url}/api/v1/me`, {
      headers: { Authorization: `Bearer ${SEARCHAPI_KEY}` },
    });
    const me2 = await getJson(`${sim.url}/api/v1/me`, {
      headers: { Authorization: `Bearer ${SEARCHAPI_KEY}` },
    });
    expect(me1.status).toBe(200);
    expect(me2.body).toEqual(me1.body);
    expect(me1.body.account).toEqual({
      current_month_usage: 2,
      monthly_allowance: 10000,
      remaining_credits: 9998,
    });
    expect(me1.body.api_usage).toEqual({ searches_this_hour: 2, hourly_rate_limit: 2000 });
    expect(me1.body.subscription.period_start).toMatch(/^\d{4}-\d{2}-01$/);
    expect(me1.body.subscription.period_end).toMatch(/^\d{4}-\d{2}-(28|29|30|31)$/);
    expect((await getJson(`${sim.url}/api/v1/me`)).status).toBe(401);
  });

  it('bills every /search call including no-result and failed ones (configurable)', async () => {
    sim.control.setFaults({ searchapi: { errorRate: { 500: 1 } } });
    expect((await searchapi(sim.url, SOLD)).status).toBe(500);
    sim.control.setFaults({ searchapi: { errorRate: null } });
    expect((await searchapi(sim.url, { q: 'trout', num: 7 })).status).toBe(400);
    expect((await searchapi(sim.url, { q: 'zzqx nothing' })).body.error).toBeDefined();
    const me = await getJson(`${sim.url}/api/v1/me?api_key=${SEARCHAPI_KEY}`);
    expect(me.body.account.current_month_usage).toBe(3);

    const frugal = await startSimulator({ searchapi: { billFailedCalls: false } });
    try {
      frugal.control.setFaults({ searchapi: { errorRate: { 500: 1 } } });
      await searchapi(frugal.url, SOLD);
      frugal.control.setFaults({ searchapi: { errorRate: null } });
      await searchapi(frugal.url, { q: 'zzqx nothing' });
      const usage = await getJson(`${frugal.url}/api/v1/me?api_key=${SEARCHAPI_KEY}`);
      expect(usage.body.account.current_month_usage).toBe(1);
    } finally {
      await frugal.close();
    }
  });

  it('can send Retry-After on hourly 429s when configured', async () => {
    const s = await startSimulator({ searchapi: { hourlyLimit: 0, retryAfterOnHourly: true } });
    try {
      const res = await searchapi(s.url, SOLD);
      expect(res.status).toBe(429);
      const seconds = Number(res.headers.get('retry-after'));
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(3600);
    } finally {
      await s.close();
    }
  });
});

describe('SearchAPI fault injection', () => {
  it('injects 500 and 503 {error}, the 503 after the configured delay', async () => {
    sim.control.setFaults({ searchapi: { errorRate: { 500: 1 } } });
    const e500 = await searchapi(sim.url, SOLD);
    expect(e500.status).toBe(500);
    expect(typeof e500.body.error).toBe('string');
    sim.control.setFaults({ searchapi: { errorRate: { 503: 1 }, timeoutDelayMs: 300 } });
    const t0 = performance.now();
    const e503 = await searchapi(sim.url, SOLD);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(290);
    expect(e503.status).toBe(503);
    expect(e503.body.error).toMatch(/90 seconds/);
  });

  it('adds configurable latency (fixed or a range)', async () => {
    sim.control.setFaults({ searchapi: { latencyMs: { min: 150, max: 250 } } });
    const t0 = performance.now();
    await searchapi(sim.url, SOLD);
    const took = performance.now() - t0;
    expect(took).toBeGreaterThanOrEqual(145);
    expect(took).toBeLessThan(1000);
  });

  it('a 429 storm answers about the given share of calls for its duration', async () => {
    sim.control.setFaults({ searchapi: { storm429: { durationMs: 20_000, rate: 0.5 } } });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await searchapi(sim.url, { q: 'trout' })).status);
    const limited = statuses.filter((s) => s === 429).length;
    expect(limited).toBeGreaterThan(10);
    expect(limited).toBeLessThan(30);
    sim.control.advanceClock(20_001);
    for (let i = 0; i < 10; i++) expect((await searchapi(sim.url, { q: 'trout' })).status).toBe(200);
  });

  it('serves malformed JSON and hangs on demand', async () => {
    sim.control.setFaults({ searchapi: { malformedJson: 1 } });
    const res = await fetch(`${sim.url}/api/v1/search?engine=ebay_search&q=trout&api_key=${SEARCHAPI_KEY}`);
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
    sim.control.setFaults({ searchapi: { malformedJson: null, hang: 1 } });
    const hung = fetch(`${sim.url}/api/v1/search?engine=ebay_search&q=trout&api_key=${SEARCHAPI_KEY}`, {
      signal: AbortSignal.timeout(300),
    });
    await expect(hung).rejects.toThrow();
  });
});
