/** Small robust statistics over plain arrays: quantiles, weighted quantiles, Theil–Sen slope, Kendall's z. */

/** Quantile of sorted values (linear interpolation between order statistics, "type 7"). */
export function quantileSorted(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function median(values: readonly number[]): number {
  return quantileSorted([...values].sort((a, b) => a - b), 0.5);
}

/**
 * Weighted quantile: each value stands at the middle of its weight on the cumulative scale and the
 * scale is interpolated between them, so equal weights give the ordinary median.
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  let total = 0;
  for (const i of order) total += weights[i]!;
  if (!(total > 0)) return Number.NaN;
  let cumulative = 0;
  let prevPos = Number.NEGATIVE_INFINITY;
  let prevValue = values[order[0]!]!;
  for (const i of order) {
    const w = weights[i]!;
    const pos = (cumulative + w / 2) / total;
    cumulative += w;
    const v = values[i]!;
    if (p <= pos) {
      if (prevPos === Number.NEGATIVE_INFINITY) return v;
      return prevValue + ((p - prevPos) / (pos - prevPos)) * (v - prevValue);
    }
    prevPos = pos;
    prevValue = v;
  }
  return prevValue;
}

/** Index pairs for slope estimates: all pairs when few, else a fixed spread of long-baseline pairs. */
function* pairs(n: number): Generator<[number, number]> {
  if (n <= 120) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) yield [i, j];
    return;
  }
  for (let gap = Math.floor(n / 8); gap < n; gap += Math.max(1, Math.floor(n / 40))) {
    for (let i = 0; i + gap < n; i += Math.max(1, Math.floor(n / 200))) yield [i, i + gap];
  }
}

export interface Trend {
  /** Median pairwise slope of y per unit of x. */
  slope: number;
  /** Kendall's z: how clearly y rises or falls with x (about normal under no trend). */
  z: number;
}

/** Theil–Sen slope with Kendall's z, both from the same pairs; x must be sorted ascending. */
export function theilSen(x: readonly number[], y: readonly number[]): Trend {
  const slopes: number[] = [];
  let s = 0;
  let count = 0;
  for (const [i, j] of pairs(x.length)) {
    const dx = x[j]! - x[i]!;
    const dy = y[j]! - y[i]!;
    count++;
    if (dy !== 0 && dx !== 0) s += Math.sign(dx) * Math.sign(dy);
    if (dx > 0) slopes.push(dy / dx);
  }
  if (slopes.length === 0 || count === 0) return { slope: 0, z: 0 };
  const n = x.length;
  // Variance of S for all pairs, scaled to the pairs used.
  const varAll = (n * (n - 1) * (2 * n + 5)) / 18;
  const allPairs = (n * (n - 1)) / 2;
  const scaled = (s * allPairs) / count;
  return { slope: median(slopes), z: varAll > 0 ? scaled / Math.sqrt(varAll) : 0 };
}

export function weightedMeanAndCov(values: readonly number[], weights: readonly number[]): { mean: number; cov: number } {
  let sw = 0;
  let sx = 0;
  for (let i = 0; i < values.length; i++) {
    sw += weights[i]!;
    sx += weights[i]! * values[i]!;
  }
  const mean = sx / sw;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += weights[i]! * (values[i]! - mean) ** 2;
  const sd = Math.sqrt(ss / sw);
  return { mean, cov: mean > 0 ? sd / mean : 0 };
}
