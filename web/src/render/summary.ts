/** The headline: fair market value, its range, and what it rests on. */
import { h } from '../dom.ts';
import { ageInDays, date, money, plural, signedPct } from '../format.ts';
import type { CompsResult } from '../types.ts';
import { queryTags, tagList } from './card-tags.ts';
import { rangeBar } from './range-bar.ts';

function basis(comps: CompsResult): HTMLElement {
  const facts: string[] = [`${plural(comps.n, 'exact sale')}`];
  if (comps.dateRange) facts.push(`${date(comps.dateRange.oldest, true)} – ${date(comps.dateRange.newest)}`);
  if (comps.newestSaleAgeDays !== null) facts.push(`newest ${ageInDays(comps.newestSaleAgeDays)}`);
  return h('p', { class: 'fmv-basis' }, facts.join(' · '));
}

function notes(comps: CompsResult): HTMLElement | null {
  const lines: string[] = [];
  const { trend, askBlend } = comps;
  if (trend.jump) {
    lines.push(
      `Prices jumped ${signedPct(trend.jump.pct, 0)} on ${date(trend.jump.since)}; earlier sales are moved to the new level.`,
    );
  }
  if (trend.applied && trend.pctPer30Days !== null) {
    const used = trend.adjustedPctPer30Days ?? trend.pctPer30Days;
    lines.push(
      `Prices are moving ${signedPct(trend.pctPer30Days, 1)} a month; older sales are adjusted to today by ${signedPct(used, 1)} a month.`,
    );
  }
  if (comps.bestOfferCount > 0 && comps.marketValueWithoutBestOffer !== null) {
    lines.push(
      `${plural(comps.bestOfferCount, 'sale')} ended in an accepted best offer (true price hidden, so weighted down). Without them: ${money(comps.marketValueWithoutBestOffer)}.`,
    );
  }
  if (comps.outliersRemoved > 0) {
    lines.push(`${plural(comps.outliersRemoved, 'sale')} far from the rest ignored as outliers.`);
  }
  if (askBlend.applied && askBlend.askCenter !== null) {
    lines.push(
      `Range blended with ${plural(askBlend.askCount, 'current ask')} around ${money(askBlend.askCenter)}.`,
    );
  }
  if (lines.length === 0) return null;
  return h('ul', { class: 'fmv-notes' }, ...lines.map((line) => h('li', {}, line)));
}

export function summaryCard(comps: CompsResult, interim: boolean): HTMLElement {
  const value = comps.marketValue;
  const priced = !comps.insufficientData && value !== null;
  return h(
    'section',
    {
      class: `panel fmv${interim ? ' interim' : ''}`,
      'aria-labelledby': 'fmv-heading',
      'data-testid': 'summary',
    },
    h(
      'div',
      { class: 'fmv-head' },
      h('h2', { id: 'fmv-heading' }, 'Fair market value'),
      interim
        ? h('span', { class: 'chip chip-interim', 'data-testid': 'interim' }, 'Interim · first sold page')
        : null,
    ),
    priced
      ? h('p', { class: 'fmv-value', 'data-testid': 'fmv' }, money(value))
      : h('p', { class: 'fmv-value fmv-none', 'data-testid': 'fmv' }, 'Not enough sales'),
    priced
      ? basis(comps)
      : h(
          'p',
          { class: 'fmv-basis' },
          `${comps.n === 0 ? 'No exact sales' : `Only ${plural(comps.n, 'exact sale')}`} of this card found; a fair value needs at least 3. Try fewer filters or more sold pages.`,
        ),
    priced && comps.discount !== null && comps.premium !== null
      ? rangeBar(comps.discount, value, comps.premium)
      : null,
    h(
      'div',
      { class: 'reading' },
      h('span', { class: 'reading-label' }, 'Priced as'),
      tagList(queryTags(comps.reading)),
    ),
    priced ? notes(comps) : null,
  );
}
