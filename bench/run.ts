/**
 * `npm run bench`: runs every benchmark in this folder one after another (two cores: never in parallel).
 * Each benchmark measures our code and its baseline in the same run and prints the ratio; a summary of
 * every ratio is printed at the end and written to bench/results/latest.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIR = import.meta.dirname;
const only = process.argv.slice(2);
const scripts = readdirSync(DIR)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'report.ts'].includes(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

mkdirSync(join(DIR, 'results'), { recursive: true });
const summary: Record<string, unknown> = {};
let failed = 0;
for (const script of scripts) {
  const out = join(DIR, 'results', `${script}.json.tmp`);
  process.stdout.write(`\n=== ${script} ===\n`);
  // --expose-gc: a benchmark may collect between its tasks, so one task's garbage is not timed in the next.
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', resolve(DIR, script)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_RESULT_FILE: out },
  });
  if (run.status !== 0) {
    failed++;
    summary[script] = { error: `exit ${run.status}` };
    continue;
  }
  try {
    summary[script] = JSON.parse(readFileSync(out, 'utf8'));
    rmSync(out);
  } catch {
    summary[script] = { note: 'no machine-readable result' };
  }
}
writeFileSync(join(DIR, 'results', 'latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
process.stdout.write(`\n=== summary ===\n${JSON.stringify(summary, null, 2)}\n`);
process.exit(failed ? 1 : 0);
