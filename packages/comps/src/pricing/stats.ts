/** Small robust statistics over plain arrays: quantiles, weighted quantiles, Theil–Sen slope, Kendall's z. */

/** Quantile of sorted values (linear interpolation between order statistics, "type 7"). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Rearranges `a` so that a[k] is the k-th smallest, smaller values before it and larger after it. */
function select(a: Float64Array, k: number, left = 0, right = a.length - 1): void {
  let lo = left;
  let hi = right;
  while (hi > lo) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

/**
 * Type-7 quantiles of unsorted `scratch` (reordered in place), ascending `ps`, without a full sort:
 * the same numbers `quantileSorted` gives on the sorted values.
 */
export function quantilesInPlace(scratch: Float64Array, ps: readonly number[]): number[] {
  const n = scratch.length;
  if (n === 0) return ps.map(() => Number.NaN);
  const out: number[] = [];
  let from = 0;
  for (const p of ps) {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    select(scratch, lo, from);
    const a = scratch[lo]!;
    let b = a;
    if (lo + 1 < n && h > lo) {
      b = scratch[lo + 1]!;
      for (let i = lo + 2; i < n; i++) if (scratch[i]! < b) b = scratch[i]!;
    }
    out.push(a + (h - lo) * (b - a));
    from = lo;
  }
  return out;
}

export function median(values: readonly number[]): number {
  return quantileSorted(Float64Array.from(values).sort(), 0.5);
}

/** Values ascending with their weights: sort once, then read any number of quantiles. */
export interface WeightedSample {
  values: Float64Array;
  weights: Float64Array;
  total: number;
  /** Kish effective sample size: (Σw)² / Σw². */
  effectiveN: number;
}

/**
 * Indexes of `values` in ascending order of value, by one native typed-array sort instead of a
 * comparator: each value's lowest 20 mantissa bits carry its index (a relative change below 1e-9, so
 * only values that close can trade places), and the exact values are read back from `values`.
 */
export function argsort(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const order = new Uint32Array(n);
  if (n > 0xfffff) {
    const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
    order.set(idx);
    return order;
  }
  const keys = new Float64Array(n);
  const bits = new Uint32Array(keys.buffer);
  const low = LITTLE_ENDIAN ? 0 : 1;
  for (let i = 0; i < n; i++) {
    keys[i] = values[i]!;
    bits[2 * i + low] = ((bits[2 * i + low]! & 0xfff00000) | i) >>> 0;
  }
  keys.sort();
  for (let j = 0; j < n; j++) order[j] = bits[2 * j + low]! & 0xfffff;
  return order;
}
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** `order`: the indexes in ascending order of value, when the caller already has it. */
export function weightedSample(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  order: ArrayLike<number> = argsort(values),
): WeightedSample {
  const m = order.length;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let total = 0;
  let squares = 0;
  for (let j = 0; j < m; j++) {
    const i = order[j]!;
    const wj = weights[i]!;
    v[j] = values[i]!;
    w[j] = wj;
    total += wj;
    squares += wj * wj;
  }
  return { values: v, weights: w, total, effectiveN: squares > 0 ? (total * total) / squares : 0 };
}

/**
 * Weighted quantile: each value stands at the middle of its weight on the cumulative scale and the
 * scale is interpolated between them, so equal weights give the ordinary median.
 */
export function weightedQuantile(sample: WeightedSample, p: number): number {
  const { values, weights, total } = sample;
  if (values.length === 0 || !(total > 0)) return Number.NaN;
  let cumulative = 0;
  let prevPos = Number.NEGATIVE_INFINITY;
  let prevValue = values[0]!;
  for (let j = 0; j < values.length; j++) {
    const w = weights[j]!;
    const pos = (cumulative + w / 2) / total;
    cumulative += w;
    const v = values[j]!;
    if (p <= pos) {
      if (prevPos === Number.NEGATIVE_INFINITY) return v;
      return prevValue + ((p - prevPos) / (pos - prevPos)) * (v - prevValue);
    }
    prevPos = pos;
    prevValue = v;
  }
  return prevValue;
}

/** Natural log of the gamma function (Lanczos). */
function logGamma(x: number): number {
  const c = [
    76.18009172947146, -86.50532032941678, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2,
    -0.5395239384953e-5,
  ];
  let y = x;
  const tmp = x + 5.5 - (x + 0.5) * Math.log(x + 5.5);
  let ser = 1.000000000190015;
  for (const ci of c) ser += ci / ++y;
  return -tmp + Math.log((2.5066282746310007 * ser) / x);
}

/** Continued fraction for the incomplete beta function (modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 200; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 3e-12) break;
  }
  return h;
}

/** Regularised incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** Above this many values the Harrell–Davis weights are as sharp as the plain quantile. */
const HARRELL_DAVIS_MAX_N = 400;

/**
 * Weighted Harrell–Davis quantile: a Beta-weighted average of the order statistics, with each value's
 * share of the cumulative scale set by its weight and the Beta shape by the effective sample size.
 * A median that uses every comp a little instead of one or two fully, so it is steadier than the
 * plain median and moves smoothly, not by jumps, when one sale is added.
 */
export function weightedHarrellDavis(sample: WeightedSample, p: number): number {
  const { values, weights, total, effectiveN } = sample;
  const n = values.length;
  if (n === 0 || !(total > 0)) return Number.NaN;
  if (n === 1) return values[0]!;
  if (n > HARRELL_DAVIS_MAX_N) return weightedQuantile(sample, p);
  const a = p * (effectiveN + 1);
  const b = (1 - p) * (effectiveN + 1);
  let cumulative = 0;
  let previous = 0;
  let estimate = 0;
  for (let j = 0; j < n; j++) {
    cumulative += weights[j]!;
    const next = incompleteBeta(Math.min(1, cumulative / total), a, b);
    estimate += (next - previous) * values[j]!;
    previous = next;
  }
  return estimate;
}

export interface Trend {
  /** Median pairwise slope of y per unit of x. */
  slope: number;
  /** Kendall's z: how clearly y rises or falls with x (about normal under no trend). */
  z: number;
  /** Standard error of the slope, from Sen's rank confidence interval. */
  slopeSE: number;
}

/** Theil–Sen slope with Kendall's z, both from the same pairs; x must be sorted ascending. */
/**
 * Theil–Sen slope with Kendall's z, both from the same pairs; x must be sorted ascending. Pairs: all
 * of them when few, else a fixed spread of long-baseline pairs.
 */
export function theilSen(x: ArrayLike<number>, y: ArrayLike<number>): Trend {
  const n = x.length;
  const all = n <= 120;
  let capacity = (n * (n - 1)) / 2;
  if (!all) {
    capacity = 0;
    const step = Math.max(1, Math.floor(n / 200));
    for (let gap = Math.floor(n / 8); gap < n; gap += Math.max(1, Math.floor(n / 40)))
      capacity += Math.ceil((n - gap) / step);
  }
  const slopes = new Float64Array(capacity);
  let used = 0;
  let s = 0;
  let count = 0;
  const visit = (i: number, j: number) => {
    const dx = x[j]! - x[i]!;
    const dy = y[j]! - y[i]!;
    count++;
    if (dy !== 0 && dx !== 0) s += Math.sign(dx) * Math.sign(dy);
    if (dx > 0) slopes[used++] = dy / dx;
  };
  if (all) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) visit(i, j);
  } else {
    const step = Math.max(1, Math.floor(n / 200));
    for (let gap = Math.floor(n / 8); gap < n; gap += Math.max(1, Math.floor(n / 40))) {
      for (let i = 0; i + gap < n; i += step) visit(i, i + gap);
    }
  }
  if (used === 0 || count === 0) return { slope: 0, z: 0, slopeSE: 0 };
  // Variance of S for all pairs, scaled to the pairs used.
  const varAll = (n * (n - 1) * (2 * n + 5)) / 18;
  const allPairs = (n * (n - 1)) / 2;
  const scaled = (s * allPairs) / count;
  const sorted = slopes.subarray(0, used).sort();
  // Sen's 95 % interval: the slopes C/2 ranks either side of the middle, C = 1.96·sd(S) in pair units.
  const half = ((1.96 * Math.sqrt(varAll)) / 2) * (used / allPairs);
  const lower = quantileSorted(sorted, Math.max(0, 0.5 - half / used));
  const upper = quantileSorted(sorted, Math.min(1, 0.5 + half / used));
  return {
    slope: quantileSorted(sorted, 0.5),
    z: varAll > 0 ? scaled / Math.sqrt(varAll) : 0,
    slopeSE: (upper - lower) / (2 * 1.96),
  };
}

export function weightedMeanAndCov(sample: WeightedSample): { mean: number; cov: number } {
  const { values, weights, total } = sample;
  let sx = 0;
  for (let i = 0; i < values.length; i++) sx += weights[i]! * values[i]!;
  const mean = sx / total;
  let ss = 0;
  for (let i = 0; i < values.length; i++) ss += weights[i]! * (values[i]! - mean) ** 2;
  const sd = Math.sqrt(ss / total);
  return { mean, cov: mean > 0 ? sd / mean : 0 };
}
