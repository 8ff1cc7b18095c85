/**
 * The numbers in a title besides grades: print run ("/99", "12/99", "#'d to 25", "1/1"), card number
 * ("#US175", "#150", "BDC-150"), year or season ("2019-20", "'86") and lot counts ("lot of 5", "(10)", "x3").
 * Each reader masks what it took, so a serial is never also a card number or a year.
 */

import { Mark } from './normalize.ts';

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

function readCardNumber(s: string): { cardNumber: string | null; rest: string } {
  HASH_NUMBER.lastIndex = 0;
  for (let m = s.includes('#') ? HASH_NUMBER.exec(s) : null; m; m = HASH_NUMBER.exec(s)) {
    const token = m[1]!;
    // "#'d", "#d", "#ed" mark a serial; a token needs a digit or a hyphen to be a number ("#CPA-JD").
    if (/^e?d$/.test(token) || !/[\d-]/.test(token)) continue;
    // "#1 pick", "#2 overall" rank a player; "#1-330" is a checklist range.
    if (RANK_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    const range = /^(\d+)-(\d+)$/.exec(token);
    if (range && Number(range[2]) > Number(range[1])) continue;
    return { cardNumber: token.toUpperCase(), rest: mask(s, m.index, m.index + m[0].length) };
  }
  const no = s.includes('no.') ? NO_NUMBER.exec(s) : null;
  if (no) return { cardNumber: no[1]!.toUpperCase(), rest: mask(s, no.index, no.index + no[0].length) };
  BARE_NUMBER.lastIndex = 0;
  for (let m = BARE_CUE.test(s) ? BARE_NUMBER.exec(s) : null; m; m = BARE_NUMBER.exec(s)) {
    const token = m[1]!;
    if (NOT_CARD_NUMBER.test(token)) continue;
    return { cardNumber: token.toUpperCase(), rest: mask(s, m.index, m.index + m[0].length) };
  }
  return { cardNumber: null, rest: s };
}

const YEAR = /(?<![\d#/.])((?:18[6-9]|19\d|20[0-4])\d)(?:\s*[-/]\s*(\d{4}|\d{2}))?(?![\d])/;
const SHORT_YEAR = /(?<![a-z0-9])'(\d{2})(?![\d])/;

function readYear(s: string): { year: number | null; seasonEnd: number | null } {
  const m = YEAR.exec(s);
  if (m) {
    const year = Number(m[1]);
    let seasonEnd: number | null = null;
    if (m[2]) {
      const tail = Number(m[2]);
      const full = m[2].length === 2 ? Math.floor(year / 100) * 100 + tail : tail;
      const end = full < year ? full + 100 : full;
      if (end === year + 1) seasonEnd = end;
    }
    return { year, seasonEnd };
  }
  const short = SHORT_YEAR.exec(s);
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
 * readers.
 */
export function readNumbers(s: string, marks: number, serialCue: boolean, countCue: boolean): NumberReading {
  if (!(marks & Mark.Digit)) return s.includes('one of one') ? { ...NONE, serial: 1, serialNumber: 1 } : NONE;
  const lotCount = marks & Mark.Paren || countCue ? readLotCount(s) : null;
  const serial =
    marks & Mark.Slash || serialCue ? readSerial(s) : { serial: null, serialNumber: null, rest: s };
  const card = readCardNumber(serial.rest);
  const year = readYear(card.rest);
  return {
    serial: serial.serial,
    serialNumber: serial.serialNumber,
    cardNumber: card.cardNumber,
    year: year.year,
    seasonEnd: year.seasonEnd,
    lotCount,
  };
}

export { mask };
