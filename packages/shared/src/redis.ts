/**
 * Redis connections. BullMQ needs two kinds (bullmq-notes §1.1):
 * workers block and must retry forever (`maxRetriesPerRequest: null`); producers in the API must fail
 * fast so a request gets a 503 instead of hanging while Redis is down.
 */
import { Redis, type RedisOptions } from 'ioredis';

export type ConnectionRole = 'worker' | 'producer';

export function redisOptions(role: ConnectionRole): RedisOptions {
  return role === 'worker'
    ? { maxRetriesPerRequest: null, enableReadyCheck: true }
    : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
}

export function createRedis(url: string, role: ConnectionRole, connectionName?: string): Redis {
  return new Redis(url, { ...redisOptions(role), ...(connectionName ? { connectionName } : {}) });
}

/** Resolves when the client is ready (producers have no offline queue, so wait before first use). */
export async function waitForReady(client: Redis, timeoutMs = 10_000): Promise<void> {
  if (client.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis not ready after ${timeoutMs} ms`)), timeoutMs);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
