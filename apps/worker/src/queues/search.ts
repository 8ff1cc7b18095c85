/**
 * Queue "search": the parent job of every search run (see search/run-search.ts) and the operator's
 * `probe` job that proves a worker consumes (GET /health/deep).
 */
import { QUEUE_PREFIX, QUEUES, searchJobSchema } from '@kuya/shared';
import { type Job, Queue, UnrecoverableError } from 'bullmq';
import type { WorkerContext } from '../context.ts';
import type { QueueModule } from '../queue-module.ts';
import { JobWaiter } from '../search/job-waiter.ts';
import { runSearch, type SearchRunDeps } from '../search/run-search.ts';

export const PROBE_JOB = 'probe';
export const SEARCH_JOB = 'search';

let deps: SearchRunDeps | undefined;

export async function processSearchJob(job: Job, runDeps: SearchRunDeps, signal?: AbortSignal) {
  if (job.name === PROBE_JOB) return { pid: process.pid, completedAt: new Date().toISOString() };
  if (job.name !== SEARCH_JOB)
    throw new UnrecoverableError(`Unknown job name "${job.name}" on queue ${QUEUES.search}`);
  const parsed = searchJobSchema.safeParse(job.data);
  if (!parsed.success) throw new UnrecoverableError(`Invalid search job payload: ${parsed.error.message}`);
  return runSearch(job, parsed.data, runDeps, signal);
}

export const searchQueue: QueueModule = {
  name: QUEUES.search,
  async start(ctx: WorkerContext) {
    const queues = {
      searchapi: new Queue(QUEUES.searchapi, { connection: ctx.redis, prefix: QUEUE_PREFIX }),
      ebay: new Queue(QUEUES.ebay, { connection: ctx.redis, prefix: QUEUE_PREFIX }),
    };
    const waiter = new JobWaiter([queues.searchapi, queues.ebay]);
    await waiter.start(ctx.redis);
    deps = { ctx, queues, waiter };
  },
  async process(job, _token, _ctx, signal) {
    if (!deps) throw new Error('search queue module not started');
    return processSearchJob(job, deps, signal);
  },
  // Search jobs mostly wait on provider pages (I/O), so many run at once.
  workerOptions: (ctx) => ({ concurrency: ctx.config.WORKER_CONCURRENCY ?? 50 }),
  async stop() {
    if (!deps) return;
    await deps.waiter.stop();
    await Promise.all([deps.queues.searchapi.close(), deps.queues.ebay.close()]);
  },
};
