/**
 * The title reader: one listing title in, every field the matcher and the pricing need out.
 * Words are read as whole words through the lexicon; grades and numbers are read from the text
 * around them; a few words ("RP", "SP", "Tribute", "Mega Box", "1st") are decided by their neighbours.
 */
import type { ClassifiedTitle, NoiseCode } from '@kuya/shared/comps';
import {
  addGraderWord,
  GRADER_GRADE,
  graderWords,
  gradeSpans,
  Hint,
  NO_GRADE,
  nameAt,
  readGrade,
  SPELLED_NUMBERS,
} from './grade.ts';
import {
  INSERT_SETS,
  NAME_SUFFIXES,
  PHRASES,
  type PhraseEntry,
  SET_KINDS,
  type Tag,
  TEAM_COLOURS,
} from './lexicon.ts';
import {
  hasWord,
  isSpace,
  isWordAt,
  isWordChar,
  Mark,
  readWords,
  tokens,
  WordDigits,
  wordAt,
  wordHash,
} from './normalize.ts';
import { readAutographCode, readNumbers } from './numbers.ts';

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
/** Flaws that only matter when bad: "light surface scratch", "minor foil chipping" is still the card. */
const MILD_FLAWS = new Set(['surface scratch', 'surface scratches', 'surface wear', 'chipping', 'chipped']);
const MILD_WORDS = ['light', 'lite', 'minor', 'slight', 'faint'];
/** The flaw at word i is said to be slight ("light surface scratch", "minor foil chipping"). */
function mildFlaw(text: string, i: number, words: readonly string[]): boolean {
  if (!MILD_FLAWS.has(words.join(' '))) return false;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (MILD_WORDS.includes(wordAt(text, k))) return true;
  return false;
}

/** An insert's name ends right before word k ("Genesis" of "Genesis Parallel"). */
function insertEndsAt(text: string, k: number): boolean {
  for (let from = Math.max(0, k - 3); from < k; from++) {
    const hit = matchAt(text, from);
    if (hit !== null && hit.act === SET && from + hit.size === k && INSERT_SETS.has(hit.name)) return true;
  }
  return false;
}

/** Words for the signature, before "not graded" ("auto not graded"). */
const SIGNATURE_WORDS = new Set(['auto', 'autograph', 'signature', 'sig']);
/** A grader named before word k: the card is in its slab. */
function slabWordsBefore(text: string, k: number): boolean {
  return SLAB_NAMED.test(text.slice(0, tokens.start[k]));
}
/**
 * The title names three different years (1900–2039), each a word standing alone (not a season's
 * "2019-20", a card's "#1986", a run's "1986/87"): read off the words, as most titles name one.
 */
function namesThreeYears(text: string): boolean {
  const { start, end, digit, count } = tokens;
  let first = -1;
  let second = -1;
  for (let k = 0; k < count; k++) {
    const from = start[k]!;
    if (end[k]! - from !== 4 || !(digit[k]! & WordDigits.OnlyDigits)) continue;
    const year = Number(text.slice(from, from + 4));
    if (year < 1900 || year > 2039 || year === first || year === second) continue;
    const before = from > 0 ? text.charCodeAt(from - 1) : 32;
    const after = end[k]! < text.length ? text.charCodeAt(end[k]!) : 32;
    if (before === 35 || before === 47 || before === 45 || before === 46 || after === 47 || after === 45)
      continue;
    if (first < 0) first = year;
    else if (second < 0) second = year;
    else return true;
  }
  return false;
}
/** A title's last word that counts several cards ("… Ewing Malone Drexler rookies"). */
const SEVERAL_LAST = new Set(['rookies', 'rcs']);
/** Subsets named "… Rookies" whose first word the lexicon does not know by itself ("The" it does). */
const SUBSET_BEFORE_ROOKIES = new Set([
  'marquee',
  'rated',
  'star',
  'stars',
  'future',
  'debut',
  'top',
  'all',
  'class',
]);
/** Word k follows a player's name: an unknown word of letters, not a subset's ("The Rookies"). */
function namedBefore(text: string, k: number): boolean {
  return (
    tokens.digit[k - 1] === 0 &&
    matchAt(text, k - 1) === null &&
    !SUBSET_BEFORE_ROOKIES.has(wordAt(text, k - 1))
  );
}
/** The first rookie patch cards: 2003-04 Upper Deck Exquisite. */
const FIRST_ROOKIE_PATCH_YEAR = 2003;
/** Word k is set apart from the words before it by a dash, comma or colon ("… PSA 10 — trio, …"). */
function setApartBefore(text: string, k: number): boolean {
  let at = tokens.start[k]! - 1;
  while (at > 0 && isSpace(text.charCodeAt(at))) at--;
  const c = text.charCodeAt(at);
  return c === 45 || c === 0x2014 || c === 0x2013 || c === 44 || c === 58;
}
/** Rookie words before "Trio": three rookie cards sold together. */
const ROOKIE_WORDS = new Set(['rookie', 'rookies', 'rc', 'rcs']);
const NOT_FIRST_BOWMAN = new Set(['round', 'pick', 'overall', 'team', 'place', 'ballot', 'edition', 'day']);

/**
 * The noise codes and set words of the title being read, in lists reused by every title (`…Count`
 * says how much is this title's); the card gets copies of their exact length.
 */
const noiseFound: NoiseCode[] = [];
let noiseCount = 0;
const setsFound: string[] = [];
let setCount = 0;

function hasCode(code: NoiseCode): boolean {
  for (let k = 0; k < noiseCount; k++) if (noiseFound[k] === code) return true;
  return false;
}

function addCode(code: NoiseCode): void {
  if (!hasCode(code)) noiseFound[noiseCount++] = code;
}

function removeCode(code: NoiseCode): void {
  let to = 0;
  for (let k = 0; k < noiseCount; k++) if (noiseFound[k] !== code) noiseFound[to++] = noiseFound[k]!;
  noiseCount = to;
}

function hasSet(name: string): boolean {
  for (let k = 0; k < setCount; k++) if (setsFound[k] === name) return true;
  return false;
}

function addSet(name: string): void {
  setsFound[setCount++] = name;
}

function removeSet(name: string): void {
  let kept = 0;
  for (let k = 0; k < setCount; k++) if (setsFound[k] !== name) setsFound[kept++] = setsFound[k]!;
  setCount = kept;
}

function hasContext(word: ContextWord): boolean {
  for (let k = 0; k < contextCount; k++) if (contextWords[k] === word) return true;
  return false;
}

function hasPremiumSet(): boolean {
  for (let k = 0; k < setCount; k++) if (RP_PREMIUM_SETS.has(setsFound[k]!)) return true;
  return false;
}

/** The first `n` items of a scratch list, as a list of their own (literals for the usual few). */
function copyOf<T>(list: T[], n: number): T[] {
  if (n === 0) return [];
  if (n === 1) return [list[0]!];
  if (n === 2) return [list[0]!, list[1]!];
  return list.slice(0, n);
}

const YEAR_WORD = /^(?:19|20)\d\d$/;

/**
 * What a phrase does to the reading, as a small integer: the word pass switches on it at every word,
 * and one object shape for every phrase keeps that pass monomorphic (the lexicon's tags have eight).
 */
const NOTHING = 0;
const NOISE = 1;
const CUE = 2;
const CONTEXTUAL = 3;
const AUTOGRAPH = 4;
const RELIC = 5;
const ROOKIE = 6;
const PARALLEL = 7;
const SET = 8;
const NEGATION = 9;
const DAMAGE = 10;
const RAW = 11;
const GRADER = 12;
const GRADE_WORD = 13;
const SPECULATIVE = 14;
const TEAM = 15;
const NAME = 16;
const ACTS: Record<Tag['kind'], number> = {
  noise: NOISE,
  cue: CUE,
  contextual: CONTEXTUAL,
  autograph: AUTOGRAPH,
  relic: RELIC,
  rookie: ROOKIE,
  parallel: PARALLEL,
  set: SET,
  negation: NEGATION,
  damage: DAMAGE,
  raw: RAW,
  grader: GRADER,
  gradeWord: GRADE_WORD,
  speculative: SPECULATIVE,
  team: TEAM,
  name: NAME,
  filler: NOTHING,
  inert: NOTHING,
};

type ContextWord = Extract<Tag, { kind: 'contextual' }>['word'];

/** A lexicon phrase as the word pass reads it. */
interface Phrase {
  /** How many words (read on every hit, so kept beside `act`). */
  size: number;
  act: number;
  words: readonly string[];
  hashes: readonly number[];
  /** NOISE: the code. */
  code: NoiseCode | null;
  /** PARALLEL, SET: the canonical name. */
  name: string;
  /** CONTEXTUAL: the word its neighbours decide. */
  context: ContextWord | null;
  /** PARALLEL: a finish that only adds to a colour's name. */
  generic: boolean;
  /** AUTOGRAPH: also a relic ("auto patch"). */
  relic: boolean;
  /** AUTOGRAPH, RELIC: also a rookie card ("RPA", "rookie patch"). */
  rookie: boolean;
  /** CUE: announces a print run (else a count). */
  serial: boolean;
  /** NEGATION that is itself "not an autograph" ("unsigned", "nonauto"). */
  negatesAutograph: boolean;
  /**
   * NOISE: "facsimile signature" (or autograph, auto) or "pre-printed signature", which genuine cards
   * also print (decided by the title around it).
   */
  facsimileSignature: boolean;
  /** Bit k: word k starts with a grader's name (`nameAt`), where the grade reader must look. */
  graders: number;
  /** PARALLEL: a colour that is also a common surname ("Elijah Green", "Kevin White"). */
  surname: boolean;
  /** A name's suffix ("Jr."): after a name, part of it. */
  suffix: boolean;
}

/** Colours that are common surnames: after a first name they name the player, not a parallel. */
const SURNAME_COLOURS = new Set(['green', 'white', 'black']);

/** Words that say what card a name is on (`1 << act`): after a name, they make it the card's player. */
const CARD_WORDS =
  (1 << ROOKIE) |
  (1 << PARALLEL) |
  (1 << AUTOGRAPH) |
  (1 << RELIC) |
  (1 << GRADER) |
  (1 << GRADE_WORD) |
  (1 << CONTEXTUAL);

function compile({ words, hashes, tag }: PhraseEntry): Phrase {
  return {
    size: words.length,
    act: ACTS[tag.kind],
    words,
    hashes,
    code: tag.kind === 'noise' ? tag.code : null,
    name: tag.kind === 'parallel' || tag.kind === 'set' ? tag.name : '',
    context: tag.kind === 'contextual' ? tag.word : null,
    generic: tag.kind === 'parallel' && tag.generic === true,
    relic: tag.kind === 'autograph' && tag.relic === true,
    rookie: (tag.kind === 'autograph' || tag.kind === 'relic') && tag.rookie === true,
    serial: tag.kind === 'cue' && tag.cue === 'serial',
    negatesAutograph: tag.kind === 'negation' && (words[0] === 'unsigned' || words[0] === 'nonauto'),
    facsimileSignature:
      tag.kind === 'noise' &&
      ((words[0] === 'facsimile' && words.length === 2 && words[1] !== 'reproduction') ||
        words[0] === 'preprinted' ||
        (words[0] === 'pre' && words[1] === 'printed')),
    graders: words.reduce(
      (bits, _word, k) => (nameAt(words.slice(k).join(' '), 0) !== '' ? bits | (1 << k) : bits),
      0,
    ),
    surname: tag.kind === 'parallel' && words.length === 1 && SURNAME_COLOURS.has(words[0]!),
    suffix: words.length === 1 && NAME_SUFFIXES.has(words[0]!),
  };
}

/**
 * The lexicon's first words in an open-addressing table keyed by the hash `readWords` already took of
 * every word, in typed arrays: names and numbers, most of a title, find an empty slot without hashing
 * the word again or touching an object, and a word that is found is compared letter by letter in the
 * title, never cut out of it. A slot's word is `KEYS.slice(slotAt[at], slotAt[at] + slotLength[at])`.
 */
const SLOT_BITS = 12;
const SLOTS = 1 << SLOT_BITS;
const SLOT_MASK = SLOTS - 1;
const slotHash = new Int32Array(SLOTS);
/** 0 for an empty slot. */
const slotLength = new Uint8Array(SLOTS);
const slotAt = new Int32Array(SLOTS);
/** The slot's phrases of two words or more, longest first. */
const slotLonger: Array<readonly Phrase[]> = new Array(SLOTS).fill([]);
/** The slot's phrase of its word alone (or null), taken when no longer one follows. */
const slotWord: Array<Phrase | null> = new Array(SLOTS).fill(null);
/**
 * A 32-bit filter of the longer phrases' second words (bit `hash & 31` of each): a next word whose bit
 * is not set starts none of them, and the look ends at once.
 */
const slotSeconds = new Int32Array(SLOTS);
const KEYS = (() => {
  const keys: string[] = [];
  let length = 0;
  for (const [word, list] of PHRASES) {
    const h = wordHash(word);
    let at = h & SLOT_MASK;
    while (slotLength[at] !== 0) at = (at + 1) & SLOT_MASK;
    slotHash[at] = h;
    slotLength[at] = word.length;
    slotAt[at] = length;
    keys.push(word);
    length += word.length;
    const phrases = list.map(compile);
    slotLonger[at] = phrases.filter((p) => p.words.length > 1);
    slotWord[at] = phrases.find((p) => p.words.length === 1) ?? null;
    for (const p of slotLonger[at]!) slotSeconds[at]! |= 1 << (p.hashes[1]! & 31);
  }
  // One flat string (joined, not concatenated word by word): read a character at a time, fast.
  return keys.join('');
})();

/** `text` holds the slot's word at `from`. */
function holdsKey(text: string, from: number, at: number): boolean {
  const key = slotAt[at]!;
  for (let j = slotLength[at]! - 1; j >= 0; j--)
    if (text.charCodeAt(from + j) !== KEYS.charCodeAt(key + j)) return false;
  return true;
}

/** The longest phrase of the lexicon that starts at word `i` of `text` (as `readWords` left it). */
function matchAt(text: string, i: number): Phrase | null {
  const h = tokens.hash[i]!;
  const from = tokens.start[i]!;
  const length = tokens.end[i]! - from;
  for (let at = h & SLOT_MASK; slotLength[at] !== 0; at = (at + 1) & SLOT_MASK) {
    if (slotHash[at] !== h || slotLength[at] !== length || !holdsKey(text, from, at)) continue;
    if (i + 1 < tokens.count && slotSeconds[at]! & (1 << (tokens.hash[i + 1]! & 31))) {
      const longer = longestPhrase(text, i, slotLonger[at]!);
      if (longer !== null) return longer;
    }
    return slotWord[at] ?? null;
  }
  return null;
}

/** The first (longest) of `candidates` whose words follow word `i` of `text`. */
function longestPhrase(text: string, i: number, candidates: readonly Phrase[]): Phrase | null {
  const hashes = tokens.hash;
  const count = tokens.count;
  for (let c = 0; c < candidates.length; c++) {
    const phrase = candidates[c]!;
    const n = phrase.size;
    if (i + n > count) continue;
    let ok = true;
    for (let k = 1; ok && k < n; k++)
      ok = hashes[i + k] === phrase.hashes[k] && isWordAt(text, i + k, phrase.words[k]!);
    if (ok) return phrase;
  }
  return null;
}

/** A phrase starts with a number: then numbers are looked up like any word. */
const NUMBERS_IN_LEXICON = [...PHRASES.keys()].some((word) => /^\d+$/.test(word));

function isParallelWord(word: string | undefined): boolean {
  if (!word) return false;
  // The lexicon has "exclusives" as a parallel but "exclusive" only inside longer phrases.
  if (word === 'exclusive') return true;
  return PHRASES.get(word)?.some((e) => e.tag.kind === 'parallel') ?? false;
}

/** Set words that name a parallel after a colour ("Green Prizm", "Green Mosaic"). */
const PARALLEL_SETS = new Set(['prizm', 'mosaic']);

/** Plain colours: a second one after a surname colour is the parallel ("Elijah Green Gold Refractor"). */
const COLOURS = new Set(
  `gold silver blue red green orange purple pink black white yellow bronze aqua teal emerald ruby platinum
   copper magenta cyan lime neon navy maroon`.split(/\s+/),
);

/** Adjacent words inside the lexicon's longer parallel and set names ("white blue", "rose gold"). */
const PAIRED_WORDS: ReadonlySet<string> = (() => {
  const pairs = new Set<string>();
  for (const list of PHRASES.values())
    for (const { words, tag } of list)
      if (tag.kind === 'parallel' || tag.kind === 'set')
        for (let k = 1; k < words.length; k++) pairs.add(`${words[k - 1]} ${words[k]}`);
  return pairs;
})();

/**
 * A surname colour just after a first name (one unknown word) names the player unless what follows
 * says parallel: a finish ("Green Refractor"), a print run ("Green /99", "Green 12/99", "Green #'d"),
 * "Green Prizm". "Elijah Green 1st Bowman", "Shane Green Rookie", "Anthony Black Silver Prizm": a player.
 */
function namesPlayer(text: string, next: number): boolean {
  if (next >= tokens.count) return true;
  for (let c = tokens.end[next - 1]!; c < tokens.start[next]!; c++)
    if (text.charCodeAt(c) === 47) return false;
  if (tokens.digit[next]! & WordDigits.OnlyDigits) {
    let c = tokens.end[next]!;
    while (text.charCodeAt(c) === 32) c++;
    return text.charCodeAt(c) !== 47;
  }
  if (isWordAt(text, next, 'ref') || isWordAt(text, next, 'exclusive')) return false;
  const hit = matchAt(text, next);
  if (hit === null) return true;
  switch (hit.act) {
    case PARALLEL:
      // Not two words of one parallel's name ("White Blue" of "Red White Blue").
      return (
        hit.size === 1 && COLOURS.has(hit.name) && !PAIRED_WORDS.has(`${wordAt(text, next - 1)} ${hit.name}`)
      );
    case CUE:
      return !hit.serial;
    case CONTEXTUAL:
      return hit.context !== 'sp';
    case SET:
      return !PARALLEL_SETS.has(hit.name);
    default:
      return true;
  }
}

/** Words a seller puts between "from" and the product a card came out of ("from a fresh hobby box"). */
const PROVENANCE_SKIP = new Set([
  'a',
  'an',
  'the',
  'my',
  'our',
  'fresh',
  'new',
  'same',
  'this',
  'sealed',
  'one',
  'live',
  'recent',
]);

/** Words between "pulled" and "in" ("pulled it live in a box break"). */
const PULLED_SKIP = ['it', 'live', 'this', 'myself'];
/** "Pulled", "hit" or "found" before word k, past PULLED_SKIP words. */
function pulledBefore(text: string, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const word = wordAt(text, j);
    if (PULLED.includes(word)) return true;
    if (!PULLED_SKIP.includes(word)) return false;
  }
  return false;
}

/** Articles after "off" or "out" that make them say where a card came from ("off the pack", "out a box"). */
const PROVENANCE_ARTICLE = new Set(['a', 'an', 'the', 'my']);

/**
 * The sealed product or break at word `i` is where one card came from, not what is sold: "from" or
 * "out of" before it ("pulled from hobby box", "straight from sealed pack", "out of a 2023 blaster"),
 * or "off"/"out" and an article ("fresh off the pack", "out the pack"), past articles, years and set
 * words.
 */
function cameFrom(text: string, i: number): boolean {
  for (let k = i - 1, skipped = 0; k >= 0 && skipped < 6; k--, skipped++) {
    if (isWordAt(text, k, 'from')) return true;
    // "Pulled in a case break", "hit in our box break", "pulled it live in a box break".
    if (isWordAt(text, k, 'in')) return pulledBefore(text, k);
    if (isWordAt(text, k, 'of')) return k > 0 && isWordAt(text, k - 1, 'out');
    if (isWordAt(text, k, 'off') || isWordAt(text, k, 'out'))
      return k + 1 < i && PROVENANCE_ARTICLE.has(wordAt(text, k + 1));
    if (tokens.digit[k]! & WordDigits.OnlyDigits || PROVENANCE_SKIP.has(wordAt(text, k))) continue;
    const hit = matchAt(text, k);
    // "from a PYT break", "from unopened rack pack": the break's or the product's other words.
    if (hit !== null && hit.act === NOISE && (hit.code === 'break' || hit.code === 'sealed')) continue;
    if (hit === null || hit.act !== SET) return false;
  }
  return false;
}
const PULLED = ['pulled', 'pull', 'hit', 'found'];

/**
 * After a sealed product or a break ending at word `end`, past its other such words, a word that makes
 * it one card out of it: "Jumbo Box Topper", "Random Team Break Pull", "Hobby Box Hit".
 */
function pulledOut(text: string, end: number): boolean {
  let k = end;
  for (let hit = matchAt(text, k); k < tokens.count && hit !== null; hit = matchAt(text, k)) {
    // "Break Pull", "Break Hit" are phrases of their own ("Case hits!" after a break is its promise).
    if (OUT_OF_THE_BOX.has(hit.words[hit.size - 1]!)) return hit.words[0] !== 'case';
    if (hit.act !== NOISE || (hit.code !== 'break' && hit.code !== 'sealed')) break;
    k += hit.size;
  }
  if (k >= tokens.count || !OUT_OF_THE_BOX.has(wordAt(text, k))) return false;
  // "Mystery Box Hits Guaranteed", "2 hits per box": the box's promise, the box is sold.
  return !(k + 1 < tokens.count && nextIs(text, k + 1, PROMISES));
}
/** Words after "hits" that make them what a sealed product promises. */
const PROMISES = ['guaranteed', 'guarantee', 'per'];

/**
 * Holders one card is kept in: "sealed in a One Touch" protects that card, it is no sealed product.
 * A first word maps to the second word it needs ('' when it is enough alone).
 */
const HOLDERS: ReadonlyMap<string, string> = new Map([
  ['one', 'touch'],
  ['onetouch', ''],
  ['magnetic', ''],
  ['mag', ''],
  ['magnet', ''],
  ['holder', ''],
  ['case', ''],
  ['slab', ''],
  ['top', 'loader'],
  ['toploader', ''],
  ['penny', 'sleeve'],
  ['sleeve', ''],
  ['screw', 'down'],
  ['screwdown', ''],
  ['team', 'bag'],
  ['card', 'saver'],
  ['cardsaver', ''],
  ['snap', ''],
  ['acrylic', ''],
]);

/**
 * After word `i` ("sealed"), "in" or "inside" and any articles ("sealed in a", "sealed inside its"):
 * the word that follows them, or -1 when "in" does not follow.
 */
function afterSealedIn(text: string, i: number): number {
  let k = i + 1;
  if (k >= tokens.count || !(isWordAt(text, k, 'in') || isWordAt(text, k, 'inside'))) return -1;
  k++;
  // "Still Sealed in Topps Case": the maker's own holder.
  while (
    k < tokens.count &&
    (PROVENANCE_ARTICLE.has(wordAt(text, k)) ||
      isWordAt(text, k, 'its') ||
      SET_KINDS.get(wordAt(text, k)) === 'brand' ||
      HOLDER_MAKERS.includes(wordAt(text, k)))
  )
    k++;
  return k;
}

/** Makers of card holders, named before the holder ("sealed in Ultra Pro one touch"). */
const HOLDER_MAKERS = ['ultra', 'pro', 'ultrapro', 'bcw', 'cardboard', 'gold', 'beckett'];

/** Word `k` is one of `words`. */
function nextIs(text: string, k: number, words: readonly string[]): boolean {
  if (k >= tokens.count) return false;
  // Compared in place: a colour is followed by a word on most titles, seldom one of these.
  for (const word of words) if (isWordAt(text, k, word)) return true;
  return false;
}
const JERSEY_NUMBER = ['number', 'num', 'no', 'match', 'matching'];
/** After a team and a colour: the uniform ("Rockets Red Jersey", "Chargers Powder Blue Throwback"). */
const UNIFORM_WORDS = [
  'jersey',
  'jerseys',
  'uniform',
  'uniforms',
  'throwback',
  'throwbacks',
  'alternate',
  'alt',
];
/** Words that make the colours before them a parallel after all ("Mavericks Blue Gold Prizm"). */
const FINISH_WORDS = [
  'prizm',
  'prizms',
  'refractor',
  'wave',
  'shimmer',
  'parallel',
  'ice',
  'holo',
  'mojo',
  'pulsar',
];
/** Team colours that are no parallel's name, written beside one that is ("Wine & Gold", "Scarlet and Gray"). */
const TEAM_ONLY_COLOURS = [
  'wine',
  'scarlet',
  'crimson',
  'garnet',
  'cardinal',
  'columbia',
  'carolina',
  'kelly',
];

/**
 * Where a second colour after the word ending at `end` ends ("Purple & Gold", "Blue Gold", "Orange and
 * Black"), or `end` when none follows. A "&" is no word: the second colour is then the next word.
 */
function colourPairEnd(text: string, end: number): number {
  let k = end;
  if (k < tokens.count && isWordAt(text, k, 'and')) k++;
  if (k >= tokens.count) return end;
  const next = wordAt(text, k);
  return COLOURS.has(next) || TEAM_ONLY_COLOURS.includes(next) ? k + 1 : end;
}

/**
 * Where a second colour joined by "&" or "and" to the colour that ends at word `end` ends ("Red &
 * Black", "Silver and Black"), or -1: none follows, or the two make one of the lexicon's parallels
 * ("Black & White Checker" is read there).
 */
function joinedColourEnd(text: string, end: number): number {
  if (end >= tokens.count) return -1;
  let k = end;
  if (isWordAt(text, k, 'and')) k++;
  else if (text.lastIndexOf('&', tokens.start[k]!) < tokens.end[end - 1]!) return -1;
  if (k >= tokens.count) return -1;
  const next = wordAt(text, k);
  if (!COLOURS.has(next) && !TEAM_ONLY_COLOURS.includes(next)) return -1;
  return PAIRED_WORDS.has(`${wordAt(text, end - 1)} ${next}`) ? -1 : k + 1;
}

/** A print run starts after word `k - 1` ("Red & Blue /25", "Blue & Gold #/50"). */
function printRunAfter(text: string, k: number): boolean {
  const c = pastSpacesAfter(text, k - 1);
  const code = text.charCodeAt(c);
  return code === 47 || (code === 35 && text.charCodeAt(c + 1) === 47);
}

/** After a colour, from word `k`: "Label", or another colour and "Label" (a slab's label colours). */
function labelColourAt(text: string, k: number): boolean {
  if (nextIs(text, k, LABEL)) return true;
  return k < tokens.count && COLOURS.has(wordAt(text, k)) && nextIs(text, k + 1, LABEL);
}
const LABEL = ['label', 'labels'];

/** Word `i` is the second of a team's two colours ("Cavs Wine & Gold", "Bucks Cream and Green"). */
function teamColourBefore(text: string, i: number, teamEnd: number): boolean {
  let k = i - 1;
  if (k >= 0 && isWordAt(text, k, 'and')) k--;
  if (k !== teamEnd || k < 0) return false;
  const before = wordAt(text, k);
  return TEAM_ONLY_COLOURS.includes(before) || before === 'cream';
}
const INKS = ['sharpie', 'ink', 'pen', 'marker', 'paint'];

const BY_THE_ARTIST_NEXT = /^\s*by\s+(?:the\s+)?artist(?![a-z])/;
/** The signature at words i…end is an artist's: "Signed by Artist", "Artist Signed". */
function byTheArtist(text: string, i: number, end: number): boolean {
  if (i > 0 && isWordAt(text, i - 1, 'artist')) return true;
  return (
    end < tokens.count && BY_THE_ARTIST_NEXT.test(text.slice(tokens.end[end - 1], tokens.end[end - 1]! + 20))
  );
}

/** A print run right before: "… 10/10 ". */
const PRINT_RUN_BEFORE = /\d\s*\/\s*\d+\s*$/;
/**
 * "Jersey #99": a "#" and one or two digits after "jersey" are the player's number ("Game Jersey
 * #GJ13" is a card's); so is a "#" ending the title after a print run ("10/10 Jersey # !": the serial
 * number is the jersey number).
 */
function jerseyNumberAt(text: string, k: number): boolean {
  const next = k + 1;
  if (!hashAfter(text, k)) return false;
  if (next === tokens.count) return PRINT_RUN_BEFORE.test(text.slice(0, tokens.start[k]));
  return (tokens.digit[next]! & WordDigits.OnlyDigits) !== 0 && tokens.end[next]! - tokens.start[next]! <= 2;
}

/** Words that hope rather than state, after "crack out". */
const HEDGES = ['candidate', 'potential', 'worthy', 'possible', 'maybe'];
const isHedgeAt = (text: string, k: number): boolean => nextIs(text, k, HEDGES);

/** A card holder starts at word `k` ("magnetic", "one touch"). */
function holderAt(text: string, k: number): boolean {
  if (k >= tokens.count) return false;
  const second = HOLDERS.get(wordAt(text, k));
  if (second === undefined) return false;
  return second === '' || (k + 1 < tokens.count && isWordAt(text, k + 1, second));
}

/** A card number that is not a run of them ("#123", not "#1-330"). */
const ONE_CARD_NUMBER = /#\s*[a-z]*\d+(?![\d-]|\s*(?:-|to)\s*#?\s*[a-z]*\d)/;

/** Words after a grader's name (Beckett's, ACE's) that say it graded: a slab, an authentication, a service. */
const GRADING_WORDS_AFTER_NAME = [
  'authentic',
  'auth',
  'authenticated',
  'witnessed',
  'certified',
  'coa',
  'cert',
  'sticker',
  'graded',
  'slab',
  'slabbed',
  'gem',
  'pristine',
  'mint',
  'vintage',
  'bas',
  'bgs',
  'bvg',
  'black',
];

/** Word `k` says the grader named before it graded the card: a grade (1–10, "9.5") or a slab word. */
function gradingFollows(text: string, k: number): boolean {
  if (k >= tokens.count) return false;
  if (tokens.digit[k]! & WordDigits.OnlyDigits) {
    const value = Number(text.slice(tokens.start[k]!, tokens.end[k]!));
    return value >= 1 && value <= 10;
  }
  return nextIs(text, k, GRADING_WORDS_AFTER_NAME);
}

/** Words after "both" on one card of two players: "Both Signed", "Both On-Card", "both autographed". */
const BOTH_ON_ONE_CARD = [
  'signed',
  'autographed',
  'autograph',
  'on',
  'players',
  'sign',
  'sides',
  'ears',
  'hands',
  'arms',
  'feet',
  'eyes',
];

/** A grading company's holder, named by word `k` ("slab", "case", "holder", "label"). */
const SLAB_WORDS = ['slab', 'slabs', 'holder', 'label', 'casing'];
/** A title that names a slab, where "case" is the slab's ("Damaged case, PSA 9"). */
const SLAB_NAMED = /(?<![a-z])(?:psa|bgs|sgc|cgc|beckett|slab|slabbed|graded)(?![a-z])/;

/**
 * A damage word whose object is the slab, not the card: "Slab damaged", "Damaged case", "holder
 * chipped", "Bent PSA holder", "Water damaged label".
 */
function slabDamaged(text: string, i: number, end: number): boolean {
  const slabAt = (k: number) =>
    nextIs(text, k, SLAB_WORDS) || (isWordAt(text, k, 'case') && SLAB_NAMED.test(text));
  if (i > 0 && slabAt(i - 1)) return true;
  if (end >= tokens.count) return false;
  if (slabAt(end)) return true;
  return end + 1 < tokens.count && nameAt(text, tokens.start[end]!) !== '' && slabAt(end + 1);
}

/** "Card still sealed" in a slab: the card sealed in its holder, no sealed product. */
function cardStillSealed(text: string, i: number): boolean {
  const still = isWordAt(text, i, 'still') ? i : i - 1;
  return still >= 1 && isWordAt(text, still, 'still') && isWordAt(text, still - 1, 'card');
}

/** Word `i` ("sealed") is followed by "in"/"inside" and a card holder ("sealed in a magnetic holder"). */
function sealedInHolder(text: string, i: number): boolean {
  const k = afterSealedIn(text, i);
  // "Sealed In Original Slab".
  return k >= 0 && (holderAt(text, k) || (isWordAt(text, k, 'original') && holderAt(text, k + 1)));
}

/** Where the text goes on past the spaces after word `k`. */
function pastSpacesAfter(text: string, k: number): number {
  let c = tokens.end[k]!;
  while (c < text.length && text.charCodeAt(c) === 32) c++;
  return c;
}

/** Past spaces after word `k`, a "#": "Lot #112" numbers an auction lot, it is no lot of cards. */
const hashAfter = (text: string, k: number): boolean => text.charCodeAt(pastSpacesAfter(text, k)) === 35;

/** Word `k` is joined to what comes before it: "+" or "&" right before it, or "and", "plus", "with". */
function joinedBefore(text: string, k: number): boolean {
  if (k === 0) return false;
  let c = tokens.start[k]! - 1;
  while (c > 0 && text.charCodeAt(c) === 32) c--;
  const mark = text.charCodeAt(c);
  // ("Mint 9+ raw": a grade's plus, typed against it.)
  if (mark === 43) return !isWordChar(text.charCodeAt(c - 1));
  return mark === 38 || nextIs(text, k - 1, JOINING_WORDS);
}
const JOINING_WORDS = ['and', 'plus', 'with'];

/**
 * Item specifics pasted into a title, answered no after the word ending at `end`: "Autographed: No",
 * "Parallel: None", "Original/Licensed Reprint: Original".
 */
function fieldSaysNo(text: string, end: number): boolean {
  if (end >= tokens.count) return false;
  let c = tokens.end[end - 1]!;
  while (c < text.length && text.charCodeAt(c) === 32) c++;
  return text.charCodeAt(c) === 58 && nextIs(text, end, FIELD_NO);
}
const FIELD_NO = ['no', 'none', 'original', 'na', 'n'];

/** Past spaces after word `k`, a "?": the seller asks ("SSP?", "Reprint?"). */
const questionAfter = (text: string, k: number): boolean => text.charCodeAt(pastSpacesAfter(text, k)) === 63;
/** "Reprint? NO!", "Custom? Not!": asked after word `k`, and answered no by word `k + 1`. */
const askedAndDenied = (text: string, k: number): boolean =>
  questionAfter(text, k) && nextIs(text, k + 1, ANSWERED_NO);
const ANSWERED_NO = ['no', 'nope', 'not'];

/** Past spaces after word `k`, a "|": a listing tool's field separator after a lot number. */
const pipeAfter = (text: string, k: number): boolean => text.charCodeAt(pastSpacesAfter(text, k)) === 124;

/** "Lot 88 - …" opening a title, "… - Lot 3" closing it: an auction's lot number, set apart. */
const AUCTION_LOT_APART = /^\s*lot\s*#?\s*\d{1,4}\s*[-:\u2013](?:\s|$)|[-\u2013]\s*lot\s*#?\s*\d{1,4}\s*$/;
/** "(3)": a count of cards in brackets. */
const COUNT_IN_BRACKETS = /\(\s*\d{1,3}\s*\)/;

/**
 * "Lot 88 - 1954 Topps #128 Aaron …", "… Mantle SGC 40 VG 3 - Lot 3": an auction's lot number set apart,
 * in a listing of one card (its number or its slab named, no count of cards in brackets).
 */
const auctionLotOfOneCard = (text: string): boolean =>
  AUCTION_LOT_APART.test(text) &&
  (ONE_CARD_NUMBER.test(text) || GRADER_GRADE.test(text)) &&
  !COUNT_IN_BRACKETS.test(text);

/** Word `k` (digits) is an auction's lot number: four digits or more, and no year ("Lot 2019 of 3" counts). */
function auctionLotNumber(text: string, k: number): boolean {
  const length = tokens.end[k]! - tokens.start[k]!;
  return length > 4 || (length === 4 && !isYearAt(text, tokens.start[k]!));
}
/** The digits at `at` start with a century of card years: 18, 19 or 20. */
const isYearAt = (text: string, at: number): boolean =>
  text.charCodeAt(at) === 49 ? text.charCodeAt(at + 1) >= 56 : text.startsWith('20', at);

/** "Single card", "1 single card", "singles only": one card is sold. */
const SINGLE_CARD =
  /(?<![a-z])(?:single\s+card|one\s+single|single\s+listing|lot\s+of\s+(?:1|one))(?![a-z\d])/;

/** After an insert's name, words that say the card only looks like one ("Downtown vibes"). */
const INSERT_LOOKS = ['vibes', 'vibe', 'energy', 'style', 'esque', 'feel', 'lookalike', 'inspired'];

/**
 * Around the noise word from `i` to `end`: "my" or "more" in the five words before it, and a word for
 * the seller's other listings or store before it, or "store"/"shop" just after it.
 */
function boilerplateAround(text: string, i: number, end: number): boolean {
  let my = false;
  let other = false;
  let more = false;
  // Compared in place: this runs at every noise word.
  for (let k = Math.max(0, i - 5); k < i; k++) {
    if (isWordAt(text, k, 'my')) my = true;
    else if (isWordAt(text, k, 'more')) more = true;
    else if (!other) other = SELLER_ELSEWHERE.some((word) => isWordAt(text, k, word));
  }
  // "… | more Witt in store, you pick": the seller's other cards, not this listing.
  if (!(my || more)) return false;
  if (other) return true;
  // "More breaks in store", "more lots in my shop": the store named after.
  for (let k = end; k < end + 3 && k < tokens.count; k++) {
    if (isWordAt(text, k, 'store') || isWordAt(text, k, 'shop')) return true;
  }
  return false;
}
const SELLER_ELSEWHERE = ['other', 'store', 'shop', 'ebay', 'listings', 'auctions', 'check', 'see'];

/** A count with its unit typed against it: "3ct", "5pcs". */
const COUNT_JOINED = /^\d{1,3}(?:ct|pcs|pc|cards)$/;

/** A slab made to look like a grader's: "PSA 10 Style Case", "PSA 10 Label", "Novelty Slab". */
const IMITATION_SLAB =
  /(?<![a-z])(?:(?:psa|bgs|sgc|cgc|beckett)\s*\d{1,2}(?:\.5)?\s+(?:slab\s+|custom\s+)?(?:style|label|look|replica)|(?:custom|novelty|fake|replica)\s+slab)(?![a-z])/;
/** IMITATION_SLAB's words no real slab is ever called, whatever else the title says ("PSA 10 Style"). */
const IMITATION_ONLY_WORDS = /style|replica|novelty|fake/;
/** Numbers a grade may be spelled out as, hashed for the word pass ("PSA Gem Mint Ten"). */
const SPELLED_HASHES: ReadonlySet<number> = new Set(SPELLED_NUMBERS.map(wordHash));

/**
 * The slab in `s` is made to look like a grader's: IMITATION_SLAB said by a listing that is noise
 * (a custom card, a reprint), or in words no real slab is called ("PSA 10 Style Case", "Novelty Slab").
 */
function imitationSlab(s: string, noise: boolean): boolean {
  if (
    !noise &&
    !s.includes('style') &&
    !s.includes('replica') &&
    !s.includes('novelty') &&
    !s.includes('fake')
  )
    return false;
  const imitation = IMITATION_SLAB.exec(s);
  return imitation !== null && (noise || IMITATION_ONLY_WORDS.test(imitation[0]));
}

/** "Not yet redeemed", "never redeemed": still a redemption. */
const NOT_REDEEMED = /(?<![a-z])(?:not|never|un)\s*(?:yet\s+)?redeemed(?![a-z])/;

/** Kana or CJK ideographs: the title may hold Japanese noise words. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff]/;
/**
 * Japanese noise words (CJK text has no spaces, so these are found as they stand): 復刻 reprint,
 * 自作/手作り/カスタム custom-made, 未開封 unopened, ブレイク/枠 a break's spot, 引換券 a redemption
 * ticket, 選べる/選択 pick one, まとめ売り sold together.
 */
const CJK_NOISE: ReadonlyArray<readonly [RegExp, NoiseCode]> = [
  [/復刻/, 'reprint'],
  [/自作|手作り|カスタム/, 'custom'],
  [/未開封|シュリンク付/, 'sealed'],
  [/ブレイク|ブレイク枠/, 'break'],
  [/引換券|引き換え券/, 'redemption'],
  [/選べる|選択/, 'you_pick'],
  [/まとめ売り|まとめ/, 'lot'],
];

/** Parallels written in katakana: gold, silver, red, … refractor. */
const KANA_PARALLELS: ReadonlyMap<string, string> = new Map([
  ['ゴールド', 'gold'],
  ['シルバー', 'silver'],
  ['レッド', 'red'],
  ['ブルー', 'blue'],
  ['グリーン', 'green'],
  ['オレンジ', 'orange'],
  ['パープル', 'purple'],
  ['ブラック', 'black'],
  ['ピンク', 'pink'],
  ['スーパーフラクター', 'superfractor'],
  ['リフラクター', 'refractor'],
]);
const KANA_PARALLEL = new RegExp([...KANA_PARALLELS.keys()].join('|'), 'g');
/** "50枚限定", "限定50枚": limited to 50 copies, a print run. */
const LIMITED_COPIES = /(\d{1,4})\s*枚限定|限定\s*(\d{1,4})\s*枚/;

/** eBay cuts titles at 80 characters; a title this long may end inside a word. */
const CUT_TITLE_LENGTH = 76;
/** The lexicon's noise phrases, for `cutNoiseWord`. */
const NOISE_PHRASES = [...PHRASES.values()]
  .flat()
  .filter((e) => e.tag.kind === 'noise')
  .map((e) => ({ words: e.words, code: (e.tag as { code: NoiseCode }).code }));
/**
 * The noise code of a phrase the text's last word cuts short: the phrase's words before it in full,
 * its last word begun ("reprin", "you pic"; five letters or more alone, "custo"), nothing after it,
 * not denied ("not a reprin"). Null when the last word is whole or none.
 */
function cutNoiseWord(text: string, count: number): NoiseCode | null {
  const last = count - 1;
  if (last < 0 || tokens.digit[last] !== 0 || tokens.end[last] !== text.length) return null;
  if (matchAt(text, last) !== null) return null;
  const cut = wordAt(text, last);
  if (cut.length < 2) return null;
  for (const { words, code } of NOISE_PHRASES) {
    const n = words.length;
    const full = words[n - 1]!;
    // Cut a few letters short ("redemp"), not a whole word that begins a longer one ("original").
    if (full.length <= cut.length || full.length - cut.length > 4 || !full.startsWith(cut)) continue;
    if (n === 1 && cut.length < 5) continue;
    const from = last - (n - 1);
    if (from < 0) continue;
    let before = true;
    for (let k = 0; before && k < n - 1; k++) before = isWordAt(text, from + k, words[k]!);
    if (!before || deniedRightBefore(text, from) || (from > 1 && isWordAt(text, from - 2, 'not'))) continue;
    // "… pulled from a hobby box": the words as written are a phrase of their own, read (and judged) whole.
    const asWritten = matchAt(text, from);
    if (asWritten !== null && from + asWritten.size === count) continue;
    return code;
  }
  return null;
}

/** A word for what cards are sold sealed in ("sealed in original box"). */
const PRODUCT_WORD = /(?<![a-z])(?:box|boxes|pack|packs|tin|tins|blaster|hanger)(?![a-z])/;

/** Words that say something is sealed without naming a product. */
const PLAIN_SEALED = ['sealed', 'factory sealed', 'still sealed', 'unopened'];

/** What a single card is sealed in as it left the maker ("sealed in original pack"): Topps Now, Panini Instant. */
const ORIGINAL_WRAPS = new Set(['pack', 'packaging', 'package', 'wrapper', 'wrap', 'cello', 'sleeve']);

/**
 * Word `i` ("sealed") is followed by "in" [the/its] "original" and a wrap ("sealed in original pack"):
 * returns the word after the wrap, or -1. Only a single card (one with a card number) is read so; the
 * caller checks that once the numbers are read.
 */
function sealedInOriginalWrap(text: string, i: number): number {
  const k = afterSealedIn(text, i);
  if (k < 0 || k + 1 >= tokens.count || !isWordAt(text, k, 'original')) return -1;
  return ORIGINAL_WRAPS.has(wordAt(text, k + 1)) ? k + 2 : -1;
}

/**
 * "Topps NOW … Still Sealed In Original Packaging": a card that ships sealed, in its maker's own
 * packaging (a pack or a box is "wrap", "wrapper", "box": a product).
 */
function sealedInOriginalPackaging(text: string, i: number): boolean {
  const after = sealedInOriginalWrap(text, i);
  return after > 0 && (isWordAt(text, after - 1, 'packaging') || isWordAt(text, after - 1, 'package'));
}

/** Words after a sealed product that make it one card out of it: "Jumbo Box Topper", "Hobby Box Exclusive". */
const OUT_OF_THE_BOX = new Set([
  'topper',
  'toppers',
  'exclusive',
  'exclusives',
  'insert',
  'inserts',
  'pull',
  'pulled',
  'hit',
  'hits',
]);

/**
 * "89 Upper Deck Griffey", "52 Topps Mays", "18 Prizm Luka": a title that opens with two digits and
 * then a maker (or, this century, a product) opens with its year: from 48 up in the twentieth century (a count that large is written
 * "50 cards"), up to 30 in this one unless the title sells a lot ("10 Topps Trout cards"). Not "#18".
 */
function leadingShortYear(text: string, count: number): number | null {
  const { start, end, digit } = tokens;
  if (count < 2 || !(digit[0]! & WordDigits.OnlyDigits) || end[0]! - start[0]! !== 2) return null;
  if (start[0]! > 1 || (start[0] === 1 && text.charCodeAt(0) === 35)) return null;
  const yy = (text.charCodeAt(start[0]!) - 48) * 10 + text.charCodeAt(start[0]! + 1) - 48;
  // (Never 10: "10 Prizm …" is as often a grade whose grader was left off.)
  if (yy < 48 && (yy > 30 || yy === 10 || hasCode('lot'))) return null;
  // This century's products are named more often than their makers ("18 Prizm", "21 Chrome"); a
  // release word alone ("23 Update") is not enough.
  const maker = PHRASES.get(wordAt(text, 1))?.some(
    (e) =>
      e.tag.kind === 'set' &&
      (e.tag.brand === true || (yy < 48 && SET_KINDS.get(e.tag.name) === 'strong')) &&
      e.words.every((w, j) => j + 1 < count && isWordAt(text, j + 1, w)),
  );
  if (!maker) return null;
  return yy < 48 ? 2000 + yy : 1900 + yy;
}

function shortSeasonAt(text: string, count: number): number {
  const { start, end, digit } = tokens;
  for (let k = 0; k + 1 < count; k++) {
    const at = start[k]!;
    if (!(digit[k]! & WordDigits.OnlyDigits) || end[k] !== at + 2) continue;
    const next = start[k + 1]!;
    const joiner = text.charCodeAt(at + 2);
    if (next !== at + 3 || (joiner !== 45 && joiner !== 47)) continue;
    if (!(digit[k + 1]! & WordDigits.OnlyDigits) || end[k + 1] !== next + 2) continue;
    if (at > 0 && !isSpace(text.charCodeAt(at - 1)) && text.charCodeAt(at - 1) !== 40) continue;
    const after = text.charCodeAt(next + 2);
    if (after === 45 || after === 47 || after === 46) continue;
    const a = (text.charCodeAt(at) - 48) * 10 + text.charCodeAt(at + 1) - 48;
    const b = (text.charCodeAt(next) - 48) * 10 + text.charCodeAt(next + 1) - 48;
    if (b !== (a + 1) % 100) continue;
    if (k === 0 || setAt(text, k + 2) || setBefore(text, k)) return k;
  }
  return -1;
}

/**
 * A run of card numbers, "1-330" or "#331-660": two numbers joined by a hyphen, the second the larger
 * by ten or more (not a season, "86-87", nor a year's, "2023-24").
 */
function cardRangeAt(text: string, count: number): boolean {
  const { start, end, digit } = tokens;
  for (let k = 0; k + 1 < count; k++) {
    if (!(digit[k]! & WordDigits.OnlyDigits) || !(digit[k + 1]! & WordDigits.OnlyDigits)) continue;
    if (start[k + 1] !== end[k]! + 1 || text.charCodeAt(end[k]!) !== 45) continue;
    if (end[k]! - start[k]! > 3 || end[k + 1]! - start[k + 1]! > 4) continue;
    const a = Number(text.slice(start[k]!, end[k]!));
    const b = Number(text.slice(start[k + 1]!, end[k + 1]!));
    if (a >= 1 && b - a >= 9) return true;
  }
  return false;
}

/** Word k of `text` starts a set phrase. */
function setAt(text: string, k: number): boolean {
  if (k < 0 || k >= tokens.count) return false;
  const hit = matchAt(text, k);
  return hit !== null && hit.act === SET;
}

/** A set phrase of up to three words ends right before word k ("Match Attax 23/24"). */
function setBefore(text: string, k: number): boolean {
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const hit = matchAt(text, j);
    if (hit !== null && hit.act === SET && j + hit.size === k) return true;
  }
  return false;
}

/**
 * The parallels and context words of the title being read, in lists reused by every title (`…Count`
 * says how much of them is this title's): most titles have none, and none outlives its title.
 */
const parallelNames: string[] = [];
const parallelGeneric: boolean[] = [];
const parallelStart: number[] = [];
const parallelEnd: number[] = [];
/** A plain colour right after a team's name ("Vikings Purple"): maybe the team's colour. */
const parallelAfterTeam: boolean[] = [];
let parallelCount = 0;
const contextWords: ContextWord[] = [];
const contextStart: number[] = [];
const contextEnd: number[] = [];
let contextCount = 0;

function addParallel(name: string, generic: boolean, start: number, end: number, afterTeam = false): void {
  const k = parallelCount++;
  parallelNames[k] = name;
  parallelGeneric[k] = generic;
  parallelStart[k] = start;
  parallelEnd[k] = end;
  parallelAfterTeam[k] = afterTeam;
}

/**
 * "Reactive Blue RC #209 Vikings Purple": a lone colour after a team's name, touching no other
 * parallel word, is the team's colour when the title names its parallel elsewhere. Alone
 * ("Herbert Chargers Silver") it is the parallel.
 */
function dropTeamColours(ownColourLast: boolean): void {
  let to = 0;
  for (let k = 0; k < parallelCount; k++) {
    if (parallelAfterTeam[k] && (teamColour(k) || (ownColourLast && k === parallelCount - 1 && alone(k))))
      continue;
    parallelNames[to] = parallelNames[k]!;
    parallelGeneric[to] = parallelGeneric[k]!;
    parallelStart[to] = parallelStart[k]!;
    parallelEnd[to] = parallelEnd[k]!;
    parallelAfterTeam[to] = parallelAfterTeam[k]!;
    to++;
  }
  parallelCount = to;
}

/** Parallel `k` touches no other parallel word. */
function alone(k: number): boolean {
  for (let h = 0; h < parallelCount; h++) {
    if (h !== k && (parallelEnd[h] === parallelStart[k] || parallelStart[h] === parallelEnd[k])) return false;
  }
  return true;
}

/** The team's words from word `from` to `to` (exclusive), one space apart, as `TEAM_COLOURS` names it. */
function teamWords(text: string, from: number, to: number): string {
  let name = wordAt(text, from);
  for (let k = from + 1; k < to; k++) name += ` ${wordAt(text, k)}`;
  return name;
}

function teamColour(k: number): boolean {
  if (!alone(k)) return false;
  for (let h = 0; h < parallelCount; h++) {
    if (h !== k && !parallelGeneric[h] && !parallelAfterTeam[h]) return true;
  }
  return false;
}

function addContext(word: ContextWord, start: number, end: number): void {
  const k = contextCount++;
  contextWords[k] = word;
  contextStart[k] = start;
  contextEnd[k] = end;
}

/** A parallel other than a generic finish, or "refractor" (which alone names one). */
function hasNamedParallel(): boolean {
  for (let k = 0; k < parallelCount; k++)
    if (!parallelGeneric[k] || parallelNames[k] === 'refractor') return true;
  return false;
}

/** Topps' products, where "Prism" is a parallel ("Prism Refractor"); Panini's, where it is Prizm misspelt. */
const TOPPS_SETS = ['topps', 'bowman', 'bowmans best', 'chrome', 'finest'];
const PANINI_SETS = ['panini', 'prizm', 'donruss', 'optic', 'select', 'mosaic'];

/**
 * "Prism" is Topps' Prism Refractor beside "refractor" or in a Topps title; otherwise it is Panini's
 * Prizm misspelt ("Mahomes 2017 Prism Rookie"), read as that set word.
 */
function readPrism(text: string, count: number): void {
  const topps = TOPPS_SETS.some(hasSet) && !PANINI_SETS.some(hasSet);
  for (let k = 0; k < parallelCount; k++) {
    if (parallelNames[k] !== 'prism' || parallelGeneric[k]) continue;
    const end = parallelEnd[k]!;
    let refractor = end < count && isWordAt(text, end, 'ref');
    for (let h = 0; h < parallelCount; h++)
      if (parallelStart[h] === end && parallelNames[h] === 'refractor') refractor = true;
    if (topps || refractor) continue;
    parallelNames[k] = 'prizm';
    parallelGeneric[k] = true;
    if (!hasSet('prizm')) addSet('prizm');
  }
}

const PRIZM_FINISH_SETS = ['optic', 'select', 'mosaic', 'chronicles', 'spectra', 'obsidian'];

const isShortPrint = (name: string) => name === 'sp' || name === 'ssp';

/**
 * A short print ("SP", "SSP") beside another parallel that is no variation says how rare that
 * parallel is, not which it is ("🚨 SSP 🚨 … Red Refractor /5" is the red refractor). Alone, or with a
 * variation ("SSP Photo Variation", whose SP and SSP photos differ), it names the card.
 */
function shortPrintIsRarity(): boolean {
  let shortPrint = false;
  let other = false;
  for (let k = 0; k < parallelCount; k++) {
    const name = parallelNames[k]!;
    if (isShortPrint(name)) shortPrint = true;
    else if (name.includes('variation')) return false;
    else if (!parallelGeneric[k] || name === 'refractor') other = true;
  }
  return shortPrint && other;
}

/**
 * The parallel's name: the named parallels in order, then each generic finish written next to one
 * ("gold" + "refractor"); a generic finish alone names nothing but "refractor".
 */
function parallelName(): string | null {
  const n = parallelCount;
  if (n === 0) return null;
  const dropShortPrint = n > 1 && shortPrintIsRarity();
  const parts: string[] = [];
  for (let k = 0; k < n; k++) {
    if (dropShortPrint && isShortPrint(parallelNames[k]!)) continue;
    if (!parallelGeneric[k] && !parts.includes(parallelNames[k]!)) parts.push(parallelNames[k]!);
  }
  if (parts.length === 0) {
    for (let k = 0; k < n; k++) if (parallelNames[k] === 'refractor') return 'refractor';
    return null;
  }
  for (let g = 0; g < n; g++) {
    if (!parallelGeneric[g] || parts.includes(parallelNames[g]!)) continue;
    for (let h = 0; h < n; h++) {
      if (
        !parallelGeneric[h] &&
        !(dropShortPrint && isShortPrint(parallelNames[h]!)) &&
        (parallelEnd[h] === parallelStart[g] || parallelEnd[g] === parallelStart[h])
      ) {
        parts.push(parallelNames[g]!);
        break;
      }
    }
  }
  if (parts.length === 1) return parts[0]!;
  // "PMG Red … Precious Metal Gems": a name inside another's is the same parallel, said twice.
  const named = parts.filter((p) => !parts.some((q) => q !== p && ` ${q} `.includes(` ${p} `)));
  return named.join(' ');
}

const NO_WORDS: string[] = [];
const NO_POSITIONS: number[] = [];

/** What `readCard` found besides the card, for `readTitle` (read before the next call). */
let unknownWords: string[] = NO_WORDS;
let unknownAt: number[] = NO_POSITIONS;
/** Bit k: word k is a name's (see `ClassifiedTitle.nameWords`); -1 past the 31st word. */
let nameWords = 0;

/** Word k of `text` is a name's: marked, and collected for a query (`forQuery`). */
function addNameWord(text: string, k: number, forQuery: boolean): void {
  nameWords |= k < 31 ? 1 << k : -1;
  if (forQuery) {
    unknownWords.push(wordAt(text, k));
    unknownAt.push(k);
  }
}
let negatedAutograph = false;
let saysRaw = false;

/** `forQuery`: also collect the unknown words (names) a query's comps must contain. */
export function readTitle(title: string, forQuery = false): TitleReading {
  const card = readCard(title, forQuery);
  return { card, unknownWords, unknownAt, negatedAutograph, saysRaw };
}

/** Reads one listing title into the engine's fields (see `ClassifiedTitle`). */
export function classifyTitle(title: string): ClassifiedTitle {
  return readCard(title, false);
}

/** A grader and grade, "+" or "&", and another grader and grade: two slabs in one listing. */
const TWO_SLABS =
  /(?<![a-z])(?:psa|bgs|sgc|cgc|csg|tag|hga)\s*\d{1,2}(?:\.5)?(?![\d.])[^+&]*(?<!mint|mt|nm|ex|vg)[+&][^+&]*(?<![a-z])(?:psa|bgs|sgc|cgc|csg|tag|hga)\s*\d/;

/** An older year and the maker or "design" after it: "1987 Topps", "'88 Topps", "1987 Design". */
const RETRO_YEAR = /(?<![\w#/.-])(?:19([5-9]\d)|'(\d\d))(?![\w/.-])(?:\s*(topps|design|35th)(?![a-z]))?/g;

/**
 * "2022 Topps Judge 1987 Topps 35th Anniversary", "2023 Topps Ohtani '88 Topps": Topps reprints an old
 * year's design as an insert of a new product. In a title the old year stands before "Topps" or
 * "design"; in a query ("2023 topps 1988 ohtani") any second, older year names it.
 */
function retroDesign(text: string, year: number, forQuery: boolean): boolean {
  if (!text.includes('19') && !text.includes("'")) return false;
  for (const m of text.matchAll(RETRO_YEAR)) {
    // "'22 Topps Update" is the card's own year written short, 2022: only a year of the last century
    // ("'88 Topps") can be an older design.
    const yy = Number(m[1] ?? m[2]);
    const old = m[1] === undefined && yy <= 30 ? 2000 + yy : 1900 + yy;
    if (old > year - 10) continue;
    if (m[3] !== undefined || (forQuery && m[1] !== undefined)) return true;
  }
  return false;
}

const SEALED_SET = /(?<![a-z])sealed\s+(?:complete\s+)?set(?![a-z])/;

/** A comma, semicolon or bar stands between word k − 1 and word k. */
function separatedBefore(text: string, k: number): boolean {
  for (let at = tokens.end[k - 1]!; at < tokens.start[k]!; at++) {
    const c = text.charCodeAt(at);
    if (c === 44 || c === 59 || c === 124) return true;
  }
  return false;
}

/** Japanese words after a grade that hope for it: class, equivalent, grade, level, aiming at, candidate. */
const JAPANESE_HOPES = ['ランク', '相当', '級', 'レベル', '狙い', '候補'];
const HOPED_IN_JAPANESE = new RegExp(`(?:psa|bgs)\\s*\\d{1,2}(?:\\.5)?\\s*(?:${JAPANESE_HOPES.join('|')})`);
const mayHopeInJapanese = (s: string): boolean =>
  (tokens.marks & Mark.Cjk) !== 0 && JAPANESE_HOPES.some((word) => s.includes(word));

/** Words right before a product or a parallel that deny it ("not mini", "non-silver"). */
const DENIALS = ['not', 'non', 'no'];
const deniedRightBefore = (text: string, i: number): boolean => i > 0 && nextIs(text, i - 1, DENIALS);

/** A digit next, after at most a hyphen or a space ("SP-1", "SP 1"). */
const DIGITS_NEXT = /^[-\s]?\d/;

/** A relief pitcher's role beside "RP": "RP Mets Closer", "setup man". */
const RELIEVER_WORDS = /(?<![a-z])(?:closer|reliever|relief\s+pitcher|setup\s+man|bullpen)(?![a-z])/;

/** Words for a fake card that name no kind, with the noise code each stands for alone. */
const FAKE_EITHER_WAY: ReadonlyMap<string, NoiseCode> = new Map([
  ['novelty', 'reprint'],
  ['unofficial', 'custom'],
]);

/** Words for an artist's card. */
const ART_WORDS = ['art card', 'hand drawn', 'hand painted', 'art cards'];
/** Makers that issue artists' cards, and the names of those cards. */
const MAKERS_OF_ART = ['topps', 'upper deck', 'panini', 'leaf'];
const MAKERS_ART_CARD = /(?<![a-z])(?:sketch|sketches|project\s*70|project\s*2020)(?![a-z])/;

const AND = wordHash('and');
const PARALLELS = wordHash('parallels');
const W = wordHash('w');
/** Words that may join another card to the title's: their ANOTHER_CARD patterns are looked for. */
const JOINING_HASHES: ReadonlySet<number> = new Set(
  ['with', 'the', 'plus', 'two', 'candidates', '10s', 'run'].map(wordHash),
);
/**
 * The cheap look before ANOTHER_CARD, over the words just read: a joiner ("+", "&", " and "), a second
 * "#", a count of pieces or cards ("4 pc", "2-card", "6 parallels"), or a count opening the title.
 */
function mayHoldCards(text: string): boolean {
  if (tokens.marks & (Mark.Joiner | Mark.SecondHash)) return true;
  const first = text.charCodeAt(0);
  if (first >= 49 && first <= 57 && text.includes('cards')) return true;
  // "2 Ohtani … Rookies", "… Refractor 2x".
  if (first >= 50 && first <= 57 && text.charCodeAt(1) === 32) return true;
  if (text.charCodeAt(text.length - 1) === 120) return true;
  for (let k = 0; k < tokens.count; k++) {
    const start = tokens.start[k]!;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    const hash = tokens.hash[k];
    if (hash === PARALLELS) return true;
    // "w/ Base", "with Bonus Base", "and the Silver", "Plus Inserts", "Two PSA 10s", "2 PSA 10 Candidates",
    // "2018-2024 run".
    if (JOINING_HASHES.has(hash!)) return true;
    if (hash === W && text.charCodeAt(tokens.end[k]!) === 47) return true;
    if (before === 45 || (before === 32 && start > 1 && text.charCodeAt(start - 2) === 45)) {
      if (text.startsWith('card', start)) return true;
    } else if (before === 32) {
      if (hash === AND ? text.charCodeAt(tokens.end[k]!) === 32 : text.startsWith('pc', start)) return true;
    }
  }
  return false;
}
const CARD_PRODUCT =
  '(?:(?:19|20)\\d\\d(?:\\s*-\\s*\\d\\d)?\\s+)?(?:topps|bowman|panini|prizm|optic|donruss|hoops|select|mosaic|chrome|update|upper\\s+deck|ud|young\\s+guns|fleer|score|series\\s+[12])';
/**
 * A card, then "+", "&", "and" or "/" and another product's card ("… RC and Prizm RC", "RC #700 &
 * Topps Update #US1"); a parallel and the base card ("Silver & Base"); two card numbers side by side
 * ("#249 #248"); or a count of cards opening the title ("3 Michael Jordan Cards").
 */
const ANOTHER_CARD = new RegExp(
  [
    `(?<![a-z])(?:rc|rookie|#\\s*[a-z]*\\d+)\\s*(?:[+&]|and)\\s*${CARD_PRODUCT}(?![a-z])[^+&]{0,30}?(?<![a-z])(?:rc|rookie|#\\s*[a-z]*\\d+)(?![a-z])`,
    '(?<![a-z])(?:refractor|silver|prizm|holo|parallel|auto)\\s*(?:[+&]|and)\\s*base(?![a-z])',
    // "… RC + 5 Bonus Cards", "Aikman Smith Irvin + More", "+ Free Bonus RC", "w/ Bonus Base".
    '\\+\\s*(?:\\d{1,3}\\s+)?(?:free\\s+)?(?:more|others|bonus)(?![a-z])',
    // "… RC w/ 2 bonus cards", "with free bonus RC".
    '(?<![a-z])(?:w/|with|plus)\\s*(?:\\d{1,3}\\s+)?(?:free\\s+)?bonus\\s+(?:cards?|rcs?|rookies?)(?![a-z])',
    '(?<![a-z])(?:w/|with)\\s*(?:(?:free|bonus)\\s+)*base(?![a-z])',
    // "Base and the Silver Prizm", "… Refractor and the Base", "Base + Sepia Refractor Combo".
    '(?<![a-z])base\\s*(?:[+&]|and|w/|with|plus)\\s*(?:the\\s+)?(?:[a-z]+\\s+)?(?:silver|refractor|parallel|prizm|holo)(?![a-z])',
    '(?:[+&]|(?<![a-z])(?:and|w/|with|plus))\\s*the\\s+(?:base|silver|refractor|parallel|prizm|holo|chrome)(?![a-z])',
    // "… RC Panthers + Silver Prizm", "… + Holo" at the end: a parallel sold with the card.
    '\\+\\s*(?:(?:[a-z]+\\s+)?(?:prizm|refractor|parallel)|silver|holo)\\s*$',
    // "Justin Herbert 2020 Prizm rainbow: base, silver, …": the parallels listed, each a card.
    '(?<![a-z])rainbow\\s*:',
    // "Plus Inserts & Parallels".
    '(?<![a-z])plus\\s+(?:inserts|parallels|rookies|extras)(?![a-z])',
    // "RC & Vladimir Guerrero Jr RC", "Skenes RC + Jackson Merrill RC": another player's rookie card joined.
    "(?<![a-z])(?:rc|rookie)\\s*[+&]\\s*(?:[a-z.']+\\s+){1,4}(?:rc|rookie)(?![a-z])",
    // "PSA 8 w/ 1986 Fleer Sticker #8", "… plus 1981 Topps #261": another year's card sold with it.
    '(?<![a-z])(?:w/|with|plus)\\s*(?:an?\\s+)?(?:19|20)\\d\\d(?:\\s*,\\s*(?:19|20)\\d\\d)*,?\\s+(?:and\\s+(?:19|20)\\d\\d\\s+)?[a-z]',
    // "… base every year 2018-2024 run": one card of each year.
    '(?:19|20)\\d\\d\\s*-\\s*(?:19|20)\\d\\d\\s+run(?![a-z])',
    // "… Refractor 2x" at the end: a count of copies ("10x" there is hype, as in "10x potential").
    '(?<![\\d./#$a-z])(?<!(?:mvp|champ|champion|champions|star|bowl|young|glove|slugger|series|ring|roy)\\s*)[2-9]\\s?x\\s*$',
    // "2 Shohei Ohtani 2018 Topps Chrome #150 Rookies", "Two PSA 10s", "2 PSA 10 Candidates".
    '^\\s*(?:[2-9]|two|three|four|five)\\s+[a-z][^]*(?<![a-z])(?:rookies|rcs|copies)(?![a-z])',
    // (Not "Only 2 PSA 10s exist": a population.)
    '(?<![a-z#\\d])(?<!only\\s+)(?:two|three|four|five|[2-9])\\s+(?:psa|bgs|sgc|cgc)\\s*(?:10|9(?:\\.5)?)\\s*(?:s|candidates)(?![a-z])(?!\\s*(?:exist|in\\s+existence|graded|total))',
    // "4 pc", "2-Card", "6 Parallels".
    // ("3-Card Panel" is one piece of card stock; "PSA 8 - card still inside" is a grade.)
    '(?<![\\d./#$])(?<!(?:psa|bgs|sgc|cgc|tag|csg|hga|grade)\\s*)(?:[2-9]|[1-9]\\d)\\s*(?:pc|-\\s*card(?!\\s*panel)|parallels)(?![a-z])',
    // "four-card run", "three card lot".
    '(?<![a-z])(?:two|three|four|five|six|seven|eight|nine|ten)\\s*-?\\s*cards?(?!\\s*panel)(?![a-z])',
    // Not after another "#": three side by side are the panels of one card (1980 Topps "Bird Magic
    // Erving #34 #139 #174"), and after the card's number a pair is jersey numbers ("#138 Kobe … #8 #24").
    '(?<!#[^]*)#\\s*\\d{1,4}\\s*#\\s*\\d{1,3}(?![\\d/-]|\\s*#|\\s*(?:pick|overall|prospect|draft|ranked|rated|qb|rb|wr|te)(?![a-z]))',
    '^\\s*[2-9]\\s+(?:[a-z]+\\s+){1,3}cards(?![a-z])',
  ].join('|'),
);

/** A year, then " + " or " & " and another year and a word: another card joined to the first. */
const ANOTHER_YEAR_JOINED = /(?:19|20)\d\d(?!\d).*\s[+&]\s*(?:19|20)\d\d(?:\s*[-/]\s*\d\d)?\s+[a-z]/;

const FREE = ['free', 'less'];

/** Words before "sticker" that make it an authenticator's or seller's sticker, not a sticker card. */
const AUTHENTICATION_STICKER = new Set([
  'dna',
  'psa',
  'jsa',
  'bas',
  'beckett',
  'coa',
  'holo',
  'hologram',
  'authentication',
  'authenticity',
  'witness',
  'price',
  'tamper',
]);

/**
 * The reader: words through the lexicon (one pass, no word cut out of the title), then the grade and
 * number readers where the words say they have something to read, then the words decided by their
 * neighbours. Per-title lists live in module scratch space (cleared here), so a title allocates its
 * normal form and the card's own fields, little else.
 */
function readCard(title: string, forQuery: boolean): ClassifiedTitle {
  const s = readWords(title);
  // `text` is `s` unless an apostrophe inside a word had to go; grades and numbers are read from `s`.
  const text = tokens.text;
  const count = tokens.count;
  const marks = tokens.marks;

  noiseCount = 0;
  setCount = 0;
  parallelCount = 0;
  contextCount = 0;
  graderWords.count = 0;
  // Only a query collects them; a listing shares one empty list it never fills.
  unknownWords = forQuery ? [] : NO_WORDS;
  unknownAt = forQuery ? [] : NO_POSITIONS;
  negatedAutograph = false;
  saysRaw = false;
  nameWords = 0;
  let autograph = false;
  /** An autograph word other than "signature" itself ("auto", "signed", "on card"). */
  let signedInWords = false;
  let relic = false;
  let rookie = false;
  let damaged = false;
  /** "PSA 10 + raw copy": a raw card sold beside the slab, not the slab's card out of it. */
  let rawCopyJoined = false;
  let graderSeen = false;
  let gradeTalk = false;
  let speculativeSeen = false;
  let serialCue = false;
  let countCue = false;
  let spelledSeen = false;
  let negatedUntil = -1;
  // The last unknown word and where its run of unknown words (a name) began.
  let lastUnknown = -2;
  let unknownFrom = -2;
  // The reprint code came only from "facsimile signature" (1), or from anything else too (2).
  let reprintBy = 0;
  let prismSeen = false;
  // "Prizm" seen only as a colour's finish ("Silver Prizm", "Holo Prizm").
  let prizmAsFinish = false;
  // Where the last team's name ended, and whether a colour followed it.
  let teamEnd = -1;
  let teamFrom = -1;
  /** Words before this are a team's colours or uniform ("Purple & Gold", "Red Jersey"). */
  let teamColoursUntil = -1;
  let teamColourSeen = false;
  /** The title ends on the team's own colour right after its name ("… Bulls Red"). */
  let ownColourLast = false;
  // "Facsimile" not denied: a printed signature.
  let facsimileSeen = false;
  let fakeAlone: NoiseCode | undefined;
  let artSeen = false;
  // The word "set" outside a phrase ("Base Set 1-330"): with "complete" or a run of numbers, a whole set.
  let setWordSeen = false;
  // "Sealed in original pack": where its words end (the reader resumes there), and that it was seen.
  let resume = -1;
  let sealedInWrap = false;
  /** A sealed product is named (box, pack, case), not only "sealed". */
  let sealedProduct = false;
  /** "Commons", "multiple players": a lot, unless a pick list offers them. */
  let commonsSeen = false;

  // The first name a title gives: two or more unknown words right before a number or a card word
  // ("Mitch Marner PSA 10", "Kenny Pickett RC"), as words of `text` from `leadFrom` to `leadTo`.
  let leadFrom = -1;
  let leadTo = -1;

  for (let i = 0; i < count; ) {
    const nameEndsHere = leadFrom < 0 && lastUnknown === i - 1 && i - unknownFrom >= 2;
    // A number alone starts no phrase and names nothing: the number readers see it.
    if (tokens.digit[i]! & WordDigits.OnlyDigits && !NUMBERS_IN_LEXICON) {
      if (nameEndsHere) {
        leadFrom = unknownFrom;
        leadTo = lastUnknown;
      }
      i++;
      continue;
    }
    const hit = matchAt(text, i);
    if (nameEndsHere && (hit === null ? tokens.digit[i] !== 0 : CARD_WORDS & (1 << hit.act))) {
      leadFrom = unknownFrom;
      leadTo = lastUnknown;
    }
    if (hit === null) {
      if (tokens.digit[i] === 0) {
        if (lastUnknown !== i - 1) unknownFrom = i;
        lastUnknown = i;
        if (isWordAt(text, i, 'set') || isWordAt(text, i, 'sets')) setWordSeen = true;
        // "Topps Update Clear /10": the acetate parallel, named so only before its print run ("clear
        // photos", "clear slab" describe the listing).
        else if (isWordAt(text, i, 'clear') && printRunAfter(text, i + 1))
          addParallel('clear', false, i, i + 1);
        // "3 x 2020 Prizm Burrow", "BGS 9 X 2": a count of cards written apart.
        else if (isWordAt(text, i, 'x')) countCue = true;
        // "PSA Gem Mint Ten": a grade spelled out, for the grade reader.
        else if (SPELLED_HASHES.has(tokens.hash[i]!)) spelledSeen = true;
        // Every grader's name is in the lexicon; this keeps the grade reader right if one is not.
        if (nameAt(text, tokens.start[i]!) !== '') addGraderWord(i);
        addNameWord(text, i, forQuery);
      } else {
        const first = text.charCodeAt(tokens.start[i]!);
        // A grader joined to its number ("psa10"); Beckett's name only counts alone.
        if (first >= 97) {
          const name = nameAt(text, tokens.start[i]!);
          if (name !== '') {
            addGraderWord(i);
            if (name !== 'beckett') graderSeen = true;
          }
          // "SN50", "SN25": serial numbered, typed as one word.
          const start = tokens.start[i]!;
          if (
            first === 115 &&
            text.charCodeAt(start + 1) === 110 &&
            tokens.digit[i]! & WordDigits.AfterLetter
          )
            serialCue = true;
        }
        // "x10", "10x": a count of cards; so are "3ct", "5pcs" typed as one word.
        if (
          first === 120 ||
          text.charCodeAt(tokens.end[i]! - 1) === 120 ||
          COUNT_JOINED.test(wordAt(text, i))
        )
          countCue = true;
      }
      i++;
      continue;
    }
    // "Josh Beckett 2000 Bowman": the pitcher's surname after his first name, not Beckett's grading
    // (whose grade or slab word follows its name: "Beckett 9.5", "Beckett Authentic"); so "Ace Flagg".
    if (
      hit.act === GRADER &&
      hit.size === 1 &&
      ((lastUnknown === i - 1 && isWordAt(text, i, 'beckett')) ||
        // "Ace Flagg": a first name before a surname, not the ACE grader (whose grade follows it).
        (isWordAt(text, i, 'ace') &&
          i + 1 < count &&
          tokens.digit[i + 1] === 0 &&
          matchAt(text, i + 1) === null)) &&
      !gradingFollows(text, i + 1)
    ) {
      if (lastUnknown !== i - 1) unknownFrom = i;
      lastUnknown = i;
      addNameWord(text, i, forQuery);
      i++;
      continue;
    }
    const end = i + hit.size;
    // "Bobby Witt Jr.": a name's suffix belongs to the name (a lead name may end with it).
    if (hit.suffix && lastUnknown === i - 1 && unknownFrom < i) {
      lastUnknown = i;
      i = end;
      continue;
    }
    const negated = i < negatedUntil;
    if (hit.graders !== 0) {
      for (let k = 0; k < hit.size; k++) if (hit.graders & (1 << k)) addGraderWord(i + k);
    }
    switch (hit.act) {
      case NOISE: {
        const code = hit.code!;
        if (code === 'lot') countCue = true;
        if (negated) {
          // "Not a reprint or replica": the denial runs on through "or".
          if (end < count && (isWordAt(text, end, 'or') || isWordAt(text, end, 'nor')))
            negatedUntil = end + 3;
          break;
        }
        // "check my other lots & breaks", "see my store for sealed wax": the seller's other listings.
        if (boilerplateAround(text, i, end)) break;
        // "Reprint? NO! Authentic": the seller asks and answers.
        if (askedAndDenied(text, end - 1) || fieldSaysNo(text, end)) break;
        // "Lot #112: 1952 Topps …" leads with an auction house's lot number; "Lot 5 of our auction" is one.
        if (i === 0 && hit.words[0] === 'lot' && hashAfter(text, i)) break;
        // "Factory Set Exclusive … Bonus Card #5": the card is the set's bonus card, sold alone.
        if (hit.size === 2 && hit.words[0] === 'bonus' && hashAfter(text, end - 1)) break;
        // "Lot 80441 …", "Lot 34 | 1986 Fleer …", "Lot 88 of our auction": an auction's lot number (a
        // lot of cards is counted in ones and tens, and says "of"; "Heritage Lot" is read as one phrase).
        if (
          hit.size === 1 &&
          hit.words[0] === 'lot' &&
          end < count &&
          tokens.digit[end]! & WordDigits.OnlyDigits &&
          (auctionLotNumber(text, end) ||
            pipeAfter(text, end) ||
            auctionLotOfOneCard(text) ||
            hasWord(text, 'auction') ||
            hasWord(text, 'consignment'))
        )
          break;
        // "In a custom magnetic one-touch": the holder is custom, not the card.
        if (code === 'custom' && hit.size === 1 && holderAt(text, end)) break;
        // "HGA 10 custom Grizzlies label": the slab's label is made to order, not the card.
        if (code === 'custom' && hit.size === 1 && (nextIs(text, end, LABEL) || nextIs(text, end + 1, LABEL)))
          break;
        // An artist's card: custom, unless a maker issued it ("2009 Topps Sketch Card … Hand Drawn",
        // "Topps Project70 … Art Card"), read at the end.
        if (code === 'custom' && ART_WORDS.includes(hit.words.join(' '))) {
          artSeen = true;
          break;
        }
        // "Novelty", "Unofficial": a reprint or a custom card, whichever else the title says ("Custom
        // Made Novelty Card", "Unofficial Reprint"); alone, the one they stand for. Read at the end.
        if (FAKE_EITHER_WAY.get(hit.words[0]!) === code) {
          fakeAlone ??= code;
          break;
        }
        if (code === 'reprint') {
          reprintBy = hit.facsimileSignature && reprintBy !== 2 ? 1 : 2;
          if (hit.words[0] === 'facsimile' || hit.facsimileSignature) facsimileSeen = true;
        } else if (
          // One card out of the product ("pulled from hobby box", "Jumbo Box Topper"), not the product.
          (code === 'sealed' || code === 'break') &&
          (cameFrom(text, i) ||
            pulledOut(text, end) ||
            (code === 'sealed' &&
              (sealedInHolder(text, end - 1) ||
                cardStillSealed(text, i) ||
                holderAt(text, end) ||
                sealedInOriginalPackaging(text, end - 1))))
        )
          break;
        // "2023 Topps Heritage #123 Contreras … Complete Your Set": one card named by its number, sold
        // to set builders; without one ("Finish Your Set! 2021 Optic Holo") the seller's list.
        if (
          code === 'you_pick' &&
          hit.words[1] === 'your' &&
          hit.words[2] === 'set' &&
          ONE_CARD_NUMBER.test(text)
        )
          break;
        // "2019-20 Donruss Duo Zion Ingram": Donruss' insert of two players on one card ("Rookie Duo",
        // "Yankees Duo" sell two cards); "Both Signed On Card": one card signed by both.
        if (
          code === 'lot' &&
          hit.size === 1 &&
          hit.words[0] === 'duo' &&
          i > 0 &&
          SET_KINDS.has(wordAt(text, i - 1))
        )
          break;
        // "QB Rookie Trio", "… Rated Rookie trio": three players' rookie cards; "Dodgers Trio" and
        // "Messi Mbappe Neymar Trio Refractor" are one card of three.
        if (
          code === 'lot' &&
          hit.size === 1 &&
          hit.words[0] === 'trio' &&
          !(i > 0 && (ROOKIE_WORDS.has(wordAt(text, i - 1)) || setApartBefore(text, i)))
        )
          break;
        if (
          code === 'lot' &&
          hit.size === 1 &&
          hit.words[0] === 'both' &&
          nextIs(text, end, BOTH_ON_ONE_CARD)
        )
          break;
        // "1915 Cracker Jack Commons You Pick", "Relic Cards … Multiple Players": what a pick list
        // offers; alone, a lot of them.
        if (
          code === 'lot' &&
          (hit.words[0] === 'commons' || (hit.words[0] === 'multiple' && hit.size === 2))
        ) {
          commonsSeen = true;
          break;
        }
        // "1987 Fleer Glossy Barry Bonds #604 RC Tin": a card of Fleer's glossy tin sets, no tin.
        if (code === 'sealed' && hit.words[0] === 'tin' && text.includes('glossy')) break;
        if (code === 'sealed' && hit.size === 1) {
          const wrapEnd = sealedInOriginalWrap(text, i);
          if (wrapEnd > 0) {
            resume = wrapEnd;
            sealedInWrap = true;
            break;
          }
        }
        if (code === 'sealed' && !PLAIN_SEALED.includes(hit.words.join(' '))) sealedProduct = true;
        addCode(code);
        break;
      }
      case CUE:
        if (hit.serial) serialCue = true;
        else countCue = true;
        break;
      case CONTEXTUAL:
        // "NOT A RP": the seller denies a reprint.
        if (negated && hit.context === 'rp') break;
        addContext(hit.context!, i, end);
        break;
      case AUTOGRAPH:
        if (negated || fieldSaysNo(text, end)) negatedAutograph = true;
        // "Signed by Artist", "artist signed": the painter's signature on an art card, not the player's.
        else if (byTheArtist(text, i, end)) break;
        else {
          autograph = true;
          // "Signature" also names sets ("Signature Rookies", "Signature Series"): an "Unsigned" beside
          // it is believed, where beside "Auto" it would not be.
          if (hit.size > 1 || !(isWordAt(text, i, 'signature') || isWordAt(text, i, 'signatures')))
            signedInWords = true;
          if (hit.relic) relic = true;
          if (hit.rookie) rookie = true;
        }
        break;
      case RELIC:
        // "Rockets Red Jersey": the uniform in the photo.
        if (i < teamColoursUntil) break;
        // "Jersey # match", "jersey number 23": the player's number, no piece of a jersey.
        if (
          hit.size === 1 &&
          hit.words[0] === 'jersey' &&
          (nextIs(text, end, JERSEY_NUMBER) || jerseyNumberAt(text, i))
        )
          break;
        if (!negated) {
          relic = true;
          if (hit.rookie) rookie = true;
        }
        break;
      case ROOKIE:
        rookie = true;
        // Young Guns is a subset of its own: the same rookie's other Upper Deck cards differ.
        if (hit.size === 2 && hit.words[0] === 'young' && !hasSet('young guns')) addSet('young guns');
        // So is Topps Update's Rookie Debut: cards apart from the player's base rookie card.
        if (hit.size === 2 && hit.words[1] === 'debut' && !hasSet('rookie debut')) addSet('rookie debut');
        break;
      case PARALLEL:
        // "Base Non-Silver": the seller says which parallel the card is not.
        if (negated && deniedRightBefore(text, i)) break;
        // "SSP?": a short print hoped for, not stated.
        if (isShortPrint(hit.name) && questionAfter(text, end - 1)) break;
        if (fieldSaysNo(text, end)) break;
        // "Blue Sharpie", "silver ink": the colour of the signature's ink.
        if (hit.size === 1 && nextIs(text, end, INKS)) break;
        // "Genesis Parallel", "Kaboom parallel": the insert itself, named so by its seller.
        if (hit.name === 'parallel' && i > 0 && insertEndsAt(text, i)) break;
        // "Elijah Green 1st Bowman": the colour is the player's surname.
        // (A first name has two letters at least: "O's Black & Orange" is the Orioles'.)
        if (
          hit.surname &&
          lastUnknown === i - 1 &&
          unknownFrom === i - 1 &&
          tokens.end[i - 1]! - tokens.start[i - 1]! > 1 &&
          namesPlayer(text, end)
        ) {
          addNameWord(text, i, forQuery);
          break;
        }
        if (hit.name === 'prism') prismSeen = true;
        // "Lakers Purple & Gold", "Cavs Wine & Gold", "Rockets Red Jersey": the team's colours and
        // uniform, never a parallel.
        if (i < teamColoursUntil) break;
        // "HGA 10 Purple Label", "Gold/Blue Label": the colour of a slab's label.
        if (hit.size === 1 && COLOURS.has(hit.name) && labelColourAt(text, end)) break;
        // "Red & Black Bulls", "Fever Red & Navy", "Silver and Black Spurs": two colours joined are a
        // team's, named or not, unless a finish or a print run follows ("Black & Gold Prizm /10").
        if (hit.size <= 2 && COLOURS.has(hit.words[hit.size - 1]!)) {
          const pairEnd = joinedColourEnd(text, end);
          if (pairEnd > 0 && !nextIs(text, pairEnd, FINISH_WORDS) && !printRunAfter(text, pairEnd)) {
            teamColoursUntil = pairEnd;
            break;
          }
        }
        if (
          hit.size === 1 &&
          COLOURS.has(hit.name) &&
          (i === teamEnd || teamColourBefore(text, i, teamEnd))
        ) {
          const pairEnd = colourPairEnd(text, end);
          if ((pairEnd > end || teamColourBefore(text, i, teamEnd)) && !nextIs(text, pairEnd, FINISH_WORDS)) {
            teamColoursUntil = pairEnd;
            break;
          }
          if (nextIs(text, end, UNIFORM_WORDS)) {
            teamColoursUntil = end + 1;
            break;
          }
        }
        if (i === teamEnd && hit.size === 1 && COLOURS.has(hit.name)) {
          teamColourSeen = true;
          // "… Bulls Red", "… Celtics Green ☘️": the team's own colour, last in the title.
          if (end === count && TEAM_COLOURS.get(teamWords(text, teamFrom, teamEnd))?.has(hit.name))
            ownColourLast = true;
          addParallel(hit.name, hit.generic, i, end, true);
        } else addParallel(hit.name, hit.generic, i, end);
        break;
      case SET:
        // "Warriors Dynasty", "Patriots Dynasty": the team's run of titles, not Panini's Dynasty.
        if (i === teamEnd && hit.name === 'dynasty') break;
        // "Downtown vibes", "like Kaboom but base", "Kaboom energy": an insert named for its look.
        if (
          INSERT_SETS.has(hit.name) &&
          (nextIs(text, end, INSERT_LOOKS) || (i > 0 && isWordAt(text, i - 1, 'like')))
        )
          break;
        // "PSA DNA sticker", "JSA sticker": the authenticator's sticker on the card, no sticker card.
        if (hit.name === 'sticker' && i > 0 && AUTHENTICATION_STICKER.has(wordAt(text, i - 1))) break;
        // "Sticker free on-card", "no sticker": the autograph is on the card itself.
        if (hit.name === 'sticker' && (nextIs(text, end, FREE) || (negated && deniedRightBefore(text, i))))
          break;
        // "#1 Draft Pick", "1st Round Draft Pick": where the player was drafted, no Draft product.
        if (
          hit.name === 'draft' &&
          hit.size === 1 &&
          end < count &&
          isWordAt(text, end, 'pick') &&
          i > 0 &&
          (tokens.digit[i - 1] !== 0 || isWordAt(text, i - 1, 'round') || isWordAt(text, i - 1, 'overall'))
        )
          break;
        // "(not mini)", "non chrome": the seller says which product the card is not.
        if (negated && deniedRightBefore(text, i) && SET_KINDS.get(hit.name) === 'strong') break;
        // "Silver Prizm" names a parallel; "Prizm" alone is the set. Right after a colour it is the
        // finish only, decided once the sets are known ("Optic … Holo Prizm" is no Prizm card).
        // So is "Prizm" right after Mosaic, Select or Optic ("Silver Mosaic Prizm").
        if (
          hit.name === 'prizm' &&
          ((parallelCount > 0 && parallelEnd[parallelCount - 1] === i) ||
            (i > 0 && PRIZM_FINISH_SETS.includes(wordAt(text, i - 1))))
        ) {
          prizmAsFinish = true;
          addParallel('prizm', true, i, end);
          break;
        }
        if (!hasSet(hit.name)) addSet(hit.name);
        if (hit.name === 'prizm') addParallel('prizm', true, i, end);
        break;
      case NEGATION:
        // "No. 169 Auto", "No. US175 Reprint": "no" before a number is the number sign, it denies nothing.
        if (hit.size === 1 && end < count && tokens.digit[end]! !== 0 && isWordAt(text, i, 'no')) break;
        // A negation reaches the next two words, not past a comma ("No COA, Crease on back").
        negatedUntil = end + 2;
        for (let k = end; k < end + 2 && k < count; k++) {
          if (separatedBefore(text, k)) {
            negatedUntil = k;
            break;
          }
        }
        if (hit.negatesAutograph) negatedAutograph = true;
        break;
      case DAMAGE:
        if (!negated && !slabDamaged(text, i, end) && !mildFlaw(text, i, hit.words)) damaged = true;
        break;
      case RAW:
        // "PSA 9 Slabbed Not Raw": denied.
        if (negated && deniedRightBefore(text, i)) break;
        // "PSA 7 (auto not graded)": the signature has no grade of its own; the card has one.
        if (
          hit.words[0] === 'not' &&
          i > 1 &&
          SIGNATURE_WORDS.has(wordAt(text, i - 1)) &&
          !DENIALS.includes(wordAt(text, i - 2)) &&
          slabWordsBefore(text, i)
        )
          break;
        if (joinedBefore(text, i)) rawCopyJoined = true;
        // "Crack out candidate", "crack out potential": the slab is still on, its holder hopes to crack it.
        else if (!(end < count && hit.words[0] === 'crack' && isHedgeAt(text, end))) saysRaw = true;
        break;
      case GRADER:
        graderSeen = true;
        break;
      case GRADE_WORD:
        gradeTalk = true;
        break;
      case SPECULATIVE:
        gradeTalk = true;
        speculativeSeen = true;
        break;
      case TEAM:
        teamEnd = end;
        teamFrom = i;
        break;
      case NOTHING:
        // "Heritage High Number Black Border /50": the parallel, so named only before its print run.
        if (
          hit.size === 2 &&
          hit.words[0] === 'black' &&
          hit.words[1]!.startsWith('border') &&
          printRunAfter(text, end)
        )
          addParallel('black border', false, i, end);
        break;
      case NAME:
        // Words of a name, as unknown words are: a query's terms, a title's lead name.
        if (lastUnknown !== i - 1) unknownFrom = i;
        lastUnknown = end - 1;
        for (let k = i; k < end; k++) addNameWord(text, k, forQuery);
        break;
    }
    i = Math.max(resume, end);
  }

  if ((marks & Mark.Question) !== 0) gradeTalk = true;
  // Without a grader or grade talk there is no grade to read (readGrade would say so).
  const slab =
    graderSeen || gradeTalk
      ? readGrade(
          s,
          (autograph ? Hint.Autograph : 0) |
            (graderSeen ? Hint.Grader : 0) |
            (gradeTalk ? Hint.GradeTalk : 0) |
            (speculativeSeen ? Hint.Speculative : 0) |
            (spelledSeen ? Hint.Spelled : 0) |
            (saysRaw ? Hint.OutOfSlab : 0) |
            (hasCode('sealed') || hasCode('break') ? Hint.Product : 0),
          marks,
          text === s,
        )
      : NO_GRADE;
  // "PSA10ランク", "PSA10相当": Japanese sellers' "PSA 10 class", "PSA 10 equivalent" hope for a raw card.
  // "Custom PSA 10 Label Novelty Slab", "Reprint … In PSA 10 Style Case": a grader's look, no grade.
  const grade =
    slab.graded && mayHopeInJapanese(s) && HOPED_IN_JAPANESE.test(s)
      ? { ...NO_GRADE, spanCount: slab.spanCount, autoGrade: slab.autoGrade, speculativeGrade: true }
      : slab.graded && imitationSlab(s, hasCode('custom') || hasCode('reprint'))
        ? { ...NO_GRADE, spanCount: slab.spanCount, autoGrade: slab.autoGrade }
        : slab;
  const numbers = readNumbers(
    s,
    gradeSpans,
    grade.spanCount,
    marks,
    serialCue,
    countCue,
    tokens.firstDigit,
    text === s,
    parallelCount > 0,
  );
  // "Hobby Box Sealed 8 Packs 32 Cards": what the product holds, no lot of cards.
  if (
    numbers.lotCount !== null &&
    !(sealedProduct && numbers.countsCards && hasCode('sealed')) &&
    !auctionLotOfOneCard(s)
  )
    addCode('lot');
  // "Bedard YG PSA 10 + Fantilli YG PSA 10", "1963 Topps Rose RC + 1964 Topps Rose": two cards, each
  // with its own slab or year, sold together.
  if (marks & Mark.Joiner && (ANOTHER_YEAR_JOINED.test(s) || (grade.graded && TWO_SLABS.test(s))))
    addCode('lot');
  // "Optic RC and Prizm RC", "Bowman Chrome RC + Topps Chrome RC", "Refractor + Base", "#249 #248",
  // "3 Michael Jordan Cards": two cards or more without the word "lot" (in a pick list, "Pick Your
  // Card … Base & Silver", the cards to choose from).
  if (commonsSeen && !hasCode('you_pick') && !hasCode('lot')) addCode('lot');
  if (!hasCode('lot') && !hasCode('you_pick') && mayHoldCards(text) && ANOTHER_CARD.test(s)) addCode('lot');
  // "Archie 1972 Topps, Peyton 1998 Topps, Eli 2004 Topps": three years, three cards.
  if (noiseCount === 0 && marks & Mark.Digit && namesThreeYears(text)) addCode('lot');
  // "… Jordan Barkley Ewing Malone Drexler rookies", "Every Steph Curry card I own": several cards (not
  // a subset's name: "The Rookies", "Marquee Rookies").
  if (
    noiseCount === 0 &&
    count > 2 &&
    ((SEVERAL_LAST.has(wordAt(text, count - 1)) && namedBefore(text, count - 1)) ||
      isWordAt(text, 0, 'every'))
  )
    addCode('lot');
  // "Sealed in original pack" without a card number (or a Topps Now card's own cello): a pack, no single card.
  if (sealedInWrap && numbers.cardNumber === null && !hasSet('now')) addCode('sealed');
  // "Topps Now … #14 Factory Sealed": one numbered card still in the case it ships in.
  else if (
    !sealedProduct &&
    hasCode('sealed') &&
    hasSet('now') &&
    numbers.cardNumber !== null &&
    !PRODUCT_WORD.test(text)
  )
    removeCode('sealed');

  // "2024 Topps Heritage Ohtani #300 facsimile signature", "… #1 facsimile signature NO AUTO": on a
  // card of a real release (its year and set, or its number and "no auto") the seller says the signature
  // is printed, as on many genuine cards. Alone ("Babe Ruth Facsimile Signed Card"), a reprint's description.
  if (
    reprintBy === 1 &&
    !hasContext('rp') &&
    (setCount > 0 || hasContext('sp')) &&
    (numbers.year !== null || (negatedAutograph && numbers.cardNumber !== null))
  ) {
    removeCode('reprint');
  }
  if (fakeAlone !== undefined && !hasCode('reprint') && !hasCode('custom')) addCode(fakeAlone);
  if (artSeen && !(MAKERS_OF_ART.some(hasSet) && MAKERS_ART_CARD.test(text))) addCode('custom');
  // A facsimile reprint's signature ("Facsimile Signed", "Auto RP Facsimile Autograph") is printed
  // on it: no autograph.
  if (facsimileSeen && hasCode('reprint')) autograph = false;
  // "直筆サイン", "サインカード": a Japanese seller's signed card (read off the text, as "ルーキー" is).
  if (!autograph && marks & Mark.Cjk && (text.includes('直筆サイン') || text.includes('サインカード')))
    autograph = true;
  if (negatedAutograph && !signedInWords) autograph = false;
  // A colour's "Prizm" is the Prizm set's parallel unless the title names another Panini set that
  // calls its parallels so (Optic, Select, Mosaic: "Optic Holo Prizm", "Select Silver Prizm").
  if (prizmAsFinish && !hasSet('prizm') && !PRIZM_FINISH_SETS.some(hasSet)) addSet('prizm');
  // "Bo Nix 2024 Optic Holo Rated Rookie Prizm": beside another Panini set and a parallel, "Prizm" is
  // the finish wherever it stands.
  else if (
    !prizmAsFinish &&
    parallelCount > 0 &&
    hasSet('prizm') &&
    PRIZM_FINISH_SETS.some(hasSet) &&
    !hasCode('lot')
  )
    removeSet('prizm');
  if (prismSeen) readPrism(text, count);
  if (teamColourSeen) dropTeamColours(ownColourLast && numbers.serial === null);
  let year = numbers.year;
  // T206, the tobacco set of 1909–11, is named without its years.
  if (year === null && marks & Mark.CardCode && hasWord(text, 't206')) year = 1909;
  let seasonEnd = numbers.seasonEnd;
  if (year === null && marks & Mark.Digit) year = leadingShortYear(text, count);
  if (year === null && marks & (Mark.Hyphen | Mark.Slash)) {
    const k = shortSeasonAt(text, count);
    if (k >= 0) {
      const yy = (text.charCodeAt(tokens.start[k]!) - 48) * 10 + text.charCodeAt(tokens.start[k]! + 1) - 48;
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      seasonEnd = year + 1;
    }
  }
  if (year !== null && year >= 2005 && hasSet('topps') && retroDesign(text, year, forQuery))
    addSet('retro design');

  for (let k = 0; k < contextCount; k++) {
    const start = contextStart[k]!;
    const before = start > 0 ? wordAt(text, start - 1) : undefined;
    const after = contextEnd[k]! < count ? wordAt(text, contextEnd[k]!) : undefined;
    switch (contextWords[k]) {
      case 'rp': {
        // "Edwin Diaz RP Mets Closer": a relief pitcher, neither a patch nor a reprint.
        if (RELIEVER_WORDS.test(text)) break;
        // "RP" is a Rookie Patch beside autographs, relics, numbering or a slab; otherwise a reprint.
        // "RP Card" is always a reprint (a patch card is "RPA", "RP Auto", "RP /99"), and so is any RP
        // of a card older than the rookie patch cards themselves (Exquisite's, 2003-04).
        const patchContext =
          (year === null || year >= FIRST_ROOKIE_PATCH_YEAR) &&
          (autograph || relic || numbers.serial !== null || grade.graded || hasPremiumSet());
        if (
          patchContext &&
          !hasCode('reprint') &&
          !(after === 'card' || after === 'cards' || after === 'copy')
        ) {
          relic = true;
          rookie = true;
        } else addCode('reprint');
        break;
      }
      case 'tribute':
        // "Topps Tribute", "Hoops Tribute", "2022-23 Hoops Curry Tribute": the product or a modern
        // set's insert; alone, or on a vintage card ("1986 Fleer Jordan Tribute"), a reprint.
        if (
          (before !== undefined && SET_KINDS.has(before)) ||
          (before !== undefined && YEAR_WORD.test(before) && hasSet('topps')) ||
          (setCount > 0 && year !== null && year >= 2000)
        ) {
          addSet('tribute');
        } else addCode('reprint');
        break;
      case 'sp': {
        // "#SP-1", "#SP1": Upper Deck's card code, neither the set nor a short print.
        if (
          text.charCodeAt(tokens.start[start]! - 1) === 35 &&
          DIGITS_NEXT.test(text.slice(tokens.end[start]!))
        )
          break;
        const era = before !== undefined && YEAR_WORD.test(before) && Number(before) <= 2010;
        // The set leads the title ("SP Derek Jeter #279"); a short print follows the card it marks.
        const leads = start === 0 && after !== undefined && !isParallelWord(after);
        // "Set: SP": a listing tool's field names the set.
        const setField = before === 'set' && text.charCodeAt(tokens.end[start - 1]!) === 58;
        if (
          (after && SP_SET_NEXT.has(after)) ||
          before === 'deck' ||
          before === 'ud' ||
          era ||
          leads ||
          setField
        ) {
          addSet('sp');
        } else addParallel('sp', false, start, contextEnd[k]!);
        break;
      }
      case 'retailBox':
        // "Mega Box Mojo", "Blaster exclusive green", "pulled from a blaster": one card from that box.
        if (
          !hasNamedParallel() &&
          !isParallelWord(after) &&
          !(after !== undefined && OUT_OF_THE_BOX.has(after)) &&
          numbers.cardNumber === null &&
          !cameFrom(text, start)
        ) {
          addCode('sealed');
        }
        break;
      case 'complete':
        // "Base Set … Complete", "Complete 1-792": the whole set is sold.
        if (setWordSeen || (marks & Mark.Hyphen && cardRangeAt(text, count))) addCode('lot');
        break;
      case 'rr':
        // "Optic Luka Doncic RR #177": Rated Rookie in Panini's (and Donruss') titles.
        if (PANINI_SETS.some(hasSet)) rookie = true;
        break;
      case 'yg':
        // "UD YG McDavid #201", "Celebrini YG RC": Young Guns, Upper Deck's rookie cards.
        if (!hasSet('young guns')) addSet('young guns');
        if (hasSet('upper deck')) rookie = true;
        break;
      case 'first':
        // "1st" in a Bowman title is the first Bowman card ("1st round pick" is not).
        if (hasSet('bowman') && !(after && NOT_FIRST_BOWMAN.has(after))) rookie = true;
        break;
    }
  }

  // "ルーキー": a Japanese seller's "rookie" (read off the text: the words are ASCII runs only).
  if (!rookie && marks & Mark.Cjk && text.includes('ルーキー')) rookie = true;

  // "Base Set 1-330", "Set #1-660": a run of card numbers in a set is that set, a lot of cards (in a
  // pick list, "Pick Your Card #1-787 … Fill Your Set", the cards to choose from).
  if (
    setWordSeen &&
    marks & Mark.Hyphen &&
    !hasCode('lot') &&
    !hasCode('you_pick') &&
    cardRangeAt(text, count)
  )
    addCode('lot');

  // A break sells a spot in someone else's box: the box is part of the break, not a sale of it. A
  // pack of a digital game ("MLB The Show code card pack") is digital, nothing sealed.
  if ((hasCode('break') || hasCode('digital')) && hasCode('sealed')) removeCode('sealed');
  // "Auto Redemption - REDEEMED, card in hand": the card itself, received for the redemption. A code
  // card to "redeem online" is digital, nothing to redeem for a card.
  if (
    hasCode('redemption') &&
    (((hasWord(text, 'redeemed') || hasWord(text, 'fulfilled')) && !NOT_REDEEMED.test(text)) ||
      hasCode('digital'))
  )
    removeCode('redemption');
  // "Factory Sealed Set": a whole set, sealed.
  if (hasCode('sealed') && !hasCode('lot') && SEALED_SET.test(text)) addCode('lot');
  // Japanese sellers' noise words, parallels and print runs, which hold no ASCII word for the lexicon.
  let serial = numbers.serial;
  if (marks & Mark.Cjk && CJK.test(title)) {
    for (const [words, code] of CJK_NOISE) if (words.test(title)) addCode(code);
    if (parallelCount === 0)
      for (const kana of title.match(KANA_PARALLEL) ?? [])
        addParallel(KANA_PARALLELS.get(kana)!, false, count, count);
    const copies = serial === null ? LIMITED_COPIES.exec(title) : null;
    if (copies) serial = Number(copies[1] ?? copies[2]);
  }
  // "… NFL FOOTBALL REPRIN", "… YOU PIC": a title cut at eBay's 80 characters inside a noise word.
  if (title.length >= CUT_TITLE_LENGTH) {
    const code = cutNoiseWord(text, count);
    if (code !== null && !hasCode(code)) addCode(code);
  }
  // "Single card, not a lot": the seller says so, and no count says otherwise.
  if (hasCode('lot') && numbers.lotCount === null && SINGLE_CARD.test(text)) removeCode('lot');

  // "PSA 9 + Raw": a slab and a raw copy, two cards of two gradings.
  let otherSlab = grade.otherSlab;
  if (rawCopyJoined && grade.graded) {
    if (!hasCode('lot')) addCode('lot');
    otherSlab = 2;
  } else if (rawCopyJoined) saysRaw = true;
  // "PSA 10 & PSA 9 Lot": slabs of several grades sold together have no one grade (nor one grader).
  const mixed = otherSlab > 0 && (hasCode('lot') || hasCode('you_pick'));
  return {
    title,
    graded: grade.graded,
    grader: mixed && otherSlab === 2 ? null : grade.grader,
    grade: mixed ? null : grade.grade,
    gradeQualifier: grade.gradeQualifier,
    blackLabel: grade.blackLabel,
    subgrades: grade.subgrades,
    autoGrade: grade.autoGrade,
    authenticated: grade.authenticated,
    speculativeGrade: grade.speculativeGrade,
    autograph,
    relic,
    parallel: parallelName(),
    serial,
    serialNumber: numbers.serialNumber,
    rookie,
    year,
    seasonEnd,
    setWords: copyOf(setsFound, setCount),
    // Autograph codes are told by their capitals ("CPA-RA"); a query is typed in lower case ("cpa-ra").
    cardNumber:
      numbers.cardNumber ??
      (autograph && marks & Mark.Hyphen ? readAutographCode(forQuery ? title.toUpperCase() : title) : null),
    noise: copyOf(noiseFound, noiseCount),
    damaged,
    normalizedTitle: text,
    leadName: leadFrom < 0 ? null : text.slice(tokens.start[leadFrom]!, tokens.end[leadTo]!),
    nameWords,
  };
}
