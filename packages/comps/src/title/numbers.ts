/**
 * The numbers in a title besides grades: print run ("/99", "12/99", "#'d to 25", "1/1"), card number
 * ("#US175", "#150", "BDC-150"), year or season ("2019-20", "'86") and lot counts ("lot of 5", "(10)", "x3").
 * Each reader masks what it took, so a serial is never also a card number or a year.
 *
 * A mask is a character range read as spaces (the grades, then the serial, then the card number). The
 * text with the masks blanked out is built only for the regex readers that need it (lot counts,
 * serials, "No. 12", bare card numbers, "'86"); the card number after "#", the year and the cheap
 * looks before the regexes read the title itself with the masks in mind.
 */

import { AUCTION_HOUSES, PHRASES } from './lexicon.ts';
import { isDigit, isLetter, isSpace, isWordChar, Mark, tokens, WordDigits } from './normalize.ts';

export interface NumberReading {
  serial: number | null;
  serialNumber: number | null;
  cardNumber: string | null;
  year: number | null;
  seasonEnd: number | null;
  lotCount: number | null;
  /** The count is of cards ("12 Cards", "50ct"): what a sealed pack or box holds, when one is named. */
  countsCards: boolean;
}

const mask = (s: string, start: number, end: number) =>
  s.slice(0, start) + ' '.repeat(end - start) + s.slice(end);

/**
 * The masks of the title being read: `maskCount` ranges `maskFrom[k]`–`maskTo[k]`, and the same as a
 * map of characters: character i is masked when `maskedIn[i]` is the number of the current reading,
 * so a look is one load and nothing is cleared between titles.
 */
let maskCount = 0;
let maskFrom = new Int32Array(8);
let maskTo = new Int32Array(8);
let maskedIn = new Int32Array(256);
let readingNumber = 0;
/** The masked text, built once per set of masks (`maskedFor` is the mask count it was built for). */
let maskedText = '';
let maskedFor = -1;

function addMask(from: number, to: number): void {
  if (maskCount === maskFrom.length) {
    const grownFrom = new Int32Array(maskCount * 2);
    grownFrom.set(maskFrom);
    maskFrom = grownFrom;
    const grownTo = new Int32Array(maskCount * 2);
    grownTo.set(maskTo);
    maskTo = grownTo;
  }
  maskFrom[maskCount] = from;
  maskTo[maskCount] = to;
  maskCount++;
  // A loop: masks are a few characters, shorter than a call to fill() takes.
  for (let i = from; i < to; i++) maskedIn[i] = readingNumber;
}

/** Starts the masks of a reading of a text of `length` characters. */
function clearMasks(length: number): void {
  maskCount = 0;
  maskedFor = -1;
  if (length > maskedIn.length) maskedIn = new Int32Array(Math.max(length, maskedIn.length * 2));
  // A new number unmasks every character at once; on wrapping, the map starts over.
  if (++readingNumber === 0x7fffffff) {
    readingNumber = 1;
    maskedIn.fill(0);
  }
}

const isMasked = (i: number) => maskedIn[i] === readingNumber;

/** The character code at `i` of the masked text. */
const codeAt = (s: string, i: number) => (isMasked(i) ? 32 : s.charCodeAt(i));

/** The masked text: `s` with every mask blanked out. */
function masked(s: string): string {
  if (maskedFor !== maskCount) {
    let out = s;
    for (let k = 0; k < maskCount; k++) out = mask(out, maskFrom[k]!, maskTo[k]!);
    maskedText = out;
    maskedFor = maskCount;
  }
  return maskedText;
}

/** "1/1", "1 of 1", "one of one" (not "1 OF 1?", a seller's wonder, nor hype). */
/** Not "1 of 1 game in history", "one of one player ever" (a feat), but "1/1 Game-Used Patch". */
const ONE_OF_ONE =
  /(?<![\d/.])(?:1\s*\/\s*1|1\s*of\s*1|one\s*of\s*one|1\s*-\s*of\s*-\s*1)(?![\d/.])(?! ?\?)(?!\s+(?:game(?!\s*-?\s*(?:used|worn))|games|player|players|ever|in\s+history|season|seasons)(?![a-z]))/;
const FRACTION = /(?<![\d./])(\d{1,4})\s*\/\s*(\d{1,4})(?![\d./%]|,\d)/g;
const OUT_OF = /(?<![\d./#]\s*)(\d{1,4})\s+(?:out\s+of|of)\s+(\d{1,4})(?![\d./]|,\d)/;
/**
 * "Numbered to 25", "#'d /25", "SN 99". Not "print run 4,321": a print run is how many were printed
 * (Topps Now, Panini Instant), no number stamped on the card; "4,321" is one number, not 4.
 */
const NUMBERED_TO =
  /(?<![a-z])(?:numbered|#\s*'?e?d|serial(?:\s+numbered)?|limited|sn|s\/n)\s*(?:to|of|out\s+of)?\s*[#/]?\s*(\d{1,4})(?![\d./]|,\d)/;
/** "/99" after anything but a digit or "w/" ("w/ 10 sub" is not a serial), nor "/50 Club" (a season's feat). */
const DENOMINATOR = /(?<![\d.]\s*)(?<!(?:^|[^a-z])w\s*)\/\s*(\d{1,4})(?![\d./]|,\d|\s*club)/;
const CONDITION = /condition|cond\b/;
/** "Centering 50/50", "60/40 centered": shares of 100 beside centering judge the copy, not numbering. */
const CENTERING = /cent(?:er|re)|cntr/;
const CENTERING_AFTER = new RegExp(`^\\s*(?:${CENTERING.source})`);
/** "50/50 club", "40/40 season": an achievement written as a fraction, not numbering. */
const ACHIEVEMENT_AFTER = /^\s*(?:club|season)(?![a-z])/;
/** "1/2 case", "1/4 box": a share of a product (a break spot), not numbering ("3/5 case hit" is). */
const SHARE_AFTER = /^\s*(?:case|cases|box|boxes)(?![a-z])(?!\s*hits?(?![a-z]))/;
/** "1 of 3 available", "2/5 left": how many copies are for sale, not numbering. */
const QUANTITY_AFTER = /^\s*(?:available|avail|in\s+stock|left|remaining|for\s+sale|listed)(?![a-z])/;

/** Set by `readSerial`: the print run, this copy's number and the range they were read from. */
let serialOf: number | null = null;
let serialNumberOf: number | null = null;
let serialFrom = -1;
let serialTo = -1;

function foundSerial(serial: number, serialNumber: number | null, from: number, to: number): void {
  serialOf = serial;
  serialNumberOf = serialNumber;
  serialFrom = from;
  serialTo = to;
}

/** Some "/" in `s` has a digit before it, past spaces. */
function digitBeforeSlash(s: string): boolean {
  for (let at = s.indexOf('/'); at >= 0; at = s.indexOf('/', at + 1)) {
    let i = at - 1;
    while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
    if (i >= 0 && isDigit(s.charCodeAt(i))) return true;
  }
  return false;
}

/** After `at`, past spaces, comes "a", "i", "l", "r" or "f": QUANTITY_AFTER may match. */
function quantityMayFollow(s: string, at: number): boolean {
  let i = at;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  return c === 97 || c === 105 || c === 108 || c === 114 || c === 102;
}

/** After `at`, past spaces, comes "b", "c" or "s": ACHIEVEMENT_AFTER or SHARE_AFTER may match. */
function wordMayFollow(s: string, at: number): boolean {
  let i = at;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  return c === 98 || c === 99 || c === 115;
}

/** A "#" stands right before index `at` of `s`, past spaces: what follows it is a card number. */
function hashBefore(s: string, at: number): boolean {
  let i = at - 1;
  // A card code's letters ("#US175 /60"), right against its digits and its "#".
  if (i >= 0 && isLetter(s.charCodeAt(i))) {
    while (i >= 0 && (isLetter(s.charCodeAt(i)) || s.charCodeAt(i) === 45)) i--;
    return i >= 0 && s.charCodeAt(i) === 35;
  }
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return i >= 0 && s.charCodeAt(i) === 35;
}

const POP_BEFORE = /(?:^|[^a-z])pop(?:ulation)?\s*$/;
const NUMBERED_BEFORE =
  /(?:^|[^a-z])(?:numbered|serial(?:\s+numbered)?|serial\s*#|#'?d|sn|s\/n)\s*(?:to\s*)?#?\s*$/;
/**
 * "1 of 12 PSA 10s": the copies graded so, counted. (The grade reader has already blanked "PSA 10"
 * out of the text the serial reader sees, so its plural "s" stands alone.)
 */
const GRADES_AFTER = /^\s*(?:(?:psa|bgs|sgc|cgc|beckett)\s*(?:\d{1,2}(?:\.5)?)?|\s)s(?![a-z])/;

/** The title names a parallel (set by `readNumbers` for the serial reader). */
let parallelNamed = false;

/** Reads the print run of masked text `s` into `serialOf`…`serialTo`. */
function readSerial(s: string): void {
  serialOf = null;
  serialNumberOf = null;
  serialFrom = -1;
  serialTo = -1;
  // Cheap looks first: "1/1", "12/99" need a digit before a "/"; "1 of 1", "5 out of 10" need "of".
  const fraction = digitBeforeSlash(s);
  const of = s.includes('of');
  const one = fraction || of ? ONE_OF_ONE.exec(s) : null;
  // "POP 1/1": the only one graded so, not the only one printed.
  if (one && !POP_BEFORE.test(s.slice(Math.max(0, one.index - 12), one.index))) {
    foundSerial(1, 1, one.index, one.index + one[0].length);
    return;
  }

  FRACTION.lastIndex = 0;
  for (let m = fraction ? FRACTION.exec(s) : null; m; m = FRACTION.exec(s)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const end = m.index + m[0].length;
    const slash = m.index + m[0].indexOf('/');
    // "#301 /10", "#301/10": the card number, then its print run. A copy's number is written against
    // the "/" and is at most the run ("#5/25" is copy 5; "#5 /25" is card 5).
    if (b >= 1 && (slash > m.index + m[1]!.length || a > b) && hashBefore(s, m.index)) {
      foundSerial(b, null, slash, end);
      return;
    }
    // "2019/20", and a season in two digits ("20/21", "05/06", "99/00"; not "24/25", more often a /25 copy).
    const isSeason =
      (m[1]!.length === 4 && (b === (a + 1) % 100 || b === a + 1)) ||
      (m[1]!.length === 2 &&
        m[2]!.length === 2 &&
        b === (a + 1) % 100 &&
        (m[1]!.startsWith('0') || (a >= 15 && a <= 35 && b !== 25) || a >= 85));
    const near = s.slice(Math.max(0, m.index - 12), end + 12);
    // "Numbered 04/05": after a word for numbering, two digits over the next are a copy, not a season.
    const season = isSeason && !NUMBERED_BEFORE.test(s.slice(Math.max(0, m.index - 14), m.index));
    if (season || a > b || b < 2 || a === 0 || CONDITION.test(near)) continue;

    // "40/70", "50/50": a season's home runs and steals (round numbers from 30 up) unless a parallel
    // is named (then "Gold 50/50" is the last copy of fifty).
    if (!parallelNamed && a >= 30 && a % 10 === 0 && b % 10 === 0 && b <= 80) continue;
    if (a + b === 100 && CENTERING.test(near)) continue;
    // "9/10 quality", "10/10 centering": a grade out of ten, not numbering.
    if (b === 10 && (near.includes('quality') || CENTERING_AFTER.test(s.slice(end, end + 12)))) continue;
    if (wordMayFollow(s, end)) {
      if (ACHIEVEMENT_AFTER.test(s.slice(end, end + 10))) continue;
      if (b <= 12 && SHARE_AFTER.test(s.slice(end, end + 16))) continue;
    }
    if (quantityMayFollow(s, end) && QUANTITY_AFTER.test(s.slice(end, end + 20))) continue;
    foundSerial(b, a, m.index, end);
    return;
  }
  const outOf = of ? OUT_OF.exec(s) : null;
  if (
    outOf &&
    // "Pop 1 of 12", "1 of 12 PSA 10s": the grading population, not numbering.
    !POP_BEFORE.test(s.slice(Math.max(0, outOf.index - 12), outOf.index)) &&
    !GRADES_AFTER.test(s.slice(outOf.index + outOf[0].length, outOf.index + outOf[0].length + 16)) &&
    Number(outOf[1]) <= Number(outOf[2]) &&
    Number(outOf[2]) >= 2 &&
    !(
      quantityMayFollow(s, outOf.index + outOf[0].length) &&
      QUANTITY_AFTER.test(s.slice(outOf.index + outOf[0].length, outOf.index + outOf[0].length + 20))
    )
  ) {
    foundSerial(Number(outOf[2]), Number(outOf[1]), outOf.index, outOf.index + outOf[0].length);
    return;
  }
  const numbered = NUMBERED_TO.exec(s) ?? DENOMINATOR.exec(s);
  if (numbered && Number(numbered[1]) >= 1) {
    foundSerial(Number(numbered[1]), null, numbered.index, numbered.index + numbered[0].length);
  }
}

/*
 * A rank after a number ("#1 pick"): the next 20 characters of the masked text match RANK_AFTER,
 * /^\s*(?:overall|pick|draft\s+pick|prospect|ranked|seed|player|qb|rb|wr|rated)(?![a-z])/, which
 * `rankFollows` reads by hand, except "rated rookie" (Donruss' logo), "rb leipzig"/"rb salzburg" (a club)
 * and a position after a number of three digits or more (a card number, no rank or jersey).
 */

/**
 * RANK_AFTER can match the masked text at `from`: after spaces, its word starts with one of the first
 * two letters of overall, pick, draft, prospect, ranked/rated, seed, player, qb, rb, wr.
 */
function rankMayFollow(s: string, from: number): boolean {
  let i = from;
  while (i < s.length && isSpace(codeAt(s, i))) i++;
  if (i + 1 >= s.length) return false;
  const a = codeAt(s, i);
  const b = codeAt(s, i + 1);
  switch (a) {
    case 111: // o
      return b === 118;
    case 112: // p
      return b === 105 || b === 114 || b === 108;
    case 100: // d
      return b === 114;
    case 114: // r
      return b === 97 || b === 98;
    case 115: // s
      return b === 101;
    case 113: // q
      return b === 98;
    case 119: // w
      return b === 114;
    default:
      return false;
  }
}

/** RANK_AFTER's words but "draft pick", "rated" and the positions (which `rankFollows` reads apart). */
const RANK_WORDS = ['overall', 'pick', 'prospect', 'ranked', 'seed', 'player'];
/** Positions: "#1 QB" ranks a player and "#12 QB" is his jersey, but a card number has 3 digits ("#136 RB"). */
const POSITION_WORDS = ['qb', 'rb', 'wr'];
/** Clubs "RB" names (Red Bull): "#58 RB Salzburg" is a card of a Red Bull club, not a running back. */
const RED_BULL_CLUBS = ['leipzig', 'salzburg'];
/** "Rated Rookie" is Donruss' rookie logo: "#153 Rated Rookie" is a card ("#1 rated prospect" a rank). */
const RATED_ROOKIE = ['rookie', 'rookies', 'rc'];

/** The masked text from `from` to `to` is `word`. */
function maskedIs(s: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let i = from; i < to; i++) if (codeAt(s, i) !== word.charCodeAt(i - from)) return false;
  return true;
}

/** The end of the run of letters of the masked text at `from`, reading no further than `limit`. */
function maskedLettersEnd(s: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isLetter(codeAt(s, i))) i++;
  return i;
}

/**
 * RANK_AFTER matches the masked text's next 20 characters at `from`, read in place: building the
 * masked text for it cost more than the rest of the card-number reader.
 */
function rankFollows(s: string, numberFrom: number, from: number): boolean {
  const limit = Math.min(s.length, from + 20);
  let i = from;
  while (i < limit && isSpace(codeAt(s, i))) i++;
  // A word RANK_AFTER names ends at a character that is no letter, or at the window's end.
  const end = maskedLettersEnd(s, i, limit);
  for (const word of RANK_WORDS) if (maskedIs(s, i, end, word)) return true;
  const draft = maskedIs(s, i, end, 'draft');
  const rated = !draft && maskedIs(s, i, end, 'rated');
  const position = !draft && !rated && POSITION_WORDS.some((word) => maskedIs(s, i, end, word));
  if (!draft && !rated && !position) return false;
  if (position && from - numberFrom > 2) return false;
  let k = end;
  while (k < limit && isSpace(codeAt(s, k))) k++;
  const next = maskedLettersEnd(s, k, limit);
  if (draft) return k > end && maskedIs(s, k, next, 'pick');
  // The word after the rank word: "Rated Rookie", "RB Salzburg" name the card, not a rank.
  const names = rated ? RATED_ROOKIE : RED_BULL_CLUBS;
  return !(k > end && names.some((word) => maskedIs(s, k, next, word)));
}

/**
 * "No. 169", "No 169": the number sign written out. Without its dot only before no word of a rank or a
 * count ("No 1 Pick", "no 2 cards").
 */
const NO_NUMBER =
  /(?<![a-z])no(?:\.\s*|\s+(?=\d{1,4}[a-z]?(?![a-z0-9])(?!\s+(?:pick|overall|draft|cards?|pcs?|prospects?|seed)(?![a-z]))))(\d{1,4}[a-z]?)(?![a-z0-9])/;
/** "Card Number: 325", "Card No: US175": a listing tool's field. */
const CARD_NUMBER_FIELD = /(?<![a-z])card\s*(?:number|num|no)\s*:\s*([a-z]{0,4}-?\d{1,4}[a-z]?)(?![a-z0-9])/;
/** Card numbers without "#": letters then digits ("US175", "BDC-150"), never a grader, lot, ordinal or "QB1". */
const BARE_NUMBER = /(?<![a-z0-9#/.-])([a-z]{1,5}-\d{1,4}[a-z]?|[a-z]{2,5}\d{1,4}[a-z]?)(?![a-z0-9/])/g;
const NOT_CARD_NUMBER =
  /^(?:psa|bgs|sgc|cgc|csg|hga|tag|gma|isa|bvg|ksa|x|ps|nba|nfl|mlb|nhl|top|covid|sn|no|ii|iii|gen|mp|fifa|gem|mint|mt|pop|lot|qty)-?\d|^(?:qb|rb|wr|te)1$/;

/**
 * Autograph card codes written without "#": set letters ending in A (autograph), hyphen, the player's
 * initials ("CPA-JD", "GQA-JK", "RA-SO"). Only in the original upper case, so grade words stay words.
 */
// "CPA-JH", "BA-KG1", and "B19-WF" (Bowman's Best of 2019 Autographs).
const AUTO_CODE = /(?<![A-Za-z0-9-])([A-Z]{1,4}A-[A-Z]{2,3}\d?|[A-Z]{1,3}\d{2}-[A-Z]{2,3})(?![A-Za-z0-9-])/;
const NOT_AUTO_CODE = /^(?:MEGA|ULTRA|EXTRA|PSA|NBA|WNBA|USA|NCAA|NFLPA|MLBPA|SGA|FIFA|UEFA)-/;

export function readAutographCode(original: string): string | null {
  const m = AUTO_CODE.exec(original);
  return m && !NOT_AUTO_CODE.test(m[1]!) ? m[1]! : null;
}

const RANGE = /^(\d+)-(\d+)$/;

/** `s` from `from` to `to` is an ordinal: digits, then st, nd, rd or th ("1st", "2nd"). */
function isOrdinal(s: string, from: number, to: number): boolean {
  if (to - from < 3 || !isLetter(s.charCodeAt(to - 1)) || !isDigit(s.charCodeAt(from))) return false;
  // The suffix read as two character codes, not cut out.
  const a = s.charCodeAt(to - 2);
  const b = s.charCodeAt(to - 1);
  const suffix =
    (a === 115 && b === 116) || // st
    (a === 110 && b === 100) || // nd
    (a === 114 && b === 100) || // rd
    (a === 116 && b === 104); // th
  return suffix && allDigits(s, from, to - 2);
}

/** `s` holds a year from `from` to `to`: four digits, 1860–2049. */
function isYearWord(s: string, from: number, to: number): boolean {
  if (to - from !== 4) return false;
  const year = Number(s.slice(from, to));
  return year >= 1860 && year <= 2049;
}

/** `s` holds only digits from `from` to `to`. */
function allDigits(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** Where the card number was read: readYear reads these characters as spaces. */
let takenFrom = -1;
let takenTo = -1;

/** Set by `wordCharsEnd`: the run it read holds a digit, a letter. */
let runHasDigit = false;
let runHasLetter = false;

/**
 * The end of the run of unmasked letters and digits at `from`; `runHasDigit` and `runHasLetter` say
 * what it held.
 */
/** Team names, whole ("oilers", "chicago bulls", "blue jays"). */
const TEAMS: ReadonlySet<string> = new Set(
  [...PHRASES.values()].flatMap((list) =>
    list.filter((e) => e.tag.kind === 'team').map((e) => e.words.join(' ')),
  ),
);
const WORD = /[a-z]+/g;

/** A team is named in the next three words after `from` ("#23 Chicago Bulls", "#99 Oilers"). */
function teamFollows(s: string, from: number): boolean {
  WORD.lastIndex = from;
  const words: string[] = [];
  for (let m = WORD.exec(s); m && words.length < 3; m = WORD.exec(s)) words.push(m[0]);
  // Right after the number, or after its city ("#23 Chicago Bulls"); not after a card word: "#57 RC
  // Bulls #23" is card 57, and the jersey's "#23" follows the team.
  const first = words.length > 0 ? PHRASES.get(words[0]!) : undefined;
  const starts = first === undefined || first.every((e) => e.tag.kind === 'team') ? 2 : 1;
  for (let i = 0; i < starts; i++) {
    for (let j = i + 1; j <= words.length; j++) if (TEAMS.has(words.slice(i, j).join(' '))) return true;
  }
  return false;
}

/** A year comes next ("#23 1990 Fleer"). */
const YEAR_NEXT = /^\s+(?:19|20)\d\d(?!\d)/;

/** Another card number written with "#" after `from` ("#120", not the print run "#/99"). */
const LATER_HASH_NUMBER = /#\s*[a-z]*\d/g;
function hashNumberAfter(s: string, from: number): boolean {
  LATER_HASH_NUMBER.lastIndex = from;
  return LATER_HASH_NUMBER.test(s);
}

function wordCharsEnd(s: string, from: number): number {
  let j = from;
  runHasDigit = false;
  runHasLetter = false;
  for (; j < s.length && !isMasked(j); j++) {
    const c = s.charCodeAt(j);
    if (isDigit(c)) runHasDigit = true;
    else if (isLetter(c)) runHasLetter = true;
    else break;
  }
  return j;
}

/**
 * The card number after "#" in the masked text, as the global regex /#\s*([a-z0-9]+(?:-[a-z0-9]+)*)/g
 * finds it, read by hand: "#", spaces, then runs of letters and digits joined by hyphens.
 * `takenFrom`/`takenTo` get the characters it took.
 */
/** "cert", "certificate", "cert no" just before the "#" at `at`. */
const CERT_BEFORE = /(?:^|[^a-z])(?:cert(?:ificate|ification)?|psa\s*cert)(?:\s*(?:no|number|num))?\.?\s*$/;
/** Most titles hold no "cert": the look-back is cut out and tested only when one may stand there. */
const certBefore = (s: string, at: number): boolean => {
  const from = Math.max(0, at - 24);
  const cert = s.indexOf('cert', from);
  return cert >= 0 && cert < at && CERT_BEFORE.test(s.slice(from, at));
};

/** "Car #8", "Seat #12": a race car's or a seat's number, no card's. */
const NOT_A_CARD_BEFORE = /(?:^|[^a-z])(?:car|seat|bib)\s*$/;
function notACardBefore(s: string, at: number): boolean {
  // The cheap look first: the word before ends in "r", "t" or "b".
  let i = at - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  const last = s.charCodeAt(i);
  return (
    (last === 114 || last === 116 || last === 98) && NOT_A_CARD_BEFORE.test(s.slice(Math.max(0, at - 8), at))
  );
}
/** Digits with "rc" typed against them ("280rc"), or digits and then a dash and a word of three letters or more. */
const JOINED_AFTER_NUMBER = /^(\d{1,4})(?:rc(?![a-z0-9])|-[a-z]{3,})/;
/** The cheap look before JOINED_AFTER_NUMBER: digits at `at`, then "r" or "-". */
function rcOrDashAfterDigits(s: string, at: number): boolean {
  let j = at;
  while (isDigit(s.charCodeAt(j))) j++;
  const next = s.charCodeAt(j);
  return j > at && (next === 114 || next === 45);
}
/**
 * "Lot #112 …" opening a title, "Lot# B19": an auction's or a shelf's number for the listing, no card's.
 * ("(4) card lot #338" is the lotted card's number.)
 */
const lotNumberAt = (s: string, at: number): boolean =>
  (at < 8 && /^\s*lot\s*$/.test(s.slice(0, at))) ||
  (at >= 3 && s.startsWith('lot', at - 3) && (at === 3 || !isLetter(s.charCodeAt(at - 4)))) ||
  (lotBefore(s, at) &&
    (digitsAfterHash(s, at) > 4 || AUCTION_HOUSE_LOT_BEFORE.test(s.slice(Math.max(0, at - 24), at))));
/** The word before the "#" at `at` (past spaces) is "lot": the cheap look before the regexes. */
function lotBefore(s: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return i >= 2 && s.startsWith('lot', i - 2) && (i === 2 || !isLetter(s.charCodeAt(i - 3)));
}
/** An auction house's name, as a regex alternation ("memory lane" with any spaces). */
const AUCTION_HOUSE = `(?:${AUCTION_HOUSES.map((house) => house.replace(' ', '\\s+')).join('|')})`;
/** "Consignment Lot #7781", "Heritage Lot #80441": an auction house's lot, or one numbered in tens of thousands. */
const AUCTION_HOUSE_LOT_BEFORE = new RegExp(`(?:^|[^a-z])${AUCTION_HOUSE}\\s+lot\\s*$`);
/** How many digits follow the "#" at `at` (past spaces). */
function digitsAfterHash(s: string, at: number): number {
  let j = at + 1;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  const from = j;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  return j - from;
}

function readHashNumber(s: string): string | null {
  let jerseyAt = -1;
  let jerseyFrom = -1;
  let jerseyTo = -1;
  for (let at = s.indexOf('#'); at >= 0; at = s.indexOf('#', at + 1)) {
    if (isMasked(at)) continue;
    let j = at + 1;
    // "Card #: 280": a listing tool's field.
    if (s.charCodeAt(j) === 58) j++;
    while (j < s.length && isSpace(s.charCodeAt(j)) && !isMasked(j)) j++;
    // "#/50 1st Bowman": the "#" belongs to the print run read before. A number right after it can
    // still be the card's, written bare ("#/199 307"), but never a year, a season or a word.
    const afterSerial = isMasked(j);
    while (j < s.length && isSpace(codeAt(s, j))) j++;
    const tokenStart = j;
    j = wordCharsEnd(s, j);
    if (j === tokenStart) continue;
    let digit = runHasDigit;
    let letter = runHasLetter;
    let hyphen = false;
    // "#280rc", "#249RC": the number, then "RC" typed against it. "#269-CHIEFS-RAW": the number, then
    // words joined by dashes (a card code's letters come first: "BDC-150", "CPA-JD").
    const joined = rcOrDashAfterDigits(s, tokenStart)
      ? JOINED_AFTER_NUMBER.exec(s.slice(tokenStart, tokenStart + 12))
      : null;
    if (joined) {
      j = tokenStart + joined[1]!.length;
      digit = true;
      letter = false;
    }
    while (!joined && j < s.length && s.charCodeAt(j) === 45 && !isMasked(j)) {
      const k = wordCharsEnd(s, j + 1);
      if (k === j + 1) break;
      digit ||= runHasDigit;
      letter ||= runHasLetter;
      hyphen = true;
      j = k;
    }
    // A number needs a digit or a hyphen ("#CPA-JD"): not "#'d", "#d", "#ed" (a serial) or a word.
    if (!digit && !hyphen) continue;
    // "Cert #62718773": a grading certificate, never a card (no card number runs to seven digits).
    if (!hyphen && ((j - tokenStart > 6 && allDigits(s, tokenStart, j)) || certBefore(s, at))) continue;
    if (!hyphen && notACardBefore(s, at) && allDigits(s, tokenStart, j)) continue;
    if (lotNumberAt(s, at)) continue;
    if (afterSerial && (hyphen || !allDigits(s, tokenStart, j) || isYearWord(s, tokenStart, j))) continue;
    // "#1 pick", "#2 overall" rank a player ("#BDC-12 Draft Pick" is a card); "#1-330" is a checklist range.
    if (!hyphen && rankMayFollow(s, j) && rankFollows(s, tokenStart, j) && allDigits(s, tokenStart, j))
      continue;
    // "1st", "2nd": an ordinal ("#/50 1st Bowman"), never a card number.
    if (!hyphen && isOrdinal(s, tokenStart, j)) continue;
    // "Gretzky #99 Oilers 1988-89 Topps #120", "Jordan #23 1990 Fleer #26": a jersey number before the
    // team or the year, and the card's own number after it (the jersey's is kept if no other is read).
    if (
      jerseyAt < 0 &&
      !hyphen &&
      j - tokenStart <= 2 &&
      hashNumberAfter(s, j) &&
      (teamFollows(s, j) || YEAR_NEXT.test(s.slice(j, j + 6)))
    ) {
      jerseyAt = at;
      jerseyFrom = tokenStart;
      jerseyTo = j;
      continue;
    }
    const range = hyphen ? RANGE.exec(s.slice(tokenStart, j)) : null;
    if (range && Number(range[2]) > Number(range[1])) continue;
    takenFrom = at;
    takenTo = j;
    // Most card numbers are digits ("#166"), which have no case: no call to upper-case them.
    return letter ? s.slice(tokenStart, j).toUpperCase() : s.slice(tokenStart, j);
  }
  if (jerseyAt < 0) return null;
  takenFrom = jerseyAt;
  takenTo = jerseyTo;
  return s.slice(jerseyFrom, jerseyTo);
}

/**
 * After the card number read from "#" (ending at `from`), a "+", "&" or "and" and then another "#"
 * card number: two cards sold together ("Prizm RC #136 + Hoops RC #271"). One card's parts joined by
 * "+" ("Auto + Patch", "PSA 10 + case", "RC + Auto") carry no second number.
 */
function joinedCardNumber(s: string, from: number): boolean {
  let joined = false;
  for (let i = from; i < s.length; i++) {
    const c = codeAt(s, i);
    // "NM/Mint+ #6": a grade's plus (typed against its word, a space after) joins nothing.
    if (c === 43 && isWordChar(s.charCodeAt(i - 1) || 32) && isSpace(s.charCodeAt(i + 1) || 32)) continue;
    if (c === 43 || c === 38) joined = true;
    else if (
      c === 97 &&
      s.startsWith('and', i) &&
      !isLetter(s.charCodeAt(i - 1)) &&
      !isLetter(s.charCodeAt(i + 3) || 32)
    ) {
      joined = true;
      i += 2;
    } else if (c === 35 && joined) {
      let j = i + 1;
      while (j < s.length && isSpace(codeAt(s, j))) j++;
      if (j >= s.length || !isDigit(codeAt(s, j))) return false;
      const numberFrom = j;
      while (j < s.length && isDigit(codeAt(s, j))) j++;
      if (isLetter(s.charCodeAt(j) || 32) || isOrdinal(s, numberFrom, j)) return false;
      return !(rankMayFollow(s, j) && rankFollows(s, numberFrom, j));
    }
  }
  return false;
}

/**
 * BARE_CUE in the masked text (a letter, an optional "-", a digit), from the title's words (`tokens`,
 * positions in `s`, which marked such words): one of their junctions with none of its characters masked.
 */
function bareCueInWords(s: string): boolean {
  const { start, end, digit } = tokens;
  for (let k = 0; k < tokens.count; k++) {
    const bits = digit[k]!;
    const from = start[k]!;
    if (bits & WordDigits.AfterHyphen && !isMasked(from) && !isMasked(from - 1) && !isMasked(from - 2))
      return true;
    if (bits & WordDigits.AfterLetter) {
      for (let i = from + 1; i < end[k]!; i++) {
        if (isDigit(s.charCodeAt(i)) && isLetter(s.charCodeAt(i - 1)) && !isMasked(i) && !isMasked(i - 1))
          return true;
      }
    }
  }
  return false;
}

/**
 * The card number of `s` read through the masks; `takenFrom`/`takenTo` get the characters it took
 * (-1 when none). `marks` says which characters the title has; `byWords`: `tokens` hold the words of `s`.
 */
function readCardNumber(s: string, marks: number, byWords: boolean): string | null {
  takenFrom = -1;
  takenTo = -1;
  const hashed = marks & Mark.Hash ? readHashNumber(s) : null;
  if (hashed !== null) {
    // "#71 bis": the card added after #71 (Messi's Megacracks rookie), a number of its own.
    const bis = BIS_NEXT.exec(s.slice(takenTo, takenTo + 6));
    if (bis === null || !/^\d+$/.test(hashed)) return hashed;
    takenTo += bis[0].length;
    return `${hashed}BIS`;
  }
  // "Card Number: 325": a listing tool's field.
  const field = s.includes('card n') ? CARD_NUMBER_FIELD.exec(masked(s)) : null;
  if (field) {
    takenFrom = field.index;
    takenTo = field.index + field[0].length;
    return field[1]!.toUpperCase();
  }
  const no = (marks & Mark.Dot && s.includes('no.')) || s.includes('no ') ? NO_NUMBER.exec(masked(s)) : null;
  if (no) {
    takenFrom = no.index;
    takenTo = no.index + no[0].length;
    return no[1]!.toUpperCase();
  }
  if (!(marks & Mark.CardCode)) return null;
  if (!(byWords ? bareCueInWords(s) : BARE_CUE.test(masked(s)))) return null;
  const text = masked(s);
  BARE_NUMBER.lastIndex = 0;
  for (let m = BARE_NUMBER.exec(text); m; m = BARE_NUMBER.exec(text)) {
    const token = m[1]!;
    if (NOT_CARD_NUMBER.test(token)) continue;
    takenFrom = m.index;
    takenTo = m.index + m[0].length;
    return token.toUpperCase();
  }
  return null;
}

/** "bis" after a card's number: the card added after it ("#71 bis"). */
export const BIS_NEXT = /^\s*bis(?![a-z])/;

const SHORT_YEAR = /(?<![a-z0-9])'(\d{2})(?![\d])/;

/** Set by `isYearAt`: the digits of the season end after the year, and how many (0 when none). */
let seasonTail = 0;
let seasonDigits = 0;

/**
 * The first year 1860–2049 of the masked text not preceded by a digit, "#", "/" or "." and not
 * followed by a digit, with an optional season end ("2019-20", "2019 / 2020"). The same as the regex
 * /(?<![\d#/.])((?:18[6-9]|19\d|20[0-4])\d)(?:\s*[-/]\s*(\d{4}|\d{2}))?(?![\d])/, read by hand:
 * returns the year's index, or -1; `seasonTail` and `seasonDigits` get the season's digits (0 digits
 * when none). The search starts at `begin`, at or before the text's first digit; `byWords`: it looks
 * in the words of `s` that hold digits (`tokens`) only.
 */

function findYear(s: string, begin: number, byWords: boolean): number {
  if (byWords) {
    // A year is four digits: only the words that hold digits can hold one.
    const { start, end, digit } = tokens;
    for (let k = 0; k < tokens.count; k++) {
      if (digit[k] === 0) continue;
      for (let i = start[k]!; i + 4 <= end[k]!; i++) if (isYearAt(s, i)) return i;
    }
    return -1;
  }
  for (let i = begin; i + 4 <= s.length; i++) if (isYearAt(s, i)) return i;
  return -1;
}

/** The masked text holds a year at `i` (see `findYear`); sets the season's digits. */
function isYearAt(s: string, i: number): boolean {
  const n = s.length;
  const c0 = s.charCodeAt(i);
  if ((c0 !== 49 && c0 !== 50) || isMasked(i)) return false;
  const c1 = codeAt(s, i + 1);
  const c2 = codeAt(s, i + 2);
  if (!isDigit(c2) || !isDigit(codeAt(s, i + 3))) return false;
  if (c0 === 49 ? !(c1 === 57 || (c1 === 56 && c2 >= 54)) : !(c1 === 48 && c2 <= 52)) return false;
  if (i > 0) {
    const p = codeAt(s, i - 1);
    if (isDigit(p) || p === 35 || p === 47 || p === 46) return false;
  }
  // "1970s": a decade, no year.
  if (codeAt(s, i + 3) === 48 && codeAt(s, i + 4) === 115) {
    const after = i + 5 < n ? codeAt(s, i + 5) : 32;
    if (after < 97 || after > 122) return false;
  }
  // Optional season: spaces, "-" or "/", spaces, then 4 or 2 digits not followed by a digit.
  let j = i + 4;
  while (j < n && isSpace(codeAt(s, j))) j++;
  const sep = j < n ? codeAt(s, j) : -1;
  if (sep === 45 || sep === 47) {
    j++;
    while (j < n && isSpace(codeAt(s, j))) j++;
    let d = 0;
    let tail = 0;
    for (let c = j < n ? codeAt(s, j) : -1; isDigit(c); c = j + d < n ? codeAt(s, j + d) : -1) {
      tail = tail * 10 + c - 48;
      d++;
    }
    if (d === 4 || d === 2) {
      seasonTail = tail;
      seasonDigits = d;
      return true;
    }
  }
  if (i + 4 < n && isDigit(codeAt(s, i + 4))) return false;
  seasonDigits = 0;
  return true;
}

/** Reads the year and season end of the masked text into `out`. */
function readYear(s: string, begin: number, byWords: boolean, out: NumberReading): void {
  const at = findYear(s, begin, byWords);
  if (at >= 0) {
    // Four digits (findYear checked them): their value without slicing them out.
    const year =
      (s.charCodeAt(at) - 48) * 1000 +
      (s.charCodeAt(at + 1) - 48) * 100 +
      (s.charCodeAt(at + 2) - 48) * 10 +
      (s.charCodeAt(at + 3) - 48);
    out.year = year;
    if (seasonDigits > 0) {
      const full = seasonDigits === 2 ? Math.floor(year / 100) * 100 + seasonTail : seasonTail;
      const end = full < year ? full + 100 : full;
      if (end === year + 1) out.seasonEnd = end;
    }
    return;
  }
  const short = s.includes("'") ? SHORT_YEAR.exec(masked(s)) : null;
  if (short) {
    const yy = Number(short[1]);
    out.year = yy <= 30 ? 2000 + yy : 1900 + yy;
  }
}

/** "(10)", "x10", "10x" at the start, "3x cards", "5 cards", "50ct", "lot of 5": how many cards are sold. */
const LOT_COUNT = new RegExp(
  [
    // (Not "cardking_22 (10) 100%": a seller's feedback count and rating.)
    /(?<![a-z0-9#/.$])\(\s*(\d{1,3})\s*(?:card\s*)?\)(?!\s*\d{2,3}(?:\.\d)?\s*%)/.source,
    // Not "6x All-Star x6": an honour's count, nor "5 higher (x5 PSA 10)" a population's. Not "🔥x3" or "🔥 x2": how many flames.
    /(?<![a-z0-9\ud800-\udfff\u2600-\u27bf])(?<!(?:[\ud800-\udfff\u2600-\u27bf]|\ufe0f)\s)(?<!\ufe0f)(?<!(?:mvp|champ|champion|champions|star|bowl|young|glove|slugger|series|higher\s*\(?)\s*)x\s?(\d{1,3})(?![\d./a-z])(?!\s*(?:available|avail|in\s+stock|left)(?![a-z]))/
      .source,
    // "2x MVP", "3x Champion": honours, not copies.
    /^\s*(\d{1,3})\s?x(?![a-z0-9])(?!\s*(?:mvp|champ|champion|champions|all\s*-?\s*star|pro\s*bowl|cy\s*young|gold\s*glove|batting|world\s*series|super\s*bowl|ring|dpoy|roy)(?![a-z]))/
      .source,
    /(?<![\d./#$])(\d{1,3})\s?x\s+(?:cards?|lot|copies|psa|bgs|sgc)(?![a-z])/.source,
    // Not "12 cards per pack": what a sealed pack holds.
    // Not "#T247 Cards": the digits of a card code, before a team's nickname.
    /(?<![a-z\d./#$])(?<!(?:pick|choose|select)\s+(?:any\s+)?)(\d{1,3})\+?\s*-?\s*(?:(?:different\s+)?cards|different(?=\s+(?:rc|rookie|rookies|card|cards|players|parallels))|stuck|stueck|card\s+lot|card\s+set|ct|count|pcs|pieces|copies|slabs)(?![a-z])(?!\s*(?:per|a|each|in\s+(?:a|each|every))\s)/
      .source,
    // "Qty 3", "QTY(3)", "Qty: 2"; "2 Each"; "3 Hanger Boxes", "2 Blasters".
    // Not "Qty 2 Available": copies of one card on offer, each sold alone.
    /(?<![a-z])(?:qty|quantity)\s*[:(]?\s*(\d{1,3})(?!\d|\s*\)?\s*(?:available|avail|in\s+stock|left|remaining)(?![a-z]))/
      .source,
    /(?<![\d./#$])(\d{1,3})\s+each(?![a-z])/.source,
    /(?<![\d./#$])(\d{1,3})\s+(?:(?:hobby|blaster|hanger|mega|retail|jumbo|value|fat|cello|rack|wax)\s+)?(?:boxes|blasters|hangers|tins)(?![a-z])/
      .source,
    // Not "Consignment Lot 88", "Heritage Lot 804", "Lot 5 Of Our Auction", "Lot 34 | 1986 Fleer …": an
    // auction house's lot number.
    `(?<![a-z])(?<!${AUCTION_HOUSE}\\s+)lot\\s+(?:of\\s+)?\\(?(\\d{1,3})(?!\\d|\\s+of\\s+(?:our|the|this)\\s+auction|\\s*\\|)`,
    // "Lot Size: 12": a listing tool's field.
    /(?<![a-z])lot\s+size\s*:?\s*(\d{1,3})(?!\d)/.source,
  ].join('|'),
  'g',
);

/** LOT_COUNT's group of "N cards", "50ct", "5 pcs". */
const CARDS_GROUP = 5;
function readLotCount(s: string, out: NumberReading): void {
  LOT_COUNT.lastIndex = 0;
  for (let m = LOT_COUNT.exec(s); m; m = LOT_COUNT.exec(s)) {
    const n = Number(m.slice(1).find((g) => g !== undefined));
    if (n >= 2 && n <= 999) {
      out.lotCount = n;
      out.countsCards = m[CARDS_GROUP] !== undefined;
      return;
    }
  }
}

/** A cheap test that lets most titles skip the bare card-number reader. */
const BARE_CUE = /[a-z]-?\d/;

/** What `readNumbers` returns: one object, refilled by every call (the title reader copies it at once). */
const reading: NumberReading = {
  serial: null,
  serialNumber: null,
  cardNumber: null,
  year: null,
  seasonEnd: null,
  lotCount: null,
  countsCards: false,
};

/**
 * Reads the numbers of normalised title `s` whose `spanCount` grade spans (`spans`) are masked.
 * `marks` says which characters it has, and the word pass says whether it saw words that announce a
 * print run or a count, so most titles skip those readers. `firstDigit` is at or before the title's
 * first digit: no year starts before it. `byWords`: `tokens` hold the words of `s` itself.
 */
/**
 * A slab's history and standing, whose numbers are no card number, print run or year: when it was
 * graded ("graded 08/2019", "Graded 11/20", "2024 grading", "(Mar 2024)", "Flip Label (2002)"), its rank
 * in a registry ("#1 PSA Registry", "Registry #1", "Ranked #2") and its population ("Pop 2 (1 of 2)",
 * "#1 of 3 graded"); the date a search result page says the listing sold; and a tobacco card's back. Each pattern captures the numbers to mask; it runs only when its word is in the
 * title (`word`), as these notes are rare.
 */
/** The back brands of the tobacco cards, as SLAB_NOTES looks for them. */
const TOBACCO_BACKS = [
  'piedmont',
  'caporal',
  'polar bear',
  'old mill',
  'sovereign',
  'tolstoi',
  'hindu',
  'cycle',
  'broad leaf',
  'carolina',
  'beauty',
  'drum',
  'uzit',
  'lenox',
  'hassan',
  'mecca',
];
const SLAB_NOTES: ReadonlyArray<{ words: readonly string[]; pattern: RegExp }> = [
  {
    words: ['grad'],
    pattern:
      /(?<![a-z])(?:graded|regraded)\s+(?:on\s+|in\s+)?((?:0?[1-9]|1[0-2])\s*\/\s*(?:(?:19|20)\d\d|\d\d)(?![\d/])|(?:19|20)\d\d(?=\s*(?:$|[)\],|!-]|(?:psa|bgs|sgc|cgc|beckett)(?![a-z]))))|(?<![\d#/])((?:19|20)\d\d)\s+(?:grading|regrade)(?![a-z])(?!\s*(?:ready|candidate|potential|worthy)(?![a-z]))|(#\s*\d{1,3}\s+of\s+\d{1,5})(?=\s+graded(?![a-z]))/dg,
  },
  {
    words: ['sub'],
    pattern:
      /(?<![a-z])(?:submitted|subbed)\s+(?:on\s+|in\s+)?((?:0?[1-9]|1[0-2])\s*\/\s*(?:(?:19|20)\d\d|\d\d)(?![\d/])|(?:19|20)\d\d)|(?<![\d#/])((?:19|20)\d\d)\s+(?:submission|sub)(?![a-z])/dg,
  },
  {
    words: ['('],
    pattern:
      /\(\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+((?:19|20)\d\d)\s*\)/dg,
  },
  {
    words: ['label'],
    pattern: /(?<![a-z])label\s*[(:]\s*((?:19|20)\d\d)\s*\)|(?<![\d#/])((?:19|20)\d\d)\s+label(?![a-z])/dg,
  },
  {
    words: ['regist', 'rank'],
    pattern:
      /(#\s*\d{1,3})(?=\s+(?:(?:psa|bgs|sgc|cgc|current|all\s*-?\s*time|finest|overall)\s+)*(?:registry|set\s+registry)(?![a-z]))|(?<![a-z])(?:registry|ranked|rank)\s*(?:set\s*)?(#\s*\d{1,3}|\d{1,3}(?![\d/]))/dg,
  },
  // "Sold Nov 12, 2025" from a search result page, its year glued to the card's at times ("20252019").
  {
    words: ['sold'],
    pattern:
      /(?<![a-z])sold\s+(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2}),?\s*((?:19|20)\d\d)|(\d{1,2}\/\d{1,2}\/(?:(?:19|20)\d\d|\d\d)))/dg,
  },
  // "Piedmont 150/350", "Sweet Caporal 350 Factory 25", "Cycle 460": a T206 back's series and factory.
  {
    words: TOBACCO_BACKS,
    pattern:
      /(?<![a-z])(?:piedmont|sweet\s+caporal|polar\s+bear|old\s+mill|sovereign|tolstoi|hindu(?:\s+(?:brown|red))?|cycle|broad\s+leaf|carolina\s+brights|american\s+beauty|drum|uzit|lenox|hassan|mecca)(?:\s+back)?\s+(\d{2,3}(?:\s*[/-]\s*\d{2,3})?)(?![\d/])(?:\s+factory\s+(\d{1,3}))?/dg,
  },
  // "Near Set (161/176)", "Team Set (24/27)": how much of a set is sold; "Consignor #4471", "#1 Finest Known".
  {
    words: ['set'],
    pattern: /(?<![a-z])sets?\s*[(:-]?\s*(\d{1,4}\s*\/\s*\d{2,4})(?![\d/])/dg,
  },
  {
    words: ['consign', 'item', 'cert', 'finest'],
    pattern: /(?<![a-z])(?:consignor|consignment|item|cert)\s*(#\s*\d+)|(#\s*1)\s+finest\s+known(?![a-z])/dg,
  },
  // "Case Break #14", "Random Team #37", "Spot #4": a break's spot, no card's number (not Prizm's "Fast
  // Break #12", nor a "set break", which sells the set's cards one by one).
  {
    words: ['break', 'random', 'spot'],
    pattern:
      /(?<![a-z])(?<!(?:fast|set)\s+)(?:break|random\s+team|spot)\s*[-:]?\s*(#\s*\d{1,3})(?![\da-z/-])/dg,
  },
  {
    words: ['pop'],
    pattern:
      /(?<![a-z])pop(?:ulation)?\s*(?:report\s*)?[:#]?\s*\d[\d,]*\s*[([-]?\s*(#?\d{1,3}\s*(?:of|\/)\s*\d{1,5})/dg,
  },
];

/** Any of SLAB_NOTES' words but "(": one look rules out nearly every title. */
const SLAB_NOTE_WORDS = new RegExp(
  SLAB_NOTES.flatMap((note) => note.words.filter((w) => w !== '(')).join('|'),
);

/** Masks the numbers of SLAB_NOTES ("(" is the marks' to tell: the month in brackets). */
function maskSlabNotes(s: string, marks: number): void {
  const paren = (marks & Mark.Paren) !== 0;
  if (!paren && !SLAB_NOTE_WORDS.test(s)) return;
  for (const { words, pattern } of SLAB_NOTES) {
    if (!words.some((w) => (w === '(' ? paren : s.includes(w)))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(s); m !== null; m = pattern.exec(s)) {
      for (let g = 1; g < m.length; g++) {
        const at = m.indices![g];
        if (at) addMask(at[0], at[1]);
      }
    }
  }
}

/** After a card number, "to", "thru" or a dash and another number of the same letters ("to BCP-150"). */
const CODE_RUN_NEXT = /^\s*(?:-|to|thru|through|~)\s*#?\s*([a-z]+)-?\d+(?![\d/])/;

export function readNumbers(
  s: string,
  spans: { from: Int32Array; to: Int32Array },
  spanCount: number,
  marks: number,
  serialCue: boolean,
  countCue: boolean,
  firstDigit: number,
  byWords: boolean,
  parallel: boolean,
): NumberReading {
  parallelNamed = parallel;
  clearMasks(s.length);
  for (let k = 0; k < spanCount; k++) addMask(spans.from[k]!, spans.to[k]!);
  if (marks & Mark.Digit) maskSlabNotes(s, marks);
  const out = reading;
  out.serial = null;
  out.serialNumber = null;
  out.cardNumber = null;
  out.year = null;
  out.seasonEnd = null;
  out.lotCount = null;
  out.countsCards = false;
  if (!(marks & Mark.Digit)) {
    if (s.includes('one of one') && masked(s).includes('one of one')) {
      out.serial = 1;
      out.serialNumber = 1;
    }
    return out;
  }
  if (marks & Mark.Paren || countCue) readLotCount(masked(s), out);
  if (marks & Mark.Slash || serialCue) {
    readSerial(masked(s));
    if (serialFrom >= 0) {
      out.serial = serialOf;
      out.serialNumber = serialNumberOf;
      addMask(serialFrom, serialTo);
    }
  }
  out.cardNumber = readCardNumber(s, marks, byWords);
  // "BCP-1 to BCP-150", "BD-1 - BD-200": a run of a set's numbers (a you-pick list, a set), no one card.
  if (takenFrom >= 0 && out.cardNumber !== null && isLetter(s.charCodeAt(takenTo - 1)) === false) {
    const run = CODE_RUN_NEXT.exec(s.slice(takenTo, takenTo + 24));
    if (run && out.cardNumber.replace(/[\d-]+$/, '') === run[1]!.toUpperCase()) out.cardNumber = null;
  }
  if (takenFrom >= 0) {
    // The cheap looks first: a second "#" after the number, then a joiner.
    if (
      s.charCodeAt(takenFrom) === 35 &&
      s.indexOf('#', takenTo) > 0 &&
      (s.includes('+') || s.includes('&') || s.includes('and')) &&
      joinedCardNumber(s, takenTo)
    )
      out.lotCount ??= 2;
    addMask(takenFrom, takenTo);
  }
  readYear(s, firstDigit, byWords, out);
  // "1986 Fleer Jordan #57/132", "57 of 132": before the 1990s no card was numbered by hand, so a
  // card's number over a hundred or more is its place in its set ("600/752" alone is how much of a set).
  if (
    out.serial !== null &&
    out.serial >= 100 &&
    out.serialNumber !== null &&
    out.cardNumber === null &&
    out.year !== null &&
    out.year < 1990 &&
    !MODERN_YEAR.test(s) &&
    (hashBefore(s, serialFrom) || s.slice(serialFrom, serialTo).includes('of'))
  ) {
    out.cardNumber = String(out.serialNumber);
    out.serial = null;
    out.serialNumber = null;
  }
  return out;
}
const MODERN_YEAR = /(?<!\d)(?:199\d|20\d\d)(?!\d)/;
