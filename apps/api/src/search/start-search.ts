/**
 * The API half of a search: answer from the result cache when fresh, otherwise make sure exactly
 * one run is in flight for this canonical search (identical requests join it) and say where to watch.
 */
import {
  type CachedResult,
  canonicalRequest,
  ensureRun,
  readResult,
  recordPopularity,
  type SearchRequest,
  searchIdFor,
} from '@kuya/shared';
import type { ApiDeps } from '../deps.ts';

export type StartOutcome =
  | { kind: 'fresh'; searchId: string; cached: CachedResult<unknown> }
  | { kind: 'stale'; searchId: string; runId: string; cached: CachedResult<unknown> }
  | { kind: 'queued'; searchId: string; runId: string; joined: boolean };

export async function startSearch(deps: ApiDeps, input: SearchRequest): Promise<StartOutcome> {
  const { redis, queues } = deps;
  const request = canonicalRequest(input);
  const searchId = searchIdFor(request);
  // Popularity feeds cache warming; with warming off there is nothing to keep it for.
  const [cached] = await Promise.all([
    readResult(redis, searchId),
    deps.config.CACHE_WARM_TOP_N > 0 ? recordPopularity(redis, searchId, request) : undefined,
  ]);
  if (cached && !cached.stale) return { kind: 'fresh', searchId, cached };

  const { runId, joined } = await ensureRun(redis, queues.search, searchId, request, false);
  return cached ? { kind: 'stale', searchId, runId, cached } : { kind: 'queued', searchId, runId, joined };
}
