/**
 * The numbers in a title besides grades: print run ("/99", "12/99", "#'d to 25", "1/1"), card number
 * ("#US175", "#150", "BDC-150"), year or season ("2019-20", "'86") and lot counts ("lot of 5", "(10)", "x3").
 * Each reader masks what it took, so a serial is never also a card number or a year.
 */

import { isDigit, isSpace, Mark } from './normalize.ts';

export interface NumberReading {
  serial: number | null;
  serialNumber: number | null;
  cardNumber: string | null;
  year: number | null;
  seasonEnd: number | null;
  lotCount: number | null;
}

const mask = (s: string, start: number, end: number) =>
  s.slice(0, start) + ' '.repeat(end - start) + s.slice(end);

const ONE_OF_ONE = /(?<![\d/.])(?:1\s*\/\s*1|1\s*of\s*1|one\s*of\s*one|1\s*-\s*of\s*-\s*1)(?![\d/.])/;
const FRACTION = /(?<![\d./])(\d{1,4})\s*\/\s*(\d{1,4})(?![\d./%])/g;
const OUT_OF = /(?<![\d./#]\s*)(\d{1,4})\s+(?:out\s+of|of)\s+(\d{1,4})(?![\d./])/;
const NUMBERED_TO =
  /(?<![a-z])(?:numbered|#\s*'?e?d|serial(?:\s+numbered)?|limited|print\s+run(?:\s+of)?|sn|s\/n)\s*(?:to|of|out\s+of)?\s*[#/]?\s*(\d{1,4})(?![\d./])/;
/** "/99" after anything but a digit or "w/" ("w/ 10 sub" is not a serial). */
const DENOMINATOR = /(?<![\d.]\s*)(?<!(?:^|[^a-z])w\s*)\/\s*(\d{1,4})(?![\d./])/;
const CONDITION = /condition|cond\b/;

function readSerial(s: string): { serial: number | null; serialNumber: number | null; rest: string } {
  const one = ONE_OF_ONE.exec(s);
  if (one) return { serial: 1, serialNumber: 1, rest: mask(s, one.index, one.index + one[0].length) };

  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(s); m; m = FRACTION.exec(s)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const isSeason = m[1]!.length === 4 && (b === (a + 1) % 100 || b === a + 1);
    const near = s.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12);
    if (isSeason || a > b || b < 2 || a === 0 || CONDITION.test(near)) continue;
    return { serial: b, serialNumber: a, rest: mask(s, m.index, m.index + m[0].length) };
  }
  const outOf = OUT_OF.exec(s);
  if (outOf && Number(outOf[1]) <= Number(outOf[2]) && Number(outOf[2]) >= 2) {
    return {
      serial: Number(outOf[2]),
      serialNumber: Number(outOf[1]),
      rest: mask(s, outOf.index, outOf.index + outOf[0].length),
    };
  }
  const numbered = NUMBERED_TO.exec(s) ?? DENOMINATOR.exec(s);
  if (numbered && Number(numbered[1]) >= 1) {
    return {
      serial: Number(numbered[1]),
      serialNumber: null,
      rest: mask(s, numbered.index, numbered.index + numbered[0].length),
    };
  }
  return { serial: null, serialNumber: null, rest: s };
}

const HASH_NUMBER = /#\s*([a-z0-9]+(?:-[a-z0-9]+)*)/g;
const RANK_AFTER = /^\s*(?:overall|pick|draft\s+pick|prospect|ranked|seed|player|qb|rb|wr|rated)(?![a-z])/;
/** First letters RANK_AFTER can start with (after spaces). */
const RANK_LEAD = 'opdrsqw';
/** The first character at or after `from` that is not a space ("" at the end). */
function firstAfterSpaces(s: string, from: number): string {
  let i = from;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i < s.length ? s[i]! : '';
}
const NO_NUMBER = /(?<![a-z])no\.\s*(\d{1,4}[a-z]?)(?![a-z0-9])/;
/** Card numbers without "#": letters then digits ("US175", "BDC-150"), never a grader, lot or ordinal. */
const BARE_NUMBER = /(?<![a-z0-9#/.-])([a-z]{1,5}-\d{1,4}[a-z]?|[a-z]{2,5}\d{1,4}[a-z]?)(?![a-z0-9/])/g;
const NOT_CARD_NUMBER =
  /^(?:psa|bgs|sgc|cgc|csg|hga|tag|gma|isa|bvg|ksa|x|ps|nba|nfl|mlb|nhl|top|covid|sn|no|ii|iii|gen|mp|fifa|gem|mint|mt|pop|lot|qty)-?\d/;

/**
 * Autograph card codes written without "#": set letters ending in A (autograph), hyphen, the player's
 * initials ("CPA-JD", "GQA-JK", "RA-SO"). Only in the original upper case, so grade words stay words.
 */
const AUTO_CODE = /(?<![A-Za-z0-9-])([A-Z]{1,4}A-[A-Z]{2,3})(?![A-Za-z0-9-])/;
const NOT_AUTO_CODE = /^(?:MEGA|ULTRA|EXTRA|PSA|NBA|WNBA|USA|NCAA|NFLPA|MLBPA|SGA|FIFA|UEFA)-/;

export function readAutographCode(original: string): string | null {
  const m = AUTO_CODE.exec(original);
  return m && !NOT_AUTO_CODE.test(m[1]!) ? m[1]! : null;
}

const RANGE = /^(\d+)-(\d+)$/;
function hasDigitOrHyphen(token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k);
    if ((c >= 48 && c <= 57) || c === 45) return true;
  }
  return false;
}

/** Where the card number was read: readYear reads these characters as spaces. */
let takenFrom = -1;
let takenTo = -1;

/** The card number; `takenFrom`/`takenTo` get the characters it took (-1 when none). */
function readCardNumber(s: string): string | null {
  takenFrom = -1;
  takenTo = -1;
  HASH_NUMBER.lastIndex = 0;
  for (let m = s.includes('#') ? HASH_NUMBER.exec(s) : null; m; m = HASH_NUMBER.exec(s)) {
    const token = m[1]!;
    // "#'d", "#d", "#ed" mark a serial; a token needs a digit or a hyphen to be a number ("#CPA-JD").
    if (token === 'd' || token === 'ed' || !hasDigitOrHyphen(token)) continue;
    // "#1 pick", "#2 overall" rank a player; "#1-330" is a checklist range.
    const after = m.index + m[0].length;
    if (RANK_LEAD.includes(firstAfterSpaces(s, after)) && RANK_AFTER.test(s.slice(after, after + 20)))
      continue;
    const range = token.includes('-') ? RANGE.exec(token) : null;
    if (range && Number(range[2]) > Number(range[1])) continue;
    takenFrom = m.index;
    takenTo = m.index + m[0].length;
    return token.toUpperCase();
  }
  const no = s.includes('no.') ? NO_NUMBER.exec(s) : null;
  if (no) {
    takenFrom = no.index;
    takenTo = no.index + no[0].length;
    return no[1]!.toUpperCase();
  }
  BARE_NUMBER.lastIndex = 0;
  for (let m = BARE_CUE.test(s) ? BARE_NUMBER.exec(s) : null; m; m = BARE_NUMBER.exec(s)) {
    const token = m[1]!;
    if (NOT_CARD_NUMBER.test(token)) continue;
    takenFrom = m.index;
    takenTo = m.index + m[0].length;
    return token.toUpperCase();
  }
  return null;
}

const SHORT_YEAR = /(?<![a-z0-9])'(\d{2})(?![\d])/;

/**
 * The first year 1860–2049 not preceded by a digit, "#", "/" or "." and not followed by a digit, with
 * an optional season end ("2019-20", "2019 / 2020"). The same as the regex
 * /(?<![\d#/.])((?:18[6-9]|19\d|20[0-4])\d)(?:\s*[-/]\s*(\d{4}|\d{2}))?(?![\d])/, read by hand:
 * returns the year's index, or -1; `seasonTail` gets the season digits ("" when none). The search starts
 * at `begin`, the text's first digit.
 */
let seasonTail = '';
/** The character code at `i`, a space inside `from`–`to` (as if masked). */
const codeAt = (s: string, i: number, from: number, to: number) =>
  i >= from && i < to ? 32 : s.charCodeAt(i);

function findYear(s: string, from: number, to: number, begin: number): number {
  const n = s.length;
  for (let i = begin; i + 4 <= n; i++) {
    const c0 = s.charCodeAt(i);
    if ((c0 !== 49 && c0 !== 50) || (i >= from && i < to)) continue;
    const c1 = codeAt(s, i + 1, from, to);
    const c2 = codeAt(s, i + 2, from, to);
    if (!isDigit(c2) || !isDigit(codeAt(s, i + 3, from, to))) continue;
    if (c0 === 49 ? !(c1 === 57 || (c1 === 56 && c2 >= 54)) : !(c1 === 48 && c2 <= 52)) continue;
    if (i > 0) {
      const p = codeAt(s, i - 1, from, to);
      if (isDigit(p) || p === 35 || p === 47 || p === 46) continue;
    }
    // Optional season: spaces, "-" or "/", spaces, then 4 or 2 digits not followed by a digit.
    let j = i + 4;
    while (j < n && isSpace(codeAt(s, j, from, to))) j++;
    const sep = j < n ? codeAt(s, j, from, to) : -1;
    if (sep === 45 || sep === 47) {
      j++;
      while (j < n && isSpace(codeAt(s, j, from, to))) j++;
      let d = 0;
      while (j + d < n && isDigit(codeAt(s, j + d, from, to))) d++;
      if (d === 4 || d === 2) {
        seasonTail = s.slice(j, j + d);
        return i;
      }
    }
    if (i + 4 < n && isDigit(codeAt(s, i + 4, from, to))) continue;
    seasonTail = '';
    return i;
  }
  return -1;
}

/** The year of `s` with characters `from`–`to` (the card number) read as spaces. */
function readYear(
  s: string,
  from: number,
  to: number,
  begin: number,
): { year: number | null; seasonEnd: number | null } {
  const at = findYear(s, from, to, begin);
  if (at >= 0) {
    // Four digits (findYear checked them): their value without slicing them out.
    const year =
      (s.charCodeAt(at) - 48) * 1000 +
      (s.charCodeAt(at + 1) - 48) * 100 +
      (s.charCodeAt(at + 2) - 48) * 10 +
      (s.charCodeAt(at + 3) - 48);
    let seasonEnd: number | null = null;
    if (seasonTail) {
      const tail = Number(seasonTail);
      const full = seasonTail.length === 2 ? Math.floor(year / 100) * 100 + tail : tail;
      const end = full < year ? full + 100 : full;
      if (end === year + 1) seasonEnd = end;
    }
    return { year, seasonEnd };
  }
  const short = s.includes("'") ? SHORT_YEAR.exec(from >= 0 ? mask(s, from, to) : s) : null;
  if (short) {
    const yy = Number(short[1]);
    return { year: yy <= 30 ? 2000 + yy : 1900 + yy, seasonEnd: null };
  }
  return { year: null, seasonEnd: null };
}

/** "(10)", "x10", "10x" at the start, "3x cards", "5 cards", "50ct", "lot of 5": how many cards are sold. */
const LOT_COUNT = new RegExp(
  [
    /(?<![a-z0-9#/.$])\(\s*(\d{1,3})\s*\)/.source,
    /(?<![a-z0-9])x\s?(\d{1,3})(?![\d./a-z])/.source,
    /^\s*(\d{1,3})\s?x(?![a-z0-9])/.source,
    /(?<![\d./#$])(\d{1,3})\s?x\s+(?:cards?|lot|copies|psa|bgs|sgc)(?![a-z])/.source,
    /(?<![\d./#$])(\d{1,3})\s*-?\s*(?:cards|card\s+lot|ct|count|pcs|pieces|copies)(?![a-z])/.source,
    /(?<![a-z])lot\s+(?:of\s+)?\(?(\d{1,3})/.source,
  ].join('|'),
  'g',
);

function readLotCount(s: string): number | null {
  LOT_COUNT.lastIndex = 0;
  for (let m = LOT_COUNT.exec(s); m; m = LOT_COUNT.exec(s)) {
    const n = Number(m.slice(1).find((g) => g !== undefined));
    if (n >= 2 && n <= 999) return n;
  }
  return null;
}

/** A cheap test that lets most titles skip the bare card-number reader. */
const BARE_CUE = /[a-z]-?\d/;

const NONE: NumberReading = {
  serial: null,
  serialNumber: null,
  cardNumber: null,
  year: null,
  seasonEnd: null,
  lotCount: null,
};
/**
 * `s` is the normalised title with grade spans masked; `marks` says which characters it has, and the
 * word pass says whether it saw words that announce a print run or a count, so most titles skip those
 * readers. `firstDigit` is where the unmasked title's first digit is: no year starts before it.
 */
export function readNumbers(
  s: string,
  marks: number,
  serialCue: boolean,
  countCue: boolean,
  firstDigit: number,
): NumberReading {
  if (!(marks & Mark.Digit)) return s.includes('one of one') ? { ...NONE, serial: 1, serialNumber: 1 } : NONE;
  const lotCount = marks & Mark.Paren || countCue ? readLotCount(s) : null;
  const serial =
    marks & Mark.Slash || serialCue ? readSerial(s) : { serial: null, serialNumber: null, rest: s };
  const cardNumber = readCardNumber(serial.rest);
  const year = readYear(serial.rest, takenFrom, takenTo, firstDigit);
  return {
    serial: serial.serial,
    serialNumber: serial.serialNumber,
    cardNumber,
    year: year.year,
    seasonEnd: year.seasonEnd,
    lotCount,
  };
}

export { mask };
