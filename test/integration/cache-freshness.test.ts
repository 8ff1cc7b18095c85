/**
 * Freshness: a stale result is served at once (`stale: true`) while a refresh runs, and the cache-warm
 * scheduler refreshes popular searches on its own, as background work.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollUntilFinished, postSearch, type SimStack, startSimStack } from '../support/sim-stack.ts';

let stack: SimStack;
let queries: string[];

beforeAll(async () => {
  stack = await startSimStack({
    CACHE_TTL_SOLD: '2',
    CACHE_TTL_ACTIVE: '2',
    CACHE_WARM_TOP_N: '3',
    CACHE_WARM_CRON: '*/2 * * * * *',
  });
  queries = [...new Set(stack.sim.control.catalogue().map((c) => c.canonicalTitle))];
});
afterAll(async () => {
  await stack?.dispose();
});

describe('cache freshness', () => {
  it('serves a stale result at once with stale: true, refreshes it, then serves the fresh one', async () => {
    const query = queries[10]!;
    const first = await postSearch(stack.apiUrl, { query });
    let { body: polled } = await pollUntilFinished(stack.apiUrl, first.body.id);
    // Wait for the result to go stale by polling (a poll records no popularity and starts no run), then ask
    // at once: cache-warm (every 2 s here) refreshes stale popular results too, and would win a fixed sleep.
    while (!polled.stale) {
      await new Promise((r) => setTimeout(r, 50));
      polled = await (await fetch(`${stack.apiUrl}/api/v1/searches/${first.body.id}`)).json();
    }
    const firstRun = polled.result.runId;

    const stale = await postSearch(stack.apiUrl, { query });
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ cached: true, stale: true, refreshing: true });
    expect(stale.body.ageSeconds).toBeGreaterThanOrEqual(2);
    expect(stale.body.result.runId).toBe(firstRun);

    // The refreshed result lands once its run is done; cache-warm (every 2 s here) may start the next
    // refresh at once, so the view is read until it shows a newer result with no run under way.
    const deadline = Date.now() + 20_000;
    let view = stale.body;
    while ((view.result.runId === firstRun || view.status !== 'done') && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      view = await (await fetch(`${stack.apiUrl}/api/v1/searches/${first.body.id}`)).json();
    }
    expect(view.result.runId).not.toBe(firstRun);
    expect(view.status).toBe('done');
  });

  it('cache-warm refreshes a popular search without anyone asking again', async () => {
    const query = queries[11]!;
    const first = await postSearch(stack.apiUrl, { query });
    const { body: done } = await pollUntilFinished(stack.apiUrl, first.body.id);
    const deadline = Date.now() + 20_000;
    let runId = done.result.runId;
    while (runId === done.result.runId && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      const view = await (await fetch(`${stack.apiUrl}/api/v1/searches/${first.body.id}`)).json();
      runId = view.result?.runId ?? runId;
    }
    expect(runId).not.toBe(done.result.runId);
  });
});
