/**
 * Every fetched listing, sold and active, with its verdict: a comp (or a matching ask) or left out,
 * and why. Tabs switch sold/active; a filter narrows to comps or to what was left out.
 */
import { h, listingLink, section } from '../dom.ts';
import { date, money } from '../format.ts';
import { reasonLabel } from '../labels.ts';
import type { ResultListing, SearchResult } from '../types.ts';
import { cardTags, tagList } from './card-tags.ts';

type Kind = ResultListing['kind'];
type Show = 'all' | 'exact' | 'excluded';

const PAGE = 50;

function format(listing: ResultListing): string {
  switch (listing.buyingFormat) {
    case 'auction':
      return listing.bids === null
        ? 'Auction'
        : `Auction · ${listing.bids} ${listing.bids === 1 ? 'bid' : 'bids'}`;
    case 'best_offer':
      return listing.kind === 'sold' ? 'Best offer accepted' : 'Best offer';
    case 'buy_it_now':
      return 'Buy It Now';
  }
}

function when(listing: ResultListing): string {
  if (listing.kind === 'sold') return date(listing.soldAt);
  return listing.endsAt ? `ends ${date(listing.endsAt, true)}` : 'Live';
}

function priceCell(listing: ResultListing): HTMLElement {
  const detail =
    listing.shipping === null
      ? 'shipping unknown'
      : listing.shipping === 0
        ? 'free shipping'
        : `${money(listing.price)} + ${money(listing.shipping)} ship`;
  return h(
    'td',
    { class: 'num', 'data-label': 'All-in' },
    h('strong', {}, money(listing.allInPrice)),
    h('small', { class: 'cell-detail' }, detail),
  );
}

function statusCell(listing: ResultListing): HTMLElement {
  if (listing.status === 'exact') {
    return h(
      'td',
      { class: 'verdict', 'data-label': 'Status' },
      h('span', { class: 'chip chip-ok' }, listing.kind === 'sold' ? 'Comp' : 'Match'),
    );
  }
  return h(
    'td',
    { class: 'verdict', 'data-label': 'Status' },
    h('span', { class: 'chip chip-out' }, 'Left out'),
    h('span', { class: 'reasons', 'data-testid': 'reasons' }, listing.reasons.map(reasonLabel).join('; ')),
  );
}

function row(listing: ResultListing): HTMLTableRowElement {
  return h(
    'tr',
    { class: listing.status === 'exact' ? 'is-exact' : 'is-excluded', 'data-testid': 'listing-row' },
    statusCell(listing),
    h(
      'td',
      { class: 'title-cell', 'data-label': 'Listing' },
      listingLink(listing.title, listing.url, { class: 'listing-title', 'data-testid': 'listing-title' }),
      tagList(cardTags(listing.card), 'tags tags-small'),
    ),
    priceCell(listing),
    h('td', { class: 'date', 'data-label': listing.kind === 'sold' ? 'Sold' : 'Listed' }, when(listing)),
    h('td', { 'data-label': 'Format' }, format(listing)),
  );
}

export function listingsPanel(comps: SearchResult['comps']): HTMLElement {
  // Newest sales first; cheapest asks first.
  const byKind: Record<Kind, ResultListing[]> = {
    sold: comps.listings
      .filter((l) => l.kind === 'sold')
      .sort((a, b) => (b.soldAt ?? '').localeCompare(a.soldAt ?? '')),
    active: comps.listings.filter((l) => l.kind === 'active').sort((a, b) => a.allInPrice - b.allInPrice),
  };
  let kind: Kind = 'sold';
  let show: Show = 'all';
  let limit = PAGE;

  const body = h('tbody');
  const table = h(
    'table',
    { class: 'listings', id: 'listings-table', role: 'tabpanel' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Status'),
        h('th', { scope: 'col' }, 'Listing'),
        h('th', { scope: 'col', class: 'num' }, 'All-in'),
        h('th', { scope: 'col' }, 'Date'),
        h('th', { scope: 'col' }, 'Format'),
      ),
    ),
    body,
  );
  const more = h('button', { type: 'button', class: 'secondary more-button' });
  const empty = h('p', { class: 'empty', hidden: true });
  const tabs: Record<Kind, HTMLButtonElement> = {
    sold: h('button', { type: 'button', role: 'tab', id: 'tab-sold', 'aria-controls': 'listings-table' }),
    active: h('button', { type: 'button', role: 'tab', id: 'tab-active', 'aria-controls': 'listings-table' }),
  };

  const draw = () => {
    for (const k of ['sold', 'active'] as const) {
      const exact = byKind[k].filter((l) => l.status === 'exact').length;
      tabs[k].textContent = `${k === 'sold' ? 'Sold' : 'Active'} · ${exact} of ${byKind[k].length}`;
      tabs[k].setAttribute('aria-selected', String(k === kind));
      tabs[k].tabIndex = k === kind ? 0 : -1;
    }
    table.setAttribute('aria-labelledby', tabs[kind].id);
    const rows = byKind[kind].filter((l) => show === 'all' || l.status === show);
    body.replaceChildren(...rows.slice(0, limit).map(row));
    more.hidden = rows.length <= limit;
    more.textContent = `Show all ${rows.length}`;
    empty.hidden = rows.length > 0;
    empty.textContent = `No ${show === 'excluded' ? 'left-out ' : show === 'exact' ? 'matching ' : ''}${kind} listings.`;
  };

  for (const k of ['sold', 'active'] as const) {
    tabs[k].addEventListener('click', () => {
      kind = k;
      limit = PAGE;
      draw();
    });
    tabs[k].addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      const other = k === 'sold' ? 'active' : 'sold';
      tabs[other].focus();
      tabs[other].click();
    });
  }
  more.addEventListener('click', () => {
    limit = Number.POSITIVE_INFINITY;
    draw();
  });

  const filter = h(
    'fieldset',
    { class: 'segmented' },
    h('legend', { class: 'visually-hidden' }, 'Show'),
    ...(
      [
        ['all', 'All'],
        ['exact', 'Counted'],
        ['excluded', 'Left out'],
      ] as const
    ).map(([value, text]) => {
      const input = h('input', { type: 'radio', name: 'listing-filter', value, checked: value === show });
      input.addEventListener('change', () => {
        show = value;
        limit = PAGE;
        draw();
      });
      return h('label', {}, input, h('span', { class: 'segment' }, text));
    }),
  );

  draw();
  return section(
    'listings',
    'Listings',
    'Everything eBay returned for this search. “Comp” sales set the value; each left-out listing says why.',
    h(
      'div',
      { class: 'listings-bar' },
      h('div', { role: 'tablist', 'aria-label': 'Listing type', class: 'tabs' }, tabs.sold, tabs.active),
      filter,
    ),
    h('div', { class: 'table-wrap' }, table),
    empty,
    more,
  );
}
