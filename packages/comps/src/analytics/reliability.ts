/** FMV reliability from the spread of the comps, with the earlier product's bands. */
import type { Reliability } from '@kuya/shared/comps';

const HEADLINES: Record<Reliability['band'], string> = {
  Excellent: 'Sales agree closely: this value is dependable.',
  Good: 'Sales mostly agree: a solid estimate.',
  Moderate: 'Prices vary: use the value as a guide and check the range.',
  'High variation': 'Prices vary a lot: look at the individual sales before relying on the value.',
  Chaotic: 'Sales are all over the place: the value is a rough guess.',
  'Insufficient data': 'Too few exact sales to judge how reliable a value would be.',
};

/** score = 100 / (1 + coefficient of variation); `cov` null means too few comps. */
export function reliabilityOf(cov: number | null, enoughData: boolean): Reliability {
  if (cov === null || !enoughData) {
    return { score: null, band: 'Insufficient data', cov: null, headline: HEADLINES['Insufficient data'] };
  }
  // The band is read from the score as shown (84.96 shows as 85.0, and is Excellent).
  const score = Math.round((100 / (1 + cov)) * 10) / 10;
  const band: Reliability['band'] =
    score >= 85
      ? 'Excellent'
      : score >= 70
        ? 'Good'
        : score >= 55
          ? 'Moderate'
          : score >= 40
            ? 'High variation'
            : 'Chaotic';
  return {
    score,
    band,
    cov: Math.round(cov * 1000) / 1000,
    headline: HEADLINES[band],
  };
}
