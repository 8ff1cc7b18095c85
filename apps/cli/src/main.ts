/** The `kuya-comps` bin: the comps engine's commands plus `search`, which talks to the API. */
import { type CommandEntry, commands as compsCommands, runCli } from '@kuya/comps/cli';

const commands: Record<string, CommandEntry> = {
  ...compsCommands,
  search: {
    summary: 'Search sold and active listings through the API (KUYA_API_URL) and print FMV, deals, comps.',
    load: () => import('./search.ts'),
  },
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
