import { describe, expect, it } from 'vitest';
import {
  argsort,
  quantileSorted,
  quantilesInPlace,
  recentShift,
  theilSen,
  weightedBiweight,
  weightedHarrellDavis,
  weightedMad,
  weightedQuantile,
  weightedSample,
} from './stats.ts';

/** A small seeded generator (LCG) and standard normals from it, for repeatable random checks. */
function seeded(seed: number) {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const normal = () => Math.sqrt(-2 * Math.log(Math.max(rand(), 1e-12))) * Math.cos(2 * Math.PI * rand());
  return { rand, normal };
}

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

describe('weightedMad', () => {
  it('agrees with the weighted median of the sorted absolute deviations', () => {
    const { rand } = seeded(11);
    for (let trial = 0; trial < 100; trial++) {
      const n = 1 + Math.floor(rand() * 40);
      // Continuous values: with tied deviations the interpolation may pair different neighbours.
      const xs = Array.from({ length: n }, () => rand() * 5);
      const ws = Array.from({ length: n }, () => 0.2 + rand());
      const sample = weightedSample(xs, ws);
      const centre = weightedQuantile(sample, 0.5);
      const deviations = weightedSample(
        xs.map((x) => Math.abs(x - centre)),
        ws,
      );
      expect(weightedMad(sample, centre)).toBeCloseTo(weightedQuantile(deviations, 0.5), 10);
    }
  });
});

describe('weightedBiweight', () => {
  it('gives values far from the bulk no weight at all', () => {
    const bulk = [98, 99, 100, 101, 102];
    const ones = (n: number) => Array.from({ length: n }, () => 1);
    const alone = weightedBiweight(weightedSample(bulk, ones(5)), 4.685);
    const withFar = weightedBiweight(weightedSample([...bulk, 300, 310], ones(7)), 4.685);
    expect(alone).toBeCloseTo(100, 10);
    expect(withFar).toBeCloseTo(100, 10);
    // The median leans toward them, a mean goes with them.
    expect(weightedQuantile(weightedSample([...bulk, 300, 310], ones(7)), 0.5)).toBe(101);
  });

  it('follows the weights', () => {
    const v = [98, 99, 100, 101, 102];
    const leaning = weightedBiweight(weightedSample(v, [1, 1, 1, 1, 6]), 4.685);
    expect(leaning).toBeGreaterThan(100.5);
  });

  it('reads its scale from all the comps, not only the heavily weighted ones', () => {
    // Most of the weight on two close values: their spread alone would make the others look far out.
    const v = [0, 0.1, 0.2, 0.3, 0.31];
    const centre = weightedBiweight(weightedSample(v, [0.2, 0.2, 0.2, 1, 1]), 4.685);
    // Near the weighted mean (0.258), not pinned to the two heavy values (0.305).
    expect(centre).toBeLessThan(0.28);
    expect(centre).toBeGreaterThan(0.24);
  });

  it('is the weighted median when at least half the weight sits on one value', () => {
    expect(weightedBiweight(weightedSample([5, 5, 5, 5, 9], [1, 1, 1, 1, 1]), 4.685)).toBe(5);
  });

  it('is steadier than the median on normal noise', () => {
    const { normal } = seeded(3);
    let medianSquares = 0;
    let biweightSquares = 0;
    for (let trial = 0; trial < 400; trial++) {
      const xs = Array.from({ length: 15 }, () => normal());
      const sample = weightedSample(
        xs,
        xs.map(() => 1),
      );
      medianSquares += weightedQuantile(sample, 0.5) ** 2;
      biweightSquares += weightedBiweight(sample, 4.685) ** 2;
    }
    // Asymptotic efficiencies 64 % and 95 %: the biweight's mean square error is clearly smaller.
    expect(biweightSquares).toBeLessThan(0.8 * medianSquares);
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

  it('does not depend on the order of the points', () => {
    const { rand, normal } = seeded(5);
    const x = Array.from({ length: 40 }, () => rand() * 90);
    const y = x.map((v) => 0.01 * v + 0.1 * normal());
    const byX = x.map((_, i) => i).sort((a, b) => x[a]! - x[b]!);
    const sorted = theilSen(
      byX.map((i) => x[i]!),
      byX.map((i) => y[i]!),
    );
    expect(theilSen(x, y)).toEqual(sorted);
  });

  it('recovers the slope of many points from a fixed spread of pairs, the same way every time', () => {
    const { rand, normal } = seeded(9);
    const n = 3000;
    const x = Array.from({ length: n }, () => rand() * 90);
    const y = x.map((v) => 0.002 * v + 0.15 * normal());
    const fit = theilSen(x, y);
    expect(fit.slope).toBeCloseTo(0.002, 3);
    expect(Math.abs(fit.slope - 0.002)).toBeLessThan(3 * fit.slopeSE);
    expect(fit.z).toBeGreaterThan(5);
    expect(theilSen(x, y)).toEqual(fit);
  });

  it('does not see a clear trend in flat markets of many points', () => {
    // Kendall's z from drawn pairs carries their sampling noise: about normal, not inflated.
    let largest = 0;
    for (let trial = 0; trial < 20; trial++) {
      const { rand, normal } = seeded(100 + trial);
      const x = Array.from({ length: 2000 }, () => rand() * 90);
      const y = x.map(() => 0.15 * normal());
      largest = Math.max(largest, Math.abs(theilSen(x, y).z));
    }
    expect(largest).toBeLessThan(3);
  });

  it('finds no clear trend in flat data', () => {
    const x = Array.from({ length: 20 }, (_, i) => i);
    const y = x.map((v) => (v % 2 === 0 ? 1 : -1));
    expect(Math.abs(theilSen(x, y).z)).toBeLessThan(1);
  });
});

describe('recentShift', () => {
  it('finds the split where the latest values step away from the rest', () => {
    const noise = [0.04, -0.03, 0.02, -0.05, 0.03, -0.01, 0.05, -0.04, 0.01, -0.02];
    const x = Array.from({ length: 40 }, (_, i) => i);
    const y = x.map((i) => (i >= 33 ? 0.3 : 0) + noise[i % 10]!);
    const shift = recentShift(x, y, 4, 6, 0)!;
    expect(shift.since).toBe(33);
    expect(shift.recent).toBe(7);
    expect(shift.earlier).toBe(33);
    expect(shift.z).toBeGreaterThan(4);
    expect(shift.step).toBeCloseTo(0.3, 1);
  });

  it('gives no clear z on flat data, and no split outside the bounds it is given', () => {
    const { normal } = seeded(11);
    const x = Array.from({ length: 60 }, (_, i) => i);
    const y = x.map(() => 0.1 * normal());
    expect(Math.abs(recentShift(x, y, 4, 6, 0)!.z)).toBeLessThan(3.2);
    // Only the last 10 may form the recent side: the split lies at or after 50.
    expect(recentShift(x, y, 4, 6, 50)!.since).toBeGreaterThanOrEqual(50);
    expect(recentShift(x.slice(0, 9), y.slice(0, 9), 4, 6, 0)).toBeNull();
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

  it('argsort orders negative, zero and widely spread values and keeps ties in input order', () => {
    const xs = [3, -2.5, 0, 1e-9, -1e6, 3, 42.125, -2.5, 7e12, -0.001];
    const order = Array.from(argsort(xs));
    expect(order.map((i) => xs[i])).toEqual([...xs].sort((a, b) => a - b));
    expect(order.indexOf(1)).toBeLessThan(order.indexOf(7));
    expect(order.indexOf(0)).toBeLessThan(order.indexOf(5));
    expect(Array.from(argsort([]))).toEqual([]);
  });
});
