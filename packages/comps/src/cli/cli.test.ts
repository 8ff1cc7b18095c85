import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { command as classify } from './classify.ts';
import { command as fmv } from './fmv.ts';
import type { CliIo, Command } from './io.ts';
import { runCli } from './run-cli.ts';

function io(stdin: string) {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => {
    stdout += c;
  });
  err.on('data', (c) => {
    stderr += c;
  });
  const streams: CliIo = { stdin: Readable.from([stdin]), stdout: out, stderr: err };
  return { streams, output: () => ({ stdout, stderr }) };
}

const commands = {
  classify: { summary: 'classify', load: async () => ({ command: classify }) },
  fmv: { summary: 'fmv', load: async () => ({ command: fmv }) },
};

const run = async (argv: string[], stdin = '') => {
  const { streams, output } = io(stdin);
  const code = await runCli(argv, commands, streams);
  return { code, ...output() };
};

describe('kuya-comps dispatcher', () => {
  it('prints help and exits 0 on --help, 2 without a command or with an unknown one', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0 });
    expect((await run([])).code).toBe(2);
    const unknown = await run(['serch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "serch"');
  });

  it('turns an unexpected failure into exit 1 with one line and no stack', async () => {
    const broken: Command = {
      summary: '',
      usage: '',
      run: async () => {
        throw new Error('boom');
      },
    };
    const { streams, output } = io('');
    const code = await runCli(
      ['x'],
      { x: { summary: 'x', load: async () => ({ command: broken }) } },
      streams,
    );
    expect(code).toBe(1);
    expect(output().stderr).toBe('kuya-comps x: internal error: boom\n');
  });
});

describe('kuya-comps classify', () => {
  it('writes one JSON object per input line, in order', async () => {
    const r = await run(
      ['classify'],
      '2011 Topps Update Mike Trout #US175 PSA 10\r\nLot of 5 Trout reprint\n',
    );
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      graded: true,
      grader: 'PSA',
      grade: 10,
      cardNumber: 'US175',
      noise: [],
    });
    expect(lines[1].noise).toEqual(['lot', 'reprint']);
    expect(lines[0]).not.toHaveProperty('words');
  });

  it('drops a byte-order mark before the first title, and answers a blank line with a blank reading', async () => {
    const r = await run(['classify'], '\ufeff1986 Fleer Michael Jordan #57 RC\n\n');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.title)).toEqual(['1986 Fleer Michael Jordan #57 RC', '']);
    expect(lines[0]).toMatchObject({ year: 1986, cardNumber: '57' });
  });
});

describe('kuya-comps fmv', () => {
  it('rejects bad JSON and invalid documents with exit 2 and a message', async () => {
    const bad = await run(['fmv'], '{nope');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^fmv: stdin is not valid JSON/);
    const invalid = await run(['fmv'], JSON.stringify({ query: 'x', sold: [{ title: 't', price: -1 }] }));
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('sold[0].price');
    expect(invalid.stderr).not.toContain('    at ');
  });

  it('reads a document saved with a byte-order mark', async () => {
    const sold = [100, 102, 98].map((price) => ({ title: 'Juan Soto 2018 Topps Update US300', price }));
    const r = await run(['fmv', '--compact'], `\ufeff${JSON.stringify({ query: 'Juan Soto US300', sold })}`);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).n).toBe(3);
  });

  it('prints the result for a valid document', async () => {
    const sold = [100, 102, 98, 101].map((price) => ({ title: 'Juan Soto 2018 Topps Update US300', price }));
    const r = await run(
      ['fmv', '--compact'],
      JSON.stringify({ query: 'Juan Soto 2018 Topps Update US300', sold }),
    );
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ n: 4, insufficientData: false });
    expect(result.marketValue).toBeCloseTo(100.5, 0);
  });
});

describe('kuya-comps fmv, lenient where a spreadsheet export is', () => {
  it('reads amounts written as text and dates JavaScript reads, and still refuses what is no amount', async () => {
    const title = 'Juan Soto 2018 Topps Update US300';
    const sold = [
      { title, price: '$1,000.00', soldAt: 'Nov 1, 2025' },
      { title, price: '990', shipping: '10.00', soldAt: '2025-11-02 10:00:00' },
      { title, price: 1010, soldAt: '2025-11-03' },
    ];
    const r = await run(['fmv', '--compact'], JSON.stringify({ query: title, sold }));
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.n).toBe(3);
    expect(result.listings.map((l: { allInPrice: number }) => l.allInPrice).sort()).toEqual([
      1000, 1000, 1010,
    ]);
    // Date text comes back as ISO 8601 (read in the machine's time zone, as JavaScript reads it).
    expect(result.listings.map((l: { soldAt: string }) => l.soldAt)).toEqual([
      new Date(Date.parse('Nov 1, 2025')).toISOString(),
      new Date(Date.parse('2025-11-02 10:00:00')).toISOString(),
      '2025-11-03',
    ]);
    const bad = await run(
      ['fmv'],
      JSON.stringify({ query: title, sold: [{ title, price: 'ten', soldAt: 'soon' }] }),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('sold[0].price');
    expect(bad.stderr).toContain('sold[0].soldAt');
  });

  it('reads shipping as listings show it, Unix times, and flags and counts written as text', async () => {
    const title = 'Juan Soto 2018 Topps Update US300';
    const sold = [
      { title, price: 100, shipping: 'Free shipping', soldAt: 1762000000, auction: 'yes', bids: '12 bids' },
      { title, price: 100, shipping: '+$4.99 shipping', soldAt: 1762000000000, bestOffer: 'true' },
      { title, price: 100, shipping: 'FREE', soldAt: '2025-11-03', bestOffer: 0 },
    ];
    const r = await run(['fmv', '--compact'], JSON.stringify({ query: title, sold }));
    expect(r.code).toBe(0);
    const listings = JSON.parse(r.stdout).listings;
    expect(listings.map((l: { shipping: number }) => l.shipping)).toEqual([0, 4.99, 0]);
    expect(listings.map((l: { soldAt: string }) => l.soldAt)).toEqual([
      '2025-11-01T12:26:40.000Z',
      '2025-11-01T12:26:40.000Z',
      '2025-11-03',
    ]);
    expect(listings.map((l: { auction: boolean; bestOffer: boolean }) => [l.auction, l.bestOffer])).toEqual([
      [true, false],
      [false, true],
      [false, false],
    ]);
    const bad = await run(
      ['fmv'],
      JSON.stringify({
        query: title,
        sold: [{ title, price: 1, shipping: 'calculated', bestOffer: 'maybe' }],
      }),
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('sold[0].shipping');
    expect(bad.stderr).toContain('sold[0].bestOffer');
  });
});

describe('the CLI bundle (scripts/build-cli.mjs)', () => {
  it('answers exactly as the sources do', async () => {
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const out = `${root}dist/cli-test-${process.pid}/kuya-comps.mjs`;
    try {
      const built = spawnSync(process.execPath, [`${root}scripts/build-cli.mjs`, out]);
      expect(built.status, built.stderr.toString()).toBe(0);
      const titles = 'Harper 2012 Bowman Chrome Purple Refractor\nLot of 3 Mahomes Prizm RC\nTrout PSA 10?\n';
      const bundled = spawnSync(process.execPath, [out, 'classify'], { input: titles });
      expect(bundled.status).toBe(0);
      const sources = await run(['classify'], titles);
      expect(bundled.stdout.toString()).toBe(sources.stdout);
    } finally {
      rmSync(dirname(out), { recursive: true, force: true });
    }
  });
});

describe('bin/kuya-comps.mjs', () => {
  it('runs from a shell: classify reads stdin', () => {
    const bin = fileURLToPath(new URL('../../../../bin/kuya-comps.mjs', import.meta.url));
    const r = spawnSync(process.execPath, [bin, 'classify'], {
      input: 'Harper 2012 Bowman Chrome Purple Refractor\n',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.toString())).toMatchObject({ parallel: 'purple refractor', noise: [] });
  });
});
