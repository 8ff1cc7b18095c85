/**
 * Small robust statistics over plain arrays: quantiles, a radix argsort, weighted quantiles,
 * Harrell–Davis quantiles, a weighted MAD, a biweight centre, Theil–Sen slope, Kendall's z.
 */

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
 * the same numbers `quantileSorted` gives on the sorted values. A quantile between two order
 * statistics finds the upper one in the next selection's small lower part, not by a scan of the rest.
 */
export function quantilesInPlace(scratch: Float64Array, ps: readonly number[]): number[] {
  const n = scratch.length;
  if (n === 0) return ps.map(() => Number.NaN);
  const out: number[] = new Array(ps.length);
  let from = 0;
  // A quantile still waiting for order statistic from + 1: its index in `ps`, lower value, fraction.
  let pending = -1;
  let pendingValue = 0;
  let pendingFraction = 0;
  for (let q = 0; q < ps.length; q++) {
    const h = (n - 1) * ps[q]!;
    const lo = Math.floor(h);
    if (pending >= 0 && lo === from) {
      out[pending] = pendingValue + pendingFraction * (minimum(scratch, from + 1, n) - pendingValue);
      pending = -1;
    }
    select(scratch, lo, from);
    if (pending >= 0) {
      // [from, lo] now holds the lo − from + 1 smallest values of [from, n): the upper neighbour is
      // the second smallest of them.
      out[pending] = pendingValue + pendingFraction * (secondSmallest(scratch, from, lo) - pendingValue);
      pending = -1;
    }
    const a = scratch[lo]!;
    out[q] = a;
    if (lo + 1 < n && h > lo) {
      pending = q;
      pendingValue = a;
      pendingFraction = h - lo;
    }
    from = lo;
  }
  if (pending >= 0) {
    out[pending] = pendingValue + pendingFraction * (minimum(scratch, from + 1, n) - pendingValue);
  }
  return out;
}

function minimum(a: Float64Array, from: number, to: number): number {
  let m = a[from]!;
  for (let i = from + 1; i < to; i++) if (a[i]! < m) m = a[i]!;
  return m;
}

/** The second smallest of a[from..to] (inclusive, at least two values; ties count twice). */
function secondSmallest(a: Float64Array, from: number, to: number): number {
  let first = Number.POSITIVE_INFINITY;
  let second = Number.POSITIVE_INFINITY;
  for (let i = from; i <= to; i++) {
    const v = a[i]!;
    if (v < first) {
      second = first;
      first = v;
    } else if (v < second) second = v;
  }
  return second;
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
 * Indexes of `values` in ascending order of value, in linear time: a stable least-significant-digit
 * radix sort on the top 44 bits of each double (sign, exponent and 32 mantissa bits, mapped so that
 * unsigned order is numeric order), four passes of 10–12 bits, a pass skipped when every value shares
 * its digit. Values closer than about 2e-10 relative keep their input order; the exact values are
 * read back from `values`.
 */
export function argsort(values: ArrayLike<number>): Uint32Array {
  const n = values.length;
  const doubles = new Float64Array(n);
  for (let i = 0; i < n; i++) doubles[i] = values[i]!;
  const words = new Uint32Array(doubles.buffer);
  const high = new Uint32Array(n);
  const low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = words[2 * i + HIGH_WORD]!;
    let l = words[2 * i + LOW_WORD]!;
    if (h & 0x80000000) {
      h = ~h >>> 0;
      l = ~l >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    high[i] = h;
    low[i] = l;
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const count = new Uint32Array(4096);
  for (const [word, shift, mask] of RADIX_PASSES) {
    const key = word === 0 ? low : high;
    count.fill(0, 0, mask + 1);
    for (let i = 0; i < n; i++) count[(key[i]! >>> shift) & mask]!++;
    if (count[(key[0]! >>> shift) & mask] === n) continue;
    let sum = 0;
    for (let b = 0; b <= mask; b++) {
      const c = count[b]!;
      count[b] = sum;
      sum += c;
    }
    for (let j = 0; j < n; j++) {
      const i = order[j]!;
      next[count[(key[i]! >>> shift) & mask]!++] = i;
    }
    const done = order;
    order = next;
    next = done;
  }
  return order;
}
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HIGH_WORD = LITTLE_ENDIAN ? 1 : 0;
const LOW_WORD = LITTLE_ENDIAN ? 0 : 1;
/** Digits, least significant first: [word (0 low, 1 high), shift, mask]. */
const RADIX_PASSES: ReadonlyArray<readonly [0 | 1, number, number]> = [
  [0, 20, 0xfff],
  [1, 0, 0x7ff],
  [1, 11, 0x7ff],
  [1, 22, 0x3ff],
];

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

/**
 * Regularised incomplete beta function I_x(a, b), given `logBetaInverse` = logΓ(a + b) − logΓ(a) −
 * logΓ(b): taken once by the caller, which reads many x at one (a, b).
 */
function incompleteBeta(x: number, a: number, b: number, logBetaInverse: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logBetaInverse + a * Math.log(x) + b * Math.log(1 - x));
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
  const logBetaInverse = logGamma(a + b) - logGamma(a) - logGamma(b);
  let cumulative = 0;
  let previous = 0;
  let estimate = 0;
  for (let j = 0; j < n; j++) {
    cumulative += weights[j]!;
    const next = incompleteBeta(Math.min(1, cumulative / total), a, b, logBetaInverse);
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

/** Theil–Sen reads every pair while there are at most this many (up to 126 points), else this many. */
const THEIL_SEN_PAIRS = 8_000;

/**
 * Theil–Sen slope with Kendall's z, both from the same pairs; x in any order. Every pair up to 126
 * points; above, 8,000 pairs drawn uniformly by a fixed-seed generator (the same pairs every time for
 * the same n), so the cost stays linear. Drawn pairs are a fair sample of all pairs, so the slope and
 * z estimate the all-pairs ones; their sampling noise is added to Sen's interval and to the variance
 * behind z, so neither claims more certainty than the pairs read can give.
 */
export function theilSen(x: ArrayLike<number>, y: ArrayLike<number>): Trend {
  const n = x.length;
  const allPairs = (n * (n - 1)) / 2;
  const sampled = allPairs > THEIL_SEN_PAIRS;
  const slopes = new Float64Array(sampled ? THEIL_SEN_PAIRS : allPairs);
  let used = 0;
  let s = 0;
  let count = 0;
  if (!sampled) {
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const yi = y[i]!;
      for (let j = i + 1; j < n; j++) {
        const dx = x[j]! - xi;
        const dy = y[j]! - yi;
        count++;
        if (dx === 0) continue;
        slopes[used++] = dy / dx;
        if (dy !== 0) s += 1 - 2 * (+(dx > 0) ^ +(dy > 0));
      }
    }
  } else {
    // A fixed-seed linear congruential generator; an index is the top 16 bits scaled to n (n < 65,536),
    // or the whole 32 bits scaled, never a modulo (a slow float operation here).
    let state = 0x2545f491;
    const small = n < 65_536;
    for (let k = 0; k < THEIL_SEN_PAIRS; k++) {
      state = (Math.imul(state, 1664525) + 1013904223) | 0;
      const i = small ? ((state >>> 16) * n) >>> 16 : Math.floor((state >>> 0) * (n / 4294967296));
      state = (Math.imul(state, 1664525) + 1013904223) | 0;
      let j = small ? ((state >>> 16) * (n - 1)) >>> 16 : Math.floor((state >>> 0) * ((n - 1) / 4294967296));
      if (j >= i) j++;
      const dx = x[j]! - x[i]!;
      const dy = y[j]! - y[i]!;
      count++;
      if (dx === 0) continue;
      slopes[used++] = dy / dx;
      // Concordant +1, discordant −1, without a branch (the drawn pairs' signs are a coin toss).
      if (dy !== 0) s += 1 - 2 * (+(dx > 0) ^ +(dy > 0));
    }
  }
  if (used === 0 || count === 0) return { slope: 0, z: 0, slopeSE: 0 };
  // Variance of S over all pairs; with drawn pairs, plus the noise of estimating S from `count` of them.
  const varAll = (n * (n - 1) * (2 * n + 5)) / 18;
  const tau = s / count;
  const varS = varAll + (sampled ? (allPairs * allPairs * (1 - tau * tau)) / count : 0);
  // Sen's 95 % interval: C/2 ranks either side of the middle, C = 1.96·sd(S), here as a share of the
  // pairs; with drawn pairs, widened by the noise of their median (sd 0.5/√pairs, same units).
  const shareSd = Math.sqrt(varAll) / (2 * allPairs);
  const half = 1.96 * Math.sqrt(shareSd * shareSd + (sampled ? 0.25 / used : 0));
  const [lower, slope, upper] = quantilesInPlace(slopes.subarray(0, used), [
    Math.max(0, 0.5 - half),
    0.5,
    Math.min(1, 0.5 + half),
  ]) as [number, number, number];
  return {
    slope,
    z: varS > 0 ? (tau * allPairs) / Math.sqrt(varS) : 0,
    slopeSE: (upper - lower) / (2 * 1.96),
  };
}

/**
 * Weighted median absolute deviation of a sorted sample from `centre` (same interpolation as
 * `weightedQuantile`), in O(n): the deviations are already ascending walking out from the centre on
 * both sides, so the two runs are merged instead of sorted.
 */
export function weightedMad(sample: WeightedSample, centre: number): number {
  const { values, weights, total } = sample;
  const n = values.length;
  if (n === 0 || !(total > 0)) return Number.NaN;
  let right = 0;
  while (right < n && values[right]! < centre) right++;
  let left = right - 1;
  let cumulative = 0;
  let prevPos = Number.NEGATIVE_INFINITY;
  let prevDev = 0;
  while (left >= 0 || right < n) {
    let j: number;
    let dev: number;
    if (right >= n || (left >= 0 && centre - values[left]! <= values[right]! - centre)) {
      j = left--;
      dev = centre - values[j]!;
    } else {
      j = right++;
      dev = values[j]! - centre;
    }
    const w = weights[j]!;
    const pos = (cumulative + w / 2) / total;
    cumulative += w;
    if (pos >= 0.5) {
      if (prevPos === Number.NEGATIVE_INFINITY) return dev;
      return prevDev + ((0.5 - prevPos) / (pos - prevPos)) * (dev - prevDev);
    }
    prevPos = pos;
    prevDev = dev;
  }
  return prevDev;
}

/**
 * Weighted Tukey biweight M-estimate of location: a weighted mean in which each value's weight falls
 * smoothly with its distance from the centre, (1 − (d / (c·s))²)², to zero beyond `c` robust standard
 * deviations s (1.4826 × weighted MAD). On the bulk of the comps it is almost as efficient as a mean
 * (95 % for normal noise at c = 4.685, where the plain median manages 64 %); values far out count for
 * nothing, so neither a wild sale nor a few of them, nor one that a fence lets through, can drag it,
 * and there is no jump when a value crosses a fence. Starts at the weighted median. The scale is the
 * weighted MAD, but never below the plain (unweighted) MAD: the weights say which comps matter more
 * for the centre, not that the others are noisier, and when recency puts most of the weight on two or
 * three close sales their spread alone would leave the other comps counting for almost nothing (a
 * tiny market then priced by its newest sale). The median itself when neither gives a scale.
 */
export function weightedBiweight(sample: WeightedSample, c: number): number {
  const { values, weights, total } = sample;
  const n = values.length;
  if (n === 0 || !(total > 0)) return Number.NaN;
  let centre = weightedQuantile(sample, 0.5);
  // The scale is the noise of one comp, which the weights do not change: never below the plain MAD,
  // or weight gathered on a few close values would make the rest look far out.
  const plain: WeightedSample = { values, weights: new Float64Array(n).fill(1), total: n, effectiveN: n };
  const scale =
    1.4826 * Math.max(weightedMad(sample, centre), weightedMad(plain, quantileSorted(values, 0.5)));
  if (!(scale > 0)) return centre;
  const reach = c * scale;
  const inverse = 1 / reach;
  // Newton steps on Σ w·ψ(u) = 0, ψ(u) = u(1 − u²)²: the same root the reweighted means reach, in a
  // few steps instead of a dozen. A step is never more than twice the reweighted-mean step.
  for (let iteration = 0; iteration < 100; iteration++) {
    let pull = 0;
    let weight = 0;
    let slope = 0;
    for (let j = 0; j < n; j++) {
      const d = values[j]! - centre;
      const u = d * inverse;
      const u2 = u * u;
      if (u2 >= 1) continue;
      const taper = weights[j]! * (1 - u2);
      const w = taper * (1 - u2);
      pull += w * d;
      weight += w;
      slope += taper * (1 - 5 * u2);
    }
    if (!(weight > 0)) break;
    const step = slope > 0.5 * weight ? pull / slope : pull / weight;
    centre += step;
    if (step < 1e-10 * scale && step > -1e-10 * scale) break;
  }
  return centre;
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

export interface Shift {
  /** Time (x) of the first value of the recent segment. */
  since: number;
  /** Median of the recent segment less the median of the earlier one. */
  step: number;
  /** Median of the earlier segment. */
  earlierLevel: number;
  /** Mann–Whitney z of the recent segment against the earlier one (about normal under no shift). */
  z: number;
  /** Sizes of the recent and the earlier segment. */
  recent: number;
  earlier: number;
}

/**
 * The clearest level shift between the latest values and the rest: for every split that leaves at
 * least `minRecent` values after it (all at or after `notBefore`) and `minEarlier` before it, the
 * Mann–Whitney z of the recent values against the earlier ones, from one ranking (mid-ranks for ties)
 * and a running rank sum, so the scan is linear after two sorts. Returns the split of largest |z|, or
 * null when no split is allowed. Ranks, not values: an odd sale moves z by one rank at most.
 */
export function recentShift(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  minRecent: number,
  minEarlier: number,
  notBefore: number,
): Shift | null {
  const n = x.length;
  if (n < minRecent + minEarlier) return null;
  const byValue = argsort(y);
  const rank = new Float64Array(n);
  for (let j = 0; j < n; ) {
    let k = j;
    while (k + 1 < n && y[byValue[k + 1]!] === y[byValue[j]!]) k++;
    const mid = (j + k) / 2 + 1;
    for (let t = j; t <= k; t++) rank[byValue[t]!] = mid;
    j = k + 1;
  }
  const byTime = argsort(x);
  let best: Shift | null = null;
  let rankSum = 0;
  for (let a = 1; a <= n - minEarlier; a++) {
    const i = byTime[n - a]!;
    rankSum += rank[i]!;
    if (x[i]! < notBefore) break;
    // A split between two sales of the same moment is no split.
    if (a < minRecent || x[byTime[n - a - 1]!] === x[i]) continue;
    const b = n - a;
    const u = rankSum - (a * (a + 1)) / 2;
    const z = (u - (a * b) / 2) / Math.sqrt((a * b * (n + 1)) / 12);
    if (best === null || Math.abs(z) > Math.abs(best.z))
      best = { since: x[i]!, step: 0, earlierLevel: 0, z, recent: a, earlier: b };
  }
  if (best === null) return null;
  const recent = new Float64Array(best.recent);
  const earlier = new Float64Array(best.earlier);
  for (let j = 0; j < n; j++) {
    const i = byTime[j]!;
    if (j < best.earlier) earlier[j] = y[i]!;
    else recent[j - best.earlier] = y[i]!;
  }
  best.earlierLevel = quantileSorted(earlier.sort(), 0.5);
  best.step = quantileSorted(recent.sort(), 0.5) - best.earlierLevel;
  return best;
}
