/**
 * A local stand-in for SearchAPI.io (eBay engine) and the eBay Browse API + OAuth, with the real wire
 * contracts (design/providers.md), deterministic card data with ground truth, and a control API.
 */
import { setMaxListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getCorpus } from './catalogue/listings.ts';
import { SimClock } from './clock.ts';
import { createControl, type SimControl } from './control/control.ts';
import { Counters } from './counters.ts';
import { EbayService } from './ebay/routes.ts';
import { TokenStore } from './ebay/tokens.ts';
import { Faults } from './faults.ts';
import { resolveOptions, type SimulatorOptions } from './options.ts';
import { Quotas } from './quotas.ts';
import { Lru, SearchEngine } from './search.ts';
import { SearchapiService } from './searchapi/routes.ts';
import { createHandler } from './server.ts';
import type { SimState } from './state.ts';
import { Truth } from './truth.ts';

export type { CardIdentity } from './catalogue/catalogue.ts';
export { GRADE_BUCKETS, type GradeBucket } from './catalogue/grades.ts';
export type { ClockSnapshot, SimControl } from './control/control.ts';
export {
  type CallRecord,
  type CountersSnapshot,
  type Endpoint,
  type EndpointCounts,
  maxInWindow,
} from './counters.ts';
export type { EbayFaults, FaultPatch, FaultSnapshot, SearchapiFaults } from './faults.ts';
export {
  DEFAULT_DATA_NOW,
  DEFAULT_EBAY_CREDENTIALS,
  DEFAULT_SEARCHAPI_KEY,
  DEFAULT_SEED,
  type EbayCredential,
  type SimulatorOptions,
} from './options.ts';
export type { QuotaPatch, QuotaSnapshot } from './quotas.ts';
export { HOURLY_LIMIT_MESSAGE, MONTHLY_QUOTA_MESSAGE, NO_RESULTS_MESSAGE } from './searchapi/routes.ts';
export type { Composition, ListingTruth, ResultLabel, TruthAnswer } from './truth.ts';

export interface Simulator {
  /** `http://127.0.0.1:<port>`: SearchAPI base URL and eBay API base URL alike. */
  url: string;
  /** Stops listening and drops open (including hung) connections. */
  close(): Promise<void>;
  control: SimControl;
}

/** Search engines share one index per corpus within a process. */
const engines = new WeakMap<object, { engine: SearchEngine; truth: Truth }>();

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const opts = resolveOptions(options);
  const corpus = getCorpus(opts.seed, opts.dataNow);
  let shared = engines.get(corpus);
  if (!shared) {
    const engine = new SearchEngine(corpus);
    shared = { engine, truth: new Truth(corpus.catalogue, engine) };
    engines.set(corpus, shared);
  }
  const clock = new SimClock(opts.clockOffsetMs);
  const now = () => clock.now();
  const shutdown = new AbortController();
  // Every request waiting out injected latency listens on this one signal (and stops listening when its
  // wait ends), so dozens at once are normal load, not the leak Node's default limit of 10 warns about.
  setMaxListeners(0, shutdown.signal);
  const sim: SimState = {
    opts,
    corpus,
    engine: shared.engine,
    truth: shared.truth,
    clock,
    counters: new Counters(),
    faults: new Faults(opts.faults, opts.seed, now),
    quotas: new Quotas(
      {
        searchapi: { monthly: opts.searchapi.monthlyAllowance, hourly: opts.searchapi.hourlyLimit },
        ebay: { daily: opts.ebay.dailyLimit },
      },
      now,
    ),
    tokens: new TokenStore(now),
    archive: new Lru(2000),
    shutdown: shutdown.signal,
  };
  const control = createControl(sim);
  const server = createServer(
    createHandler({ sim, searchapi: new SearchapiService(sim), ebay: new EbayService(sim), control }),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${opts.host === '0.0.0.0' ? '127.0.0.1' : opts.host}:${port}`,
    control,
    close() {
      closing ??= new Promise<void>((resolve) => {
        shutdown.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
