/** The API's producer-side BullMQ objects: fail-fast connections, one instance per queue per process. */
import { QUEUE_PREFIX, QUEUES, type QueueName } from '@kuya/shared';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

export type ApiQueues = Record<keyof typeof QUEUES, Queue>;

export function createQueues(connection: Redis): ApiQueues {
  const make = (name: QueueName) => new Queue(name, { connection, prefix: QUEUE_PREFIX });
  return {
    search: make(QUEUES.search),
    searchapi: make(QUEUES.searchapi),
    ebay: make(QUEUES.ebay),
    cacheWarm: make(QUEUES.cacheWarm),
  };
}

export async function closeQueues(queues: ApiQueues): Promise<void> {
  await Promise.all(Object.values(queues).map((q) => q.close()));
}
