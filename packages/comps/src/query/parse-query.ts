/** Reads a search query with the same reader as listing titles, and keeps the words comps must contain. */
import type { ParsedQuery } from '@kuya/shared/comps';
import { readTitle } from '../title/classify.ts';
import { SET_KINDS } from '../title/lexicon.ts';

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
    // The year written in two digits at the start ("94 SP …").
    if (m.index === 0 && digits.length === 2 && year !== null && Number(digits) === year % 100) continue;
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

/**
 * "94 SP A-Rod", "52 Topps Mays": a query that opens with two digits and a set word opens with its
 * year. (A listing that does may open with a count: "10 Topps Chrome Refractors".)
 */
const LEADING_YEAR = /^\s*'?(\d{2})\s+([a-z]+(?:\s+[a-z]+)?)/;
function leadingYear(normalized: string): number | null {
  const m = LEADING_YEAR.exec(normalized);
  if (!m) return null;
  const words = m[2]!;
  if (!SET_KINDS.has(words.split(' ')[0]!) && !SET_KINDS.has(words)) return null;
  const yy = Number(m[1]);
  return yy <= 30 ? 2000 + yy : 1900 + yy;
}

export function parseQuery(query: string): ParsedQuery {
  const reading = readTitle(query, true);
  const normalized = reading.card.normalizedTitle;
  if (reading.card.year === null) {
    const year = leadingYear(normalized);
    if (year !== null) reading.card = { ...reading.card, year };
  }
  if (reading.card.cardNumber === null) {
    const bare = bareCardNumber(normalized, reading.card.year);
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
