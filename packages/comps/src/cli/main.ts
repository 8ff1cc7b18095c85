/** Entry point of the `kuya-comps` bin. Add a subcommand with one line in `commands`. */
import { type CommandEntry, runCli } from './run-cli.ts';

const commands: Record<string, CommandEntry> = {
  classify: { summary: 'Read listing titles, one per line; write one JSON object per title.', load: () => import('./classify.ts') },
  fmv: { summary: 'Price a card from one JSON document { query, filters?, sold, active?, now? }.', load: () => import('./fmv.ts') },
};

// A closed pipe (`kuya-comps classify < titles | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2), commands, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
