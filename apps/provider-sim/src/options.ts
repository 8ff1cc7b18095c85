/** What a simulator can be started with. Every option has a default that demo mode relies on. */
import { DEMO_CREDENTIALS } from '@kuya/shared';
import type { EbayFaults, SearchapiFaults } from './faults.ts';

export interface EbayCredential {
  /** eBay App ID (OAuth client id). */
  appId: string;
  /** eBay Cert ID (OAuth client secret). */
  certId: string;
  /** Which host accepts it: production at `/`, sandbox at `/sandbox` (or Host `api.sandbox.ebay.com`). */
  environment: 'production' | 'sandbox';
}

export interface SimulatorOptions {
  /** TCP port; a free port when omitted or 0. */
  port?: number;
  /** Address to listen on; `0.0.0.0` lets other containers reach it (compose demo). @defaultValue 127.0.0.1 */
  host?: string;
  /** Seed for the catalogue, the listings and fault draws. @defaultValue 20261120 */
  seed?: number;
  /**
   * The listing data's "now": sold dates fall in the 90 days before it, auctions end after it,
   * true values are quoted at it. Fixed so the data is deterministic. @defaultValue 2026-11-20T00:00:00Z
   */
  dataNow?: string | Date;
  /** Start the simulated clock (token expiry, quota windows) at this instant; real time when omitted. */
  clockNow?: string | Date;
  searchapi?: {
    /** Accepted API keys. @defaultValue ['demo-searchapi-key'] */
    keys?: string[];
    /** Credits per key per calendar month (UTC, simulated clock). @defaultValue 10000 */
    monthlyAllowance?: number;
    /** Searches per key per clock hour (UTC, simulated clock). @defaultValue 2000 */
    hourlyLimit?: number;
    /** Whether failed /search calls (400, injected 5xx, hangs) cost a credit; quota 429s never do. @defaultValue true */
    billFailedCalls?: boolean;
    /** Send `Retry-After` (seconds to the next clock hour) with hourly 429s; real SearchAPI's header is undocumented. @defaultValue false */
    retryAfterOnHourly?: boolean;
  };
  ebay?: {
    /** Accepted credentials. @defaultValue the demo production and sandbox pairs */
    credentials?: EbayCredential[];
    /** Browse calls per app id per UTC day. @defaultValue 5000 */
    dailyLimit?: number;
    /** Whether token calls count against the daily limit. @defaultValue false */
    countTokenCalls?: boolean;
    /** Application token lifetime, seconds. @defaultValue 7200 */
    tokenTtlSeconds?: number;
    /** Serve the Marketplace Insights sold-items search instead of answering 403. @defaultValue false */
    marketplaceInsights?: boolean;
  };
  /** Faults and quirks active from the start (and restored by reset). */
  faults?: { searchapi?: SearchapiFaults; ebay?: EbayFaults };
}

/** The app's demo mode ships these credentials, so the simulator accepts them out of the box. */
export const DEFAULT_SEARCHAPI_KEY = DEMO_CREDENTIALS.SEARCH_API_KEY;

export const DEFAULT_EBAY_CREDENTIALS: EbayCredential[] = [
  { appId: DEMO_CREDENTIALS.EBAY_APP_ID, certId: DEMO_CREDENTIALS.EBAY_CERT_ID, environment: 'production' },
  {
    appId: `${DEMO_CREDENTIALS.EBAY_APP_ID}-SBX`,
    certId: `${DEMO_CREDENTIALS.EBAY_CERT_ID}-SBX`,
    environment: 'sandbox',
  },
];

export const DEFAULT_DATA_NOW = '2026-11-20T00:00:00.000Z';
export const DEFAULT_SEED = 20261120;

export interface ResolvedOptions {
  port: number;
  host: string;
  seed: number;
  dataNow: number;
  clockOffsetMs: number;
  searchapi: Required<NonNullable<SimulatorOptions['searchapi']>>;
  ebay: Required<NonNullable<SimulatorOptions['ebay']>>;
  faults: { searchapi: SearchapiFaults; ebay: EbayFaults };
}

function toMs(value: string | Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Date.parse(value);
  if (Number.isNaN(ms)) throw new Error(`${name} must be an ISO-8601 date`);
  return ms;
}

export function resolveOptions(opts: SimulatorOptions = {}): ResolvedOptions {
  return {
    port: opts.port ?? 0,
    host: opts.host ?? '127.0.0.1',
    seed: opts.seed ?? DEFAULT_SEED,
    dataNow: toMs(opts.dataNow ?? DEFAULT_DATA_NOW, 'dataNow'),
    clockOffsetMs: opts.clockNow === undefined ? 0 : toMs(opts.clockNow, 'clockNow') - Date.now(),
    searchapi: {
      keys: opts.searchapi?.keys ?? [DEFAULT_SEARCHAPI_KEY],
      monthlyAllowance: opts.searchapi?.monthlyAllowance ?? 10_000,
      hourlyLimit: opts.searchapi?.hourlyLimit ?? 2_000,
      billFailedCalls: opts.searchapi?.billFailedCalls ?? true,
      retryAfterOnHourly: opts.searchapi?.retryAfterOnHourly ?? false,
    },
    ebay: {
      credentials: opts.ebay?.credentials ?? DEFAULT_EBAY_CREDENTIALS,
      dailyLimit: opts.ebay?.dailyLimit ?? 5_000,
      countTokenCalls: opts.ebay?.countTokenCalls ?? false,
      tokenTtlSeconds: opts.ebay?.tokenTtlSeconds ?? 7200,
      marketplaceInsights: opts.ebay?.marketplaceInsights ?? false,
    },
    faults: { searchapi: { ...opts.faults?.searchapi }, ebay: { ...opts.faults?.ebay } },
  };
}
