/**
 * Reads grading from a normalised title: grader, grade, qualifier, Black Label, subgrades, the
 * autograph grade, "Authentic" slabs, and whether the grade is only hoped for ("PSA 10?",
 * "PSA 9 or 10", "10 candidate", "gem mint" on a raw card). A speculative grade is not a grade.
 */

import { isSpace } from './normalize.ts';

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
  /** Character ranges that belong to grades, so numbers in them are not read as serials or years. */
  spans: Array<[number, number]>;
}

const GRADERS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    psa: 'PSA',
    bgs: 'BGS',
    beckett: 'BGS',
    bvg: 'BVG',
    bccg: 'BCCG',
    sgc: 'SGC',
    cgc: 'CGC',
    csg: 'CSG',
    hga: 'HGA',
    tag: 'TAG',
    gma: 'GMA',
    isa: 'ISA',
    ksa: 'KSA',
    ags: 'AGS',
  }),
);

/**
 * `GRADERS.get(word)` for a word GRADER_RE matched: its first two letters tell the fourteen apart, so
 * the word need not be hashed.
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
    case 103: // g
      return 'GMA';
    case 105: // i
      return 'ISA';
    case 107: // k
      return 'KSA';
    default:
      return GRADERS.get(word)!;
  }
}

/**
 * A grader's name not followed by a letter. It must also not follow a letter or digit: readGrade
 * checks that character itself, which is cheaper than a lookbehind at every position (no match can
 * start inside a rejected one, all letters).
 */
const GRADER_RE = /(psa|bgs|beckett|bvg|bccg|sgc|cgc|csg|hga|tag|gma|isa|ksa|ags)(?![a-z])/g;

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
  /^\s*[-:#(]?\s*((?:(?:gem|mint|mt|gm|nm|ex|vg|pristine|pr|graded|grade|card|black\s*label|gold\s*label|slab|slabbed|[-+/])\s*)*)(\d{1,3}(?:\.\d)?)(?![\d])/;
const AUTO_GRADE =
  /^\s*[^a-z0-9]*(?:(?:gem|mint|mt|pristine|psa|bgs|sgc|dna|w)\s*[^a-z0-9]*)*(?:auto(?:graph)?|au|sig(?:nature)?)\s*(?:grade\s*)?[-:]?\s*(\d{1,2}(?:\.5)?)(?![\d.])/;
/** "Gem Mint 10 Auto": the autograph's grade written before the word. */
const AUTO_GRADE_BEFORE =
  /^\s*[^a-z0-9]*(?:(?:gem|mint|mt|pristine)\s*)*(\d{1,2}(?:\.5)?)\s*(?:auto(?:graph)?|au)(?![a-z])/;
const QUESTION = /^\s*[)\]]?\s*\?/;
const SECOND = /^\s*(or|\/|-|to|&|and)\s*(?:psa|bgs|sgc|cgc)?\s*(\d{1,2}(?:\.5)?)(?![\d.])(\s*[)\]]?\s*\?)?/;
/** Cheap look at the first character before trying SECOND. */
const SECOND_START = /^\s*[/\-o&at]/;
const QUALIFIER = /^\s*([([]?)\s*(oc|mk|st|pd|of|mc|off[\s-]*cent(?:er|re)d?)\s*[)\]]?(?![a-z])/;
/** First letters QUALIFIER can start with (after spaces and one bracket). */
const QUALIFIER_LEAD = ['o', 'm', 's', 'p'];
const PRISTINE = /^\s*[([]?\s*(?:gem\s*mint\s*)?pristine/;
const SUBGRADES =
  /(\d{1,2}(?:\.5)?)\s*[/,|x]\s*(\d{1,2}(?:\.5)?)\s*[/,|x]\s*(\d{1,2}(?:\.5)?)\s*[/,|x]\s*(\d{1,2}(?:\.5)?)(?![\d.])/;
const SPECULATIVE_WORD =
  /(?<![a-z])(candidate|candidates|potential|possible|possibly|worthy|ready|quality|comp|comps|likely|maybe|should|could|would|hopeful|lookalike)(?![a-z])/;
const BLACK_LABEL = /black\s*-?\s*label/;
/** A grade claim without a grader: "gem mint", "10 candidate", "mint 10". */
const CLAIM_WITHOUT_GRADER =
  /(?<![a-z])(?:gem\s*-?\s*(?:mint|mt)|gem\s*10|mint\s*10|pristine\s*10|10\s*gem|(?:should|could|would|will)\s+grade|grad(?:e|ing)\s+(?:ready|candidate)|ready\s+(?:to|for)\s+grad(?:e|ing))(?![a-z])|(?<![a-z])(?:should|could|would|will|easy|future)\s+(?:be\s+)?(?:an?\s+)?(?:gem\s+|psa\s+|bgs\s+)?(?:10|9\.5)(?![\d.])|(?<![\d.#/])(?:10|9\.5)\s*(?:\?|candidate|potential|worthy|ready|quality)/;
const AUTO_AFTER_AUTH =
  /^\s*(?:(?:altered|auto(?:graph)?|grade|gem\s*mint|gem\s*mt|mint|dna|[/-])\s*)*(\d{1,2}(?:\.5)?)(?![\d.])/;
const NUMBER_BEFORE = /(?<![\d.#/])(\d{1,3}(?:\.5)?)\s*(?:gem\s*mint|gem\s*mt|mint|pristine)?\s*[-:]?\s*$/;

function validGrade(grader: string, n: number): number | null {
  if (grader === 'SGC' && n > 10) return SGC_100[n] ?? null;
  if (n < 1 || n > 10 || !Number.isInteger(n * 2)) return null;
  return n;
}

/** "PSA 10 candidate" hopes; "PSA 9 should be a 10" is a 9 whose seller hopes for more. */
function hopeAfter(text: string): boolean {
  const m = SPECULATIVE_WORD.exec(text);
  return m !== null && !HOPE_FOR_ANOTHER.test(text.slice(m.index + m[0].length));
}
const HOPE_FOR_ANOTHER = /^\s+(?:be\s+)?(?:an?\s+)?(?:psa\s+|bgs\s+|sgc\s+|gem\s+)?\d/;

function wordsBefore(s: string, index: number, count: number): string {
  const before = s.slice(Math.max(0, index - 40), index).split(/\s+/);
  return before.slice(-count - 1).join(' ');
}

function wordsAfter(s: string, index: number, count: number): string {
  return s
    .slice(index, index + 40)
    .split(/\s+/)
    .slice(0, count + 1)
    .join(' ');
}

interface Mention {
  /** grade: a number; hope: speculative; auth: Authentic slab; dna: autograph certified. */
  kind: 'grade' | 'hope' | 'auth' | 'dna';
  grader: string;
  grade: number | null;
  speculative: boolean;
  qualifier: string | null;
  subgrades: number[] | null;
  autoGrade: number | null;
  authenticated: boolean;
}

const mention = (
  kind: Mention['kind'],
  grader: string,
  extra: Pick<Partial<Mention>, 'grade' | 'qualifier' | 'subgrades' | 'autoGrade'> = {},
): Mention => ({
  kind,
  grader,
  grade: extra.grade ?? null,
  speculative: kind === 'hope',
  qualifier: extra.qualifier ?? null,
  subgrades: extra.subgrades ?? null,
  autoGrade: extra.autoGrade ?? null,
  authenticated: kind === 'auth',
});

/** "Laundry tag", "Nike tag 1/1", "tag patch": a piece of a jersey, not the TAG grading company. */
const TAG_AS_RELIC_BEFORE =
  /(?:laundry|nike|jersey|manufacturer|manufacturers|mfg|price|logo|name|swoosh|mlb)\s*$/;
const TAG_AS_RELIC_AFTER = /^\s*(?:patch|relic|team|\d+\s*\/)/;

/** What the word pass already knows about the title; it lets most titles skip the grade reader. */
export interface GradeHints {
  autograph: boolean;
  /** A grader's name, alone or joined to a number ("psa10"). */
  grader: boolean;
  /** gem, mint, pristine, candidate, "should grade", a question mark, … */
  gradeTalk: boolean;
  /** candidate, potential, ready, … */
  speculative: boolean;
  /** raw, ungraded, cracked out, … */
  outOfSlab: boolean;
}

/** The reading of a title that says nothing about grading. */
export const NO_GRADE: GradeReading = {
  graded: false,
  grader: null,
  grade: null,
  gradeQualifier: null,
  blackLabel: false,
  subgrades: null,
  autoGrade: null,
  authenticated: false,
  speculativeGrade: false,
  spans: [],
};

/**
 * The first character of `text` after leading spaces, one optional separator from `separators` and
 * more spaces: a cheap look that tells which of the anchored readers below can match at all.
 */
function leadAfter(text: string, separators: string): string {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (i < text.length && separators.includes(text[i]!)) {
    i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  }
  return i < text.length ? text[i]! : '';
}

/**
 * Reads the grading of normalised title `s`. The autograph hint decides "PSA 9/10": a card and an
 * autograph grade on an autograph, "9 or 10" otherwise.
 */
export function readGrade(s: string, hints: GradeHints): GradeReading {
  if (!hints.grader && !hints.gradeTalk) return NO_GRADE;
  const hasAutograph = hints.autograph;
  const spans: Array<[number, number]> = [];
  const mentions: Mention[] = [];
  GRADER_RE.lastIndex = 0;
  for (let m = GRADER_RE.exec(s); m; m = GRADER_RE.exec(s)) {
    const start = m.index;
    if (start > 0) {
      const p = s.charCodeAt(start - 1);
      if ((p >= 97 && p <= 122) || (p >= 48 && p <= 57)) continue;
    }
    const word = m[1]!;
    const grader = graderOf(word);
    let end = start + word.length;
    let rest = s.slice(end, end + 90);
    if (
      word === 'tag' &&
      (TAG_AS_RELIC_BEFORE.test(s.slice(Math.max(0, start - 16), start)) || TAG_AS_RELIC_AFTER.test(rest))
    ) {
      continue;
    }

    // DNA and AUTHENTIC need a "d" or an "a" after the grader (past spaces and one separator).
    const lead = leadAfter(rest, '/:-');
    const dna = word === 'psa' && lead === 'd' ? DNA.exec(rest) : null;
    const auth = dna || lead !== 'a' ? null : AUTHENTIC.exec(rest);
    // "Beckett authenticated" is a certificate for the autograph (BAS), not a slab.
    const certificateOnly = auth !== null && word === 'beckett' && auth[0].includes('authenticated');
    if (dna || (auth && !certificateOnly)) {
      const matched = (dna ?? auth)![0];
      end += matched.length;
      rest = rest.slice(matched.length);
      const autoNumber = AUTO_AFTER_AUTH.exec(rest);
      const autoGrade = autoNumber ? validGrade('PSA', Number(autoNumber[1])) : null;
      if (autoNumber) end += autoNumber[0].length;
      spans.push([start, end]);
      mentions.push(mention(dna ? 'dna' : 'auth', grader, { autoGrade }));
      GRADER_RE.lastIndex = end;
      continue;
    }

    const number = NUMBER.exec(rest);
    const grade = number ? validGrade(grader, Number(number[2])) : null;
    if (number && grade !== null) {
      const descriptors = number[1]!;
      const printed = Number(number[2]);
      end += number[0].length;
      rest = rest.slice(number[0].length);
      let speculative = rest.includes('?') && QUESTION.test(rest);
      let autoGrade: number | null = null;
      let qualifier: string | null = null;
      let subgrades: number[] | null = null;

      const head = rest.slice(0, 60);
      const sub = head.includes('/') || head.includes(',') ? SUBGRADES.exec(head) : null;
      if (sub && sub.index <= 25) {
        const values = sub.slice(1, 5).map(Number);
        if (values.every((v) => v >= 1 && v <= 10)) {
          subgrades = values;
          spans.push([end + sub.index, end + sub.index + sub[0].length]);
        }
      }
      const second = subgrades || !SECOND_START.test(rest) ? null : SECOND.exec(rest);
      if (second) {
        const [text, connector, value, question] = second;
        const other = Number(value);
        const step = other - grade;
        if (question || connector === 'or' || connector === 'to') speculative = true;
        else if (connector === '/' && hasAutograph && other >= 1 && other <= 10) autoGrade = other;
        else if ((connector === '/' || connector === '-') && (step === 0.5 || step === 1)) speculative = true;
        end += text.length;
        rest = rest.slice(text.length);
      }
      const q = QUALIFIER_LEAD.includes(leadAfter(rest, '([')) ? QUALIFIER.exec(rest) : null;
      if (q) {
        const code = q[2]!.startsWith('off') ? 'oc' : q[2]!;
        const needsParens = code === 'st' || code === 'of';
        if (!needsParens || q[1]) {
          qualifier = code.toUpperCase();
          end += q[0].length;
          rest = rest.slice(q[0].length);
        }
      }
      if (
        grade === 10 &&
        (descriptors.includes('pristine') ||
          (rest.includes('pristine') && PRISTINE.test(rest)) ||
          printed === 100)
      ) {
        qualifier = 'pristine';
      }
      if (autoGrade === null && hasAutograph) {
        const auto = AUTO_GRADE.exec(rest.slice(0, 40)) ?? AUTO_GRADE_BEFORE.exec(rest.slice(0, 40));
        if (auto) {
          autoGrade = validGrade('PSA', Number(auto[1]));
          spans.push([end, end + auto[0].length]);
        }
      }
      if (!speculative && hints.speculative) {
        speculative = SPECULATIVE_WORD.test(wordsBefore(s, start, 3)) || hopeAfter(wordsAfter(s, end, 4));
      }
      spans.push([start, end]);
      mentions.push(
        mention(speculative ? 'hope' : 'grade', grader, { grade, qualifier, subgrades, autoGrade }),
      );
      GRADER_RE.lastIndex = end;
      continue;
    }

    // Number before the grader: "Gem Mint 10 PSA", "9.5 BGS".
    const before = NUMBER_BEFORE.exec(s.slice(Math.max(0, start - 24), start));
    const reversed = before ? validGrade(grader, Number(before[1])) : null;
    if (before && reversed !== null) {
      const from = start - before[0].length;
      const speculative =
        QUESTION.test(rest) ||
        (hints.speculative && SPECULATIVE_WORD.test(`${wordsBefore(s, from, 3)} ${wordsAfter(s, end, 3)}`));
      spans.push([from, end]);
      mentions.push(mention(speculative ? 'hope' : 'grade', grader, { grade: reversed }));
      continue;
    }

    // A grader without a grade hopes ("PSA ready") or says too little ("PSA graded hit") to be a grade.
    if (hints.speculative && SPECULATIVE_WORD.test(`${wordsBefore(s, start, 2)} ${wordsAfter(s, end, 2)}`)) {
      mentions.push(mention('hope', grader));
    }
  }

  const outOfSlab = hints.outOfSlab;
  const assigned = outOfSlab ? undefined : mentions.find((x) => x.kind === 'grade');
  const autoGrade = mentions.find((x) => x.autoGrade !== null)?.autoGrade ?? null;
  if (assigned) {
    const blackLabel = (assigned.grader === 'BGS' || assigned.grader === 'BVG') && BLACK_LABEL.test(s);
    return {
      graded: true,
      grader: assigned.grader,
      grade: assigned.grade,
      gradeQualifier: blackLabel ? null : assigned.qualifier,
      blackLabel,
      subgrades: assigned.subgrades,
      autoGrade,
      authenticated: false,
      speculativeGrade: false,
      spans,
    };
  }
  const authenticated = !outOfSlab && mentions.some((x) => x.kind === 'auth');
  const hoped =
    !authenticated &&
    (mentions.some((x) => x.kind === 'hope' || x.kind === 'grade') ||
      (hints.gradeTalk && CLAIM_WITHOUT_GRADER.test(s)));
  return {
    graded: false,
    grader: null,
    grade: null,
    gradeQualifier: null,
    blackLabel: false,
    subgrades: null,
    autoGrade,
    authenticated,
    speculativeGrade: hoped,
    spans,
  };
}
