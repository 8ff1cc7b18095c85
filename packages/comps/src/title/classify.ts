/**
 * The title reader: one listing title in, every field the matcher and the pricing need out.
 * Words are read as whole words through the lexicon; grades and numbers are read from the text
 * around them; a few words ("RP", "SP", "Tribute", "Mega Box", "1st") are decided by their neighbours.
 */
import type { ClassifiedTitle, NoiseCode } from '@kuya/shared/comps';
import { readGrade } from './grade.ts';
import { PHRASES, type PhraseEntry, type Tag } from './lexicon.ts';
import { Mark, normalizeText, tokenize } from './normalize.ts';
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

function hasDigit(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}
const YEAR_WORD = /^(?:19|20)\d\d$/;

/**
 * A cheap screen before the lexicon's Map: which (length, first letter, last letter) its first words
 * have. Names and numbers, most of a title, fail it without hashing the word.
 */
const SHAPE_BITS = (() => {
  const bits = new Uint8Array(32 * 64 * 64);
  for (const word of PHRASES.keys()) {
    const at = shapeOf(word);
    if (at >= 0) bits[at] = 1;
  }
  return bits;
})();
function shapeOf(word: string): number {
  const n = word.length;
  if (n === 0) return -1;
  return (Math.min(n, 31) << 12) | ((word.charCodeAt(0) & 63) << 6) | (word.charCodeAt(n - 1) & 63);
}

function matchAt(words: string[], i: number): PhraseEntry | undefined {
  if (SHAPE_BITS[shapeOf(words[i]!)] !== 1) return undefined;
  const candidates = PHRASES.get(words[i]!);
  if (!candidates) return undefined;
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

/** `forQuery`: also collect the unknown words (names) a query's comps must contain. */
export function readTitle(title: string, forQuery = false): TitleReading {
  const s = normalizeText(title);
  const { words, marks } = tokenize(s);

  const noise: NoiseCode[] = [];
  const parallels: ParallelHit[] = [];
  const contexts: ContextHit[] = [];
  const setWords: string[] = [];
  const unknownWords: string[] = [];
  const unknownAt: number[] = [];
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
      if (!hasDigit(w)) {
        if (forQuery) {
          unknownWords.push(w);
          unknownAt.push(i);
        }
      } else {
        if (!graderSeen && GRADER_WITH_NUMBER.test(w)) graderSeen = true;
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

  const grade = readGrade(s, {
    autograph,
    grader: graderSeen,
    gradeTalk: gradeTalk || (marks & Mark.Question) !== 0,
    speculative: speculativeSeen,
    outOfSlab: saysRaw,
  });
  let masked = s;
  for (const [from, to] of grade.spans) masked = mask(masked, from, to);
  const numbers = readNumbers(masked, marks, serialCue, countCue);
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
