/** Active listings of the exact card priced below market value, best discount first. */
import { h, listingLink, section } from '../dom.ts';
import { money, signedPct } from '../format.ts';
import type { CompsResult } from '../types.ts';

const SHOWN = 8;

export function dealsPanel(comps: CompsResult): HTMLElement {
  const deals = [...comps.deals].sort((a, b) => b.discountPct - a.discountPct);
  if (deals.length === 0) {
    return section(
      'deals',
      'Deals',
      comps.marketValue === null
        ? 'Deals need a market value to compare against.'
        : 'No Buy-It-Now listing of this exact card is priced below market value right now.',
    );
  }
  const rest = deals.length - SHOWN;
  return section(
    'deals',
    `Deals · ${deals.length}`,
    `Buy-It-Now listings of this exact card, all-in price below the ${money(comps.marketValue)} market value.`,
    h(
      'ol',
      { class: 'deals' },
      ...deals
        .slice(0, SHOWN)
        .map((deal) =>
          h(
            'li',
            { class: 'deal', 'data-testid': 'deal' },
            h('span', { class: 'deal-discount' }, signedPct(-deal.discountPct)),
            listingLink(deal.title, deal.url, { class: 'deal-title' }),
            h(
              'span',
              { class: 'deal-price' },
              h('strong', {}, money(deal.allInPrice)),
              h('small', { class: 'deal-save' }, `save ${money(deal.savings)}`),
            ),
          ),
        ),
    ),
    rest > 0 ? h('p', { class: 'more' }, `${rest} more in the active listings below.`) : null,
  );
}
