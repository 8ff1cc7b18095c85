/** Plain-text rendering of a search result for terminals. */
import type { SearchResult } from '@kuya/shared';

const money = (n: number | null | undefined) =>
  n === null || n === undefined
    ? '—'
    : `$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const clip = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

export function renderResult(result: SearchResult): string {
  const c = result.comps;
  const out: string[] = [];
  out.push(`${result.query}${result.source === 'simulated' ? '   [DEMO: simulated data]' : ''}`);
  if (c.insufficientData) {
    out.push(`Not enough exact sales to price this card (n = ${c.n}; at least 3 are needed).`);
  } else {
    out.push(
      `Market value ${money(c.marketValue)}   Discount ${money(c.discount)}   Premium ${money(c.premium)}   n = ${c.n}`,
    );
    out.push(`Reliability: ${c.reliability.band} — ${c.reliability.headline}`);
    out.push(`Market: ${c.analytics.marketActivity.label}`);
  }
  for (const warning of result.warnings) out.push(`! ${warning}`);

  if (c.deals.length > 0) {
    out.push('', 'Deals (exact active listings below market value)');
    out.push(
      table([
        ['price', 'off', 'title'],
        ...c.deals
          .slice(0, 10)
          .map((d) => [money(d.allInPrice), `${d.discountPct.toFixed(0)}%`, clip(d.title, 80)]),
      ]),
    );
  }

  const exact = c.listings.filter((l) => l.kind === 'sold' && l.status === 'exact');
  if (exact.length > 0) {
    out.push('', `Sold comps (${exact.length} exact)`);
    out.push(
      table([
        ['sold', 'all-in', 'format', 'title'],
        ...exact
          .slice(0, 20)
          .map((l) => [
            l.soldAt ? l.soldAt.slice(0, 10) : '—',
            money(l.allInPrice),
            l.bestOffer ? 'best offer' : l.auction ? 'auction' : 'BIN',
            clip(l.title, 80),
          ]),
      ]),
    );
  }

  const reasons = Object.entries(c.counts.byReason).sort(([, a], [, b]) => b - a);
  if (reasons.length > 0) {
    const excluded = c.listings.filter((l) => l.status === 'excluded').length;
    out.push('', `Left out: ${excluded} listings — ${reasons.map(([r, n]) => `${r} ${n}`).join(', ')}`);
  }
  out.push(
    '',
    `Provider calls: ${result.providerCalls.total} · ${result.timings.totalMs ?? '?'} ms · id ${result.id}`,
    '',
  );
  return out.join('\n');
}
