/**
 * Queue "cache-warm": a job scheduler (CACHE_WARM_CRON, UTC) refreshes the most popular searches
 * before their results go stale. Refreshes are background runs: they may never spend the quota reserve.
 */
import {
  CACHE_WARM_BOOTSTRAP_LOCK_KEY,
  canonicalRequest,
  ensureRun,
  QUEUE_PREFIX,
  QUEUES,
  readResult,
  searchKeys,
  searchRequestSchema,
} from '@kuya/shared';
import { Queue } from 'bullmq';
import type { WorkerContext } from '../context.ts';
import type { QueueModule } from '../queue-module.ts';
import { resultFreshForS } from '../search/result.ts';

export const SCHEDULER_ID = 'warm-popular-searches';
/** Refresh a result once this share of its freshness has passed. */
const REFRESH_AT = 0.7;
/** Popularity decays at every warm run so yesterday's hits make way for today's. */
const DECAY = 0.9;
const KEEP_POPULAR = 1000;

let searchQueue: Queue | undefined;
let warmQueue: Queue | undefined;

export interface WarmReport {
  considered: number;
  refreshed: string[];
}

export async function warmPopular(ctx: WorkerContext, queue: Queue): Promise<WarmReport> {
  const { redis, config } = ctx;
  const ids = await redis.zrevrange(searchKeys.popular, 0, config.CACHE_WARM_TOP_N - 1);
  const refreshed: string[] = [];
  for (const searchId of ids) {
    const raw = await redis.hget(searchKeys.popularRequests, searchId);
    const parsed = raw ? searchRequestSchema.safeParse(JSON.parse(raw)) : undefined;
    if (!parsed?.success) continue;
    const cached = await readResult(redis, searchId);
    const freshFor = resultFreshForS(parsed.data, config);
    if (cached && !cached.stale && cached.ageSeconds < freshFor * REFRESH_AT) continue;
    const { joined } = await ensureRun(redis, queue, searchId, canonicalRequest(parsed.data), true);
    if (!joined) refreshed.push(searchId);
  }
  // Decay, then forget all but the most popular (with their stored requests), so both keys stay bounded.
  await redis.zunionstore(searchKeys.popular, 1, searchKeys.popular, 'WEIGHTS', DECAY);
  const forgotten = await redis.zrange(searchKeys.popular, '0', String(-KEEP_POPULAR - 1));
  if (forgotten.length > 0) {
    await redis
      .multi()
      .zrem(searchKeys.popular, ...forgotten)
      .hdel(searchKeys.popularRequests, ...forgotten)
      .exec();
  }
  return { considered: ids.length, refreshed };
}

/** Upserts (or removes) the scheduler; a short lock keeps simultaneous worker boots from racing. */
async function bootstrapScheduler(ctx: WorkerContext, queue: Queue) {
  const lock = await ctx.redis.set(CACHE_WARM_BOOTSTRAP_LOCK_KEY, String(process.pid), 'EX', 30, 'NX');
  if (lock !== 'OK') return;
  if (ctx.config.CACHE_WARM_TOP_N === 0) {
    await queue.removeJobScheduler(SCHEDULER_ID);
    ctx.logger.info('cache warming disabled (CACHE_WARM_TOP_N=0)');
    return;
  }
  await queue.upsertJobScheduler(
    SCHEDULER_ID,
    { pattern: ctx.config.CACHE_WARM_CRON, tz: 'UTC' },
    { name: 'warm', data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 100 } } },
  );
  const schedulers = await queue.getJobSchedulers();
  if (!schedulers.some((s) => s.key === SCHEDULER_ID))
    ctx.logger.error('cache-warm scheduler missing after upsert');
}

export const cacheWarmQueue: QueueModule = {
  name: QUEUES.cacheWarm,
  async start(ctx) {
    searchQueue = new Queue(QUEUES.search, { connection: ctx.redis, prefix: QUEUE_PREFIX });
    warmQueue = new Queue(QUEUES.cacheWarm, { connection: ctx.redis, prefix: QUEUE_PREFIX });
    await bootstrapScheduler(ctx, warmQueue);
  },
  async process(_job, _token, ctx) {
    if (!searchQueue) throw new Error('cache-warm module not started');
    const report = await warmPopular(ctx, searchQueue);
    ctx.logger.info(report, 'cache warm run');
    return report;
  },
  workerOptions: () => ({ concurrency: 1 }),
  async stop() {
    await Promise.all([searchQueue?.close(), warmQueue?.close()]);
  },
};
