/**
 * Fault injection and switchable provider quirks. Random decisions come from a seeded stream, so a
 * test that sets `errorRate: { 500: 0.5 }` sees the same sequence on every run.
 */
import { z } from 'zod';
import { Rng } from './random.ts';

const rate = z.number().min(0).max(1);
const latency = z.union([
  z.number().min(0),
  z
    .object({ min: z.number().min(0), max: z.number().min(0) })
    .refine((l) => l.max >= l.min, 'latencyMs.max must be >= latencyMs.min'),
]);
const storm = z.object({ durationMs: z.number().positive(), rate });

const searchapiShape = {
  /** Added before every answer: a fixed number of ms or a uniform {min, max}. */
  latencyMs: latency,
  /** Share of /search calls answered with each status. */
  errorRate: z.object({ 500: rate, 503: rate, 429: rate }).partial().strict(),
  /** How long an injected 503 waits before answering (the real cutoff is 90 s). @defaultValue 0 */
  timeoutDelayMs: z.number().min(0),
  /** For `durationMs` from now (simulated clock), this share of /search calls gets the hourly 429. */
  storm429: storm,
  /** Share of /search calls answered 200 with a truncated JSON body. */
  malformedJson: rate,
  /** Share of /search calls that never answer. */
  hang: rate,
  /** Sold rows carry the price only in `deal` ("$X", "$X$Y", "$X to $Y"), as since Dec 2025. */
  dealMode: z.boolean(),
  /** Multi-variation rows come as `is_price_range` with `extracted_price_range`. */
  priceRangeRows: z.boolean(),
  /** Sold rows carry `sold_date` / `extracted_sold_date`. */
  soldDates: z.boolean(),
  /** Unknown `filters` tokens and lower-case country codes are rejected with 400. */
  strict: z.boolean(),
  /** Adjacent pages overlap, as when new sales shift the list between page fetches. */
  duplicatesAcrossPages: z.boolean(),
  /** Sponsored (active, promoted) rows are mixed into sold pages. @defaultValue true */
  sponsoredRows: z.boolean(),
};

const ebayShape = {
  latencyMs: latency,
  /** Share of Browse search calls answered 500 (errorId 12000) or 429 (errorId 2001). */
  errorRate: z.object({ 500: rate, 429: rate }).partial().strict(),
  storm429: storm,
  /** Share of Browse calls with offset > 0 answered 400 errorId 12515 although the offset is valid. */
  intermittent12515: rate,
  malformedJson: rate,
  hang: rate,
};

export const searchapiFaultsSchema = z.object(searchapiShape).partial().strict();
export const ebayFaultsSchema = z.object(ebayShape).partial().strict();

export type SearchapiFaults = z.infer<typeof searchapiFaultsSchema>;
export type EbayFaults = z.infer<typeof ebayFaultsSchema>;

/** A patch: a provider set to null clears its faults; a field set to null removes it. */
const nullablePatch = (shape: Record<string, z.ZodType>) =>
  z
    .object(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.nullable().optional()])))
    .strict()
    .nullable()
    .optional();

export const faultPatchSchema = z
  .object({ searchapi: nullablePatch(searchapiShape), ebay: nullablePatch(ebayShape) })
  .strict();

export interface FaultPatch {
  searchapi?: { [K in keyof SearchapiFaults]?: SearchapiFaults[K] | null } | null;
  ebay?: { [K in keyof EbayFaults]?: EbayFaults[K] | null } | null;
}

export interface FaultSnapshot {
  searchapi: SearchapiFaults & { storm429Until?: string };
  ebay: EbayFaults & { storm429Until?: string };
}

type Provider = 'searchapi' | 'ebay';

export class Faults {
  private state: { searchapi: SearchapiFaults; ebay: EbayFaults };
  private stormUntil: Record<Provider, number> = { searchapi: 0, ebay: 0 };
  private rng: Rng;

  constructor(
    private readonly initial: { searchapi?: SearchapiFaults; ebay?: EbayFaults },
    private readonly seed: number,
    private readonly now: () => number,
  ) {
    this.state = { searchapi: { ...initial.searchapi }, ebay: { ...initial.ebay } };
    this.rng = new Rng(`${seed}:faults`);
    this.armStorms();
  }

  get searchapi(): Readonly<SearchapiFaults> {
    return this.state.searchapi;
  }

  get ebay(): Readonly<EbayFaults> {
    return this.state.ebay;
  }

  apply(patch: FaultPatch): FaultSnapshot {
    const parsed = faultPatchSchema.parse(patch) as FaultPatch;
    for (const provider of ['searchapi', 'ebay'] as const) {
      const p = parsed[provider];
      if (p === undefined) continue;
      if (p === null) {
        this.state[provider] = {};
        this.stormUntil[provider] = 0;
        continue;
      }
      const next: Record<string, unknown> = { ...this.state[provider] };
      for (const [k, v] of Object.entries(p)) {
        if (v === null) delete next[k];
        else next[k] = v;
      }
      this.state[provider] = next;
      if ('storm429' in p) this.stormUntil[provider] = p.storm429 ? this.now() + p.storm429.durationMs : 0;
    }
    return this.snapshot();
  }

  reset(): void {
    this.state = { searchapi: { ...this.initial.searchapi }, ebay: { ...this.initial.ebay } };
    this.rng = new Rng(`${this.seed}:faults`);
    this.armStorms();
  }

  snapshot(): FaultSnapshot {
    const until = (p: Provider) =>
      this.stormUntil[p] > this.now() ? { storm429Until: new Date(this.stormUntil[p]).toISOString() } : {};
    return {
      searchapi: { ...this.state.searchapi, ...until('searchapi') },
      ebay: { ...this.state.ebay, ...until('ebay') },
    };
  }

  /** A draw for a rate; false when the rate is unset or zero. */
  roll(probability: number | undefined): boolean {
    return probability !== undefined && probability > 0 && this.rng.next() < probability;
  }

  stormHits(provider: Provider): boolean {
    const storm = this.state[provider].storm429;
    return storm !== undefined && this.now() < this.stormUntil[provider] && this.roll(storm.rate);
  }

  latencyMs(provider: Provider): number {
    const l = this.state[provider].latencyMs;
    if (l === undefined) return 0;
    return typeof l === 'number' ? l : this.rng.uniform(l.min, l.max);
  }

  private armStorms(): void {
    for (const p of ['searchapi', 'ebay'] as const) {
      const storm = this.state[p].storm429;
      this.stormUntil[p] = storm ? this.now() + storm.durationMs : 0;
    }
  }
}
