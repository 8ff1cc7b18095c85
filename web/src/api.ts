/**
 * The API as the page uses it: POST a search, then follow its Server-Sent Events.
 * A cached answer comes back at once; otherwise the stream brings progress, an interim
 * FMV from the first sold page, and the result.
 */
import type { CompsResult, Problem, SearchProgress, SearchRequestInput, SearchResult } from './types.ts';

export class ApiError extends Error {
  constructor(
    readonly problem: Problem,
    readonly status: number,
  ) {
    super(problem.message);
    this.name = 'ApiError';
  }
}

export type StartAnswer =
  | { kind: 'queued'; eventsUrl: string }
  | {
      kind: 'cached';
      eventsUrl: string;
      result: SearchResult;
      ageSeconds: number;
      /** Older than its freshness window; a refresh is running when `refreshing`. */
      stale: boolean;
      refreshing: boolean;
    };

const OFFLINE: Problem = {
  code: 'NETWORK',
  message: 'Could not reach Kuya Comps. Check your connection and try again.',
};

export async function startSearch(request: SearchRequestInput, signal?: AbortSignal): Promise<StartAnswer> {
  let response: Response;
  try {
    response = await fetch('/api/v1/searches', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(request),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(OFFLINE, 0);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const problem: Problem = body?.error?.message
      ? { code: String(body.error.code), message: String(body.error.message) }
      : { code: `HTTP_${response.status}`, message: `The server answered ${response.status}; try again.` };
    throw new ApiError(problem, response.status);
  }
  if (response.status === 202) return { kind: 'queued', eventsUrl: body.links.events };
  return {
    kind: 'cached',
    eventsUrl: body.links.events,
    result: body.result,
    ageSeconds: body.ageSeconds ?? 0,
    stale: Boolean(body.stale),
    refreshing: Boolean(body.refreshing),
  };
}

export interface StreamHandlers {
  progress(progress: SearchProgress): void;
  /** Comps on the first sold page, before the rest arrives. */
  partial(comps: CompsResult): void;
  result(result: SearchResult): void;
  failed(problem: Problem): void;
  /** The connection dropped; the browser reconnects and the server replays what was missed. */
  reconnecting(): void;
}

/** Follows one search's events until its result or error; returns a function that stops listening. */
export function followSearch(eventsUrl: string, on: StreamHandlers): () => void {
  const source = new EventSource(eventsUrl);
  const read = (event: Event) => JSON.parse((event as MessageEvent<string>).data);

  source.addEventListener('snapshot', (event) => {
    const { progress } = read(event);
    if (progress) on.progress(progress);
  });
  source.addEventListener('progress', (event) => on.progress(read(event).progress));
  source.addEventListener('partial', (event) => on.partial(read(event).comps));
  source.addEventListener('result', (event) => {
    // The server ends the stream after the result; closing stops the browser reconnecting.
    source.close();
    const { result } = read(event);
    if (result) on.result(result);
    else
      on.failed({
        code: 'SEARCH_NOT_FOUND',
        message: 'This result has expired. Search again for fresh comps.',
      });
  });
  // `error` is both the server's error event (with data) and the browser's connection error (without).
  source.addEventListener('error', (event) => {
    if (event instanceof MessageEvent && typeof event.data === 'string') {
      source.close();
      on.failed(read(event).error);
    } else if (source.readyState === EventSource.CLOSED) {
      on.failed(OFFLINE);
    } else {
      on.reconnecting();
    }
  });
  return () => source.close();
}
