/** A full product stack for cross-process tests: own Redis, the provider simulator, API + N workers. */
import { readSse as readSseStream, type SseEvent } from '@kuya/cli/sse';
import { DEMO_CREDENTIALS } from '@kuya/shared';
import { type Simulator, startSimulator } from '../../apps/provider-sim/src/index.ts';
import { type Stack, startStack } from './processes.ts';
import { startOwnRedis } from './redis.ts';

export interface SimStack extends Stack {
  sim: Simulator;
  redis: Awaited<ReturnType<typeof startOwnRedis>>;
  /** Provider search calls the simulator answered so far (token calls excluded). */
  calls(): { searchapi: number; ebay: number; ebayToken: number };
  dispose(): Promise<void>;
}

/** Environment that points both provider clients at the simulator, with the credentials it accepts. */
export function simProviderEnv(simUrl: string): NodeJS.ProcessEnv {
  return { ...DEMO_CREDENTIALS, SEARCHAPI_BASE_URL: simUrl, EBAY_API_BASE_URL: simUrl };
}

export async function startSimStack(env: NodeJS.ProcessEnv = {}, workers = 1): Promise<SimStack> {
  const redis = await startOwnRedis();
  const sim = await startSimulator();
  let stack: Stack;
  try {
    stack = await startStack(
      {
        REDIS_URL: redis.url,
        ...simProviderEnv(sim.url),
        KUYA_DEMO_MODE: '1',
        RATE_LIMIT_PER_MINUTE: '10000',
        SEARCHAPI_RATE_PER_SEC: '50',
        EBAY_RATE_PER_SEC: '50',
        CACHE_WARM_TOP_N: '0',
        ...env,
      },
      workers,
    );
  } catch (err) {
    // Nothing may outlive a failed start: the caller never gets a handle to dispose of.
    await sim.close();
    await redis.dispose();
    throw err;
  }
  return Object.assign(stack, {
    sim,
    redis,
    calls() {
      const c = sim.control.counters().byEndpoint;
      return {
        searchapi: c['searchapi.search']?.total ?? 0,
        ebay: c['ebay.search']?.total ?? 0,
        ebayToken: c['ebay.token']?.total ?? 0,
      };
    },
    async dispose() {
      await stack.stop();
      await sim.close();
      await redis.dispose();
    },
  });
}

/** POSTs a search and returns status + body. */
export async function postSearch(apiUrl: string, body: unknown) {
  const res = await fetch(`${apiUrl}/api/v1/searches`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** Polls GET /api/v1/searches/:id until done or failed. */
export async function pollUntilFinished(apiUrl: string, id: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  const seen: string[] = [];
  for (;;) {
    const res = await fetch(`${apiUrl}/api/v1/searches/${id}`);
    const body = (await res.json()) as Record<string, any>;
    if (seen.at(-1) !== body.status) seen.push(body.status);
    if (body.status === 'done' || body.status === 'failed') return { body, seen };
    if (Date.now() > deadline) throw new Error(`search ${id} still ${body.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export type { SseEvent };

/** Reads a search's SSE stream to its end (or until `stopAfter`), with a test-sized timeout. */
export async function readSse(
  url: string,
  {
    lastEventId,
    stopAfter,
    timeoutMs = 30_000,
  }: { lastEventId?: string; stopAfter?: (e: SseEvent) => boolean; timeoutMs?: number } = {},
): Promise<{ events: (SseEvent & { data: any })[] }> {
  const events = await readSseStream(url, {
    ...(lastEventId ? { lastEventId } : {}),
    onEvent: (e) => stopAfter?.(e),
    timeoutMs,
  });
  return { events };
}
