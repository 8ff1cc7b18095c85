/**
 * The matcher on a labelled set of queries and listing titles (holdout-match.jsonl, written without
 * sight of the engine): each query's titles go through `computeComps` as its sold listings, the way
 * `kuya-comps fmv` reads them, and every "exact" verdict (or one fenced only as a price outlier) is
 * checked against the label. A line may carry the search `filters` its query runs under.
 */
import { readFileSync } from 'node:fs';
import type { CompsFilters } from '@kuya/shared/comps';
import { computeComps } from '../src/index.ts';

interface MatchLabel {
  query: string;
  filters?: CompsFilters;
  title: string;
  exact: boolean;
  why: string;
  /** An experienced collector could reasonably disagree with the label. */
  judgement: boolean;
}

export interface MatchScore {
  rows: number;
  queries: number;
  precision: number;
  recall: number;
  accuracy: number;
  /** "FP [query] title — label's reason" / "FN [query] title — the engine's reasons". */
  errors: string[];
}

export function evaluateMatches(file: URL): MatchScore {
  const labels = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as MatchLabel);
  // One search per query and filters.
  const byQuery = new Map<string, MatchLabel[]>();
  for (const label of labels) {
    const key = JSON.stringify([label.query, label.filters ?? {}]);
    byQuery.set(key, [...(byQuery.get(key) ?? []), label]);
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (const rows of byQuery.values()) {
    const { query, filters = {} } = rows[0]!;
    const shown = Object.keys(filters).length > 0 ? `${query} ${JSON.stringify(filters)}` : query;
    // Prices are all alike: the verdicts, not the pricing, are under test.
    const result = computeComps({ query, filters, sold: rows.map((r) => ({ title: r.title, price: 100 })) });
    result.listings.forEach((listing, i) => {
      const label = rows[i]!;
      const exact =
        listing.status === 'exact' ||
        (listing.reasons.length === 1 && listing.reasons[0] === 'price_outlier');
      const mark = label.judgement ? ' (judgement)' : '';
      if (exact && label.exact) tp++;
      else if (exact) {
        fp++;
        errors.push(`FP${mark} [${shown}] ${label.title} — ${label.why}`);
      } else if (label.exact) {
        fn++;
        errors.push(`FN${mark} [${shown}] ${label.title} — ${listing.reasons.join(', ')}`);
      }
    });
  }
  return {
    rows: labels.length,
    queries: byQuery.size,
    precision: tp / (tp + fp),
    recall: tp / (tp + fn),
    accuracy: 1 - (fp + fn) / labels.length,
    errors,
  };
}
