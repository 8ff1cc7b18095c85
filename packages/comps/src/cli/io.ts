/** What a subcommand may touch: three streams, so tests can run commands in memory. */
import { once } from 'node:events';

export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

export interface Command {
  /** One line for `kuya-comps --help`. */
  summary: string;
  /** The command's own `--help` text. */
  usage: string;
  /** Returns the exit code: 0 ok, 2 bad input or usage, 1 our fault. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** The caller's mistake: printed as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Writes, waiting for the stream to drain when its buffer is full. */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** `text` without the byte-order mark Windows editors put at the start of a file. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');
