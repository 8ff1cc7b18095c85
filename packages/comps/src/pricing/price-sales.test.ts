import { describe, expect, it } from 'vitest';
import { priceSales, recencyWeight, type Sale } from './price-sales.ts';

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

  it('leaves flat markets alone', () => {
    const flat = around100.flatMap((x, i) => [sale(x, i * 9), sale(200 - x, i * 9 + 4)]);
    expect(priceSales(flat, NOW).trend.applied).toBe(false);
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
