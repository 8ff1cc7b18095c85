/** Live progress per provider while a search runs; the headline is the polite live region. */
import { h } from '../dom.ts';
import { plural } from '../format.ts';
import type { ProviderSide, SearchProgress } from '../types.ts';

const SIDES: Record<ProviderSide, { name: string; via: string }> = {
  sold: { name: 'Sold listings', via: 'eBay sold, via SearchAPI' },
  active: { name: 'Active listings', via: 'eBay Browse' },
};

type Provider = SearchProgress[ProviderSide];

function detail(p: Provider): string {
  switch (p.state) {
    case 'skipped':
      return 'not requested';
    case 'pending':
      return 'waiting…';
    case 'failed':
      return `unavailable: ${p.error?.message ?? 'the provider failed'}`;
    case 'running':
      return `page ${Math.min(p.pagesDone + 1, p.pagesTotal)} of ${p.pagesTotal} · ${plural(p.listings, 'listing')}`;
    case 'done':
      return `done · ${plural(p.listings, 'listing')}`;
  }
}

/** One line a screen reader can announce. */
export function progressHeadline(progress: SearchProgress): string {
  const { sold, active } = progress;
  const found = `${plural(sold.listings, 'sold listing')} and ${plural(active.listings, 'active listing')}`;
  const busy = [sold, active].some((p) => p.state === 'pending' || p.state === 'running');
  return busy ? `Searching eBay… ${found} so far.` : `Fetched ${found}. Pricing…`;
}

export function progressBars(progress: SearchProgress): HTMLElement {
  return h(
    'div',
    { class: 'providers' },
    ...(['sold', 'active'] as const).map((side) => {
      const p = progress[side];
      return h(
        'div',
        { class: `provider state-${p.state}`, 'data-testid': `progress-${side}` },
        h(
          'span',
          { class: 'provider-name' },
          SIDES[side].name,
          h('small', { class: 'provider-via' }, SIDES[side].via),
        ),
        h('progress', {
          max: Math.max(1, p.pagesTotal),
          value: p.state === 'done' ? Math.max(1, p.pagesTotal) : p.pagesDone,
          'aria-label': `${SIDES[side].name}: pages fetched`,
        }),
        h('span', { class: 'provider-detail' }, detail(p)),
      );
    }),
  );
}
