/** Market activity (are buyers keeping up with sellers?) and asking vs sold. */
import type { Analytics } from '@kuya/shared/comps';
import { median } from '../pricing/stats.ts';

export interface Ask {
  allInPrice: number;
  seller: string | null;
}

export function marketActivity(weightedSales: number, activeBuyItNow: number): Analytics['marketActivity'] {
  // The label is read from the ratio as shown (0.498 shows as 0.5, and is moderate interest).
  const ratio = activeBuyItNow > 0 ? Math.round((weightedSales / activeBuyItNow) * 100) / 100 : null;
  const level = ratio ?? (weightedSales > 0 ? Number.POSITIVE_INFINITY : 0);
  const label: Analytics['marketActivity']['label'] =
    level >= 1
      ? 'Buyers are active'
      : level >= 0.5
        ? 'Moderate buyer interest'
        : level >= 0.2
          ? 'More sellers than buyers'
          : 'Few active buyers';
  return {
    ratio,
    weightedSales: Math.round(weightedSales * 100) / 100,
    activeBuyItNow,
    label,
  };
}

const MIN_ASKS_SHOWN = 5;

/**
 * One ask per seller, each seller's lowest (a listing without a seller stands alone): a dealer's ten
 * copies at one price are one seller's view of the market, not ten.
 */
export function lowestAskPerSeller(asks: readonly Ask[]): number[] {
  const lowestBySeller = new Map<string, number>();
  asks.forEach((ask, i) => {
    const key = ask.seller ?? `#${i}`;
    const current = lowestBySeller.get(key);
    if (current === undefined || ask.allInPrice < current) lowestBySeller.set(key, ask.allInPrice);
  });
  return [...lowestBySeller.values()];
}

/** Median ask, one per seller (each seller's lowest), against FMV; shown with at least 5 sellers. */
export function askingVsSold(asks: readonly Ask[], fmv: number | null): Analytics['askingVsSold'] {
  const lowest = lowestAskPerSeller(asks);
  const listings = lowest.length;
  if (listings < MIN_ASKS_SHOWN || fmv === null)
    return { shown: false, medianAsk: null, pct: null, listings };
  const medianAsk = median(lowest);
  return {
    shown: true,
    medianAsk: Math.round(medianAsk * 100) / 100,
    pct: Math.round(((medianAsk - fmv) / fmv) * 1000) / 10,
    listings,
  };
}
