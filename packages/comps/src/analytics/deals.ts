/** Deals: exact-match Buy-It-Now listings whose all-in price is below FMV, best first. */
import type { Deal } from '@kuya/shared/comps';

export interface DealCandidate {
  index: number;
  id: string | null;
  title: string;
  url: string | null;
  allInPrice: number;
}

export function findDeals(candidates: readonly DealCandidate[], fmv: number | null): Deal[] {
  if (fmv === null) return [];
  return candidates
    .filter((c) => c.allInPrice > 0 && c.allInPrice < fmv)
    .map((c) => ({
      ...c,
      savings: Math.round((fmv - c.allInPrice) * 100) / 100,
      discountPct: Math.round(((fmv - c.allInPrice) / fmv) * 1000) / 10,
    }))
    .sort((a, b) => b.discountPct - a.discountPct);
}
