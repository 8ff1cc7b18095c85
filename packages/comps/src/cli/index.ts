/**
 * The comps engine's CLI parts, for any `kuya-comps` entry point: the engine's own commands, the
 * dispatcher, and the I/O helpers a further command (such as `search`) is written with.
 */
import type { CommandEntry } from './run-cli.ts';

export { type CliIo, type Command, readAll, UsageError, wantsHelp, write } from './io.ts';
export { type CommandEntry, helpText, runCli } from './run-cli.ts';

/** Commands load on demand, so one command's dependencies never slow another. */
export const commands: Record<string, CommandEntry> = {
  classify: {
    summary: 'Read listing titles, one per line; write one JSON object per title.',
    load: () => import('./classify.ts'),
  },
  fmv: {
    summary: 'Price a card from one JSON document { query, filters?, sold, active?, now? }.',
    load: () => import('./fmv.ts'),
  },
};
