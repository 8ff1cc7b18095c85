/** Reads a search query with the same reader as listing titles, and keeps the words comps must contain. */
import type { ParsedQuery } from '@kuya/shared/comps';
import { readTitle } from '../title/classify.ts';

/** Words after which a bare number is a grade, a count or a release, not the card's number. */
const NOT_BEFORE_A_CARD_NUMBER = new Set([
  'psa',
  'bgs',
  'bvg',
  'sgc',
  'cgc',
  'csg',
  'hga',
  'tag',
  'gma',
  'isa',
  'beckett',
  'grade',
  'graded',
  'mint',
  'mt',
  'gem',
  'pristine',
  'auto',
  'series',
  'lot',
  'of',
  'x',
  'top',
  'pick',
  'round',
  'no',
]);
const BARE_NUMBER = /(?<![\w./#'-])(\d{1,4})(?![\w./%-])/g;

/**
 * A collector types the card number bare ("Guerrero 2019 Chrome 14 PSA 9"): in a query, the one bare
 * number that is not the year, a grade, a count or a serial is the card's number. (In a listing a bare
 * number is too often something else to be read so.)
 */
function bareCardNumber(normalized: string, year: number | null): string | null {
  let found: string | null = null;
  for (const m of normalized.matchAll(BARE_NUMBER)) {
    const digits = m[1]!;
    if (digits.length === 4 && Number(digits) === year) continue;
    if (digits.length === 4 && /^(?:19|20)\d\d$/.test(digits)) continue;
    const before = /([a-z0-9]+)\W*$/.exec(normalized.slice(0, m.index));
    if (before && (NOT_BEFORE_A_CARD_NUMBER.has(before[1]!) || /^\d+$/.test(before[1]!))) continue;
    if (found !== null) return null;
    found = digits;
  }
  return found;
}

/** `word` is one of the letter runs of the card code `code` ("cpa" of "cpa-ra"). */
const codeHolds = (code: string, word: string): boolean => code.split(/[^a-z]+/).includes(word);

export function parseQuery(query: string): ParsedQuery {
  const reading = readTitle(query, true);
  if (reading.card.cardNumber === null) {
    const bare = bareCardNumber(reading.card.normalizedTitle, reading.card.year);
    if (bare !== null) reading.card = { ...reading.card, cardNumber: bare };
  }
  const terms: string[] = [];
  const optionalTerms: string[] = [];
  const { unknownWords, unknownAt } = reading;
  // The letters of a card code ("CPA-RA") are the card's number, not words its comps must hold.
  const code = reading.card.cardNumber?.toLowerCase() ?? '';
  for (let k = 0; k < unknownWords.length; k++) {
    const word = unknownWords[k]!;
    if (word.length < 2 || terms.includes(word) || (code !== '' && codeHolds(code, word))) continue;
    terms.push(word);
    // A name directly followed by another name ("Mike Trout") may be left out by a seller.
    if (unknownAt[k + 1] === unknownAt[k]! + 1) optionalTerms.push(word);
  }
  return {
    text: query,
    card: reading.card,
    terms,
    optionalTerms,
    raw: reading.saysRaw,
    noAutograph: reading.negatedAutograph,
  };
}
