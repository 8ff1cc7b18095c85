/**
 * Ground truth for benchmarks: which card identity a query means, its true value in the grade the
 * query asks for, and how the results for that query break down into exact matches and noise.
 */
import type { CardIdentity, CatalogueEntry } from './catalogue/catalogue.ts';
import { GRADE_BUCKETS, type GradeBucket } from './catalogue/grades.ts';
import type { Listing, ListingMode } from './catalogue/listings.ts';
import type { ListingKind } from './catalogue/titles.ts';
import { parseKeywords, tokenize } from './keywords.ts';
import type { SearchEngine } from './search.ts';

/** Why a returned listing is not an exact comp for the query's card and grade. */
export type ResultLabel = 'exact' | 'other_grade' | 'other_card' | Exclude<ListingKind, 'card'>;

export interface ListingTruth {
  itemId: string;
  mode: ListingMode;
  title: string;
  identityId: string;
  kind: ListingKind;
  grade: GradeBucket | null;
  html: boolean;
  outlier: boolean;
}

export interface Composition {
  total: number;
  byLabel: Partial<Record<ResultLabel, number>>;
  /** Share of results that are not exact comps (0-1). */
  noiseShare: number;
}

export interface TruthAnswer {
  query: string;
  /** The card the query names; null when it names none in the catalogue. */
  identity: CardIdentity | null;
  /** The grade bucket the query asks for ("raw" when it states none); null for an unpriced grade. */
  grade: GradeBucket | null;
  /** True market value for that identity and grade, USD. */
  value: number | null;
  /** Other identities the words also fit (e.g. the same player's other rookie card). */
  alternatives: string[];
  composition: { sold: Composition; active: Composition };
  /** Per-result labels, in Best Match order (only when asked for). */
  labels?: {
    sold: (ListingTruth & { label: ResultLabel })[];
    active: (ListingTruth & { label: ResultLabel })[];
  };
}

const GRADERS = new Set(['psa', 'bgs', 'sgc', 'cgc', 'beckett']);
/** Words a query may carry that do not pick a card. */
const NEUTRAL = new Set([
  'card',
  'cards',
  'base',
  'raw',
  'ungraded',
  'gem',
  'mint',
  'mt',
  'rc',
  'rookie',
  'the',
]);

/** Words that set a variant apart from its base card; a query that omits them still means the base. */
function distinguishing(identity: CardIdentity): string[] {
  const words: string[] = [];
  if (identity.parallel) words.push(...tokenize(identity.parallel));
  if (identity.serial) words.push(String(identity.serial));
  if (identity.autograph) words.push('auto');
  if (identity.relic) words.push('patch');
  return words;
}

function identityWords(entry: CatalogueEntry): Set<string> {
  const { card, identity, auto } = entry;
  const text = [
    identity.year,
    card.year.slice(0, 4),
    identity.set,
    ...card.setAliases,
    card.player,
    ...card.playerAliases,
    identity.cardNumber,
    identity.parallel ?? '',
    identity.serial ? String(identity.serial) : '',
    identity.team,
    card.sport,
    auto ? 'auto autograph autographs signed signature signatures rpa patch' : '',
    card.firstBowman ? '1st bowman' : '',
  ].join(' ');
  return new Set(tokenize(text));
}

export function label(
  listing: Listing,
  identity: CardIdentity | null,
  grade: GradeBucket | null,
): ResultLabel {
  if (listing.kind !== 'card') return listing.kind;
  if (!identity || listing.identityId !== identity.id) return 'other_card';
  return listing.grade === grade ? 'exact' : 'other_grade';
}

export class Truth {
  private readonly words: Map<string, Set<string>>;

  constructor(
    private readonly catalogue: CatalogueEntry[],
    private readonly engine: SearchEngine,
  ) {
    this.words = new Map(catalogue.map((e) => [e.identity.id, identityWords(e)]));
  }

  /** The grade bucket a query asks for: "raw" when none is stated, null when it is not one we price. */
  static gradeOf(tokens: string[]): GradeBucket | null {
    const at = tokens.findIndex((t) => GRADERS.has(t));
    if (at < 0) return 'raw';
    const grader = tokens[at] === 'beckett' ? 'BGS' : tokens[at]?.toUpperCase();
    const whole = tokens[at + 1];
    const half = tokens[at + 2] === '5' ? '.5' : '';
    const label = `${grader} ${whole}${half}`;
    return (GRADE_BUCKETS as readonly string[]).includes(label) ? (label as GradeBucket) : null;
  }

  identify(q: string): { identity: CardIdentity | null; grade: GradeBucket | null; alternatives: string[] } {
    const tokens = parseKeywords(q).required;
    const grade = Truth.gradeOf(tokens);
    const graderAt = tokens.findIndex((t) => GRADERS.has(t));
    const content = tokens.filter(
      (t, i) =>
        !NEUTRAL.has(t) &&
        (graderAt < 0 || i < graderAt || i > graderAt + (tokens[graderAt + 2] === '5' ? 2 : 1)),
    );
    if (content.length === 0) return { identity: null, grade, alternatives: [] };
    const queryWords = new Set(content);
    const candidates = this.catalogue
      .filter((e) => {
        const words = this.words.get(e.identity.id);
        return words !== undefined && content.every((t) => words.has(t));
      })
      .map((e) => ({
        identity: e.identity,
        extra: distinguishing(e.identity).filter((w) => !queryWords.has(w)).length,
        variant: e.identity.parallel || e.identity.autograph ? 1 : 0,
      }))
      .sort(
        (a, b) =>
          a.extra - b.extra || a.variant - b.variant || b.identity.salesVolume - a.identity.salesVolume,
      );
    const best = candidates[0];
    return {
      identity: best?.identity ?? null,
      grade,
      alternatives: candidates
        .slice(1)
        .filter((c) => c.extra === best?.extra && c.variant === best.variant)
        .map((c) => c.identity.id),
    };
  }

  answer(q: string, withLabels = false): TruthAnswer {
    const { identity, grade, alternatives } = this.identify(q);
    const query = parseKeywords(q);
    const compose = (mode: ListingMode) => {
      const results = this.engine.find(mode, query);
      const byLabel: Partial<Record<ResultLabel, number>> = {};
      const labelled = results.map((l) => {
        const lab = label(l, identity, grade);
        byLabel[lab] = (byLabel[lab] ?? 0) + 1;
        return { listing: l, label: lab };
      });
      const exact = byLabel.exact ?? 0;
      return {
        composition: {
          total: results.length,
          byLabel,
          noiseShare: results.length === 0 ? 0 : Math.round((1 - exact / results.length) * 1000) / 1000,
        },
        labelled,
      };
    };
    const sold = compose('sold');
    const active = compose('active');
    return {
      query: q,
      identity,
      grade,
      value: identity && grade ? identity.values[grade] : null,
      alternatives,
      composition: { sold: sold.composition, active: active.composition },
      ...(withLabels
        ? {
            labels: {
              sold: sold.labelled.map(({ listing, label }) => ({ ...listingTruth(listing), label })),
              active: active.labelled.map(({ listing, label }) => ({ ...listingTruth(listing), label })),
            },
          }
        : {}),
    };
  }
}

export function listingTruth(l: Listing): ListingTruth {
  return {
    itemId: l.itemId,
    mode: l.mode,
    title: l.title,
    identityId: l.identityId,
    kind: l.kind,
    grade: l.grade,
    html: l.html,
    outlier: l.outlier,
  };
}
