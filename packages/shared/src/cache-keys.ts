/**
 * Every non-BullMQ Redis key, built in one place. BullMQ owns `kuya:<queue name>:…`, so these live under
 * `kuya:cache:`, `kuya:quota:` and `kuya:ebay-token:` (no queue may be named cache, quota or ebay-token).
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
