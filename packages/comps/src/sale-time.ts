/**
 * Sale and valuation times: ISO 8601 text to ms since the epoch, fast for the shapes providers send.
 */

/** A date-time without an offset is UTC, never the machine's local time. */
const NO_OFFSET = /T\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/;

/** Digits `from`–`to` of `s` as a number, or -1 when one is not a digit. */
function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * "2025-06-16T04:52:09.131Z", "2025-06-16T04:52:09Z" and "2025-06-16", read without Date.parse when
 * plainly valid (year 1970–9999, day up to 28, hour up to 23): the same instant Date.parse gives.
 * Anything else is left to Date.parse (NaN: not this shape).
 */
function plainIsoTime(iso: string): number {
  const n = iso.length;
  if (n !== 10 && n !== 20 && n !== 24) return Number.NaN;
  if (iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN;
  const year = digitsAt(iso, 0, 4);
  const month = digitsAt(iso, 5, 7);
  const day = digitsAt(iso, 8, 10);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > 28) return Number.NaN;
  if (n === 10) return Date.UTC(year, month - 1, day);
  if (iso.charCodeAt(10) !== 84 || iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58) return Number.NaN;
  if (iso.charCodeAt(n - 1) !== 90) return Number.NaN;
  const hour = digitsAt(iso, 11, 13);
  const minute = digitsAt(iso, 14, 16);
  const second = digitsAt(iso, 17, 19);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  let ms = 0;
  if (n === 24) {
    if (iso.charCodeAt(19) !== 46) return Number.NaN;
    ms = digitsAt(iso, 20, 23);
    if (ms < 0) return Number.NaN;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

/** Ms since the epoch, or null for no date or one that is not a date. */
export function timeOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const plain = plainIsoTime(iso);
  if (!Number.isNaN(plain)) return plain;
  // Most dates end in "Z" or are a plain date (UTC too); only the rest need the offset check.
  const last = iso.charCodeAt(iso.length - 1);
  const t = Date.parse(last === 90 || iso.length === 10 || !NO_OFFSET.test(iso) ? iso : `${iso}Z`);
  return Number.isFinite(t) ? t : null;
}
