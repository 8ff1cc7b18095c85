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
    await Promise.all(
      clients.flatMap((redis) =>
        Array.from({ length: 5 }, async () => {
          await awaitCallSlot(redis, 'searchapi', 80);
          times.push(performance.now());
        }),
      ),
    );
    times.sort((a, b) => a - b);
    // Slots are exact; what the caller sees adds a little timer jitter on either side.
    const span = (times.at(-1) as number) - (times[0] as number);
    expect(span).toBeGreaterThanOrEqual(14 * 80 - 20);
    expect(span).toBeLessThan(14 * 80 + 200);
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(50);
  });

  it('does not wait when the provider has been idle', async () => {
    await new Promise((r) => setTimeout(r, 100));
    expect(await awaitCallSlot(clients[0] as Redis, 'ebay', 1000)).toBe(0);
  });
});
