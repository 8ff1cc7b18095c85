import type { QueueName } from '@kuya/shared';
import type { Job, WorkerOptions } from 'bullmq';
import type { WorkerContext } from './context.ts';

/**
 * One module per queue (medplum's habit): its name, its processor as a plain exported function
 * that tests call directly, and the worker options it needs (concurrency, limiter).
 */
export interface QueueModule {
  name: QueueName;
  process(job: Job, token: string | undefined, ctx: WorkerContext, signal?: AbortSignal): Promise<unknown>;
  workerOptions(ctx: WorkerContext): Partial<WorkerOptions>;
  /** Called once after the worker is created (e.g. to create producer queues). */
  start?(ctx: WorkerContext): Promise<void>;
  /** Called on shutdown after the worker closed. */
  stop?(): Promise<void>;
}
