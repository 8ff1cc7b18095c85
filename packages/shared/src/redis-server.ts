/**
 * Runs a private redis-server as a child process: `npm start` uses it when REDIS_URL is unset,
 * and the test harness uses it so no test ever touches 127.0.0.1:6379.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { Socket } from 'node:net';
import { freePort } from './ports.ts';

export interface RedisServerOptions {
  /** Port to bind; a free one when omitted. */
  port?: number;
  /** Data directory; AOF is written there when `persist` is true. */
  dir?: string;
  /** AOF on (everysec). Tests that restart Redis to prove durability need it. @defaultValue true */
  persist?: boolean;
}

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  readonly pid: number | undefined;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s). */
  stop(): Promise<void>;
  /** Kills the server abruptly, as a crash would. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data directory. */
  start(): Promise<void>;
  restart(): Promise<void>;
}

export class RedisNotInstalledError extends Error {
  constructor() {
    super(
      'redis-server is not installed. Install it (Debian/Ubuntu: `sudo apt-get install redis-server`, ' +
        'macOS: `brew install redis`) or set REDIS_URL to an existing Redis.',
    );
    this.name = 'RedisNotInstalledError';
  }
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = new Socket();
      socket.once('connect', () => {
        socket.write('PING\r\n');
      });
      socket.once('data', (data) => {
        socket.destroy();
        if (data.toString().startsWith('+PONG')) resolve();
        else retry();
      });
      socket.once('error', () => {
        socket.destroy();
        retry();
      });
      socket.connect(port, '127.0.0.1');
    };
    const retry = () => {
      if (Date.now() > deadline) reject(new Error(`redis-server did not answer on port ${port}`));
      else setTimeout(attempt, 50);
    };
    attempt();
  });
}

export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  if (!redisServerInstalled()) throw new RedisNotInstalledError();
  const port = options.port ?? (await freePort());
  const persist = options.persist ?? true;
  const dir = options.dir;
  if (dir) mkdirSync(dir, { recursive: true });
  let child: ChildProcess | undefined;

  const args = () => [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    persist ? 'yes' : 'no',
    '--appendfsync',
    'everysec',
    '--maxmemory-policy',
    'noeviction',
    ...(dir ? ['--dir', dir] : []),
  ];

  const exited = (proc: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (proc.exitCode !== null || proc.signalCode !== null) resolve();
      else proc.once('exit', () => resolve());
    });

  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    get pid() {
      return child?.pid;
    },
    async start() {
      const proc = spawn('redis-server', args(), { stdio: 'ignore' });
      child = proc;
      proc.on('error', () => {});
      await waitForPort(port, 10_000);
    },
    async stop() {
      const proc = child;
      if (!proc) return;
      child = undefined;
      const done = exited(proc);
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await done;
      clearTimeout(timer);
    },
    async kill() {
      const proc = child;
      if (!proc) return;
      child = undefined;
      const done = exited(proc);
      proc.kill('SIGKILL');
      await done;
    },
    async restart() {
      await server.stop();
      await server.start();
    },
  };
  await server.start();
  return server;
}
