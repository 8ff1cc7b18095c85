/**
 * The title reader: one listing title in, every field the matcher and the pricing need out.
 * Words are read as whole words through the lexicon; grades and numbers are read from the text
 * around them; a few words ("RP", "SP", "Tribute", "Mega Box", "1st") are decided by their neighbours.
 */
import type { ClassifiedTitle, NoiseCode } from '@kuya/shared/comps';
import { NO_GRADE, readGrade } from './grade.ts';
import { PHRASES, type PhraseEntry, type Tag } from './lexicon.ts';
import { Mark, normalizeText, tokenize, wordDigits, wordHash, wordHashes } from './normalize.ts';
import { mask, readAutographCode, readNumbers } from './numbers.ts';

/** The classified title plus what only the query reader needs. */
export interface TitleReading {
  card: ClassifiedTitle;
  /** Words the lexicon does not know (names, insert names), with no digits. */
  unknownWords: string[];
  /** Positions of the unknown words in the title's word list (adjacent words form a name). */
  unknownAt: number[];
  /** "non-auto", "no auto", "unsigned". */
  negatedAutograph: boolean;
  /** "raw", "ungraded". */
  saysRaw: boolean;
}

interface ParallelHit {
  name: string;
  generic: boolean;
  start: number;
  end: number;
}

interface ContextHit {
  word: Extract<Tag, { kind: 'contextual' }>['word'];
  start: number;
  end: number;
}

const RP_PREMIUM_SETS = new Set([
  'national treasures',
  'flawless',
  'immaculate',
  'contenders',
  'one and one',
  'spectra',
  'noir',
  'impeccable',
  'exquisite',
  'the cup',
]);
const SP_SET_NEXT = new Set([
  'authentic',
  'authentics',
  'game',
  'legendary',
  'signature',
  'top',
  'prospects',
  'chirography',
  'premier',
  'championship',
]);
const NOT_FIRST_BOWMAN = new Set(['round', 'pick', 'overall', 'team', 'place', 'ballot', 'edition', 'day']);
const GRADER_WITH_NUMBER = /^(?:psa|bgs|sgc|cgc|csg|hga|bvg|bccg|tag|gma|isa|ksa|ags)\d/;

function addCode(noise: NoiseCode[], code: NoiseCode): void {
  if (!noise.includes(code)) noise.push(code);
}

const YEAR_WORD = /^(?:19|20)\d\d$/;

/**
 * The lexicon's first words in an open-addressing table keyed by the hash `tokenize` already took of
 * every word: names and numbers, most of a title, find an empty slot without hashing the word again.
 */
const SLOT_BITS = 12;
const SLOTS = 1 << SLOT_BITS;
const SLOT_MASK = SLOTS - 1;
const slotKey: Array<string | undefined> = new Array(SLOTS).fill(undefined);
const slotHash = new Int32Array(SLOTS);
const slotEntries: Array<readonly PhraseEntry[] | undefined> = new Array(SLOTS).fill(undefined);
for (const [word, list] of PHRASES) {
  const h = wordHash(word);
  let at = h & SLOT_MASK;
  while (slotKey[at] !== undefined) at = (at + 1) & SLOT_MASK;
  slotKey[at] = word;
  slotHash[at] = h;
  slotEntries[at] = list;
}

function matchAt(words: string[], i: number): PhraseEntry | undefined {
  const h = wordHashes[i]!;
  let at = h & SLOT_MASK;
  let candidates: readonly PhraseEntry[] | undefined;
  for (let key = slotKey[at]; key !== undefined; key = slotKey[at]) {
    if (slotHash[at] === h && key === words[i]) {
      candidates = slotEntries[at];
      break;
    }
    at = (at + 1) & SLOT_MASK;
  }
  if (!candidates) return undefined;
  // Most first words start one phrase only: the word itself.
  if (candidates.length === 1 && candidates[0]!.words.length === 1) return candidates[0];
  for (const c of candidates) {
    let ok = i + c.words.length <= words.length;
    for (let k = 1; ok && k < c.words.length; k++) ok = words[i + k] === c.words[k];
    if (ok) return c;
  }
  return undefined;
}

function isParallelWord(word: string | undefined): boolean {
  if (!word) return false;
  if (word === 'exclusive' || word === 'exclusives') return true;
  return PHRASES.get(word)?.some((e) => e.tag.kind === 'parallel') ?? false;
}

function parallelName(hits: ParallelHit[]): string | null {
  if (hits.length === 0) return null;
  const named = hits.filter((h) => !h.generic);
  if (named.length === 0) return hits.some((h) => h.name === 'refractor') ? 'refractor' : null;
  const parts: string[] = [];
  for (const h of named) if (!parts.includes(h.name)) parts.push(h.name);
  for (const g of hits) {
    if (!g.generic || parts.includes(g.name)) continue;
    if (named.some((h) => h.end === g.start || g.end === h.start)) parts.push(g.name);
  }
  return parts.join(' ');
}

const NO_WORDS: string[] = [];
const NO_POSITIONS: number[] = [];

/** `forQuery`: also collect the unknown words (names) a query's comps must contain. */
export function readTitle(title: string, forQuery = false): TitleReading {
  const s = normalizeText(title);
  const { words, marks, firstDigit } = tokenize(s);

  const noise: NoiseCode[] = [];
  const parallels: ParallelHit[] = [];
  const contexts: ContextHit[] = [];
  const setWords: string[] = [];
  // Only a query collects them; a listing shares one empty list it never fills.
  const unknownWords: string[] = forQuery ? [] : NO_WORDS;
  const unknownAt: number[] = forQuery ? [] : NO_POSITIONS;
  let autograph = false;
  let negatedAutograph = false;
  let relic = false;
  let rookie = false;
  let damaged = false;
  let saysRaw = false;
  let graderSeen = false;
  let gradeTalk = false;
  let speculativeSeen = false;
  let serialCue = false;
  let countCue = false;
  let negatedUntil = -1;

  for (let i = 0; i < words.length; ) {
    const hit = matchAt(words, i);
    if (!hit) {
      const w = words[i]!;
      if (wordDigits[i] === 0) {
        if (forQuery) {
          unknownWords.push(w);
          unknownAt.push(i);
        }
      } else {
        // Only a word that starts with a letter can be a grader joined to its number ("psa10").
        if (!graderSeen && w.charCodeAt(0) >= 97 && GRADER_WITH_NUMBER.test(w)) graderSeen = true;
        // "x10", "10x": a count of cards.
        if (w.charCodeAt(0) === 120 || w.charCodeAt(w.length - 1) === 120) countCue = true;
      }
      i++;
      continue;
    }
    const end = i + hit.words.length;
    const negated = i < negatedUntil;
    const tag = hit.tag;
    switch (tag.kind) {
      case 'noise':
        if (!negated) addCode(noise, tag.code);
        if (tag.code === 'lot') countCue = true;
        break;
      case 'cue':
        if (tag.cue === 'serial') serialCue = true;
        else countCue = true;
        break;
      case 'contextual':
        contexts.push({ word: tag.word, start: i, end });
        break;
      case 'autograph':
        if (negated) negatedAutograph = true;
        else {
          autograph = true;
          if (tag.relic) relic = true;
          if (tag.rookie) rookie = true;
        }
        break;
      case 'relic':
        if (!negated) {
          relic = true;
          if (tag.rookie) rookie = true;
        }
        break;
      case 'rookie':
        rookie = true;
        break;
      case 'parallel':
        parallels.push({ name: tag.name, generic: tag.generic === true, start: i, end });
        break;
      case 'set':
        if (!setWords.includes(tag.name)) setWords.push(tag.name);
        // "Silver Prizm" names a parallel; "Prizm" alone is the set.
        if (tag.name === 'prizm') parallels.push({ name: 'prizm', generic: true, start: i, end });
        break;
      case 'negation':
        negatedUntil = end + 2;
        if (hit.words[0] === 'unsigned' || hit.words[0] === 'nonauto') negatedAutograph = true;
        break;
      case 'damage':
        if (!negated) damaged = true;
        break;
      case 'raw':
        saysRaw = true;
        break;
      case 'grader':
        graderSeen = true;
        break;
      case 'gradeWord':
        gradeTalk = true;
        break;
      case 'speculative':
        gradeTalk = true;
        speculativeSeen = true;
        break;
      default:
        break;
    }
    i = end;
  }

  if ((marks & Mark.Question) !== 0) gradeTalk = true;
  // Without a grader or grade talk there is no grade to read (readGrade would say so).
  const grade =
    graderSeen || gradeTalk
      ? readGrade(s, {
          autograph,
          grader: graderSeen,
          gradeTalk,
          speculative: speculativeSeen,
          outOfSlab: saysRaw,
        })
      : NO_GRADE;
  let masked = s;
  for (const [from, to] of grade.spans) masked = mask(masked, from, to);
  const numbers = readNumbers(masked, marks, serialCue, countCue, firstDigit);
  if (numbers.lotCount !== null) addCode(noise, 'lot');

  for (const c of contexts) {
    const before = words[c.start - 1];
    const after = words[c.end];
    switch (c.word) {
      case 'rp': {
        // "RP" is a Rookie Patch beside autographs, relics, numbering or a slab; otherwise a reprint.
        const patchContext =
          autograph ||
          relic ||
          numbers.serial !== null ||
          grade.graded ||
          setWords.some((w) => RP_PREMIUM_SETS.has(w));
        if (patchContext && !noise.includes('reprint')) {
          relic = true;
          rookie = true;
        } else addCode(noise, 'reprint');
        break;
      }
      case 'tribute':
        if (
          before === 'topps' ||
          (before !== undefined && YEAR_WORD.test(before) && setWords.includes('topps'))
        ) {
          setWords.push('tribute');
        } else addCode(noise, 'reprint');
        break;
      case 'sp': {
        const era = before !== undefined && YEAR_WORD.test(before) && Number(before) <= 2010;
        // The set leads the title ("SP Derek Jeter #279"); a short print follows the card it marks.
        const leads = c.start === 0 && after !== undefined && !isParallelWord(after);
        if ((after && SP_SET_NEXT.has(after)) || before === 'deck' || before === 'ud' || era || leads) {
          setWords.push('sp');
        } else parallels.push({ name: 'sp', generic: false, start: c.start, end: c.end });
        break;
      }
      case 'retailBox':
        // "Mega Box Mojo", "Blaster exclusive green": one card from that box, not the box.
        if (
          !parallels.some((p) => !p.generic || p.name === 'refractor') &&
          !isParallelWord(after) &&
          numbers.cardNumber === null
        ) {
          addCode(noise, 'sealed');
        }
        break;
      case 'first':
        // "1st" in a Bowman title is the first Bowman card ("1st round pick" is not).
        if (setWords.includes('bowman') && !(after && NOT_FIRST_BOWMAN.has(after))) rookie = true;
        break;
    }
  }

  // A break sells a spot in someone else's box: the box is part of the break, not a sale of it.
  if (noise.includes('break') && noise.includes('sealed')) noise.splice(noise.indexOf('sealed'), 1);

  const card: ClassifiedTitle = {
    title,
    graded: grade.graded,
    grader: grade.grader,
    grade: grade.grade,
    gradeQualifier: grade.gradeQualifier,
    blackLabel: grade.blackLabel,
    subgrades: grade.subgrades,
    autoGrade: grade.autoGrade,
    authenticated: grade.authenticated,
    speculativeGrade: grade.speculativeGrade,
    autograph,
    relic,
    parallel: parallelName(parallels),
    serial: numbers.serial,
    serialNumber: numbers.serialNumber,
    rookie,
    year: numbers.year,
    seasonEnd: numbers.seasonEnd,
    setWords,
    cardNumber: numbers.cardNumber ?? (autograph && marks & Mark.Hyphen ? readAutographCode(title) : null),
    noise,
    damaged,
    words,
  };
  return { card, unknownWords, unknownAt, negatedAutograph, saysRaw };
}

/** Reads one listing title into the engine's fields (see `ClassifiedTitle`). */
export function classifyTitle(title: string): ClassifiedTitle {
  return readTitle(title).card;
}
