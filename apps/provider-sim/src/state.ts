/** Everything one running simulator holds; route handlers receive it. */
import type { Corpus } from './catalogue/listings.ts';
import type { SimClock } from './clock.ts';
import type { Counters } from './counters.ts';
import type { TokenStore } from './ebay/tokens.ts';
import type { Faults } from './faults.ts';
import type { ResolvedOptions } from './options.ts';
import type { Quotas } from './quotas.ts';
import type { Lru, SearchEngine } from './search.ts';
import type { Truth } from './truth.ts';

export interface SimState {
  opts: ResolvedOptions;
  corpus: Corpus;
  engine: SearchEngine;
  truth: Truth;
  clock: SimClock;
  counters: Counters;
  faults: Faults;
  quotas: Quotas;
  tokens: TokenStore;
  /** SearchAPI responses by search id, for `GET /api/v1/searches/:id`. */
  archive: Lru<string, unknown>;
  /** Aborted on close: pending latency waits end and hung requests are dropped. */
  shutdown: AbortSignal;
}
