import { describe, expect, it } from 'vitest';
import { rawPageKey } from './cache-keys.ts';
import { failedReasonCode, failedReasonDetail, formatFailedReason } from './errors.ts';
import { canonicalProviderQuery, pageJobId, providerPageJob, providerQueryHash } from './jobs.ts';
import { JOB_OPTIONS } from './queues.ts';

describe('provider queries', () => {
  it('fold case, spacing and defaults into one canonical form', () => {
    expect(canonicalProviderQuery('searchapi', { q: '  Elly   De La CRUZ ', sort: 'best_match' })).toEqual({
      q: 'elly de la cruz',
      num: 120,
    });
    expect(providerQueryHash('searchapi', { q: 'Elly de la Cruz' })).toBe(
      providerQueryHash('searchapi', { q: 'elly de la cruz', num: 120 }),
    );
    expect(providerQueryHash('searchapi', { q: 'elly' })).not.toBe(
      providerQueryHash('searchapi', { q: 'elly', num: 240 }),
    );
    expect(providerQueryHash('ebay', { q: 'elly', priceMin: 5 })).not.toBe(
      providerQueryHash('ebay', { q: 'elly' }),
    );
  });

  it('refuse post-filters and impossible ranges', () => {
    expect(() => canonicalProviderQuery('ebay', { q: 'x', rawOnly: true } as never)).toThrow();
    expect(() => canonicalProviderQuery('ebay', { q: 'x', priceMin: 10, priceMax: 5 })).toThrow(/priceMax/);
  });
});

describe('page job ids', () => {
  it('never contain ":" and are never digits only', () => {
    const id = pageJobId('ebay', { q: 'a:b' }, 2, 'run:42');
    expect(id).not.toContain(':');
    expect(id).toMatch(/^page-ebay-[0-9a-f]{32}-p2-run_42$/);
    expect(pageJobId('searchapi', { q: 'Topps' }, 1)).toBe(pageJobId('searchapi', { q: 'topps ' }, 1));
  });

  it('and cache keys share the canonical hash', () => {
    expect(rawPageKey('searchapi', { q: 'Topps' }, 1)).toBe(
      `kuya:cache:page:v1:searchapi:${providerQueryHash('searchapi', { q: 'topps' })}:1`,
    );
  });
});

describe('providerPageJob', () => {
  it('validates, canonicalises and carries the queue retry policy', () => {
    const job = providerPageJob(
      { provider: 'ebay', query: { q: ' Wemby ' }, page: 3, background: true },
      { scope: 'r1' },
    );
    expect(job).toEqual({
      queueName: 'provider-ebay',
      name: 'page',
      data: { provider: 'ebay', query: { q: 'wemby', num: 200 }, page: 3, background: true },
      opts: { ...JOB_OPTIONS['provider-ebay'], jobId: pageJobId('ebay', { q: 'wemby' }, 3, 'r1') },
    });
  });

  it('rejects provider-specific impossibilities', () => {
    const base = { query: { q: 'x' }, background: false };
    expect(() =>
      providerPageJob({ ...base, provider: 'searchapi', page: 1, query: { q: 'x', num: 100 } }),
    ).toThrow(/SearchAPI num/);
    expect(() =>
      providerPageJob({ ...base, provider: 'ebay', page: 1, query: { q: 'x', num: 240 } }),
    ).toThrow(/eBay limit/);
    expect(() => providerPageJob({ ...base, provider: 'ebay', page: 51 })).toThrow();
    expect(() => providerPageJob({ ...base, provider: 'ebay', page: 0 })).toThrow();
  });
});

describe('failed reasons', () => {
  it('carry a catalogue code that reads back', () => {
    const reason = formatFailedReason('PROVIDER_AUTH', 'searchapi: rejected the API key (HTTP 401)');
    expect(failedReasonCode(reason)).toBe('PROVIDER_AUTH');
    expect(failedReasonDetail(reason)).toBe('searchapi: rejected the API key (HTTP 401)');
    expect(failedReasonCode('job stalled more than allowable limit')).toBeNull();
    expect(failedReasonCode('NOT_A_CODE: x')).toBeNull();
    expect(failedReasonCode(undefined)).toBeNull();
  });
});
