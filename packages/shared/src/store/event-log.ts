/**
 * A search's event log: a Redis stream per search (replay after Last-Event-ID) plus one Pub/Sub
 * channel for live delivery, so an API process needs one subscriber connection, not one per client.
 */
import type { Redis } from 'ioredis';
import { EVENTS_PER_SEARCH, SEARCH_STATE_TTL_S, searchKeys } from '../cache-keys.ts';
import type { SearchEvent, SseEventType } from '../search.ts';

export interface PublishedEvent extends SearchEvent {
  searchId: string;
}

export async function appendEvent(
  redis: Redis,
  searchId: string,
  type: SseEventType,
  data: unknown,
): Promise<string> {
  const key = searchKeys.events(searchId);
  const json = JSON.stringify(data);
  const id = await redis.xadd(key, 'MAXLEN', '~', EVENTS_PER_SEARCH, '*', 't', type, 'd', json);
  if (!id) throw new Error('XADD returned no id');
  const message: PublishedEvent = { searchId, id, type, data };
  await redis
    .multi()
    .expire(key, SEARCH_STATE_TTL_S)
    .publish(searchKeys.eventsChannel, JSON.stringify(message))
    .exec();
  return id;
}

function toEvent([id, fields]: [string, string[]]): SearchEvent {
  const map: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length; i += 2) map[fields[i]!] = fields[i + 1]!;
  return { id, type: map.t as SseEventType, data: JSON.parse(map.d ?? 'null') };
}

/** Events strictly after `afterId` (all when omitted). */
export async function readEvents(redis: Redis, searchId: string, afterId?: string): Promise<SearchEvent[]> {
  const start = afterId ? `(${afterId}` : '-';
  const rows = (await redis.xrange(searchKeys.events(searchId), start, '+')) as [string, string[]][];
  return rows.map(toEvent);
}

/**
 * The newest event of one type, read backwards a page at a time: a late subscriber needs the last
 * `partial`, which sits a few progress events from the end, not the whole log.
 */
export async function lastEventOfType(
  redis: Redis,
  searchId: string,
  type: SseEventType,
): Promise<SearchEvent | undefined> {
  const PAGE = 16;
  let end = '+';
  for (;;) {
    const rows = (await redis.xrevrange(searchKeys.events(searchId), end, '-', 'COUNT', PAGE)) as [
      string,
      string[],
    ][];
    for (const row of rows) {
      const event = toEvent(row);
      if (event.type === type) return event;
    }
    if (rows.length < PAGE) return undefined;
    end = `(${rows.at(-1)![0]}`;
  }
}

/** The id of the newest event, or undefined for an empty or missing log. */
export async function lastEventId(redis: Redis, searchId: string): Promise<string | undefined> {
  const rows = (await redis.xrevrange(searchKeys.events(searchId), '+', '-', 'COUNT', 1)) as [
    string,
    string[],
  ][];
  return rows[0]?.[0];
}

/** Whether `afterId` is still inside the retained log (so a replay is complete). */
export async function logCovers(redis: Redis, searchId: string, afterId: string): Promise<boolean> {
  const first = (await redis.xrange(searchKeys.events(searchId), '-', '+', 'COUNT', 1)) as [
    string,
    string[],
  ][];
  const firstId = first[0]?.[0];
  return firstId !== undefined && compareStreamIds(firstId, afterId) <= 0;
}

export function compareStreamIds(a: string, b: string): number {
  const [am = 0, as = 0] = a.split('-').map(Number);
  const [bm = 0, bs = 0] = b.split('-').map(Number);
  return am === bm ? as - bs : am - bm;
}

export function isStreamId(value: string): boolean {
  return /^\d{1,20}-\d{1,20}$/.test(value);
}
