/**
 * One normal form for titles and queries: no markup, lower case, no accents, plain quotes and
 * dashes, dotted initials joined ("A.J." → "aj"), possessives dropped. Everything else reads this form.
 *
 * The words of that form are found without cutting them out: `readWords` records
 * where each word starts and ends, its hash and what digits it holds, so the lexicon is looked up by
 * hash and compared in place. A title of ten words then costs no string but its lower-case form, and
 * most titles (ASCII, or ASCII and emoji) are lower-cased and split in one pass.
 */

const NON_ASCII = /[^\u0000-\u007f]/;
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const TYPOGRAPHIC = /[\u2010-\u2015\u2018-\u201f\u2032\u2033\u2212\u00b4]/;
const DIACRITICS = /[\u0300-\u036f]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u2033]/g;
const DASHES = /[\u2010-\u2013\u2212]/g;
/** An em dash separates words ("JUAN SOTO—2018 TOPPS"); a hyphen or en dash joins them ("2019–20"). */
const EM_DASHES = /[\u2014\u2015]/g;
/** Dotted initials and acronyms: "A.J.", "C.J.", "P.S.A. 10", "B.G.S 9.5", "R.C." (two to four letters). */
const INITIALS = /(?<![a-z.])(?:[a-z]\.\s?[a-z]\.|[a-z](?:\.[a-z]){1,3}\.?)(?![a-z])/g;
const joinInitials = (initials: string): string => initials.replace(/[.\s]/g, '');
const POSSESSIVE = /([a-z])'s(?![a-z])/g;

const HTML_TAG = /<[^>]*>/g;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
  '&lt;': ' ',
  '&gt;': ' ',
  '&nbsp;': ' ',
};
/** A named entity, or a character by its number ("&#269;", "&#x27;"). */
const ENTITY = /&(?:amp|quot|apos|lt|gt|nbsp|#\d{1,7}|#x[0-9a-f]{1,6});/gi;
function decodeEntity(entity: string): string {
  const named = ENTITIES[entity.toLowerCase()];
  if (named !== undefined) return named;
  const hex = entity[2] === 'x' || entity[2] === 'X';
  const code = Number.parseInt(entity.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : ' ';
}
/** Zero-width spaces and joiners ("PSA\u200b10"): a space, as a reader would see none at all. */
const ZERO_WIDTH = /[\u200b-\u200d\u2060]/g;
/** Full-width ASCII ("ＰＳＡ １０", "／50"), as East Asian keyboards type it. */
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const halfWidth = (c: string): string => String.fromCharCode(c.charCodeAt(0) - 0xfee0);

/** A character code of an ASCII digit. */
export const isDigit = (c: number) => c >= 48 && c <= 57;

/** A character code of a lower-case ASCII letter. */
export const isLetter = (c: number) => c >= 97 && c <= 122;

/** A character code of a word character: a lower-case ASCII letter or a digit. */
export const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** What /\s/ matches among the characters a normalised title can hold. */
export const isSpace = (c: number) =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  c === 160 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** Markup, an entity or a character beyond ASCII: the titles that need more than lower case. */
const MARKED_UP = /[<&\u0080-\uffff]/;

/** A search result page's "New Listing" badge, scraped glued to the title ("New ListingLot of 10"), set apart. */
const unglued = (lower: string): string =>
  lower.charCodeAt(0) === 110 && lower.startsWith('new listing') && isWordChar(lower.charCodeAt(11))
    ? `new listing ${lower.slice(11)}`
    : lower;

function normalizeText(text: string): string {
  let s = text;
  // Most titles are plain ASCII: lower case, and the two rewrites only when their character is there.
  // (Native searches: a character loop in JavaScript costs more than these three passes.)
  if (MARKED_UP.test(s)) {
    // Provider titles sometimes carry markup; it is never part of the card.
    if (s.includes('<')) s = s.replace(HTML_TAG, ' ');
    if (s.includes('&')) s = s.replace(ENTITY, decodeEntity);
    // Emoji need nothing: they separate words like any other symbol.
    if (NON_ASCII.test(s)) {
      s = s.replace(ZERO_WIDTH, ' ').replace(FULL_WIDTH, halfWidth);
      if (ACCENTED.test(s)) s = s.normalize('NFKD').replace(DIACRITICS, '');
      if (TYPOGRAPHIC.test(s))
        s = s
          .replace(SINGLE_QUOTES, "'")
          .replace(DOUBLE_QUOTES, '"')
          .replace(EM_DASHES, ' - ')
          .replace(DASHES, '-');
    }
  }
  s = unglued(s.toLowerCase());
  if (s.includes('.')) s = s.replace(INITIALS, joinInitials);
  if (s.includes("'")) s = s.replace(POSSESSIVE, '$1');
  return s;
}

/** Characters worth knowing about before running a reader that needs them. */
export const Mark = {
  Digit: 1,
  Slash: 2,
  Hash: 4,
  Paren: 8,
  Question: 16,
  Hyphen: 32,
  Comma: 64,
  Dot: 128,
  /** A letter directly before a digit, or before "-" and a digit: what a bare card number needs. */
  CardCode: 256,
  /** A "+" or an "&": the joiners of several cards ("RC + Prizm RC", "Silver & Base"). */
  Joiner: 512,
  /** A second "#": two card numbers ("#249 #248"). */
  SecondHash: 1024,
  /** Kana or a CJK ideograph: the title may hold Japanese words. */
  Cjk: 2048,
} as const;

/** What `tokens.digit` says of a word (bits). */
export const WordDigits = {
  /** It holds a digit. */
  Digit: 1,
  /** A letter directly before a digit inside it ("us175"). */
  AfterLetter: 2,
  /** It starts with a digit right after "-" and a letter ("bdc-150"). */
  AfterHyphen: 4,
  /** It is digits only ("2020", "166"). */
  OnlyDigits: 8,
} as const;

/**
 * The words `readWords` found last, as positions in `text`. Read before the next call:
 * one set of arrays serves every title, so reading a title allocates nothing per word.
 */
export const tokens = {
  /** The text the words lie in: the normal form, without the apostrophes that joined a word. */
  text: '',
  /** How many words. */
  count: 0,
  /** Bit set of `Mark`s present in the text. */
  marks: 0,
  /**
   * Index of the first digit in `text` (-1 when none): no number starts before it. Also a bound in the
   * normal form, where it can only be later (`text` only drops apostrophes).
   */
  firstDigit: -1,
  /** Word k is `text.slice(start[k], end[k])`. */
  start: new Int32Array(64),
  end: new Int32Array(64),
  /** `wordHash` of word k, so the lexicon is looked up without hashing it again. */
  hash: new Int32Array(64),
  /** `WordDigits` bits of word k (0 when it holds no digit). */
  digit: new Uint8Array(64),
};

function growTokens(): void {
  const size = tokens.start.length * 2;
  const start = new Int32Array(size);
  start.set(tokens.start);
  tokens.start = start;
  const end = new Int32Array(size);
  end.set(tokens.end);
  tokens.end = end;
  const hash = new Int32Array(size);
  hash.set(tokens.hash);
  tokens.hash = hash;
  const digit = new Uint8Array(size);
  digit.set(tokens.digit);
  tokens.digit = digit;
}

/** The hash `readWords` records for each word. */
export function wordHash(word: string): number {
  return hashAt(word, 0, word.length);
}

/** `wordHash` of `text` from `start` to `end`, taken in place (no word is cut out). */
export function hashAt(text: string, start: number, end: number): number {
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  return h;
}

/** What `scanWords` saw besides words (bits): a dot, or a character only `normalizeText` may rewrite. */
const DOT_SEEN = 1;
const REWRITABLE_SEEN = 2;

/**
 * Fills `tokens` with the words of `text`: runs of ASCII letters and digits. Returns which characters
 * the normal form may still rewrite it saw: "." (initials), or "<", "&", "'" and any character beyond
 * ASCII but the halves of an emoji (markup, entities, possessives and apostrophes, accents, quotes).
 */
function scanWords(text: string): number {
  let count = 0;
  let marks = 0;
  let seen = 0;
  let firstDigit = -1;
  let start = -1;
  let hash = 0;
  let digit = 0;
  let digitCount = 0;
  // The `WordDigits` bits of all words.
  let codes = 0;
  const length = text.length;
  // Room for every word the text can hold, so the arrays can be held in locals for the whole pass.
  while (tokens.start.length < (length >> 1) + 1) growTokens();
  const starts = tokens.start;
  const ends = tokens.end;
  const hashes = tokens.hash;
  const digits = tokens.digit;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      if (start < 0) start = i;
      hash = (Math.imul(hash, 31) + c) | 0;
      continue;
    }
    if (c >= 48 && c <= 57) {
      if (start < 0) {
        start = i;
        if (i >= 2 && text.charCodeAt(i - 1) === 45 && isLetter(text.charCodeAt(i - 2))) digit |= 4;
      } else if (text.charCodeAt(i - 1) >= 97) digit |= 2;
      hash = (Math.imul(hash, 31) + c) | 0;
      digit |= 1;
      digitCount++;
      if (firstDigit < 0) firstDigit = i;
      continue;
    }
    if (start >= 0) {
      if (digitCount === i - start) digit |= 8;
      starts[count] = start;
      ends[count] = i;
      hashes[count] = hash;
      digits[count] = digit;
      codes |= digit;
      count++;
      start = -1;
      hash = 0;
      digit = 0;
      digitCount = 0;
    }
    if (c === 32) continue;
    if (c < 48) {
      if (c === 47) marks |= Mark.Slash;
      else if (c === 35) marks |= marks & Mark.Hash ? Mark.SecondHash : Mark.Hash;
      else if (c === 40) marks |= Mark.Paren;
      else if (c === 45) marks |= Mark.Hyphen;
      else if (c === 46) {
        marks |= Mark.Dot;
        seen |= DOT_SEEN;
      } else if (c === 44) marks |= Mark.Comma;
      else if (c === 43) marks |= Mark.Joiner;
      else if (c === 38) {
        marks |= Mark.Joiner;
        seen |= REWRITABLE_SEEN;
      } else if (c === 39) seen |= REWRITABLE_SEEN;
    } else if (c === 63) marks |= Mark.Question;
    else if (c === 60 || (c >= 128 && (c < 0xd800 || c > 0xdfff))) {
      seen |= REWRITABLE_SEEN;
      if (c >= 0x3040 && c <= 0x9fff) marks |= Mark.Cjk;
    }
  }
  // The loop's end of a word again, for the word that ends the text. Written out, not shared: a helper
  // or a sentinel step past the end made the whole reader ~2% slower (A/B, 10 paired runs).
  if (start >= 0) {
    if (digitCount === length - start) digit |= 8;
    starts[count] = start;
    ends[count] = length;
    hashes[count] = hash;
    digits[count] = digit;
    codes |= digit;
    count++;
  }
  tokens.text = text;
  tokens.count = count;
  if (firstDigit >= 0) marks |= Mark.Digit;
  if (codes & 6) marks |= Mark.CardCode;
  tokens.marks = marks;
  tokens.firstDigit = firstDigit;
  return seen;
}

/**
 * `normalizeText(title)`, split into words (`tokens`, with `tokens.text`): runs of letters and digits
 * ("non-auto" → "non", "auto"); an apostrophe inside a word joins it ("ja'marr" → "jamarr", "#'d" →
 * "d"), so `tokens.text` is the normal form less those apostrophes. Most titles are ASCII, or ASCII and
 * emoji: their normal form is their lower case, so the words are read from it at once and the same
 * pass tells whether the title needed more (then it is normalised in full and read again).
 */
export function readWords(title: string): string {
  const lower = unglued(title.toLowerCase());
  const seen = scanWords(lower);
  if (seen === 0) return lower;
  if (seen === DOT_SEEN) {
    // Initials ("a.j.") are the only rewrite a dot can ask for.
    const s = lower.replace(INITIALS, joinInitials);
    if (s !== lower) scanWords(s);
    return s;
  }
  const s = normalizeText(title);
  scanWords(s.includes("'") ? joinApostrophes(s) : s);
  return s;
}

/** `normalized` without the apostrophes that follow a letter or digit (they join a word). */
function joinApostrophes(normalized: string): string {
  let out = '';
  let from = 0;
  let inWord = false;
  for (let i = 0; i < normalized.length; i++) {
    const c = normalized.charCodeAt(i);
    if (c === 39 && inWord) {
      out += normalized.slice(from, i);
      from = i + 1;
      continue;
    }
    inWord = isWordChar(c);
  }
  return from === 0 ? normalized : out + normalized.slice(from);
}

/** Word k of `text` (as `readWords` left it) is `word`. */
export function isWordAt(text: string, k: number, word: string): boolean {
  const from = tokens.start[k]!;
  if (tokens.end[k]! - from !== word.length) return false;
  for (let j = 0; j < word.length; j++) if (text.charCodeAt(from + j) !== word.charCodeAt(j)) return false;
  return true;
}

/** Word k of `text` (as `readWords` left it), cut out: only for the few words that need a string. */
export const wordAt = (text: string, k: number): string => text.slice(tokens.start[k]!, tokens.end[k]!);

/**
 * `word` (letters and digits) is one of the words of `text`: found with no letter or digit on
 * either side. The matcher's test for a query's names in a listing's word text.
 */
export function hasWord(text: string, word: string): boolean {
  if (word.length === 0) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at === 0 || !isWordChar(text.charCodeAt(at - 1))) && !isWordChar(text.charCodeAt(at + word.length)))
      return true;
  }
  return false;
}
