/**
 * vitest global setup: one private redis-server for the whole run, on a free port.
 * Tests read its URL from TEST_REDIS_URL; nothing touches 127.0.0.1:6379.
 * Every extra server a test starts registers its pid in TEST_PID_DIR, and teardown kills any a failed
 * test left behind, so nothing outlives the run.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RedisServer, startRedisServer } from '@kuya/shared';

let server: RedisServer | undefined;
let dir: string | undefined;

export async function setup(): Promise<void> {
  dir = mkdtempSync(join(tmpdir(), 'kuya-test-redis-'));
  server = await startRedisServer({ dir, persist: false });
  process.env.TEST_REDIS_URL = server.url;
  process.env.TEST_PID_DIR = join(dir, 'pids');
  mkdirSync(process.env.TEST_PID_DIR);
}

export async function teardown(): Promise<void> {
  const pidDir = process.env.TEST_PID_DIR;
  if (pidDir) {
    for (const pid of readdirSync(pidDir)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
