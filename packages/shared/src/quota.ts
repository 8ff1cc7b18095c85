/**
 * Provider quota windows and counters (UTC): SearchAPI bills per month, eBay per day. The worker enforces
 * them (apps/worker/src/quota.ts); anything may read them (/metrics, health).
 */
import type { Redis } from 'ioredis';
import { quotaBlockKey, quotaUsedKey } from './cache-keys.ts';
import type { Config } from './config.ts';
import type { Provider } from './listing.ts';

export type QuotaPeriod = 'month' | 'day';

export const PROVIDER_QUOTA_WINDOWS: Record<Provider, QuotaPeriod> = { searchapi: 'month', ebay: 'day' };

export interface QuotaWindow {
  provider: Provider;
  period: QuotaPeriod;
  /** `2026-03` (month) or `2026-03-14` (day). */
  id: string;
  resetsAt: Date;
}

export function quotaWindow(provider: Provider, now: Date = new Date()): QuotaWindow {
  const period = PROVIDER_QUOTA_WINDOWS[provider];
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const iso = now.toISOString();
  return period === 'month'
    ? { provider, period, id: iso.slice(0, 7), resetsAt: new Date(Date.UTC(y, m + 1, 1)) }
    : { provider, period, id: iso.slice(0, 10), resetsAt: new Date(Date.UTC(y, m, now.getUTCDate() + 1)) };
}

/** Calls allowed per window: SEARCHAPI_MONTHLY_QUOTA / EBAY_DAILY_QUOTA. */
export function quotaLimit(provider: Provider, config: Config): number {
  return provider === 'searchapi' ? config.SEARCHAPI_MONTHLY_QUOTA : config.EBAY_DAILY_QUOTA;
}

/** Calls held back from background work (cache-warm) for interactive searches. */
export function quotaReserve(provider: Provider, config: Config): number {
  return Math.floor(quotaLimit(provider, config) * config.QUOTA_RESERVE_FRACTION);
}

export interface QuotaUsage {
  provider: Provider;
  period: QuotaPeriod;
  /** Window id, e.g. `2026-03`. */
  window: string;
  used: number;
  resetsAt: string;
  /** The provider's own "quota exhausted" message when it blocked this window, else null. */
  blocked: string | null;
}

export async function readQuotaUsage(
  redis: Redis,
  provider: Provider,
  now: Date = new Date(),
): Promise<QuotaUsage> {
  const window = quotaWindow(provider, now);
  const [used, blocked] = await Promise.all([
    redis.get(quotaUsedKey(provider, window.id)),
    redis.get(quotaBlockKey(provider, window.id)),
  ]);
  return {
    provider,
    period: window.period,
    window: window.id,
    used: Number(used ?? 0),
    resetsAt: window.resetsAt.toISOString(),
    blocked,
  };
}

export interface QuotaCounter extends QuotaUsage {
  limit: number;
  reserve: number;
  /** 0 while blocked. */
  remaining: number;
}

/** Usage of both providers with their limits. */
export async function readQuotaCounters(
  redis: Redis,
  config: Config,
  now: Date = new Date(),
): Promise<QuotaCounter[]> {
  const providers = Object.keys(PROVIDER_QUOTA_WINDOWS) as Provider[];
  return Promise.all(
    providers.map(async (provider) => {
      const usage = await readQuotaUsage(redis, provider, now);
      const limit = quotaLimit(provider, config);
      return {
        ...usage,
        limit,
        reserve: quotaReserve(provider, config),
        remaining: usage.blocked ? 0 : Math.max(0, limit - usage.used),
      };
    }),
  );
}
