/**
 * The simulator's control surface (not part of any provider contract): counters, reset, faults,
 * quotas, clock and ground truth. Tests in the same process use this typed handle; anything else
 * uses the same operations over HTTP under `/_sim`.
 */
import type { CardIdentity } from '../catalogue/catalogue.ts';
import type { CountersSnapshot } from '../counters.ts';
import type { FaultPatch, FaultSnapshot } from '../faults.ts';
import type { QuotaPatch, QuotaSnapshot } from '../quotas.ts';
import type { SimState } from '../state.ts';
import { type ListingTruth, listingTruth, type TruthAnswer } from '../truth.ts';

export interface ClockSnapshot {
  /** Simulated now (ISO). */
  now: string;
  /** Simulated minus real time, ms. */
  offsetMs: number;
  /** The listing data's fixed "now" (ISO). */
  dataNow: string;
}

export interface SimControl {
  /** Calls per endpoint, key and status, and the call records (optionally since `since` ms, one endpoint). */
  counters(filter?: { since?: number; endpoint?: string }): CountersSnapshot;
  /** Clears counters, quota usage, tokens and archived searches; restores start-up faults, quotas and clock. */
  reset(): void;
  faults(): FaultSnapshot;
  /** Merges a patch per provider; `null` clears a provider or a field. Throws on an invalid patch. */
  setFaults(patch: FaultPatch): FaultSnapshot;
  clearFaults(): FaultSnapshot;
  quotas(): QuotaSnapshot;
  setQuotas(patch: QuotaPatch): QuotaSnapshot;
  clock(): ClockSnapshot;
  advanceClock(ms: number): ClockSnapshot;
  setClock(now: string | Date): ClockSnapshot;
  /** The card a query names, its true value in the grade asked for, and the make-up of its results. */
  truth(q: string, options?: { labels?: boolean }): TruthAnswer;
  /** Every card identity with its true values. */
  catalogue(): CardIdentity[];
  /** Ground truth for one listing by its eBay item id. */
  listing(itemId: string): ListingTruth | null;
}

export function createControl(sim: SimState): SimControl {
  const clock = (): ClockSnapshot => ({
    ...sim.clock.snapshot(),
    dataNow: new Date(sim.corpus.dataNow).toISOString(),
  });
  return {
    counters: (filter) => sim.counters.snapshot(filter),
    reset() {
      sim.counters.reset();
      sim.clock.reset();
      sim.quotas.reset();
      sim.faults.reset();
      sim.tokens.clear();
      sim.archive.clear();
    },
    faults: () => sim.faults.snapshot(),
    setFaults: (patch) => sim.faults.apply(patch),
    clearFaults: () => sim.faults.apply({ searchapi: null, ebay: null }),
    quotas: () => sim.quotas.snapshot(),
    setQuotas: (patch) => sim.quotas.apply(patch),
    clock,
    advanceClock(ms) {
      sim.clock.advance(ms);
      return clock();
    },
    setClock(now) {
      const ms = now instanceof Date ? now.getTime() : Date.parse(now);
      if (Number.isNaN(ms)) throw new TypeError('now must be an ISO-8601 date');
      sim.clock.set(ms);
      return clock();
    },
    truth: (q, options) => sim.truth.answer(q, options?.labels ?? false),
    catalogue: () => sim.corpus.catalogue.map((e) => e.identity),
    listing(itemId) {
      const l = sim.corpus.byItemId.get(itemId);
      return l ? listingTruth(l) : null;
    },
  };
}
