/**
 * vitest global setup: one private redis-server for the whole run, on a free port.
 * Tests read its URL from TEST_REDIS_URL; nothing touches 127.0.0.1:6379.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RedisServer, startRedisServer } from '@kuya/shared';

let server: RedisServer | undefined;
let dir: string | undefined;

export async function setup(): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'kuya-test-redis-'));
  server = await startRedisServer({ dir, persist: false });
  process.env.TEST_REDIS_URL = server.url;
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
