import type { Config, Logger } from '@kuya/shared';
import type { Redis } from 'ioredis';
import type { ApiQueues } from './queues.ts';

/** Everything the HTTP layer needs, built once per process in main.ts (and by tests). */
export interface ApiDeps {
  config: Config;
  logger: Logger;
  /** Fail-fast connection shared by queues, cache reads and the event log. */
  redis: Redis;
  queues: ApiQueues;
}
