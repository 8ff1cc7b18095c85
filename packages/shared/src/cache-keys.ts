/**
 * Every Redis key outside BullMQ's own, built in one place. BullMQ owns `kuya:<queue name>:<job id>…`;
 * keys here either live under prefixes no queue is named after (`cache`, `quota`, `ebay-token`, `result`,
 * …) or, where an older format shares a queue's prefix (`kuya:search:s-…`, `kuya:cache-warm:bootstrap`),
 * use an id no job of ours has (job ids are `r-…`, `page-…`, `repeat:…` or numbers).
 */
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { providerQueryHash, type providerQuerySchema } from './jobs.ts';
import type { Provider } from './listing.ts';

const ROOT = 'kuya';
/** Bumped when the cached page shape or the parsers change, so old pages are ignored. */
const PAGE_CACHE_VERSION = 'v1';

/** Raw (pre-comps) provider page: one entry per (provider, canonical provider query, page). */
export function rawPageKey(
  provider: Provider,
  query: z.input<typeof providerQuerySchema>,
  page: number,
): string {
  return `${ROOT}:cache:page:${PAGE_CACHE_VERSION}:${provider}:${providerQueryHash(provider, query)}:${page}`;
}

/** Provider calls counted in one quota window (`window` is `2026-03` or `2026-03-14`). */
export function quotaUsedKey(provider: Provider, window: string): string {
  return `${ROOT}:quota:${provider}:${window}:used`;
}

/** Set when the provider itself said the quota is gone; expires when the window resets. */
export function quotaBlockKey(provider: Provider, window: string): string {
  return `${ROOT}:quota:${provider}:${window}:blocked`;
}

/** Consecutive 429s (rate, not quota) across all workers, for escalating the queue pause. */
export function rateLimitStreakKey(provider: Provider): string {
  return `${ROOT}:quota:${provider}:429-streak`;
}

/** Identifies one set of eBay credentials on one host without putting the app id in a key. */
export function ebayCredentialFingerprint(baseUrl: string, appId: string): string {
  return createHash('sha256').update(`${baseUrl}|${appId}`).digest('hex').slice(0, 16);
}

/** The shared eBay application token (JSON `{ accessToken, expiresAt }`). */
export function ebayTokenKey(fingerprint: string): string {
  return `${ROOT}:ebay-token:${fingerprint}`;
}

/** Held by the one process minting a token. */
export function ebayTokenLockKey(fingerprint: string): string {
  return `${ROOT}:ebay-token:${fingerprint}:lock`;
}

/** Earliest time (epoch ms) the next call to the provider may start, shared by all workers. */
export function nextCallSlotKey(provider: Provider): string {
  return `${ROOT}:quota:${provider}:next-call`;
}

/** Requests one client IP made in one fixed one-minute window (`window` = epoch minutes). */
export function rateLimitKey(ip: string, window: number): string {
  return `${ROOT}:ratelimit:${ip}:${window}`;
}

/** Held for a few seconds by the one worker that (re)creates the cache-warm job scheduler at boot. */
export const CACHE_WARM_BOOTSTRAP_LOCK_KEY = `${ROOT}:cache-warm:bootstrap`;

/** The search pipeline's own state. Every key here is written with a TTL. */
export const searchKeys = {
  /** Hash: status, runId, request, progress, error, timestamps. */
  state: (searchId: string) => `${ROOT}:search:${searchId}`,
  /** String: the finished result (JSON), kept past freshness for stale-while-revalidate. */
  result: (searchId: string) => `${ROOT}:result:${searchId}`,
  /** String: runId of the run in flight; its presence coalesces identical searches. */
  inflight: (searchId: string) => `${ROOT}:inflight:${searchId}`,
  /** Stream: the search's event log, replayed to SSE clients (Last-Event-ID). */
  events: (searchId: string) => `${ROOT}:events:${searchId}`,
  /** Pub/Sub channel every event is also published on; each API process holds one subscriber. */
  eventsChannel: `${ROOT}:search-events`,
  /** Sorted set: canonical searches by popularity (cache-warm reads the top N and keeps the top 1000). */
  popular: `${ROOT}:popular`,
  /** Hash: searchId → canonical request JSON, for cache-warm. */
  popularRequests: `${ROOT}:popular-requests`,
} as const;

/** How long search state and event logs live after their last write. */
export const SEARCH_STATE_TTL_S = 24 * 3600;
/** Events kept per search (approximate, XADD MAXLEN ~). */
export const EVENTS_PER_SEARCH = 500;
