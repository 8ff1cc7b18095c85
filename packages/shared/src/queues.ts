/** Queue names (kebab-case, no `:`), shared by producers, workers and Bull Board. */
export const QUEUES = {
  search: 'search',
  searchapi: 'provider-searchapi',
  ebay: 'provider-ebay',
  cacheWarm: 'cache-warm',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Prefix for every BullMQ key. Hash-tag it (`{kuya}`) only when moving to Redis Cluster. */
export const QUEUE_PREFIX = 'kuya';

/**
 * Retry and retention per queue. BullMQ owns retries (got runs with `retry: { limit: 0 }`);
 * retention is bounded by both age and count because age-based removal is lazy (bullmq-notes §1.10).
 */
const retention = {
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600, count: 5000 },
  keepLogs: 50,
  stackTraceLimit: 10,
} as const;

const exponentialBackoff = (delay: number) => ({ type: 'exponential', delay, jitter: 0.5 }) as const;

export const JOB_OPTIONS = {
  [QUEUES.search]: { attempts: 3, backoff: exponentialBackoff(1000), ...retention },
  [QUEUES.searchapi]: { attempts: 4, backoff: exponentialBackoff(1000), ...retention },
  [QUEUES.ebay]: { attempts: 4, backoff: exponentialBackoff(1000), ...retention },
  [QUEUES.cacheWarm]: { attempts: 2, backoff: exponentialBackoff(5000), ...retention },
} as const;
