/** Reads a search query with the same reader as listing titles, and keeps the words comps must contain. */
import type { ParsedQuery } from '@kuya/shared/comps';
import { readTitle } from '../title/classify.ts';
import { BLACK_LABEL } from '../title/grade.ts';
import { PHRASES, SET_KINDS } from '../title/lexicon.ts';
import { BIS_NEXT } from '../title/numbers.ts';
import { withNamesForNicknames } from './nicknames.ts';

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
  'gai',
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
  // Flair Showcase's "Row 0", "Row 1": a parallel's name.
  'row',
]);
const BARE_NUMBER = /(?<![\w./#'-])(\d{1,4})(?![\w./%-])/g;

/**
 * A collector types the card number bare ("Guerrero 2019 Chrome 14 PSA 9"): in a query, the one bare
 * number that is not the year, a grade, a count or a serial is the card's number. (In a listing a bare
 * number is too often something else to be read so.)
 */
function bareCardNumber(normalized: string, year: number | null): string | null {
  const yearInFull = year !== null && normalized.includes(String(year));
  let found: string | null = null;
  for (const m of normalized.matchAll(BARE_NUMBER)) {
    const digits = m[1]!;
    if (digits.length === 4 && Number(digits) === year) continue;
    // The year written in two digits ("94 SP …", "steph 09 topps"; "2019 Chrome Vlad 19" is card 19).
    if (digits.length === 2 && year !== null && Number(digits) === year % 100 && !yearInFull) continue;
    if (digits.length === 4 && /^(?:19|20)\d\d$/.test(digits)) continue;
    const before = /([a-z0-9]+)\W*$/.exec(normalized.slice(0, m.index));
    if (before && (NOT_BEFORE_A_CARD_NUMBER.has(before[1]!) || /^\d+$/.test(before[1]!))) continue;
    if (found !== null) return null;
    // "messi megacracks 71 bis": the card added after #71.
    found = BIS_NEXT.test(normalized.slice(m.index + digits.length)) ? `${digits}BIS` : digits;
  }
  return found;
}

/** `word` is one of the letter runs of the card code `code` ("cpa" of "cpa-ra"). */
const codeHolds = (code: string, word: string): boolean => code.split(/[^a-z]+/).includes(word);

/** A word that names a set or its maker, as the lexicon spells it ("ud", "opc", "topps", "traded"). */
const isSetWord = (word: string): boolean =>
  SET_KINDS.has(word) ||
  (PHRASES.get(word)?.some((e) => e.tag.kind === 'set' && e.words.length === 1) ?? false);

/** A two-digit number standing alone, with the words on either side. */
const SHORT_NUMBER = /(?<![\w./#'-])'?(\d{2})(?![\w./%-])/g;

/**
 * "94 SP A-Rod", "steph 09 topps rc", "griffey 89 ud #1", "mj sticker 86 fleer": collectors type a
 * card's year in two digits before the set. (After a set it is as often the card number: "jordan
 * fleer 57" is #57.) Never after a grade word ("psa 10 topps").
 */
function shortYear(normalized: string): number | null {
  for (const m of normalized.matchAll(SHORT_NUMBER)) {
    const before = /([a-z]+)\W*$/.exec(normalized.slice(0, m.index))?.[1];
    const after = /^\W*([a-z]+)/.exec(normalized.slice(m.index + m[0].length))?.[1];
    if (before !== undefined && NOT_BEFORE_A_CARD_NUMBER.has(before)) continue;
    if (after === undefined || !isSetWord(after)) continue;
    const yy = Number(m[1]);
    return yy <= 30 ? 2000 + yy : 1900 + yy;
  }
  return null;
}

/** Hope words: "ready to be graded PSA" wants no slab. */
const HOPED = /(?<![a-z])(?:ready|candidate|potential|should|could|worthy)(?![a-z])/;
/**
 * A query asking for a slab without its grade: one of the big graders' names ("luka prizm psa"), not
 * an authentication ("PSA/DNA", "Beckett BAS") or a look-alike ("PSA 10 style case"), or "graded".
 */
const SLAB_ASKED =
  /(?<![a-z/-])(?<!(?:to|for|ex|from|of|no|not|non)\s*-?\s*)(?:(psa|bgs|sgc|cgc)(?![a-z/:])(?!\s*(?:dna|auth|authentic|authenticated|coa|loa|bas|label|style|case|sticker|certified|graded\s+hit|card\s+saver|submission|sub|ready|candidate|grading|\?)(?![a-z]))|(?<!(?:be|get|to|not|un)\s*)(?:graded|slabbed)(?![a-z:]))/;

/** "sgc 10 gold" with no other parallel word after it. */
const SGC_TEN_GOLD =
  /(?<![a-z])sgc\s*(?:gem\s*mint\s*)?10\s+gold(?![a-z])(?!\s*(?:prizm|refractor|foil|wave|shimmer|vinyl|parallel|\/|#))/;

/**
 * "luka prizm psa 9 or 10": a query naming more than one grade of a grader
 * asks for that grader's slabs, each grade on its own rung of the ladder (in a title the same words
 * are a hope; a search names its wishes).
 */
const GRADE_CHOICES =
  /(?<![a-z])(?<!(?:should|could|would|will|may|candidate|hoping|hope)\s+(?:grade\s+|be\s+(?:an?\s+)?)?)(psa|bgs|sgc|cgc|beckett)\s*(?:10|[1-9](?:\.5)?)\s+or\s+(?:psa\s*|bgs\s*|sgc\s*|cgc\s*)?(?:10|[1-9](?:\.5)?)(?![\d.x])(?!\s*(?:\?|worthy|quality|look|candidate|potential|ready|comp)(?![a-z]))/gi;

export function parseQuery(query: string): ParsedQuery {
  const reading = readTitle(withNamesForNicknames(query).replace(GRADE_CHOICES, '$1'), true);
  const normalized = reading.card.normalizedTitle;
  if (reading.card.year === null) {
    const year = shortYear(normalized);
    if (year !== null) reading.card = { ...reading.card, year };
  }
  // "luka prizm rc bgs black label": only Beckett's 10 has a Black Label, so the query names that grade.
  if (!reading.card.graded && !reading.card.speculativeGrade && BLACK_LABEL.test(normalized))
    reading.card = { ...reading.card, graded: true, grader: 'BGS', grade: 10, blackLabel: true };
  // "luka prizm psa", "ohtani chrome rc graded": a grader's slabs in any grade, or any slab.
  const { graded, speculativeGrade, authenticated, noise, autograph } = reading.card;
  if (
    !graded &&
    !speculativeGrade &&
    !authenticated &&
    !reading.saysRaw &&
    noise.length === 0 &&
    !autograph
  ) {
    const named = HOPED.test(normalized) ? null : SLAB_ASKED.exec(normalized);
    if (named !== null)
      reading.card = {
        ...reading.card,
        graded: true,
        // The names SLAB_ASKED takes are their graders' own, upper-cased.
        grader: named[1] ? named[1].toUpperCase() : null,
        grade: null,
      };
  }
  // "sgc 10 gold": SGC's gold label, its Pristine 10, no gold parallel.
  if (reading.card.grader === 'SGC' && reading.card.grade === 10 && SGC_TEN_GOLD.test(normalized))
    reading.card = { ...reading.card, parallel: null, gradeQualifier: 'pristine' };
  let numberMayBeYear = false;
  if (reading.card.cardNumber === null) {
    const bare = bareCardNumber(normalized, reading.card.year);
    if (bare !== null) {
      reading.card = { ...reading.card, cardNumber: bare };
      numberMayBeYear = reading.card.year === null && bare.length === 2;
    }
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
    numberMayBeYear,
  };
}
