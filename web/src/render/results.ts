/** The results area: an interim value while sold pages stream in, then the full view. */
import { h, section } from '../dom.ts';
import { duration, plural } from '../format.ts';
import type { CompsResult, SearchResult } from '../types.ts';
import { analyticsCards } from './analytics.ts';
import { priceSpread, salesOverTime } from './charts.ts';
import { dealsPanel } from './deals.ts';
import { excludedPanel } from './excluded.ts';
import { gradeLadderPanel } from './grade-ladder.ts';
import { listingsPanel } from './listings.ts';
import { summaryCard } from './summary.ts';

/** How the answer was obtained: from the cache (and how old), or just now. */
export interface Freshness {
  cachedAgeSeconds: number | null;
  stale: boolean;
  refreshing: boolean;
}

function chartsPanel(comps: CompsResult): HTMLElement | null {
  const sales = comps.listings.filter((l) => l.kind === 'sold' && l.status === 'exact');
  const overTime = salesOverTime(comps, sales);
  const spread = priceSpread(comps, sales);
  if (!overTime && !spread) return null;
  const figure = (title: string, chart: SVGSVGElement | null, legend: HTMLElement | null) =>
    chart ? h('figure', { class: 'figure' }, h('figcaption', {}, title), chart, legend) : null;
  return section(
    'charts',
    'Sales',
    'Exact sales only, all-in (price + shipping). The shaded band is the Discount–Premium range.',
    h(
      'div',
      { class: 'figures' },
      figure(
        'Price over time',
        overTime,
        h(
          'p',
          { class: 'legend' },
          h('span', { class: 'key key-sale' }),
          'sale',
          h('span', { class: 'key key-offer' }),
          'best offer accepted (price is a ceiling)',
          overTime?.querySelector('.point-clipped')
            ? h('span', { class: 'key-clipped' }, '▲ beyond the scale')
            : null,
        ),
      ),
      figure('Price spread', spread, null),
    ),
  );
}

function warningsBanner(result: SearchResult): HTMLElement | null {
  if (result.warnings.length === 0) return null;
  return h(
    'div',
    { class: result.degraded ? 'notice notice-warn' : 'notice', role: 'note', 'data-testid': 'warnings' },
    h('strong', {}, result.degraded ? 'Partial data. ' : 'Notes. '),
    h('ul', {}, ...result.warnings.map((w) => h('li', {}, w))),
  );
}

function runFacts(result: SearchResult, freshness: Freshness): HTMLElement {
  const facts = [
    result.source === 'simulated' ? 'Simulated eBay data (demo mode)' : 'Live eBay data',
    plural(result.providerCalls.total, 'provider call'),
  ];
  const total = result.timings.totalMs;
  if (total !== undefined && freshness.cachedAgeSeconds === null)
    facts.push(`priced in ${duration(total / 1000)}`);
  if (freshness.cachedAgeSeconds !== null) {
    facts.push(
      `saved result from ${duration(freshness.cachedAgeSeconds)} ago${freshness.refreshing ? ', refreshing…' : freshness.stale ? ' (stale)' : ''}`,
    );
  }
  return h('p', { class: 'run-facts', 'data-testid': 'run-facts' }, facts.join(' · '));
}

export function renderInterim(container: HTMLElement, comps: CompsResult): void {
  container.dataset.phase = 'interim';
  container.replaceChildren(
    h('div', { class: 'overview' }, summaryCard(comps, true)),
    h('p', { class: 'interim-note' }, 'Still fetching the rest of the sold pages and live listings…'),
  );
}

export function renderFinal(container: HTMLElement, result: SearchResult, freshness: Freshness): void {
  const { comps } = result;
  const ladder = gradeLadderPanel(comps);
  container.dataset.phase = 'final';
  container.replaceChildren(
    ...[
      warningsBanner(result),
      h('div', { class: 'overview' }, summaryCard(comps, false), analyticsCards(comps)),
      dealsPanel(comps),
      chartsPanel(comps),
      ladder ? h('div', { class: 'pair' }, excludedPanel(comps), ladder) : excludedPanel(comps),
      listingsPanel(comps),
      runFacts(result, freshness),
    ].filter((el): el is HTMLElement => el !== null),
  );
}

export function clearResults(container: HTMLElement): void {
  delete container.dataset.phase;
  container.replaceChildren();
}
