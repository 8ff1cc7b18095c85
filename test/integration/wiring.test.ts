import { QUEUE_PREFIX, QUEUES } from '@kuya/shared';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, spawnService, startStack } from '../support/processes.ts';
import { startOwnRedis } from '../support/redis.ts';

describe('first thread: API → BullMQ → worker process', () => {
  let redis: Awaited<ReturnType<typeof startOwnRedis>>;
  let stack: Stack;

  beforeAll(async () => {
    redis = await startOwnRedis();
    stack = await startStack({ REDIS_URL: redis.url, ADMIN_PASSWORD: 'op-secret' });
  });
  afterAll(async () => {
    await stack?.stop();
    await redis?.dispose();
  });

  it('answers /health with healthy', async () => {
    const res = await fetch(`${stack.apiUrl}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'healthy' });
  });

  it('a job the API enqueues is completed by the worker process', async () => {
    const res = await fetch(`${stack.apiUrl}/health/deep`);
    const body = await res.json();
    expect(res.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ status: 'healthy', worker: 'consuming' });
  });

  it('a job added straight into BullMQ is completed by a worker with another pid', async () => {
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.search, { connection, prefix: QUEUE_PREFIX });
    const job = await queue.add('probe', {});
    let state = await job.getState();
    for (let i = 0; i < 100 && state !== 'completed'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = await job.getState();
    }
    expect(state).toBe('completed');
    const done = await queue.getJob(job.id!);
    expect(done?.returnvalue.pid).toBe(stack.workers[0]!.proc.pid);
    await queue.close();
    connection.disconnect();
  });

  it('describes itself: /openapi.json from the zod schemas, /docs served locally', async () => {
    const spec = await (await fetch(`${stack.apiUrl}/openapi.json`)).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/searches',
        '/api/v1/searches/{id}',
        '/api/v1/searches/{id}/events',
        '/comps',
      ]),
    );
    const request = spec.components.schemas.SearchRequest;
    expect(request.required).toContain('query');
    expect(request.properties.pages).toMatchObject({ minimum: 1, maximum: 5 });
    const docs = await fetch(`${stack.apiUrl}/docs`);
    const html = await docs.text();
    expect(html).toContain('/docs/assets/swagger-ui-bundle.js');
    expect(html).not.toMatch(/https?:\/\//);
    const bundle = await fetch(`${stack.apiUrl}/docs/assets/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
  });

  it('exposes Prometheus metrics with queue depths and quota usage', async () => {
    const text = await (await fetch(`${stack.apiUrl}/metrics`)).text();
    expect(text).toMatch(/kuya_queue_jobs\{queue="search",state="waiting"\} \d+/);
    expect(text).toMatch(/kuya_provider_quota_used\{provider="searchapi",window="\d{4}-\d{2}"\} \d+/);
    expect(text).toContain('kuya_sse_clients 0');
  });

  it('serves Bull Board to operators only, and refuses cross-site writes', async () => {
    const board = `${stack.apiUrl}/admin/queues`;
    const anonymous = await fetch(board);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/Basic/);
    const auth = { authorization: `Basic ${Buffer.from('admin:op-secret').toString('base64')}` };
    const page = await fetch(board, { headers: auth });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Kuya Comps queues');
    const queues = await (await fetch(`${board}/api/queues`, { headers: auth })).json();
    expect(queues.queues.map((q: { name: string }) => q.name).sort()).toEqual([
      'cache-warm',
      'provider-ebay',
      'provider-searchapi',
      'search',
    ]);
    const crossSite = await fetch(`${board}/api/queues/search/clean/completed`, {
      method: 'PUT',
      headers: { ...auth, origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(401);
    // A sandboxed page sends `Origin: null`: refused the same way, not a 500.
    const opaque = await fetch(`${board}/api/queues/search/clean/completed`, {
      method: 'PUT',
      headers: { ...auth, origin: 'null' },
    });
    expect(opaque.status).toBe(401);
  });

  it('answers unknown routes and bad bodies with the catalogue error shape', async () => {
    const notFound = await fetch(`${stack.apiUrl}/nope`);
    expect(notFound.status).toBe(404);
    expect((await notFound.json()).error.code).toBe('NOT_FOUND');
    const badType = await fetch(`${stack.apiUrl}/nope`, { method: 'POST', body: 'x' });
    expect(badType.status).toBe(415);
    expect((await badType.json()).error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
  });
});

describe('configuration at boot', () => {
  it('a bad environment stops the API with exit 1 and one message naming every bad variable', async () => {
    const svc = spawnService('apps/api/src/main.ts', { PORT: 'abc', EBAY_ENVIRONMENT: 'moon' });
    const code = await new Promise<number | null>((r) => svc.proc.once('exit', (c) => r(c)));
    expect(code).toBe(1);
    expect(svc.output().trim()).toBe(
      'Configuration validation failed: PORT must be an integer 1-65535; EBAY_ENVIRONMENT must be production|sandbox',
    );
  });
});
