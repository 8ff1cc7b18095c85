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
