import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, redactUrl } from './logger.ts';

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger({ name: 'test', destination }) };
}

describe('logger redaction', () => {
  it('never writes keys, eBay credentials, tokens, Authorization headers or api_key parameters', () => {
    const { lines, logger } = capture();
    logger.info({
      config: { SEARCH_API_KEY: 'sk-live-123', EBAY_CERT_ID: 'PRD-cert-456', EBAY_APP_ID: 'app-789' },
      req: { headers: { authorization: 'Bearer sk-live-123' } },
      access_token: 'v^1.1#i^1#token',
      url: 'https://www.searchapi.io/api/v1/search?engine=ebay_search&api_key=sk-live-123&q=trout',
    });
    const out = lines.join('');
    for (const secret of ['sk-live-123', 'PRD-cert-456', 'app-789', 'v^1.1#i^1#token'])
      expect(out).not.toContain(secret);
    expect(out).toContain('q=trout');
    expect(out).toContain('[Redacted]');
  });

  it('scrubs secret query parameters from any URL string', () => {
    expect(redactUrl('/x?q=a&api_key=abc&token=t#f')).toBe('/x?q=a&api_key=[Redacted]&token=[Redacted]#f');
  });
});
