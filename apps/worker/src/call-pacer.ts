/**
 * Spaces the provider calls themselves, across every worker process. BullMQ's limiter spaces job
 * starts; between a start and the HTTP request sit a cache read, the quota script and the event loop, and
 * a few ms of jitter there can put rate + 1 calls into one second. Right before each call a worker takes
 * the next slot from Redis (server clock, atomic) and sleeps until it, so calls leave `intervalMs` apart.
 */
import { nextCallSlotKey, type Provider } from '@kuya/shared';
import type { Redis } from 'ioredis';

/** KEYS: next-slot. ARGV: interval ms. Returns { ms to wait for the slot just taken, the slot (server ms) }. */
const TAKE_SLOT = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local interval = tonumber(ARGV[1])
redis.call('SET', KEYS[1], slot + interval, 'PX', slot - now + interval + 1000)
return {slot - now, slot}`;

/** The slot this call was given: how long it waited for it, and when it is on Redis's clock (ms). */
export interface CallSlot {
  wait: number;
  slot: number;
}

/** Waits for this worker's turn to call `provider`; resolves with the slot it waited for. */
export async function awaitCallSlot(redis: Redis, provider: Provider, intervalMs: number): Promise<CallSlot> {
  const [wait, slot] = (await redis.eval(TAKE_SLOT, 1, nextCallSlotKey(provider), Math.ceil(intervalMs))) as [
    number,
    number,
  ];
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  return { wait, slot };
}
