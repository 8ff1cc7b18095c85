/**
 * Reads grading from a normalised title: grader, grade, qualifier, Black Label, subgrades, the
 * autograph grade, "Authentic" slabs, and whether the grade is only hoped for ("PSA 10?",
 * "PSA 9 or 10", "10 candidate", "gem mint" on a raw card). A speculative grade is not a grade.
 */

import { isDigit, isSpace, isWordChar, Mark, tokens } from './normalize.ts';

export interface GradeReading {
  graded: boolean;
  grader: string | null;
  grade: number | null;
  gradeQualifier: string | null;
  blackLabel: boolean;
  subgrades: number[] | null;
  autoGrade: number | null;
  authenticated: boolean;
  speculativeGrade: boolean;
  /** Another slab with another grade follows the first ("PSA 10 & PSA 9 Lot"): 0 none, 1 same grader, 2 another. */
  otherSlab: number;
  /** How many character ranges in `gradeSpans` belong to grades. */
  spanCount: number;
}

/**
 * The grader a name GRADER_RE matched stands for (Beckett's is BGS): its first two letters tell the
 * twenty apart (the third for ARK and Arena Club), so the word need not be hashed.
 */
function graderOf(word: string): string {
  switch (word.charCodeAt(0)) {
    case 112: // p
      return 'PSA';
    case 98: {
      // b: bgs, beckett, bvg, bccg
      const c = word.charCodeAt(1);
      return c === 118 ? 'BVG' : c === 99 ? 'BCCG' : 'BGS';
    }
    case 115: // s
      return 'SGC';
    case 99: // c: cgc, csg
      return word.charCodeAt(1) === 103 ? 'CGC' : 'CSG';
    case 104: // h
      return 'HGA';
    case 116: // t
      return 'TAG';
    case 103: // g: gma, gai
      return word.charCodeAt(1) === 97 ? 'GAI' : 'GMA';
    case 105: // i
      return 'ISA';
    case 107: // k
      return 'KSA';
    case 109: // m
      return 'MNT';
    case 114: // r
      return 'Rare Edition';
    default: {
      // a: ags, ace, ark, arena club
      if (word.charCodeAt(1) === 103) return 'AGS';
      if (word.charCodeAt(1) === 99) return 'ACE';
      return word.charCodeAt(2) === 107 ? 'ARK' : 'Arena Club';
    }
  }
}

/**
 * A grader's name not followed by a letter. It must also not follow a letter or digit: readGrade
 * checks that character itself, which is cheaper than a lookbehind at every position (no match can
 * start inside a rejected one, all letters).
 */
const GRADER_RE =
  /(psa|bgs|beckett|bvg|bccg|sgc|cgc|csg|hga|tag|gma|gai|isa|ksa|mnt|rare edition|ags|ace|ark|arena club)(?![a-z])/g;

const VINTAGE_AFTER = /^\s*vintage(?![a-z])/;
/** A listing tool's grader field: "Graded by PSA", "Grader: PSA", "Grading company: BGS". */
const GRADER_FIELD =
  /(?<![a-z])(?:graded\s+by|grader\s*:|grading\s+company\s*:?|professional\s+grader\s*:?)\s*(psa|bgs|beckett|sgc|cgc|csg|hga|tag|bvg)(?![a-z])/;
/** Its grade field: "Grade 9", "Grade: 10" (not "grade 9 or 10", a hope). */
const GRADE_FIELD = /(?<![a-z])grade\s*:?\s*(\d{1,2}(?:\.5)?)(?![\d./]|\s*(?:or|\?))/;

/**
 * A slab label's grade said apart from the grader's name: "Mint 9", "NM-MT 8", "Gem Mint 10", "Grade:
 * 5", or the number first, "8 NM-MT" (not "10 or", "9?": hopes).
 */
const LABEL_GRADE_APART =
  /(?<![a-z\d.#/])(?:(?:gem\s*-?\s*(?:mint|mt)|mint\+?|nm\s*-?\s*mt\+?|near\s+mint|nm\+?|ex\s*-?\s*mt\+?|ex\+?|vg\s*-?\s*ex|vg|grade\s*:?)\s*(10|[1-9](?:\.5)?)|(10|[1-9](?:\.5)?)\s+(?:gem\s*-?\s*(?:mint|mt)|mint|nm\s*-?\s*mt|nm|ex\s*-?\s*mt))(?![\d./]|\s*(?:\?|or(?![a-z])))/g;

const HALF_WRITTEN = /(?<=(?:psa|bgs|sgc|cgc|beckett)\s*)(\d) 1\/2(?![\d/])/g;
/** Grades spelled out beside a grader or a label's words ("PSA Gem Mint Ten", "graded a nine by PSA"). */
const SPELLED_IN_CONTEXT =
  /(?<=(?:psa|bgs|sgc|cgc|beckett|gem\s*mint|gem\s*mt|mint|nm\s*-?\s*mt|near\s+mint|graded\s+an?|grade)\s+)(ten|(?:nine|eight|seven|six|five|four|three)(?:\s+(?:and\s+a\s+half|point\s+five))?)(?![a-z])|(?<![a-z])(ten|nine|eight|seven|six|five|four|three)(?=\s+(?:gem|mint|nm|near\s+mint|ex\b|psa|bgs|sgc))/g;
/** The numbers a grade may be spelled out as; the title reader notices them (`Hint.Spelled`). */
const SPELLED_VALUE: Readonly<Record<string, string>> = {
  ten: '10',
  nine: '9',
  eight: '8',
  seven: '7',
  six: '6',
  five: '5',
  four: '4',
  three: '3',
};
export const SPELLED_NUMBERS: readonly string[] = Object.keys(SPELLED_VALUE);
/** The title with grades spelled out in grade talk written as numbers, padded so no position moves. */
function withSpelledGrades(s: string): string {
  return s.replace(SPELLED_IN_CONTEXT, (words: string) => {
    const [first] = words.split(/\s+/);
    const half = words.includes('half') || words.includes('point five');
    const number = `${SPELLED_VALUE[first!]}${half ? '.5' : ''}`;
    return number.padEnd(words.length, ' ');
  });
}

/** SGC's gold label, the label of its Pristine 10s. */
const SGC_GOLD_LABEL = /(?<![a-z])gold\s*-?\s*label(?![a-z])/;
/** "SGC 10 POOR 1": the old label's 10 is Poor, its grade 1 (a 10 on today's scale says nothing more). */
const SGC_OLD_POOR = /^\s*(?:poor(?:\s*1)?|pr\s*1)(?![\d.a-z])/;
/** SGC's old 100-point labels on the 10-point scale. */
const SGC_100: Record<number, number> = {
  100: 10,
  98: 10,
  96: 9,
  92: 8.5,
  88: 8,
  86: 7.5,
  84: 7,
  82: 6.5,
  80: 6,
  70: 5.5,
  60: 5,
  55: 4.5,
  50: 4,
  45: 3.5,
  40: 3,
  35: 2.5,
  30: 2,
  20: 1.5,
  10: 1,
};

const DNA = /^\s*[/-]?\s*dna(?![a-z])/;
const AUTHENTIC = /^\s*[/:-]?\s*(?:authentic(?:ated)?|auth|aa|a|altered)(?![a-z0-9])/;
/** Grade words that may stand between the grader and the number: "PSA Gem Mint 10", "BGS Black Label 10". */
const NUMBER =
  /^\s*[-:#(]?\s*((?:(?:gem|mint|mt|gm|near|nm|excellent|exc|ex|very|good|gd|vg|fair|fr|poor|pristine|perfect|pr|graded|grade|grading|certified|card|(?:black|blk)\s*(?:label|lbl)|bl|gold\s*label|slab|slabbed|[-+/])\s*)*)(\d{1,3}(?:\.\d)?)(?![\d])/;
const AUTO_GRADE =
  /^\s*(?:[([][\d.\s/,|x-]*[)\]])?[^a-z0-9]*(?:(?:gem|mint|mt|pristine|psa|bgs|sgc|dna|w)\s*[^a-z0-9]*)*(?:(?:auto(?:graph)?|au|sig(?:nature)?)\s*(?:grade\s*)?(?:(?:gem|mint|mt)\s*)*|dna\s*)[-:]?\s*(\d{1,2}(?:\.5)?)(?![\d.]|st|nd|rd|th)/;
/** "Gem Mint 10 Auto": the autograph's grade written before the word. */
const AUTO_GRADE_BEFORE =
  /^\s*[^a-z0-9]*(?:w\s*\/?\s*)?(?:(?:gem|mint|mt|pristine)\s*)*(\d{1,2}(?:\.5)?)\s*(?:auto(?:graph)?|au)(?![a-z])/;
/**
 * A question mark after the grade ("PSA 10?", "PSA 10 ?"), after "+" ("PSA 9+?"), or on the grade words
 * after it ("BGS 10 Pristine??"; "PSA 10 GEM MINT ?" apart is more often an emoji lost in transit).
 */
const QUESTION =
  /^\s*(?:[)\]]?\s*|\+\s*|(?:(?:gem|mint|mt|pristine|grade)\s*)*(?:gem|mint|mt|pristine|grade))\?/;
const HOPE_NEXT = /^\s*(?:candidate|potential|worthy|on\s+resub|resub|comps?)(?![a-z])/;
const SECOND = /^\s*(or|\/|->|-|to|&|and)\s*(psa|bgs|sgc|cgc)?\s*(\d{1,2}(?:\.5)?)(?![\d.])(\s*[)\]]?\s*\?)?/;
const QUALIFIER = /^\s*([([]?)\s*(oc|mk|st|pd|of|mc|off[\s-]*cent(?:er|re)d?)\s*[)\]]?(?![a-z])/;
/** The words of a slab's label between the grade and a qualifier ("MINT", "NM-MT", "GEM MT"). */
const LABEL_WORDS =
  /^\s*(?:gem\s*-?\s*(?:mint|mt)|mint|nm\s*-?\s*mt\+?|near\s+mint(?:\s*-?\s*mint)?|nm|ex\s*-?\s*mt|ex|vg\s*-?\s*ex|vg|good|gd|fair|poor|pr)(?=\s*[([]?\s*(?:oc|mk|pd|mc|off)(?![a-z]))/;
const PRISTINE = /^\s*[([]?\s*(?:gem\s*mint\s*)?pristine/;
/** "(7)" after an SGC grade on its old scale, "(84)" after one on the 10 scale. */
const SGC_OTHER_SCALE_NEXT = /^\s*\(\s*(\d{1,3}(?:\.5)?)\s*\)/;
const TAG_SCORE = /^\s*(?:(?:gem\s*mint|pristine|mint)\s*)?[([]?\s*(\d{3,4})\s*[)\]]?(?![\d/.])/;
const SUBGRADES =
  /(\d{1,2}(?:\.5)?)\s*[/,|x]\s*(\d{1,2}(?:\.5)?)\s*[/,|x]\s*(\d{1,2}(?:\.5)?)\s*[/,|x]\s*(\d{1,2}(?:\.5)?)(?![\d.])/;
/** "Looks PSA 10 to me": right before the grader, "looks" hopes ("looks great PSA 10" does not). */
const LOOKS_BEFORE = /(?:^|[^a-z])looks\s*$/;
/** ("PSA 10 ready to ship" and "PSA 5 EX - quality slab" are the seller's promises, no hope of a grade.) */
const SPECULATIVE_WORD =
  /(?<![a-z])(candidate|candidates|potential|possible|possibly|posible|worthy|ready(?!\s+(?:to|for)\s+(?:ship|go|mail|send|display)(?![a-z]))|quality(?!\s+(?:slabs?|holders?|cases?|seller|cards?|items?))|comp|comps|likely|maybe|pending|equivalent|equiv|should|could|would|hopeful|at\s+best|or\s+(?:better|higher)|easy|lookalike|looks?\s+like|chance|kandidat|candidat|candidato|candidata|possibile|potentiel|potenziale|potencial|moglich|fahig|faehig|graduar|gradear|gradare|graden|wurdig|calidad)(?![a-z])/;
/** Black Label named, not missed ("1 Sub From Black Label", "one away from BL", "Black Label potential"). */
export const BLACK_LABEL =
  /(?<!(?:from|short\s+of|shy\s+of|off|almost|nearly|not|no|only\s*\d+|pop\s*\d+)\s*)(?:black|blk)\s*-?\s*(?:label|lbl)(?!\s*(?:potential|candidate|worthy|\?))/;
/** "Quad 10s", "all 10 subs": a Beckett 10 whose four subgrades are all 10. */
const QUAD_TENS = /(?<![a-z])(?:quad|all|four|4x?)\s*10s?(?:\s+sub(?:grade)?s)?(?![\d./])/;

/**
 * Beckett labels a 10 whose four subgrades are all 10 Black Label, whether or not the seller says so
 * ("BGS 10 (10/10/10/10)", "BGS 10 Quad 10s").
 */
function allTens(subgrades: number[] | null, s: string): boolean {
  if (subgrades !== null) return subgrades.every((v) => v === 10);
  return s.includes('10s') || s.includes('quad') || s.includes('all') ? QUAD_TENS.test(s) : false;
}

/** "BGS 10 BL", "BGS 10 Pristine BL": Black Label abbreviated, right after a Beckett 10 (never elsewhere). */
const BL_AFTER = /^\s*(?:(?:pristine|gem\s*mint|gem\s*mt)\s*)?[([]?bl(?![a-z0-9])/;
/** "Not PSA 10", "non PSA 10", "not a PSA 10": just before a grader, it denies the grade. */
const NEGATED_BEFORE = /(?:^|[^a-z])(?:not|non|isnt)\s*(?:an?\s+)?$/;
/** A grader's name beside "graded", "slabbed" or "encased", with no grade: "Graded Slabbed CGC", "PSA Graded". */
const SLABBED_BY =
  /(?<![a-z])(?:(?:graded|slabbed|encased|slab\s+lot)\s+(?:(?:and\s+|&\s*)?(?:graded|slabbed|encased)\s+)?(?:by\s+)?(psa|bgs|beckett|sgc|cgc|csg|hga|tag|isa|gma)|(psa|bgs|beckett|sgc|cgc|csg|hga|tag|isa|gma)\s*-?\s*(?:graded|slabbed|encased)|in\s+(?:an?\s+)?(psa|bgs|beckett|sgc|cgc|csg|hga|tag|isa|gma)\s+(?:slab|holder)|(psa|bgs|sgc|cgc)(?![a-z])(?=.*(?<![a-z])see\s+(?:pics|photos|pictures|images|scans)\s+for\s+(?:the\s+)?grade))(?![a-z])/;
/** "Look at the corners PSA 10", "check the centering - PSA 10": a pitch for the raw card in hand. */
const LOOK_AT_BEFORE =
  /(?:^|[^a-z])(?:look\s+at|check(?:\s+out)?)\s+(?:the|that|these|those|this|my)\s+(?:corners|centering|edges|surface|card)\s*[-:!,]?\s*$/;
/** After a number, slabs counted per product ("1 Slab Per Box"). */
const SLAB_COUNT_NEXT = /^\s*(?:slabs?|graded\s+cards?)\s+per(?![a-z])/;
/** Right after a grade, "material": the grade hoped for ("PSA 10 material"). */
const MATERIAL_NEXT = /^\s*(?:material|chase)(?![a-z])/;
/** "chase a PSA 10", "grades PSA 10 easy": a slab hoped for, or guessed, before the grader's name. */
const HOPED_BEFORE_GRADER = /(?:^|[^a-z])(?:chas(?:e|ing)\s+(?:a|an|the|for)|grades(?:\s+an?)?)\s+$/;
/**
 * HOPED_BEFORE_GRADER can match before `start`: past spaces, the last letter of "a", "an", "the",
 * "for" or "grades". Most graders follow a year, a name or a card word.
 */
function hopedMayEnd(s: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  const c = s.charCodeAt(i);
  return c === 97 || c === 110 || c === 101 || c === 114 || c === 115;
}
/** "(graded 9)": a grade said after "graded", apart from the slab's name. */
const GRADED_NUMBER = /(?<![a-z])graded\s*:?\s*(10|[1-9](?:\.5)?)(?![\d./])(?!\s*(?:by\s+me|\?))/;
/** "PSA/BGS": another grader named right after, either of them. */
const OTHER_GRADER_NEXT = /^\s*[/&]\s*(?:psa|bgs|sgc|cgc|beckett)(?![a-z])/;
/** "(9.5/10/…": a bracketed list of subgrades. */
const SUBGRADES_IN_BRACKETS_NEXT = /^\s*[([]\s*(?:10|[1-9](?:\.5)?)\s*\/\s*\d/;
/** ", 9, 10": another grade listed after a grade. */
const GRADE_LISTED_NEXT = /^,\s*(?:10|[1-9](?:\.5)?)(?![\d.])\s*(?:,|&|and|lot|$)/;
/** "Ready to be graded PSA", "get graded by PSA", "should be slabbed": a slab hoped for. */
const HOPED_SLAB_BEFORE = /(?:^|[^a-z])(?:be|being|get|getting|to|for|should|could|would|will|needs?)\s*$/;
/**
 * A population report's count just before a grader ("Pop 3 in PSA 10", "Pop Report: 25 PSA 10s", "only 5
 * higher (x5 PSA 10)"): how many such slabs exist, not this card's grade.
 */
const POP_BEFORE =
  /(?:pop(?:ulation)?\s*(?:report\s*)?[:#-]?\s*\d[\d,]*\s+(?:in|at|as)\s+|pop(?:ulation)?\s*report\s*[:#-]?\s*\d[\d,]*\s+|higher\s*[(:-]?\s*x?\s*\d+\s*)$/;
/** After a grade, "s" and what such slabs sell for ("PSA 10s sell for $900", "10s go for"). */
const PRICE_OF_SLABS_NEXT =
  /^s\s*(?:[-:,]\s*)?(?:sell|sells|selling|sold|go|going|goes|fetch|trade|are\s+worth|worth|for\s*\$|\$)/;
/** "Regraded PSA 8 to PSA 9", "Upgraded BGS 9 to 9.5": the grade before "to" is the one the card left. */
const REGRADED_BEFORE =
  /(?:^|[^a-z])(?:re\s*-?\s*graded|upgraded|bumped|re\s*-?\s*slabbed|crossed\s*over)\s*$/;
/** "BGS 9.5 crossover to PSA 9", "SGC 9 now PSA 10": the next slab named is the card's. */
const CROSSED_TO_NEXT =
  /^\s*[-(]?\s*(?:cross(?:ed)?\s*-?\s*over|regraded|upgraded|bumped|now)\s+(?:to|into|as)?\s*(?:an?\s+)?(?=(?:psa|bgs|sgc|cgc|beckett|tag|hga|csg)\s*\d)/;
/** A crossover still hoped for, after the slab it hopes for ("crossover to PSA 10?", "… attempt"). */
const CROSSOVER_HOPED =
  /^[^?]{0,14}\?|^\W*(?:\d+(?:\.5)?\s*)?(?:candidate|potential|attempt|try|hopeful)(?![a-z])/;
/**
 * The grade named at `start` is denied ("Raw, not PSA 10") or the slab the card left ("Cracked out of
 * PSA 8", "Ex-PSA 9", "Was BGS 9.5 now PSA 10", "Regraded from PSA 8 to PSA 9"): neither held nor hoped for.
 */
const deniedOrLeft = (s: string, start: number): boolean =>
  (negationMayEnd(s, start) && NEGATED_BEFORE.test(s.slice(Math.max(0, start - 8), start))) ||
  (formerMayEnd(s, start) && FORMER_BEFORE.test(s.slice(Math.max(0, start - 24), start)));

/**
 * The grade from `start` to `end` is of other slabs than this card's: how many a repack holds ("SGC - 1
 * Slab Per Box"), a population ("Pop 3 in PSA 10"), or the slab the card went on to ("BGS 9.5 crossover
 * to PSA 9").
 */
function otherSlabs(s: string, start: number, end: number, limit: number): boolean {
  if (SLAB_COUNT_NEXT.test(s.slice(end, end + 16))) return true;
  if (popMayEnd(s, start) && talksOfPopulation(s) && POP_BEFORE.test(s.slice(Math.max(0, start - 30), start)))
    return true;
  if (!crossedMayFollow(s, end)) return false;
  const crossed = CROSSED_TO_NEXT.exec(s.slice(end, limit));
  return crossed !== null && !CROSSOVER_HOPED.test(s.slice(end + crossed[0].length, limit));
}

/** Population talk is rare: whether a title has it is read once per title (`popTalkOf` is that title). */
let popTalkOf = '';
let popTalk = false;
function talksOfPopulation(s: string): boolean {
  if (s !== popTalkOf) {
    popTalkOf = s;
    popTalk = s.includes('pop') || s.includes('higher');
  }
  return popTalk;
}

/**
 * POP_BEFORE can match before `start`: past spaces the text ends in a digit, "(", ":", "-" or the last
 * letter of "in", "at", "as". Most graders follow a year, a name or a card word.
 */
function popMayEnd(s: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  if (i < 4) return false;
  const c = s.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 40 || c === 58 || c === 45 || c === 110 || c === 116 || c === 115;
}

/**
 * CROSSED_TO_NEXT can match after `end`: past spaces and one "-" or "(", a word starting with c, r, u,
 * b or n ("crossover", "regraded", "upgraded", "bumped", "now").
 */
function crossedMayFollow(s: string, end: number): boolean {
  let i = end;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) === 45 || s.charCodeAt(i) === 40) i++;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i);
  return c === 99 || c === 114 || c === 117 || c === 98 || c === 110;
}

/** Words before a grader that name the slab a card left ("cracked out of", "ex-", "was", "from"). */
const FORMER_BEFORE =
  /(?:^|[^a-z])(?:(?:cracked|crack|broken|removed|taken)\s+(?:out\s+of|from)|ex|was|formerly|previously|originally|from)\s*[-(:]?\s*(?:a\s+)?$/;

/**
 * FORMER_BEFORE can match before `start`: past spaces and one of "-", "(", ":", the text ends in the
 * last letter of one of its words ("of", "from", "ex", "was", "…ly", "a"). Most graders follow a
 * number, a year or a card word, and skip the regex.
 */
function formerMayEnd(s: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  if (i >= 0) {
    const c = s.charCodeAt(i);
    if (c === 45 || c === 40 || c === 58) i--;
  }
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  if (i < 1) return false;
  const c = s.charCodeAt(i);
  return c === 102 || c === 109 || c === 120 || c === 115 || c === 121 || c === 97; // f m x s y a
}
/**
 * NEGATED_BEFORE can match the 8 characters before `start` (a grader's name): past spaces they end in
 * "not", "non", "isnt" or an article. Most graders follow a name or a year, and skip the regex.
 */
function negationMayEnd(s: string, start: number): boolean {
  const from = Math.max(0, start - 8);
  let i = start - 1;
  while (i >= from && isSpace(s.charCodeAt(i))) i--;
  if (i < from) return false;
  const c = s.charCodeAt(i);
  if (c === 97) return true; // "a"
  // The letter before lies in the window whenever the regex matches.
  const b = i > from ? s.charCodeAt(i - 1) : -1;
  if (c === 116) return b === 111 || b === 110; // "not", "isnt"
  if (c === 110) return b === 111 || b === 97; // "non", "an"
  return false;
}

/**
 * A grade claim without a grader: "gem mint", "10 candidate", "potential 10", "9ish", "gem candidate",
 * "potential gem", "mint 10", "Mint 9 condition", "self graded 9.5", "graded 10 by me", "pristine raw", "raw mint 9",
 * "Black Label candidate", and a grade word with a question mark ("Gem?", "Gem Mint?", "PSA?", "10?"),
 * which asks for the grade rather than states it.
 */
const CLAIM_WITHOUT_GRADER =
  /(?<![a-z])self\s*-?\s*grad(?:ed|e)(?![a-z])|(?<![a-z])(?:looks?\s+gem|pristine\s+condition)(?![a-z])|(?<![a-z])(?:gem\s*)?mint\s*(?:9|10)\s+condition(?![a-z])|(?<![a-z])(?:gem\s*-?\s*(?:mint|mt)|gm\s*-?\s*mt|gem\s*10|mint\s*10|pristine\s*10|10\s*gem|(?:should|could|would|will)\s+(?:grade|gem)|resub(?:mit)?\s+for\s+(?:an?\s+)?(?:10|9\.5|gem)|grad(?:e|ing)\s+(?:ready|candidate)|slab\s+(?:ready(?!\s+(?:to|for)(?![a-z]))|candidate)|ready\s+(?:to|for)\s+(?:grad(?:e|ing)|slab|submit|submission))(?![a-z])|(?<![a-z])(?:gem\s*)?(?:mint|nm\s*-?\s*mt)\s*(?:9|10)\s*\+|(?<![a-z])(?:should|could|would|will|easy|future|potential|possible|likely)\s+(?:be\s+)?(?:an?\s+)?(?:gem\s+|psa\s+|bgs\s+)?(?:10|9\.5)(?![\d.])|(?<![\d.#/])(?:10|9\.5)\s*(?:\?|candidate|potential|worthy|ready(?!\s+(?:to|for)\s+(?:ship|go|mail|send|display)(?![a-z]))|quality)|(?<![\d.#/])(?:10|9\.5|9)\s*-?\s*ish(?![a-z])|(?<![a-z])(?:gem\s+(?:candidate|potential|worthy|quality)|(?:potential|possible|future|likely|easy)\s+gem)(?![a-z])|(?<![a-z])(?:gem(?:\s*-?\s*(?:mint|mt))?|pristine|psa|bgs|sgc|cgc)\s*\?|(?<![a-z])(?:black|blk)\s*-?\s*label\s*(?:\?|candidate|potential|worthy|ready)|(?<![a-z])(?:graded\s*(?:10|[1-9](?:\.5)?)\s*by\s*me|pristine\s+raw|raw\s+(?:gem\s+)?mint\s*(?:9|10))(?![a-z\d])/;
/** "PSA/DNA Certified Autograph": PSA/DNA vouches for a signature. */
const DNA_SIGNED =
  /^\s*[^a-z0-9]*(?:(?:certified|authentic|authenticated)\s*)?(?:auto|autos|autograph|autographed|signature|signed)(?![a-z])/;
/** A PSA/DNA certificate on paper or a sticker, not a slab. */
const DNA_ON_PAPER =
  /^\s*[^a-z0-9]*(?:(?:certified|certification|authenticated|authentic|autograph|auto)\s*[^a-z0-9]*)*(?:coa|loa|letter|sticker|hologram|pre\s*-?\s*certified|precertified)(?![a-z])/;
const DNA_DUAL_GRADE = /^\s*(\d{1,2}(?:\.5)?)\s*(?:auto(?:graph)?|au)\s*[-:]?\s*(\d{1,2}(?:\.5)?)(?![\d.])/;
const AUTO_AFTER_AUTH =
  /^\s*(?:(?:altered|auto(?:graph)?|au|grade|gem\s*mint|gem\s*mt|mint|dna|[/|-])\s*)*(\d{1,2}(?:\.5)?)(?![\d.])/;
/** Beckett's service and a number right after its name ("Beckett BGS 9.5"). */
const GRADER_AND_GRADE_NEXT = /^\s*(?:bgs|bvg)\s*\d/;
/**
 * "Gem Mint 10 PSA", "MINT9 PSA", "graded 9 by HGA"; not a card number's digits ("#US1 Beckett"): a letter
 * before the number is only the end of "mint", "mt" or "gem".
 */
const NUMBER_BEFORE =
  /(?<![a-ln-su-z\d.#/-])(\d{1,3}(?:\.5)?)\s*(?:gem\s*mint|gem\s*mt|mint|pristine)?\s*(?:by\s*)?[-:(]?\s*$/;

const GRADES_RUN_NEXT = /^\s+(10|[1-9](?:\.5)?)\s+(10|[1-9](?:\.5)?)(?![\d.]|\s*[\d.])/;
/** Two higher grades, each above the last, follow `end` ("PSA 8 9 10"; not subgrades "9.5 10 9.5 9"). */
function gradesRunAfter(s: string, end: number, grade: number): boolean {
  // The cheap look first: a digit after the spaces.
  let i = end;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  if (!isDigit(s.charCodeAt(i))) return false;
  const run = GRADES_RUN_NEXT.exec(s.slice(end, end + 12));
  if (run === null) return false;
  const a = Number(run[1]);
  return a > grade && Number(run[2]) > a;
}
/** "lot of", "lot", "set of" right before a number: a count ("Lot of 3 PSA graded"). */
const COUNT_OF_BEFORE = /(?:^|[^a-z])(?:lot|set)(?:\s+of)?\s*$/;
/**
 * NUMBER_BEFORE can match the 24 characters before `end`: their last one past spaces ends a number
 * (a digit), a grade word ("mint", "mt", "pristine"), "by", or a "-", ":" or "(" after them ("GEM MT
 * 10 (PSA)").
 */
function numberMayEnd(s: string, end: number): boolean {
  const from = Math.max(0, end - 24);
  let i = end - 1;
  while (i >= from && isSpace(s.charCodeAt(i))) i--;
  if (i < from) return false;
  const c = s.charCodeAt(i);
  return isDigit(c) || c === 116 || c === 101 || c === 121 || c === 45 || c === 58 || c === 40;
}

function validGrade(grader: string, n: number): number | null {
  if (grader === 'SGC' && n > 10) return SGC_100[n] ?? null;
  if (n < 1 || n > 10 || !Number.isInteger(n * 2)) return null;
  return n;
}

/**
 * "PSA 10 candidate" hopes; "PSA 9 should be a 10", "PSA 9 Mint (should be a 10 IMO)" and "BGS 9.5 crack
 * out candidate PSA 10?" are grades whose sellers hope for more. The hedge is looked for in the four
 * words after the grade, the grade it hopes for in the words after the hedge.
 */
function hopeAfter(s: string, end: number, grade: number): boolean {
  const after = wordsAfter(s, end, 4);
  const m = SPECULATIVE_WORD.exec(after);
  // "SGC 9.5 (96 equivalent)": the old label's number explained, no hope.
  if (m !== null && m[1]!.startsWith('equiv') && /\d\s*$/.test(after.slice(0, m.index))) return false;
  // "PSA 10 Registry Set Quality": fit for a registry set, said of the slab.
  if (m !== null && m[1] === 'quality' && /registry\s*(?:set\s*)?$/.test(after.slice(0, m.index)))
    return false;
  // "BGS 9 (PSA 10 quality)": the hedge is the other grade's.
  // "HGA 9.5 PSA 10 candidate", "PSA 8.5 (9 potential)": the hedge is another grade's, named before it.
  if (
    m === null ||
    SLAB_HOPES_BEFORE.test(after.slice(0, m.index)) ||
    OTHER_GRADE.test(after.slice(0, m.index)) ||
    (CROSSOVER_HEDGES.has(m[1]!) && GRADER_GRADE.test(after.slice(0, m.index))) ||
    hopedAbove(s, end, grade)
  )
    return false;
  return !HOPE_FOR_ANOTHER.test(wordsAfter(s, end, 8).slice(m.index + m[0].length));
}
const HASH_NEXT = /^\s*#/;

/** BRACKETED_HOPE follows the slab's grade, in brackets or hoping higher ("PSA 9 MINT 10 candidate", not "PSA 10 10 candidate"). */
function hopedAbove(s: string, end: number, grade: number): boolean {
  const hope = BRACKETED_HOPE.exec(s.slice(end, end + 40));
  return hope !== null && (/[([]/.test(hope[0]) || Number(hope[1]) > grade);
}

/**
 * Hedges that, after another grader's grade, hope for a crossover ("HGA 9.5 PSA 10 candidate"); "TAG 10
 * BGS 9.5 should grade" hopes for both.
 */
const CROSSOVER_HEDGES: ReadonlySet<string> = new Set([
  'candidate',
  'candidates',
  'potential',
  'comp',
  'comps',
]);
/** A grader's name and a grade. */
export const GRADER_GRADE = /(?:^|[^a-z])(?:psa|bgs|sgc|cgc|csg|tag|hga|beckett)\s*\d/;
/** "(9 potential)", "MINT (10 Worthy)", "MINT 10 candidate": the next grade hoped for, after the slab's (and its label). */
const BRACKETED_HOPE =
  /^\s*(?:(?:gem\s*)?(?:mint|mt)|nm\s*-?\s*mt|near\s+mint)?\s*(?:[([]\s*(?:[a-z]+,?\s+){0,2}|-\s*)?(\d{1,2}(?:\.5)?)\s*(?:potential|candidate|quality|upside|possible|worthy)(?![a-z])/;

/** Words of a slab hoping for another grade or grader: its own grade stands. */
const SLAB_HOPE = '(?:crossover|cross\\s*over|regrade|re\\s*-?\\s*grade|resub|upgrade|bump)';
/** "Regrade candidate! PSA 9". */
const SLAB_HOPES_THEN = new RegExp(`${SLAB_HOPE}\\W+(?:candidate|potential)`);
/** Another grader and grade in brackets, compared with the slab's ("BGS 9 (PSA 10 quality)"). */
const OTHER_GRADE = /[([]\s*(?:psa|bgs|sgc|cgc|tag)\s*\d/;
/** "SGC 10 Crossover Candidate", "PSA 9 REGRADE CANDIDATE". */
const SLAB_HOPES_BEFORE = new RegExp(`${SLAB_HOPE}\\W*$`);
/**
 * The grade hoped for after the hedge: a grade (1–10, halves; SGC's old 100 scale after its name),
 * not the year or card number that often follows ("BGS 9.5 potential 2019 Topps" hopes for the 9.5),
 * nor a ratio ("PSA 10 Candidate 10/10 Centering").
 */
const HOPE_FOR_ANOTHER =
  /^\s+(?:be\s+)?(?:an?\s+)?(?:(?:psa\s+|bgs\s+|gem\s+)?(?:10|[1-9](?:\.5)?)(?!\d|\.\d|[a-z]|\s*\/\s*10\s*cent)|sgc\s+(?:\d{1,3}|\d\.5)(?!\d|\.\d))/;

/**
 * The last `count + 1` pieces of the 40 characters before `index`, split at runs of spaces and joined
 * by one space (the first may be a word cut short). Found in place, without splitting:
 * only a run of several spaces (or another space character) takes the long way.
 */
function wordsBefore(s: string, index: number, count: number): string {
  const from = Math.max(0, index - 40);
  let at = index;
  let runs = 0;
  while (at > from) {
    const c = s.charCodeAt(at - 1);
    if (!isSpace(c)) {
      at--;
      continue;
    }
    if (c !== 32 || (at - 1 > from && isSpace(s.charCodeAt(at - 2)))) {
      return s
        .slice(from, index)
        .split(/\s+/)
        .slice(-count - 1)
        .join(' ');
    }
    if (++runs > count) break;
    at--;
  }
  return s.slice(at, index);
}

/** The first `count + 1` pieces of the 40 characters from `index`, as `wordsBefore` reads them. */
function wordsAfter(s: string, index: number, count: number): string {
  const to = Math.min(s.length, index + 40);
  let at = index;
  let runs = 0;
  while (at < to) {
    const c = s.charCodeAt(at);
    if (!isSpace(c)) {
      at++;
      continue;
    }
    if (c !== 32 || (at + 1 < to && isSpace(s.charCodeAt(at + 1)))) {
      return s
        .slice(index, to)
        .split(/\s+/)
        .slice(0, count + 1)
        .join(' ');
    }
    if (++runs > count) break;
    at++;
  }
  return s.slice(index, at);
}

/** "Laundry tag", "Nike tag 1/1", "tag patch": a piece of a jersey, not the TAG grading company. */
const TAG_AS_RELIC_BEFORE =
  /(?:laundry|nike|jersey|manufacturer|manufacturers|mfg|price|logo|name|swoosh|mlb)\s*$/;
const TAG_AS_RELIC_AFTER = /^\s*(?:patch|relic|team|\d+\s*\/)/;

/** What the word pass already knows about the title (bits); it lets most titles skip the grade reader. */
export const Hint = {
  Autograph: 1,
  /** A grader's name, alone or joined to a number ("psa10"). */
  Grader: 2,
  /** gem, mint, pristine, candidate, "should grade", a question mark, … */
  GradeTalk: 4,
  /** candidate, potential, ready, … */
  Speculative: 8,
  /** raw, ungraded, cracked out, … */
  OutOfSlab: 16,
  /** A sealed product or a break is sold: its "PSA graded hit" is a promise, no slab in hand. */
  Product: 32,
  /** A number spelled out ("ten", "nine"): a grade may be written so. */
  Spelled: 64,
} as const;

/**
 * Character ranges of the last reading that belong to grades (`spanCount` of them), so numbers in
 * them are not read as serials or years. Read before the next `readGrade` call.
 */
export const gradeSpans = { from: new Int32Array(8), to: new Int32Array(8) };

function addSpan(reading: GradeReading, from: number, to: number): void {
  const k = reading.spanCount++;
  if (k === gradeSpans.from.length) {
    const grownFrom = new Int32Array(k * 2);
    grownFrom.set(gradeSpans.from);
    gradeSpans.from = grownFrom;
    const grownTo = new Int32Array(k * 2);
    grownTo.set(gradeSpans.to);
    gradeSpans.to = grownTo;
  }
  gradeSpans.from[k] = from;
  gradeSpans.to[k] = to;
}

/** The reading of a title that says nothing about grading. */
export const NO_GRADE: Readonly<GradeReading> = {
  graded: false,
  grader: null,
  grade: null,
  gradeQualifier: null,
  blackLabel: false,
  subgrades: null,
  autoGrade: null,
  authenticated: false,
  speculativeGrade: false,
  otherSlab: 0,
  spanCount: 0,
};

/** What `readGrade` returns: one object, refilled by every call (the title reader copies it at once). */
const reading: GradeReading = { ...NO_GRADE };

/**
 * Index of the first character at or after `from` (before `limit`) past spaces, one optional
 * separator (character code `sepA`, `sepB` or `sepC`; -1 for none) and more spaces: a cheap look that
 * tells which of the anchored readers below can match at all. `limit` when the window ends first.
 */
function leadAt(s: string, from: number, limit: number, sepA: number, sepB: number, sepC: number): number {
  let i = from;
  while (i < limit && isSpace(s.charCodeAt(i))) i++;
  if (i < limit) {
    const c = s.charCodeAt(i);
    if (c === sepA || c === sepB || c === sepC) {
      i++;
      while (i < limit && isSpace(s.charCodeAt(i))) i++;
    }
  }
  return i;
}

/** `needle` occurs in `s` between `from` and `to`. */
function within(s: string, needle: string, from: number, to: number): boolean {
  const at = s.indexOf(needle, from);
  return at >= 0 && at + needle.length <= to;
}

/** SECOND can start at `i`: "/", "-", "&", or the first two letters of "or", "to", "and". */
function secondMayStart(s: string, i: number, limit: number): boolean {
  const a = s.charCodeAt(i);
  if (a === 47 || a === 45 || a === 38) return true;
  const b = i + 1 < limit ? s.charCodeAt(i + 1) : -1;
  return (a === 111 && b === 114) || (a === 116 && b === 111) || (a === 97 && b === 110);
}

/** QUALIFIER can match at `i`: its code starts oc/of/off, mk/mc, st or pd. */
function qualifierMayStart(s: string, i: number, limit: number): boolean {
  if (i + 1 >= limit) return false;
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  if (a === 111) return b === 99 || b === 102; // oc, of, off
  if (a === 109) return b === 107 || b === 99; // mk, mc
  if (a === 115) return b === 116; // st
  return a === 112 && b === 100; // pd
}

/**
 * NUMBER can match at `from`: past spaces, one of its separators ("-", ":", "#", "(") and spaces, comes
 * a digit, "-", "+", "/" or the first letter of one of its grade words (gem, gold label, graded, grade,
 * grading, gm, mint, mt, nm, ex, vg, pristine, pr, card, certified, black label, bl, slab, slabbed).
 */
function numberMayStart(s: string, from: number, limit: number): boolean {
  let i = from;
  while (i < limit && isGap(s.charCodeAt(i))) i++;
  if (i >= limit) return false;
  let c = s.charCodeAt(i);
  if (c === 45 || c === 58 || c === 35 || c === 40) {
    i++;
    while (i < limit && isSpace(s.charCodeAt(i))) i++;
    if (i >= limit) return false;
    c = s.charCodeAt(i);
  }
  if (isDigit(c)) return true;
  switch (c) {
    case 45: // -
    case 43: // +
    case 47: // /
    case 103: // g
    case 109: // m
    case 110: // n
    case 101: // e
    case 118: // v
    case 112: // p
    case 99: // c
    case 98: // b
    case 115: // s
    case 102: // f
      return true;
    default:
      return false;
  }
}

/**
 * A space, or a piece of an emoji or symbol, which sellers put between grader and grade as often
 * as a space ("PSA 🔥10🔥", "PSA ✨ 10").
 */
const isGap = (c: number): boolean =>
  isSpace(c) || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2600 && c <= 0x27bf) || c === 0xfe0f || c === 0x200d;

/** After a bare "ST" right after a grade (from `at`): nothing, or a word that names no place. */
function stainAfterGrade(s: string, at: number): boolean {
  if (s.charCodeAt(at) === 46) return false;
  const rest = s.slice(at, at + 12).trimStart();
  return rest === '' || !/^(?:louis|paul|pete|petersburg|john|johns|lucie|cloud)(?![a-z])/.test(rest);
}

/** Set by `numberAt`: the value NUMBER read and the grade words before it. */
let numberValue = 0;
let numberDescriptors = '';

/**
 * NUMBER at `from` in `s` read up to `limit`: the index where its match ends, or -1. The common
 * shape, spaces then digits, is read by hand: there NUMBER takes a run of at most three digits and
 * one decimal unless another digit follows it ("9.55" reads 9), and nothing when the run is longer.
 */
function numberAt(s: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isGap(s.charCodeAt(i))) i++;
  if (i < limit && isDigit(s.charCodeAt(i))) {
    let value = 0;
    let j = i;
    while (j < limit && isDigit(s.charCodeAt(j))) value = value * 10 + s.charCodeAt(j++) - 48;
    if (j - i > 3) return -1;
    numberDescriptors = '';
    // "9.5", and "9,5" as European sellers write it (",5" then no digit: not "9, 10").
    const point = s.charCodeAt(j);
    if (j + 1 < limit && (point === 46 || (point === 44 && s.charCodeAt(j + 1) === 53))) {
      const d = s.charCodeAt(j + 1);
      if (isDigit(d) && !(j + 2 < limit && isDigit(s.charCodeAt(j + 2)))) {
        // As Number("9.5") reads it: the decimal's integer over ten, correctly rounded.
        numberValue = (value * 10 + d - 48) / 10;
        return j + 2;
      }
    }
    numberValue = value;
    return j;
  }
  // NUMBER needs a digit or a grade word's first letter there, past one separator ("PSA Vikings" has none).
  if (!numberMayStart(s, from, limit)) return -1;
  const m = NUMBER.exec(s.slice(from, limit));
  if (!m) return -1;
  numberDescriptors = m[1]!;
  numberValue = Number(m[2]);
  return from + m[0].length;
}

/**
 * The grader name that starts at `p` (a word's first letter) and is not followed by a letter, as
 * GRADER_RE spells it; '' when none. The first two letters tell the twenty apart (three for the a's).
 */
export function nameAt(s: string, p: number): string {
  let name: string;
  switch (s.charCodeAt(p)) {
    case 112:
      name = 'psa';
      break;
    case 98: {
      const c = s.charCodeAt(p + 1);
      name = c === 103 ? 'bgs' : c === 101 ? 'beckett' : c === 118 ? 'bvg' : c === 99 ? 'bccg' : '';
      break;
    }
    case 115:
      name = 'sgc';
      break;
    case 99:
      name = s.charCodeAt(p + 1) === 103 ? 'cgc' : 'csg';
      break;
    case 104:
      name = 'hga';
      break;
    case 116:
      name = 'tag';
      break;
    case 103:
      name = s.charCodeAt(p + 1) === 97 ? 'gai' : 'gma';
      break;
    case 105:
      name = 'isa';
      break;
    case 107:
      name = 'ksa';
      break;
    case 109:
      name = 'mnt';
      break;
    case 114:
      name = 'rare edition';
      break;
    case 97: {
      const c = s.charCodeAt(p + 1);
      name = c === 103 ? 'ags' : c === 99 ? 'ace' : s.charCodeAt(p + 2) === 107 ? 'ark' : 'arena club';
      break;
    }
    default:
      return '';
  }
  for (let j = 1; j < name.length; j++) if (s.charCodeAt(p + j) !== name.charCodeAt(j)) return '';
  const next = s.charCodeAt(p + name.length);
  return next >= 97 && next <= 122 ? '' : name;
}

/**
 * The words of the title being read that start with a grader's name (`nameAt`), as word indexes in
 * order: the word pass notes them, so the grade reader goes straight to them. The title reader clears
 * them at the start of every title.
 */
export const graderWords = { count: 0, at: new Int32Array(8) };

export function addGraderWord(k: number): void {
  if (graderWords.count === graderWords.at.length) {
    const grown = new Int32Array(graderWords.count * 2);
    grown.set(graderWords.at);
    graderWords.at = grown;
  }
  graderWords.at[graderWords.count++] = k;
}

/** The grader name `nextGrader` found last. */
let graderName = '';
/** The next of `graderWords` `nextGrader` looks at. */
let nextWord = 0;

/**
 * Where the next grader's name starts at or after `from` (-1 when none), as GRADER_RE finds it when
 * not preceded by a letter or digit. With `byWords` the noted `graderWords` are looked at instead
 * (their positions in `s`): such a name can only start a word.
 */
function nextGrader(s: string, from: number, byWords: boolean): number {
  if (byWords) {
    while (nextWord < graderWords.count) {
      const p = tokens.start[graderWords.at[nextWord++]!]!;
      if (p < from) continue;
      graderName = nameAt(s, p);
      return p;
    }
    return -1;
  }
  GRADER_RE.lastIndex = from;
  for (let m = GRADER_RE.exec(s); m; m = GRADER_RE.exec(s)) {
    const start = m.index;
    if (start > 0 && isWordChar(s.charCodeAt(start - 1))) continue;
    graderName = m[1]!;
    return start;
  }
  return -1;
}

/**
 * Reads the grading of normalised title `s` (`Hint` bits say what the word pass saw, `marks` which
 * characters the title has: no "?", "/" or "," means no look for one). The autograph
 * hint decides "PSA 9/10": a card and an autograph grade on an autograph, "9 or 10" otherwise.
 * `byWords`: `tokens` hold the words of `s` itself and `graderWords` the ones that start with a
 * grader's name, so only those are looked at.
 *
 * Every grader mention is read in a window of 90 characters after its name. A mention is a grade
 * ("PSA 9"), a hope ("PSA 10?", "PSA 9 or 10"), an Authentic slab or a DNA certificate; the first
 * grade is the card's, unless the card says it is out of its slab.
 */
export function readGrade(title: string, hints: number, marks: number, byWords: boolean): GradeReading {
  const out = reading;
  out.spanCount = 0;
  if ((hints & (Hint.Grader | Hint.GradeTalk)) === 0) return NO_GRADE;
  const spelled =
    (hints & (Hint.Grader | Hint.Spelled)) === (Hint.Grader | Hint.Spelled)
      ? withSpelledGrades(title)
      : title;
  // "BGS 9 1/2": a half grade written as a fraction (as long as "9.5  ", so no position moves).
  const s =
    (hints & Hint.Grader) !== 0 && spelled.includes(' 1/2')
      ? spelled.replace(HALF_WRITTEN, '$1.5  ')
      : spelled;
  // The fraction is the grade's: none of its numbers is a print run.
  if (s !== spelled)
    for (const half of spelled.matchAll(HALF_WRITTEN)) addSpan(out, half.index, half.index + half[0].length);
  const hasAutograph = (hints & Hint.Autograph) !== 0;
  const hintsSpeculative = (hints & Hint.Speculative) !== 0;
  const hasQuestion = (marks & Mark.Question) !== 0;
  // What the mentions add up to: the first grade, the first autograph grade, any slab, any hope.
  let graded = false;
  let gradedBy = '';
  let gradeValue: number | null = 0;
  let gradeQualifier: string | null = null;
  let gradeSubgrades: number[] | null = null;
  /** The grade's own words say Black Label in short ("BGS 10 BL", "BGS BL 10"). */
  let gradeSaysBl = false;
  let otherSlab = 0;
  let firstAutoGrade: number | null = null;
  let anyAuthentic = false;
  let anyHopeOrGrade = false;

  nextWord = 0;
  let from = 0;
  for (let start = nextGrader(s, 0, byWords); start >= 0; start = nextGrader(s, from, byWords)) {
    const word = graderName;
    // "Beckett Vintage 5": Beckett's vintage service, BVG, with its name in full.
    const vintage = word === 'beckett' ? VINTAGE_AFTER.exec(s.slice(start + 7, start + 16)) : null;
    const grader = vintage ? 'BVG' : graderOf(word);
    const nameEnd = start + word.length + (vintage ? vintage[0].length : 0);
    const limit = Math.min(s.length, nameEnd + 90);
    let end = nameEnd;
    from = nameEnd;
    // "Josh Beckett #10": the pitcher and his card number (Beckett's grades are never written with "#").
    if (word === 'beckett' && HASH_NEXT.test(s.slice(end, end + 4))) continue;
    if (
      word === 'tag' &&
      (TAG_AS_RELIC_BEFORE.test(s.slice(Math.max(0, start - 16), start)) ||
        TAG_AS_RELIC_AFTER.test(s.slice(end, limit)))
    ) {
      continue;
    }

    // DNA and AUTHENTIC need a "d" or an "a" after the grader (past spaces and one separator).
    const leadIndex = leadAt(s, end, limit, 47, 58, 45); // / : -
    const lead = leadIndex < limit ? s.charCodeAt(leadIndex) : -1;
    const dna = word === 'psa' && lead === 100 ? DNA.exec(s.slice(end, limit)) : null;
    // ("Ace Authentic" is a maker of tennis cards, not the ACE grader's Authentic slab.)
    const auth = dna || lead !== 97 || grader === 'ACE' ? null : AUTHENTIC.exec(s.slice(end, limit));
    // "Beckett authenticated" is a certificate for the autograph (BAS), not a slab.
    const certificateOnly = auth !== null && word === 'beckett' && auth[0].includes('authenticated');
    if (dna || (auth && !certificateOnly)) {
      end += (dna ?? auth)![0].length;
      // PSA/DNA encapsulates the signed cards it certifies ("PSA/DNA Certified Autograph" is the slab's
      // label): an Authentic slab, unless the title speaks of a paper certificate or a sticker.
      const slabbed =
        !dna ||
        ((hasAutograph || DNA_SIGNED.test(s.slice(end, Math.min(limit, end + 30)))) &&
          !DNA_ON_PAPER.test(s.slice(end, Math.min(limit, end + 30))));
      // "PSA/DNA 9 Auto 10": a dual-graded slab, the card's grade and then the signature's.
      const dual = dna ? DNA_DUAL_GRADE.exec(s.slice(end, limit)) : null;
      const cardGrade = dual ? validGrade('PSA', Number(dual[1])) : null;
      if (dual && cardGrade !== null) {
        end += dual[0].length;
        addSpan(out, start, end);
        anyHopeOrGrade = true;
        if (!graded) {
          graded = true;
          gradedBy = 'PSA';
          gradeValue = cardGrade;
          gradeQualifier = null;
          gradeSubgrades = null;
        }
        if (firstAutoGrade === null) firstAutoGrade = validGrade('PSA', Number(dual[2]));
        from = end;
        continue;
      }
      const autoNumber = AUTO_AFTER_AUTH.exec(s.slice(end, limit));
      const autoGrade = autoNumber ? validGrade('PSA', Number(autoNumber[1])) : null;
      if (autoNumber) end += autoNumber[0].length;
      addSpan(out, start, end);
      if (slabbed) anyAuthentic = true;
      if (firstAutoGrade === null) firstAutoGrade = autoGrade;
      from = end;
      continue;
    }

    // "Gem Mint 9.5 BGS (9.5/10/9.5/9.5)": the subgrades in brackets after the name, the grade before it.
    let numberEnd = SUBGRADES_IN_BRACKETS_NEXT.test(s.slice(end, end + 12)) ? -1 : numberAt(s, end, limit);
    let grade = numberEnd >= 0 ? validGrade(grader, numberValue) : null;
    // "SGC 10 POOR 1": the old 100-point label's 10, Poor, then its grade on the 10-point scale.
    if (grade === 10 && grader === 'SGC') {
      const poor = SGC_OLD_POOR.exec(s.slice(numberEnd, limit));
      if (poor) {
        grade = 1;
        numberEnd += poor[0].length;
      }
    }
    if (grade !== null) {
      const descriptors = numberDescriptors;
      const printed = numberValue;
      end = numberEnd;
      // "PSA 10s sell for $900+": what slabs of that grade fetch, hoped for, no grade of this card's.
      const notHeld = deniedOrLeft(s, start);
      const priceOfSlabs =
        !notHeld && s.charCodeAt(end) === 115 && PRICE_OF_SLABS_NEXT.test(s.slice(end, end + 24));
      if (priceOfSlabs) anyHopeOrGrade = true;
      if (notHeld || priceOfSlabs || otherSlabs(s, start, end, limit)) {
        const spanEnd = priceOfSlabs ? end + 1 : end;
        addSpan(out, start, spanEnd);
        from = spanEnd;
        continue;
      }
      let speculative = hasQuestion && within(s, '?', end, limit) && QUESTION.test(s.slice(end, limit));
      let autoGrade: number | null = null;
      let qualifier: string | null = null;
      let subgrades: number[] | null = null;

      const headEnd = Math.min(limit, end + 60);
      const sub =
        (marks & Mark.Slash && within(s, '/', end, headEnd)) ||
        (marks & Mark.Comma && within(s, ',', end, headEnd))
          ? SUBGRADES.exec(s.slice(end, headEnd))
          : null;
      if (sub && sub.index <= 25) {
        const values = sub.slice(1, 5).map(Number);
        if (values.every((v) => v >= 1 && v <= 10)) {
          subgrades = values;
          addSpan(out, end + sub.index, end + sub.index + sub[0].length);
        }
      }
      let hopedNext = false;
      // A print run left after the grade ("PSA 10 /50 Auto 10"): the autograph's grade is read past it.
      let printRun = 0;
      let printRunAt = -1;
      const secondLead = subgrades ? limit : leadAt(s, end, limit, -1, -1, -1);
      const second =
        secondLead < limit && secondMayStart(s, secondLead, limit) ? SECOND.exec(s.slice(end, limit)) : null;
      if (second) {
        const [text, written, otherGrader, value, question] = second;
        // "regraded BGS 9 -> PSA 10": an arrow is "to".
        const connector = written === '->' ? 'to' : written;
        const other = Number(value);
        const step = other - grade;
        // "BGS 9.5 - 10 candidate on resub": a slab hoping for the next grade, not a range.
        // (Written apart: "PSA 9-10 candidate" hopes for either.)
        hopedNext =
          connector === '-' &&
          /\s-\s/.test(text) &&
          !question &&
          HOPE_NEXT.test(s.slice(end + text.length, limit));
        let read = true;
        const oldScale = grader === 'SGC' && printed > 10;
        // "Regraded PSA 8 to PSA 9", "Upgraded BGS 9 to 9.5": the grade after "to" is the card's now.
        const regraded =
          connector === 'to' && !question && REGRADED_BEFORE.test(s.slice(Math.max(0, start - 16), start));
        if (regraded && otherGrader !== undefined) {
          addSpan(out, start, end);
          from = end;
          continue;
        }
        if (regraded) {
          const now = validGrade(grader, other);
          if (now !== null) grade = now;
        }
        // "BGS 9.5 / PSA 10 crossover candidate": another grader's grade is no range of this one's.
        // ("PSA 9 or BGS 9.5?" still hopes for either.)
        else if (otherGrader !== undefined && graderOf(otherGrader) !== grader) {
          read = false;
          if (question || connector === 'or') speculative = true;
        } else if (question || connector === 'or' || connector === 'to') speculative = true;
        else if (hopedNext) speculative = false;
        // "SGC 84 / 7": the old label's two scales, one grade.
        else if (oldScale && connector === '/' && other === grade) read = true;
        else if (connector === '/' && hasAutograph && other >= 1 && other <= 10) autoGrade = other;
        else if ((connector === '/' || connector === '-') && (step === 0.5 || step === 1))
          speculative = !hopedNext;
        // "PSA 10 /50", "PSA 9 /5": a print run after the grade, no second grade; left to the serial reader.
        else if (connector === '/') read = false;
        if (read && (connector === '&' || connector === 'and') && other !== grade && !speculative)
          otherSlab = 1;
        // "Lot (4) … PSA 4-6": a lot's slabs span grades, no one grade.
        if (read && connector === '-' && step > 1 && !speculative) otherSlab = 1;
        if (read) end += text.length;
        else {
          printRun = text.length;
          printRunAt = end;
        }
      }
      let q = qualifierMayStart(s, leadAt(s, end, limit, 40, 91, -1), limit) // ( [
        ? QUALIFIER.exec(s.slice(end, limit))
        : null;
      // "PSA 9 MINT OC", "PSA 8 NM-MT (OC)": the label's words, then the qualifier (never on a 10).
      const label = q === null && grade !== 10 ? LABEL_WORDS.exec(s.slice(end, limit)) : null;
      if (label !== null) {
        q = QUALIFIER.exec(s.slice(end + label[0].length, limit));
        if (q !== null && q[2] !== 'st' && q[2] !== 'of') end += label[0].length;
        else q = null;
      }
      if (q) {
        const code = q[2]!.startsWith('off') ? 'oc' : q[2]!;
        // "(ST)", "(OF)" only in brackets, but "PSA 9 ST" apart from the grade ("PSA 1st" is an
        // ordinal), at the end or before a word that is not a saint's ("St. Louis"), is the stain one.
        const needsParens =
          code === 'of' ||
          (code === 'st' && (!isSpace(s.charCodeAt(end)) || !stainAfterGrade(s, end + q[0].length)));
        if (!needsParens || q[1]) {
          qualifier = code.toUpperCase();
          end += q[0].length;
        }
      }
      if (
        grade === 10 &&
        (descriptors.includes('pristine') ||
          (within(s, 'pristine', end, limit) && PRISTINE.test(s.slice(end, limit))) ||
          printed === 100)
      ) {
        qualifier = 'pristine';
      }
      // SGC slabs its Pristine 10s in a gold label: "SGC 10 Gold Label" is the Pristine tier.
      if (grade === 10 && grader === 'SGC' && qualifier === null && SGC_GOLD_LABEL.test(s))
        qualifier = 'pristine';
      // "SGC 84 (7)", "SGC 7 (84)": the grade on both of SGC's scales, the second in brackets.
      if (grader === 'SGC' && s.charCodeAt(leadAt(s, end, limit, -1, -1, -1)) === 40) {
        const other = SGC_OTHER_SCALE_NEXT.exec(s.slice(end, limit));
        if (
          other &&
          Number(other[1]) > 10 !== printed > 10 &&
          validGrade('SGC', Number(other[1])) === grade
        ) {
          addSpan(out, end, end + other[0].length);
          end += other[0].length;
        }
      }
      // CGC's "Perfect 10" stands above its Pristine 10.
      if (grade === 10 && descriptors.includes('perfect')) qualifier = 'perfect';
      // TAG prints a 1000-point score beside the grade ("TAG 9 (925)", "TAG 10 Pristine 1000"): part of
      // the grade, never a count or a card number.
      if (grader === 'TAG') {
        const score = TAG_SCORE.exec(s.slice(end, limit));
        if (score && Number(score[1]) >= 100 && Number(score[1]) <= 1000) {
          addSpan(out, end, end + score[0].length);
          end += score[0].length;
        }
      }
      if (autoGrade === null && hasAutograph) {
        const from = end === printRunAt ? end + printRun : end;
        const head = s.slice(from, Math.min(limit, from + 40));
        const auto = AUTO_GRADE.exec(head) ?? AUTO_GRADE_BEFORE.exec(head);
        if (auto) {
          autoGrade = validGrade('PSA', Number(auto[1]));
          addSpan(out, from, from + auto[0].length);
        }
      }
      // "SGC 10 material": the grade a seller hopes the card is made of; "PSA 10 Chase": a break's prize.
      if (!speculative && MATERIAL_NEXT.test(s.slice(end, end + 12))) speculative = true;
      // "… Hobby Box - chase a PSA 10": the slab a buyer may pull; "grades PSA 10 easy": a seller's guess.
      if (
        !speculative &&
        hopedMayEnd(s, start) &&
        HOPED_BEFORE_GRADER.test(s.slice(Math.max(0, start - 12), start))
      )
        speculative = true;
      if (!speculative && hintsSpeculative && !hopedNext) {
        const before = wordsBefore(s, start, 3);
        speculative =
          (SPECULATIVE_WORD.test(before) && !SLAB_HOPES_THEN.test(before)) ||
          LOOKS_BEFORE.test(before) ||
          LOOK_AT_BEFORE.test(s.slice(Math.max(0, start - 40), start)) ||
          hopeAfter(s, end, grade);
      }
      addSpan(out, start, end);
      anyHopeOrGrade = true;
      if (!speculative && graded && (grader !== gradedBy || grade !== gradeValue))
        otherSlab = Math.max(otherSlab, grader === gradedBy ? 1 : 2);
      // "PSA 8, 9, 10 Lot of 3": more of the grader's grades listed after this one (a lot's slabs).
      if (!speculative && s.charCodeAt(end) === 44 && GRADE_LISTED_NEXT.test(s.slice(end, end + 8)))
        otherSlab = Math.max(otherSlab, 1);
      // "PSA 8 9 10 mixed": a run of higher grades after it, no commas.
      if (!speculative && isSpace(s.charCodeAt(end)) && gradesRunAfter(s, end, grade))
        otherSlab = Math.max(otherSlab, 1);
      if (!speculative && !graded) {
        graded = true;
        gradedBy = grader;
        gradeValue = grade;
        gradeQualifier = qualifier;
        gradeSubgrades = subgrades;
        gradeSaysBl =
          grade === 10 &&
          (grader === 'BGS' || grader === 'BVG') &&
          (/(?:^|[^a-z])bl(?![a-z])/.test(descriptors) || BL_AFTER.test(s.slice(end, limit)));
      }
      if (firstAutoGrade === null) firstAutoGrade = autoGrade;
      from = end;
      continue;
    }

    // Number before the grader: "Gem Mint 10 PSA", "9.5 BGS" (not "RC 1 Beckett BGS 9.5": the grade
    // follows the second name).
    // ("1 PSA/BGS slab per pack": a count of slabs of either grader.)
    const before =
      numberMayEnd(s, start) &&
      !OTHER_GRADER_NEXT.test(s.slice(end, end + 8)) &&
      !(s.startsWith('beckett', start) && GRADER_AND_GRADE_NEXT.test(s.slice(end, end + 12)))
        ? NUMBER_BEFORE.exec(s.slice(Math.max(0, start - 24), start))
        : null;
    const reversed = before ? validGrade(grader, Number(before[1])) : null;
    // ("Lot of 3 PSA graded …": how many slabs, no grade.)
    if (
      before &&
      reversed !== null &&
      !COUNT_OF_BEFORE.test(s.slice(Math.max(0, start - before[0].length - 8), start - before[0].length))
    ) {
      const numberStart = start - before[0].length;
      const speculative =
        (hasQuestion && within(s, '?', end, limit) && QUESTION.test(s.slice(end, limit))) ||
        (hintsSpeculative &&
          SPECULATIVE_WORD.test(`${wordsBefore(s, numberStart, 3)} ${wordsAfter(s, end, 3)}`));
      addSpan(out, numberStart, end);
      anyHopeOrGrade = true;
      if (!speculative && !graded) {
        graded = true;
        gradedBy = grader;
        gradeValue = reversed;
        gradeQualifier = null;
        gradeSubgrades = null;
      }
      continue;
    }

    // A grader without a grade hopes ("PSA ready") or says too little ("PSA graded hit") to be a grade.
    if (hintsSpeculative && SPECULATIVE_WORD.test(`${wordsBefore(s, start, 2)} ${wordsAfter(s, end, 2)}`)) {
      anyHopeOrGrade = true;
    }
  }

  // "Graded by PSA, Grade 9", "| Grade: 10 | Grader: PSA |": a listing tool's fields, grader and grade apart.
  if (!graded && !anyHopeOrGrade && (hints & Hint.Grader) !== 0 && s.includes('grade')) {
    const by = GRADER_FIELD.exec(s);
    const field = by ? GRADE_FIELD.exec(s) : null;
    if (by && field) {
      const fieldGrader = graderOf(by[1]!);
      const value = validGrade(fieldGrader, Number(field[1]));
      if (value !== null) {
        graded = true;
        gradedBy = fieldGrader;
        gradeValue = value;
        addSpan(out, field.index, field.index + field[0].length);
      }
    }
  }

  // "Mint 9 … PSA", "Eight NM-MT PSA", "NM 7 … graded by SGC", "Gem Mint 10 from PSA", "PSA Grade: 5
  // (EX)": one grader named, and its label's grade said once apart from the name, nothing hoped.
  if (
    !graded &&
    !anyHopeOrGrade &&
    !anyAuthentic &&
    (hints & Hint.Grader) !== 0 &&
    (hints & (Hint.Speculative | Hint.OutOfSlab | Hint.Product)) === 0 &&
    !hasQuestion
  ) {
    nextWord = 0;
    const at = nextGrader(s, 0, byWords);
    const name = at >= 0 ? graderOf(graderName) : '';
    if (at >= 0 && nextGrader(s, at + graderName.length, byWords) < 0) {
      LABEL_GRADE_APART.lastIndex = 0;
      const said = LABEL_GRADE_APART.exec(s);
      const value =
        said !== null && LABEL_GRADE_APART.exec(s) === null
          ? validGrade(name, Number(said[1] ?? said[2]))
          : null;
      if (said !== null && value !== null) {
        graded = true;
        gradedBy = name;
        gradeValue = value;
        addSpan(out, said.index, said.index + said[0].length);
      }
    }
  }

  // "Graded Slabbed CGC", "Encased PSA", "PSA Graded … see photos for grade": in a slab, its grade unsaid.
  if (!graded && !anyHopeOrGrade && !anyAuthentic && (hints & Hint.Product) === 0) {
    const slab = SLABBED_BY.exec(s);
    if (
      slab &&
      !NEGATED_BEFORE.test(s.slice(Math.max(0, slab.index - 8), slab.index)) &&
      !HOPED_SLAB_BEFORE.test(s.slice(Math.max(0, slab.index - 12), slab.index))
    ) {
      graded = true;
      gradedBy = graderOf(slab[1] ?? slab[2] ?? slab[3] ?? slab[4]!);
      // "Slab Lot PSA BGS SGC": slabs of several graders (names as whole words: not the "ace" of "replace").
      for (let at = nextGrader(s, 0, false); at >= 0; at = nextGrader(s, at + graderName.length, false))
        if (graderOf(graderName) !== gradedBy) otherSlab = 2;
      // "in PSA slab (graded 9)": the grade said apart from the slab.
      const said = GRADED_NUMBER.exec(s);
      gradeValue = said ? validGrade(gradedBy, Number(said[1])) : null;
      gradeQualifier = null;
      gradeSubgrades = null;
    }
  }

  const outOfSlab = (hints & Hint.OutOfSlab) !== 0;
  if (graded && !outOfSlab) {
    const blackLabel =
      (gradedBy === 'BGS' || gradedBy === 'BVG') &&
      (gradeSaysBl || BLACK_LABEL.test(s) || (gradeValue === 10 && allTens(gradeSubgrades, s)));
    out.graded = true;
    out.grader = gradedBy;
    out.grade = gradeValue;
    out.gradeQualifier = blackLabel ? null : gradeQualifier;
    out.blackLabel = blackLabel;
    out.subgrades = gradeSubgrades;
    out.autoGrade = firstAutoGrade;
    out.authenticated = false;
    out.speculativeGrade = false;
    out.otherSlab = otherSlab;
    return out;
  }
  const authenticated = !outOfSlab && anyAuthentic;
  out.graded = false;
  out.grader = null;
  out.grade = null;
  out.gradeQualifier = null;
  out.blackLabel = false;
  out.subgrades = null;
  out.autoGrade = firstAutoGrade;
  out.authenticated = authenticated;
  out.otherSlab = 0;
  out.speculativeGrade =
    !authenticated && (anyHopeOrGrade || ((hints & Hint.GradeTalk) !== 0 && CLAIM_WITHOUT_GRADER.test(s)));
  return out;
}
