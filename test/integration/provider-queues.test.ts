/**
 * Provider queues end to end: real worker processes, real Redis, real HTTP to the provider simulator.
 * The figures the issue asks for are printed with a `[report]` prefix.
 */
import {
  DEMO_CREDENTIALS,
  failedReasonCode,
  type ProviderPageJob,
  type ProviderPageResult,
  providerPageJob,
  QUEUE_PREFIX,
  QUEUES,
} from '@kuya/shared';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Endpoint, maxInWindow, startSimulator } from '../../apps/provider-sim/src/index.ts';
import { type Service, spawnService } from '../support/processes.ts';
import { startOwnRedis } from '../support/redis.ts';
import { simProviderEnv } from '../support/sim-stack.ts';

/** The 429 storm lasts this long; PROVIDER_STORM_MS=20000 reproduces the full 20 s. */
const STORM_MS = Number(process.env.PROVIDER_STORM_MS ?? 6000);

type Sim = Awaited<ReturnType<typeof startSimulator>>;
type PageInput = Omit<ProviderPageJob, 'background'> & { background?: boolean };

interface Cluster {
  redis: Awaited<ReturnType<typeof startOwnRedis>>;
  connection: Redis;
  queues: { searchapi: Queue; ebay: Queue };
  workers: Service[];
}

async function startCluster(sim: Sim, workers: number, env: NodeJS.ProcessEnv = {}): Promise<Cluster> {
  const redis = await startOwnRedis();
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  const queues = {
    searchapi: new Queue(QUEUES.searchapi, { connection, prefix: QUEUE_PREFIX }),
    ebay: new Queue(QUEUES.ebay, { connection, prefix: QUEUE_PREFIX }),
  };
  const fullEnv = { REDIS_URL: redis.url, ...simProviderEnv(sim.url), CACHE_WARM_TOP_N: '0', ...env };
  const services = Array.from({ length: workers }, () => spawnService('apps/worker/src/main.ts', fullEnv));
  const deadline = Date.now() + 30_000;
  while (
    (await queues.ebay.getWorkers()).length < workers ||
    (await queues.searchapi.getWorkers()).length < workers
  ) {
    if (Date.now() > deadline)
      throw new Error(`workers did not start:\n${services.map((s) => s.output()).join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { redis, connection, queues, workers: services };
}

async function stopCluster(cluster: Cluster | undefined): Promise<void> {
  if (!cluster) return;
  await Promise.all(cluster.workers.map((w) => w.stop()));
  await Promise.all(Object.values(cluster.queues).map((q) => q.close()));
  cluster.connection.disconnect();
  await cluster.redis.dispose();
}

async function enqueue(queue: Queue, inputs: PageInput[], scope?: string): Promise<string[]> {
  const jobs = inputs.map((input) => providerPageJob({ background: false, ...input }, { scope }));
  await queue.addBulk(jobs.map((j) => ({ name: j.name, data: j.data, opts: j.opts })));
  return jobs.map((j) => j.opts.jobId);
}

/** Waits until every job completed or failed, then returns them. */
async function settle(queue: Queue, ids: string[], timeoutMs: number): Promise<Job[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = await Promise.all(ids.map((id) => queue.getJobState(id)));
    if (states.every((s) => s === 'completed' || s === 'failed')) break;
    if (Date.now() > deadline) throw new Error(`jobs still pending: ${states.join(',')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return Promise.all(ids.map(async (id) => (await Job.fromId(queue, id)) as Job));
}

const report = (line: string) => console.log(`[report] ${line}`);

let sim: Sim;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.close();
});

/** The calls the simulator answered on one endpoint since `since` (epoch ms), oldest first. */
const simCalls = (since: number, endpoint: Endpoint) => sim.control.counters({ since, endpoint }).calls;

describe('three workers sharing the provider queues', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster(sim, 3, { SEARCHAPI_RATE_PER_SEC: '2', EBAY_RATE_PER_SEC: '50' });
  });
  afterAll(() => stopCluster(cluster));

  it('SEARCHAPI_RATE_PER_SEC=2: 30 page jobs at once never put more than 2 calls in any second', async () => {
    const since = Date.now();
    const ids = await enqueue(
      cluster.queues.searchapi,
      Array.from({ length: 30 }, (_, i) => ({
        provider: 'searchapi' as const,
        query: { q: `topps chrome ${i}` },
        page: 1,
      })),
    );
    const jobs = await settle(cluster.queues.searchapi, ids, 40_000);
    expect(jobs.map((j) => j.finishedOn && !j.failedReason)).toEqual(jobs.map(() => true));
    const calls = simCalls(since, 'searchapi.search');
    expect(calls).toHaveLength(30);
    const max = maxInWindow(calls.map((c) => c.t));
    const span = ((calls.at(-1)!.t - calls[0]!.t) / 1000).toFixed(1);
    const times = calls.map((c) => c.t).sort((a, b) => a - b);
    const minGap = Math.min(...times.slice(1).map((t, i) => t - times[i]!));
    report(
      `limiter: 30 jobs, 3 workers, rate 2/s → max ${max} calls in any 1 s window, ` +
        `min gap ${minGap} ms (30 calls over ${span} s)`,
    );
    expect(max).toBeLessThanOrEqual(2);
  }, 45_000);

  it('100 eBay page jobs across 3 workers mint one token', async () => {
    const since = Date.now();
    const ids = await enqueue(
      cluster.queues.ebay,
      Array.from({ length: 100 }, (_, i) => ({
        provider: 'ebay' as const,
        query: { q: `prizm ${i}`, num: 50 },
        page: 1,
      })),
    );
    const jobs = await settle(cluster.queues.ebay, ids, 30_000);
    expect(jobs.filter((j) => j.failedReason)).toEqual([]);
    const tokens = simCalls(since, 'ebay.token');
    const searches = simCalls(since, 'ebay.search');
    report(
      `eBay token: 100 page jobs, 3 workers → ${tokens.length} token(s) minted, ${searches.length} searches`,
    );
    expect(tokens).toHaveLength(1);
    expect(searches).toHaveLength(100);
  }, 40_000);

  it(
    'a 429 storm on half the SearchAPI calls: every job completes and no attempt is burned',
    async () => {
      sim.control.setFaults({ searchapi: { storm429: { durationMs: STORM_MS, rate: 0.5 } } });
      const since = Date.now();
      const count = Math.max(12, Math.round(STORM_MS / 1000));
      const ids = await enqueue(
        cluster.queues.searchapi,
        Array.from({ length: count }, (_, i) => ({
          provider: 'searchapi' as const,
          query: { q: `storm ${i}` },
          page: 1,
        })),
      );
      const jobs = await settle(cluster.queues.searchapi, ids, STORM_MS + 60_000);
      sim.control.setFaults({ searchapi: { storm429: null } });
      const calls = simCalls(since, 'searchapi.search');
      const throttled = calls.filter((c) => c.status === 429).length;
      const inStorm = calls.filter((c) => c.t < since + STORM_MS);
      const elapsed = ((Date.now() - since) / 1000).toFixed(1);
      report(
        `429 storm: ${STORM_MS / 1000} s at 50 %, ${count} jobs → ` +
          `${jobs.filter((j) => !j.failedReason).length} completed in ${elapsed} s; ` +
          `${throttled} of ${calls.length} calls answered 429 (${inStorm.length} calls during the storm); ` +
          `attemptsMade ${[...new Set(jobs.map((j) => j.attemptsMade))].join('/')} for all jobs, ` +
          `max attemptsStarted ${Math.max(...jobs.map((j) => j.attemptsStarted))}`,
      );
      expect(jobs.map((j) => j.failedReason ?? 'ok')).toEqual(jobs.map(() => 'ok'));
      expect(throttled).toBeGreaterThan(0);
      // A completed job's attemptsMade is 1 (its successful attempt); a 429 never adds one.
      expect(jobs.map((j) => j.attemptsMade)).toEqual(jobs.map(() => 1));
      expect(jobs.reduce((n, j) => n + j.attemptsStarted - 1, 0)).toBe(throttled);
    },
    STORM_MS + 70_000,
  );

  it('a page already fetched costs no provider call, whichever worker asks', async () => {
    const query = { q: 'Topps Chrome 0' };
    const since = Date.now();
    // A new job id (scope): the limiter test's completed job for this page would otherwise be reused.
    const [id] = await enqueue(
      cluster.queues.searchapi,
      [{ provider: 'searchapi', query, page: 1 }],
      'again',
    );
    const [again] = await settle(cluster.queues.searchapi, [id!], 10_000);
    expect(again!.returnvalue).toMatchObject({ fromCache: true, providerCalls: 0 });
    expect(simCalls(since, 'searchapi.search')).toEqual([]);
  });
});

describe('wrong credentials', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster(sim, 2, {
      SEARCH_API_KEY: 'wrong-searchapi-key',
      EBAY_CERT_ID: 'wrong-cert-id',
    });
  });
  afterAll(() => stopCluster(cluster));

  it('cost exactly one SearchAPI call per page job and fail at once with PROVIDER_AUTH', async () => {
    const since = Date.now();
    const ids = await enqueue(
      cluster.queues.searchapi,
      Array.from({ length: 5 }, (_, i) => ({
        provider: 'searchapi' as const,
        query: { q: `auth ${i}` },
        page: 1,
      })),
    );
    const jobs = await settle(cluster.queues.searchapi, ids, 10_000);
    expect(jobs.map((j) => failedReasonCode(j.failedReason))).toEqual(jobs.map(() => 'PROVIDER_AUTH'));
    expect(jobs.map((j) => j.attemptsMade)).toEqual(jobs.map(() => 1));
    // At once: no backoff delay between the job being added and failing.
    expect(Math.max(...jobs.map((j) => (j.finishedOn ?? Infinity) - j.timestamp))).toBeLessThan(5000);
    const calls = simCalls(since, 'searchapi.search');
    expect(calls.map((c) => [c.key, c.status])).toEqual(ids.map(() => ['wrong-searchapi-key', 401]));
    report(
      `wrong SearchAPI key: 5 page jobs → ${calls.length} provider calls, all failed PROVIDER_AUTH on attempt 1`,
    );
  });

  it('eBay: fail with PROVIDER_AUTH at the token endpoint, never reaching search', async () => {
    const since = Date.now();
    const ids = await enqueue(
      cluster.queues.ebay,
      Array.from({ length: 5 }, (_, i) => ({
        provider: 'ebay' as const,
        query: { q: `auth ${i}` },
        page: 1,
      })),
    );
    const jobs = await settle(cluster.queues.ebay, ids, 10_000);
    expect(jobs.map((j) => failedReasonCode(j.failedReason))).toEqual(jobs.map(() => 'PROVIDER_AUTH'));
    expect(jobs.map((j) => j.attemptsMade)).toEqual(jobs.map(() => 1));
    const tokens = simCalls(since, 'ebay.token');
    expect(tokens.length).toBeGreaterThanOrEqual(1);
    expect(tokens.length).toBeLessThanOrEqual(5);
    expect(simCalls(since, 'ebay.search')).toEqual([]);
    report(
      `wrong eBay cert: 5 page jobs → ${tokens.length} token calls (401), 0 searches, all PROVIDER_AUTH`,
    );
  });
});

describe('exhausted quotas', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster(sim, 1, { EBAY_DAILY_QUOTA: '4', QUOTA_RESERVE_FRACTION: '0.5' });
  });
  afterAll(async () => {
    sim.control.setQuotas({ searchapi: { monthly: 10_000 } });
    await stopCluster(cluster);
  });

  it("SearchAPI's monthly 429 fails the page unrecoverably and blocks every later call", async () => {
    const me = (await (
      await fetch(`${sim.url}/api/v1/me`, {
        headers: { authorization: `Bearer ${DEMO_CREDENTIALS.SEARCH_API_KEY}` },
      })
    ).json()) as { account: { current_month_usage: number } };
    sim.control.setQuotas({ searchapi: { monthly: me.account.current_month_usage + 2 } });
    const since = Date.now();
    const page = (q: string): PageInput => ({ provider: 'searchapi', query: { q }, page: 1 });
    const first = await settle(
      cluster.queues.searchapi,
      await enqueue(cluster.queues.searchapi, [page('q1'), page('q2')]),
      10_000,
    );
    expect(first.map((j) => j.failedReason ?? 'ok')).toEqual(['ok', 'ok']);
    const wall = await settle(
      cluster.queues.searchapi,
      await enqueue(cluster.queues.searchapi, [page('q3')]),
      10_000,
    );
    expect(failedReasonCode(wall[0]!.failedReason)).toBe('PROVIDER_QUOTA_EXHAUSTED');
    expect(wall[0]!.attemptsMade).toBe(1);
    const later = await settle(
      cluster.queues.searchapi,
      await enqueue(cluster.queues.searchapi, [page('q4'), page('q5')]),
      10_000,
    );
    expect(later.map((j) => failedReasonCode(j.failedReason))).toEqual([
      'PROVIDER_QUOTA_EXHAUSTED',
      'PROVIDER_QUOTA_EXHAUSTED',
    ]);
    const calls = simCalls(since, 'searchapi.search');
    expect(calls.map((c) => c.status)).toEqual([200, 200, 429]);
  });

  it('our own eBay counter: background work stops at the reserve, interactive work at the limit', async () => {
    const since = Date.now();
    const page = (q: string, background: boolean): PageInput => ({
      provider: 'ebay',
      query: { q },
      page: 1,
      background,
    });
    const run = async (input: PageInput) =>
      (await settle(cluster.queues.ebay, await enqueue(cluster.queues.ebay, [input]), 10_000))[0]!;
    const outcomes = [];
    for (const input of [
      page('b1', true),
      page('b2', true),
      page('b3', true),
      page('i1', false),
      page('i2', false),
      page('i3', false),
    ]) {
      const job = await run(input);
      outcomes.push(
        job.failedReason
          ? failedReasonCode(job.failedReason)
          : (job.returnvalue as ProviderPageResult).providerCalls,
      );
    }
    expect(outcomes).toEqual([1, 1, 'PROVIDER_QUOTA_EXHAUSTED', 1, 1, 'PROVIDER_QUOTA_EXHAUSTED']);
    expect(simCalls(since, 'ebay.search')).toHaveLength(4);
  });
});
