import { parseConfig, quotaBlockKey, quotaWindow, readQuotaCounters } from '@kuya/shared';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../../../test/support/redis.ts';
import { clearQuotaBlock, markQuotaExhausted, reserveProviderCall } from './quota.ts';

const redis = new Redis(testRedisUrl());
afterAll(() => redis.disconnect());

/** A window no other test touches: a random day in the far future. */
const isolatedNow = () =>
  new Date(Date.UTC(2100 + Math.floor(Math.random() * 800), Math.floor(Math.random() * 12), 15, 12));

const config = parseConfig({
  SEARCHAPI_MONTHLY_QUOTA: '10',
  EBAY_DAILY_QUOTA: '20',
  QUOTA_RESERVE_FRACTION: '0.3',
});

describe('quota windows', () => {
  it('are UTC calendar months for SearchAPI and UTC days for eBay', () => {
    const now = new Date('2026-03-31T23:59:59.999Z');
    expect(quotaWindow('searchapi', now)).toMatchObject({
      id: '2026-03',
      resetsAt: new Date('2026-04-01T00:00:00Z'),
    });
    expect(quotaWindow('ebay', now)).toMatchObject({
      id: '2026-03-31',
      resetsAt: new Date('2026-04-01T00:00:00Z'),
    });
    expect(quotaWindow('searchapi', new Date('2026-12-05T00:00:00Z')).resetsAt).toEqual(
      new Date('2027-01-01T00:00:00Z'),
    );
  });
});

describe('reserveProviderCall', () => {
  it('counts calls up to the limit and refuses the next one', async () => {
    const now = isolatedNow();
    for (let i = 1; i <= 10; i++) {
      expect(await reserveProviderCall(redis, config, 'searchapi', { background: false, now })).toBe(i);
    }
    await expect(reserveProviderCall(redis, config, 'searchapi', { background: false, now })).rejects.toThrow(
      /^PROVIDER_QUOTA_EXHAUSTED: searchapi: all 10 calls per month used/,
    );
    const [searchapi] = await readQuotaCounters(redis, config, now);
    expect(searchapi).toMatchObject({ provider: 'searchapi', used: 10, limit: 10, reserve: 3, remaining: 0 });
  });

  it('keeps the reserve from background work only', async () => {
    const now = isolatedNow();
    for (let i = 0; i < 14; i++) await reserveProviderCall(redis, config, 'ebay', { background: true, now });
    await expect(reserveProviderCall(redis, config, 'ebay', { background: true, now })).rejects.toThrow(
      /^PROVIDER_QUOTA_EXHAUSTED: ebay: only the reserve for interactive searches is left/,
    );
    expect(await reserveProviderCall(redis, config, 'ebay', { background: false, now })).toBe(15);
  });

  it('is exact under concurrency', async () => {
    const now = isolatedNow();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        reserveProviderCall(redis, config, 'ebay', { background: false, now }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
  });

  it('refuses every call while the provider has blocked the window, until cleared', async () => {
    const now = isolatedNow();
    await markQuotaExhausted(
      redis,
      'searchapi',
      'PROVIDER_QUOTA_EXHAUSTED: searchapi: monthly quota used up',
      now,
    );
    await expect(reserveProviderCall(redis, config, 'searchapi', { background: false, now })).rejects.toThrow(
      /the provider reported its quota exhausted/,
    );
    const [searchapi] = await readQuotaCounters(redis, config, now);
    expect(searchapi).toMatchObject({ used: 0, remaining: 0, blocked: expect.stringContaining('monthly') });
    await clearQuotaBlock(redis, 'searchapi', now);
    expect(await reserveProviderCall(redis, config, 'searchapi', { background: false, now })).toBe(1);
  });

  it('blocks end when the window does', async () => {
    const now = new Date(Date.UTC(2990, 0, 1, 23, 59, 59));
    await markQuotaExhausted(redis, 'ebay', 'eBay 2001', now);
    const key = quotaBlockKey('ebay', quotaWindow('ebay', now).id);
    const expiresAt = await redis.expiretime(key);
    expect(expiresAt).toBe(Date.UTC(2990, 0, 2) / 1000);
    await redis.del(key);
  });
});
