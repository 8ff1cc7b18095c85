import { describe, expect, it } from 'vitest';
import { parseMoney } from './money.ts';

describe('parseMoney', () => {
  it.each([
    ['$120.00', 120, 'USD'],
    ['$2.27$3.49', 2.27, 'USD'],
    ['$3.39$3.99', 3.39, 'USD'],
    ['$0.99 to $1.49', 0.99, 'USD'],
    ['$1,234.56', 1234.56, 'USD'],
    ['$2,000', 2000, 'USD'],
    ['$12,345,678.90', 12345678.9, 'USD'],
    ['US $12.00', 12, 'USD'],
    ['C $45.00', 45, 'CAD'],
    ['+C $12.00 delivery', 12, 'CAD'],
    ['AU $10.50', 10.5, 'AUD'],
    ['£8.99', 8.99, 'GBP'],
    ['€1.234,56', 1234.56, 'EUR'],
    ['EUR 7,50', 7.5, 'EUR'],
    ['7,50 €', 7.5, 'EUR'],
    ['1 234,56 €', 1234.56, 'EUR'],
    ['12,00 zł', 12, 'PLN'],
    ['GBP 5.00', 5, 'GBP'],
    ['+$4.99 delivery', 4.99, 'USD'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });

  it('uses the fallback currency for a bare dollar sign', () => {
    expect(parseMoney('$5.00', 'CAD')).toEqual({ amount: 5, currency: 'CAD' });
  });

  it('returns null when there is no amount', () => {
    expect(parseMoney('Free delivery')).toBeNull();
    expect(parseMoney('Shipping not specified')).toBeNull();
  });
});
