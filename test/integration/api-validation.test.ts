/** Hostile and malformed requests get a clear 4xx in the catalogue shape, never a 500 or a crash. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from '../support/processes.ts';
import { startOwnRedis } from '../support/redis.ts';

describe('POST /api/v1/searches rejects hostile bodies', () => {
  let redis: Awaited<ReturnType<typeof startOwnRedis>>;
  let stack: Stack;

  beforeAll(async () => {
    redis = await startOwnRedis();
    stack = await startStack({ REDIS_URL: redis.url, RATE_LIMIT_PER_MINUTE: '1000' }, 0);
  });
  afterAll(async () => {
    await stack?.stop();
    await redis?.dispose();
  });

  const post = (body: string, contentType = 'application/json') =>
    fetch(`${stack.apiUrl}/api/v1/searches`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });

  const cases: [string, string, string | undefined, number, RegExp][] = [
    ['missing query', '{"pages":1}', undefined, 422, /query/],
    [
      'a 10 kB query',
      JSON.stringify({ query: 'x'.repeat(10_000) }),
      undefined,
      422,
      /at most 200 characters/,
    ],
    ['pages=99', '{"query":"mike trout","pages":99}', undefined, 422, /pages must be an integer 1-5/],
    ['a wrong type', '{"query":42}', undefined, 422, /query must be a string/],
    [
      'unknown filters',
      '{"query":"mike trout","filters":{"colour":"red"}}',
      undefined,
      422,
      /unknown field: colour/,
    ],
    ['control characters', '{"query":"mike\\u0000trout"}', undefined, 422, /control characters/],
    ['JSON that is not an object', '["mike trout"]', undefined, 422, /must be a JSON object/],
    [
      'a wrong content type',
      'query=mike+trout',
      'application/x-www-form-urlencoded',
      415,
      /application\/json/,
    ],
    ['broken JSON', '{"query":', undefined, 400, /not valid JSON/],
    ['a bare string', '"mike trout"', undefined, 422, /must be a JSON object/],
    [
      'unknown top-level field',
      '{"query":"mike trout","admin":true}',
      undefined,
      422,
      /unknown field: admin/,
    ],
    [
      'a bad grade',
      '{"query":"mike trout","filters":{"grade":{"grader":"XYZ","grade":11}}}',
      undefined,
      422,
      /grade/,
    ],
  ];

  for (const [name, body, contentType, status, message] of cases) {
    it(`${name} → ${status}`, async () => {
      const res = await post(body, contentType);
      const json = await res.json();
      expect(res.status, JSON.stringify(json)).toBe(status);
      expect(Object.keys(json)).toEqual(['error']);
      expect(typeof json.error.code).toBe('string');
      expect(json.error.message).toMatch(message);
    });
  }

  it('a body over 16 kB is 413', async () => {
    const res = await post(JSON.stringify({ query: 'mike trout', pad: 'x'.repeat(20_000) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an id that cannot exist is 404 SEARCH_NOT_FOUND, for polling and for SSE', async () => {
    for (const path of ['/api/v1/searches/nope', '/api/v1/searches/s-000000000000000000000000/events']) {
      const res = await fetch(`${stack.apiUrl}${path}`);
      expect(res.status).toBe(404);
      expect((await res.json()).error.code).toBe('SEARCH_NOT_FOUND');
    }
  });

  it('a known path with the wrong method is 405 with an Allow header', async () => {
    const list = await fetch(`${stack.apiUrl}/api/v1/searches`);
    expect(list.status).toBe(405);
    expect(list.headers.get('allow')).toBe('POST');
    expect((await list.json()).error.code).toBe('METHOD_NOT_ALLOWED');
    const del = await fetch(`${stack.apiUrl}/api/v1/searches/s-000000000000000000000000`, {
      method: 'DELETE',
    });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET');
  });

  it('the API is still healthy after all of it', async () => {
    expect((await fetch(`${stack.apiUrl}/health`)).status).toBe(200);
  });
});
