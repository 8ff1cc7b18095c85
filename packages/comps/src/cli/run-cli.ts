/** The dispatcher: finds the subcommand, loads it, runs it, and turns errors into exit codes. */
import { type CliIo, type Command, UsageError, write } from './io.ts';

export interface CommandEntry {
  summary: string;
  /** Loaded only when the command runs, so one command's dependencies never slow another. */
  load: () => Promise<{ command: Command }>;
}

export function helpText(commands: Readonly<Record<string, CommandEntry>>): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`);
  return `Usage: kuya-comps <command> [options]

Commands:
${lines.join('\n')}

Options:
  -h, --help   show this help; kuya-comps <command> --help shows a command's help

Exit codes: 0 ok, 2 bad input or usage, 1 internal error.
`;
}

export async function runCli(
  argv: readonly string[],
  commands: Readonly<Record<string, CommandEntry>>,
  io: CliIo,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await write(name === undefined ? io.stderr : io.stdout, helpText(commands));
    return name === undefined ? 2 : 0;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    await write(io.stderr, `kuya-comps: unknown command "${name}"\n\n${helpText(commands)}`);
    return 2;
  }
  try {
    const { command } = await entry.load();
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      await write(io.stderr, `${err.message}\n`);
      return 2;
    }
    await write(io.stderr, `kuya-comps ${name}: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return 1;
  }
}
