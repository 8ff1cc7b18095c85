/** Every provider call the simulator answered, so tests can measure rate, coalescing and retries. */

export type Endpoint =
  | 'searchapi.search'
  | 'searchapi.me'
  | 'searchapi.searches'
  | 'ebay.token'
  | 'ebay.search'
  | 'ebay.rate_limit'
  | 'ebay.insights';

export interface CallRecord {
  /** Wall-clock start of the request, epoch ms (real time, not the simulated clock). */
  t: number;
  endpoint: Endpoint;
  /** SearchAPI key, or eBay app id (from the credentials or the token); null when none was given. */
  key: string | null;
  /** HTTP status; 0 when the connection closed without an answer (a hang, or the client gave up). */
  status: number;
  /** Time to answer, ms. */
  ms: number;
  q?: string;
  page?: number;
  offset?: number;
}

export interface StatusCounts {
  total: number;
  byStatus: Record<string, number>;
}

export interface EndpointCounts extends StatusCounts {
  byKey: Record<string, StatusCounts>;
  /** Most calls that started inside any 1-second window. */
  maxPerSecond: number;
}

export interface CountersSnapshot {
  total: number;
  byEndpoint: Partial<Record<Endpoint, EndpointCounts>>;
  calls: CallRecord[];
}

/** Calls kept for the `calls` list; older ones still count in the totals. */
const MAX_RECORDS = 200_000;

function bump(counts: StatusCounts, status: number): void {
  counts.total++;
  counts.byStatus[String(status)] = (counts.byStatus[String(status)] ?? 0) + 1;
}

/** Max number of timestamps inside any window of `windowMs` (timestamps need not be sorted). */
export function maxInWindow(times: number[], windowMs = 1000): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while ((sorted[hi] ?? 0) - (sorted[lo] ?? 0) >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

export class Counters {
  private records: CallRecord[] = [];
  private totals = new Map<Endpoint, { counts: StatusCounts; byKey: Map<string, StatusCounts> }>();

  record(call: CallRecord): void {
    if (this.records.length >= MAX_RECORDS) this.records.splice(0, this.records.length - MAX_RECORDS + 1);
    this.records.push(call);
    let entry = this.totals.get(call.endpoint);
    if (!entry) {
      entry = { counts: { total: 0, byStatus: {} }, byKey: new Map() };
      this.totals.set(call.endpoint, entry);
    }
    bump(entry.counts, call.status);
    const key = call.key ?? '(none)';
    let byKey = entry.byKey.get(key);
    if (!byKey) {
      byKey = { total: 0, byStatus: {} };
      entry.byKey.set(key, byKey);
    }
    bump(byKey, call.status);
  }

  snapshot(filter: { since?: number; endpoint?: string } = {}): CountersSnapshot {
    const calls = this.records.filter(
      (c) =>
        (filter.since === undefined || c.t >= filter.since) &&
        (!filter.endpoint || c.endpoint === filter.endpoint),
    );
    const byEndpoint: CountersSnapshot['byEndpoint'] = {};
    let total = 0;
    for (const [endpoint, entry] of this.totals) {
      total += entry.counts.total;
      byEndpoint[endpoint] = {
        total: entry.counts.total,
        byStatus: { ...entry.counts.byStatus },
        byKey: Object.fromEntries(
          [...entry.byKey].map(([k, v]) => [k, { total: v.total, byStatus: { ...v.byStatus } }]),
        ),
        maxPerSecond: maxInWindow(this.records.filter((c) => c.endpoint === endpoint).map((c) => c.t)),
      };
    }
    return { total, byEndpoint, calls };
  }

  reset(): void {
    this.records = [];
    this.totals.clear();
  }
}
