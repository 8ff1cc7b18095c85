/**
 * Is this listing the card the query asks for? A listing is `exact` when it agrees with every
 * attribute the query states; for attributes the query leaves open the search filters decide, and
 * an unset filter reads the query as the plain card (raw, base, no autograph). Every disagreement
 * is kept as a reason code, so the result can show why each listing was left out.
 */
import type {
  ClassifiedTitle,
  CompsFilters,
  ExclusionReason,
  ParsedQuery,
  Verdict,
} from '@kuya/shared/comps';
import { readTitle } from '../title/classify.ts';
import { GENERIC_PARALLEL_WORDS, INSERT_SETS, NAME_SUFFIXES, SET_KINDS } from '../title/lexicon.ts';
import { hashAt, hasWord, isDigit, isWordChar, wordHash } from '../title/normalize.ts';

/** The grade a search asks for: a raw card, any card, or one grader's grade. */
export type GradeWanted =
  | { kind: 'raw' }
  | { kind: 'any' }
  | {
      kind: 'graded';
      grader: string | null;
      grade: number | null;
      qualifier: string | null;
      blackLabel: boolean;
    };

/** Companies that sell one slab under two names are one grader for matching. */
const GRADER_FAMILY: Record<string, string> = { CSG: 'CGC', BVG: 'BGS' };
const familyOf = (grader: string): string => {
  const upper = grader.toUpperCase();
  return GRADER_FAMILY[upper] ?? (upper === 'BECKETT' ? 'BGS' : upper);
};
/** The names the title reader gives, looked up without upper-casing them again. */
const KNOWN_FAMILIES: ReadonlyMap<string, string> = new Map(
  ['PSA', 'BGS', 'BVG', 'BCCG', 'SGC', 'CGC', 'CSG', 'HGA', 'TAG', 'GMA', 'GAI', 'ISA', 'KSA', 'AGS', ''].map(
    (g) => [g, familyOf(g)],
  ),
);
export const graderFamily = (grader: string): string => KNOWN_FAMILIES.get(grader) ?? familyOf(grader);

/** Graders whose "Pristine 10" is a label of its own above their Gem Mint 10. */
const PRISTINE_TIER: ReadonlySet<string> = new Set(['SGC', 'CGC', 'TAG']);

/** PSA qualifiers (OC, MK, …) price as a different grade; "pristine" only when asked for. */
const isDefectQualifier = (q: string | null) => q !== null && q !== 'pristine';

export function gradeWanted(query: ParsedQuery, filters: CompsFilters): GradeWanted {
  const q = query.card;
  if (q.graded) {
    return {
      kind: 'graded',
      grader: q.grader,
      grade: q.grade,
      qualifier: q.gradeQualifier,
      blackLabel: q.blackLabel,
    };
  }
  if (query.raw || filters.rawOnly === true) return { kind: 'raw' };
  if (filters.grade) {
    return {
      kind: 'graded',
      grader: graderFamily(filters.grade.grader),
      grade: filters.grade.grade,
      qualifier: null,
      blackLabel: false,
    };
  }
  return filters.rawOnly === false ? { kind: 'any' } : { kind: 'raw' };
}

const NO_FILTERS: CompsFilters = {};

/** `gradeWanted` of the last query and filters matched: one per search, not one per listing. */
let wantedQuery: ParsedQuery | null = null;
let wantedFilters: CompsFilters | null = null;
let wantedGrade: GradeWanted = { kind: 'raw' };
function wantedFor(query: ParsedQuery, filters: CompsFilters): GradeWanted {
  if (query !== wantedQuery || filters !== wantedFilters) {
    wantedGrade = gradeWanted(query, filters);
    wantedQuery = query;
    wantedFilters = filters;
  }
  return wantedGrade;
}

/** Why a listing's grading differs from the grade wanted; null when it agrees. */
export function gradeMismatch(wanted: GradeWanted, card: ClassifiedTitle): ExclusionReason | null {
  // Any grade, or none: still not a hoped-for grade, nor an Authentic slab (altered, or too worn to grade).
  if (wanted.kind === 'any') {
    if (card.speculativeGrade) return 'speculative_grade';
    return card.authenticated && !card.graded ? 'authentic_slab' : null;
  }
  if (wanted.kind === 'raw') {
    if (card.graded) return 'graded_not_raw';
    if (card.authenticated) return 'authentic_slab';
    // "PSA 10?" raw cards sell on hope, above plain raw copies: not a comp for either.
    if (card.speculativeGrade) return 'speculative_grade';
    return null;
  }
  if (!card.graded) {
    if (card.speculativeGrade) return 'speculative_grade';
    return card.authenticated ? 'authentic_slab' : 'not_graded';
  }
  if (wanted.grader !== null && graderFamily(wanted.grader) !== graderFamily(card.grader ?? ''))
    return 'wrong_grade';
  if (wanted.grade !== null && wanted.grade !== card.grade) return 'wrong_grade';
  if (wanted.blackLabel !== card.blackLabel) return 'wrong_grade';
  if (isDefectQualifier(card.gradeQualifier) || isDefectQualifier(wanted.qualifier)) {
    if (card.gradeQualifier !== wanted.qualifier) return 'wrong_grade';
  }
  if (wanted.qualifier === 'pristine' && card.gradeQualifier !== 'pristine') return 'wrong_grade';
  // SGC, CGC and TAG slab their best 10s as "Pristine", a tier above their Gem Mint 10 (every BGS 10 is "Pristine").
  if (
    card.gradeQualifier === 'pristine' &&
    wanted.qualifier === null &&
    PRISTINE_TIER.has(graderFamily(card.grader ?? ''))
  )
    return 'wrong_grade';
  return null;
}

/** The reasons that only concern grading: a listing with no other reason belongs on the grade ladder. */
export const GRADE_REASONS: ReadonlySet<ExclusionReason> = new Set([
  'wrong_grade',
  'graded_not_raw',
  'not_graded',
  'speculative_grade',
  'authentic_slab',
]);

/**
 * A card number's comparable form: lower case, letters and digits only, no leading zeros on a run of
 * digits ("#BDC-007" → "bdc7"). One pass; the same as dropping /[^a-z0-9]/ and then /(?<![0-9])0+(?=\d)/.
 */
function cardNumberKey(n: string): string {
  // Most card numbers are letters and digits with no leading zero: their key is their lower case.
  let plain = true;
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (
      c === 48
        ? i === 0 || !isDigit(n.charCodeAt(i - 1))
        : !(isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))
    ) {
      plain = false;
      break;
    }
  }
  if (plain) return n.toLowerCase();
  const lower = n.toLowerCase();
  let clean = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || isDigit(c)) clean += lower[i];
  }
  let out = '';
  for (let i = 0; i < clean.length; ) {
    if (clean.charCodeAt(i) === 48 && (i === 0 || !isDigit(clean.charCodeAt(i - 1)))) {
      let j = i;
      while (j < clean.length && clean.charCodeAt(j) === 48) j++;
      // Zeros before another digit go; a run of zeros alone keeps its last one.
      const drop = j < clean.length && isDigit(clean.charCodeAt(j)) ? j - i : j - i - 1;
      out += clean.slice(i + drop, j);
      i = j;
      continue;
    }
    out += clean[i];
    i++;
  }
  return out;
}

/** The query's card number key, kept while the same number is asked for (one per search). */
let lastWanted: string | null = null;
let lastWantedKey = '';
/** Its digits when it has a letter prefix ("us300" → "300"), else ''. */
let lastWantedDigits = '';

/** Words sellers use for a photo variation of a base card ("Image Variation", "Photo Var", "SSP Variation"). */
const VARIATION_WORDS: ReadonlySet<string> = new Set(['variation', 'variations', 'var', 'image', 'photo']);
/** How rare a variation is, not which one. */
const RARITY_WORDS: ReadonlySet<string> = new Set(['sp', 'ssp']);

/** Variations with a name of their own: "Golden Mirror" is Topps' image variation, said or not. */
const NAMED_VARIATIONS: ReadonlySet<string> = new Set(['golden mirror']);

/**
 * A variation's words as one: "Image Variation SP", "SSP Photo Variation" and "SP Variation" are the
 * variation; a named one ("Golden Mirror Image Variation") is its name. Its refractor, or the Cracked
 * Ice of a "Rookie Ticket Variation", is another card than the plain parallel.
 */
function variationWords(words: readonly string[]): string[] {
  const named = words.filter((w) => !VARIATION_WORDS.has(w) && !RARITY_WORDS.has(w));
  return NAMED_VARIATIONS.has(named.join(' ')) ? named : [...named, 'variation'];
}

function parallelWords(name: string | null): string[] {
  if (name === null) return [];
  const all = name.split(' ');
  if (all.some((w) => VARIATION_WORDS.has(w))) return variationWords(all);
  const words = all.filter((w) => !GENERIC_PARALLEL_WORDS.has(w));
  // Optic's Holo is its silver parallel, and sellers call Prizm's "Silver Holo": "Holo", "Holo Silver",
  // "Silver Holo" and "Silver" are one. Beside another name it is the finish ("Pink Velocity Holo").
  if (!words.includes('holo')) return words;
  const named = words.filter((w) => w !== 'silver' && w !== 'holo');
  return named.length > 0 ? named : ['silver'];
}

function sameParallel(a: string, b: string): boolean {
  const wa = parallelWords(a);
  const wb = parallelWords(b);
  if (wa.length === 0 || wb.length === 0) return a === b;
  return wa.length === wb.length && wa.every((w) => wb.includes(w));
}

const isSeries = (w: string): boolean => w.startsWith('series ');
const isInsert = (w: string): boolean => INSERT_SETS.has(w);
const isWeak = (w: string): boolean => SET_KINDS.get(w) === 'weak';

/** Brands one maker sells under another's name: Panini's Donruss and Playoff ("2018 Panini Elite Extra Edition"). */
const SAME_MAKER: ReadonlyMap<string, string> = new Map([
  ['panini', 'donruss'],
  ['donruss', 'panini'],
  ['playoff', 'panini'],
]);

/** What the query's set words say, read once per search (the last query's, kept). */
interface SetFacts {
  /** It names an insert. */
  insertAsked: boolean;
  /** It names an insert and no maker or product: any product's insert of that name will do. */
  productOpen: boolean;
  /** It names a product whose base cards are numbered. */
  numberedBase: boolean;
}
let factsQuery: ClassifiedTitle | null = null;
let lastFacts: SetFacts = { insertAsked: false, productOpen: false, numberedBase: false };
function setFactsOf(q: ClassifiedTitle): SetFacts {
  if (q !== factsQuery) {
    const insertAsked = q.setWords.some(isInsert);
    lastFacts = {
      insertAsked,
      productOpen: insertAsked && !q.setWords.some((w) => !isInsert(w) && SET_KINDS.has(w)),
      numberedBase: q.setWords.some((w) => NUMBERED_BASE_SETS.has(w)),
    };
    factsQuery = q;
  }
  return lastFacts;
}

function setConflict(q: ClassifiedTitle, card: ClassifiedTitle, sameNumber: boolean): boolean {
  // Both name a brand and share none.
  let qBrand = false;
  let cBrand = false;
  let shared = false;
  for (const w of card.setWords) {
    if (SET_KINDS.get(w) !== 'brand') continue;
    cBrand = true;
    if (q.setWords.includes(w) || q.setWords.includes(SAME_MAKER.get(w) ?? w)) shared = true;
  }
  for (const w of q.setWords) if (SET_KINDS.get(w) === 'brand') qBrand = true;
  if (qBrand && cBrand && !shared) return true;
  // A query that names an insert takes listings that say "insert"; naming no maker or product
  // ("mahomes kaboom"), it leaves the product out. Another insert differs.
  const { insertAsked, productOpen } = setFactsOf(q);
  for (const w of card.setWords) {
    const kind = SET_KINDS.get(w);
    const open = w === 'insert' ? insertAsked : productOpen && !isInsert(w);
    if (kind === 'strong' && !q.setWords.includes(w) && !open) return true;
    // A query that names no set at all ("trout us175 psa 9") leaves the release to its card number.
    if (kind !== 'weak' || q.setWords.includes(w) || (q.setWords.length === 0 && w !== 'rookie debut'))
      continue;
    // "Series 1" is the flagship release itself, written or left out at will: only another release
    // the query names ("Series 2", "Update", "Traded") differs. Update, Traded and Draft name other
    // cards unless the numbers agree.
    // Elite Extra Edition is a draft product: its "Draft Picks" are its cards. A player's "1st Bowman"
    // is one card, in Bowman or in Bowman Draft, whichever came first ("skenes 1st bowman chrome auto").
    if (w === 'draft' && (q.setWords.includes('elite extra edition') || firstBowman(q))) continue;
    if (isSeries(w) ? q.setWords.some(isWeak) : !sameNumber) return true;
  }
  for (const w of q.setWords) {
    const kind = SET_KINDS.get(w);
    // "ripken 82 traded": a listing without the release that states a number of another kind is
    // another card ("1982 Topps Ripken Future Stars #21"); "#98T", "#US1" are the release's numbers,
    // and without a number it may be the release, unnamed.
    // Panini's Draft Picks are products of their own, always named ("caleb williams prizm draft picks"
    // is not his NFL Prizm card); Bowman's Draft cards are often listed as plain Bowman.
    if (w === 'draft' && !card.setWords.includes(w) && !q.setWords.includes('bowman') && !sameNumber)
      return true;
    const numbering = RELEASE_NUMBERS.get(w);
    if (numbering && !card.setWords.includes(w) && card.cardNumber !== null && !sameNumber) {
      if (!numbering.test(card.cardNumber)) return true;
    }
    if ((kind !== 'strong' && kind !== 'subset') || card.setWords.includes(w)) continue;
    // "Bowman Draft 1st Green Refractor Auto": refractors are only ever chrome.
    if (w === 'chrome' && card.parallel !== null && /fractor/.test(card.parallel)) continue;
    // Chrome and paper cards of one release share their numbers (2000 Bowman #236 and 2000 Bowman
    // Chrome #236), as do Donruss and Donruss Optic (#177): a number never vouches for a missing
    // "Chrome", "Optic" or "Sapphire".
    if (!sameNumber || MIRRORED_PRODUCTS.has(w)) return true;
  }
  // "tatis 2019 chrome rc": "Chrome" alone is Topps Chrome; Bowman's is always named so ("1st" or a
  // prospect's autograph in the query may mean Bowman's, and the number decides then).
  if (
    !qBrand &&
    !sameNumber &&
    q.setWords.includes('chrome') &&
    card.setWords.includes('bowman') &&
    !card.setWords.includes('topps') &&
    !q.autograph &&
    !hasWord(q.normalizedTitle, '1st') &&
    !hasWord(q.normalizedTitle, 'first')
  )
    return true;
  // "2018 Update Ohtani": a listing that names another maker's card ("2018 Bowman Ohtani") is not that
  // release, unless the card numbers agree.
  if (!sameNumber && cBrand && !qBrand) {
    for (const w of q.setWords) {
      const makers = RELEASE_MAKERS.get(w);
      if (makers && !card.setWords.includes(w) && !card.setWords.some((c) => makers.includes(c))) return true;
    }
  }
  return false;
}

/** Products numbered as the paper set they mirror. */
const MIRRORED_PRODUCTS: ReadonlySet<string> = new Set(['chrome', 'optic', 'sapphire']);

/** Products whose base cards are serial numbered. */
const NUMBERED_BASE_SETS: ReadonlySet<string> = new Set([
  'national treasures',
  'flawless',
  'immaculate',
  'one and one',
  'noir',
  'impeccable',
  'exquisite',
  'the cup',
  'transcendent',
  'future watch',
]);

/** How the releases number their cards: Update "US175" (once "U175"), Traded "98T". */
const RELEASE_NUMBERS: ReadonlyMap<string, RegExp> = new Map([
  ['update', /^us?-?\d/i],
  ['traded', /^\d+\s*-?t$/i],
]);

/** The query asks for a player's first Bowman card ("1st Bowman Chrome"), or a prospect's autograph. */
const firstBowman = (q: ClassifiedTitle): boolean =>
  q.setWords.includes('bowman') &&
  (q.autograph || hasWord(q.normalizedTitle, '1st') || hasWord(q.normalizedTitle, 'first'));

/** Releases a query may name without their maker, and the makers that put them out. */
const RELEASE_MAKERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['update', ['topps', 'fleer', 'upper deck']],
  ['traded', ['topps', 'fleer', 'score', 'bowman']],
  ['series 1', ['topps', 'upper deck']],
  ['series 2', ['topps', 'upper deck']],
  ['holiday', ['topps']],
]);

/**
 * A season is named by its first year: "1986-87" and "1986" are one card, "1987-88" (and a plain
 * "1987", how sellers write the 1987-88 card) another. A plain year equal to a span's second year is
 * refused: sellers rarely write the 1986-87 card as "1987", and that "1987" mostly means 1987-88.
 */
function yearsAgree(q: ClassifiedTitle, card: ClassifiedTitle): boolean {
  return q.year === null || card.year === null || q.year === card.year;
}

/**
 * "SP" is Upper Deck's set (1993 SP) or a short print; where one side reads the set, the other side's
 * bare "SP" is the same set.
 */
function spAsSet(c: ClassifiedTitle): ClassifiedTitle {
  return { ...c, parallel: null, setWords: [...c.setWords, 'sp'] };
}

/** `a` reads "SP" as the set where `b` reads it as a short print. */
const spSetAgainst = (a: ClassifiedTitle, b: ClassifiedTitle): boolean =>
  a.setWords.includes('sp') && b.parallel === 'sp' && !b.setWords.includes('sp');

/**
 * The listing follows `first` with a name of its own ("Joe Montana" for Joe Burrow): another player.
 * Read only when a last name is missing, so seldom.
 */
function anotherSurname(title: string, first: string): boolean {
  const { unknownWords, unknownAt } = readTitle(title, true);
  for (let k = 0; k + 1 < unknownWords.length; k++) {
    if (unknownWords[k] === first && unknownAt[k + 1] === unknownAt[k]! + 1) return true;
  }
  return false;
}

/** Words before a name that say the card is not that player's: "not Mahomes", "like Wemby". */
const PADDING_BEFORE = ['not', 'non', 'no', 'vs', 'like', 'unlike', 'without'];
/**
 * Words after a name that make the card another player's: a comparison ("Mahomes class", "Wemby type"),
 * a relation ("Clark teammate", "Steph's brother", "Jackson's dad", "Trout year", "Burrow WR").
 */
const PADDING_AFTER = [
  'class',
  'type',
  'style',
  'esque',
  'vibes',
  'lookalike',
  'teammate',
  'teammates',
  'rival',
  'rivals',
  'brother',
  'dad',
  'father',
  'son',
  'year',
  'wr',
  'sr',
  'era',
];

/** Names collectors type for a player, each with the words a title may name him by instead. */
const ALIASES: ReadonlyMap<string, readonly string[]> = (() => {
  const pairs: [string, string][] = [
    ['wemby', 'wembanyama'],
    ['luka', 'doncic'],
    ['mj', 'jordan'],
    ['kd', 'durant'],
    ['giannis', 'antetokounmpo'],
    ['tiger', 'woods'],
    ['steph', 'stephen'],
    ['kobe', 'bryant'],
    ['zion', 'williamson'],
    ['shohei', 'ohtani'],
    ['ichiro', 'suzuki'],
    ['vlad', 'vladimir'],
    ['haaland', 'haland'],
    ['hank', 'henry'],
    ['shaq', 'shaquille'],
    ['shaq', 'oneal'],
    ['lionel', 'leo'],
    ['yaz', 'yastrzemski'],
    ['arod', 'rodriguez'],
    ['rod', 'rodriguez'],
    ['rod', 'arod'],
    ['ovi', 'ovechkin'],
    ['mhj', 'harrison'],
    ['dirk', 'nowitzki'],
    ['kawhi', 'leonard'],
    ['chipper', 'jones'],
    ['rickey', 'henderson'],
    ['bron', 'lebron'],
    ['kareem', 'alcindor'],
    ['steph', 'curry'],
    // "VLAD JR 1st Blue Refractor": the son, by the name the hobby calls him.
    ['guerrero', 'vlad jr'],
  ];
  const map = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    map.set(a, [...(map.get(a) ?? []), b]);
    map.set(b, [...(map.get(b) ?? []), a]);
  }
  // One way only: "LaMelo" alone names Ball and "LeBron" James, but "Ball" may be Lonzo and "James" anyone.
  for (const [surname, first] of [
    ['ball', 'lamelo'],
    ['james', 'lebron'],
  ] as const)
    map.set(surname, [...(map.get(surname) ?? []), first]);
  return map;
})();

/** `text` holds one of `words` from `start` to `end`, compared in place (no word is cut out). */
function oneOfAt(text: string, start: number, end: number, words: readonly string[]): boolean {
  for (const word of words) if (word.length === end - start && text.startsWith(word, start)) return true;
  return false;
}

/** A padding word list and the hashes of its words: most words ahead of or after a name miss at once. */
const hashesOf = (words: readonly string[]): ReadonlySet<number> => new Set(words.map(wordHash));

const PADDING_BEFORE_HASHES = hashesOf(PADDING_BEFORE);
const PADDING_AFTER_HASHES = hashesOf(PADDING_AFTER);

/**
 * A padding word comes before the name at `at`: just before it, or before another of the query's
 * names just before it ("not Josh Allen"; "no creases Tatis" is no padding).
 */
function paddingBefore(text: string, at: number, names: readonly string[]): boolean {
  let end = at;
  for (let words = 0; words < 2; words++) {
    while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
    let start = end;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    // "(Kelenic)", "(Adley Rutschman BOGO)": a name in brackets is a note about the card, not its player.
    if (end > 0 && text.charCodeAt(end - 1) === 40) return true;
    if (start === end || isDigit(text.charCodeAt(start))) return false;
    // Every padding word starts with "n", "v", "l", "u" or "w": most words ahead of a name are let by at once.
    const c = text.charCodeAt(start);
    if (
      (c === 110 || c === 118 || c === 108 || c === 117 || c === 119) &&
      PADDING_BEFORE_HASHES.has(hashAt(text, start, end)) &&
      oneOfAt(text, start, end, PADDING_BEFORE)
    )
      return true;
    if (!oneOfAt(text, start, end, names)) return false;
    end = start;
  }
  return false;
}

/** Where the word of `text` after `at` (skipping spaces) starts; `wordEnd` is left at its end. */
let wordEnd = 0;
function nextWordAt(text: string, at: number): number {
  let start = at;
  while (start < text.length && text.charCodeAt(start) === 32) start++;
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  wordEnd = end;
  return start;
}

/**
 * What follows a name, from `at`, makes the card another player's: "Mahomes?", "Mahomes class" (not
 * "Class of 2017"), "Clark teammate".
 */
function paddingAfter(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 63) return true;
  const start = nextWordAt(text, at);
  const end = wordEnd;
  if (end === start || !PADDING_AFTER_HASHES.has(hashAt(text, start, end))) return false;
  if (!oneOfAt(text, start, end, PADDING_AFTER)) return false;
  const of = nextWordAt(text, end);
  return !(wordEnd - of === 2 && text.startsWith('of', of));
}

/**
 * `term` is one of the words of `text` and names the card's player there, not a comparison stuffed
 * into another player's title for search ("… Purdy RC not Mahomes", "(Mahomes?)", "Mahomes class";
 * "Mahomes Class of 2017" is a name). A name that only ever appears so is missing.
 */
function namesTerm(text: string, term: string, names: readonly string[]): boolean {
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
    const end = at + term.length;
    if ((at > 0 && isWordChar(text.charCodeAt(at - 1))) || isWordChar(text.charCodeAt(end))) continue;
    if (!paddingBefore(text, at, names) && !paddingAfter(text, end)) return true;
  }
  return false;
}

/**
 * `a` and `b` differ by at most one edit (a letter added, dropped, changed, or two swapped):
 * "Pettersson"/"Petterson", "Dwyane"/"Dwayne", "Vladimir"/"Vladimer".
 */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return true;
  let ea = a.length - 1;
  let eb = b.length - 1;
  while (ea >= i && eb >= i && a.charCodeAt(ea) === b.charCodeAt(eb)) {
    ea--;
    eb--;
  }
  const da = ea - i + 1;
  const db = eb - i + 1;
  if (da <= 1 && db <= 1) return true;
  // Two neighbours swapped.
  return da === 2 && db === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

/**
 * A word of `text` one edit from `name` (names of six letters or more only: short ones are other
 * names), or `name` less its last letter, as a collector types in haste ("aaron judg").
 */
function namesMisspelt(text: string, name: string): boolean {
  if (name.length < 4) return false;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    const length = i - start;
    if (length === name.length + 1 && text.startsWith(name, start)) return true;
    if (name.length < 6 || length < 5 || Math.abs(length - name.length) > 1) continue;
    // One edit exactly: the name as written was already refused where it stands ("Henderson class").
    const word = text.slice(start, i);
    if (word !== name && oneEditApart(word, name)) return true;
  }
  return false;
}

/**
 * The query's name of several words written as one ("DeLaCruz" for De La Cruz, "VanVleet" for Van
 * Vleet), or its name of one word written apart ("De La Cruz" for DeLaCruz): the term at `k` is one
 * of up to four query words in a row that stand joined as one word of `text`, or it is written in
 * `text` as words in a row. Read only when the term is missing, so seldom.
 */
function namesJoined(text: string, terms: readonly string[], k: number): boolean {
  const term = terms[k]!;
  // Joined, the term is still in the text, inside a longer word; apart, its ends are.
  if (!text.includes(term)) return splitIn(text, term);
  for (let from = Math.max(0, k - 3); from <= k; from++) {
    let joined = terms.slice(from, k + 1).join('');
    for (let to = k; to < terms.length && to <= from + 3; to++) {
      if (to > k) joined += terms[to]!;
      if (to > from && hasWord(text, joined)) return true;
    }
  }
  return splitIn(text, term);
}

/** `word` is written in `text` as two or more words in a row ("de la cruz" for "delacruz"). */
function splitIn(text: string, word: string): boolean {
  // Names of five letters or more only: shorter ones split are other words ("la" "cruz" is no "lac").
  if (word.length < 5 || !text.includes(word.slice(-2))) return false;
  const first = word[0]!;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
    let i = at;
    let matched = 0;
    let words = 0;
    while (matched < word.length && i < text.length) {
      if (isWordChar(text.charCodeAt(i))) {
        if (text.charCodeAt(i) !== word.charCodeAt(matched)) break;
        matched++;
        i++;
        continue;
      }
      // Between the parts: spaces or a hyphen, then the next word.
      words++;
      while (i < text.length && !isWordChar(text.charCodeAt(i))) {
        const c = text.charCodeAt(i);
        if (c !== 32 && c !== 45) break;
        i++;
      }
      if (i < text.length && !isWordChar(text.charCodeAt(i))) break;
    }
    if (matched === word.length && words > 0 && !isWordChar(text.charCodeAt(i))) return true;
  }
  return false;
}

/** `term` or a name collectors use for the same player ("Wemby" for Wembanyama) names the listing's player. */
function namesPlayer(text: string, term: string, names: readonly string[]): boolean {
  if (namesTerm(text, term, names)) return true;
  const aliases = ALIASES.get(term);
  return aliases !== undefined && aliases.some((alias) => namesTerm(text, alias, names));
}

/** The words that name the query's player, kept for the last query (one per search). */
let namesQuery: ParsedQuery | null = null;
let queryNames: readonly string[] = [];
function playerNamesOf(query: ParsedQuery): readonly string[] {
  if (query !== namesQuery) {
    namesQuery = query;
    // The query's own first name is its player ("Trinity Rodman … NWSL": not "nwsl"), else its words;
    // "Jr." is no name of its own.
    const words = query.card.leadName === null ? query.terms : query.card.leadName.split(' ');
    queryNames = words.filter((w) => !NAME_SUFFIXES.has(w));
  }
  return queryNames;
}

/**
 * The title names another player first ("2022 Prizm Kenny Pickett RC PSA 9 Brock Purdy", "Mitch Marner
 * PSA 10 Leafs (Auston Matthews)"): the query's names come only after a first name that holds none of
 * them. Sellers name the card's player first; the rest is stuffed in for search.
 */
function namedAfterAnother(card: ClassifiedTitle, query: ParsedQuery): boolean {
  const lead = card.leadName;
  if (lead === null) return false;
  const terms = playerNamesOf(query);
  if (terms.length === 0) return false;
  for (const term of terms) {
    if (hasWord(lead, term)) return false;
    const aliases = ALIASES.get(term);
    if (aliases?.some((alias) => hasWord(lead, alias))) return false;
  }
  // The query's names before the lead name: the title is the query player's, whoever it mentions after.
  const leadAt = card.normalizedTitle.indexOf(lead);
  for (const term of terms) {
    const at = card.normalizedTitle.indexOf(term);
    if (at >= 0 && at < leadAt) return false;
  }
  return true;
}

/**
 * Another first name stands before the surname the query names with its own first name ("Matt
 * Holliday" for Jackson Holliday, "Seth Curry" for Steph): another player. A shortened first name
 * is the same ("Steph", "Vlad"). Read only when the query's first name is missing, so seldom.
 */
function anotherFirstName(title: string, first: string, surname: string, terms: readonly string[]): boolean {
  const { unknownWords, unknownAt } = readTitle(title, true);
  for (let k = 1; k < unknownWords.length; k++) {
    if (unknownWords[k] !== surname || unknownAt[k - 1] !== unknownAt[k]! - 1) continue;
    const before = unknownWords[k - 1]!;
    // A word of the query itself ("Select Concourse Lawrence") is no other first name; nor is the
    // first name written in two ("Cee Dee Lamb" for CeeDee).
    if (before.length < 3 || before.startsWith(first) || first.startsWith(before) || terms.includes(before))
      continue;
    if (k > 1 && unknownAt[k - 2] === unknownAt[k - 1]! - 1 && unknownWords[k - 2]! + before === first)
      continue;
    if (ALIASES.get(first)?.includes(before)) continue;
    return true;
  }
  return false;
}

/** A base card signed in person or authenticated by a third party ("Signed In Person", "JSA", "w/ COA"). */
const IN_PERSON =
  /(?<![a-z])(?:signed\s+in\s+person|in\s+person|ip\s+(?:auto|autograph|signed|signature)|jsa|coa|beckett\s+witnessed)(?![a-z])/;
/** Signatures of more than one player ("Skenes Dylan Crews Dual Auto", "Triple Autographs"). */
const SEVERAL_SIGNERS =
  /(?<![a-z])(?:dual|triple|quad|duo|trio)\s+(?:patch\s+)?(?:auto|autos|autograph|autographs|signature|signatures|signed)(?![a-z])/;

/**
 * An autograph the query did not ask for, on a listing that has one: a base card signed in person
 * for a certified autograph card, or two players' signatures for one player's.
 */
function anotherSignature(query: string, title: string): boolean {
  return (
    (IN_PERSON.test(title) && !SIGNED_QUERY.test(query)) ||
    (SEVERAL_SIGNERS.test(title) && !SEVERAL_SIGNERS.test(query))
  );
}
/** "griffey signed 1989 upper deck": a query for a card someone signed, certified or not. */
const SIGNED_QUERY = /(?<![a-z])(?:signed|autographed|in\s+person|ip|jsa|coa)(?![a-z])/;

/**
 * "Mike Trout Rookie Card PSA 10" for 2011 Topps Update #US175: a listing that states none of the
 * year, the card number and the set words the query gives could be any of the player's cards.
 */
function unidentified(q: ClassifiedTitle, card: ClassifiedTitle): boolean {
  if (q.year === null && q.cardNumber === null) return false;
  if (card.year !== null || card.cardNumber !== null) return false;
  for (const w of card.setWords) if (q.setWords.includes(w)) return false;
  return true;
}

/**
 * The verdict on one listing. Noise, the query's words, year, set, card number, grade, autograph,
 * relic, parallel and serial are all checked, and every disagreement is reported.
 */
export function matchListing(
  query: ParsedQuery,
  parsedCard: ClassifiedTitle,
  filters: CompsFilters = NO_FILTERS,
): Verdict {
  let q = query.card;
  let card = parsedCard;
  if (spSetAgainst(q, card)) card = spAsSet(card);
  else if (spSetAgainst(card, q)) q = spAsSet(q);
  const reasons: ExclusionReason[] = [];

  for (const code of card.noise) if (!q.noise.includes(code)) reasons.push(code);

  let sameNumber = false;
  let listed: string | null = null;
  if (q.cardNumber !== null) {
    if (q.cardNumber !== lastWanted) {
      lastWanted = q.cardNumber;
      lastWantedKey = cardNumberKey(q.cardNumber);
      const prefix = /^[a-z]+(?=\d+$)/.exec(lastWantedKey);
      lastWantedDigits = prefix ? lastWantedKey.slice(prefix[0].length) : '';
    }
    listed = card.cardNumber === null ? null : cardNumberKey(card.cardNumber);
    // "Soto 2018 Update #300" for US300: a seller may drop the set's letters, never change the digits.
    sameNumber =
      listed === lastWantedKey ||
      (lastWantedDigits !== '' && listed === lastWantedDigits) ||
      hasWord(card.normalizedTitle, lastWantedKey);
  }

  let missing = 0;
  let missingRequired = false;
  const terms = query.terms;
  for (let k = 0; k < terms.length; k++) {
    const term = terms[k]!;
    const optional = query.optionalTerms.includes(term);
    // A first name stands for itself ("Rickey" of Rickey Henderson); alone, a name may be an alias.
    if (
      optional ? namesTerm(card.normalizedTitle, term, terms) : namesPlayer(card.normalizedTitle, term, terms)
    )
      continue;
    if (namesJoined(card.normalizedTitle, terms, k)) continue;
    // A misspelt name ("Elias Petterson", "Dwayne Wade") where another of the query's names is there as written.
    if (
      terms.length > 1 &&
      terms.some((other) => other !== term && namesTerm(card.normalizedTitle, other, terms))
    ) {
      if (namesMisspelt(card.normalizedTitle, term)) continue;
    }
    missing++;
    if (optional) {
      const surname = terms[k + 1];
      if (surname !== undefined && anotherFirstName(card.title, term, surname, terms)) missingRequired = true;
      continue;
    }
    // "2019-20 Prizm Zion #248", "2019 Prizm Zion 248 Pelicans": a player known by one name, the
    // first, is forgiven the last name when the listing states the query's card number and no other
    // surname follows the first name. (A year is not enough: 2020 Prizm has two rookie Justins.)
    const byFirstName =
      k > 0 &&
      query.optionalTerms.includes(terms[k - 1]!) &&
      namesPlayer(card.normalizedTitle, terms[k - 1]!, terms) &&
      sameNumber &&
      !anotherSurname(card.title, terms[k - 1]!);
    if (!byFirstName) missingRequired = true;
  }
  if (missingRequired || missing > 1 || namedAfterAnother(card, query) || unidentified(q, card))
    reasons.push('missing_terms');

  if (!yearsAgree(q, card)) reasons.push('wrong_year');

  // "jeter sp foil 93": the bare "93" may be the year, typed short; a 1993 listing agrees with it.
  const numberIsYear =
    query.numberMayBeYear && card.year !== null && card.year % 100 === Number(q.cardNumber);
  if (listed !== null && !sameNumber && !numberIsYear) reasons.push('wrong_card_number');
  if (setConflict(q, card, sameNumber)) reasons.push('wrong_set');

  const gradeReason = gradeMismatch(wantedFor(query, filters), card);
  if (gradeReason) reasons.push(gradeReason);
  if (card.damaged && !q.damaged && !card.graded) reasons.push('damaged');

  const openAutographs = filters.excludeAutographs === false && !query.noAutograph;
  if (
    q.autograph
      ? !card.autograph || anotherSignature(q.normalizedTitle, card.normalizedTitle)
      : card.autograph && !openAutographs
  )
    reasons.push('autograph_mismatch');

  const base = filters.baseOnly !== false;
  if (q.relic ? !card.relic : card.relic && base) reasons.push('relic_mismatch');

  const queryVariant = q.parallel !== null || q.serial !== null;
  // "Kaboom! SSP Case Hit": for an insert, "SP"/"SSP" says how rare it is, not which version.
  const rarityOnly = (card.parallel === 'sp' || card.parallel === 'ssp') && card.serial === null;
  const facts = setFactsOf(q);
  if (!queryVariant && !(rarityOnly && facts.insertAsked)) {
    // "National Treasures RPA /99": in the high-end products even the base card is numbered.
    // (A 1/1 to 1/10 is a parallel even there: the Logoman, the laundry tag.)
    const numberedBase = card.parallel === null && facts.numberedBase && (card.serial ?? 0) > 10;
    if ((card.parallel !== null || (card.serial !== null && !numberedBase)) && base)
      reasons.push('parallel_not_base');
  } else {
    if (q.parallel !== null) {
      const serialVouches = card.parallel === null && q.serial !== null && card.serial === q.serial;
      if (card.parallel === null ? !serialVouches : !sameParallel(q.parallel, card.parallel)) {
        reasons.push('wrong_parallel');
      }
    }
    if (q.serial !== null) {
      if (card.serial !== null ? card.serial !== q.serial : q.parallel === null)
        reasons.push('serial_mismatch');
    }
  }

  return { status: reasons.length === 0 ? 'exact' : 'excluded', reasons };
}
