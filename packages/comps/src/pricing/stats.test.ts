import { describe, expect, it } from 'vitest';
import {
  argsort,
  quantileSorted,
  quantilesInPlace,
  theilSen,
  weightedHarrellDavis,
  weightedQuantile,
  weightedSample,
} from './stats.ts';

describe('quantiles', () => {
  it('interpolates between order statistics', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.25)).toBe(2);
  });

  it('gives the ordinary median with equal weights and leans towards heavy values', () => {
    expect(weightedQuantile(weightedSample([1, 2, 3, 4, 5], [1, 1, 1, 1, 1]), 0.5)).toBe(3);
    expect(weightedQuantile(weightedSample([1, 2, 3, 4, 5], [1, 1, 1, 1, 10]), 0.5)).toBeGreaterThan(4);
  });

  it('Harrell–Davis finds the centre of symmetric data and moves little when one extreme value is added', () => {
    const prices = [90, 95, 98, 100, 100, 102, 105, 110];
    const ones = prices.map(() => 1);
    const before = weightedHarrellDavis(weightedSample(prices, ones), 0.5);
    expect(before).toBeCloseTo(100, 0);
    const after = weightedHarrellDavis(weightedSample([...prices, 1000], [...ones, 1]), 0.5);
    expect(Math.abs(after / before - 1)).toBeLessThan(0.03);
  });
});

describe('theilSen', () => {
  it('recovers a slope through an outlier and says how clear it is', () => {
    const x = Array.from({ length: 20 }, (_, i) => i);
    const y = x.map((v) => 2 * v + 1);
    y[5] = 500;
    const fit = theilSen(x, y);
    expect(fit.slope).toBeCloseTo(2, 5);
    expect(fit.z).toBeGreaterThan(4);
  });

  it('finds no clear trend in flat data', () => {
    const x = Array.from({ length: 20 }, (_, i) => i);
    const y = x.map((v) => (v % 2 === 0 ? 1 : -1));
    expect(Math.abs(theilSen(x, y).z)).toBeLessThan(1);
  });
});

describe('sorting helpers', () => {
  it('quantilesInPlace agrees with quantileSorted, and argsort orders, on random data with ties', () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(rand() * 60);
      const xs = Array.from({ length: n }, () => (rand() < 0.3 ? Math.round(rand() * 5) : rand() * 10 - 5));
      const sorted = Float64Array.from(xs).sort();
      const ps = [0.1, 0.25, 0.5, 0.75, 0.9];
      const got = quantilesInPlace(Float64Array.from(xs), ps);
      for (const [k, p] of ps.entries()) expect(got[k]).toBe(quantileSorted(sorted, p));
      const order = argsort(xs);
      expect(Array.from(order, (i) => xs[i])).toEqual(Array.from(sorted));
      expect(new Set(order).size).toBe(n);
    }
  });
});
