/**
 * Waits for child jobs to finish. One QueueEvents per provider queue per worker process delivers
 * completions at once; a slow poll of job state backs it up, because QueueEvents is best effort
 * (events can be trimmed or missed across reconnects; bullmq-notes §1.7).
 */
import { QUEUE_PREFIX } from '@kuya/shared';
import { Job, type Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';

export type Finished =
  | { jobId: string; ok: true; value: unknown }
  | { jobId: string; ok: false; reason: string };

const POLL_MS = 500;

export class JobWaiter {
  private readonly events: QueueEvents[] = [];
  /** QueueEvents leaves a connection it is handed open on close, so stop() closes these itself. */
  private readonly connections: Redis[] = [];
  private readonly waiting = new Map<string, () => void>();

  constructor(private readonly queues: Queue[]) {}

  async start(connection: Redis): Promise<void> {
    for (const queue of this.queues) {
      const own = connection.duplicate();
      this.connections.push(own);
      const qe = new QueueEvents(queue.name, { connection: own, prefix: QUEUE_PREFIX });
      qe.on('error', () => {});
      const wake = ({ jobId }: { jobId: string }) => this.waiting.get(`${queue.name}/${jobId}`)?.();
      qe.on('completed', wake);
      qe.on('failed', wake);
      await qe.waitUntilReady();
      this.events.push(qe);
    }
  }

  /** Resolves with the job's outcome once it is completed or failed for good. */
  async wait(queue: Queue, jobId: string, signal?: AbortSignal): Promise<Finished> {
    const key = `${queue.name}/${jobId}`;
    for (;;) {
      const outcome = await this.check(queue, jobId);
      if (outcome) return outcome;
      if (signal?.aborted) throw new Error(`aborted while waiting for ${key}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, POLL_MS);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiting.set(key, done);
      });
      this.waiting.delete(key);
    }
  }

  private async check(queue: Queue, jobId: string): Promise<Finished | undefined> {
    // State first, then the job: a job read before its state could miss a return value set in between.
    const state = await queue.getJobState(jobId);
    if (state === 'unknown') return { jobId, ok: false, reason: 'SEARCH_FAILED: page job disappeared' };
    if (state !== 'completed' && state !== 'failed') return undefined;
    const job = await Job.fromId(queue, jobId);
    if (!job) return { jobId, ok: false, reason: 'SEARCH_FAILED: page job disappeared' };
    return state === 'completed'
      ? { jobId, ok: true, value: job.returnvalue }
      : { jobId, ok: false, reason: job.failedReason };
  }

  async stop(): Promise<void> {
    await Promise.all(this.events.map((qe) => qe.close()));
    for (const connection of this.connections) connection.disconnect();
  }
}
