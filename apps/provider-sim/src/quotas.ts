/**
 * Provider quotas on the simulated clock: SearchAPI counts credits per key per calendar month and
 * per clock hour (UTC); eBay counts calls per app id per UTC day.
 */
import { z } from 'zod';

const limit = z.number().int().min(0);

export const quotaPatchSchema = z
  .object({
    searchapi: z.object({ monthly: limit, hourly: limit }).partial().strict().optional(),
    ebay: z.object({ daily: limit }).partial().strict().optional(),
  })
  .strict();

export type QuotaPatch = z.infer<typeof quotaPatchSchema>;

export interface QuotaLimits {
  searchapi: { monthly: number; hourly: number };
  ebay: { daily: number };
}

interface SearchapiUsage {
  month: string;
  monthUsed: number;
  hour: string;
  hourUsed: number;
}

interface EbayUsage {
  day: string;
  used: number;
}

export interface QuotaSnapshot {
  limits: QuotaLimits;
  searchapi: Record<string, SearchapiUsage>;
  ebay: Record<string, EbayUsage>;
}

export type SearchapiVerdict = 'ok' | 'monthly' | 'hourly';

const monthOf = (ms: number) => new Date(ms).toISOString().slice(0, 7);
const hourOf = (ms: number) => new Date(ms).toISOString().slice(0, 13);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export class Quotas {
  private limits: QuotaLimits;
  private searchapiUsage = new Map<string, SearchapiUsage>();
  private ebayUsage = new Map<string, EbayUsage>();

  constructor(
    private readonly initial: QuotaLimits,
    private readonly now: () => number,
  ) {
    this.limits = structuredClone(initial);
  }

  /** Current-window usage for a SearchAPI key (windows roll over on the simulated clock). */
  searchapi(key: string): SearchapiUsage {
    const now = this.now();
    const month = monthOf(now);
    const hour = hourOf(now);
    let usage = this.searchapiUsage.get(key);
    if (!usage) {
      usage = { month, monthUsed: 0, hour, hourUsed: 0 };
      this.searchapiUsage.set(key, usage);
    }
    if (usage.month !== month) Object.assign(usage, { month, monthUsed: 0 });
    if (usage.hour !== hour) Object.assign(usage, { hour, hourUsed: 0 });
    return usage;
  }

  searchapiLimits(): QuotaLimits['searchapi'] {
    return this.limits.searchapi;
  }

  checkSearchapi(key: string): SearchapiVerdict {
    const usage = this.searchapi(key);
    if (usage.monthUsed >= this.limits.searchapi.monthly) return 'monthly';
    if (usage.hourUsed >= this.limits.searchapi.hourly) return 'hourly';
    return 'ok';
  }

  billSearchapi(key: string): void {
    const usage = this.searchapi(key);
    usage.monthUsed++;
    usage.hourUsed++;
  }

  ebay(appId: string): EbayUsage {
    const day = dayOf(this.now());
    let usage = this.ebayUsage.get(appId);
    if (!usage) {
      usage = { day, used: 0 };
      this.ebayUsage.set(appId, usage);
    }
    if (usage.day !== day) Object.assign(usage, { day, used: 0 });
    return usage;
  }

  ebayDaily(): number {
    return this.limits.ebay.daily;
  }

  /** Counts one eBay call; false (and not counted) when the daily limit is already reached. */
  takeEbay(appId: string): boolean {
    const usage = this.ebay(appId);
    if (usage.used >= this.limits.ebay.daily) return false;
    usage.used++;
    return true;
  }

  apply(patch: QuotaPatch): QuotaSnapshot {
    const parsed = quotaPatchSchema.parse(patch);
    Object.assign(this.limits.searchapi, parsed.searchapi);
    Object.assign(this.limits.ebay, parsed.ebay);
    return this.snapshot();
  }

  reset(): void {
    this.limits = structuredClone(this.initial);
    this.searchapiUsage.clear();
    this.ebayUsage.clear();
  }

  snapshot(): QuotaSnapshot {
    for (const key of this.searchapiUsage.keys()) this.searchapi(key);
    for (const key of this.ebayUsage.keys()) this.ebay(key);
    return {
      limits: structuredClone(this.limits),
      searchapi: Object.fromEntries([...this.searchapiUsage].map(([k, v]) => [k, { ...v }])),
      ebay: Object.fromEntries([...this.ebayUsage].map(([k, v]) => [k, { ...v }])),
    };
  }
}

/** First and last day of the calendar month containing `ms` (SearchAPI's subscription period). */
export function monthPeriod(ms: number): { start: string; end: string } {
  const d = new Date(ms);
  const start = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const end = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) };
}
