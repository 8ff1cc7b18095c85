/**
 * Sale and valuation times: ISO 8601 text to ms since the epoch, fast for the shapes providers send.
 */

/** A date-time without an offset is UTC, never the machine's local time. */
const NO_OFFSET = /T\d\d:\d\d(?::\d\d(?:\.\d+)?)?$/;

/** Two digits of `s` at `at` as a number, or -1 when one is not a digit. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

const DAY = 86_400_000;

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar (year ≥ 1970), in integer
 * arithmetic (H. Hinnant's days_from_civil): exactly the day count Date.UTC uses.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * "2025-06-16T04:52:09.131Z", "2025-06-16T04:52:09Z" and "2025-06-16", read without Date.parse when
 * plainly valid (year 1970–9999, day up to 28, hour up to 23): the same instant Date.parse gives, in
 * integer arithmetic (exact: every step stays far below 2^53).
 * Anything else is left to Date.parse (NaN: not this shape).
 */
function plainIsoTime(iso: string): number {
  const n = iso.length;
  if (n !== 10 && n !== 20 && n !== 24) return Number.NaN;
  if (iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Number.NaN;
  const century = twoDigits(iso, 0);
  const yy = twoDigits(iso, 2);
  const month = twoDigits(iso, 5);
  const day = twoDigits(iso, 8);
  if (century < 0 || yy < 0) return Number.NaN;
  const year = century * 100 + yy;
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > 28) return Number.NaN;
  const date = daysFromCivil(year, month, day) * DAY;
  if (n === 10) return date;
  if (iso.charCodeAt(10) !== 84 || iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58) return Number.NaN;
  if (iso.charCodeAt(n - 1) !== 90) return Number.NaN;
  const hour = twoDigits(iso, 11);
  const minute = twoDigits(iso, 14);
  const second = twoDigits(iso, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return Number.NaN;
  let ms = 0;
  if (n === 24) {
    if (iso.charCodeAt(19) !== 46) return Number.NaN;
    const hundreds = iso.charCodeAt(20) - 48;
    const rest = twoDigits(iso, 21);
    if (hundreds < 0 || hundreds > 9 || rest < 0) return Number.NaN;
    ms = hundreds * 100 + rest;
  }
  return date + ((hour * 60 + minute) * 60 + second) * 1000 + ms;
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
