/** The JSON shapes the search endpoints answer with. */
import type { CachedResult, SearchState } from '@kuya/shared';

export function searchLinks(searchId: string) {
  const self = `/api/v1/searches/${searchId}`;
  return { self, events: `${self}/events` };
}

export function presentCached(searchId: string, cached: CachedResult<unknown>, refreshing: boolean) {
  return {
    id: searchId,
    status: 'done' as const,
    cached: true,
    stale: cached.stale,
    refreshing,
    ageSeconds: cached.ageSeconds,
    links: searchLinks(searchId),
    result: cached.result,
  };
}

export function presentState(
  searchId: string,
  state: SearchState | undefined,
  cached: CachedResult<unknown> | undefined,
) {
  const running = state && (state.status === 'queued' || state.status === 'running');
  return {
    id: searchId,
    status: state?.status ?? 'done',
    ...(state ? { progress: state.progress, createdAt: state.createdAt, updatedAt: state.updatedAt } : {}),
    ...(state?.status === 'failed' && state.error ? { error: state.error } : {}),
    ...(cached
      ? {
          cached: true,
          stale: cached.stale,
          refreshing: Boolean(running),
          ageSeconds: cached.ageSeconds,
          result: cached.result,
        }
      : {}),
    links: searchLinks(searchId),
  };
}
