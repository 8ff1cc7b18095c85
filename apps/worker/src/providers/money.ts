/**
 * Reading display prices such as "$1,234.56", "C $12.50", "£8.99", "7,50 €", "$2.27$3.49" (first amount)
 * and "$0.99 to $1.49" (lower bound). Used for SearchAPI's display strings only (providers.md C.1.1-2).
 */

export interface Money {
  amount: number;
  currency: string;
}

/** Currency markers written before the amount, most specific first. */
const PREFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/US\s?\$$/i, 'USD'],
  [/(?:^|[^A-Z])(?:C|CA|CAD)\s?\$$/i, 'CAD'],
  [/(?:^|[^A-Z])(?:AU|A|AUD)\s?\$$/i, 'AUD'],
  [/NZ\s?\$$/i, 'NZD'],
  [/HK\s?\$$/i, 'HKD'],
  [/(?:^|[^A-Z])(?:S|SG)\s?\$$/i, 'SGD'],
  [/MX\s?\$$/i, 'MXN'],
  [/£$/, 'GBP'],
  [/€$/, 'EUR'],
  [/¥$/, 'JPY'],
  [/₹$/, 'INR'],
  [/(?:^|[^A-Z])RM$/i, 'MYR'],
  [/zł$/i, 'PLN'],
  [/(?:^|[^A-Z])(?:CHF|Fr\.?)$/, 'CHF'],
  [/(?:^|[^A-Z])([A-Z]{3})$/, '$1'],
];

/** Currency markers written after the amount ("7,50 €", "12,00 zł", "12.00 EUR"). */
const SUFFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^€/, 'EUR'],
  [/^zł/i, 'PLN'],
  [/^£/, 'GBP'],
  [/^(?:CHF|Fr\.)/, 'CHF'],
  [/^([A-Z]{3})(?![A-Za-z])/, '$1'],
];

/** Currencies that write the decimal part after a point; "1.234" there is 1.234, elsewhere 1234. */
const POINT_DECIMAL = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN', 'GBP', 'JPY', 'INR', 'MYR']);

/** First amount in the text: digits with `.`/`,` separators, or space-grouped thousands. */
const AMOUNT = /\d+(?:[.,]\d+|[\u00a0\u202f ]\d{3}(?!\d))*/;

function currencyAround(before: string, after: string, fallback: string): string {
  const prefix = before.replace(/[\s+\-~]+$/, '').trimEnd();
  const suffix = after.trimStart();
  for (const [pattern, code] of PREFIXES) {
    const m = pattern.exec(prefix);
    if (m) return code === '$1' ? (m[1] as string) : code;
  }
  if (/\$$/.test(prefix)) return fallback;
  for (const [pattern, code] of SUFFIXES) {
    const m = pattern.exec(suffix);
    if (m) return code === '$1' ? (m[1] as string) : code;
  }
  return fallback;
}

function toNumber(token: string, currency: string): number {
  const compact = token.replace(/[\u00a0\u202f ]/g, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  let normalised: string;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both separators: the last one is the decimal mark.
    normalised =
      lastDot > lastComma ? compact.replace(/,/g, '') : compact.replace(/\./g, '').replace(',', '.');
  } else if (lastComma >= 0) {
    const decimals = compact.length - lastComma - 1;
    const single = compact.indexOf(',') === lastComma;
    normalised = single && decimals <= 2 ? compact.replace(',', '.') : compact.replace(/,/g, '');
  } else if (lastDot >= 0) {
    const decimals = compact.length - lastDot - 1;
    const single = compact.indexOf('.') === lastDot;
    const thousands = !single || (decimals === 3 && !POINT_DECIMAL.has(currency));
    normalised = thousands ? compact.replace(/\./g, '') : compact;
  } else {
    normalised = compact;
  }
  return Number(normalised);
}

/**
 * The first amount in a display string and its currency (`fallback` for a bare `$` or no marker).
 * Returns null when the text holds no amount ("Free delivery", "Shipping not specified").
 */
export function parseMoney(text: string, fallback = 'USD'): Money | null {
  const m = AMOUNT.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const currency = currencyAround(before, after, fallback).toUpperCase();
  const amount = toNumber(m[0], currency);
  return Number.isFinite(amount) ? { amount: Math.round(amount * 100) / 100, currency } : null;
}
