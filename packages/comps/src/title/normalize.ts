/**
 * One normal form for titles and queries: lower case, no accents, plain quotes and dashes,
 * dotted initials joined ("A.J." → "aj"), possessives dropped. Everything else reads this form.
 */

const NON_ASCII = /[^\u0000-\u007f]/;
const DIACRITICS = /[\u0300-\u036f]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const INITIALS = /(?<![a-z])([a-z])\.\s?([a-z])\.(?![a-z])/g;
const POSSESSIVE = /([a-z])'s(?![a-z])/g;

export function normalizeText(text: string): string {
  let s = text;
  if (NON_ASCII.test(s)) {
    s = s
      .normalize('NFKD')
      .replace(DIACRITICS, '')
      .replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"')
      .replace(DASHES, '-');
  }
  s = s.toLowerCase();
  if (s.includes('.')) s = s.replace(INITIALS, '$1$2');
  if (s.includes("'")) s = s.replace(POSSESSIVE, '$1');
  return s;
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const APOSTROPHE = 39;

/**
 * The words of a normalised text: runs of letters and digits ("non-auto" → "non", "auto"); an
 * apostrophe inside a word joins it ("ja'marr" → "jamarr", "#'d" → "d").
 */
export function wordsOf(normalized: string): string[] {
  const words: string[] = [];
  let start = -1;
  let joined = '';
  for (let i = 0; i <= normalized.length; i++) {
    const c = i < normalized.length ? normalized.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (start < 0) start = i;
    } else if (c === APOSTROPHE && start >= 0) {
      joined += normalized.slice(start, i);
      start = i + 1;
    } else if (start >= 0 || joined) {
      const word = joined + (start >= 0 ? normalized.slice(start, i) : '');
      if (word) words.push(word);
      start = -1;
      joined = '';
    }
  }
  return words;
}
