import type { CompItem, CompsInput } from '@kuya/shared/comps';
import { describe, expect, it } from 'vitest';
import { computeComps, gradeLadder } from './comps.ts';

const NOW = '2025-06-30T00:00:00.000Z';
const daysAgo = (d: number) => new Date(Date.parse(NOW) - d * 86_400_000).toISOString();
const sold = (title: string, price: number, d = 5, extra: Partial<CompItem> = {}): CompItem => ({
  title,
  price,
  soldAt: daysAgo(d),
  ...extra,
});
const card = '2018 Topps Chrome Shohei Ohtani #150 PSA 10';
const genuine = [410, 395, 402, 420, 388, 405, 399, 415, 392, 407].map((p, i) => sold(card, p, i * 3));
const noise = [
  sold('Lot of 3 2018 Topps Chrome Shohei Ohtani #150 PSA 10', 1200),
  sold('2018 Topps Chrome Shohei Ohtani #150 PSA 9', 160),
  sold('2018 Topps Chrome Shohei Ohtani #150 PSA 10? raw', 90),
  sold('2018 Topps Chrome Shohei Ohtani Gold Refractor /50 #150 PSA 10', 4000),
  sold('2018 Topps Chrome Shohei Ohtani #150 PSA 10', 1300),
];
const input: CompsInput = { query: card, sold: [...genuine, ...noise], now: NOW };

describe('computeComps', () => {
  it('prices the exact comps and explains every other listing', () => {
    const r = computeComps(input);
    expect(r.n).toBe(10);
    expect(r.insufficientData).toBe(false);
    expect(r.marketValue).toBeGreaterThan(395);
    expect(r.marketValue).toBeLessThan(412);
    expect(r.discount!).toBeLessThanOrEqual(r.marketValue!);
    expect(r.premium!).toBeGreaterThanOrEqual(r.marketValue!);
    expect(r.listings).toHaveLength(15);
    const reasons = r.listings.slice(10).map((l) => [l.status, l.reasons]);
    expect(reasons).toEqual([
      ['excluded', ['lot']],
      ['excluded', ['wrong_grade']],
      ['excluded', ['speculative_grade']],
      ['excluded', ['parallel_not_base']],
      ['excluded', ['price_outlier']],
    ]);
    expect(r.counts).toMatchObject({ sold: 15, exactSold: 10 });
    expect(r.reliability.band).toBe('Excellent');
  });

  it('gives no number below 3 exact comps, but still n, dates and verdicts', () => {
    const r = computeComps({ query: card, sold: genuine.slice(0, 2), now: NOW });
    expect(r).toMatchObject({
      marketValue: null,
      discount: null,
      premium: null,
      n: 2,
      insufficientData: true,
    });
    expect(r.dateRange).not.toBeNull();
    expect(r.reliability.band).toBe('Insufficient data');
  });

  it('values as of the newest sale when no date is given, so runs repeat exactly', () => {
    const { now: _now, ...undated } = input;
    const a = computeComps(undated);
    expect(a.asOf).toBe(genuine[0]!.soldAt);
    expect(computeComps(undated)).toEqual(a);
  });

  it('counts price plus shipping, and flags bad prices and repeated ids', () => {
    const r = computeComps({
      query: card,
      sold: [
        sold(card, 380, 1, { id: 'a', shipping: 20 }),
        sold(card, 400, 2, { id: 'a' }),
        sold(card, 0, 3),
        ...genuine.slice(0, 3),
      ],
      now: NOW,
    });
    expect(r.listings[0]).toMatchObject({ allInPrice: 400, shipping: 20, status: 'exact' });
    expect(r.listings[1]!.reasons).toEqual(['duplicate']);
    expect(r.listings[2]!.reasons).toEqual(['invalid_price']);
  });

  it('finds deals among exact Buy-It-Now asks and reports market activity', () => {
    const r = computeComps({
      ...input,
      active: [
        { title: card, price: 330, seller: 'a' },
        { title: card, price: 360, auction: true },
        { title: `Lot of 2 ${card}`, price: 300 },
        { title: card, price: 460, seller: 'b' },
      ],
    });
    expect(r.deals.map((d) => d.allInPrice)).toEqual([330]);
    expect(r.deals[0]!.discountPct).toBeGreaterThan(15);
    expect(r.analytics.marketActivity).toMatchObject({ activeBuyItNow: 2, label: 'Buyers are active' });
    expect(r.analytics.askingVsSold.shown).toBe(false);
  });

  it("counts a seller's copies as one ask in the blend", () => {
    const asks = (sellers: string[]) =>
      computeComps({
        ...input,
        active: sellers.map((seller, i) => ({ title: card, price: 370 + i, seller })),
      }).askBlend;
    // Five copies from one dealer are one ask: too few to blend. Five sellers' asks are five.
    expect(asks(['a', 'a', 'a', 'a', 'a'])).toMatchObject({ applied: false, askCount: 1 });
    expect(asks(['a', 'b', 'c', 'd', 'e'])).toMatchObject({ applied: true, askCount: 5 });
  });

  it('fences out an ask too far below the sales to be this card, and keeps a real bargain', () => {
    const r = computeComps({
      ...input,
      active: [
        { title: card, price: 40, seller: 'a' },
        { title: card, price: 250, seller: 'b' },
        { title: card, price: 20, auction: true },
      ],
    });
    expect(r.deals.map((d) => d.allInPrice)).toEqual([250]);
    const [cheap, bargain, auction] = r.listings.filter((l) => l.kind === 'active');
    expect([cheap!.status, cheap!.reasons]).toEqual(['excluded', ['price_outlier']]);
    expect(bargain!.status).toBe('exact');
    // A live auction's low bid is no ask.
    expect(auction!.status).toBe('exact');
  });

  it('builds the grade ladder from the same sales', () => {
    const ladder = gradeLadder({
      ...input,
      sold: [...input.sold, ...[150, 155, 165].map((p) => sold('2018 Topps Chrome Ohtani #150 PSA 9', p))],
    });
    expect(ladder.rungs.find((r) => r.isQueryGrade)).toMatchObject({ label: 'PSA 10', n: 10 });
    expect(ladder.rungs.find((r) => r.label === 'PSA 9')).toMatchObject({ n: 4 });
    expect(ladder.rungs.find((r) => r.label === 'PSA 9')!.marketValue).toBeLessThan(170);
  });
});

describe('a card asked for without its year or its product', () => {
  /** The comps of `query` over `titles`, every one sold at the same price. */
  const compsOf = (query: string, titles: readonly string[]) =>
    computeComps({ query, sold: titles.map((t) => sold(t, 100)), now: NOW });

  it('takes the year most rookie listings state, and excludes another year', () => {
    const titles = [
      '2023-24 Panini Prizm Victor Wembanyama Silver Prizm RC #136',
      'Wembanyama 2023 Prizm Silver Rookie #136',
      '2023-24 Prizm Wemby Silver RC PSA 10',
      '2024-25 Panini Prizm Victor Wembanyama Silver Prizm 2nd Year',
      'Victor Wembanyama Prizm Silver Spurs',
    ];
    const r = compsOf('Wemby Prizm Silver RC', titles);
    const verdicts = r.listings.map((l) => l.reasons);
    expect(verdicts[3]).toContain('wrong_year');
    // A listing that states no year is not refused for it.
    expect(verdicts[4]).not.toContain('wrong_year');
    expect(verdicts[0]).toEqual([]);
    // Without "RC" the year is the one most listings state; with the year in the query nothing is inferred.
    const plain = compsOf('Wemby Prizm Silver', titles);
    expect(plain.listings[3]!.reasons).toContain('wrong_year');
    const dated = compsOf('2024-25 Wemby Prizm Silver', titles);
    expect(dated.listings.map((l) => l.status === 'exact')).toEqual([false, false, false, true, true]);
  });

  it('takes the product two thirds of the listings agree on for a query that names none', () => {
    const titles = [
      '2023-24 Panini Prizm Victor Wembanyama #136 RC PSA 10 Gem Mint',
      'PSA 10 Victor Wembanyama 2023 Prizm Rookie #136 Spurs',
      '2023-24 Prizm Wembanyama Rookie RC #136 PSA GEM MT 10',
      '2023-24 Donruss Victor Wembanyama Rated Rookie PSA 10',
      '2023-24 Prizm Wembanyama Rookie RC #136 PSA 9',
    ];
    const r = compsOf('#136 wemby psa 10', titles);
    expect(r.listings.map((l) => l.reasons)).toEqual([[], [], [], ['wrong_set'], ['wrong_grade']]);
    // Naming the product, the query decides it itself.
    const named = compsOf('wemby donruss psa 10', titles);
    expect(named.listings[3]!.status).toBe('exact');
  });

  it('leaves every year open when no year has two thirds of the listings', () => {
    const titles = [
      '2020 Prizm Joe Burrow Silver PSA 10',
      '2020 Panini Prizm Burrow Silver Prizm PSA 10',
      '2021 Prizm Joe Burrow Silver PSA 10',
      '2021 Panini Prizm Joe Burrow Silver PSA 10 Bengals',
    ];
    const r = compsOf('burrow prizm silver psa 10', titles);
    expect(r.listings.every((l) => l.status === 'exact')).toBe(true);
    const lopsided = compsOf('burrow prizm silver psa 10', [
      ...titles,
      '2020 Prizm Burrow Silver RC PSA 10 #307',
      '2020 Prizm Burrow Silver PSA 10',
    ]);
    expect(lopsided.listings.map((l) => l.reasons.includes('wrong_year'))).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('a release the query leaves out', () => {
  const sold = (title: string) => ({ title, price: 300 });
  it('takes it from the listings when nearly all name it and no card number disagrees', () => {
    const query = 'bobby witt jr topps chrome gold refractor /50';
    const r = computeComps({
      query,
      sold: [
        sold('2022 Topps Chrome Update Bobby Witt Jr. Rookie Gold Refractor /50 Royals'),
        sold('Bobby Witt Jr 2022 Topps Chrome Update RC Gold Refractor 33/50'),
        sold('2022 Topps Chrome Update Witt Jr Gold Refractor Rookie 1 of 50'),
      ],
    });
    expect(r.listings.map((l) => l.status)).toEqual(['exact', 'exact', 'exact']);
  });
  it('keeps another card of the release apart when the card numbers say so', () => {
    const r = computeComps({
      query: '2018 topps shohei ohtani',
      sold: [
        sold('2018 Topps Shohei Ohtani RC #700 Angels'),
        sold('2018 Topps Update Shohei Ohtani RC #US1'),
        sold('2018 Topps Update Ohtani #US1 Rookie Debut'),
        sold('2018 Topps Update Shohei Ohtani #US1 RC'),
      ],
    });
    expect(r.listings.map((l) => l.status)).toEqual(['exact', 'excluded', 'excluded', 'excluded']);
  });
});
