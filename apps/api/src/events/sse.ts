/**
 * Server-Sent Events for one search. Order of business on connect:
 * 1. listen on the process's hub (buffering), 2. replay after Last-Event-ID, or send a snapshot,
 * 3. flush what arrived meanwhile (dropping ids already sent), 4. stream live until result/error.
 */
import {
  AppError,
  compareStreamIds,
  isStreamId,
  lastEventId,
  lastEventOfType,
  logCovers,
  type PublishedEvent,
  readEvents,
  readResult,
  readState,
  type SearchEvent,
} from '@kuya/shared';
import type { Request, Response } from 'express';
import type { ApiDeps } from '../deps.ts';
import type { EventHub } from './hub.ts';

/**
 * A `result` event's data, read from the result cache and serialised once per process, however many
 * clients watch the search (200 streams on one search cost one read and one stringify, not 200).
 */
const resultFrames = new Map<string, Promise<string>>();
const RESULT_FRAME_MS = 30_000;

function resultFrame(redis: ApiDeps['redis'], searchId: string, event: SearchEvent): Promise<string> {
  const key = `${searchId}/${event.id}`;
  let frame = resultFrames.get(key);
  if (!frame) {
    frame = readResult(redis, searchId).then((cached) =>
      JSON.stringify({ ...(event.data as object), result: cached?.result ?? null }),
    );
    resultFrames.set(key, frame);
    frame
      .catch(() => undefined)
      .finally(() => setTimeout(() => resultFrames.delete(key), RESULT_FRAME_MS).unref());
  }
  return frame;
}

export async function streamSearchEvents(
  deps: ApiDeps,
  hub: EventHub,
  searchId: string,
  req: Request,
  res: Response,
): Promise<void> {
  const { redis } = deps;
  const buffered: PublishedEvent[] = [];
  let live = false;
  let lastSent: string | undefined;
  let ended = false;

  const unsubscribe = hub.subscribe(searchId, (event) => {
    if (live) void send(event);
    else buffered.push(event);
  });

  // Read the log position before the state, so every event after it reaches us through the hub.
  const snapshotId = (await lastEventId(redis, searchId)) ?? '0-1';
  const [state, cached] = await Promise.all([readState(redis, searchId), readResult(redis, searchId)]);
  if (!state && !cached) {
    unsubscribe();
    throw new AppError('SEARCH_NOT_FOUND');
  }

  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 3000\n\n');
  // A comment line keeps proxies from closing an idle stream; EventSource ignores it.
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), deps.config.SSE_HEARTBEAT_SECONDS * 1000);

  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  req.on('close', end);

  function write(event: SearchEvent, data = JSON.stringify(event.data)) {
    if (ended) return;
    res.write(`id: ${event.id}\nevent: ${event.type}\ndata: ${data}\n\n`);
    lastSent = event.id;
    if (event.type === 'result' || event.type === 'error') end();
  }

  async function send(event: SearchEvent) {
    if (lastSent && compareStreamIds(event.id, lastSent) <= 0) return;
    // The log carries a marker; the result itself lives once, in the result cache.
    if (event.type === 'result') write(event, await resultFrame(redis, searchId, event));
    else write(event);
  }

  const resumeFrom = String(req.header('last-event-id') ?? req.query.lastEventId ?? '');
  if (resumeFrom && isStreamId(resumeFrom) && (await logCovers(redis, searchId, resumeFrom))) {
    lastSent = resumeFrom;
    for (const event of await readEvents(redis, searchId, resumeFrom)) await send(event);
  } else {
    write({
      id: snapshotId,
      type: 'snapshot',
      data: {
        id: searchId,
        status: state?.status ?? 'done',
        progress: state?.progress ?? null,
        ...(cached ? { cached: true, stale: cached.stale, ageSeconds: cached.ageSeconds } : {}),
      },
    });
    const finished = !state || state.status === 'done' || state.status === 'failed';
    if (finished) {
      if (state?.status === 'failed' && state.error)
        write({ id: snapshotId, type: 'error', data: { error: state.error } });
      else write({ id: snapshotId, type: 'result', data: { id: searchId, result: cached?.result ?? null } });
    } else {
      // Replay the partial, if one was already sent, so a late subscriber sees comps at once.
      const partial = await lastEventOfType(redis, searchId, 'partial');
      if (partial) res.write(`id: ${snapshotId}\nevent: partial\ndata: ${JSON.stringify(partial.data)}\n\n`);
    }
  }

  live = true;
  for (const event of buffered.splice(0)) await send(event);
}
