/**
 * Quota enforcement, shared by all workers through Redis. A call is counted before it is made, so
 * concurrent workers can never overshoot together; background work may not touch the reserve; and when the
 * provider itself says the quota is gone, the window is blocked until it resets (windows and readers:
 * packages/shared/src/quota.ts).
 */
import {
  type Config,
  type Provider,
  type QuotaWindow,
  quotaBlockKey,
  quotaLimit,
  quotaReserve,
  quotaUsedKey,
  quotaWindow,
} from '@kuya/shared';
import type { Redis } from 'ioredis';
import { ProviderError } from './providers/errors.ts';

/** KEYS: used, blocked. ARGV: ceiling, expire-at (unix s). Returns the new count, -1 over ceiling, -2 blocked. */
const RESERVE = `if redis.call('EXISTS', KEYS[2]) == 1 then return -2 end
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
if used >= tonumber(ARGV[1]) then return -1 end
used = redis.call('INCR', KEYS[1])
if used == 1 then redis.call('EXPIREAT', KEYS[1], ARGV[2]) end
return used`;

/** Counters outlive their window by a day so the last window can still be read just after a reset. */
const expireAt = (w: QuotaWindow) => Math.floor(w.resetsAt.getTime() / 1000) + 86_400;

/**
 * Counts one call, or throws PROVIDER_QUOTA_EXHAUSTED when the window is blocked, used up, or (for
 * background work) down to its reserve. Returns the calls used in the window including this one.
 */
export async function reserveProviderCall(
  redis: Redis,
  config: Config,
  provider: Provider,
  { background, now = new Date() }: { background: boolean; now?: Date },
): Promise<number> {
  const window = quotaWindow(provider, now);
  const limit = quotaLimit(provider, config);
  const ceiling = background ? limit - quotaReserve(provider, config) : limit;
  const result = Number(
    await redis.eval(
      RESERVE,
      2,
      quotaUsedKey(provider, window.id),
      quotaBlockKey(provider, window.id),
      ceiling,
      expireAt(window),
    ),
  );
  if (result >= 0) return result;
  const resets = window.resetsAt.toISOString();
  if (result === -2) {
    throw new ProviderError(
      'PROVIDER_QUOTA_EXHAUSTED',
      provider,
      `the provider reported its quota exhausted; resets ${resets}`,
    );
  }
  throw new ProviderError(
    'PROVIDER_QUOTA_EXHAUSTED',
    provider,
    background
      ? `only the reserve for interactive searches is left (background may use ${ceiling} of ${limit} per ${window.period}); resets ${resets}`
      : `all ${limit} calls per ${window.period} used; resets ${resets}`,
  );
}

/** The provider said the quota is gone (SearchAPI monthly 429, eBay 2001): no more calls until the reset. */
export async function markQuotaExhausted(
  redis: Redis,
  provider: Provider,
  reason: string,
  now: Date = new Date(),
): Promise<void> {
  const window = quotaWindow(provider, now);
  const resetAt = Math.floor(window.resetsAt.getTime() / 1000);
  await redis.set(quotaBlockKey(provider, window.id), reason.slice(0, 300), 'EXAT', resetAt);
}

/** For operators: lift a block early (e.g. after a plan upgrade). */
export async function clearQuotaBlock(
  redis: Redis,
  provider: Provider,
  now: Date = new Date(),
): Promise<void> {
  await redis.del(quotaBlockKey(provider, quotaWindow(provider, now).id));
}
