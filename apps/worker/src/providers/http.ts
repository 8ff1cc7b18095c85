/**
 * HTTP for provider clients. got never retries here: BullMQ attempts and the queue's 429 path are the only
 * retry authority (bullmq-notes §1.4), and every request has explicit timeouts and the job's AbortSignal.
 */
import type { Provider } from '@kuya/shared';
import { type Got, got, type OptionsInit, RequestError, TimeoutError } from 'got';
import { ProviderError } from './errors.ts';

export interface ProviderHttpOptions {
  /** Whole-request deadline in ms (connect + wait for headers + body). */
  requestTimeoutMs: number;
  /** TCP connect deadline in ms. @defaultValue 5000 */
  connectTimeoutMs?: number;
}

/**
 * SearchAPI scrapes eBay live and gives up itself at 90 s (503): 30 s aborts first and leaves room for
 * retries with backoff (providers.md C.1.7). eBay Browse answers in well under a second.
 */
export const SEARCHAPI_TIMEOUT_MS = 30_000;
export const EBAY_TIMEOUT_MS = 10_000;

export function createProviderHttp({ requestTimeoutMs, connectTimeoutMs = 5000 }: ProviderHttpOptions): Got {
  return got.extend({
    retry: { limit: 0 },
    timeout: { connect: connectTimeoutMs, secureConnect: connectTimeoutMs, request: requestTimeoutMs },
    throwHttpErrors: false,
    followRedirect: false,
    responseType: 'text',
    headers: { 'user-agent': 'kuya-comps/0.1', accept: 'application/json' },
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request; transport failures become PROVIDER_TIMEOUT / PROVIDER_UNAVAILABLE. Never throws on a status. */
export async function send(
  http: Got,
  provider: Provider,
  url: string,
  options: OptionsInit & { signal?: AbortSignal | undefined },
): Promise<RawResponse> {
  try {
    const res = await http(url, {
      ...options,
      isStream: false,
      resolveBodyOnly: false,
      responseType: 'text',
    });
    return { status: res.statusCode, headers: res.headers, body: res.body };
  } catch (err) {
    if (err instanceof TimeoutError) {
      throw new ProviderError('PROVIDER_TIMEOUT', provider, `no answer within the deadline (${err.event})`);
    }
    if (err instanceof RequestError) {
      const reason =
        err.name === 'AbortError' ? 'request aborted (job cancelled)' : `${err.code}: ${err.message}`;
      throw new ProviderError('PROVIDER_UNAVAILABLE', provider, reason.slice(0, 200));
    }
    throw err;
  }
}

/** JSON or PROVIDER_BAD_RESPONSE. */
export function parseJson(provider: Provider, res: RawResponse): unknown {
  try {
    return JSON.parse(res.body);
  } catch {
    throw new ProviderError('PROVIDER_BAD_RESPONSE', provider, `HTTP ${res.status} body is not JSON`, {
      status: res.status,
    });
  }
}

/** `Retry-After` as milliseconds (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterMs(headers: RawResponse['headers'], now = Date.now()): number | undefined {
  const raw = headers['retry-after'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** A short, single-line excerpt of a provider message for failed reasons and logs. */
export function excerpt(text: unknown, max = 160): string {
  const s = typeof text === 'string' ? text : JSON.stringify(text ?? '');
  return s.replace(/\s+/g, ' ').trim().slice(0, max);
}
