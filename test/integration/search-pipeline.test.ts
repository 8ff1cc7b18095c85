/**
 * The search pipeline end to end with real processes: API → BullMQ flow → worker → providers (simulator over
 * HTTP) → comps → cache → poll and SSE. Tests run in order on one stack; each uses its own query.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pollUntilFinished,
  postSearch,
  readSse,
  type SimStack,
  startSimStack,
} from '../support/sim-stack.ts';

let stack: SimStack;
let queries: string[];

beforeAll(async () => {
  // Heartbeats every 0.3 s, so every stream below also shows that clients skip them.
  stack = await startSimStack({ COMPAT_WAIT_SECONDS: '1.5', SSE_HEARTBEAT_SECONDS: '0.3' });
  // Real cards from the simulator's catalogue, each with plenty of sales (more than one page of 120).
  queries = stack.sim.control
    .catalogue()
    .filter((c) => c.salesVolume >= 150 && !c.parallel && !c.autograph)
    .map((c) => `${c.year} ${c.set} ${c.player}`);
  expect(queries.length).toBeGreaterThan(8);
});
afterAll(async () => {
  await stack?.dispose();
});

describe('search pipeline', () => {
  it('50 concurrent identical POSTs share one id and one run: exactly `pages` SearchAPI calls', async () => {
    const query = queries[0]!;
    const before = stack.calls();
    const variants = Array.from({ length: 50 }, (_, i) => ({
      // Case, spacing and filter order differ; the canonical search is the same.
      query: i % 2 ? query.toUpperCase() : `  ${query.replace(/ /g, '  ')} `,
      pages: 2,
      filters: i % 3 ? { baseOnly: true, rawOnly: true } : { rawOnly: true, baseOnly: true },
    }));
    const answers = await Promise.all(variants.map((body) => postSearch(stack.apiUrl, body)));
    const ids = new Set(answers.map((a) => a.body.id));
    expect(ids.size).toBe(1);
    expect(answers.every((a) => a.status === 202)).toBe(true);
    expect(answers.filter((a) => a.body.joined === false)).toHaveLength(1);

    const { body } = await pollUntilFinished(stack.apiUrl, [...ids][0]);
    expect(body.status).toBe('done');
    const after = stack.calls();
    expect(after.searchapi - before.searchapi).toBe(2);
    expect(after.ebay - before.ebay).toBe(1);
    expect(body.result.providerCalls).toEqual({ searchapi: 2, ebay: 1, total: 3 });
    expect(body.result.source).toBe('simulated');
    expect(body.result.comps.counts.sold).toBeGreaterThan(120);
    expect(body.result.comps.marketValue).toBeGreaterThan(0);
    expect(body.progress.sold).toMatchObject({ pagesDone: 2, pagesTotal: 2, state: 'done' });
  });

  it('repeating the search is a cache hit with zero provider calls, and so is the rawOnly variant', async () => {
    const query = queries[1]!;
    const first = await postSearch(stack.apiUrl, { query });
    expect(first.status).toBe(202);
    await pollUntilFinished(stack.apiUrl, first.body.id);

    const before = stack.calls();
    const again = await postSearch(stack.apiUrl, { query: query.toLowerCase() });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: first.body.id, cached: true, stale: false });
    expect(again.body.ageSeconds).toBeGreaterThanOrEqual(0);

    const raw = await postSearch(stack.apiUrl, { query, filters: { rawOnly: true } });
    expect(raw.body.id).not.toBe(first.body.id);
    const { body } =
      raw.status === 200 ? { body: raw.body } : await pollUntilFinished(stack.apiUrl, raw.body.id);
    expect(body.result.providerCalls.total).toBe(0);
    expect(stack.calls()).toEqual(before);
    const graded = body.result.comps.listings.filter(
      (l: { card: { graded: boolean }; status: string }) => l.card.graded && l.status === 'exact',
    );
    expect(graded).toHaveLength(0);
  });

  it('polling walks queued/running → done and reports per-provider progress', async () => {
    const { body: created } = await postSearch(stack.apiUrl, { query: queries[2]!, pages: 2 });
    const { body, seen } = await pollUntilFinished(stack.apiUrl, created.id);
    expect(seen.at(-1)).toBe('done');
    expect(seen[0]).toMatch(/queued|running/);
    expect(body.progress.active).toMatchObject({ enabled: true, state: 'done', pagesDone: 1 });
    expect(body.progress.sold.listings).toBeGreaterThan(0);
    for (const listing of body.result.comps.listings) {
      expect(['exact', 'excluded']).toContain(listing.status);
      if (listing.status === 'excluded') expect(listing.reasons.length).toBeGreaterThan(0);
    }
    expect(Object.keys(body.result.timings)).toEqual(
      expect.arrayContaining(['queueWaitMs', 'compsMs', 'totalMs']),
    );
  });

  it('SSE: snapshot first, partial before result, ids on every event, Last-Event-ID replays the rest', async () => {
    await stack.sim.control.setFaults({ searchapi: { latencyMs: 300 }, ebay: { latencyMs: 300 } });
    try {
      const { body } = await postSearch(stack.apiUrl, { query: queries[3]!, pages: 2 });
      const url = `${stack.apiUrl}${body.links.events}`;
      const full = await readSse(url);
      const types = full.events.map((e) => e.event);
      expect(types[0]).toBe('snapshot');
      expect(types.at(-1)).toBe('result');
      expect(types).toContain('progress');
      expect(types.indexOf('partial')).toBeGreaterThan(0);
      expect(types.indexOf('partial')).toBeLessThan(types.indexOf('result'));
      expect(full.events.every((e) => typeof e.id === 'string' && e.id.length > 0)).toBe(true);
      const partial = full.events.find((e) => e.event === 'partial')!;
      expect(partial.data.interim).toBe(true);
      expect(partial.data.comps.counts.sold).toBeGreaterThan(0);
      const result = full.events.at(-1)!;
      expect(result.data.result.comps.counts.sold).toBeGreaterThan(partial.data.comps.counts.sold);

      // Reconnect from the first progress event: everything after it is replayed, nothing before.
      const firstProgress = full.events.find((e) => e.event === 'progress')!;
      const replay = await readSse(url, { lastEventId: firstProgress.id });
      const after = full.events.slice(full.events.indexOf(firstProgress) + 1);
      expect(replay.events.map((e) => e.id)).toEqual(after.map((e) => e.id));
      expect(replay.events.at(-1)!.event).toBe('result');

      // A late subscriber to a finished search gets a snapshot, then the result, then the stream ends.
      const late = await readSse(url);
      expect(late.events.map((e) => e.event)).toEqual(['snapshot', 'result']);
    } finally {
      await stack.sim.control.setFaults({ searchapi: { latencyMs: null }, ebay: { latencyMs: null } });
    }
  });

  it('SSE: an idle stream carries heartbeat comments every SSE_HEARTBEAT_SECONDS until the result', async () => {
    await stack.sim.control.setFaults({ searchapi: { latencyMs: 1500 }, ebay: { latencyMs: 1500 } });
    try {
      const { body } = await postSearch(stack.apiUrl, { query: `${queries[3]!} heartbeat` });
      const res = await fetch(`${stack.apiUrl}${body.links.events}`);
      expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const text = await res.text(); // the stream ends after the result
      const beats = text.split('\n').filter((line) => line === ': heartbeat').length;
      // At least 1.5 s of provider latency at one comment per 0.3 s.
      expect(beats).toBeGreaterThanOrEqual(3);
      expect(text.indexOf(': heartbeat')).toBeLessThan(text.indexOf('event: result'));
    } finally {
      await stack.sim.control.setFaults({ searchapi: { latencyMs: null }, ebay: { latencyMs: null } });
    }
  });

  it('one provider down: the answer is still a result, with a warning naming the failure, not cached as fresh', async () => {
    await stack.sim.control.setFaults({ ebay: { errorRate: { 500: 1 } } });
    try {
      const { body: created } = await postSearch(stack.apiUrl, { query: queries[4]! });
      const { body } = await pollUntilFinished(stack.apiUrl, created.id, 60_000);
      expect(body.status).toBe('done');
      expect(body.result.degraded).toBe(true);
      expect(body.result.warnings.join(' ')).toMatch(
        /Active listings \(eBay\) unavailable.*PROVIDER_UNAVAILABLE/,
      );
      expect(body.result.comps.counts.sold).toBeGreaterThan(0);
      expect(body.result.comps.counts.active).toBe(0);
      const again = await postSearch(stack.apiUrl, { query: queries[4]! });
      expect(again.body.stale ?? true).toBe(true);
    } finally {
      await stack.sim.control.setFaults({ ebay: { errorRate: null } });
    }
  });

  it('both providers down: the search fails with a catalogue error and nothing is cached', async () => {
    const query = queries[5]!;
    await stack.sim.control.setFaults({
      searchapi: { errorRate: { 500: 1 } },
      ebay: { errorRate: { 500: 1 } },
    });
    let id: string;
    try {
      const { body: created } = await postSearch(stack.apiUrl, { query });
      id = created.id;
      const { body } = await pollUntilFinished(stack.apiUrl, id, 60_000);
      expect(body.status).toBe('failed');
      expect(body.error.code).toBe('SEARCH_FAILED');
      expect(body.result).toBeUndefined();
    } finally {
      await stack.sim.control.setFaults({ searchapi: { errorRate: null }, ebay: { errorRate: null } });
    }
    // After the outage, the same search runs again (no empty result was cached) and succeeds.
    const retry = await postSearch(stack.apiUrl, { query });
    expect(retry.status).toBe(202);
    const { body } = await pollUntilFinished(stack.apiUrl, id);
    expect(body.status).toBe('done');
    expect(body.result.comps.counts.sold).toBeGreaterThan(0);
  });

  it('compatibility endpoints wait for the result: /comps is sold-only, /active is active-only', async () => {
    const comps = await fetch(`${stack.apiUrl}/comps?query=${encodeURIComponent(queries[6]!)}&pages=1`);
    expect(comps.status).toBe(200);
    const c = await comps.json();
    expect(c.result.request.sources).toEqual({ sold: true, active: false });
    expect(c.result.comps.counts.active).toBe(0);
    const active = await fetch(`${stack.apiUrl}/active?query=${encodeURIComponent(queries[6]!)}`);
    const a = await active.json();
    expect(active.status).toBe(200);
    expect(a.result.comps.counts.sold).toBe(0);
    expect(a.result.comps.counts.active).toBeGreaterThan(0);
    // Past COMPAT_WAIT_SECONDS the answer is 202 with the links to poll or stream.
    await stack.sim.control.setFaults({ searchapi: { latencyMs: 3000 } });
    try {
      const slow = await fetch(`${stack.apiUrl}/comps?query=${encodeURIComponent(queries[9]!)}`);
      expect(slow.status).toBe(202);
      const body = await slow.json();
      expect(body.links.self).toBe(`/api/v1/searches/${body.id}`);
      expect(body.status).toMatch(/queued|running/);
    } finally {
      await stack.sim.control.setFaults({ searchapi: { latencyMs: null } });
    }
    const bad = await fetch(`${stack.apiUrl}/comps`);
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.code).toBe('VALIDATION_FAILED');
  });

  it('kuya-comps search streams through the API and prints a table, or the result as JSON', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ['bin/kuya-comps.mjs', 'search', ...args], {
          env: { ...process.env, KUYA_API_URL: stack.apiUrl },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => {
          stdout += d;
        });
        child.stderr.on('data', (d) => {
          stderr += d;
        });
        child.on('exit', (code) => resolve({ code, stdout, stderr }));
      });
    const table = await run([queries[8]!, '--raw']);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/Market value \$\d+\.\d{2}|Not enough exact sales/);
    expect(table.stdout).toContain('[DEMO: simulated data]');
    expect(table.stderr).toMatch(/sold \d\/\d pages/);
    const json = await run([queries[8]!, '--raw', '--json']);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout);
    expect(result.request.filters).toEqual({ rawOnly: true });
    const bad = await run(['x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('query must have at least 2 characters');
  });

  it('200 SSE clients on 20 searches do not add Redis connections', async () => {
    const { Redis } = await import('ioredis');
    const admin = new Redis(stack.redis.url);
    const apiConnections = async () =>
      String(await admin.client('LIST'))
        .split('\n')
        .filter((line: string) => line.includes('name=kuya-api')).length;
    const base = await apiConnections();
    await stack.sim.control.setFaults({ searchapi: { latencyMs: 1500 }, ebay: { latencyMs: 1500 } });
    const controllers: AbortController[] = [];
    try {
      const created = await Promise.all(
        Array.from({ length: 20 }, (_, i) => postSearch(stack.apiUrl, { query: `${queries[7]} sse ${i}` })),
      );
      const opened = await Promise.all(
        created.flatMap(({ body }) =>
          Array.from({ length: 10 }, async () => {
            const controller = new AbortController();
            controllers.push(controller);
            const res = await fetch(`${stack.apiUrl}${body.links.events}`, { signal: controller.signal });
            return res.status;
          }),
        ),
      );
      expect(opened.filter((s) => s === 200)).toHaveLength(200);
      const during = await apiConnections();
      expect(during).toBe(base);
    } finally {
      for (const c of controllers) c.abort();
      await stack.sim.control.setFaults({ searchapi: { latencyMs: null }, ebay: { latencyMs: null } });
      admin.disconnect();
    }
  });
});
