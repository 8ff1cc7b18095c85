import { describe, expect, it } from 'vitest';
import { priceSales, recencyWeight, type Sale, saleFormat, shrinkSlope } from './price-sales.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2025-06-30T00:00:00Z');
const sale = (price: number, daysAgo: number | null = 1, extra: Partial<Sale> = {}): Sale => ({
  price,
  time: daysAgo === null ? null : NOW - daysAgo * DAY,
  bestOffer: false,
  auction: false,
  bids: null,
  ...extra,
});
const around100 = [92, 95, 97, 99, 100, 101, 103, 104, 106, 108];

describe('recencyWeight', () => {
  it('halves every 30 days and never drops below 0.2', () => {
    expect(recencyWeight(0)).toBe(1);
    expect(recencyWeight(30)).toBeCloseTo(0.5);
    expect(recencyWeight(365)).toBe(0.2);
  });
});

describe('priceSales', () => {
  it('prices the middle of the comps, with the quartiles around it', () => {
    const p = priceSales(
      around100.map((x) => sale(x)),
      NOW,
    );
    expect(p.market).toBeGreaterThan(98);
    expect(p.market).toBeLessThan(103);
    expect(p.discount!).toBeLessThan(p.market!);
    expect(p.premium!).toBeGreaterThan(p.market!);
  });

  it('fences out a shill sale at 3× and a damaged one at 0.3×, and they barely move the value', () => {
    const base = priceSales(
      around100.map((x) => sale(x)),
      NOW,
    );
    const withOutliers = priceSales([...around100.map((x) => sale(x)), sale(300, 0), sale(30, 0)], NOW);
    expect(withOutliers.outliers).toEqual([10, 11]);
    expect(Math.abs(withOutliers.market! / base.market! - 1)).toBeLessThan(0.03);
  });

  it('reads a Best-Offer sale below its shown list price', () => {
    // Only Best-Offer sales, all shown at 115: the accepted offers were lower than that.
    const p = priceSales(
      around100.map((x) => sale(x * 1.15, 1, { bestOffer: true })),
      NOW,
    );
    expect(p.market!).toBeLessThan(103);
    expect(p.market!).toBeGreaterThan(97);
    expect(p.marketWithoutBestOffer).toBeNull();
    // The same prices, not Best Offer, are taken at face value.
    const plain = priceSales(
      around100.map((x) => sale(x * 1.15)),
      NOW,
    );
    expect(plain.market!).toBeGreaterThan(112);
  });

  it('widens the uncertainty for the doubt about the Best-Offer discount', () => {
    const plain = priceSales(
      around100.map((x) => sale(x)),
      NOW,
    );
    const offers = priceSales(
      around100.map((x, i) => sale(i % 2 ? x : x * Math.exp(0.15), 1, { bestOffer: i % 2 === 0 })),
      NOW,
    );
    expect(offers.market!).toBeCloseTo(plain.market!, 0);
    expect(offers.uncertainty!).toBeGreaterThan(plain.uncertainty!);
  });

  it('weighs Best-Offer sales down and reports the value without them', () => {
    const sales = [
      ...around100.map((x) => sale(x)),
      ...[125, 126, 127, 128].map((x) => sale(x, 1, { bestOffer: true })),
    ];
    const p = priceSales(sales, NOW);
    expect(p.marketWithoutBestOffer!).toBeLessThan(p.market! + 0.01);
    expect(p.market!).toBeLessThan(106);
  });

  it("moves old sales to today's market when prices clearly trend", () => {
    // +15 % over 90 days, exactly on trend: today's value is 115.
    const rising = Array.from({ length: 30 }, (_, i) => {
      const age = 90 - i * 3;
      return sale(115 * 1.15 ** (-age / 90), age);
    });
    const p = priceSales(rising, NOW);
    expect(p.trend.applied).toBe(true);
    expect(p.trend.pctPer30Days!).toBeCloseTo(4.8, 0);
    expect(Math.abs(p.market! / 115 - 1)).toBeLessThan(0.02);
  });

  it('uses a weak trend only in part, and its reach grows with how clear it is', () => {
    // The same +15 %/90 days with noise: fewer sales, a less certain slope, less of it applied.
    const noisy = (count: number) =>
      Array.from({ length: count }, (_, i) => {
        const age = 90 - (i * 90) / (count - 1);
        const noise = [0.12, -0.1, 0.05, -0.14, 0.09, -0.04, 0.13, -0.11, 0.02, -0.06][i % 10]!;
        return sale(115 * 1.15 ** (-age / 90) * Math.exp(noise), age);
      });
    const few = priceSales(noisy(10), NOW);
    const many = priceSales(noisy(80), NOW);
    // Both see a rise; the value of the many sits closer to today's 115 than the few's.
    expect(few.trend.pctPer30Days!).toBeGreaterThan(0);
    // The drift the value uses is the fitted one shrunk toward flat: the fewer the sales, the more.
    expect(few.trend.adjustedPctPer30Days!).toBeGreaterThanOrEqual(0);
    expect(few.trend.adjustedPctPer30Days!).toBeLessThan(few.trend.pctPer30Days!);
    expect(many.trend.adjustedPctPer30Days! / many.trend.pctPer30Days!).toBeGreaterThan(
      few.trend.adjustedPctPer30Days! / few.trend.pctPer30Days!,
    );
    expect(many.trend.applied).toBe(true);
    expect(Math.abs(many.market! / 115 - 1)).toBeLessThan(Math.abs(few.market! / 115 - 1));
    expect(Math.abs(many.market! / 115 - 1)).toBeLessThan(0.03);
  });

  it('prices a market that jumped at its new level, and says when and by how much', () => {
    // 30 sales over 90 days at 100, then a breakout 12 days ago: 6 sales since at 140.
    const noise = [0.06, -0.05, 0.03, -0.07, 0.04, -0.02, 0.07, -0.06, 0.01, -0.03];
    const before = Array.from({ length: 30 }, (_, i) => sale(100 * Math.exp(noise[i % 10]!), 90 - i * 2.6));
    const after = Array.from({ length: 6 }, (_, i) => sale(140 * Math.exp(noise[(i + 3) % 10]!), 11 - i * 2));
    const p = priceSales([...before, ...after], NOW);
    expect(p.trend.jump).not.toBeNull();
    expect(p.trend.jump!.pct).toBeGreaterThan(30);
    expect(Date.parse(p.trend.jump!.since)).toBe(NOW - 11 * DAY);
    expect(Math.abs(p.market! / 140 - 1)).toBeLessThan(0.05);
    // Without the jump read, the old level would hold the value near 110.
    expect(p.premium!).toBeGreaterThan(140);
  });

  it('reads a steady drift as a trend, not as a jump', () => {
    const noise = [0.04, -0.03, 0.02, -0.05, 0.03, -0.01, 0.05, -0.04, 0.01, -0.02];
    const rising = Array.from({ length: 60 }, (_, i) => {
      const age = 90 - i * 1.5;
      return sale(130 * 1.3 ** (-age / 90) * Math.exp(noise[i % 10]!), age);
    });
    const p = priceSales(rising, NOW);
    expect(p.trend.jump).toBeNull();
    expect(p.trend.applied).toBe(true);
    expect(Math.abs(p.market! / 130 - 1)).toBeLessThan(0.03);
  });

  it('does not let a sale far beyond the fences widen the uncertainty of a handful', () => {
    // Three PSA 10s near 7,000 and a French variant at 95,679 (outside search noise) among them.
    const p = priceSales([sale(6824, 74), sale(6412, 79), sale(8010, 88), sale(95679, 17)], NOW);
    expect(p.outliers).toEqual([3]);
    expect(p.uncertainty!).toBeLessThan(0.2);
  });

  it('leaves flat markets alone', () => {
    const flat = around100.flatMap((x, i) => [sale(x, i * 9), sale(200 - x, i * 9 + 4)]);
    expect(priceSales(flat, NOW).trend.applied).toBe(false);
    expect(priceSales(flat, NOW).trend.jump).toBeNull();
  });

  it('does not read more certainty from a handful of sales the fences trimmed to a tight cluster', () => {
    const tight = priceSales(
      [99.8, 100, 100.2].map((x) => sale(x)),
      NOW,
    );
    // 65 and 150 pass the gross fences but not the ordinary ones: three sales remain, as tight.
    const trimmed = priceSales(
      [65, 99.8, 100, 100.2, 150].map((x) => sale(x)),
      NOW,
    );
    expect(trimmed.outliers).toEqual([0, 4]);
    expect(trimmed.market).toBeCloseTo(tight.market!, 6);
    expect(trimmed.uncertainty!).toBeGreaterThan(2 * tight.uncertainty!);
    // Even identical prices leave some doubt (the fences' own floor), not none.
    expect(tight.uncertainty!).toBeGreaterThan(0.02);
  });

  it('fences a shill at 3× among three or four sales, which IQR fences could not see', () => {
    expect(
      priceSales(
        [100, 110, 300].map((x) => sale(x)),
        NOW,
      ).outliers,
    ).toEqual([2]);
    expect(
      priceSales(
        [95, 100, 110, 310].map((x) => sale(x)),
        NOW,
      ).outliers,
    ).toEqual([3]);
    expect(
      priceSales(
        [90, 100, 110].map((x) => sale(x)),
        NOW,
      ).outliers,
    ).toEqual([]);
  });

  it('reports a weight and an adjusted price for kept sales only', () => {
    const p = priceSales([...around100.map((x) => sale(x, 10)), sale(1000, 10)], NOW);
    expect(p.outliers).toEqual([10]);
    expect(Number.isNaN(p.weights[10]!)).toBe(true);
    expect(p.weights[0]).toBeCloseTo(recencyWeight(10));
    expect(p.adjusted[0]).toBeCloseTo(92);
  });

  it('prices undated sales without a trend', () => {
    const p = priceSales(
      around100.map((x) => sale(x, null)),
      null,
    );
    expect(p.trend.applied).toBe(false);
    expect(p.market).toBeGreaterThan(98);
  });
});

describe('saleFormat', () => {
  it('weighs auctions by their bidders: one bid counts half, many a little more', () => {
    expect(saleFormat(false, true, 1)).toBe(0.5);
    expect(saleFormat(false, true, 3)).toBe(1.1);
    expect(saleFormat(false, true, 12)).toBe(1.2);
    expect(saleFormat(false, false, null)).toBe(1);
    // A Best-Offer sale is marked by its sign.
    expect(saleFormat(true, false, null)).toBeLessThan(0);
  });
});

describe('shrinkSlope', () => {
  const perDay = Math.log(1.05) / 30;
  it('keeps a slope many standard errors from flat almost whole', () => {
    const s = shrinkSlope(perDay, perDay / 10);
    expect(s.moving).toBeGreaterThan(0.99);
    expect(s.slope / perDay).toBeGreaterThan(0.9);
    expect(s.error).toBeLessThan(perDay / 5);
  });

  it('shrinks a slope within its noise almost to flat', () => {
    const s = shrinkSlope(perDay, perDay);
    expect(s.moving).toBeLessThan(0.5);
    expect(Math.abs(s.slope)).toBeLessThan(perDay * 0.2);
  });

  it('moves smoothly and keeps the sign as the evidence grows', () => {
    let previous = 0;
    for (const z of [0.5, 1, 1.5, 2, 2.5, 3, 4, 6]) {
      const s = shrinkSlope(-perDay, perDay / z);
      expect(s.slope).toBeLessThanOrEqual(0);
      expect(-s.slope).toBeGreaterThan(previous);
      previous = -s.slope;
    }
  });

  it('does not believe a slope steeper than doubling in a month', () => {
    expect(shrinkSlope(1, 1e-6).slope).toBeCloseTo(Math.LN2 / 30, 6);
  });
});
