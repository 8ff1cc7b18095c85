/**
 * A safety net for work on the title reader: runs `classifyTitle` and `parseQuery` over a large
 * corpus (the labelled titles and every holdout set's titles and queries, titles quoted in the engine's tests, synthetic markets for many seeds,
 * the provider simulator's sold and active listings, and seeded mutations of all of them) and
 * `computeComps` over the benchmark's 10,000-listing market and a spread of synthetic markets, and
 * records or compares every output byte for byte. The snapshot is kept out of git.
 *
 *   npx tsx packages/comps/eval/reader-snapshot.ts record   # write the snapshot (before a change)
 *   npx tsx packages/comps/eval/reader-snapshot.ts          # compare against it; exit 1 on any difference
 *
 * `--dir <path>` sets where the snapshot lives (default: $TMPDIR/kuya-reader-snapshot).
 *
 * A comparison reads the titles the snapshot recorded, in its order (tests elsewhere add literals and
 * would shift the corpus); titles new to the corpus are read but not compared. `words` is compared as
 * its list of words. A computeComps result that differs only outside the reading and the verdicts
 * (prices, weights, outliers) is reported as such: that is the pricing's doing, not the reader's.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClassifiedTitle, CompsFilters, CompsResult, ParsedQuery } from '@kuya/shared/comps';
import { getCorpus } from '../../../apps/provider-sim/src/catalogue/listings.ts';
import { classifyTitle, computeComps, matchListing, parseQuery } from '../src/index.ts';
import { makeMarket, rng } from './markets.ts';

const args = process.argv.slice(2);
const record = args.includes('record');
const dirAt = args.indexOf('--dir');
const DIR = dirAt >= 0 ? args[dirAt + 1]! : join(tmpdir(), 'kuya-reader-snapshot');
/** `--field classify.noise`: list only the differences in fields starting so; `--examples N`: how many. */
const fieldAt = args.indexOf('--field');
const FIELD = fieldAt >= 0 ? args[fieldAt + 1]! : '';
const examplesAt = args.indexOf('--examples');
const MAX_EXAMPLES = examplesAt >= 0 ? Number(args[examplesAt + 1]) : 25;
const SEEDS = 1500;
const BENCH_SIZE = 10_000;

// ---- corpus ----
const titles: string[] = [];
const seen = new Set<string>();
const add = (t: string) => {
  if (!seen.has(t)) {
    seen.add(t);
    titles.push(t);
  }
};

// The labelled set and every holdout: titles, and the match sets' queries.
const evalDir = new URL('./', import.meta.url);
for (const f of (readdirSync(evalDir) as string[]).filter((name) => name.endsWith('.jsonl')).sort()) {
  for (const line of readFileSync(new URL(f, evalDir), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { title: string; query?: string };
    add(row.title);
    if (row.query) add(row.query);
  }
}

// String literals quoted in the engine's tests: the edge cases someone thought of.
const srcDir = new URL('../src/', import.meta.url);
const testFiles = (readdirSync(srcDir, { recursive: true }) as string[]).filter((f) =>
  f.endsWith('.test.ts'),
);
for (const f of testFiles.sort()) {
  const text = readFileSync(new URL(f, srcDir), 'utf8');
  for (const m of text.matchAll(
    /'((?:[^'\\\n]|\\.){3,200})'|"((?:[^"\\\n]|\\.){3,200})"|`([^`$\n]{3,200})`/g,
  )) {
    const t = (m[1] ?? m[2] ?? m[3])!.replace(/\\(.)/g, '$1');
    add(t);
  }
}

const queries: string[] = [];
for (let seed = 1; seed <= SEEDS; seed++) {
  const market = makeMarket(seed);
  queries.push(market.input.query);
  add(market.input.query);
  for (const item of market.input.sold) add(item.title);
  for (const item of market.input.active ?? []) add(item.title);
}
const bench = makeMarket(2024, { genuine: Math.round(BENCH_SIZE * 0.6) });
for (const item of bench.input.sold) add(item.title);

// The simulator's default seed and data date (apps/provider-sim/src/options.ts), fixed here.
const simulated = getCorpus(20261120, Date.parse('2026-11-20T00:00:00.000Z'));
for (const l of simulated.sold) add(l.title);
for (const l of simulated.active) add(l.title);
const natural = titles.length;

// Seeded mutations: fragments the grade and number readers care about, put where they would not be.
const FRAGMENTS = [
  'PSA 10',
  'psa10',
  'PSA 9 OC',
  'PSA 8 (ST)',
  'PSA 10?',
  'PSA 9 or 10',
  'PSA 9-10',
  'PSA 9/10',
  'BGS 9.5',
  'BGS 9.5 10/9.5/9.5/9.5',
  'BGS Black Label 10',
  'Gem Mint 10 PSA',
  'SGC 98',
  'SGC 96',
  'CGC 9.5',
  'TAG 10',
  'laundry tag',
  'PSA/DNA',
  'PSA Authentic',
  'PSA Auth Auto 10',
  'PSA 9 Auto 10',
  'BAS',
  'JSA',
  'Beckett authenticated',
  'gem mint',
  'candidate',
  '10 candidate',
  'should grade',
  'should be a 10',
  'PSA ready',
  'raw',
  'ungraded',
  'cracked out of PSA 10',
  'pristine',
  'PSA 10 Pristine',
  '/99',
  '#/99',
  "#'d /25",
  '12/99',
  '1/1',
  '1 of 1',
  'one of one',
  'numbered to 10',
  '25/50',
  '2019/20',
  '2019-20',
  "'86",
  '1986',
  '#US175',
  '#BDC-150',
  'No. 279',
  'US175',
  'BDC-150',
  'CPA-JD',
  '#1 pick',
  '#1-330',
  '(10)',
  'x10',
  '10x',
  '5 cards',
  'lot of 5',
  '50ct',
  'w/ 10 sub',
  '9/10 condition',
  'Auto',
  'RC',
  'RP',
  'SP',
  'SP Authentic',
  'Tribute',
  'Mega Box',
  'Blaster',
  '1st Bowman',
  'Refractor',
  'Gold',
  'Silver Prizm',
  'non-auto',
  'no creases',
  'creased',
  '?',
  '-',
  '(',
  ')',
  '#',
  '/',
  '&amp;',
  '<b>',
  'Ré',
  '\u2019s',
  '\u201c',
  'A.J.',
  'NOT A REPRINT',
  'Red Sox',
  'psa 10 comp',
  'PSA 10 GEM MT',
  'BGS 10 Pristine',
  'mint 9',
  '9.5',
  '10',
  '2021',
  'Auto 10',
  'PSA 8.5',
  'SGC 10 Auto 10',
  'Gem Mint 10 Auto',
  'psa 9 - 10',
  'psa 9 to 10',
  'psa 9 & 10',
  'easy 10',
  'future 10',
  'grading ready',
];
/** The seeded mutants of `source`, in order (duplicates included: the corpus drops those it has). */
function* mutants(source: readonly string[]): Generator<string> {
  const r = rng(20261129);
  for (let k = 0; k < MUTANTS; k++) {
    const base = source[Math.floor(r() * source.length)]!.split(' ');
    const edits = 1 + Math.floor(r() * 3);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(r() * (base.length + 1));
      const roll = r();
      if (roll < 0.6) base.splice(at, 0, FRAGMENTS[Math.floor(r() * FRAGMENTS.length)]!);
      else if (roll < 0.75 && base.length > 1) base.splice(Math.min(at, base.length - 1), 1);
      else if (roll < 0.9 && at > 0 && at < base.length) base.splice(at - 1, 2, `${base[at - 1]}${base[at]}`);
      else base.reverse();
    }
    const t = base.join(' ');
    yield r() < 0.15 ? t.toUpperCase() : t;
  }
}
const MUTANTS = 40_000;
for (const t of mutants(titles.slice())) add(t);

// ---- the corpus to compare ----
// Test files change (other packages' tests add literals), which would shift every later title and the
// seeded samples. A comparison therefore reads the titles the snapshot recorded, in its order; titles
// new to the corpus are reported, not compared.
const readerFile = join(DIR, 'reader.jsonl');
const before =
  !record && existsSync(readerFile) ? readFileSync(readerFile, 'utf8').split('\n').filter(Boolean) : [];
const MATCH_LINES = 300;
let corpus = titles;
let naturalCount = natural;
let newTitles: string[] = [];
if (before.length > MATCH_LINES) {
  const recorded = before.slice(0, -MATCH_LINES).map((line) => (JSON.parse(line) as { t: string }).t);
  if (recorded.length !== titles.length || recorded.some((t, i) => t !== titles[i])) {
    const recordedSet = new Set(recorded);
    newTitles = titles.filter((t) => !recordedSet.has(t));
    corpus = recorded;
    naturalCount = recordedNatural(recorded, natural);
  }
}

/**
 * How many of the recorded titles came from the corpora (the rest are mutants of those): the count
 * whose mutants, generated as above, continue the recorded list. Searched outward from `guess`.
 */
function recordedNatural(recorded: readonly string[], guess: number): number {
  const at = new Map<string, number>();
  recorded.forEach((t, i) => {
    if (!at.has(t)) at.set(t, i);
  });
  const continues = (n: number) => {
    const seen = new Set<string>();
    let next = n;
    for (const m of mutants(recorded.slice(0, n))) {
      const first = at.get(m);
      if ((first !== undefined && first < n) || seen.has(m)) continue;
      if (recorded[next] !== m) return false;
      seen.add(m);
      if (++next === Math.min(recorded.length, n + 5)) return true;
    }
    return next === recorded.length;
  };
  for (let d = 0; d < recorded.length; d++) {
    if (guess - d >= 0 && continues(guess - d)) return guess - d;
    if (guess + d < recorded.length && continues(guess + d)) return guess + d;
  }
  throw new Error('cannot tell the recorded corpora from their mutants');
}

// ---- outputs ----
/**
 * A card as the snapshot keeps it: the normalised title as the list of its words (runs of letters and
 * digits) under `words`, last, as older readers gave it, and the words `nameWords` marks as `names`
 * (left out when none, "past 31" when the bits overflow).
 */
function asRecorded({ normalizedTitle, nameWords, ...card }: ClassifiedTitle) {
  const words = normalizedTitle.match(/[a-z0-9]+/g) ?? [];
  if (nameWords === 0) return { ...card, words };
  const names = nameWords < 0 ? 'past 31' : words.filter((_, k) => nameWords & (1 << k));
  return { ...card, words, names };
}
const queryAsRecorded = (q: ParsedQuery) => ({ ...q, card: asRecorded(q.card) });
const compsAsRecorded = (r: CompsResult) => JSON.stringify({ ...r, reading: queryAsRecorded(r.reading) });

const readerLines: string[] = [];
for (const t of corpus) {
  readerLines.push(JSON.stringify({ t, c: asRecorded(classifyTitle(t)), q: queryAsRecorded(parseQuery(t)) }));
}
// Verdicts of market queries against a seeded sample of the corpus, under each filter setting.
const FILTERS: CompsFilters[] = [
  {},
  { rawOnly: false, baseOnly: false, excludeAutographs: false },
  { rawOnly: true },
  { grade: { grader: 'psa', grade: 10 } },
  { grade: { grader: 'Beckett', grade: 9.5 } },
];
/** The listings whose verdict changed under one market query: title, reasons before and now. */
function verdictChanges(query: string, was: string, now: string): string {
  const a = was.split('|');
  const b = now.split('|');
  const lines = [`  classify.verdicts: ${JSON.stringify(query)}`];
  for (let i = 0; i < b.length; i++)
    if (a[i] !== b[i])
      lines.push(`     ${JSON.stringify(sampled[i])}: ${a[i] || 'exact'} → ${b[i] || 'exact'}`);
  return lines.join('\n');
}
const pickR = rng(7);
const sampled = Array.from({ length: 2_000 }, () => corpus[Math.floor(pickR() * corpus.length)]!);
const sampledCards = sampled.map(classifyTitle);
for (let k = 0; k < MATCH_LINES; k++) {
  const q = parseQuery(k < 200 ? queries[k * 7]! : corpus[Math.floor(pickR() * naturalCount)]!);
  const filters = FILTERS[k % FILTERS.length]!;
  const verdicts: string[] = [];
  for (const card of sampledCards) {
    const v = matchListing(q, card, filters);
    verdicts.push(v.status === 'exact' ? '' : v.reasons.join(','));
  }
  readerLines.push(JSON.stringify({ t: `match ${q.text}`, c: { verdicts: verdicts.join('|') } }));
}

const compsOut: Record<string, string> = {};
const benchInput = { ...bench.input, sold: bench.input.sold.slice(0, BENCH_SIZE), active: [] };
compsOut.bench10k = compsAsRecorded(computeComps(benchInput));
compsOut.bench10kWithActive = compsAsRecorded(computeComps(bench.input));
for (let seed = 1; seed <= 200; seed++)
  compsOut[`market${seed}`] = compsAsRecorded(computeComps(makeMarket(seed).input));

const summary = `${corpus.length} titles (${naturalCount} from the corpora, ${corpus.length - naturalCount} mutated), ${queries.length} market queries, ${Object.keys(compsOut).length} computeComps results${newTitles.length > 0 ? `; ${newTitles.length} titles new to the corpus (read, not compared)` : ''}`;

if (record) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'reader.jsonl'), `${readerLines.join('\n')}\n`);
  writeFileSync(join(DIR, 'comps.json'), JSON.stringify(compsOut));
  console.log(`recorded ${summary} in ${DIR}`);
  process.exit(0);
}

if (before.length === 0) {
  console.error(`no snapshot in ${DIR}: run with "record" first`);
  process.exit(2);
}
// Titles the snapshot does not have are still read (a crash would show), but not compared.
for (const t of newTitles) {
  classifyTitle(t);
  parseQuery(t);
}
const beforeComps = JSON.parse(readFileSync(join(DIR, 'comps.json'), 'utf8')) as Record<string, string>;

let differences = 0;
const byField = new Map<string, number>();
const examples: string[] = [];
if (before.length !== readerLines.length) {
  console.log(`corpus size differs: snapshot ${before.length}, now ${readerLines.length}`);
  differences++;
}
for (let i = 0; i < Math.min(before.length, readerLines.length); i++) {
  if (before[i] === readerLines[i]) continue;
  differences++;
  const a = JSON.parse(before[i]!) as Record<string, Record<string, unknown>>;
  const b = JSON.parse(readerLines[i]!) as Record<string, Record<string, unknown>>;
  for (const part of ['c', 'q'] as const) {
    const keys = new Set([...Object.keys(a[part] ?? {}), ...Object.keys(b[part] ?? {})]);
    for (const k of keys) {
      const x = JSON.stringify(a[part]?.[k]);
      const y = JSON.stringify(b[part]?.[k]);
      if (x === y) continue;
      const key = `${part === 'c' ? 'classify' : 'query'}.${k}`;
      byField.set(key, (byField.get(key) ?? 0) + 1);
      if (examples.length >= MAX_EXAMPLES || !key.startsWith(FIELD)) continue;
      if (k === 'verdicts')
        examples.push(verdictChanges(String(b.t), String(a.c!.verdicts), String(b.c!.verdicts)));
      else examples.push(`  ${key}: ${JSON.stringify(b.t)}\n     was ${x}\n     now ${y}`);
    }
  }
}
/**
 * What the reader and matcher decide in a computeComps result: the query's reading and each listing's
 * card and reasons, without `price_outlier` (the pricing's). A result that differs only outside this
 * moved with the pricing, not with the reader.
 */
const readerPart = (json: string) => {
  const r = JSON.parse(json) as CompsResult;
  return JSON.stringify({
    reading: r.reading,
    listings: r.listings.map((l) => ({
      kind: l.kind,
      index: l.index,
      card: l.card,
      reasons: l.reasons.filter((x) => x !== 'price_outlier'),
    })),
  });
};
let compsDiffs = 0;
const pricingOnly: string[] = [];
for (const key of new Set([...Object.keys(beforeComps), ...Object.keys(compsOut)])) {
  if (beforeComps[key] === compsOut[key]) continue;
  compsDiffs++;
  const both = beforeComps[key] !== undefined && compsOut[key] !== undefined;
  if (both && readerPart(beforeComps[key]!) === readerPart(compsOut[key]!)) pricingOnly.push(key);
  else if (examples.length < 30) examples.push(`  computeComps ${key}: reading or verdicts differ`);
}

console.log(summary);
if (differences === 0 && compsDiffs === 0) {
  console.log('snapshot: identical (0 differences)');
  process.exit(0);
}
console.log(
  `snapshot: ${differences} titles differ, ${compsDiffs} computeComps results differ` +
    (compsDiffs > 0 ? ` (${pricingOnly.length} of them only in prices, weights and outliers)` : ''),
);
if (pricingOnly.length > 0)
  console.log(`  prices only: ${pricingOnly.slice(0, 8).join(', ')}${pricingOnly.length > 8 ? ', …' : ''}`);
for (const [k, n] of [...byField].sort((x, y) => y[1] - x[1])) console.log(`  ${k}: ${n}`);
console.log(examples.join('\n'));
process.exit(1);
