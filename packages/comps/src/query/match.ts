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
import { playerNicknamed, sameFirstName } from './nicknames.ts';

/**
 * The grade a search asks for: a raw card, any card, one grader's grade, or an Authentic slab (its
 * autograph graded alone: "PSA/DNA Auto 10"). `autoGrade`: the autograph's grade asked for, null for any.
 */
export type GradeWanted =
  | { kind: 'raw' }
  | { kind: 'any' }
  | {
      kind: 'graded';
      grader: string | null;
      grade: number | null;
      qualifier: string | null;
      blackLabel: boolean;
      autoGrade: number | null;
    }
  | { kind: 'authentic'; grader: string | null; autoGrade: number | null };

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
      autoGrade: q.autoGrade,
    };
  }
  // "psa/dna auto 10": an Authentic slab whose autograph is graded.
  if (q.authenticated && q.autoGrade !== null)
    return { kind: 'authentic', grader: q.grader, autoGrade: q.autoGrade };
  if (query.raw || filters.rawOnly === true) return { kind: 'raw' };
  if (filters.grade) {
    return {
      kind: 'graded',
      grader: graderFamily(filters.grade.grader),
      grade: filters.grade.grade,
      qualifier: null,
      blackLabel: false,
      autoGrade: null,
    };
  }
  return filters.rawOnly === false ? { kind: 'any' } : { kind: 'raw' };
}

const NO_FILTERS: CompsFilters = {};

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
  if (wanted.kind === 'authentic') {
    if (card.graded) return 'wrong_grade';
    if (!card.authenticated) return card.speculativeGrade ? 'speculative_grade' : 'not_graded';
    if (
      wanted.grader !== null &&
      card.grader !== null &&
      graderFamily(wanted.grader) !== graderFamily(card.grader)
    )
      return 'wrong_grade';
    return card.autoGrade === wanted.autoGrade ? null : 'wrong_grade';
  }
  if (!card.graded) {
    if (card.speculativeGrade) return 'speculative_grade';
    return card.authenticated ? 'authentic_slab' : 'not_graded';
  }
  // One grader's name is one family: the families are looked up only for two names.
  if (
    wanted.grader !== null &&
    wanted.grader !== card.grader &&
    graderFamily(wanted.grader) !== graderFamily(card.grader ?? '')
  )
    return 'wrong_grade';
  if (wanted.grade !== null && wanted.grade !== card.grade) return 'wrong_grade';
  if (wanted.blackLabel !== card.blackLabel) return 'wrong_grade';
  if (isDefectQualifier(card.gradeQualifier) || isDefectQualifier(wanted.qualifier)) {
    if (card.gradeQualifier !== wanted.qualifier) return 'wrong_grade';
  }
  if (wanted.qualifier === 'pristine' && card.gradeQualifier !== 'pristine') return 'wrong_grade';
  // "PSA 9 Auto 10": the autograph's grade too (a slab that states none may hold any).
  if (wanted.autoGrade !== null && card.autoGrade !== wanted.autoGrade) return 'wrong_grade';
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

/** Words sellers use for a photo variation of a base card ("Image Variation", "Photo Var", "SSP Variation"). */
const VARIATION_WORDS: ReadonlySet<string> = new Set(['variation', 'variations', 'var', 'image', 'photo']);
/** How rare a variation is, not which one. */
const RARITY_WORDS: ReadonlySet<string> = new Set(['sp', 'ssp']);

/** Variations with a name of their own: "Golden Mirror" is Topps' image variation, said or not. */
const NAMED_VARIATIONS: ReadonlySet<string> = new Set([
  'golden mirror',
  'white letter',
  'yellow letter',
  'black box',
  'white out',
  'black scribble',
]);

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

type SetKind = ReturnType<typeof SET_KINDS.get>;

/** One of the query's set words, with what the lexicon and the release tables say of it. */
interface AskedSetWord {
  word: string;
  kind: SetKind;
  /** How the release numbers its cards, when the word is such a release ("update": "US175"). */
  numbering: RegExp | undefined;
  /** The makers of the release, when a query may name it without them ("update": Topps, Fleer, …). */
  makers: readonly string[] | undefined;
}

/** What the query's set words say: read once per query (see `QueryPlan`), not once per listing. */
interface SetFacts {
  asked: readonly AskedSetWord[];
  /** It names a brand. */
  brand: boolean;
  /** It names an insert. */
  insertAsked: boolean;
  /** It names an insert and no maker or product: any product's insert of that name will do. */
  productOpen: boolean;
  /** It names a product whose base cards are numbered. */
  numberedBase: boolean;
  /** It names a release beside the flagship ("Series 2", "Update", "Traded"). */
  weakNamed: boolean;
  /** A listing's "Draft" is no other release: Elite Extra Edition's, or a player's first Bowman. */
  draftOpen: boolean;
  /** It names "Chrome" and no brand, no autograph, no "1st": Topps Chrome, not Bowman's. */
  chromeIsTopps: boolean;
}

function setFactsOf(q: ClassifiedTitle): SetFacts {
  const words = q.setWords;
  const brand = words.some((w) => SET_KINDS.get(w) === 'brand');
  const insertAsked = words.some(isInsert);
  return {
    asked: words.map((word) => ({
      word,
      kind: SET_KINDS.get(word),
      numbering: RELEASE_NUMBERS.get(word),
      makers: RELEASE_MAKERS.get(word),
    })),
    brand,
    insertAsked,
    productOpen: insertAsked && !words.some((w) => !isInsert(w) && SET_KINDS.has(w)),
    numberedBase: words.some((w) => NUMBERED_BASE_SETS.has(w)),
    weakNamed: words.some(isWeak),
    draftOpen: words.includes('elite extra edition') || firstBowman(q),
    chromeIsTopps:
      !brand &&
      words.includes('chrome') &&
      !q.autograph &&
      !hasWord(q.normalizedTitle, '1st') &&
      !hasWord(q.normalizedTitle, 'first'),
  };
}

/** The listing names another set than the query's `q` (whose set words `facts` has read). */
function setConflict(
  q: ClassifiedTitle,
  facts: SetFacts,
  card: ClassifiedTitle,
  sameNumber: boolean,
): boolean {
  const asked = q.setWords;
  // Both name a brand and share none (read in the loop, decided after it).
  let cBrand = false;
  let shared = false;
  for (const w of card.setWords) {
    // A word the query names is no conflict; only a brand's is read (mostly the listing says the query's set).
    const own = asked.indexOf(w);
    if (own >= 0) {
      if (facts.asked[own]!.kind === 'brand') cBrand = shared = true;
      continue;
    }
    const kind = SET_KINDS.get(w);
    if (kind === 'brand') {
      cBrand = true;
      const maker = SAME_MAKER.get(w);
      if (maker !== undefined && asked.includes(maker)) shared = true;
      continue;
    }
    if (kind === 'strong') {
      // A query that names an insert takes listings that say "insert"; naming no maker or product
      // ("mahomes kaboom"), it leaves the product out. Another insert differs.
      const open = w === 'insert' ? facts.insertAsked : facts.productOpen && !isInsert(w);
      if (!open) return true;
      continue;
    }
    // A query that names no set at all ("trout us175 psa 9") leaves the release to its card number.
    if (kind !== 'weak' || (asked.length === 0 && w !== 'rookie debut')) continue;
    // "Series 1" is the flagship release itself, written or left out at will: only another release
    // the query names ("Series 2", "Update", "Traded") differs. Update, Traded and Draft name other
    // cards unless the numbers agree.
    // Elite Extra Edition is a draft product: its "Draft Picks" are its cards. A player's "1st Bowman"
    // is one card, in Bowman or in Bowman Draft, whichever came first ("skenes 1st bowman chrome auto").
    if (w === 'draft' && facts.draftOpen) continue;
    if (isSeries(w) ? facts.weakNamed : !sameNumber) return true;
  }
  if (facts.brand && cBrand && !shared) return true;
  for (const { word: w, kind, numbering } of facts.asked) {
    // "ripken 82 traded": a listing without the release that states a number of another kind is
    // another card ("1982 Topps Ripken Future Stars #21"); "#98T", "#US1" are the release's numbers,
    // and without a number it may be the release, unnamed.
    // Panini's Draft Picks are products of their own, always named ("caleb williams prizm draft picks"
    // is not his NFL Prizm card); Bowman's Draft cards are often listed as plain Bowman.
    if (w === 'draft' && !card.setWords.includes(w) && !asked.includes('bowman') && !sameNumber) return true;
    if (numbering && !card.setWords.includes(w) && card.cardNumber !== null && !sameNumber) {
      if (!numbering.test(card.cardNumber)) return true;
    }
    if ((kind !== 'strong' && kind !== 'subset') || card.setWords.includes(w)) continue;
    // "Bowman Draft 1st Green Refractor Auto": refractors are only ever chrome.
    if (w === 'chrome' && card.parallel !== null && /fractor/.test(card.parallel)) continue;
    // Chrome and paper cards of one release share their numbers (2000 Bowman #236 and 2000 Bowman
    // Chrome #236), as do Donruss and Donruss Optic (#177): a number never vouches for a missing
    // "Chrome", "Optic", "Sapphire" or a variation ("NNOF").
    if (!sameNumber || MIRRORED_PRODUCTS.has(w)) return true;
  }
  // "tatis 2019 chrome rc": "Chrome" alone is Topps Chrome; Bowman's is always named so ("1st" or a
  // prospect's autograph in the query may mean Bowman's, and the number decides then).
  if (
    facts.chromeIsTopps &&
    !sameNumber &&
    card.setWords.includes('bowman') &&
    !card.setWords.includes('topps')
  )
    return true;
  // "2018 Update Ohtani": a listing that names another maker's card ("2018 Bowman Ohtani") is not that
  // release, unless the card numbers agree.
  if (!sameNumber && cBrand && !facts.brand) {
    for (const { word: w, makers } of facts.asked) {
      if (makers && !card.setWords.includes(w) && !card.setWords.some((c) => makers.includes(c))) return true;
    }
  }
  return false;
}

/** Products numbered as the paper set they mirror. */
const MIRRORED_PRODUCTS: ReadonlySet<string> = new Set([
  'chrome',
  'optic',
  'sapphire',
  // Variations printed with the regular card's number: "1990 Topps Thomas #414 NNOF", Topps Mini.
  'no name on front',
  'mini',
  'venezuelan',
  'first edition',
]);

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
  b.parallel === 'sp' && a.setWords.includes('sp') && !b.setWords.includes('sp');

/**
 * The listing follows `first` with a name of its own ("Joe Montana" for Joe Burrow): another player.
 * Read only when a last name is missing, so seldom.
 */
function anotherSurname(card: ClassifiedTitle, first: string): boolean {
  const { unknownWords, unknownAt } = nameWordsOf(card);
  for (let k = 0; k + 1 < unknownWords.length; k++) {
    if (unknownWords[k] === first && unknownAt[k + 1] === unknownAt[k]! + 1) return true;
  }
  return false;
}

/**
 * The listing's name words and their positions among its words, as the query reader collects them:
 * taken from the reading's `nameWords` bits, or read again when a name lies past the 31st word.
 */
function nameWordsOf(card: ClassifiedTitle): { unknownWords: string[]; unknownAt: number[] } {
  const bits = card.nameWords;
  if (bits < 0) return readTitle(card.title, true);
  const unknownWords: string[] = [];
  const unknownAt: number[] = [];
  const text = card.normalizedTitle;
  let k = 0;
  for (let i = 0; i < text.length && bits >>> k !== 0; k++) {
    while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    if (bits & (1 << k)) {
      unknownWords.push(text.slice(start, i));
      unknownAt.push(k);
    }
  }
  return { unknownWords, unknownAt };
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
    ['vinicius', 'vini'],
    ['erving', 'dr j'],
    ['erving', 'dr. j'],
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
    ['tagovailoa', 'tua'],
  ] as const)
    map.set(surname, [...(map.get(surname) ?? []), first]);
  return map;
})();

/**
 * Error cards by the names sellers give them: Billy Ripken's 1989 Fleer "FF" written every way, "NNOF",
 * and "error" itself, which a title may leave for the error's own name ("Marlboro Sign Visible",
 * "Wrong Team Blue Jays") or write short ("ERR").
 */
const FF_NAMES = [
  'f*ck face',
  'f**k face',
  'f ck face',
  'f k face',
  'fuck face',
  'fuckface',
  'f*ckface',
  'f-face',
  'f face',
  'f-ck face',
  'rick face',
  'expletive',
  'obscenity',
  'obscene',
  'vulgar',
  'vulgarity',
  'profanity',
  'curse word',
];
const ERROR_NAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['ff', FF_NAMES],
  ['nnof', ['no name on front', 'no name front', 'no name']],
  [
    'error',
    [
      'err',
      'errors',
      'misprint',
      'wrong team',
      'wrong back',
      'wrong photo',
      'misspelled',
      'misspelling',
      'uncorrected',
      'ff',
      'nnof',
      'marlboro',
      'reverse negative',
      'reversed negative',
      ...FF_NAMES,
    ],
  ],
  ['err', ['error', 'errors', 'uncorrected']],
]);

/** A title that names an error card's corrected version ("Corrected", "COR", "Black Box"). */
const CORRECTED = /(?<![a-z])(?:corrected|cor|fixed)(?![a-z])/;
/** A query that asks for an error card, not its corrected version. */
const ERROR_ASKED =
  /(?<![a-z])(?:error|err|ff|nnof|no name on front|reversed? negative|marlboro|uncorrected)(?![a-z])/;

/** `text` holds one of `words` from `start` to `end`, compared in place (no word is cut out). */
function oneOfAt(text: string, start: number, end: number, words: readonly string[]): boolean {
  for (const word of words) if (word.length === end - start && text.startsWith(word, start)) return true;
  return false;
}

/** A padding word list and the hashes of its words: most words ahead of or after a name miss at once. */
const hashesOf = (words: readonly string[]): ReadonlySet<number> => new Set(words.map(wordHash));

const PADDING_BEFORE_HASHES = hashesOf(PADDING_BEFORE);
const PADDING_AFTER_HASHES = hashesOf(PADDING_AFTER);

/** A bit for each letter the words of a padding list start with (bit 0 for "a"). */
const firstLettersOf = (words: readonly string[]): number =>
  words.reduce((bits, word) => bits | (1 << (word.charCodeAt(0) - 97)), 0);

const PADDING_BEFORE_FIRSTS = firstLettersOf(PADDING_BEFORE);
const PADDING_AFTER_FIRSTS = firstLettersOf(PADDING_AFTER);

/** `c` is a letter that a word of the list whose `firstLettersOf` are `bits` may start with. */
const startsLikeOneOf = (c: number, bits: number): boolean =>
  c >= 97 && c <= 122 && ((bits >> (c - 97)) & 1) === 1;

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
    // Padding words start with few letters ("n", "v", "l", "u", "w"): most words ahead of a name are let by at once.
    if (
      startsLikeOneOf(text.charCodeAt(start), PADDING_BEFORE_FIRSTS) &&
      PADDING_BEFORE_HASHES.has(hashAt(text, start, end)) &&
      oneOfAt(text, start, end, PADDING_BEFORE)
    )
      return true;
    if (!oneOfAt(text, start, end, names)) return false;
    end = start;
  }
  return false;
}

/** Where `text` holds something other than a space, from `at` on. */
function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) === 32) i++;
  return i;
}

/** Where the word of `text` that starts at `start` ends (`start` itself when none starts there). */
function wordEndFrom(text: string, start: number): number {
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/**
 * What follows a name, from `at`, makes the card another player's: "Mahomes?", "Mahomes class" (not
 * "Class of 2017"), "Clark teammate".
 */
function paddingAfter(text: string, at: number): boolean {
  if (text.charCodeAt(at) === 63) return true;
  const start = skipSpaces(text, at);
  // Padding words start with a letter, and not with every one: most words after a name are let by at once.
  if (!startsLikeOneOf(text.charCodeAt(start), PADDING_AFTER_FIRSTS)) return false;
  const end = wordEndFrom(text, start);
  if (!PADDING_AFTER_HASHES.has(hashAt(text, start, end)) || !oneOfAt(text, start, end, PADDING_AFTER))
    return false;
  const of = skipSpaces(text, end);
  return !(wordEndFrom(text, of) - of === 2 && text.startsWith('of', of));
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
 * The word of `text` from `start` to `end` is one edit from `name` (a letter added, dropped, changed,
 * or two swapped): "Pettersson"/"Petterson", "Dwyane"/"Dwayne", "Vladimir"/"Vladimer". Compared in
 * place, no word cut out; the name itself is no edit from it.
 */
function oneEditFrom(text: string, start: number, end: number, name: string): boolean {
  const length = end - start;
  if (Math.abs(length - name.length) > 1) return false;
  let i = 0;
  while (i < length && i < name.length && text.charCodeAt(start + i) === name.charCodeAt(i)) i++;
  if (i === length && i === name.length) return false;
  let ea = length - 1;
  let eb = name.length - 1;
  while (ea >= i && eb >= i && text.charCodeAt(start + ea) === name.charCodeAt(eb)) {
    ea--;
    eb--;
  }
  const da = ea - i + 1;
  const db = eb - i + 1;
  if (da <= 1 && db <= 1) return true;
  // Two neighbours swapped.
  return (
    da === 2 &&
    db === 2 &&
    text.charCodeAt(start + i) === name.charCodeAt(i + 1) &&
    text.charCodeAt(start + i + 1) === name.charCodeAt(i)
  );
}

/**
 * A word of `text` one edit from `name` (names of `shortest` letters or more only: short ones are
 * other names), or `name` less its last letter, as a collector types in haste ("aaron judg").
 */
function namesMisspelt(text: string, name: string, shortest = 6): boolean {
  if (name.length < 4) return false;
  for (let i = 0; i < text.length; ) {
    while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    const length = i - start;
    if (length === name.length + 1 && text.startsWith(name, start)) return true;
    if (name.length < shortest || length < shortest - 1 || Math.abs(length - name.length) > 1) continue;
    // One edit exactly: the name as written was already refused where it stands ("Henderson class").
    if (oneEditFrom(text, start, i, name)) return true;
  }
  return false;
}

/**
 * The query's name of several words written as one ("DeLaCruz" for De La Cruz, "VanVleet" for Van
 * Vleet), or its name of one word written apart ("De La Cruz" for DeLaCruz): the term at `k` is one
 * of up to four query words in a row that stand joined as one word of `text` (`joinedForms`), or it
 * is written in `text` as words in a row. Read only when the term is missing, so seldom.
 */
function namesJoined(text: string, plan: QueryPlan, k: number): boolean {
  const term = plan.terms[k]!;
  // Joined, the term is still in the text, inside a longer word; apart, its ends are.
  if (text.includes(term)) {
    for (const joined of plan.joined[k]!) if (hasWord(text, joined)) return true;
  }
  return splitIn(text, term, plan.splitTail[k]!);
}

/** The query's words up to four in a row, joined, that hold `terms[k]`: the names `namesJoined` looks for. */
function joinedForms(terms: readonly string[], k: number): string[] {
  const forms: string[] = [];
  for (let from = Math.max(0, k - 3); from <= k; from++) {
    let joined = terms.slice(from, k + 1).join('');
    for (let to = k; to < terms.length && to <= from + 3; to++) {
      if (to > k) joined += terms[to]!;
      if (to > from) forms.push(joined);
    }
  }
  return forms;
}

/**
 * The last two letters of a word that may be written apart: names of five letters or more only
 * (shorter ones split are other words: "la" "cruz" is no "lac"). '' for a shorter word.
 */
const splitTailOf = (word: string): string => (word.length < 5 ? '' : word.slice(-2));

/** `word` is written in `text` as two or more words in a row ("de la cruz" for "delacruz"). */
function splitIn(text: string, word: string, tail: string): boolean {
  // Split, the word still ends as written: most texts lack its last two letters (`splitTailOf`).
  if (tail === '' || !text.includes(tail)) return false;
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

/**
 * The title names another player first ("2022 Prizm Kenny Pickett RC PSA 9 Brock Purdy", "Mitch Marner
 * PSA 10 Leafs (Auston Matthews)"): the query's names come only after a first name that holds none of
 * them. Sellers name the card's player first; the rest is stuffed in for search.
 */
function namedAfterAnother(card: ClassifiedTitle, plan: QueryPlan): boolean {
  const lead = card.leadName;
  const names = plan.names;
  if (lead === null || names.length === 0) return false;
  for (let k = 0; k < names.length; k++) {
    if (hasWord(lead, names[k]!)) return false;
    const aliases = plan.nameAliases[k];
    if (aliases?.some((alias) => hasWord(lead, alias))) return false;
  }
  // "Big Unit 1989 Fleer Randy Johnson": the player's nickname first.
  const nicknamed = playerNicknamed(lead);
  if (nicknamed !== null && names.some((name) => hasWord(nicknamed, name))) return false;
  // The query's name misspelt ("mahommes" for Patrick Mahomes): the lead name is the query's player.
  if (names.some((name) => namesMisspelt(lead, name))) return false;
  // The query's names before the lead name: the title is the query player's, whoever it mentions after.
  const leadAt = card.normalizedTitle.indexOf(lead);
  for (const name of names) {
    const at = card.normalizedTitle.indexOf(name);
    if (at >= 0 && at < leadAt) return false;
  }
  return true;
}

/**
 * Another first name stands before the surname the query names with its own first name ("Matt
 * Holliday" for Jackson Holliday, "Seth Curry" for Steph): another player. A shortened first name
 * is the same ("Steph", "Vlad"). Read only when the query's first name is the one word missing.
 */
function anotherFirstName(
  card: ClassifiedTitle,
  first: string,
  surname: string,
  terms: readonly string[],
): boolean {
  // The reader's words are the words of the normal form: unless a word there before the surname may
  // be another first name, the title need not be read again.
  if (!wordBeforeMayBeFirstName(card.normalizedTitle, surname, first, terms)) return false;
  const { unknownWords, unknownAt } = nameWordsOf(card);
  for (let k = 1; k < unknownWords.length; k++) {
    if (unknownWords[k] !== surname || unknownAt[k - 1] !== unknownAt[k]! - 1) continue;
    const before = unknownWords[k - 1]!;
    if (!mayBeAnotherFirstName(before, first, terms)) continue;
    // Nor is the first name written in two ("Cee Dee Lamb" for CeeDee).
    if (k > 1 && unknownAt[k - 2] === unknownAt[k - 1]! - 1 && unknownWords[k - 2]! + before === first)
      continue;
    return true;
  }
  return false;
}

/**
 * `before`, the word before the query's surname, may be another player's first name: a word of the
 * query itself ("Select Concourse Lawrence") is none, nor is the query's first name shortened or by
 * another name ("Steph", "Vlad").
 */
function mayBeAnotherFirstName(before: string, first: string, terms: readonly string[]): boolean {
  return (
    before.length >= 3 &&
    !before.startsWith(first) &&
    !first.startsWith(before) &&
    !terms.includes(before) &&
    !ALIASES.get(first)?.includes(before) &&
    !sameFirstName(first, before)
  );
}

/**
 * `surname` is a word of `text` with a word before it that `mayBeAnotherFirstName`: words as the
 * reader splits them (runs of letters and digits), so the reader's unknown words can only be these.
 */
function wordBeforeMayBeFirstName(
  text: string,
  surname: string,
  first: string,
  terms: readonly string[],
): boolean {
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    if ((at > 0 && isWordChar(text.charCodeAt(at - 1))) || isWordChar(text.charCodeAt(at + surname.length)))
      continue;
    let end = at;
    while (end > 0 && !isWordChar(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    if (start < end && mayBeAnotherFirstName(text.slice(start, end), first, terms)) return true;
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
function anotherSignature(plan: QueryPlan, query: string, title: string): boolean {
  return (
    (IN_PERSON.test(title) && !SIGNED_QUERY.test(query)) ||
    (SEVERAL_SIGNERS.test(title) && !SEVERAL_SIGNERS.test(query)) ||
    (plan.onCardAsked && STICKER_AUTO.test(title))
  );
}
/** A listing that says its card carries no print run. */
const NOT_NUMBERED = /(?<![a-z])(?:not|non|un)\s*-?\s*numbered(?![a-z])/;
/** "… rookie ticket on card auto": the query asks for the signature on the card itself. */
const ON_CARD = /(?<![a-z])on\s*-?\s*card(?![a-z])/;
/** "… Sticker Auto": signed on a sticker, the other version of an on-card autograph. */
const STICKER_AUTO = /(?<![a-z])sticker\s*-?\s*(?:auto|autograph|signature)s?(?![a-z])/;
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

/** How a term of the query was found in the listing being matched (`QueryPlan.named`). */
const UNREAD = 0;
const NAMED = 1;
const ABSENT = 2;

/**
 * What matching needs from a query that depends on the query alone, worked out on its first listing
 * and kept with it (`planFor`): a search matches thousands of listings against one query.
 */
interface QueryPlan {
  /** The words comps must hold (`ParsedQuery.terms`). */
  terms: readonly string[];
  /** `terms[k]` may be left out by a seller (a first name before its surname). */
  optional: readonly boolean[];
  /** The names collectors use for `terms[k]` instead (`ALIASES`), if any. */
  aliases: readonly (readonly string[] | undefined)[];
  /** `terms[k]` joined with its neighbours (`joinedForms`). */
  joined: readonly (readonly string[])[];
  /** `splitTailOf(terms[k])`. */
  splitTail: readonly string[];
  /** The words that name the query's player, and their aliases (`namedAfterAnother`). */
  names: readonly string[];
  nameAliases: readonly (readonly string[] | undefined)[];
  /**
   * "ken griffey jr": the other generation's suffix ("sr"), which names the father, or the son; null
   * when the query names neither.
   */
  otherGeneration: string | null;
  /** The query's card number key (`cardNumberKey`), '' without one. */
  numberKey: string;
  /** Its digits when it has a letter prefix ("us300" → "300"), else ''. */
  numberDigits: string;
  /** What the query's set words say. */
  set: SetFacts;
  /** The query read with "SP" as the set (`spAsSet`) and its set facts, made when first needed. */
  spSet: { card: ClassifiedTitle; set: SetFacts } | null;
  /** The filters of the last listing matched and the grade they want (one per search). */
  filters: CompsFilters | null;
  wanted: GradeWanted;
  /**
   * Scratch for the listing being matched: whether `terms[k]` names its player where it stands
   * (`namesTerm`), read at most once per listing. Reset for every listing.
   */
  named: Uint8Array;
  /** The query asks for an error card (`ERROR_ASKED`): its corrected version is another card. */
  errorAsked: boolean;
  /** The query asks for an autograph signed on the card (`ON_CARD`): a sticker autograph is another. */
  onCardAsked: boolean;
}

/** The suffix of the other generation of a family the query's "jr" or "sr" names, or null. */
function otherGenerationOf(text: string): string | null {
  const jr = hasWord(text, 'jr');
  const sr = hasWord(text, 'sr');
  if (jr === sr) return null;
  return jr ? 'sr' : 'jr';
}

/** The listing names the other generation (Ken Griffey Sr. for Jr.) and not the query's. */
function otherGeneration(plan: QueryPlan, text: string): boolean {
  const other = plan.otherGeneration;
  return other !== null && hasWord(text, other) && !hasWord(text, other === 'sr' ? 'jr' : 'sr');
}

function makePlan(query: ParsedQuery): QueryPlan {
  const q = query.card;
  const terms = query.terms;
  // The query's own first name is its player ("Trinity Rodman … NWSL": not "nwsl"), else its words;
  // "Jr." is no name of its own.
  const names = (q.leadName === null ? terms : q.leadName.split(' ')).filter((w) => !NAME_SUFFIXES.has(w));
  const numberKey = q.cardNumber === null ? '' : cardNumberKey(q.cardNumber);
  const prefix = /^[a-z]+(?=\d+$)/.exec(numberKey);
  return {
    terms,
    optional: terms.map((term) => query.optionalTerms.includes(term)),
    aliases: terms.map((term) => ALIASES.get(term)),
    joined: terms.map((_, k) => joinedForms(terms, k)),
    splitTail: terms.map(splitTailOf),
    names,
    nameAliases: names.map((name) => ALIASES.get(name)),
    otherGeneration: otherGenerationOf(q.normalizedTitle),
    numberKey,
    numberDigits: prefix ? numberKey.slice(prefix[0].length) : '',
    set: setFactsOf(q),
    spSet: null,
    filters: null,
    wanted: { kind: 'raw' },
    named: new Uint8Array(terms.length),
    errorAsked: ERROR_ASKED.test(q.normalizedTitle) && !CORRECTED.test(q.normalizedTitle),
    onCardAsked: ON_CARD.test(q.normalizedTitle),
  };
}

const plans = new WeakMap<ParsedQuery, QueryPlan>();
let lastQuery: ParsedQuery | null = null;
let lastPlan: QueryPlan | null = null;
/** The query's plan: the last query's at once, another's from the map, or made now. */
function planFor(query: ParsedQuery): QueryPlan {
  if (query === lastQuery && lastPlan !== null) return lastPlan;
  let plan = plans.get(query);
  if (plan === undefined) {
    plan = makePlan(query);
    plans.set(query, plan);
  }
  lastQuery = query;
  lastPlan = plan;
  return plan;
}

/** The query's card, and its set facts, with "SP" read as the set. */
function spSetOf(plan: QueryPlan, q: ClassifiedTitle): { card: ClassifiedTitle; set: SetFacts } {
  if (plan.spSet === null) {
    const card = spAsSet(q);
    plan.spSet = { card, set: setFactsOf(card) };
  }
  return plan.spSet;
}

/** `terms[k]` names the listing's player where it stands in `text` (`namesTerm`), read once per listing. */
function termNamed(plan: QueryPlan, text: string, k: number): boolean {
  let found = plan.named[k]!;
  if (found === UNREAD) {
    found = namesTerm(text, plan.terms[k]!, plan.terms) ? NAMED : ABSENT;
    plan.named[k] = found;
  }
  return found === NAMED;
}

/** `terms[k]`, or a name collectors use for the same player ("Wemby" for Wembanyama), names the listing's player. */
function playerNamed(plan: QueryPlan, text: string, k: number): boolean {
  if (termNamed(plan, text, k)) return true;
  const aliases = plan.aliases[k];
  return aliases?.some((alias) => namesTerm(text, alias, plan.terms)) === true;
}

/** The listing holds `terms[k]`: as written, by an alias, joined or apart, or misspelt. */
function termFound(plan: QueryPlan, text: string, k: number): boolean {
  // A first name stands for itself ("Rickey" of Rickey Henderson); alone, a name may be an alias.
  if (plan.optional[k] ? termNamed(plan, text, k) : playerNamed(plan, text, k)) return true;
  if (namesJoined(text, plan, k)) return true;
  const errorNames = ERROR_NAMES.get(plan.terms[k]!);
  if (errorNames?.some((name) => hasWord(text, name))) return true;
  // A misspelt name ("Elias Petterson", "Dwayne Wade") where another of the query's names is there as written.
  const term = plan.terms[k]!;
  for (let j = 0; j < plan.terms.length; j++) {
    if (plan.terms[j] !== term && termNamed(plan, text, j)) return namesMisspelt(text, term);
  }
  return false;
}

/**
 * "1968 Topps Nolan Ryan Jerry Koosman #177": a card of several players, which sellers name by one of
 * them ("1968 Topps Nolan Ryan Rookie #177", "Koosman / Ryan"). With the query's year, set and card
 * number stated (the query has three names or more), two of its names, or its last, name the card.
 */
function namedByOneOfSeveral(
  plan: QueryPlan,
  q: ClassifiedTitle,
  card: ClassifiedTitle,
  sameNumber: boolean,
): boolean {
  const terms = plan.terms;
  if (!sameNumber || terms.length < 3 || q.year === null || q.setWords.length === 0) return false;
  const text = card.normalizedTitle;
  if (termNamed(plan, text, terms.length - 1)) return true;
  let named = 0;
  for (let k = 0; k < terms.length - 1; k++) if (termNamed(plan, text, k) && ++named === 2) return true;
  return false;
}

/** `missingTerm` when the listing lacks two of the query's words or more. */
const SEVERAL_MISSING = -2;

/**
 * The query word the listing lacks: -1 when it lacks none, `SEVERAL_MISSING` when it lacks more
 * than one (too many, whatever else the title says).
 */
function missingTerm(plan: QueryPlan, text: string): number {
  const named = plan.named;
  for (let k = 0; k < named.length; k++) named[k] = UNREAD;
  let missingAt = -1;
  for (let k = 0; k < plan.terms.length; k++) {
    if (termFound(plan, text, k)) continue;
    if (missingAt >= 0) return SEVERAL_MISSING;
    missingAt = k;
  }
  return missingAt;
}

/** The listing may lack `terms[k]`, the one query word it lacks, and still be the query's card. */
function missingForgiven(plan: QueryPlan, card: ClassifiedTitle, k: number, sameNumber: boolean): boolean {
  const terms = plan.terms;
  // "mahommes … #269": a name misspelt in the query, on a listing of the query's card number; there
  // even a short one ("Luca Doncic #280", "Mike Tout #US175", "Tom Bradey #236").
  if (sameNumber && namesMisspelt(card.normalizedTitle, terms[k]!, 4)) return true;
  // A first name may be left out, unless another first name stands before the surname.
  if (plan.optional[k]) {
    const surname = terms[k + 1];
    return surname === undefined || !anotherFirstName(card, terms[k]!, surname, terms);
  }
  // "2019-20 Prizm Zion #248", "2019 Prizm Zion 248 Pelicans": a player known by one name, the
  // first, is forgiven the last name when the listing states the query's card number and no other
  // surname follows the first name. (A year is not enough: 2020 Prizm has two rookie Justins.)
  return (
    k > 0 &&
    plan.optional[k - 1]! &&
    sameNumber &&
    playerNamed(plan, card.normalizedTitle, k - 1) &&
    !anotherSurname(card, terms[k - 1]!)
  );
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
  const plan = planFor(query);
  let q = query.card;
  let facts = plan.set;
  let card = parsedCard;
  if (spSetAgainst(q, card)) card = spAsSet(card);
  else if (spSetAgainst(card, q)) {
    const spSet = spSetOf(plan, q);
    q = spSet.card;
    facts = spSet.set;
  }
  const reasons: ExclusionReason[] = [];

  const noise = card.noise;
  for (let i = 0; i < noise.length; i++) if (!q.noise.includes(noise[i]!)) reasons.push(noise[i]!);

  let sameNumber = false;
  let listed: string | null = null;
  if (q.cardNumber !== null) {
    listed = card.cardNumber === null ? null : cardNumberKey(card.cardNumber);
    // "Soto 2018 Update #300" for US300: a seller may drop the set's letters, never change the digits.
    sameNumber =
      listed === plan.numberKey ||
      (plan.numberDigits !== '' && listed === plan.numberDigits) ||
      hasWord(card.normalizedTitle, plan.numberKey);
  }

  // The one word missing is judged last: its judgement may read the title again.
  const missingAt = missingTerm(plan, card.normalizedTitle);
  const missing =
    missingAt === SEVERAL_MISSING || (missingAt >= 0 && !missingForgiven(plan, card, missingAt, sameNumber));
  if (
    (missing && !namedByOneOfSeveral(plan, q, card, sameNumber)) ||
    namedAfterAnother(card, plan) ||
    otherGeneration(plan, card.normalizedTitle) ||
    unidentified(q, card)
  )
    reasons.push('missing_terms');

  if (!yearsAgree(q, card)) reasons.push('wrong_year');

  // "jeter sp foil 93": the bare "93" may be the year, typed short; a 1993 listing agrees with it.
  const numberIsYear =
    query.numberMayBeYear && card.year !== null && card.year % 100 === Number(q.cardNumber);
  if (listed !== null && !sameNumber && !numberIsYear) reasons.push('wrong_card_number');
  if (setConflict(q, facts, card, sameNumber)) reasons.push('wrong_set');

  if (filters !== plan.filters) {
    plan.filters = filters;
    plan.wanted = gradeWanted(query, filters);
  }
  const gradeReason = gradeMismatch(plan.wanted, card);
  if (gradeReason) reasons.push(gradeReason);
  if (card.damaged && !q.damaged && !card.graded) reasons.push('damaged');

  const openAutographs = filters.excludeAutographs === false && !query.noAutograph;
  if (
    q.autograph
      ? !card.autograph || anotherSignature(plan, q.normalizedTitle, card.normalizedTitle)
      : card.autograph && !openAutographs
  )
    reasons.push('autograph_mismatch');

  const base = filters.baseOnly !== false;
  if (q.relic ? !card.relic : card.relic && base) reasons.push('relic_mismatch');
  // "1989 UD Dale Murphy Reverse Negative" is not its "Corrected Version".
  if (plan.errorAsked && CORRECTED.test(card.normalizedTitle)) reasons.push('wrong_parallel');

  const queryVariant = q.parallel !== null || q.serial !== null;
  // "Kaboom! SSP Case Hit": for an insert, "SP"/"SSP" says how rare it is, not which version.
  const rarityOnly = (card.parallel === 'sp' || card.parallel === 'ssp') && card.serial === null;
  if (!queryVariant && !(rarityOnly && facts.insertAsked)) {
    // "National Treasures RPA /99": in the high-end products even the base card is numbered.
    // (A 1/1 to 1/10 is a parallel even there: the Logoman, the laundry tag.)
    // So is a plain base card numbered in the thousands (2009-10 Topps Chrome's rookies /999, SP
    // Authentic's Future Watch /1250): a parallel that common names its colour.
    const numberedBase =
      card.parallel === null &&
      ((facts.numberedBase && (card.serial ?? 0) > 10) || (card.serial ?? 0) >= 999);
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
      // ("… Purple Refractor - not numbered, retail": the colour's unnumbered version.)
      if (
        card.serial !== null
          ? card.serial !== q.serial
          : q.parallel === null || NOT_NUMBERED.test(card.normalizedTitle)
      )
        reasons.push('serial_mismatch');
    }
  }

  return { status: reasons.length === 0 ? 'exact' : 'excluded', reasons };
}
