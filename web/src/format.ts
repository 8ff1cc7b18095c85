/** How numbers, dates and codes read on the page. Prices are USD (eBay US). */

const wholeDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
});

/** "$1,240" for card-sized prices, "$4.99" below $100 where cents matter. */
export function money(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return Math.abs(value) >= 100 ? wholeDollars.format(value) : cents.format(value);
}

/** Axis labels: "$1.2k" instead of "$1,200". */
export function moneyShort(value: number): string {
  if (Math.abs(value) >= 10_000) return `$${Math.round(value / 1000)}k`;
  if (Math.abs(value) >= 1000) return `$${(value / 1000).toFixed(1).replace(/\.0$/, '')}k`;
  return `$${Math.round(value)}`;
}

/** "+12%" / "−8%" (a real minus sign). */
export function signedPct(value: number, digits = 0): string {
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return `${text}%`;
  return `${value > 0 ? '+' : '−'}${text}%`;
}

const shortDate = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const longDate = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "Mar 4, 2025"; the short form drops the year. */
export function date(iso: string | null | undefined, short = false): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  return (short ? shortDate : longDate).format(d);
}

/** "today", "1 day", "12 days", "3 months". */
export function ageInDays(days: number): string {
  if (days < 1) return 'today';
  if (days < 60) return `${Math.round(days)} day${Math.round(days) === 1 ? '' : 's'} ago`;
  return `${Math.round(days / 30)} months ago`;
}

/** "42 s", "3 min", "2 h". */
export function duration(seconds: number): string {
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
