/** Title reading against the labelled set: precision, recall and accuracy per field. */
import { readFileSync } from 'node:fs';
import { type ClassifiedTitle, NOISE_CODES, type NoiseCode } from '@kuya/shared/comps';
import { classifyTitle } from '../src/index.ts';

export interface LabelledTitle {
  title: string;
  group: string;
  graded: boolean;
  grader: string | null;
  grade: number | null;
  speculativeGrade: boolean;
  authenticated: boolean;
  blackLabel: boolean;
  autograph: boolean;
  relic: boolean;
  parallel: string | null;
  serial: number | null;
  rookie: boolean;
  year: number | null;
  cardNumber: string | null;
  noise: NoiseCode[];
  damaged: boolean;
}

export function loadTitles(path: URL): LabelledTitle[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledTitle);
}

export interface FieldScore {
  field: string;
  kind: 'flag' | 'value';
  precision: number | null;
  recall: number | null;
  accuracy: number;
  errors: string[];
}

/** Set words and generic finishes do not name a parallel: "Silver Prizm" and "Prizm Silver" agree. */
const NOT_PARALLEL_NAME = new Set([
  'refractor',
  'prizm',
  'prizms',
  'mosaic',
  'optic',
  'select',
  'parallel',
  'chrome',
]);
const parallelCore = (p: string | null, hyphen: 'splits' | 'joins' = 'splits') =>
  p === null
    ? ''
    : p
        .toLowerCase()
        .replace(/-/g, hyphen === 'splits' ? ' ' : '')
        // "Short Print" is "SP" written out; "Red White & Blue" is "Red White Blue".
        .replace(/\b(super\s+)?short\s+print\b/g, (_, sup: string | undefined) => (sup ? 'ssp' : 'sp'))
        .replace(/&/g, ' ')
        .split(/\s+/)
        .filter((w) => w && !NOT_PARALLEL_NAME.has(w))
        .sort()
        .join(' ');
/** The labelled name as the reader should give it: "X-Fractor" may be read as one word, "xfractor". */
const expectedParallel = (truth: string | null, got: string | null) =>
  parallelCore(truth, 'joins') === parallelCore(got) ? parallelCore(got) : parallelCore(truth);
const numberKey = (n: string | null) => (n === null ? '' : n.toUpperCase().replace(/[^A-Z0-9]/g, ''));

function flagScore(
  field: string,
  rows: Array<{ title: string; truth: boolean; predicted: boolean }>,
): FieldScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  const errors: string[] = [];
  for (const r of rows) {
    if (r.truth && r.predicted) tp++;
    else if (!r.truth && r.predicted) fp++;
    else if (r.truth && !r.predicted) fn++;
    if (r.truth === r.predicted) correct++;
    else errors.push(`${r.predicted ? 'FP' : 'FN'} ${r.title}`);
  }
  return {
    field,
    kind: 'flag',
    precision: tp + fp ? tp / (tp + fp) : null,
    recall: tp + fn ? tp / (tp + fn) : null,
    accuracy: correct / rows.length,
    errors,
  };
}

function valueScore(
  field: string,
  rows: Array<{ title: string; truth: string; predicted: string }>,
): FieldScore {
  const errors = rows
    .filter((r) => r.truth !== r.predicted)
    .map((r) => `want ${r.truth || '∅'} got ${r.predicted || '∅'}: ${r.title}`);
  return {
    field,
    kind: 'value',
    precision: null,
    recall: null,
    accuracy: 1 - errors.length / rows.length,
    errors,
  };
}

export interface TitleReport {
  count: number;
  fields: FieldScore[];
  noise: { precision: number; recall: number; perCode: FieldScore[] };
  speculativeReadAsGraded: string[];
}

export function evaluateTitles(labelled: readonly LabelledTitle[]): TitleReport {
  const rows = labelled.map((truth) => ({ truth, got: classifyTitle(truth.title) as ClassifiedTitle }));
  const flag = (name: string, pick: (x: { graded: boolean } & Record<string, unknown>) => boolean) =>
    flagScore(
      name,
      rows.map(({ truth, got }) => ({
        title: truth.title,
        truth: pick(truth as never),
        predicted: pick(got as never),
      })),
    );
  // A field both sides write the same way: the label and the reading compared as keys.
  type Shared = Pick<
    LabelledTitle,
    'graded' | 'grader' | 'grade' | 'blackLabel' | 'serial' | 'year' | 'cardNumber'
  >;
  const value = (name: string, key: (x: Shared) => string) =>
    valueScore(
      name,
      rows.map(({ truth, got }) => ({ title: truth.title, truth: key(truth), predicted: key(got) })),
    );
  const fields: FieldScore[] = [
    flag('graded', (x) => x.graded),
    value('grader+grade', (x) => (x.graded ? `${x.grader} ${x.grade}${x.blackLabel ? ' BL' : ''}` : '')),
    flag('speculativeGrade', (x) => x.speculativeGrade as boolean),
    flag('authenticated', (x) => x.authenticated as boolean),
    flag('autograph', (x) => x.autograph as boolean),
    flag('relic', (x) => x.relic as boolean),
    flag('parallel (any)', (x) => x.parallel !== null),
    valueScore(
      'parallel name',
      rows.map(({ truth, got }) => ({
        title: truth.title,
        truth: expectedParallel(truth.parallel, got.parallel),
        predicted: parallelCore(got.parallel),
      })),
    ),
    value('serial', (x) => String(x.serial ?? '')),
    flag('rookie', (x) => x.rookie as boolean),
    value('year', (x) => String(x.year ?? '')),
    value('cardNumber', (x) => numberKey(x.cardNumber)),
    flag('damaged', (x) => x.damaged as boolean),
  ];

  const perCode = NOISE_CODES.map((code) =>
    flagScore(
      code,
      rows.map(({ truth, got }) => ({
        title: truth.title,
        truth: truth.noise.includes(code),
        predicted: got.noise.includes(code),
      })),
    ),
  );
  // Noise as the pricing sees it: is this listing noise at all?
  const anyNoise = flagScore(
    'noise (any)',
    rows.map(({ truth, got }) => ({
      title: truth.title,
      truth: truth.noise.length > 0,
      predicted: got.noise.length > 0,
    })),
  );
  return {
    count: rows.length,
    fields,
    noise: {
      precision: anyNoise.precision ?? 1,
      recall: anyNoise.recall ?? 1,
      perCode: [anyNoise, ...perCode],
    },
    speculativeReadAsGraded: rows
      .filter(({ truth, got }) => truth.speculativeGrade && got.graded)
      .map(({ truth }) => truth.title),
  };
}
