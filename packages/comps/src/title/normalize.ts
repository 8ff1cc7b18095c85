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
const WORD_SPLIT = /[^a-z0-9]+/;

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
  return s.toLowerCase().replace(INITIALS, '$1$2').replace(POSSESSIVE, '$1');
}

/** The words of a normalised text: runs of letters and digits ("non-auto" → "non", "auto"). */
export function wordsOf(normalized: string): string[] {
  const parts = normalized.replace(/'/g, '').split(WORD_SPLIT);
  const words: string[] = [];
  for (const part of parts) if (part) words.push(part);
  return words;
}
