import { describe, expect, it } from 'vitest';
import { blendWithAsks, tierOf } from './blend.ts';

const sold = { market: 100, discount: 92, premium: 108, sorted: [88, 92, 96, 100, 100, 104, 108, 112] };

describe('blendWithAsks', () => {
  it('ignores asks far above the sales', () => {
    const b = blendWithAsks(sold, [300, 350, 400, 500]);
    expect(b.askBlend.applied).toBe(false);
    expect(b.market).toBe(100);
  });

  it('moves the value part of the way towards competitive asks, by tier and supply', () => {
    const b = blendWithAsks(sold, [90, 92, 93, 95]);
    expect(b.askBlend).toMatchObject({ applied: true, tier: 'low', supply: 'balanced', bidWeight: 0.65 });
    expect(b.market).toBeLessThan(100);
    expect(b.market).toBeGreaterThan(90);
  });

  it('always keeps Discount ≤ Market value ≤ Premium', () => {
    const b = blendWithAsks(
      { ...sold, discount: 99, premium: 101 },
      [80, 80, 81, 82, 83, 84, 85, 86, 87, 88],
    );
    expect(b.discount).toBeLessThanOrEqual(b.market);
    expect(b.market).toBeLessThanOrEqual(b.premium);
  });

  it('sorts values into the earlier product price tiers', () => {
    expect([tierOf(4), tierOf(50), tierOf(500), tierOf(5000)]).toEqual(['bulk', 'low', 'mid', 'grail']);
  });
});
