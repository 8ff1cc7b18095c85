/**
 * The sold side of the price: exact sales in, a robust value for the valuation date out.
 *
 * 1. Gross outliers go first (3 × IQR on log price). The trend is then read from the sales inside the
 *    ordinary fences, so no single odd sale can bend it.
 * 2. When dates span weeks, a Theil–Sen trend of log price on date moves old sales to the valuation
 *    date, in proportion to how clear the trend is (Kendall z from 1 to 2.5).
 * 3. IQR fences on the adjusted log prices (wider for small n) mark price outliers.
 * 4. Weighted median and quartiles (Harrell–Davis, so every comp counts a little and none decides
 *    alone): recency halves the weight every 30 days (floor 0.2), auctions with several bidders
 *    count a little more, Best-Offer-accepted sales (a ceiling) much less.
 */
import {
  argsort,
  quantilesInPlace,
  theilSen,
  weightedHarrellDavis,
  weightedMeanAndCov,
  weightedSample,
} from './stats.ts';

export interface Sale {
  /** All-in price. */
  price: number;
  /** Sale time in ms since the epoch, null when unknown. */
  time: number | null;
  bestOffer: boolean;
  auction: boolean;
  bids: number | null;
}

export interface SoldPrice {
  /** Null when no sale survives. */
  market: number | null;
  discount: number | null;
  premium: number | null;
  marketWithoutBestOffer: number | null;
  /** Indexes (into the input) of the sales the value rests on. */
  kept: number[];
  /** Indexes of the sales fenced out as price outliers. */
  outliers: number[];
  /** Per input sale: its weight and trend-adjusted price when kept, else null. */
  weights: Array<number | null>;
  adjusted: Array<number | null>;
  /** Coefficient of variation of the kept, adjusted prices. */
  cov: number | null;
  /** Standard error of the market value on the log scale (spread of the comps, their number, the trend). */
  uncertainty: number | null;
  trend: { applied: boolean; pctPer30Days: number | null; strength: number | null };
  /** Kept adjusted prices, ascending (for the ask blend). */
  sortedKept: Float64Array;
}

const DAY = 86_400_000;
const HALF_LIFE_DAYS = 30;
const MIN_RECENCY = 0.2;
const BEST_OFFER_WEIGHT = 0.25;
/** Undated sales among dated ones: about the weight of a month-old sale. */
const UNDATED_WEIGHT = 0.5;
const MIN_TREND_SALES = 8;
const MIN_TREND_SPAN_DAYS = 14;
/** Trend is extrapolated at most this far past the newest sale. */
const MAX_EXTRAPOLATION_DAYS = 14;
/** A trend steeper than doubling (or halving) in 30 days is not believed. */
const MAX_SLOPE_PER_DAY = Math.log(2) / 30;
/** log-IQR floor: identical prices still fence out a sale at 3× or 0.3×. */
const MIN_LOG_IQR = 0.05;

export function recencyWeight(ageDays: number): number {
  return Math.max(MIN_RECENCY, 0.5 ** (Math.max(0, ageDays) / HALF_LIFE_DAYS));
}

function formatWeight(sale: Sale): number {
  if (sale.bestOffer) return BEST_OFFER_WEIGHT;
  if (sale.auction && (sale.bids ?? 0) >= 5) return 1.2;
  if (sale.auction && (sale.bids ?? 0) >= 2) return 1.1;
  return 1;
}

function fenceMultiplier(n: number): number {
  if (n >= 8) return 1.5;
  if (n >= 5) return 2;
  return 3;
}

/** Indexes whose value lies inside the IQR fences of `values` (all of them when fewer than 4). */
function insideFences(values: Float64Array, idx: readonly number[], k: number): number[] {
  if (idx.length < 4) return [...idx];
  const sorted = new Float64Array(idx.length);
  for (let j = 0; j < idx.length; j++) sorted[j] = values[idx[j]!]!;
  const [q1, q3] = quantilesInPlace(sorted, [0.25, 0.75]) as [number, number];
  const iqr = Math.max(q3 - q1, MIN_LOG_IQR);
  const lo = q1 - k * iqr;
  const hi = q3 + k * iqr;
  return idx.filter((i) => values[i]! >= lo && values[i]! <= hi);
}

const NO_TREND: SoldPrice['trend'] = { applied: false, pctPer30Days: null, strength: null };

/** `asOf`: valuation time in ms (null: the newest sane sale, or no dates at all). */
export function priceSales(sales: readonly Sale[], asOf: number | null): SoldPrice {
  const n = sales.length;
  const logs = new Float64Array(n);
  let dated = false;
  for (let i = 0; i < n; i++) {
    logs[i] = Math.log(sales[i]!.price);
    if (sales[i]!.time !== null) dated = true;
  }
  const all = Array.from({ length: n }, (_, i) => i);

  // 1. Gross outliers.
  const sane = insideFences(logs, all, 3);
  const k = fenceMultiplier(sane.length);
  let newest: number | null = null;
  for (const i of sane) {
    const t = sales[i]!.time;
    if (t !== null && (newest === null || t > newest)) newest = t;
  }
  const valuationTime = asOf ?? newest;

  // 2. Trend on the dated sales inside the ordinary fences.
  let slopeUsed = 0;
  let slopeError = 0;
  let trend = NO_TREND;
  let datedSane: number[] = [];
  if (dated) {
    const fenced = insideFences(logs, sane, k);
    const withTime: number[] = [];
    for (const i of fenced) if (sales[i]!.time !== null) withTime.push(i);
    const times = new Float64Array(withTime.length);
    for (let j = 0; j < withTime.length; j++) times[j] = sales[withTime[j]!]!.time!;
    const byTime = argsort(times);
    datedSane = new Array(withTime.length);
    for (let j = 0; j < byTime.length; j++) datedSane[j] = withTime[byTime[j]!]!;
  }
  if (datedSane.length >= MIN_TREND_SALES && valuationTime !== null) {
    const m = datedSane.length;
    const days = new Float64Array(m);
    const ys = new Float64Array(m);
    for (let j = 0; j < m; j++) {
      days[j] = sales[datedSane[j]!]!.time! / DAY;
      ys[j] = logs[datedSane[j]!]!;
    }
    const span = days[m - 1]! - days[0]!;
    if (span >= MIN_TREND_SPAN_DAYS) {
      const fit = theilSen(days, ys);
      const { slope, z } = fit;
      const clarity = Math.min(1, Math.max(0, (Math.abs(z) - 1) / 1.5));
      slopeUsed = Math.max(-MAX_SLOPE_PER_DAY, Math.min(MAX_SLOPE_PER_DAY, slope)) * clarity;
      // Applied, the slope brings its own error; left out, the trend it would have removed stays as lag.
      slopeError = Math.hypot(
        fit.slopeSE * clarity,
        Math.min(MAX_SLOPE_PER_DAY, Math.abs(slope)) * (1 - clarity),
      );
      trend = {
        applied: clarity > 0,
        pctPer30Days: round1((Math.exp(slope * 30) - 1) * 100),
        strength: round2(z),
      };
    }
  }
  const trendTime =
    valuationTime !== null && newest !== null
      ? Math.min(valuationTime, newest + MAX_EXTRAPOLATION_DAYS * DAY)
      : null;
  const adjustedLogs = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = sales[i]!.time;
    adjustedLogs[i] =
      t !== null && trendTime !== null ? logs[i]! + (slopeUsed * (trendTime - t)) / DAY : logs[i]!;
  }

  // 3. Fences on adjusted prices.
  const kept = insideFences(adjustedLogs, sane, k);
  const isKept = new Uint8Array(n);
  for (const i of kept) isKept[i] = 1;
  const outliers = all.filter((i) => !isKept[i]);

  // 4. Weighted centre and quartiles.
  const weights: Array<number | null> = new Array(n).fill(null);
  const adjusted: Array<number | null> = new Array(n).fill(null);
  const keptPrices: number[] = [];
  const keptWeights: number[] = [];
  const plainPrices: number[] = [];
  const plainWeights: number[] = [];
  for (const i of kept) {
    const s = sales[i]!;
    const recency =
      s.time === null
        ? dated
          ? UNDATED_WEIGHT
          : 1
        : valuationTime === null
          ? 1
          : recencyWeight((valuationTime - s.time) / DAY);
    const w = recency * formatWeight(s);
    const price = Math.exp(adjustedLogs[i]!);
    weights[i] = w;
    adjusted[i] = price;
    keptPrices.push(price);
    keptWeights.push(w);
    if (!s.bestOffer) {
      plainPrices.push(price);
      plainWeights.push(w);
    }
  }
  if (kept.length === 0) {
    return {
      market: null,
      discount: null,
      premium: null,
      marketWithoutBestOffer: null,
      kept,
      outliers,
      weights,
      adjusted,
      cov: null,
      uncertainty: null,
      trend,
      sortedKept: new Float64Array(0),
    };
  }
  const order = argsort(keptPrices);
  const sample = weightedSample(keptPrices, keptWeights, order);
  let plainSample: ReturnType<typeof weightedSample> | null = null;
  if (plainPrices.length > 0) {
    // The same order without the Best-Offer sales: no second sort.
    const plainAt = new Int32Array(kept.length).fill(-1);
    for (let j = 0, p = 0; j < kept.length; j++) if (!sales[kept[j]!]!.bestOffer) plainAt[j] = p++;
    const plainOrder: number[] = [];
    for (let j = 0; j < order.length; j++) {
      const at = plainAt[order[j]!]!;
      if (at >= 0) plainOrder.push(at);
    }
    plainSample = weightedSample(plainPrices, plainWeights, plainOrder);
  }
  return {
    market: weightedHarrellDavis(sample, 0.5),
    discount: weightedHarrellDavis(sample, 0.25),
    premium: weightedHarrellDavis(sample, 0.75),
    marketWithoutBestOffer: plainSample === null ? null : weightedHarrellDavis(plainSample, 0.5),
    kept,
    outliers,
    weights,
    adjusted,
    cov: kept.length >= 2 ? weightedMeanAndCov(sample).cov : null,
    uncertainty: uncertaintyOf(
      kept.map((i) => adjustedLogs[i]!),
      keptWeights,
      kept.map((i) => sales[i]!.time),
      trendTime,
      slopeError,
    ),
    trend,
    sortedKept: sample.values,
  };
}

/**
 * Log-scale standard error of the value: the median's error from the comps' spread and effective
 * number (1.25 σ / √n), and, when a trend moved old sales, the slope's error times how far the
 * valuation date lies from the comps' weighted mean date.
 */
function uncertaintyOf(
  logs: readonly number[],
  weights: readonly number[],
  times: ReadonlyArray<number | null>,
  valuationTime: number | null,
  slopeError: number,
): number | null {
  const n = logs.length;
  if (n < 2) return null;
  const [q1, q3] = quantilesInPlace(Float64Array.from(logs), [0.25, 0.75]) as [number, number];
  let spread = (q3 - q1) / 1.349;
  if (n < 4 || spread === 0) {
    const mean = logs.reduce((a, b) => a + b, 0) / n;
    spread = Math.sqrt(logs.reduce((a, y) => a + (y - mean) ** 2, 0) / (n - 1));
  }
  let total = 0;
  let squares = 0;
  let timeSum = 0;
  let timeWeight = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i]!;
    total += w;
    squares += w * w;
    const t = times[i];
    if (t !== null && t !== undefined) {
      timeSum += w * t;
      timeWeight += w;
    }
  }
  const effectiveN = (total * total) / squares;
  const medianError = (1.2533 * spread) / Math.sqrt(effectiveN);
  const distanceDays =
    valuationTime !== null && timeWeight > 0 ? (valuationTime - timeSum / timeWeight) / DAY : 0;
  return Math.hypot(medianError, slopeError * distanceDays);
}

export const round2 = (x: number) => Math.round(x * 100) / 100;
export const round1 = (x: number) => Math.round(x * 10) / 10;
