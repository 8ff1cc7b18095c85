/** Grade buckets the simulator prices separately, and how a card's value climbs the grade ladder. */

export const GRADE_BUCKETS = [
  'raw',
  'PSA 7',
  'PSA 8',
  'PSA 9',
  'PSA 10',
  'BGS 9',
  'BGS 9.5',
  'SGC 9',
  'SGC 10',
  'CGC 9.5',
  'CGC 10',
] as const;

export type GradeBucket = (typeof GRADE_BUCKETS)[number];

/**
 * Exponent on the card's gem premium (PSA 10 / raw): value(bucket) = raw × premium^weight.
 * A 5× card then prices PSA 9 at ~2×, BGS 9.5 at ~3.7× and PSA 8 at ~1.3× raw.
 */
const LADDER_WEIGHT: Record<GradeBucket, number> = {
  raw: 0,
  'PSA 7': 0.03,
  'PSA 8': 0.15,
  'PSA 9': 0.45,
  'PSA 10': 1,
  'BGS 9': 0.38,
  'BGS 9.5': 0.82,
  'SGC 9': 0.36,
  'SGC 10': 0.85,
  'CGC 9.5': 0.6,
  'CGC 10': 0.8,
};

export function gradeLadder(raw: number, gemPremium: number): Record<GradeBucket, number> {
  const out = {} as Record<GradeBucket, number>;
  for (const bucket of GRADE_BUCKETS) {
    out[bucket] = Math.round(raw * gemPremium ** LADDER_WEIGHT[bucket] * 100) / 100;
  }
  return out;
}

/** How often each grade changes hands: modern cards sell mostly raw, vintage mostly slabbed. */
export const MODERN_GRADE_MIX: Record<GradeBucket, number> = {
  raw: 55,
  'PSA 7': 1.5,
  'PSA 8': 4,
  'PSA 9': 10,
  'PSA 10': 14,
  'BGS 9': 1.5,
  'BGS 9.5': 5,
  'SGC 9': 2,
  'SGC 10': 4,
  'CGC 9.5': 1.5,
  'CGC 10': 2,
};

export const VINTAGE_GRADE_MIX: Record<GradeBucket, number> = {
  raw: 28,
  'PSA 7': 15,
  'PSA 8': 18,
  'PSA 9': 12,
  'PSA 10': 2,
  'BGS 9': 5,
  'BGS 9.5': 2,
  'SGC 9': 8,
  'SGC 10': 1,
  'CGC 9.5': 3,
  'CGC 10': 1,
};
