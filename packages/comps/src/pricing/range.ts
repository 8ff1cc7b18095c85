/**
 * Discount and Premium around a value: they cover both how the sales spread (their quartiles) and how
 * sure the value is (its 95 % interval, wider for few comps), so a thin market shows a wide range.
 */

/**
 * Student's t 97.5 % quantile for `df` degrees of freedom: the value's own 95 % interval when its
 * spread is estimated from a handful of comps (1.96 only for many).
 */
const T975 = [Number.POSITIVE_INFINITY, 12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23];
function tQuantile975(df: number): number {
  if (df < 1) return T975[1]!;
  if (df < T975.length) return T975[df]!;
  return 1.96 + 2.4 / df;
}

/**
 * The range of a value priced from `n` comps: the wider of the quartiles and the value's interval
 * (`uncertainty`: its standard error on the log scale), so Discount ≤ Market ≤ Premium always.
 */
export function rangeOf(
  value: { market: number; discount: number; premium: number },
  uncertainty: number | null,
  n: number,
): { discount: number; premium: number } {
  const reach = uncertainty !== null ? Math.exp(tQuantile975(n - 1) * uncertainty) : 1;
  return {
    discount: Math.min(value.discount, value.market / reach),
    premium: Math.max(value.premium, value.market * reach),
  };
}
