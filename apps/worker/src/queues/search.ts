/**
 * Queue "search": the parent job of every search (fetches pages through the provider queues,
 * runs the comps engine, writes the result) and the operator's `probe` job that proves a worker consumes.
 */
import { QUEUES } from '@kuya/shared';
import type { Job } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import type { QueueModule } from '../queue-module.ts';

export const PROBE_JOB = 'probe';

export interface ProbeResult {
  pid: number;
  completedAt: string;
}

export function processProbe(): ProbeResult {
  return { pid: process.pid, completedAt: new Date().toISOString() };
}

export const searchQueue: QueueModule = {
  name: QUEUES.search,
  async process(job: Job) {
    if (job.name === PROBE_JOB) return processProbe();
    throw new UnrecoverableError(`Unknown job name "${job.name}" on queue ${QUEUES.search}`);
  },
  workerOptions: (ctx) => ({ concurrency: ctx.config.WORKER_CONCURRENCY ?? 50 }),
};
