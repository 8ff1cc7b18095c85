import type { Config, Logger } from '@kuya/shared';
import type { Redis } from 'ioredis';

/** What every processor may use: configuration, a logger and the worker's Redis connection. */
export interface WorkerContext {
  config: Config;
  logger: Logger;
  /** Shared non-blocking connection for cache reads/writes and producing child jobs. */
  redis: Redis;
}
