/**
 * Blends the sold value with current asks, the way collectors already know it (the earlier product's
 * Discount / Market value / Premium): only Buy-It-Now asks near the sold prices count (asks far above
 * sales are ignored), the sold side's weight grows with the price tier and with scarcity, and the
 * result is clamped so Discount ≤ Market ≤ Premium.
 */
import type { Fmv } from '@kuya/shared/comps';
import { quantileSorted } from './stats.ts';

type Tier = NonNullable<Fmv['askBlend']['tier']>;
type Supply = 'oversupplied' | 'balanced' | 'scarce';

/** Weight of the sold side by price tier and supply (active asks ÷ sales). */
const BID_WEIGHT: Record<Tier, Record<Supply, number>> = {
  bulk: { oversupplied: 0.25, balanced: 0.5, scarce: 0.7 },
  low: { oversupplied: 0.4, balanced: 0.65, scarce: 0.8 },
  mid: { oversupplied: 0.55, balanced: 0.75, scarce: 0.9 },
  grail: { oversupplied: 0.7, balanced: 0.85, scarce: 0.95 },
};
/** Asks count only within the sold quartiles widened by max(IQR, 10 % of value). */
const ZONE_MIN_MARGIN = 0.1;
const MIN_ZONE_ASKS = 3;

export interface SoldSide {
  market: number;
  discount: number;
  premium: number;
  /** Kept sold prices, ascending. */
  sorted: ArrayLike<number>;
}

export interface Blended {
  market: number;
  discount: number;
  premium: number;
  askBlend: Fmv['askBlend'];
}

export function tierOf(value: number): Tier {
  if (value <= 5) return 'bulk';
  if (value <= 100) return 'low';
  if (value <= 1000) return 'mid';
  return 'grail';
}

const clamp = (market: number, discount: number, premium: number): [number, number, number] => {
  const lo = Math.min(discount, premium);
  const hi = Math.max(discount, premium);
  return [Math.min(hi, Math.max(lo, market)), lo, hi];
};

/** `asks`: all-in prices of exact Buy-It-Now listings. */
export function blendWithAsks(sold: SoldSide, asks: readonly number[]): Blended {
  const tier = tierOf(sold.market);
  const q1 = quantileSorted(sold.sorted, 0.25);
  const q3 = quantileSorted(sold.sorted, 0.75);
  const margin = Math.max(q3 - q1, sold.market * ZONE_MIN_MARGIN);
  const zone = asks.filter((a) => a >= q1 - margin && a <= q3 + margin).sort((a, b) => a - b);
  if (zone.length < MIN_ZONE_ASKS) {
    const [market, discount, premium] = clamp(sold.market, sold.discount, sold.premium);
    return {
      market,
      discount,
      premium,
      askBlend: {
        applied: false,
        askCenter: null,
        askCount: zone.length,
        bidWeight: 1,
        tier: null,
        supply: null,
      },
    };
  }
  // Asks are ceilings (anyone can buy at them; the market clears at or below), so the ask side of the
  // value is the lower quartile of the competitive asks, not their middle.
  const askCenter = quantileSorted(zone, 0.25);
  const ratio = zone.length / Math.max(1, sold.sorted.length);
  let supply: Supply | 'sellers_dreaming' = ratio > 2 ? 'oversupplied' : ratio < 0.5 ? 'scarce' : 'balanced';
  let bidWeight = BID_WEIGHT[tier][supply];
  if (askCenter > sold.market * 1.5) {
    // Sellers dreaming: from 1.5× to 3× the sold value the asks fade out.
    const strength = Math.min(1, (askCenter / sold.market - 1.5) / 1.5);
    const target = tier === 'bulk' || tier === 'low' ? 0.95 : 0.9;
    bidWeight += (target - bidWeight) * strength;
    supply = 'sellers_dreaming';
  }
  const premiumWeight = Math.min(bidWeight + 0.1, 0.95);
  // Asks above the sold value are ceilings the sales already sit under: they count half.
  if (askCenter > sold.market) bidWeight += (1 - bidWeight) / 2;
  const blendedMarket = sold.market * bidWeight + askCenter * (1 - bidWeight);
  const blendedDiscount = sold.discount * bidWeight + quantileSorted(zone, 0.1) * (1 - bidWeight);
  const blendedPremium = sold.premium * premiumWeight + quantileSorted(zone, 0.75) * (1 - premiumWeight);
  const [market, discount, premium] = clamp(blendedMarket, blendedDiscount, blendedPremium);
  return {
    market,
    discount,
    premium,
    askBlend: { applied: true, askCenter, askCount: zone.length, bidWeight, tier, supply },
  };
}
