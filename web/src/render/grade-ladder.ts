/** Market value per grade from the same sales: what a grade is worth, and where the ladder is upside down. */
import { h, section } from '../dom.ts';
import { money } from '../format.ts';
import type { CompsResult } from '../types.ts';

type Rung = CompsResult['gradeLadder']['rungs'][number];

/** Raw first, then each grader (busiest first) from low grade to high: a ladder to climb. */
function ladderOrder(rungs: Rung[]): Rung[] {
  const sales = new Map<string, number>();
  for (const r of rungs) if (r.grader) sales.set(r.grader, (sales.get(r.grader) ?? 0) + r.n);
  const rank = (r: Rung) => (r.grader === null ? Number.POSITIVE_INFINITY : (sales.get(r.grader) ?? 0));
  return [...rungs].sort(
    (a, b) =>
      rank(b) - rank(a) ||
      (a.grader ?? '').localeCompare(b.grader ?? '') ||
      (a.grade ?? 0) - (b.grade ?? 0) ||
      a.label.localeCompare(b.label),
  );
}

export function gradeLadderPanel(comps: CompsResult): HTMLElement | null {
  const { inversions } = comps.gradeLadder;
  const rungs = ladderOrder(comps.gradeLadder.rungs);
  if (rungs.length < 2) return null;
  const top = Math.max(...rungs.map((r) => r.premium ?? r.marketValue ?? 0), 1);
  const inverted = new Set(inversions.map((inv) => inv.lower));

  const rows = rungs.map((rung) => {
    const bar = h('span', { class: 'ladder-bar' });
    bar.style.width = `${(((rung.marketValue ?? 0) / top) * 100).toFixed(1)}%`;
    return h(
      'tr',
      { class: rung.isQueryGrade ? 'is-query' : null, 'data-testid': 'grade-rung' },
      h(
        'th',
        { scope: 'row' },
        rung.label,
        rung.isQueryGrade ? h('span', { class: 'chip chip-you' }, 'your search') : null,
        inverted.has(rung.label)
          ? h(
              'span',
              { class: 'chip chip-warn', title: 'Priced above a higher grade' },
              '▲ above higher grade',
            )
          : null,
      ),
      h(
        'td',
        { class: 'ladder-value' },
        rung.insufficientData || rung.marketValue === null
          ? h('span', { class: 'muted' }, 'too few sales')
          : h('span', { class: 'ladder-cell' }, bar, h('strong', {}, money(rung.marketValue))),
      ),
      h(
        'td',
        { class: 'num muted ladder-range' },
        rung.discount !== null && rung.premium !== null && !rung.insufficientData
          ? `${money(rung.discount)} – ${money(rung.premium)}`
          : '—',
      ),
      h('td', { class: 'num' }, String(rung.n)),
    );
  });

  return section(
    'grade-ladder',
    'Grade ladder',
    'Market value of this card in each grade, from the same sales. Thin rungs need more sales to trust.',
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'ladder' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, 'Grade'),
            h('th', { scope: 'col' }, 'Market value'),
            h('th', { scope: 'col', class: 'num ladder-range' }, 'Range'),
            h('th', { scope: 'col', class: 'num' }, 'Sales'),
          ),
        ),
        h('tbody', {}, ...rows),
      ),
    ),
    ...inversions.map((inv) =>
      h(
        'p',
        { class: 'warning' },
        `${inv.lower} (${money(inv.lowerValue)}) sells above ${inv.higher} (${money(inv.higherValue)}) — few sales or mislabelled slabs; check the listings before paying up.`,
      ),
    ),
  );
}
