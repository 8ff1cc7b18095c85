/**
 * A safety net for work on the title reader: runs `classifyTitle` and `parseQuery` over a large
 * corpus (the labelled titles, titles quoted in the engine's tests, synthetic markets for many seeds,
 * the provider simulator's sold and active listings, and seeded mutations of all of them) and
 * `computeComps` over the benchmark's 10,000-listing market and a spread of synthetic markets, and
 * records or compares every output byte for byte. The snapshot is kept out of git.
 *
 *   npx tsx packages/comps/eval/reader-snapshot.ts record   # write the snapshot (before a change)
 *   npx tsx packages/comps/eval/reader-snapshot.ts          # compare against it; exit 1 on any difference
 *
 * `--dir <path>` sets where the snapshot lives (default: $TMPDIR/kuya-reader-snapshot).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompsFilters } from '@kuya/shared/comps';
import { getCorpus } from '../../../apps/provider-sim/src/catalogue/listings.ts';
import { classifyTitle, computeComps, matchListing, parseQuery } from '../src/index.ts';
import { makeMarket, rng } from './markets.ts';

const args = process.argv.slice(2);
const record = args.includes('record');
const dirAt = args.indexOf('--dir');
const DIR = dirAt >= 0 ? args[dirAt + 1]! : join(tmpdir(), 'kuya-reader-snapshot');
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

for (const line of readFileSync(new URL('./titles.jsonl', import.meta.url), 'utf8').split('\n')) {
  if (line.trim()) add((JSON.parse(line) as { title: string }).title);
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
const corpus = getCorpus(20261120, Date.parse('2026-11-20T00:00:00.000Z'));
for (const l of corpus.sold) add(l.title);
for (const l of corpus.active) add(l.title);
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
const r = rng(20261129);
const source = titles.slice();
const MUTANTS = 40_000;
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
  let t = base.join(' ');
  if (r() < 0.15) t = t.toUpperCase();
  add(t);
}

// ---- outputs ----
const readerLines: string[] = [];
for (const t of titles) {
  readerLines.push(JSON.stringify({ t, c: classifyTitle(t), q: parseQuery(t) }));
}
// Verdicts of market queries against a seeded sample of the corpus, under each filter setting.
const FILTERS: CompsFilters[] = [
  {},
  { rawOnly: false, baseOnly: false, excludeAutographs: false },
  { rawOnly: true },
  { grade: { grader: 'psa', grade: 10 } },
  { grade: { grader: 'Beckett', grade: 9.5 } },
];
const pickR = rng(7);
const sampled = Array.from({ length: 2_000 }, () => titles[Math.floor(pickR() * titles.length)]!);
const sampledCards = sampled.map(classifyTitle);
for (let k = 0; k < 300; k++) {
  const q = parseQuery(k < 200 ? queries[k * 7]! : titles[Math.floor(pickR() * natural)]!);
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
compsOut.bench10k = JSON.stringify(computeComps(benchInput));
compsOut.bench10kWithActive = JSON.stringify(computeComps(bench.input));
for (let seed = 1; seed <= 200; seed++)
  compsOut[`market${seed}`] = JSON.stringify(computeComps(makeMarket(seed).input));

const summary = `${titles.length} titles (${natural} from the corpora, ${titles.length - natural} mutated), ${queries.length} market queries, ${Object.keys(compsOut).length} computeComps results`;

if (record) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'reader.jsonl'), `${readerLines.join('\n')}\n`);
  writeFileSync(join(DIR, 'comps.json'), JSON.stringify(compsOut));
  console.log(`recorded ${summary} in ${DIR}`);
  process.exit(0);
}

if (!existsSync(join(DIR, 'reader.jsonl'))) {
  console.error(`no snapshot in ${DIR}: run with "record" first`);
  process.exit(2);
}
const before = readFileSync(join(DIR, 'reader.jsonl'), 'utf8').split('\n').filter(Boolean);
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
      if (examples.length < 25)
        examples.push(`  ${key}: ${JSON.stringify(b.t)}\n     was ${x}\n     now ${y}`);
    }
  }
}
let compsDiffs = 0;
for (const key of new Set([...Object.keys(beforeComps), ...Object.keys(compsOut)])) {
  if (beforeComps[key] !== compsOut[key]) {
    compsDiffs++;
    if (examples.length < 30) examples.push(`  computeComps ${key} differs`);
  }
}

console.log(summary);
if (differences === 0 && compsDiffs === 0) {
  console.log('snapshot: identical (0 differences)');
  process.exit(0);
}
console.log(`snapshot: ${differences} titles differ, ${compsDiffs} computeComps results differ`);
for (const [k, n] of [...byField].sort((x, y) => y[1] - x[1])) console.log(`  ${k}: ${n}`);
console.log(examples.join('\n'));
process.exit(1);
