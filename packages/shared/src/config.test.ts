import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, parseConfig } from './config.ts';

describe('configuration', () => {
  it('applies documented defaults to an empty environment', () => {
    const c = parseConfig({});
    expect(c.PORT).toBe(3000);
    expect(c.CACHE_TTL_SOLD).toBe(1800);
    expect(c.CACHE_TTL_ACTIVE).toBe(300);
    expect(c.ebayBaseUrl).toBe('https://api.ebay.com');
  });

  it('names every bad variable in one message', () => {
    expect(() => parseConfig({ PORT: 'abc', EBAY_ENVIRONMENT: 'moon', CACHE_TTL_SOLD: '-1' })).toThrow(
      'Configuration validation failed: PORT must be an integer 1-65535; EBAY_ENVIRONMENT must be production|sandbox; CACHE_TTL_SOLD must be a positive integer',
    );
  });

  it('derives the eBay host from the environment and treats empty strings as unset', () => {
    const c = parseConfig({ EBAY_ENVIRONMENT: 'sandbox', SEARCH_API_KEY: '' });
    expect(c.ebayBaseUrl).toBe('https://api.sandbox.ebay.com');
    expect(c.SEARCH_API_KEY).toBeUndefined();
  });

  it('rejects a non-redis REDIS_URL', () => {
    const err = (() => {
      try {
        parseConfig({ REDIS_URL: 'http://x' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).problems).toEqual(['REDIS_URL must be a redis:// or rediss:// URL']);
  });

  it('.env.example documents every variable the schema reads, and nothing else', () => {
    const example = readFileSync(resolve(import.meta.dirname, '../../../.env.example'), 'utf8');
    const documented = [...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]);
    // KUYA_DEMO_MODE is read beside the schema: `npm start` sets it, nobody configures it.
    expect(documented.sort()).toEqual([...Object.keys(configSchema.shape), 'KUYA_DEMO_MODE'].sort());
  });
});
