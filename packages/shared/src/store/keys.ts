/** Redis keys of the search pipeline's own state. Every key here is written with a TTL. */
const P = 'kuya';

export const searchKeys = {
  /** Hash: status, runId, request, progress, error, timestamps. */
  state: (searchId: string) => `${P}:search:${searchId}`,
  /** String: the finished result (JSON), kept past freshness for stale-while-revalidate. */
  result: (searchId: string) => `${P}:result:${searchId}`,
  /** String: runId of the run in flight; its presence coalesces identical searches. */
  inflight: (searchId: string) => `${P}:inflight:${searchId}`,
  /** Stream: the search's event log, replayed to SSE clients (Last-Event-ID). */
  events: (searchId: string) => `${P}:events:${searchId}`,
  /** Pub/Sub channel every event is also published on; each API process holds one subscriber. */
  eventsChannel: `${P}:search-events`,
  /** Sorted set: canonical searches by popularity (cache-warm reads the top N and keeps the top 1000). */
  popular: `${P}:popular`,
  /** Hash: searchId → canonical request JSON, for cache-warm. */
  popularRequests: `${P}:popular-requests`,
} as const;

/** How long search state and event logs live after their last write. */
export const SEARCH_STATE_TTL_S = 24 * 3600;
/** Events kept per search (approximate, XADD MAXLEN ~). */
export const EVENTS_PER_SEARCH = 500;
