/**
 * Spawns the real API and worker processes for cross-process tests, each with its own env,
 * and stops them (SIGTERM, then SIGKILL) so nothing is left running.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort, waitForHttp } from '@kuya/shared';

const ROOT = resolve(import.meta.dirname, '../..');

export interface Service {
  readonly proc: ChildProcess;
  /** Everything the process printed, for assertions and failure messages. */
  output(): string;
  stop(): Promise<void>;
  kill(): Promise<void>;
}

export function spawnService(script: string, env: NodeJS.ProcessEnv): Service {
  const proc = spawn(process.execPath, ['--import', 'tsx', resolve(ROOT, script)], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout?.on('data', (d) => {
    out += d;
  });
  proc.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = () =>
    new Promise<void>((done) => {
      if (proc.exitCode !== null || proc.signalCode !== null) return done();
      proc.once('exit', () => done());
    });
  return {
    proc,
    output: () => out,
    async stop() {
      const done = exited();
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await done;
      clearTimeout(timer);
    },
    async kill() {
      const done = exited();
      proc.kill('SIGKILL');
      await done;
    },
  };
}

export interface Stack {
  apiUrl: string;
  api: Service;
  workers: Service[];
  env: NodeJS.ProcessEnv;
  addWorker(): Service;
  stop(): Promise<void>;
}

/** API + N workers against the given Redis (and, through env, the given providers). */
export async function startStack(env: NodeJS.ProcessEnv, workerCount = 1): Promise<Stack> {
  const port = await freePort();
  const fullEnv = { ...env, PORT: String(port) };
  const api = spawnService('apps/api/src/main.ts', fullEnv);
  const workers = Array.from({ length: workerCount }, () => spawnService('apps/worker/src/main.ts', fullEnv));
  const apiUrl = `http://127.0.0.1:${port}`;
  // An API that dies at boot (bad config, port taken) fails the start at once instead of after the timeout.
  let onExit: (code: number | null) => void = () => {};
  const exited = new Promise<never>((_, reject) => {
    onExit = (code) => reject(new Error(`API process exited with ${code}`));
    api.proc.once('exit', onExit);
  });
  try {
    await Promise.race([waitForHttp(`${apiUrl}/health`, 30_000), exited]);
  } catch (err) {
    await Promise.all([api, ...workers].map((s) => s.stop()));
    throw new Error(`API did not start: ${(err as Error).message}\n${api.output()}`);
  } finally {
    api.proc.off('exit', onExit);
  }
  return {
    apiUrl,
    api,
    workers,
    env: fullEnv,
    addWorker() {
      const w = spawnService('apps/worker/src/main.ts', fullEnv);
      workers.push(w);
      return w;
    },
    async stop() {
      await Promise.all([api, ...workers].map((s) => s.stop()));
    },
  };
}
