/**
 * Starting a search run: exactly one run per canonical search is in flight; identical requests join it.
 * Used by the API (user searches) and the cache-warm worker (background refreshes).
 */
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { searchKeys } from '../cache-keys.ts';
import { JOB_OPTIONS, QUEUES } from '../queues.ts';
import { newRunId, type SearchJob, type SearchRequest, searchJobSchema } from '../search.ts';
import { claimRun, inflightRun, releaseRun } from './search-state.ts';

/** A claim outlives any healthy run; if a run is lost, identical searches start a new one after this. */
export const INFLIGHT_TTL_S = 600;
/** A claim younger than this is never treated as lost (its job may be being added right now). */
const CLAIM_GRACE_S = 10;

export interface RunRef {
  runId: string;
  /** True when the caller joined a run already in flight. */
  joined: boolean;
}

export async function ensureRun(
  redis: Redis,
  searchQueue: Queue,
  searchId: string,
  request: SearchRequest,
  background: boolean,
): Promise<RunRef> {
  const claim = await claimRun(redis, searchId, request, newRunId(searchId), INFLIGHT_TTL_S);
  if (claim.started) {
    const job: SearchJob = searchJobSchema.parse({
      searchId,
      runId: claim.runId,
      request,
      background,
      enqueuedAt: Date.now(),
    });
    try {
      await searchQueue.add('search', job, { jobId: claim.runId, ...JOB_OPTIONS[QUEUES.search] });
    } catch (err) {
      await releaseRun(redis, searchId, claim.runId).catch(() => undefined);
      throw err;
    }
    return { runId: claim.runId, joined: false };
  }
  // Joining: if the run's job vanished (a process died between claim and add), start over.
  const [state, ttl] = await Promise.all([
    searchQueue.getJobState(claim.runId),
    redis.ttl(searchKeys.inflight(searchId)),
  ]);
  if (state === 'unknown' && ttl > 0 && ttl < INFLIGHT_TTL_S - CLAIM_GRACE_S) {
    await releaseRun(redis, searchId, claim.runId);
    if (!(await inflightRun(redis, searchId)))
      return ensureRun(redis, searchQueue, searchId, request, background);
  }
  return { runId: claim.runId, joined: true };
}

/** Counts a user search towards popularity (cache-warm refreshes the most popular). */
export async function recordPopularity(
  redis: Redis,
  searchId: string,
  request: SearchRequest,
): Promise<void> {
  await redis
    .multi()
    .zincrby(searchKeys.popular, 1, searchId)
    .hset(searchKeys.popularRequests, searchId, JSON.stringify(request))
    .exec();
}
