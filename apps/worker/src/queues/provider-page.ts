/**
 * The page processor both provider queues share: validate the payload, answer from the raw page cache,
 * count the call against the quota, call the provider, cache the page. Failures map to BullMQ's three
 * outcomes: retry with backoff (5xx, timeouts), fail at once (UnrecoverableError), or wait without burning an
 * attempt (queue.rateLimit + RateLimitError on a 429).
 */
import {
  type Config,
  canonicalProviderQuery,
  formatFailedReason,
  type Logger,
  PROVIDER_QUEUES,
  type Provider,
  type ProviderPageResult,
  type ProviderQuery,
  providerPageJobSchema,
  providerPageResultSchema,
  QUEUE_PREFIX,
  rateLimitStreakKey,
  rawPageKey,
} from '@kuya/shared';
import { type Job, Queue, RateLimitError, UnrecoverableError, type WorkerOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { awaitCallSlot } from '../call-pacer.ts';
import type { WorkerContext } from '../context.ts';
import type { ProviderClient } from '../providers/client.ts';
import { EBAY_BAD_OFFSET_ID } from '../providers/ebay.ts';
import { ProviderError, UNRECOVERABLE_PROVIDER_CODES } from '../providers/errors.ts';
import type { QueueModule } from '../queue-module.ts';
import { markQuotaExhausted, reserveProviderCall } from '../quota.ts';

export interface PageProcessorDeps {
  redis: Redis;
  config: Config;
  logger: Logger;
  client: ProviderClient;
  /** The provider's queue: a 429 pauses it for every worker. */
  queue: Pick<Queue, 'rateLimit'>;
  signal?: AbortSignal;
}

/** A job moved back by 429s this many times fails with PROVIDER_RATE_LIMITED instead of looping forever. */
export const MAX_STARTED_ATTEMPTS = 30;
/** Queue pause after a 429 without Retry-After: 1 s, doubling per consecutive 429 across workers, capped. */
export const RATE_LIMIT_BASE_MS = 1000;
export const RATE_LIMIT_MAX_MS = 30_000;

const cachedPageSchema = providerPageResultSchema.pick({
  listings: true,
  hasMore: true,
  totalResults: true,
  warnings: true,
});

function cacheTtl(provider: Provider, config: Config): number {
  return provider === 'searchapi' ? config.CACHE_TTL_SOLD : config.CACHE_TTL_ACTIVE;
}

/**
 * A page from the raw page cache as a page job would return it (`fromCache: true`, no provider call), or
 * null. Producers may call it to skip enqueueing pages that are already there.
 */
export async function readCachedPage(
  redis: Redis,
  provider: Provider,
  query: ProviderQuery,
  page: number,
): Promise<ProviderPageResult | null> {
  const raw = await redis.get(rawPageKey(provider, query, page));
  if (!raw) return null;
  try {
    const parsed = cachedPageSchema.safeParse(JSON.parse(raw));
    return parsed.success ? { provider, page, ...parsed.data, fromCache: true, providerCalls: 0 } : null;
  } catch {
    return null;
  }
}

export async function processProviderPage(job: Job, deps: PageProcessorDeps): Promise<ProviderPageResult> {
  const { redis, config, logger, client, signal } = deps;
  const parsed = providerPageJobSchema.safeParse(job.data);
  if (!parsed.success || parsed.data.provider !== client.provider) {
    const why = parsed.success
      ? `provider ${parsed.data.provider} on the ${client.provider} queue`
      : parsed.error.message;
    throw new UnrecoverableError(
      formatFailedReason('INTERNAL', `invalid page job: ${why.replace(/\s+/g, ' ')}`),
    );
  }
  const { provider, page, background } = parsed.data;
  const query = canonicalProviderQuery(provider, parsed.data.query);
  const cached = await readCachedPage(redis, provider, query, page);
  if (cached) return cached;

  let fetched: Awaited<ReturnType<ProviderClient['fetchPage']>>;
  try {
    fetched = await client.fetchPage(query, page, {
      signal,
      beforeCall: async () => {
        await reserveProviderCall(redis, config, provider, { background });
        await awaitCallSlot(redis, provider, providerLimiter(providerRate(provider, config)).duration);
      },
    });
  } catch (err) {
    const outcome = await failureOutcome(err, job, deps);
    if (outcome instanceof Error) throw outcome;
    // The provider answered the one call with an error page; not cached.
    return { provider, page, ...outcome, fromCache: false, providerCalls: 1 };
  }
  const result = { provider, page, ...fetched.page, fromCache: false, providerCalls: fetched.calls };
  await redis
    .multi()
    .set(rawPageKey(provider, query, page), JSON.stringify(fetched.page), 'EX', cacheTtl(provider, config))
    .del(rateLimitStreakKey(provider))
    .exec();
  logger.debug(
    {
      queue: job.queueName,
      jobId: job.id,
      provider,
      page,
      listings: result.listings.length,
      calls: result.providerCalls,
    },
    'page fetched',
  );
  return result;
}

type StoppedPage = Pick<ProviderPageResult, 'listings' | 'hasMore' | 'totalResults' | 'warnings'>;

/** What to throw for a failed call (or, for eBay's second bogus 12515, an uncached last page). */
async function failureOutcome(err: unknown, job: Job, deps: PageProcessorDeps): Promise<Error | StoppedPage> {
  if (!(err instanceof ProviderError)) return err instanceof Error ? err : new Error(String(err));
  const { redis, queue, logger } = deps;
  const firstAttempt = job.attemptsMade === 0;
  switch (err.code) {
    case 'PROVIDER_RATE_LIMITED': {
      if (job.attemptsStarted >= MAX_STARTED_ATTEMPTS) {
        return new UnrecoverableError(`${err.message} (still throttled after ${job.attemptsStarted} starts)`);
      }
      const streakKey = rateLimitStreakKey(err.provider);
      const [[, streak]] = (await redis.multi().incr(streakKey).expire(streakKey, 300).exec()) as [
        [null, number],
      ];
      const delay =
        err.info.retryAfterMs ?? Math.min(RATE_LIMIT_BASE_MS * 2 ** (streak - 1), RATE_LIMIT_MAX_MS);
      logger.info(
        { queue: job.queueName, jobId: job.id, delayMs: delay, streak },
        'provider 429: pausing the queue',
      );
      await queue.rateLimit(delay);
      // Thrown as is: BullMQ recognises it by message and moves the job back without using an attempt.
      return new RateLimitError();
    }
    case 'PROVIDER_QUOTA_EXHAUSTED':
      // Only a provider answer (it has a status) blocks the window; our own refusal already knows.
      if (err.info.status !== undefined) await markQuotaExhausted(redis, err.provider, err.message);
      return new UnrecoverableError(err.message);
    case 'PROVIDER_BAD_REQUEST':
      if (err.provider === 'ebay' && err.info.providerErrorId === EBAY_BAD_OFFSET_ID) {
        // Intermittent on valid offsets (providers.md C.2.5): retry once, then stop paginating.
        if (firstAttempt) return err;
        return {
          listings: [],
          hasMore: false,
          totalResults: null,
          warnings: [`${err.message}; pagination stopped`],
        };
      }
      return new UnrecoverableError(err.message);
    case 'PROVIDER_BAD_RESPONSE':
      // A truncated body may be a one-off; the same malformed shape twice will not fix itself.
      return firstAttempt ? err : new UnrecoverableError(err.message);
    default:
      return UNRECOVERABLE_PROVIDER_CODES.has(err.code) ? new UnrecoverableError(err.message) : err;
  }
}

/**
 * p95 provider latency used to size concurrency. SearchAPI scrapes eBay live (seconds per page; clients
 * time out at 12-30 s); eBay Browse answers well under a second but has a slow tail.
 */
export const P95_LATENCY_MS: Record<Provider, number> = { searchapi: 8000, ebay: 1500 };

/**
 * Limiter for `ratePerSec` calls per second across all workers. One job per window, so starts are evenly
 * spaced (a `{max: N}` window lets bursts at window edges put 2N calls into one second). The window is
 * 10 % longer than 1000/rate: the call pacer (call-pacer.ts) uses the same interval, and the margin absorbs
 * up to 100 ms of jitter (timers and the event loop of a busy worker) between taking a slot and the
 * request reaching the provider.
 */
export function providerLimiter(ratePerSec: number): { max: number; duration: number } {
  return { max: 1, duration: Math.ceil(1100 / ratePerSec) };
}

/**
 * Little's law: jobs in flight ≈ rate × p95 latency. More would only wait on the limiter; fewer would leave
 * quota unused while calls are in flight (bullmq-notes §5.3). WORKER_CONCURRENCY overrides.
 */
export function providerConcurrency(provider: Provider, ratePerSec: number, override?: number): number {
  return override ?? Math.max(1, Math.ceil((ratePerSec * P95_LATENCY_MS[provider]) / 1000));
}

export function providerRate(provider: Provider, config: Config): number {
  return provider === 'searchapi' ? config.SEARCHAPI_RATE_PER_SEC : config.EBAY_RATE_PER_SEC;
}

export function providerWorkerOptions(provider: Provider, config: Config): Partial<WorkerOptions> {
  const rate = providerRate(provider, config);
  return {
    concurrency: providerConcurrency(provider, rate, config.WORKER_CONCURRENCY),
    limiter: providerLimiter(rate),
  };
}

/**
 * A provider queue module: its client and its own Queue handle (for `queue.rateLimit`) are built in
 * `start`, once per worker process.
 */
export function providerQueueModule(
  provider: Provider,
  createClient: (ctx: WorkerContext) => ProviderClient,
): QueueModule {
  const name = PROVIDER_QUEUES[provider];
  let state: { queue: Queue; client: ProviderClient } | undefined;
  return {
    name,
    async start(ctx) {
      const queue = new Queue(name, { connection: ctx.redis, prefix: QUEUE_PREFIX });
      queue.on('error', (err) => ctx.logger.warn({ queue: name, err: err.message }, 'queue error'));
      state = { queue, client: createClient(ctx) };
    },
    process(job, _token, ctx, signal) {
      if (!state) throw new Error(`${name} processed a job before start()`);
      return processProviderPage(job, { ...ctx, ...state, signal });
    },
    workerOptions: (ctx) => providerWorkerOptions(provider, ctx.config),
    async stop() {
      await state?.queue.close();
    },
  };
}
