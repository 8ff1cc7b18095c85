/**
 * The sold side of the price: exact sales in, a robust value for the valuation date out.
 *
 * 1. Best-Offer-accepted sales show the list price, a ceiling above what was paid: they are read at
 *    the shown price less a typical accepted-offer discount (log 0.15, about 14 %) and count half.
 * 2. Gross outliers go first (3 × IQR on log price). The trend is then read from the sales inside the
 *    ordinary fences, so no single odd sale can bend it.
 * 3. A jump in the latest sales (a breakout, an injury) first: when the recent sales stand clearly apart
 *    from the earlier ones and two levels fit better than a line, the earlier sales are moved to the
 *    new level (`findShift`). Then, when dates span weeks, a Theil–Sen trend of log price on date
 *    moves old sales to the valuation date. The slope is shrunk toward flat by its own uncertainty (the posterior mean under "flat, or
 *    moving a few % a month, equally likely"): a clear trend is used almost in full, one within its
 *    noise hardly at all, with no hard switch in between.
 * 4. IQR fences on the adjusted log prices (wider for small n) mark price outliers.
 * 5. Weighted Tukey biweight centre of the adjusted log prices (nearly as efficient as a mean on the
 *    bulk of the comps, values far out count for nothing; its scale never below the plain MAD, so
 *    weight gathered on a few recent sales does not price a small market by them alone) and weighted
 *    Harrell–Davis quartiles:
 *    recency halves the weight every 30 days (floor 0.2), auctions with several bidders count a little
 *    more, Best-Offer sales half.
 */
import {
  argsort,
  quantileSorted,
  recentShift,
  type Shift,
  theilSen,
  type WeightedSample,
  weightedBiweight,
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
  /** Per input sale: its weight and trend- (and Best-Offer-) adjusted price when kept, else NaN. */
  weights: Float64Array;
  adjusted: Float64Array;
  /** Coefficient of variation of the kept, adjusted prices. */
  cov: number | null;
  /** Standard error of the market value on the log scale (spread of the comps, their number, the trend). */
  uncertainty: number | null;
  /**
   * `pctPer30Days`: the fitted trend; `adjustedPctPer30Days`: the one the value uses (the fitted slope
   * shrunk by its uncertainty: older sales are moved by it, a little even when not `applied`);
   * `strength`: its Kendall z; `applied`: the sales favour a moving market over a flat one.
   */
  trend: {
    applied: boolean;
    pctPer30Days: number | null;
    adjustedPctPer30Days: number | null;
    strength: number | null;
    /** A jump in the latest sales: its size in % and the first sale at the new level (ISO 8601). */
    jump: { pct: number; since: string } | null;
  };
  /** Kept adjusted prices, ascending (for the ask blend). */
  sortedKept: Float64Array;
  /**
   * The sales' gross lower fence as a price, and at least 2.5× below their median: an ask below it is
   * no bargain but another card, a lot or a misread title (`computeComps` fences such asks out). Null
   * below four sales.
   */
  implausibleBelow: number | null;
}

const DAY = 86_400_000;
const HALF_LIFE_DAYS = 30;
const MIN_RECENCY = 0.2;
const RECENCY_RATE = Math.LN2 / HALF_LIFE_DAYS;
/** Best Offer accepted: the shown list price less this on the log scale (≈ 14 % off) is the estimate… */
const BEST_OFFER_DISCOUNT = 0.15;
/** …and, the discount being a guess for any one sale, it counts half. */
const BEST_OFFER_WEIGHT = 0.5;
/** How far the typical discount itself may be off (log scale): its share of the value's uncertainty. */
const BEST_OFFER_DISCOUNT_ERROR = 0.05;
/** Undated sales among dated ones: about the weight of a month-old sale. */
const UNDATED_WEIGHT = 0.5;
const MIN_TREND_SALES = 8;
const MIN_TREND_SPAN_DAYS = 14;
/** A jump is looked for in the sales of the last this many days… */
const SHIFT_MAX_AGE_DAYS = 45;
/** …among at least this many recent sales and this many before them… */
const SHIFT_MIN_RECENT = 4;
const SHIFT_MIN_EARLIER = 6;
/** …and believed when the best split's Mann–Whitney |z| reaches this (it is the best of many splits)… */
const SHIFT_Z = 3.2;
/** …and the step is at least this (log scale, ~10 %). */
const SHIFT_MIN_STEP = Math.log(1.1);
/**
 * …and the step fits the sales better than a straight line by more than this many parameters' worth
 * (a BIC-like charge on the log of the absolute deviations: one for the second level).
 */
const SHIFT_PENALTY = 1;
/** Trend is extrapolated at most this far past the newest sale. */
const MAX_EXTRAPOLATION_DAYS = 14;
/** A trend steeper than doubling (or halving) in 30 days is not believed. */
const MAX_SLOPE_PER_DAY = Math.LN2 / 30;
/** Prior for the trend: as likely flat as moving, and a moving market typically moves ~3 % a month. */
const TREND_PRIOR_ODDS = 1;
const TREND_PRIOR_SD_PER_DAY = Math.log(1.03) / 30;
/** A trend is reported as applied when it moves the value by at least 1 % a month. */
const MIN_APPLIED_SLOPE_PER_DAY = Math.log(1.01) / 30;
/** Biweight tuning constant, in robust standard deviations (the usual 95 %-efficiency choice). */
const BIWEIGHT_C = 4.685;
/** Below this many comps the spread is their standard deviation (an IQR of a handful is too rough). */
const MIN_IQR_SPREAD_N = 8;
/** Below 8 sales, the ordinary fences stand no further than this from the median (2.5×). */
const SMALL_FENCE_MAX = Math.log(2.5);
/** A sale further than this from the median (log scale, 6.25×) is no part of the unfenced spread. */
const UNFENCED_SPREAD_LIMIT = 2 * Math.log(2.5);
/** log-IQR floor: identical prices still fence out a sale at 3× or 0.3×. */
const MIN_LOG_IQR = 0.05;

export function recencyWeight(ageDays: number): number {
  return Math.max(MIN_RECENCY, Math.exp(-RECENCY_RATE * Math.max(0, ageDays)));
}

function fenceMultiplier(n: number): number {
  if (n >= 8) return 1.5;
  if (n >= 5) return 2;
  return 3;
}

/** The lower bound of the last `fence` on the log scale (-Infinity when it fenced nothing). */
let lastFenceLow = Number.NEGATIVE_INFINITY;

/**
 * Of the first `m` indexes in `order` (ascending by value), those whose value lies inside the IQR
 * fences with multiplier `k`, written in the same order to `out` (may be `order` itself); returns how
 * many. Of fewer than 8 values, the `ordinary` fences stand within 2.5× of their median (from 3
 * values), the gross ones beyond it (from 4).
 */
function fence(
  values: Float64Array,
  order: Uint32Array,
  m: number,
  k: number,
  out: Uint32Array,
  ordinary = true,
): number {
  lastFenceLow = Number.NEGATIVE_INFINITY;
  if (m < (ordinary ? 3 : 4)) {
    if (out !== order) out.set(order.subarray(0, m));
    return m;
  }
  let lo: number;
  let hi: number;
  if (m < MIN_IQR_SPREAD_N) {
    // A handful of sales has no quartiles worth the name: a sale beyond 2.5× of their median is always
    // fenced (the ordinary fences stand no further out), the gross fences never come nearer. (A floor of
    // 1.4× for the ordinary fences was tried: better on one outside generator's shills, worse on
    // another's heavy tails, worse overall.)
    const median = orderedQuantile(values, order, m, 0.5);
    const q1 = orderedQuantile(values, order, m, 0.25);
    const q3 = orderedQuantile(values, order, m, 0.75);
    const iqr = Math.max(q3 - q1, MIN_LOG_IQR);
    const distance = (d: number) => (ordinary ? Math.min(SMALL_FENCE_MAX, d) : Math.max(SMALL_FENCE_MAX, d));
    lo = median - distance(m < 4 ? SMALL_FENCE_MAX : median - (q1 - k * iqr));
    hi = median + distance(m < 4 ? SMALL_FENCE_MAX : q3 + k * iqr - median);
  } else {
    const q1 = orderedQuantile(values, order, m, 0.25);
    const q3 = orderedQuantile(values, order, m, 0.75);
    const iqr = Math.max(q3 - q1, MIN_LOG_IQR);
    lo = q1 - k * iqr;
    hi = q3 + k * iqr;
  }
  lastFenceLow = lo;
  let count = 0;
  for (let j = 0; j < m; j++) {
    const i = order[j]!;
    const v = values[i]!;
    if (v >= lo && v <= hi) out[count++] = i;
  }
  return count;
}

/** Type-7 quantile of the values at the first `m` indexes of `order` (ascending by value). */
function orderedQuantile(values: Float64Array, order: Uint32Array, m: number, p: number): number {
  const h = (m - 1) * p;
  const lo = Math.floor(h);
  const a = values[order[lo]!]!;
  if (lo + 1 >= m) return a;
  return a + (h - lo) * (values[order[lo + 1]!]! - a);
}

interface TrendFit {
  /** Slope used to move sales, log per day: the fitted one shrunk by its uncertainty. */
  slope: number;
  /** Its standard error (posterior standard deviation), log per day. */
  error: number;
  trend: SoldPrice['trend'];
}

/**
 * Posterior mean and standard deviation of the slope given the Theil–Sen fit (`slope` ± `se`) under a
 * spike-and-slab prior: flat (slope 0) or moving (slope ~ N(0, τ²)), equally likely. A slope many
 * standard errors from 0 is used nearly in full (τ² / (τ² + se²)), one within its noise shrinks toward
 * flat, with the probability of "moving" deciding smoothly in between.
 */
export function shrinkSlope(slope: number, se: number): { slope: number; error: number; moving: number } {
  const tau2 = TREND_PRIOR_SD_PER_DAY * TREND_PRIOR_SD_PER_DAY;
  const se2 = Math.max(se * se, 1e-18);
  // Log-odds of "moving" against "flat" after seeing the slope (normal likelihoods, log scale).
  const logOdds =
    Math.log(TREND_PRIOR_ODDS) +
    0.5 * slope * slope * (1 / se2 - 1 / (tau2 + se2)) +
    0.5 * Math.log(se2 / (tau2 + se2));
  const moving = logOdds > 0 ? 1 / (1 + Math.exp(-logOdds)) : Math.exp(logOdds) / (1 + Math.exp(logOdds));
  const shrink = tau2 / (tau2 + se2);
  const capped = Math.max(-MAX_SLOPE_PER_DAY, Math.min(MAX_SLOPE_PER_DAY, slope));
  const mean = shrink * capped;
  const variance = moving * (shrink * se2 + mean * mean) - (moving * mean) ** 2;
  return { slope: moving * mean, error: Math.sqrt(Math.max(0, variance)), moving };
}

const NO_TREND: SoldPrice['trend'] = {
  applied: false,
  pctPer30Days: null,
  adjustedPctPer30Days: null,
  strength: null,
  jump: null,
};

/** Trend of the dated sales among the first `m` of `idx` (log price per day), or none when too few or too close. */
function fitTrend(logs: Float64Array, times: Float64Array, idx: Uint32Array, m: number): TrendFit | null {
  let count = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let j = 0; j < m; j++) {
    const t = times[idx[j]!]!;
    if (Number.isNaN(t)) continue;
    count++;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  if (count < MIN_TREND_SALES || (last - first) / DAY < MIN_TREND_SPAN_DAYS) return null;
  const days = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let j = 0, p = 0; j < m; j++) {
    const i = idx[j]!;
    const t = times[i]!;
    if (Number.isNaN(t)) continue;
    days[p] = (t - first) / DAY;
    ys[p++] = logs[i]!;
  }
  const fit = theilSen(days, ys);
  const shrunk = shrinkSlope(fit.slope, fit.slopeSE);
  return {
    slope: shrunk.slope,
    error: shrunk.error,
    trend: {
      // Said when the sales favour a moving market and the value moves by it: few or noisy sales
      // leave "moving" near its prior even, with a slope shrunk to nothing.
      applied: shrunk.moving >= 0.5 && Math.abs(shrunk.slope) >= MIN_APPLIED_SLOPE_PER_DAY,
      pctPer30Days: round1((Math.exp(fit.slope * 30) - 1) * 100),
      adjustedPctPer30Days: round1((Math.exp(shrunk.slope * 30) - 1) * 100),
      strength: round2(fit.z),
      jump: null,
    },
  };
}

/** `order`'s indexes sorted again by `values`. */
function reorder(values: Float64Array, order: Uint32Array): Uint32Array {
  const m = order.length;
  const gathered = new Float64Array(m);
  for (let j = 0; j < m; j++) gathered[j] = values[order[j]!]!;
  const sorted = argsort(gathered);
  const out = new Uint32Array(m);
  for (let j = 0; j < m; j++) out[j] = order[sorted[j]!]!;
  return out;
}

/**
 * A jump in the latest sales (a breakout game, an injury, a trade): the recent sales (at least
 * SHIFT_MIN_RECENT, all within SHIFT_MAX_AGE_DAYS of the newest) stand clearly apart from the earlier ones
 * (Mann–Whitney |z| ≥ SHIFT_Z over the best split, and a step of at least SHIFT_MIN_STEP). A straight
 * trend fits such a market badly: it bends the old level into the new one and lags by half the jump.
 */
function findShift(
  logs: Float64Array,
  times: Float64Array,
  order: Uint32Array,
  newest: number,
): Shift | null {
  let count = 0;
  for (let j = 0; j < order.length; j++) if (!Number.isNaN(times[order[j]!]!)) count++;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  for (let j = 0, p = 0; j < order.length; j++) {
    const i = order[j]!;
    if (Number.isNaN(times[i]!)) continue;
    xs[p] = times[i]!;
    ys[p++] = logs[i]!;
  }
  const shift = recentShift(xs, ys, SHIFT_MIN_RECENT, SHIFT_MIN_EARLIER, newest - SHIFT_MAX_AGE_DAYS * DAY);
  if (shift === null || Math.abs(shift.z) < SHIFT_Z || Math.abs(shift.step) < SHIFT_MIN_STEP) return null;
  if (Math.sign(shift.step) !== Math.sign(shift.z)) return null;
  // A steady drift also leaves its latest sales apart from the rest: the step must fit the sales
  // better than a straight line does, by more than its extra parameter costs (absolute deviations).
  const days = new Float64Array(count);
  for (let j = 0; j < count; j++) days[j] = (xs[j]! - newest) / DAY;
  const line = theilSen(days, ys);
  const offsets = new Float64Array(count);
  for (let j = 0; j < count; j++) offsets[j] = ys[j]! - line.slope * days[j]!;
  const intercept = quantileSorted(offsets.slice().sort(), 0.5);
  const { earlierLevel } = shift;
  const recentLevel = earlierLevel + shift.step;
  let lineLoss = 0;
  let stepLoss = 0;
  for (let j = 0; j < count; j++) {
    lineLoss += Math.abs(offsets[j]! - intercept);
    stepLoss += Math.abs(ys[j]! - (xs[j]! >= shift.since ? recentLevel : earlierLevel));
  }
  const penalty = (SHIFT_PENALTY * Math.log(count)) / count;
  return Math.log(lineLoss / stepLoss) > penalty ? shift : null;
}

/** A sale's log price as the pricing reads it (a Best-Offer sale's shown price less the discount). */
export function saleLog(price: number, bestOffer: boolean): number {
  return bestOffer ? Math.log(price) - BEST_OFFER_DISCOUNT : Math.log(price);
}

/** A sale's format weight as the pricing reads it; negative for Best-Offer sales. */
export function saleFormat(bestOffer: boolean, auction: boolean, bids: number | null): number {
  if (bestOffer) return -BEST_OFFER_WEIGHT;
  if (auction && (bids ?? 0) >= 5) return 1.2;
  if (auction && (bids ?? 0) >= 2) return 1.1;
  // One bid: the auction closed at its start price, which says what the seller asked, not the market.
  if (auction && bids === 1) return 0.5;
  return 1;
}

/** `asOf`: valuation time in ms (null: the newest sane sale, or no dates at all). */
export function priceSales(sales: readonly Sale[], asOf: number | null): SoldPrice {
  const n = sales.length;
  const logs = new Float64Array(n);
  const times = new Float64Array(n);
  const format = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const s = sales[i]!;
    logs[i] = saleLog(s.price, s.bestOffer);
    format[i] = saleFormat(s.bestOffer, s.auction, s.bids);
    times[i] = s.time === null ? Number.NaN : s.time;
  }
  return priceSaleColumns(logs, times, format, asOf);
}

/**
 * `priceSales` on sales given as columns: `logs` from `saleLog`, `times` in ms (NaN when unknown),
 * `format` from `saleFormat`. The arrays are read, never written.
 */
export function priceSaleColumns(
  logs: Float64Array,
  times: Float64Array,
  format: Float64Array,
  asOf: number | null,
): SoldPrice {
  const n = logs.length;
  let dated = false;
  for (let i = 0; i < n; i++) {
    if (!Number.isNaN(times[i]!)) {
      dated = true;
      break;
    }
  }

  // 2. Gross outliers, from one sort of the log prices (the next fence reads the same order).
  const sane = argsort(logs);
  const saneCount = fence(logs, sane, n, 3, sane, false);
  // Never nearer than 2.5× below the median: in a tight market a real bargain sits under the fence.
  const implausibleBelow = Number.isFinite(lastFenceLow)
    ? Math.exp(Math.min(lastFenceLow, orderedQuantile(logs, sane, saneCount, 0.5) - SMALL_FENCE_MAX))
    : null;
  const k = fenceMultiplier(saneCount);
  let newest: number | null = null;
  for (let j = 0; j < saneCount; j++) {
    const t = times[sane[j]!]!;
    if (!Number.isNaN(t) && (newest === null || t > newest)) newest = t;
  }
  const valuationTime = asOf ?? newest;

  // 3. A recent jump, then the trend, both on the dated sales.
  let base = logs;
  let baseOrder = sane.subarray(0, saneCount);
  const shift = dated && newest !== null ? findShift(logs, times, baseOrder, newest) : null;
  if (shift !== null) {
    base = new Float64Array(n);
    for (let i = 0; i < n; i++) base[i] = times[i]! < shift.since ? logs[i]! + shift.step : logs[i]!;
    baseOrder = reorder(base, baseOrder);
  }
  let fit: TrendFit | null = null;
  if (dated && valuationTime !== null) {
    const fenced = new Uint32Array(saneCount);
    fit = fitTrend(base, times, fenced, fence(base, baseOrder, saneCount, k, fenced));
  }
  const slopeUsed = fit?.slope ?? 0;
  const trendTime =
    valuationTime !== null && newest !== null
      ? Math.min(valuationTime, newest + MAX_EXTRAPOLATION_DAYS * DAY)
      : null;
  // Adjusted log prices; when sales moved, their order changed and the sane ones are sorted again.
  let adjustedLogs = base;
  let order = baseOrder;
  if (slopeUsed !== 0 && trendTime !== null) {
    adjustedLogs = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const t = times[i]!;
      adjustedLogs[i] = Number.isNaN(t) ? base[i]! : base[i]! + (slopeUsed * (trendTime - t)) / DAY;
    }
    order = reorder(adjustedLogs, order);
  }

  // 4. Fences on adjusted prices: the kept sales, ascending by adjusted price.
  const keptOrder = new Uint32Array(order.length);
  const m = fence(adjustedLogs, order, order.length, k, keptOrder);
  const isKept = new Uint8Array(n);
  for (let j = 0; j < m; j++) isKept[keptOrder[j]!] = 1;
  const kept: number[] = new Array(m);
  const outliers: number[] = [];
  for (let i = 0, j = 0; i < n; i++) {
    if (isKept[i]) kept[j++] = i;
    else outliers.push(i);
  }

  // 5. Weights, then the weighted centre and quartiles.
  const weights = new Float64Array(n).fill(Number.NaN);
  const adjusted = new Float64Array(n).fill(Number.NaN);
  const jump = shift && {
    pct: round1((Math.exp(shift.step) - 1) * 100),
    since: new Date(shift.since).toISOString(),
  };
  const trend = { ...(fit?.trend ?? NO_TREND), jump };
  if (m === 0) {
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
      implausibleBelow,
    };
  }
  // Weights in input order (sequential reads), then the kept sales gathered in price order.
  for (let i = 0; i < n; i++) {
    if (!isKept[i]) continue;
    const t = times[i]!;
    const recency = Number.isNaN(t)
      ? dated
        ? UNDATED_WEIGHT
        : 1
      : valuationTime === null
        ? 1
        : recencyWeight((valuationTime - t) / DAY);
    weights[i] = recency * Math.abs(format[i]!);
  }
  const values = new Float64Array(m);
  const prices = new Float64Array(m);
  const w = new Float64Array(m);
  let plainCount = 0;
  let plainWeight = 0;
  let total = 0;
  let squares = 0;
  for (let j = 0; j < m; j++) {
    const i = keptOrder[j]!;
    const wj = weights[i]!;
    const v = adjustedLogs[i]!;
    const price = Math.exp(v);
    values[j] = v;
    prices[j] = price;
    adjusted[i] = price;
    w[j] = wj;
    total += wj;
    squares += wj * wj;
    if (format[i]! > 0) {
      plainCount++;
      plainWeight += wj;
    }
  }
  const effectiveN = (total * total) / squares;
  const logSample: WeightedSample = { values, weights: w, total, effectiveN };
  const priceSample: WeightedSample = { values: prices, weights: w, total, effectiveN };
  let marketWithoutBestOffer: number | null = null;
  if (plainCount > 0) {
    const at = new Uint32Array(plainCount);
    for (let j = 0, p = 0; j < m; j++) if (format[keptOrder[j]!]! > 0) at[p++] = j;
    marketWithoutBestOffer = Math.exp(weightedBiweight(weightedSample(values, w, at), BIWEIGHT_C));
  }
  return {
    market: Math.exp(weightedBiweight(logSample, BIWEIGHT_C)),
    discount: weightedHarrellDavis(priceSample, 0.25),
    premium: weightedHarrellDavis(priceSample, 0.75),
    marketWithoutBestOffer,
    kept,
    outliers,
    weights,
    adjusted,
    cov: m >= 2 ? weightedMeanAndCov(priceSample).cov : null,
    uncertainty: uncertaintyOf(
      logSample,
      times,
      keptOrder,
      trendTime,
      fit?.error ?? 0,
      () => standardDeviation(adjustedLogs, near(adjustedLogs, order)),
      (1 - plainWeight / total) * BEST_OFFER_DISCOUNT_ERROR,
      shift === null ? 0 : jumpErrorFactor(shift, times, keptOrder, w, total),
    ),
    trend,
    sortedKept: prices,
    implausibleBelow,
  };
}

/**
 * Log-scale standard error of the value: the centre's error from the comps' spread and effective
 * number (1.25 σ / √n, as for a median: on the safe side for the biweight centre), the trend slope's
 * error times how far the valuation date lies from the comps' weighted mean date, and the doubt about
 * the typical Best-Offer discount times the share of the weight on Best-Offer sales. σ is the
 * IQR / 1.349 from 8 comps; below, their standard deviation, or that of the sales before the price
 * fences when larger (a fence that trims a handful of sales to a tight cluster does not make the value
 * surer); never below the fences' own floor.
 */
function uncertaintyOf(
  sample: WeightedSample,
  times: Float64Array,
  order: Uint32Array,
  /** The date the trend carries the value to (the valuation date, at most 14 days past the newest sale). */
  trendTime: number | null,
  slopeError: number,
  unfencedSpread: () => number,
  bestOfferError: number,
  /** `jumpErrorFactor`: the jump's share of the error, in units of the comps' spread. */
  jumpError: number,
): number | null {
  const { values, weights, effectiveN } = sample;
  const n = values.length;
  if (n < 2) return null;
  let spread =
    n >= MIN_IQR_SPREAD_N ? (quantileSorted(values, 0.75) - quantileSorted(values, 0.25)) / 1.349 : 0;
  if (spread === 0) spread = standardDeviation(values, null);
  if (n < MIN_IQR_SPREAD_N) spread = Math.max(spread, unfencedSpread());
  spread = Math.max(spread, MIN_LOG_IQR / 1.349);
  let timeSum = 0;
  let timeWeight = 0;
  for (let j = 0; j < n; j++) {
    const t = times[order[j]!]!;
    if (!Number.isNaN(t)) {
      timeSum += weights[j]! * t;
      timeWeight += weights[j]!;
    }
  }
  const centreError = (1.2533 * spread) / Math.sqrt(effectiveN);
  const distanceDays = trendTime !== null && timeWeight > 0 ? (trendTime - timeSum / timeWeight) / DAY : 0;
  return Math.hypot(centreError, slopeError * distanceDays, bestOfferError, 1.2533 * spread * jumpError);
}

/**
 * The sales before a jump are moved to the new level by its step, which is only as sure as the
 * median of each side: its standard error (1.25 σ √(1/a + 1/b), in units of σ here) times the share of
 * the value's weight that rests on those moved sales.
 */
function jumpErrorFactor(
  shift: Shift,
  times: Float64Array,
  keptOrder: Uint32Array,
  weights: Float64Array,
  total: number,
): number {
  let moved = 0;
  // `weights` holds the kept sales only, in the order of the first `weights.length` of `keptOrder`.
  for (let j = 0; j < weights.length; j++) if (times[keptOrder[j]!]! < shift.since) moved += weights[j]!;
  return Math.sqrt(1 / shift.recent + 1 / shift.earlier) * (moved / total);
}

/**
 * Of `order` (ascending by value), the indexes whose value lies within UNFENCED_SPREAD_LIMIT of their
 * median: the sales before the price fences, less a sale so far out that it says nothing of the spread
 * ("French" McDavid at 14× the three PSA 10s made their range 120–414,059).
 */
function near(values: Float64Array, order: Uint32Array): Uint32Array {
  const m = order.length;
  if (m === 0) return order;
  const median = orderedQuantile(values, order, m, 0.5);
  const kept = order.filter((i) => Math.abs(values[i]! - median) <= UNFENCED_SPREAD_LIMIT);
  return kept.length >= 2 ? kept : order;
}

/** Sample standard deviation of `values` (at the indexes in `at` when given). */
function standardDeviation(values: Float64Array, at: Uint32Array | null): number {
  const n = at === null ? values.length : at.length;
  if (n < 2) return 0;
  let mean = 0;
  for (let j = 0; j < n; j++) mean += values[at === null ? j : at[j]!]!;
  mean /= n;
  let squares = 0;
  for (let j = 0; j < n; j++) squares += (values[at === null ? j : at[j]!]! - mean) ** 2;
  return Math.sqrt(squares / (n - 1));
}

export const round2 = (x: number) => Math.round(x * 100) / 100;
export const round1 = (x: number) => Math.round(x * 10) / 10;
