/**
 * Two inline SVG charts of the exact sold comps: price over time against the value band, and how
 * prices spread. Drawn here, no library; labels are text nodes, tooltips are <title> elements.
 */
import { s } from '../dom.ts';
import { date, money, moneyShort, plural } from '../format.ts';
import type { CompsResult, ListingVerdict } from '../types.ts';

const W = 640;
const H = 240;
const M = { top: 14, right: 14, bottom: 30, left: 50 };
const PLOT_W = W - M.left - M.right;
const PLOT_H = H - M.top - M.bottom;

/** Round tick values covering [lo, hi]. */
function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (hi <= lo) return [lo];
  const raw = (hi - lo) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * mag >= raw) ?? 10) * mag;
  const ticks: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
    ticks.push(Number(v.toFixed(10)));
  return ticks;
}

function scale(d0: number, d1: number, r0: number, r1: number) {
  const span = d1 - d0 || 1;
  return (v: number) => r0 + ((v - d0) / span) * (r1 - r0);
}

function frame(label: string, ...children: SVGElement[]): SVGSVGElement {
  return s(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      class: 'chart',
      role: 'img',
      'aria-label': label,
      preserveAspectRatio: 'xMidYMid meet',
    },
    ...children,
  );
}

function yAxis(ticks: number[], y: (v: number) => number): SVGGElement {
  return s(
    'g',
    { class: 'axis axis-y' },
    ...ticks.flatMap((t) => [
      s('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: 'grid' }),
      s('text', { x: M.left - 8, y: y(t), dy: '0.32em', 'text-anchor': 'end' }, moneyShort(t)),
    ]),
  );
}

function valueBand(comps: CompsResult, y: (v: number) => number): SVGGElement | null {
  const { discount, premium, marketValue } = comps;
  if (comps.insufficientData || marketValue === null) return null;
  return s(
    'g',
    { class: 'band' },
    discount !== null && premium !== null
      ? s('rect', {
          x: M.left,
          width: PLOT_W,
          y: y(premium),
          height: Math.max(1, y(discount) - y(premium)),
          class: 'band-range',
        })
      : null,
    s('line', { x1: M.left, x2: W - M.right, y1: y(marketValue), y2: y(marketValue), class: 'band-fmv' }),
    s(
      'text',
      { x: W - M.right - 4, y: y(marketValue) - 6, 'text-anchor': 'end', class: 'band-label' },
      `FMV ${money(marketValue)}`,
    ),
  );
}

/** The value at share `q` (0–1) of ascending `sorted`, interpolated. */
function quantile(sorted: number[], q: number): number {
  const i = (sorted.length - 1) * q;
  const below = sorted[Math.floor(i)]!;
  return below + (sorted[Math.ceil(i)]! - below) * (i - Math.floor(i));
}

/**
 * The price window the charts show: sales inside Tukey's far-out fences (3 × IQR) and the value
 * band, padded. A few far-off sales would otherwise squash the rest into a corner; they are drawn
 * at the window's edge instead.
 */
function priceDomain(prices: number[], comps: CompsResult): [number, number] {
  const sorted = [...prices].sort((a, b) => a - b);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const inside = sorted.filter((p) => p >= q1 - 3 * (q3 - q1) && p <= q3 + 3 * (q3 - q1));
  const band = [comps.discount, comps.premium, comps.marketValue].filter((v): v is number => v !== null);
  const lo = Math.min(...inside, ...band);
  const hi = Math.max(...inside, ...band);
  const pad = (hi - lo) * 0.08 || hi * 0.1 || 1;
  return [Math.max(0, lo - pad), hi + pad];
}

function saleTip(sale: ListingVerdict): string {
  const when = sale.soldAt ? date(sale.soldAt) : 'date unknown';
  const offer = sale.bestOffer ? ' · best offer accepted (shown price is a ceiling)' : '';
  return `${money(sale.allInPrice)} · ${when}${offer}\n${sale.title}`;
}

/** Sold price against sale date; null when fewer than two comps carry a date. */
export function salesOverTime(comps: CompsResult, sales: ListingVerdict[]): SVGSVGElement | null {
  const dated = sales
    .filter((sale) => sale.soldAt !== null)
    .map((sale) => ({ sale, t: Date.parse(sale.soldAt!) }))
    .filter(({ t }) => Number.isFinite(t));
  if (dated.length < 2) return null;
  const t0 = Math.min(...dated.map((d) => d.t));
  const t1 = Math.max(...dated.map((d) => d.t));
  const [p0, p1] = priceDomain(
    dated.map((d) => d.sale.allInPrice),
    comps,
  );
  const x = scale(t0, t1 === t0 ? t0 + 86_400_000 : t1, M.left + 8, W - M.right - 8);
  const y = scale(p0, p1, H - M.bottom, M.top);
  const xTicks = Array.from({ length: 4 }, (_, i) => t0 + ((t1 - t0) * i) / 3);

  return frame(
    `Sold prices of ${dated.length} exact sales from ${date(new Date(t0).toISOString())} to ${date(new Date(t1).toISOString())}` +
      (comps.marketValue === null ? '' : `; market value ${money(comps.marketValue)}`),
    valueBand(comps, y) ?? s('g'),
    yAxis(niceTicks(p0, p1), y),
    s(
      'g',
      { class: 'axis axis-x' },
      ...xTicks.map((t) =>
        s('text', { x: x(t), y: H - 8, 'text-anchor': 'middle' }, date(new Date(t).toISOString(), true)),
      ),
    ),
    s(
      'g',
      { class: 'points' },
      ...dated.map(({ sale, t }) => {
        const price = Math.min(p1, Math.max(p0, sale.allInPrice));
        const kind = sale.bestOffer ? 'point point-offer' : 'point';
        const tip = s('title', {}, saleTip(sale));
        if (price === sale.allInPrice)
          return s('circle', { cx: x(t), cy: y(price), r: 4.5, class: kind }, tip);
        // Off the chart: a triangle on the edge, pointing the way the sale lies.
        const up = sale.allInPrice > p1 ? -1 : 1;
        const [cx, cy] = [x(t), y(price) - up * 5];
        const points = `${cx - 5},${cy} ${cx + 5},${cy} ${cx},${cy + up * 7}`;
        return s('polygon', { points, class: `${kind} point-clipped` }, tip);
      }),
    ),
  );
}

/** How the exact sales spread across price, with the market value marked. */
export function priceSpread(comps: CompsResult, sales: ListingVerdict[]): SVGSVGElement | null {
  const prices = sales.map((sale) => sale.allInPrice);
  if (prices.length < 2) return null;
  const [lo, hi] = priceDomain(prices, comps);
  const bins = Math.min(24, Math.max(6, Math.ceil(Math.sqrt(prices.length) * 2)));
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (const p of prices) counts[Math.min(bins - 1, Math.max(0, Math.floor((p - lo) / width)))]! += 1;
  const maxCount = Math.max(...counts);
  // The end bins also hold the sales beyond the window.
  const binRange = (i: number) =>
    i === 0
      ? `up to ${money(lo + width)}`
      : i === bins - 1
        ? `at ${money(lo + i * width)} or more`
        : `between ${money(lo + i * width)} and ${money(lo + (i + 1) * width)}`;
  const x = scale(lo, hi, M.left, W - M.right);
  const y = scale(0, maxCount, H - M.bottom, M.top + 14);
  const countTicks = niceTicks(0, maxCount, Math.min(4, maxCount)).filter((t) => Number.isInteger(t));

  return frame(
    `How ${prices.length} exact sales spread from ${money(Math.min(...prices))} to ${money(Math.max(...prices))}`,
    s(
      'g',
      { class: 'axis axis-y' },
      ...countTicks.flatMap((t) => [
        s('line', { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: 'grid' }),
        s('text', { x: M.left - 8, y: y(t), dy: '0.32em', 'text-anchor': 'end' }, String(t)),
      ]),
    ),
    comps.discount !== null && comps.premium !== null && !comps.insufficientData
      ? s('rect', {
          x: x(comps.discount),
          width: Math.max(1, x(comps.premium) - x(comps.discount)),
          y: M.top,
          height: PLOT_H,
          class: 'band-range',
        })
      : s('g'),
    s(
      'g',
      { class: 'bars' },
      ...counts.map((n, i) =>
        n === 0
          ? null
          : s(
              'rect',
              {
                x: x(lo + i * width) + 1,
                width: Math.max(1, x(lo + width) - x(lo) - 2),
                y: y(n),
                height: y(0) - y(n),
                class: 'bar',
                rx: 2,
              },
              s('title', {}, `${plural(n, 'sale')} ${binRange(i)}`),
            ),
      ),
    ),
    s(
      'g',
      { class: 'axis axis-x' },
      ...niceTicks(lo, hi, 5).map((t) =>
        s('text', { x: x(t), y: H - 8, 'text-anchor': 'middle' }, moneyShort(t)),
      ),
    ),
    comps.marketValue !== null && !comps.insufficientData
      ? s(
          'g',
          { class: 'band' },
          s('line', {
            x1: x(comps.marketValue),
            x2: x(comps.marketValue),
            y1: M.top,
            y2: H - M.bottom,
            class: 'band-fmv',
          }),
          s(
            'text',
            { x: x(comps.marketValue) + 5, y: M.top + 10, class: 'band-label' },
            `FMV ${money(comps.marketValue)}`,
          ),
        )
      : s('g'),
  );
}
