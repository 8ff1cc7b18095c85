/**
 * Per-search state for polling (status, progress, error) and the result cache with
 * stale-while-revalidate. Both API and workers use these; the job itself lives in BullMQ.
 */
import type { Redis } from 'ioredis';
import { SEARCH_STATE_TTL_S, searchKeys } from '../cache-keys.ts';
import type { ErrorBody } from '../errors.ts';
import type { SearchProgress, SearchRequest, SearchStatus } from '../search.ts';

export interface SearchState {
  searchId: string;
  status: SearchStatus;
  runId: string;
  request: SearchRequest;
  progress: SearchProgress;
  error?: ErrorBody;
  createdAt: string;
  updatedAt: string;
}

export function emptyProgress(request: SearchRequest): SearchProgress {
  const provider = (enabled: boolean, pages: number) => ({
    enabled,
    pagesDone: 0,
    pagesTotal: enabled ? pages : 0,
    listings: 0,
    providerCalls: 0,
    state: enabled ? ('pending' as const) : ('skipped' as const),
  });
  return { sold: provider(request.sources.sold, request.pages), active: provider(request.sources.active, 1) };
}

export async function readState(redis: Redis, searchId: string): Promise<SearchState | undefined> {
  const h = await redis.hgetall(searchKeys.state(searchId));
  if (!h.status || !h.request) return undefined;
  return {
    searchId,
    status: h.status as SearchStatus,
    runId: h.runId ?? '',
    request: JSON.parse(h.request),
    progress: JSON.parse(h.progress ?? 'null'),
    ...(h.error ? { error: JSON.parse(h.error) } : {}),
    createdAt: h.createdAt ?? '',
    updatedAt: h.updatedAt ?? '',
  };
}

export interface StatePatch {
  status?: SearchStatus;
  progress?: SearchProgress;
  error?: ErrorBody | null;
}

export async function patchState(redis: Redis, searchId: string, patch: StatePatch): Promise<void> {
  const fields: Record<string, string> = { updatedAt: new Date().toISOString() };
  if (patch.status) fields.status = patch.status;
  if (patch.progress) fields.progress = JSON.stringify(patch.progress);
  if (patch.error) fields.error = JSON.stringify(patch.error);
  const key = searchKeys.state(searchId);
  const tx = redis.multi().hset(key, fields);
  if (patch.error === null) tx.hdel(key, 'error');
  await tx.expire(key, SEARCH_STATE_TTL_S).exec();
}

export interface ClaimResult {
  /** True when this caller started the run; false when it joined one in flight. */
  started: boolean;
  runId: string;
}

/**
 * Claims the right to run a search. Exactly one of many concurrent callers gets `started: true`;
 * the rest join its run. The claim expires on its own if a run is lost (`inflightTtlS`).
 */
export async function claimRun(
  redis: Redis,
  searchId: string,
  request: SearchRequest,
  runId: string,
  inflightTtlS: number,
): Promise<ClaimResult> {
  const ok = await redis.set(searchKeys.inflight(searchId), runId, 'EX', inflightTtlS, 'NX');
  if (ok !== 'OK') {
    const current = await redis.get(searchKeys.inflight(searchId));
    if (current) return { started: false, runId: current };
    return claimRun(redis, searchId, request, runId, inflightTtlS);
  }
  const now = new Date().toISOString();
  const key = searchKeys.state(searchId);
  await redis
    .multi()
    .del(key, searchKeys.events(searchId))
    .hset(key, {
      status: 'queued',
      runId,
      request: JSON.stringify(request),
      progress: JSON.stringify(emptyProgress(request)),
      createdAt: now,
      updatedAt: now,
    })
    .expire(key, SEARCH_STATE_TTL_S)
    .exec();
  return { started: true, runId };
}

/** Releases the claim if it is still this run's. */
export async function releaseRun(redis: Redis, searchId: string, runId: string): Promise<void> {
  const key = searchKeys.inflight(searchId);
  if ((await redis.get(key)) === runId) await redis.del(key);
}

export async function inflightRun(redis: Redis, searchId: string): Promise<string | undefined> {
  return (await redis.get(searchKeys.inflight(searchId))) ?? undefined;
}

export interface CachedResult<T> {
  result: T;
  ageSeconds: number;
  /** Past its freshness TTL but still kept: serve it marked stale and refresh. */
  stale: boolean;
}

interface StoredResult<T> {
  storedAt: number;
  freshForS: number;
  result: T;
}

export async function writeResult<T>(
  redis: Redis,
  searchId: string,
  result: T,
  freshForS: number,
  keepForS: number,
): Promise<void> {
  const stored: StoredResult<T> = { storedAt: Date.now(), freshForS, result };
  await redis.set(searchKeys.result(searchId), JSON.stringify(stored), 'EX', Math.max(keepForS, freshForS));
}

export async function readResult<T>(redis: Redis, searchId: string): Promise<CachedResult<T> | undefined> {
  const raw = await redis.get(searchKeys.result(searchId));
  if (!raw) return undefined;
  const stored = JSON.parse(raw) as StoredResult<T>;
  const ageSeconds = Math.max(0, Math.floor((Date.now() - stored.storedAt) / 1000));
  return { result: stored.result, ageSeconds, stale: ageSeconds >= stored.freshForS };
}
