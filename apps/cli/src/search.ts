/**
 * `kuya-comps search "<query>" [--raw] [--base] [--pages N] [--json]`: runs a search through the API
 * (KUYA_API_URL, default http://localhost:3000), shows progress on stderr while the stream runs,
 * and prints a table (or the whole result as JSON).
 */
import type { CliIo, Command } from '@kuya/comps/cli';
import { UsageError, write } from '@kuya/comps/cli';
import type { SearchProgress, SearchResult } from '@kuya/shared';
import { readSse } from './sse.ts';
import { renderResult } from './table.ts';

const USAGE = `Usage: kuya-comps search "<query>" [--raw] [--base] [--no-autos] [--pages N] [--json]

Runs a search through the Kuya Comps API (KUYA_API_URL, default http://localhost:3000),
shows progress while it streams, then prints the fair market value, deals and comps.

  --raw        only ungraded cards count as comps
  --base       only base cards (no parallels, no numbered cards)
  --no-autos   leave autographed cards out
  --pages N    sold pages to fetch, 1-5 (default 1)
  --json       print the whole result as JSON on stdout
`;

interface Options {
  query: string;
  rawOnly: boolean;
  baseOnly: boolean;
  excludeAutographs: boolean;
  pages: number;
  json: boolean;
}

function parseArgs(args: string[]): Options {
  const words: string[] = [];
  const options = { rawOnly: false, baseOnly: false, excludeAutographs: false, pages: 1, json: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--raw') options.rawOnly = true;
    else if (arg === '--base') options.baseOnly = true;
    else if (arg === '--no-autos') options.excludeAutographs = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--pages') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 5) throw new UsageError('--pages must be an integer 1-5');
      options.pages = n;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else words.push(arg);
  }
  const query = words.join(' ').trim();
  if (!query)
    throw new UsageError(
      'give the card to search for, e.g. kuya-comps search "2011 Topps Update Mike Trout"',
    );
  return { query, ...options };
}

function progressLine(progress: SearchProgress): string {
  const side = (label: string, p: SearchProgress['sold']) =>
    p.enabled
      ? `${label} ${p.pagesDone}/${p.pagesTotal} pages, ${p.listings} listings${p.state === 'failed' ? ' (failed)' : ''}`
      : '';
  return [side('sold', progress.sold), side('active', progress.active)].filter(Boolean).join(' · ');
}

export const command: Command = {
  summary: 'Search sold and active listings through the API and print the FMV, deals and comps.',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const options = parseArgs(args);
    const base = (process.env.KUYA_API_URL ?? 'http://localhost:3000').replace(/\/$/, '');
    const filters = Object.fromEntries(
      Object.entries({
        rawOnly: options.rawOnly,
        baseOnly: options.baseOnly,
        excludeAutographs: options.excludeAutographs,
      }).filter(([, on]) => on),
    );
    let res: Response;
    try {
      res = await fetch(`${base}/api/v1/searches`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: options.query, pages: options.pages, filters }),
      });
    } catch {
      await write(
        io.stderr,
        `kuya-comps: cannot reach the API at ${base} (start it with npm start, or set KUYA_API_URL)\n`,
      );
      return 1;
    }
    const body = (await res.json()) as {
      error?: { message: string };
      result?: SearchResult;
      links?: { events: string };
    };
    if (!res.ok) {
      await write(io.stderr, `kuya-comps: ${body.error?.message ?? `HTTP ${res.status}`}\n`);
      return res.status < 500 ? 2 : 1;
    }
    let result = body.result;
    if (!result && body.links) {
      const live = 'isTTY' in io.stderr && io.stderr.isTTY;
      let failure: string | undefined;
      await readSse(`${base}${body.links.events}`, {
        onEvent(event) {
          const data = event.data as {
            progress?: SearchProgress;
            result?: SearchResult;
            error?: { message: string };
          };
          if (data.progress)
            void write(
              io.stderr,
              `${live ? '\r\x1b[2K' : ''}${progressLine(data.progress)}${live ? '' : '\n'}`,
            );
          if (event.event === 'partial')
            void write(
              io.stderr,
              `${live ? '\r\x1b[2K' : ''}first sold page in, pricing…${live ? '' : '\n'}`,
            );
          if (event.event === 'result') result = data.result;
          if (event.event === 'error') failure = data.error?.message;
          return event.event === 'result' || event.event === 'error';
        },
      });
      if (live) await write(io.stderr, '\r\x1b[2K');
      if (failure || !result) {
        await write(
          io.stderr,
          `kuya-comps: search failed: ${failure ?? 'the stream ended without a result'}\n`,
        );
        return 1;
      }
    }
    if (!result) return 1;
    await write(io.stdout, options.json ? `${JSON.stringify(result, null, 2)}\n` : renderResult(result));
    return 0;
  },
};
