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

  it('spaces calls from several processes exactly one interval apart, and no caller goes early', async () => {
    const slots: number[] = [];
    const early: number[] = [];
    await Promise.all(
      clients.flatMap((redis) =>
        Array.from({ length: 5 }, async () => {
          const asked = performance.now();
          const { wait, slot } = await awaitCallSlot(redis, 'searchapi', 80);
          slots.push(slot);
          // A caller resumes no sooner than its wait (timers never fire early; 1 ms of rounding).
          if (performance.now() - asked < wait - 1) early.push(wait);
        }),
      ),
    );
    // The slots are read off Redis's clock, so how busy this machine is does not move them.
    slots.sort((a, b) => a - b);
    expect(slots.slice(1).map((s, i) => s - (slots[i] as number))).toEqual(Array(14).fill(80));
    expect(early).toEqual([]);
  });

  it('does not wait when the provider has been idle', async () => {
    await new Promise((r) => setTimeout(r, 100));
    expect((await awaitCallSlot(clients[0] as Redis, 'ebay', 1000)).wait).toBe(0);
  });
});
