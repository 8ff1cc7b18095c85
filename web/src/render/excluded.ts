/**
 * The account of what was left out: every reason with its count, and the listings behind it.
 * This is how a collector checks the value: which sales went in, and why not the others.
 */
import { h, listingLink, section } from '../dom.ts';
import { money, plural } from '../format.ts';
import { reasonLabel } from '../labels.ts';
import type { CompsResult } from '../types.ts';

const TITLES_PER_REASON = 40;

export function excludedPanel(comps: CompsResult): HTMLElement {
  const { counts } = comps;
  const soldOut = counts.sold - counts.exactSold;
  const activeOut = counts.active - counts.exactActive;
  const reasons = Object.entries(counts.byReason)
    .filter(([, n]) => n > 0)
    .sort(([, a], [, b]) => b - a);
  const most = Math.max(1, ...reasons.map(([, n]) => n));

  const items = reasons.map(([code, n]) => {
    const listings = comps.listings.filter(
      (l) => l.status === 'excluded' && (l.reasons as string[]).includes(code),
    );
    const bar = h('span', { class: 'reason-bar', 'aria-hidden': 'true' });
    bar.style.width = `${((n / most) * 100).toFixed(1)}%`;
    return h(
      'li',
      { 'data-testid': 'excluded-reason', 'data-reason': code },
      h(
        'details',
        {},
        h(
          'summary',
          {},
          h('span', { class: 'reason-name' }, reasonLabel(code)),
          h('span', { class: 'reason-meter' }, bar),
          h('span', { class: 'reason-count' }, String(n)),
        ),
        h(
          'ul',
          { class: 'reason-listings' },
          ...listings
            .slice(0, TITLES_PER_REASON)
            .map((l) =>
              h(
                'li',
                {},
                h('span', { class: `kind kind-${l.kind}` }, l.kind),
                listingLink(l.title, l.url),
                h('span', { class: 'num' }, money(l.allInPrice)),
              ),
            ),
        ),
        listings.length > TITLES_PER_REASON
          ? h('p', { class: 'more' }, `${listings.length - TITLES_PER_REASON} more in the listings table.`)
          : null,
      ),
    );
  });

  return section(
    'excluded',
    'Left out, and why',
    reasons.length === 0
      ? 'Every listing eBay returned matched this card.'
      : `${soldOut} of ${plural(counts.sold, 'sold listing')} and ${activeOut} of ${plural(counts.active, 'active listing')} are not this card, or not the grade and filters you asked for. A listing can have more than one reason.`,
    reasons.length > 0 ? h('ul', { class: 'reason-list', 'data-testid': 'excluded' }, ...items) : null,
  );
}
