/** `kuya-comps fmv`: one JSON document on stdin → the whole comps result as JSON on stdout. */
import { compsInputSchema } from '@kuya/shared/comps';
import { computeComps } from '../comps.ts';
import { type CliIo, type Command, readAll, UsageError, wantsHelp, withoutBom, write } from './io.ts';

const usage = `Usage: kuya-comps fmv [--compact] < input.json

Reads one JSON document on stdin:
  { "query": "2011 Topps Update Mike Trout #US175 PSA 10",
    "filters": { "rawOnly"?, "baseOnly"?, "grade"?: { "grader", "grade" }, "excludeAutographs"? },
    "sold":   [ { "title", "price", "shipping"?, "soldAt"?, "auction"?, "bids"?, "bestOffer"?, "url"?, "id"? } ],
    "active": [ ...same items, "endsAt"?, "seller"? ],
    "now": "2025-01-31T00:00:00Z" }
and writes the result: marketValue, discount, premium, n, insufficientData, reliability, analytics,
deals, gradeLadder and every listing with its status and reasons. "now" defaults to the newest sale.

Options:
  --compact   one line of JSON instead of indented JSON
`;

function describePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

async function run(args: string[], io: CliIo): Promise<number> {
  if (wantsHelp(args)) {
    await write(io.stdout, usage);
    return 0;
  }
  const unknown = args.find((a) => a !== '--compact');
  if (unknown) throw new UsageError(`fmv: unknown argument ${unknown} (see kuya-comps fmv --help)`);
  const text = withoutBom(await readAll(io.stdin));
  if (!text.trim())
    throw new UsageError('fmv: expected one JSON document on stdin (see kuya-comps fmv --help)');
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`fmv: stdin is not valid JSON (${(err as Error).message})`);
  }
  const parsed = compsInputSchema.safeParse(document);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${describePath(issue.path) || 'input'}: ${issue.message}`);
    const more = parsed.error.issues.length > 5 ? ` (and ${parsed.error.issues.length - 5} more)` : '';
    throw new UsageError(`fmv: invalid input: ${problems.join('; ')}${more}`);
  }
  const result = computeComps(parsed.data);
  await write(io.stdout, `${JSON.stringify(result, null, args.includes('--compact') ? undefined : 2)}\n`);
  return 0;
}

export const command: Command = {
  summary: 'Price a card: one JSON document { query, filters?, sold, active?, now? } on stdin.',
  usage,
  run,
};
