import { randomUUID } from 'node:crypto';
import {
  type Config,
  createLogger,
  type ProviderQuery,
  parseConfig,
  quotaBlockKey,
  quotaWindow,
  rawPageKey,
} from '@kuya/shared';
import type { Job } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startOwnRedis } from '../../../../test/support/redis.ts';
import type { FetchPageOptions, ProviderClient, ProviderFetch } from '../providers/client.ts';
import { ProviderError, type ProviderErrorInfo } from '../providers/errors.ts';
import {
  MAX_STARTED_ATTEMPTS,
  type PageProcessorDeps,
  processProviderPage,
  providerConcurrency,
  providerLimiter,
} from './provider-page.ts';

type Behaviour = (opts: FetchPageOptions) => Promise<ProviderFetch>;

class FakeClient implements ProviderClient {
  calls = 0;
  constructor(
    readonly provider: 'searchapi' | 'ebay',
    public behaviour: Behaviour,
  ) {}
  async fetchPage(_query: ProviderQuery, _page: number, opts: FetchPageOptions = {}): Promise<ProviderFetch> {
    this.calls++;
    return this.behaviour(opts);
  }
}

const okPage: Behaviour = async ({ beforeCall }) => {
  await beforeCall?.();
  return { page: { listings: [], hasMore: true, totalResults: 5, warnings: [] }, calls: 1 };
};
const failWith =
  (
    code: ProviderError['code'],
    info: ProviderErrorInfo = {},
    provider: 'searchapi' | 'ebay' = 'searchapi',
  ): Behaviour =>
  async ({ beforeCall }) => {
    await beforeCall?.();
    throw new ProviderError(code, provider, 'test failure', info);
  };

describe('processProviderPage', () => {
  let own: Awaited<ReturnType<typeof startOwnRedis>>;
  let redis: Redis;
  let config: Config;
  let rateLimits: number[];
  let q: string;

  beforeAll(async () => {
    own = await startOwnRedis();
    redis = new Redis(own.url);
    config = parseConfig({
      SEARCHAPI_MONTHLY_QUOTA: '100',
      EBAY_DAILY_QUOTA: '100',
      QUOTA_RESERVE_FRACTION: '0.5',
      // Fast pacing: these tests are about outcomes, not spacing.
      SEARCHAPI_RATE_PER_SEC: '1000',
      EBAY_RATE_PER_SEC: '1000',
    });
  });
  afterAll(async () => {
    redis.disconnect();
    await own.dispose();
  });
  beforeEach(async () => {
    await redis.flushdb();
    rateLimits = [];
    q = `card ${randomUUID()}`;
  });

  const job = (data: unknown, attempts: { made?: number; started?: number } = {}) =>
    ({
      id: 'job-1',
      queueName: 'provider-searchapi',
      data,
      attemptsMade: attempts.made ?? 0,
      attemptsStarted: attempts.started ?? 1,
    }) as unknown as Job;
  const pageJob = (over: Record<string, unknown> = {}) => ({
    provider: 'searchapi',
    query: { q },
    page: 1,
    background: false,
    ...over,
  });
  const deps = (client: ProviderClient): PageProcessorDeps => ({
    redis,
    config,
    logger: createLogger({ name: 'test', level: 'silent' }),
    client,
    queue: {
      rateLimit: async (ms: number) => {
        rateLimits.push(ms);
      },
    },
  });
  const run = (
    client: ProviderClient,
    data: unknown = pageJob(),
    attempts?: { made?: number; started?: number },
  ) => processProviderPage(job(data, attempts), deps(client));

  it('rejects a bad payload once, unrecoverably', async () => {
    const client = new FakeClient('searchapi', okPage);
    await expect(run(client, { provider: 'searchapi', query: { q: '' }, page: 0 })).rejects.toMatchObject({
      name: 'UnrecoverableError',
      message: expect.stringMatching(/^INTERNAL: invalid page job/),
    });
    await expect(run(client, pageJob({ provider: 'ebay' }))).rejects.toMatchObject({
      name: 'UnrecoverableError',
    });
    await expect(run(client, pageJob({ query: { q, num: 100 } }))).rejects.toThrow(
      /SearchAPI num must be 60, 120 or 240/,
    );
    expect(client.calls).toBe(0);
  });

  it('caches a fetched page; the same canonical page then costs no call', async () => {
    const client = new FakeClient('searchapi', okPage);
    expect(await run(client)).toMatchObject({
      fromCache: false,
      providerCalls: 1,
      hasMore: true,
      totalResults: 5,
    });
    expect(await redis.ttl(rawPageKey('searchapi', { q }, 1))).toBe(config.CACHE_TTL_SOLD);
    const again = await run(client, pageJob({ query: { q: `  ${q.toUpperCase()} `, num: 120 } }));
    expect(again).toMatchObject({ fromCache: true, providerCalls: 0, hasMore: true });
    expect(client.calls).toBe(1);
  });

  it('never caches a failed page', async () => {
    const client = new FakeClient('searchapi', failWith('PROVIDER_UNAVAILABLE', { status: 500 }));
    await expect(run(client)).rejects.toBeInstanceOf(ProviderError);
    expect(await redis.exists(rawPageKey('searchapi', { q }, 1))).toBe(0);
  });

  it('on a 429 pauses the queue (Retry-After, else escalating) and throws RateLimitError unwrapped', async () => {
    const client = new FakeClient('searchapi', failWith('PROVIDER_RATE_LIMITED', { status: 429 }));
    for (let i = 0; i < 3; i++) {
      await expect(run(client)).rejects.toMatchObject({
        name: 'RateLimitError',
        message: 'bullmq:rateLimitExceeded',
      });
    }
    client.behaviour = failWith('PROVIDER_RATE_LIMITED', { status: 429, retryAfterMs: 4200 });
    await expect(run(client)).rejects.toMatchObject({ name: 'RateLimitError' });
    expect(rateLimits).toEqual([1000, 2000, 4000, 4200]);
    client.behaviour = okPage;
    await run(client);
    client.behaviour = failWith('PROVIDER_RATE_LIMITED', { status: 429 });
    await expect(run(client, pageJob({ page: 2 }))).rejects.toMatchObject({ name: 'RateLimitError' });
    expect(rateLimits.at(-1)).toBe(1000);
  });

  it('gives up on endless 429s after MAX_STARTED_ATTEMPTS starts', async () => {
    const client = new FakeClient('searchapi', failWith('PROVIDER_RATE_LIMITED', { status: 429 }));
    await expect(run(client, pageJob(), { started: MAX_STARTED_ATTEMPTS })).rejects.toMatchObject({
      name: 'UnrecoverableError',
      message: expect.stringMatching(
        /^PROVIDER_RATE_LIMITED: searchapi: test failure \(still throttled after 30 starts\)/,
      ),
    });
    expect(rateLimits).toEqual([]);
  });

  it('fails at once on bad credentials and bad requests', async () => {
    for (const code of ['PROVIDER_AUTH', 'PROVIDER_BAD_REQUEST'] as const) {
      const client = new FakeClient('searchapi', failWith(code, { status: 401 }));
      await expect(run(client)).rejects.toMatchObject({
        name: 'UnrecoverableError',
        message: expect.stringMatching(new RegExp(`^${code}: searchapi: test failure`)),
      });
    }
  });

  it('retries 5xx and timeouts (the job fails with the coded message)', async () => {
    for (const code of ['PROVIDER_UNAVAILABLE', 'PROVIDER_TIMEOUT'] as const) {
      const client = new FakeClient('searchapi', failWith(code));
      await expect(run(client, pageJob(), { made: 2, started: 3 })).rejects.toMatchObject({
        name: 'ProviderError',
        code,
      });
    }
  });

  it('retries a bad response once, then gives up', async () => {
    const client = new FakeClient('searchapi', failWith('PROVIDER_BAD_RESPONSE', { status: 200 }));
    await expect(run(client)).rejects.toMatchObject({ name: 'ProviderError' });
    await expect(run(client, pageJob(), { made: 1, started: 2 })).rejects.toMatchObject({
      name: 'UnrecoverableError',
    });
  });

  it('blocks the window when the provider says the quota is gone; later pages make no call', async () => {
    const client = new FakeClient('searchapi', failWith('PROVIDER_QUOTA_EXHAUSTED', { status: 429 }));
    await expect(run(client)).rejects.toMatchObject({
      name: 'UnrecoverableError',
      message: expect.stringMatching(/^PROVIDER_QUOTA_EXHAUSTED/),
    });
    expect(await redis.exists(quotaBlockKey('searchapi', quotaWindow('searchapi').id))).toBe(1);
    client.behaviour = okPage;
    await expect(run(client, pageJob({ page: 2 }))).rejects.toMatchObject({
      name: 'UnrecoverableError',
      message: expect.stringMatching(/^PROVIDER_QUOTA_EXHAUSTED: searchapi: the provider reported/),
    });
  });

  it('background jobs stop at the reserve; interactive ones may spend it', async () => {
    const client = new FakeClient('searchapi', okPage);
    for (let i = 1; i <= 50; i++) await run(client, pageJob({ query: { q: `${q} ${i}` }, background: true }));
    await expect(run(client, pageJob({ background: true }))).rejects.toMatchObject({
      name: 'UnrecoverableError',
      message: expect.stringMatching(/^PROVIDER_QUOTA_EXHAUSTED: searchapi: only the reserve/),
    });
    expect(await run(client, pageJob())).toMatchObject({ providerCalls: 1 });
  });

  it('eBay 12515 on a valid offset: retried once, then pagination stops without caching', async () => {
    const client = new FakeClient(
      'ebay',
      failWith('PROVIDER_BAD_REQUEST', { status: 400, providerErrorId: 12515 }, 'ebay'),
    );
    const ebayJob = pageJob({ provider: 'ebay', page: 3 });
    await expect(run(client, ebayJob)).rejects.toMatchObject({ name: 'ProviderError' });
    expect(await run(client, ebayJob, { made: 1, started: 2 })).toMatchObject({
      listings: [],
      hasMore: false,
      fromCache: false,
      warnings: [expect.stringContaining('pagination stopped')],
    });
    expect(await redis.exists(rawPageKey('ebay', { q }, 3))).toBe(0);
  });
});

describe('provider worker sizing', () => {
  it('spaces jobs evenly, 10 % under the rate', () => {
    expect(providerLimiter(2)).toEqual({ max: 1, duration: 550 });
    expect(providerLimiter(5)).toEqual({ max: 1, duration: 220 });
    expect(providerLimiter(0.5)).toEqual({ max: 1, duration: 2200 });
  });

  it('sizes concurrency as rate × p95 latency unless overridden', () => {
    expect(providerConcurrency('searchapi', 5)).toBe(40);
    expect(providerConcurrency('ebay', 5)).toBe(8);
    expect(providerConcurrency('searchapi', 0.1)).toBe(1);
    expect(providerConcurrency('searchapi', 5, 3)).toBe(3);
  });
});
