/**
 * vitest global setup: a private redis-server on a free port (one per vitest project).
 * Tests read its URL from TEST_REDIS_URL; nothing touches 127.0.0.1:6379.
 * Every extra server a test starts registers its pid in TEST_PID_DIR, and teardown kills any a failed
 * test left behind, so nothing outlives the run. State lives in the closure, not the module, because
 * vitest calls this once per project.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedisServer } from '@kuya/shared';

export default async function setup(): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'kuya-test-redis-'));
  const pidDir = join(dir, 'pids');
  mkdirSync(pidDir);
  const server = await startRedisServer({ dir, persist: false });
  process.env.TEST_REDIS_URL = server.url;
  process.env.TEST_PID_DIR = pidDir;

  return async () => {
    for (const pid of readdirSync(pidDir)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
