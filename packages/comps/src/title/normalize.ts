/**
 * One normal form for titles and queries: no markup, lower case, no accents, plain quotes and
 * dashes, dotted initials joined ("A.J." → "aj"), possessives dropped. Everything else reads this form.
 */

const NON_ASCII = /[^\u0000-\u007f]/;
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
const TYPOGRAPHIC = /[\u2010-\u2015\u2018-\u201f\u2032\u2033\u2212\u00b4]/;
const DIACRITICS = /[\u0300-\u036f]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const INITIALS = /(?<![a-z])([a-z])\.\s?([a-z])\.(?![a-z])/g;
const POSSESSIVE = /([a-z])'s(?![a-z])/g;

const HTML_TAG = /<[^>]*>/g;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&lt;': ' ',
  '&gt;': ' ',
  '&nbsp;': ' ',
};
const ENTITY = /&(?:amp|quot|#39|apos|lt|gt|nbsp);/g;

/** A character code of an ASCII digit. */
export const isDigit = (c: number) => c >= 48 && c <= 57;

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

export function normalizeText(text: string): string {
  let s = text;
  // Provider titles sometimes carry markup; it is never part of the card.
  if (s.includes('<')) s = s.replace(HTML_TAG, ' ');
  if (s.includes('&')) s = s.replace(ENTITY, (e) => ENTITIES[e] ?? ' ');
  // Emoji need nothing: they separate words like any other symbol.
  if (NON_ASCII.test(s)) {
    if (ACCENTED.test(s)) s = s.normalize('NFKD').replace(DIACRITICS, '');
    if (TYPOGRAPHIC.test(s))
      s = s.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
  }
  s = s.toLowerCase();
  if (s.includes('.')) s = s.replace(INITIALS, '$1$2');
  if (s.includes("'")) s = s.replace(POSSESSIVE, '$1');
  return s;
}

/** Characters worth knowing about before running a reader that needs them. */
export const Mark = { Digit: 1, Slash: 2, Hash: 4, Paren: 8, Question: 16, Hyphen: 32 } as const;

export interface Tokens {
  words: string[];
  /** Bit set of `Mark`s present in the text. */
  marks: number;
  /** Index of the first digit in the text (-1 when none): no number starts before it. */
  firstDigit: number;
}

const APOSTROPHE = 39;

/**
 * Filled by `tokenize`: 1 at index k when word k holds a digit, else 0. Read it before the next
 * `tokenize` call; it saves the word pass a second look at every word.
 */
export let wordDigits = new Uint8Array(64);
/** Filled by `tokenize`: `wordHash` of word k, so the lexicon is looked up without hashing it again. */
export let wordHashes = new Int32Array(64);

/** The hash `tokenize` records for each word. */
export function wordHash(word: string): number {
  let h = 0;
  for (let k = 0; k < word.length; k++) h = (Math.imul(h, 31) + word.charCodeAt(k)) | 0;
  return h;
}

/**
 * The words of a normalised text: runs of letters and digits ("non-auto" → "non", "auto"); an
 * apostrophe inside a word joins it ("ja'marr" → "jamarr", "#'d" → "d").
 */
export function tokenize(normalized: string): Tokens {
  const words: string[] = [];
  let marks = 0;
  let start = -1;
  let joined = '';
  let digit = 0;
  let hash = 0;
  let firstDigit = -1;
  const length = normalized.length;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? normalized.charCodeAt(i) : 32;
    if (c >= 97 && c <= 122) {
      hash = (Math.imul(hash, 31) + c) | 0;
      if (start < 0) start = i;
      continue;
    }
    if (c >= 48 && c <= 57) {
      if (firstDigit < 0) firstDigit = i;
      marks |= Mark.Digit;
      digit = 1;
      hash = (Math.imul(hash, 31) + c) | 0;
      if (start < 0) start = i;
      continue;
    }
    if (c === APOSTROPHE && start >= 0) {
      joined += normalized.slice(start, i);
      start = i + 1;
      continue;
    }
    if (start >= 0 || joined) {
      const word = joined + (start >= 0 ? normalized.slice(start, i) : '');
      if (word) {
        if (words.length === wordDigits.length) {
          const grown = new Uint8Array(wordDigits.length * 2);
          grown.set(wordDigits);
          wordDigits = grown;
          const grownHashes = new Int32Array(wordHashes.length * 2);
          grownHashes.set(wordHashes);
          wordHashes = grownHashes;
        }
        wordDigits[words.length] = digit;
        wordHashes[words.length] = hash;
        words.push(word);
      }
      digit = 0;
      hash = 0;
      start = -1;
      joined = '';
    }
    if (c === 47) marks |= Mark.Slash;
    else if (c === 35) marks |= Mark.Hash;
    else if (c === 40) marks |= Mark.Paren;
    else if (c === 63) marks |= Mark.Question;
    else if (c === 45) marks |= Mark.Hyphen;
  }
  return { words, marks, firstDigit };
}
