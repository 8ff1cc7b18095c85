/** The market read collectors know from the earlier product: reliability, buyer activity, asks vs sales. */
import { h } from '../dom.ts';
import { money, plural, signedPct } from '../format.ts';
import type { CompsResult } from '../types.ts';

type Tone = 'good' | 'fair' | 'poor' | 'muted';

const RELIABILITY_TONE: Record<CompsResult['reliability']['band'], Tone> = {
  Excellent: 'good',
  Good: 'good',
  Moderate: 'fair',
  'High variation': 'poor',
  Chaotic: 'poor',
  'Insufficient data': 'muted',
};

const ACTIVITY_TONE: Record<CompsResult['analytics']['marketActivity']['label'], Tone> = {
  'Buyers are active': 'good',
  'Moderate buyer interest': 'fair',
  'More sellers than buyers': 'poor',
  'Few active buyers': 'poor',
};

function card(title: string, value: string, tone: Tone, detail: string, testId: string): HTMLElement {
  return h(
    'div',
    { class: `stat tone-${tone}`, 'data-testid': testId },
    h('h3', {}, title),
    h('p', { class: 'stat-value' }, value),
    h('p', { class: 'stat-detail' }, detail),
  );
}

export function analyticsCards(comps: CompsResult): HTMLElement {
  const { reliability } = comps;
  const { marketActivity: activity, askingVsSold: asks } = comps.analytics;

  const reliabilityValue =
    reliability.score === null
      ? reliability.band
      : `${reliability.band} · ${Math.round(reliability.score)}/100`;
  const activityDetail =
    activity.ratio === null
      ? 'No active Buy-It-Now listings of this card to compare with.'
      : `${activity.ratio.toFixed(1)} recent sales per Buy-It-Now listing (${activity.activeBuyItNow} listed now).`;
  const asksCard =
    asks.shown && asks.pct !== null
      ? card(
          'Asking vs sold',
          signedPct(asks.pct),
          asks.pct > 25 ? 'poor' : 'muted',
          `Median ask ${money(asks.medianAsk)} from ${plural(asks.listings, 'seller')}, against ${money(comps.marketValue)} market value.`,
          'asking-vs-sold',
        )
      : card(
          'Asking vs sold',
          'Too few asks',
          'muted',
          `Shown with 5 or more active listings of this card; found ${asks.listings}.`,
          'asking-vs-sold',
        );

  return h(
    'section',
    { class: 'stats', 'aria-label': 'Market read' },
    card(
      'Price reliability',
      reliabilityValue,
      RELIABILITY_TONE[reliability.band],
      reliability.headline,
      'reliability',
    ),
    card('Market activity', activity.label, ACTIVITY_TONE[activity.label], activityDetail, 'activity'),
    asksCard,
  );
}
