/**
 * Nothing accepted is lost: a search whose worker is killed mid-run completes on another worker, and a
 * search in flight while Redis restarts (AOF on) completes once Redis is back. While Redis is down the API
 * answers 503 at once instead of hanging.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pollUntilFinished, postSearch, type SimStack, startSimStack } from '../support/sim-stack.ts';

let stack: SimStack | undefined;
afterEach(async () => {
  await stack?.dispose();
  stack = undefined;
});

async function waitForStatus(apiUrl: string, id: string, status: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const body = await (await fetch(`${apiUrl}/api/v1/searches/${id}`)).json();
    if (body.status === status) return body;
    if (Date.now() > deadline) throw new Error(`never reached ${status}: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('durability', () => {
  it('a worker killed mid-search: another worker finishes the run', async () => {
    stack = await startSimStack({ JOB_LOCK_MS: '2000' });
    const query = stack.sim.control.catalogue()[0]!.canonicalTitle;
    await stack.sim.control.setFaults({ searchapi: { latencyMs: 2500 }, ebay: { latencyMs: 2500 } });
    const { status, body } = await postSearch(stack.apiUrl, { query, pages: 2 });
    expect(status).toBe(202);
    await waitForStatus(stack.apiUrl, body.id, 'running');
    await stack.workers[0]!.kill();
    await stack.sim.control.setFaults({ searchapi: { latencyMs: null }, ebay: { latencyMs: null } });
    stack.addWorker();
    const { body: done } = await pollUntilFinished(stack.apiUrl, body.id, 40_000);
    expect(done.status).toBe('done');
    expect(done.result.comps.counts.sold).toBeGreaterThan(0);
    expect(done.progress.sold.pagesDone).toBe(done.progress.sold.pagesTotal);
  }, 60_000);

  it('Redis restarts while a search runs: the accepted search still completes; meanwhile the API says 503', async () => {
    stack = await startSimStack();
    const cards = stack.sim.control.catalogue();
    await stack.sim.control.setFaults({ searchapi: { latencyMs: 1500 }, ebay: { latencyMs: 1500 } });
    const { status, body } = await postSearch(stack.apiUrl, { query: cards[4]!.canonicalTitle });
    expect(status).toBe(202);

    await stack.redis.stop();
    const t0 = Date.now();
    const during = await postSearch(stack.apiUrl, { query: cards[5]!.canonicalTitle });
    expect(during.status).toBe(503);
    expect(during.body.error.code).toBe('REDIS_UNAVAILABLE');
    expect(Date.now() - t0).toBeLessThan(5000);
    const health = await fetch(`${stack.apiUrl}/health`);
    expect(health.status).toBe(503);

    await new Promise((r) => setTimeout(r, 1000));
    await stack.redis.start();
    await stack.sim.control.setFaults({ searchapi: { latencyMs: null }, ebay: { latencyMs: null } });
    const { body: done } = await pollUntilFinished(stack.apiUrl, body.id, 45_000);
    expect(done.status).toBe('done');
    expect(done.result.comps.counts.sold).toBeGreaterThan(0);
    // And the system takes new work again.
    const after = await postSearch(stack.apiUrl, { query: cards[5]!.canonicalTitle });
    expect([200, 202]).toContain(after.status);
  }, 90_000);
});
