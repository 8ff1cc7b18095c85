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
    stack = await startStack({ REDIS_URL: redis.url });
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
