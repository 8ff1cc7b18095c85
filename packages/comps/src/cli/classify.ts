/** `kuya-comps classify`: one title per line on stdin (or titles as arguments) → one JSON object per line. */
import { createInterface } from 'node:readline';
import type { ClassifiedTitle } from '@kuya/shared/comps';
import { classifyTitle } from '../title/classify.ts';
import { type CliIo, type Command, UsageError, wantsHelp, withoutBom, write } from './io.ts';

const usage = `Usage: kuya-comps classify [title ...]

Reads one listing title per line on stdin (or each argument as a title) and writes one JSON
object per line: title, graded, grader, grade, gradeQualifier, blackLabel, subgrades, autoGrade,
authenticated, speculativeGrade, autograph, relic, parallel, serial, serialNumber, rookie, year,
seasonEnd, setWords, cardNumber, noise, damaged.

Example:
  echo "2011 Topps Update Mike Trout #US175 PSA 10" | kuya-comps classify
`;

const BATCH = 256;

function line(title: string): string {
  const { normalizedTitle: _text, nameWords: _names, ...fields }: ClassifiedTitle = classifyTitle(title);
  return `${JSON.stringify(fields)}\n`;
}

async function run(args: string[], io: CliIo): Promise<number> {
  if (wantsHelp(args)) {
    await write(io.stdout, usage);
    return 0;
  }
  const unknown = args.find((a) => a.startsWith('-'));
  if (unknown) throw new UsageError(`classify: unknown option ${unknown} (see kuya-comps classify --help)`);
  if (args.length > 0) {
    await write(io.stdout, args.map(line).join(''));
    return 0;
  }
  let batch = '';
  let count = 0;
  for await (const text of createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    batch += line(count === 0 ? withoutBom(text) : text);
    if (++count % BATCH === 0) {
      await write(io.stdout, batch);
      batch = '';
    }
  }
  if (batch) await write(io.stdout, batch);
  return 0;
}

export const command: Command = {
  summary: 'Read listing titles (one per line on stdin); write one JSON object per title.',
  usage,
  run,
};
