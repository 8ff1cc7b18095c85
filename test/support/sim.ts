/** Test helpers around the provider simulator's control API (`/_sim/...`). */
import { DEMO_CREDENTIALS } from '@kuya/shared';
import type { CallRecord } from '../../apps/provider-sim/src/index.ts';

/** One call as the simulator records it (its own type, so the two cannot drift apart). */
export type SimCall = CallRecord;

async function control(url: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${url}/_sim/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`/_sim/${path} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

export const simControl = {
  /** Every call the simulator answered, oldest first. */
  async calls(
    url: string,
    filter: { since?: number; endpoint?: string; key?: string } = {},
  ): Promise<SimCall[]> {
    const snapshot = (await control(url, 'counters')) as { calls: SimCall[] };
    return snapshot.calls.filter(
      (c) =>
        (filter.since === undefined || c.t >= filter.since) &&
        (filter.endpoint === undefined || c.endpoint === filter.endpoint) &&
        (filter.key === undefined || c.key === filter.key),
    );
  },
  faults: (url: string, patch: unknown) => control(url, 'faults', patch),
  quotas: (url: string, patch: unknown) => control(url, 'quotas', patch),
  clock: (url: string, body: unknown) => control(url, 'clock', body),
  reset: (url: string) => control(url, 'reset', {}),
};

/** Most timestamps inside any window of `windowMs` (half-open, like a provider's per-second limit). */
export function maxInWindow(times: number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while ((sorted[hi] as number) - (sorted[lo] as number) >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

/** Worker environment pointing both providers at the simulator with the demo credentials. */
export function simWorkerEnv(
  simUrl: string,
  redisUrl: string,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  return {
    REDIS_URL: redisUrl,
    SEARCH_API_KEY: DEMO_CREDENTIALS.SEARCH_API_KEY,
    SEARCHAPI_BASE_URL: simUrl,
    EBAY_APP_ID: DEMO_CREDENTIALS.EBAY_APP_ID,
    EBAY_CERT_ID: DEMO_CREDENTIALS.EBAY_CERT_ID,
    EBAY_API_BASE_URL: simUrl,
    CACHE_WARM_TOP_N: '0',
    ...extra,
  };
}
