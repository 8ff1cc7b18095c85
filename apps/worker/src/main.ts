/** Worker process: one BullMQ Worker per queue module, graceful shutdown on SIGTERM/SIGINT. */
import { createLogger, createRedis, initSentry, loadConfigOrExit, QUEUE_PREFIX, Sentry } from '@kuya/shared';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { WorkerContext } from './context.ts';
import type { QueueModule } from './queue-module.ts';
import { cacheWarmQueue } from './queues/cache-warm.ts';
import { providerEbayQueue } from './queues/provider-ebay.ts';
import { providerSearchApiQueue } from './queues/provider-searchapi.ts';
import { searchQueue } from './queues/search.ts';

const MODULES: QueueModule[] = [searchQueue, providerSearchApiQueue, providerEbayQueue, cacheWarmQueue];
const SHUTDOWN_DEADLINE_MS = 10_000;

const config = loadConfigOrExit();
const logger = createLogger({ name: 'worker', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
const sentry = initSentry(config, 'worker');
const ctx: WorkerContext = { config, logger, redis: createRedis(config.REDIS_URL, 'worker', 'kuya-worker') };
ctx.redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));

const workers: Worker[] = [];
// BullMQ never closes a connection it is handed, so these are closed here on shutdown.
const workerConnections: Redis[] = [];
for (const mod of MODULES) {
  await mod.start?.(ctx);
  const connection = createRedis(config.REDIS_URL, 'worker', `kuya-worker-${mod.name}`);
  workerConnections.push(connection);
  const worker = new Worker(mod.name, (job, token, signal) => mod.process(job, token, ctx, signal), {
    connection,
    prefix: QUEUE_PREFIX,
    // A dead worker's jobs go back to wait once their lock lapses; the checker runs as often as locks last.
    lockDuration: config.JOB_LOCK_MS,
    stalledInterval: config.JOB_LOCK_MS,
    maxStalledCount: 2,
    ...mod.workerOptions(ctx),
  });
  worker.on('error', (err) => logger.error({ queue: mod.name, err: err.message }, 'worker error'));
  worker.on('failed', (job, err) => {
    logger.warn(
      {
        queue: mod.name,
        jobId: job?.id,
        attemptsMade: job?.attemptsMade,
        attemptsStarted: job?.attemptsStarted,
        err: err.message,
      },
      'job failed',
    );
    // Report only failures that are final, not every retried attempt.
    const final = !job || job.attemptsMade >= (job.opts.attempts ?? 1) || err.name === 'UnrecoverableError';
    if (sentry && final)
      Sentry.captureException(err, { tags: { queue: mod.name }, extra: { jobId: job?.id } });
  });
  workers.push(worker);
}
logger.info({ queues: MODULES.map((m) => m.name) }, 'worker started');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker stopping');
  const graceful = Promise.all(workers.map((w) => w.close()));
  const deadline = new Promise((resolve) => setTimeout(resolve, SHUTDOWN_DEADLINE_MS).unref());
  await Promise.race([graceful, deadline]);
  await Promise.all(workers.map((w) => w.close(true).catch(() => undefined)));
  await Promise.all(MODULES.map((m) => m.stop?.()));
  for (const connection of workerConnections) connection.disconnect();
  ctx.redis.disconnect();
  logger.info('worker stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
