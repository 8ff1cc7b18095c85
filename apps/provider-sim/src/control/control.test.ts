import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { freePort } from '@kuya/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { maxInWindow } from '../counters.ts';
import { type Simulator, startSimulator } from '../index.ts';
import { browse, getJson, type Json, mintToken, SEARCHAPI_KEY, searchapi } from '../test-helpers.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const post = (path: string, body: unknown) =>
  getJson(`${sim.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('counters', () => {
  it('count calls per endpoint, key and status, with timestamped records', async () => {
    const before = Date.now();
    await searchapi(sim.url, { q: 'trout' });
    await searchapi(sim.url, { q: 'trout', page: 2 });
    await searchapi(sim.url, { q: 'trout' }, 'wrong-key');
    await getJson(`${sim.url}/api/v1/me?api_key=${SEARCHAPI_KEY}`);
    const token = await mintToken(sim.url);
    await browse(sim.url, token, { q: 'trout', offset: 0 });
    const { body } = await getJson(`${sim.url}/_sim/counters`);
    expect(body.total).toBe(6);
    expect(body.byEndpoint['searchapi.search']).toMatchObject({
      total: 3,
      byStatus: { 200: 2, 401: 1 },
      byKey: { [SEARCHAPI_KEY]: { total: 2, byStatus: { 200: 2 } }, 'wrong-key': { total: 1 } },
    });
    expect(body.byEndpoint['searchapi.me'].total).toBe(1);
    expect(body.byEndpoint['ebay.token'].byKey['demo-ebay-app-id'].total).toBe(1);
    expect(body.byEndpoint['ebay.search'].byKey['demo-ebay-app-id'].byStatus['200']).toBe(1);
    const calls: Json[] = body.calls;
    expect(calls).toHaveLength(6);
    expect(calls[1]).toMatchObject({
      endpoint: 'searchapi.search',
      key: SEARCHAPI_KEY,
      status: 200,
      q: 'trout',
      page: 2,
    });
    for (const c of calls) {
      expect(c.t).toBeGreaterThanOrEqual(before);
      expect(c.t).toBeLessThanOrEqual(Date.now());
      expect(typeof c.ms).toBe('number');
    }
    const since = await getJson(`${sim.url}/_sim/counters?since=${calls[4].t}&endpoint=ebay.search`);
    expect(since.body.calls.map((c: Json) => c.endpoint)).toEqual(['ebay.search']);
  });

  it('finds the busiest 1-second window', () => {
    expect(maxInWindow([0, 100, 999, 1000, 1500, 1999, 2600])).toBe(3);
    expect(maxInWindow([5000, 10, 20])).toBe(2);
    expect(maxInWindow([])).toBe(0);
  });

  it('report the busiest second per endpoint, and hung calls with status 0', async () => {
    await Promise.all(Array.from({ length: 5 }, () => searchapi(sim.url, { q: 'trout' })));
    sim.control.setFaults({ searchapi: { hang: 1 } });
    await fetch(`${sim.url}/api/v1/search?engine=ebay_search&q=x&api_key=${SEARCHAPI_KEY}`, {
      signal: AbortSignal.timeout(200),
    }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 50));
    const c = sim.control.counters();
    expect(c.byEndpoint['searchapi.search']?.maxPerSecond).toBe(6);
    expect(c.byEndpoint['searchapi.search']?.byStatus['0']).toBe(1);
  });
});

describe('reset', () => {
  it('clears counters, quota usage, faults and tokens', async () => {
    const token = await mintToken(sim.url);
    await searchapi(sim.url, { q: 'trout' });
    await post('/_sim/faults', { searchapi: { dealMode: true } });
    await post('/_sim/quotas', { searchapi: { monthly: 5 } });
    expect((await post('/_sim/reset', {})).body).toEqual({ ok: true });
    const counters = await getJson(`${sim.url}/_sim/counters`);
    expect(counters.body.total).toBe(0);
    expect((await getJson(`${sim.url}/_sim/faults`)).body.searchapi).toEqual({});
    const quotas = (await getJson(`${sim.url}/_sim/quotas`)).body;
    expect(quotas.limits.searchapi.monthly).toBe(10000);
    expect(quotas.searchapi).toEqual({});
    expect((await browse(sim.url, token, { q: 'trout' })).status).toBe(401);
  });
});

describe('faults', () => {
  it('merge per provider, clear fields with null, and reject invalid bodies', async () => {
    await post('/_sim/faults', { searchapi: { dealMode: true, latencyMs: 5 } });
    const merged = await post('/_sim/faults', {
      searchapi: { latencyMs: null, soldDates: true },
      ebay: { intermittent12515: 0.5 },
    });
    expect(merged.status).toBe(200);
    expect(merged.body.searchapi).toEqual({ dealMode: true, soldDates: true });
    expect(merged.body.ebay).toEqual({ intermittent12515: 0.5 });
    const storm = await post('/_sim/faults', { searchapi: { storm429: { durationMs: 20_000, rate: 0.5 } } });
    expect(Date.parse(storm.body.searchapi.storm429Until)).toBeGreaterThan(Date.now() + 19_000);
    for (const bad of [
      { searchapi: { errorRate: { 500: 2 } } },
      { searchapi: { warp: true } },
      { moon: {} },
    ]) {
      const res = await post('/_sim/faults', bad);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
    const notJson = await getJson(`${sim.url}/_sim/faults`, { method: 'POST', body: '{' });
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('BAD_JSON');
    const cleared = await getJson(`${sim.url}/_sim/faults`, { method: 'DELETE' });
    expect(cleared.body).toEqual({ searchapi: {}, ebay: {} });
  });

  it('can be active from start-up and are restored by reset', async () => {
    const s = await startSimulator({ faults: { searchapi: { dealMode: true } } });
    try {
      s.control.setFaults({ searchapi: null });
      s.control.reset();
      const body = (await searchapi(s.url, { q: 'trout', filters: 'sold_listings' })).body;
      expect(body.organic_results.filter((r: Json) => !r.is_sponsored).every((r: Json) => 'deal' in r)).toBe(
        true,
      );
    } finally {
      await s.close();
    }
  });
});

describe('quotas and clock', () => {
  it('set limits over HTTP and report usage per key', async () => {
    const res = await post('/_sim/quotas', { searchapi: { hourly: 1, monthly: 50 }, ebay: { daily: 9 } });
    expect(res.body.limits).toEqual({ searchapi: { monthly: 50, hourly: 1 }, ebay: { daily: 9 } });
    await searchapi(sim.url, { q: 'trout' });
    expect((await searchapi(sim.url, { q: 'trout' })).status).toBe(429);
    const usage = (await getJson(`${sim.url}/_sim/quotas`)).body.searchapi[SEARCHAPI_KEY];
    expect(usage).toMatchObject({ monthUsed: 1, hourUsed: 1 });
    expect((await post('/_sim/quotas', { searchapi: { hourly: -1 } })).status).toBe(422);
  });

  it('advances or sets the simulated clock, which rolls the quota windows', async () => {
    const set = await post('/_sim/clock', { now: '2027-01-31T23:59:00Z' });
    expect(Date.parse(set.body.now)).toBeGreaterThanOrEqual(Date.parse('2027-01-31T23:59:00Z'));
    expect(set.body.dataNow).toBe('2026-11-20T00:00:00.000Z');
    await searchapi(sim.url, { q: 'trout' });
    const me = async () => (await getJson(`${sim.url}/api/v1/me?api_key=${SEARCHAPI_KEY}`)).body;
    expect((await me()).subscription).toEqual({ period_start: '2027-01-01', period_end: '2027-01-31' });
    expect((await me()).account.current_month_usage).toBe(1);
    const advanced = await post('/_sim/clock', { advanceMs: 120_000 });
    expect(Date.parse(advanced.body.now)).toBeGreaterThanOrEqual(Date.parse('2027-02-01T00:01:00Z'));
    expect((await me()).account.current_month_usage).toBe(0);
    expect((await post('/_sim/clock', { advanceMs: 'soon' })).status).toBe(422);
  });
});

describe('truth', () => {
  it('names the card a query means and its true value per grade', async () => {
    const res = await getJson(
      `${sim.url}/_sim/truth?q=${encodeURIComponent('2011 topps update mike trout psa 10')}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.identity.id).toBe('2011-topps-update-us175-mike-trout');
    expect(res.body.grade).toBe('PSA 10');
    expect(res.body.value).toBe(res.body.identity.values['PSA 10']);
    expect(res.body.composition.sold.total).toBeGreaterThan(0);
    const labelled = await getJson(
      `${sim.url}/_sim/truth?q=${encodeURIComponent('2011 topps update mike trout')}&labels=1`,
    );
    const first = labelled.body.labels.sold[0];
    const listing = await getJson(`${sim.url}/_sim/listings/${first.itemId}`);
    expect(listing.body).toMatchObject({
      itemId: first.itemId,
      identityId: first.identityId,
      kind: first.kind,
    });
    const search = await searchapi(sim.url, {
      q: '2011 topps update mike trout',
      filters: 'sold_listings',
      num: 240,
    });
    const organicIds = search.body.organic_results
      .filter((r: Json) => !r.is_sponsored)
      .map((r: Json) => r.item_id);
    expect(organicIds).toEqual(labelled.body.labels.sold.slice(0, 240).map((l: Json) => l.itemId));
    const catalogue = await getJson(`${sim.url}/_sim/catalogue`);
    expect(catalogue.body.identities.length).toBeGreaterThanOrEqual(150);
    expect((await getJson(`${sim.url}/_sim/truth`)).status).toBe(422);
    expect((await getJson(`${sim.url}/_sim/listings/1`)).status).toBe(404);
  });
});

describe('standalone main', () => {
  it('logs its URL as JSON, serves, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const main = fileURLToPath(new URL('../main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { ...process.env, SIM_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      child.stdout.setEncoding('utf8');
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          out += chunk;
          const first = out.split('\n')[0];
          if (out.includes('\n') && first) resolve(first);
        });
        child.once('exit', () => reject(new Error(`exited early: ${out}`)));
      });
      const log = JSON.parse(line);
      expect(log.url).toBe(`http://127.0.0.1:${port}`);
      expect((await getJson(`${log.url}/_sim/health`)).body).toEqual({ ok: true });
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const [code] = await exited;
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
