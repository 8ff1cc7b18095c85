import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOwnRedis } from '../../../test/support/redis.ts';
import { awaitCallSlot } from './call-pacer.ts';

describe('awaitCallSlot', () => {
  let own: Awaited<ReturnType<typeof startOwnRedis>>;
  let clients: Redis[];
  beforeAll(async () => {
    own = await startOwnRedis();
    clients = [new Redis(own.url), new Redis(own.url), new Redis(own.url)];
  });
  afterAll(async () => {
    for (const c of clients) c.disconnect();
    await own.dispose();
  });

  it('spaces calls from several processes at least one interval apart', async () => {
    const times: number[] = [];
    const waits: number[] = [];
    await Promise.all(
      clients.flatMap((redis) =>
        Array.from({ length: 5 }, async () => {
          waits.push(await awaitCallSlot(redis, 'searchapi', 80));
          times.push(performance.now());
        }),
      ),
    );
    // The slots Redis hands out are one interval apart (the 15 calls are taken within a few ms of
    // each other, so their waits differ by the interval less that).
    waits.sort((a, b) => a - b);
    const slotGaps = waits.slice(1).map((w, i) => w - (waits[i] as number));
    expect(Math.min(...slotGaps)).toBeGreaterThanOrEqual(80 - 20);
    // What the callers see only adds timer lateness: never sooner than the slots allow.
    times.sort((a, b) => a - b);
    expect((times.at(-1) as number) - (times[0] as number)).toBeGreaterThanOrEqual(14 * 80 - 20);
  });

  it('does not wait when the provider has been idle', async () => {
    await new Promise((r) => setTimeout(r, 100));
    expect(await awaitCallSlot(clients[0] as Redis, 'ebay', 1000)).toBe(0);
  });
});
