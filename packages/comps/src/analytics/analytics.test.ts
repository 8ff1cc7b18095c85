import { describe, expect, it } from 'vitest';
import { computeComps, gradeLadder } from '../comps.ts';
import { findDeals } from './deals.ts';
import { askingVsSold, marketActivity } from './market.ts';
import { reliabilityOf } from './reliability.ts';

describe('reliability', () => {
  it.each([
    [0.1, 'Excellent'],
    [0.3, 'Good'],
    [0.7, 'Moderate'],
    [1.2, 'High variation'],
    [2, 'Chaotic'],
  ])('CoV %s → %s', (cov, band) => {
    const r = reliabilityOf(cov, true);
    expect(r.band).toBe(band);
    expect(r.score).toBeCloseTo(100 / (1 + cov), 1);
  });

  it('says so when there are too few comps', () => {
    expect(reliabilityOf(0.1, false)).toMatchObject({ score: null, band: 'Insufficient data' });
  });
});

describe('market activity', () => {
  it.each([
    [10, 5, 'Buyers are active'],
    [3, 5, 'Moderate buyer interest'],
    [2, 5, 'More sellers than buyers'],
    [1, 20, 'Few active buyers'],
  ])('%s weighted sales vs %s listings → %s', (sales, listings, label) => {
    expect(marketActivity(sales, listings).label).toBe(label);
  });
});

describe('asking vs sold', () => {
  it('shows the median ask, one per seller, only from 5 sellers up', () => {
    const asks = [110, 120, 130, 140].map((allInPrice, i) => ({ allInPrice, seller: `s${i}` }));
    expect(askingVsSold(asks, 100).shown).toBe(false);
    const more = [...asks, { allInPrice: 150, seller: 's4' }, { allInPrice: 500, seller: 's4' }];
    expect(askingVsSold(more, 100)).toMatchObject({ shown: true, medianAsk: 130, pct: 30, listings: 5 });
  });
});

describe('deals', () => {
  it('lists asks below FMV, best first, with the discount', () => {
    const deals = findDeals(
      [
        { index: 0, id: 'a', title: 'a', url: null, allInPrice: 90 },
        { index: 1, id: 'b', title: 'b', url: null, allInPrice: 120 },
        { index: 2, id: 'c', title: 'c', url: null, allInPrice: 75 },
      ],
      100,
    );
    expect(deals.map((d) => [d.id, d.discountPct, d.savings])).toEqual([
      ['c', 25, 25],
      ['a', 10, 10],
    ]);
    expect(findDeals([{ index: 0, id: 'a', title: 'a', url: null, allInPrice: 1 }], null)).toEqual([]);
  });
});

describe('bands read as shown', () => {
  it('labels a score and a ratio by their rounded values', () => {
    // 100 / (1 + 0.17705) = 84.96, shown as 85.0: Excellent, not Good.
    expect(reliabilityOf(0.17705, true)).toMatchObject({ score: 85, band: 'Excellent' });
    // 0.4975 shows as 0.5: moderate interest.
    expect(marketActivity(1.99, 4)).toMatchObject({ ratio: 0.5, label: 'Moderate buyer interest' });
  });
});

describe('grade ladder', () => {
  const many = (title: string, prices: number[]) => prices.map((price) => ({ title, price }));

  it('gives each rung a range that holds its value, as wide as the headline range for the same sales', () => {
    const sold = many('Trout Update US175 PSA 9', [150, 210, 155, 180, 95]);
    const ladder = gradeLadder({ query: 'Trout Update US175 PSA 9', sold });
    const rung = ladder.rungs.find((r) => r.label === 'PSA 9')!;
    expect(rung.discount!).toBeLessThanOrEqual(rung.marketValue!);
    expect(rung.premium!).toBeGreaterThanOrEqual(rung.marketValue!);
    const headline = computeComps({ query: 'Trout Update US175 PSA 9', sold });
    expect([rung.marketValue, rung.discount, rung.premium]).toEqual([
      headline.marketValue,
      headline.discount,
      headline.premium,
    ]);
  });

  it('prices each grade with n, marks the wanted rung, and flags a lower grade above a higher one', () => {
    const ladder = gradeLadder({
      query: 'Trout Update US175 PSA 10',
      sold: [
        ...many('Trout Update US175', [30, 32, 31]),
        ...many('Trout Update US175 PSA 9', [150, 160, 155]),
        ...many('Trout Update US175 PSA 10', [140, 145, 150]),
        ...many('Trout Update US175 BGS 9.5', [200]),
      ],
    });
    expect(ladder.rungs.map((r) => [r.label, r.n, r.isQueryGrade])).toEqual([
      ['Raw', 3, false],
      ['PSA 10', 3, true],
      ['PSA 9', 3, false],
      ['BGS 9.5', 1, false],
    ]);
    expect(ladder.rungs.find((r) => r.label === 'BGS 9.5')).toMatchObject({
      marketValue: null,
      insufficientData: true,
    });
    expect(ladder.inversions).toEqual([
      // The centre of 150, 155, 160 on the log scale (the pricing works on log prices).
      { lower: 'PSA 9', higher: 'PSA 10', lowerValue: 154.95, higherValue: 144.95 },
    ]);
  });
});
