/** Discount · Market value · Premium on one bar: where a quick sale, a fair sale and a patient sale land. */
import { h } from '../dom.ts';
import { money } from '../format.ts';

export function rangeBar(discount: number, market: number, premium: number): HTMLElement {
  const pad = Math.max((premium - discount) * 0.3, market * 0.03);
  const lo = Math.max(0, discount - pad);
  const hi = premium + pad;
  const at = (v: number) => `${(((v - lo) / (hi - lo)) * 100).toFixed(2)}%`;

  const fill = h('span', { class: 'range-fill' });
  fill.style.left = at(discount);
  fill.style.right = `calc(100% - ${at(premium)})`;
  const marker = h('span', { class: 'range-marker' });
  marker.style.left = at(market);

  const label = (name: string, value: number, note: string, className: string) =>
    h(
      'div',
      { class: `range-label ${className}` },
      h('span', { class: 'range-name' }, name),
      h('strong', { class: 'range-value' }, money(value)),
      h('small', {}, note),
    );

  return h(
    'div',
    {
      class: 'range',
      role: 'group',
      'aria-label': `Price range: discount ${money(discount)}, market value ${money(market)}, premium ${money(premium)}`,
    },
    h('div', { class: 'range-track', 'aria-hidden': 'true' }, fill, marker),
    h(
      'div',
      { class: 'range-labels' },
      label('Discount', discount, 'sells fast', 'discount'),
      label('Market value', market, 'fair price', 'market'),
      label('Premium', premium, 'patient seller', 'premium'),
    ),
  );
}
