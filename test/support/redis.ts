/** Test helpers for Redis: the run's shared server, and extra servers a test can stop and restart. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RedisServer, startRedisServer } from '@kuya/shared';

/** The private Redis started by the global setup. */
export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error('TEST_REDIS_URL is not set: run tests through vitest (global setup).');
  return url;
}

/** Starts an extra redis-server (AOF on) that the test owns; `dispose()` stops it and deletes its data. */
export async function startOwnRedis(): Promise<RedisServer & { dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'kuya-own-redis-'));
  const server = await startRedisServer({ dir, persist: true });
  const pidDir = process.env.TEST_PID_DIR;
  const register = () => {
    if (pidDir && server.pid) writeFileSync(join(pidDir, String(server.pid)), '');
  };
  register();
  const unregister = () => {
    if (pidDir && server.pid) rmSync(join(pidDir, String(server.pid)), { force: true });
  };
  const start = server.start.bind(server);
  const stop = server.stop.bind(server);
  const kill = server.kill.bind(server);
  return Object.assign(server, {
    async start() {
      await start();
      register();
    },
    async stop() {
      unregister();
      await stop();
    },
    async kill() {
      unregister();
      await kill();
    },
    async dispose() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
