/** Worker process: one BullMQ Worker per queue module, graceful shutdown on SIGTERM/SIGINT. */
import { createLogger, createRedis, loadConfigOrExit, QUEUE_PREFIX } from '@kuya/shared';
import { Worker } from 'bullmq';
import type { WorkerContext } from './context.ts';
import type { QueueModule } from './queue-module.ts';
import { searchQueue } from './queues/search.ts';

const MODULES: QueueModule[] = [searchQueue];
const SHUTDOWN_DEADLINE_MS = 10_000;

const config = loadConfigOrExit();
const logger = createLogger({ name: 'worker', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
const ctx: WorkerContext = { config, logger, redis: createRedis(config.REDIS_URL, 'worker', 'kuya-worker') };
ctx.redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));

const workers: Worker[] = [];
for (const mod of MODULES) {
  await mod.start?.(ctx);
  const worker = new Worker(mod.name, (job, token) => mod.process(job, token, ctx), {
    connection: createRedis(config.REDIS_URL, 'worker', `kuya-worker-${mod.name}`),
    prefix: QUEUE_PREFIX,
    ...mod.workerOptions(ctx),
  });
  worker.on('error', (err) => logger.error({ queue: mod.name, err: err.message }, 'worker error'));
  worker.on('failed', (job, err) =>
    logger.warn(
      { queue: mod.name, jobId: job?.id, attemptsMade: job?.attemptsMade, err: err.message },
      'job failed',
    ),
  );
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
  ctx.redis.disconnect();
  logger.info('worker stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
