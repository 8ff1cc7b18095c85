/**
 * `npm start`: the whole product on one machine with one command.
 * - REDIS_URL unset   → a private redis-server (data in .data/redis, AOF on, noeviction) on a free port.
 * - SEARCH_API_KEY unset → demo mode: the provider simulator on a free port, providers pointed at it.
 * - Then the API and one worker as child processes, logs prefixed; Ctrl-C/SIGTERM stops everything.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import {
  ConfigError,
  DEMO_CREDENTIALS,
  freePort,
  parseConfig,
  RedisNotInstalledError,
  type RedisServer,
  startRedisServer,
  waitForHttp,
  waitForTcp,
} from '@kuya/shared';

const ROOT = resolve(import.meta.dirname, '..');
const env: NodeJS.ProcessEnv = { ...process.env };
if (!env.LOG_FORMAT && process.stdout.isTTY) env.LOG_FORMAT = 'pretty';

function say(message: string) {
  process.stdout.write(`[start] ${message}\n`);
}

function fail(message: string): never {
  process.stderr.write(`[start] ${message}\n`);
  process.exit(1);
}

try {
  parseConfig(env);
} catch (err) {
  if (err instanceof ConfigError) fail(err.message);
  throw err;
}

const children: { name: string; proc: ChildProcess }[] = [];
let redis: RedisServer | undefined;
let stopping = false;

function run(name: string, script: string, extraEnv: NodeJS.ProcessEnv = {}): ChildProcess {
  // `node --import tsx` keeps it one process per service (the tsx CLI would add a relay process).
  const proc = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, script)], {
    cwd: ROOT,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [proc.stdout, proc.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => process.stdout.write(`[${name}] ${line}\n`));
  }
  proc.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`[start] ${name} exited (${signal ?? code}); stopping everything\n`);
      void stop(1);
    }
  });
  children.push({ name, proc });
  return proc;
}

async function stop(exitCode: number) {
  if (stopping) return;
  stopping = true;
  say('stopping…');
  // Services first (the worker finishes its jobs against a live Redis), Redis last.
  await Promise.all(
    [...children].reverse().map(
      ({ proc }) =>
        new Promise<void>((done) => {
          if (proc.exitCode !== null || proc.signalCode !== null) return done();
          proc.once('exit', () => done());
          proc.kill('SIGTERM');
          setTimeout(() => proc.kill('SIGKILL'), 12_000).unref();
        }),
    ),
  );
  await redis?.stop();
  say('stopped');
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));

if (!env.REDIS_URL) {
  try {
    redis = await startRedisServer({ dir: resolve(ROOT, '.data/redis'), persist: true });
  } catch (err) {
    if (err instanceof RedisNotInstalledError) fail(err.message);
    throw err;
  }
  env.REDIS_URL = redis.url;
  say(`private Redis on ${redis.url} (data in .data/redis, AOF on)`);
}

if (!env.SEARCH_API_KEY) {
  const simPort = await freePort();
  // The simulator's market ends today (start of day UTC), so sale ages and recency read like live data.
  const today = `${new Date().toISOString().slice(0, 10)}T00:00:00Z`;
  run('sim', 'apps/provider-sim/src/main.ts', { SIM_PORT: String(simPort), SIM_DATA_NOW: today });
  await waitForTcp(simPort, 30_000);
  const simUrl = `http://127.0.0.1:${simPort}`;
  // SearchAPI sometimes carries sold dates; the demo turns them on so the price-over-time chart has data.
  await fetch(`${simUrl}/_sim/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ searchapi: { soldDates: true } }),
  });
  Object.assign(env, DEMO_CREDENTIALS, {
    SEARCHAPI_BASE_URL: simUrl,
    EBAY_API_BASE_URL: simUrl,
    KUYA_DEMO_MODE: '1',
  });
  say(`DEMO MODE: SEARCH_API_KEY is unset, so SearchAPI and eBay are the local simulator at ${simUrl}`);
}

/** Newest modification time under `path` (0 when it does not exist); skips web/dist itself. */
function newestMtime(path: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'dist' || entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

// The bundle depends on web/ alone (its imports from @kuya/shared are types), so an up-to-date
// web/dist is served as it is.
const builtAt = newestMtime(resolve(ROOT, 'web/dist/index.html'));
if (builtAt > 0 && builtAt >= newestMtime(resolve(ROOT, 'web'))) {
  say('web app is up to date (web/dist)');
} else {
  say('building the web app…');
  const build = spawnSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', 'web', '--logLevel', 'warn'],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (build.status !== 0) say('web build failed; the API still runs (see the errors above)');
}

const port = Number(env.PORT ?? 3000);
run('api', 'apps/api/src/main.ts');
run('worker', 'apps/worker/src/main.ts');
await waitForHttp(`http://127.0.0.1:${port}/health`, 60_000).catch((err: Error) => {
  process.stderr.write(`[start] ${err.message}\n`);
  void stop(1);
});
if (!stopping) say(`Kuya Comps is ready: http://localhost:${port}`);
