/** Reads a search query with the same reader as listing titles, and keeps the words comps must contain. */
import type { ParsedQuery } from '@kuya/shared/comps';
import { readTitle } from '../title/classify.ts';

export function parseQuery(query: string): ParsedQuery {
  const reading = readTitle(query, true);
  const terms: string[] = [];
  const optionalTerms: string[] = [];
  const { unknownWords, unknownAt } = reading;
  for (let k = 0; k < unknownWords.length; k++) {
    const word = unknownWords[k]!;
    if (word.length < 2 || terms.includes(word)) continue;
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
