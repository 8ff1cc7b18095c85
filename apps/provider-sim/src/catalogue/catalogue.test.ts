import { describe, expect, it } from 'vitest';
import { SearchEngine } from '../search.ts';
import { Truth } from '../truth.ts';
import { buildCatalogue } from './catalogue.ts';
import { GRADE_BUCKETS } from './grades.ts';
import { getCorpus } from './listings.ts';
import { TITLE_MAX } from './titles.ts';

const DATA_NOW = Date.parse('2026-11-20T00:00:00Z');
const DAY = 86_400_000;
const corpus = getCorpus(20261120, DATA_NOW);
const identities = corpus.catalogue.map((e) => e.identity);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

describe('catalogue', () => {
  it('has at least 150 identities across five sports, with numbers, parallels /N, autographs and rookies', () => {
    expect(identities.length).toBeGreaterThanOrEqual(150);
    expect(new Set(identities.map((i) => i.sport))).toEqual(
      new Set(['baseball', 'basketball', 'football', 'hockey', 'soccer']),
    );
    expect(identities.some((i) => i.cardNumber === 'US175' && i.player === 'Mike Trout')).toBe(true);
    expect(identities.filter((i) => i.serial !== null).length).toBeGreaterThan(30);
    expect(identities.filter((i) => i.autograph).length).toBeGreaterThan(10);
    expect(identities.filter((i) => i.rookie).length).toBeGreaterThan(100);
    expect(new Set(identities.map((i) => i.id)).size).toBe(identities.length);
  });

  it('prices every identity in every grade bucket, PSA 10 above PSA 9 above raw', () => {
    for (const i of identities) {
      expect(Object.keys(i.values)).toEqual([...GRADE_BUCKETS]);
      expect(i.values['PSA 10']).toBeGreaterThan(i.values['PSA 9']);
      expect(i.values['PSA 9']).toBeGreaterThan(i.values.raw);
      expect(i.values.raw).toBeGreaterThan(0);
    }
  });

  it('is deterministic per seed', () => {
    expect(buildCatalogue(7)).toEqual(buildCatalogue(7));
    const other = buildCatalogue(8).map((e) => e.identity.values.raw);
    expect(other).not.toEqual(buildCatalogue(7).map((e) => e.identity.values.raw));
  });
});

describe('listings', () => {
  it('spreads sold listings over the 90 days before the data "now" with every sale format', () => {
    const ages = corpus.sold.map((l) => DATA_NOW - (l.endAt ?? Number.NaN));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(90 * DAY);
    expect(Math.max(...ages)).toBeGreaterThan(85 * DAY);
    const formats = new Set(corpus.sold.map((l) => l.format));
    expect(formats).toEqual(new Set(['auction', 'bin', 'best_offer']));
    expect(corpus.sold.filter((l) => l.format === 'auction').every((l) => (l.bids ?? 0) >= 1)).toBe(true);
    expect(corpus.active.some((l) => l.format === 'auction' && (l.endAt ?? 0) > DATA_NOW)).toBe(true);
    expect(corpus.active.some((l) => l.format === 'bin')).toBe(true);
  });

  it('prices genuine sales around the truth, recent ones closest', () => {
    const trout = identities.find((i) => i.id === '2011-topps-update-us175-mike-trout');
    expect(trout).toBeDefined();
    for (const grade of ['raw', 'PSA 9', 'PSA 10'] as const) {
      const recent = corpus.sold.filter(
        (l) =>
          l.identityId === trout?.id &&
          l.kind === 'card' &&
          l.grade === grade &&
          !l.outlier &&
          l.format !== 'best_offer' &&
          DATA_NOW - (l.endAt ?? 0) < 45 * DAY,
      );
      expect(recent.length).toBeGreaterThanOrEqual(5);
      const ratio = median(recent.map((l) => l.price)) / (trout?.values[grade] ?? 1);
      expect(ratio).toBeGreaterThan(0.8);
      expect(ratio).toBeLessThan(1.25);
    }
    const asks = corpus.active.filter(
      (l) => l.identityId === trout?.id && l.kind === 'card' && l.format === 'bin' && l.grade === 'raw',
    );
    const askRatio = median(asks.map((l) => l.price)) / (trout?.values.raw ?? 1);
    expect(askRatio).toBeGreaterThan(0.9);
    expect(askRatio).toBeLessThan(1.5);
  });

  it('mixes in every kind of noise, colour-like team names and HTML titles, all within 80 characters', () => {
    const kinds = new Set(corpus.sold.map((l) => l.kind));
    expect(kinds).toEqual(
      new Set(['card', 'lot', 'you_pick', 'reprint', 'custom', 'digital', 'break', 'sealed', 'speculative']),
    );
    const titles = corpus.sold.map((l) => l.title);
    for (const team of [
      'Red Sox',
      'Blue Jays',
      'White Sox',
      'Golden Knights',
      'Red Wings',
      'Blue Jackets',
      'Green Bay',
    ]) {
      expect(titles.some((t) => t.includes(team))).toBe(true);
    }
    expect(titles.some((t) => t.includes('<img src=x onerror=alert(1)>'))).toBe(true);
    expect(titles.some((t) => /PSA 10\?/.test(t))).toBe(true);
    expect(titles.some((t) => /\bRP\b/.test(t))).toBe(true);
    expect(titles.every((t) => t.length <= TITLE_MAX)).toBe(true);
    const html = corpus.sold.filter((l) => l.html).length / corpus.sold.length;
    expect(html).toBeGreaterThan(0.001);
    expect(html).toBeLessThan(0.02);
  });

  it('is built once per seed and data "now", with titles that depend on the seed only', () => {
    expect(getCorpus(20261120, DATA_NOW)).toBe(corpus);
    const titles = corpus.sold.slice(0, 50).map((l) => l.title);
    const rebuilt = getCorpus(20261120, DATA_NOW + 1)
      .sold.slice(0, 50)
      .map((l) => l.title);
    expect(rebuilt).toEqual(titles);
  });
});

describe('query truth', () => {
  it('maps queries to identities and grade buckets', () => {
    const truth = new Truth(corpus.catalogue, new SearchEngine(corpus));
    const base = truth.answer('2011 Topps Update Mike Trout #US175');
    expect(base.identity?.id).toBe('2011-topps-update-us175-mike-trout');
    expect(base.grade).toBe('raw');
    expect(base.value).toBe(base.identity?.values.raw);
    const gem = truth.answer('2011 topps update trout psa 10');
    expect(gem.grade).toBe('PSA 10');
    expect(gem.value).toBe(gem.identity?.values['PSA 10']);
    expect(truth.answer('2018 topps chrome ohtani refractor').identity?.parallel).toBe('Refractor');
    expect(truth.answer('2018 topps chrome ohtani auto').identity?.autograph).toBe(true);
    expect(truth.answer('bgs 9.5 luka doncic prizm').grade).toBe('BGS 9.5');
    expect(truth.answer('zzqx nothing').identity).toBeNull();
    const mix = base.composition.sold;
    expect(mix.total).toBeGreaterThan(100);
    expect(mix.byLabel.exact).toBeGreaterThan(20);
    expect(mix.noiseShare).toBeGreaterThan(0.2);
    expect(mix.noiseShare).toBeLessThan(0.9);
  });
});
