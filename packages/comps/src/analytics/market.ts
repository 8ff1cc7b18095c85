/** Market activity (are buyers keeping up with sellers?) and asking vs sold. */
import type { Analytics } from '@kuya/shared/comps';
import { median } from '../pricing/stats.ts';

export interface Ask {
  allInPrice: number;
  seller: string | null;
}

export function marketActivity(weightedSales: number, activeBuyItNow: number): Analytics['marketActivity'] {
  const ratio = activeBuyItNow > 0 ? weightedSales / activeBuyItNow : null;
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
    ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
    weightedSales: Math.round(weightedSales * 100) / 100,
    activeBuyItNow,
    label,
  };
}

const MIN_ASKS_SHOWN = 5;

/** Median ask, one per seller (each seller's lowest), against FMV; shown with at least 5 sellers. */
export function askingVsSold(asks: readonly Ask[], fmv: number | null): Analytics['askingVsSold'] {
  const lowestBySeller = new Map<string, number>();
  asks.forEach((ask, i) => {
    const key = ask.seller ?? `#${i}`;
    const current = lowestBySeller.get(key);
    if (current === undefined || ask.allInPrice < current) lowestBySeller.set(key, ask.allInPrice);
  });
  const listings = lowestBySeller.size;
  if (listings < MIN_ASKS_SHOWN || fmv === null)
    return { shown: false, medianAsk: null, pct: null, listings };
  const medianAsk = median([...lowestBySeller.values()]);
  return {
    shown: true,
    medianAsk: Math.round(medianAsk * 100) / 100,
    pct: Math.round(((medianAsk - fmv) / fmv) * 1000) / 10,
    listings,
  };
}
