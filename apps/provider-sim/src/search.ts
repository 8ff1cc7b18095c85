/**
 * Keyword search over the corpus, shared by both providers. Results come back in the corpus's
 * Best Match order; matches are cached per (mode, canonical query, category) so repeated and
 * paginated requests cost a lookup.
 */
import {
  CATEGORIES,
  type Corpus,
  type Listing,
  type ListingMode,
  TOP_LEVEL_CATEGORY,
} from './catalogue/listings.ts';
import { type KeywordQuery, keywordKey, matchesTokens } from './keywords.ts';

/** A small LRU map: the most recently used `capacity` entries survive. */
export class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }

  clear(): void {
    this.map.clear();
  }
}

class ModeIndex {
  private readonly postings = new Map<string, number[]>();

  constructor(readonly listings: readonly Listing[]) {
    listings.forEach((listing, i) => {
      for (const token of listing.tokens) {
        let list = this.postings.get(token);
        if (!list) {
          list = [];
          this.postings.set(token, list);
        }
        list.push(i);
      }
    });
  }

  match(query: KeywordQuery): Listing[] {
    let candidates: readonly number[] | null = null;
    for (const token of query.required) {
      const list = this.postings.get(token) ?? [];
      if (candidates === null || list.length < candidates.length) candidates = list;
    }
    if (candidates === null) return this.listings.filter((l) => matchesTokens(l.tokens, query));
    const out: Listing[] = [];
    for (const i of candidates) {
      const listing = this.listings[i];
      if (listing && matchesTokens(listing.tokens, query)) out.push(listing);
    }
    return out;
  }
}

const KNOWN_CATEGORIES = new Set<string>([
  TOP_LEVEL_CATEGORY.id,
  ...Object.values(CATEGORIES).map((c) => c.id),
]);

export function isKnownCategory(id: string): boolean {
  return KNOWN_CATEGORIES.has(id);
}

export class SearchEngine {
  private readonly indexes: Record<ListingMode, ModeIndex>;
  private readonly cache = new Lru<string, Listing[]>(2000);

  constructor(readonly corpus: Corpus) {
    this.indexes = { sold: new ModeIndex(corpus.sold), active: new ModeIndex(corpus.active) };
  }

  /** Listings matching the keywords (and category, when given), in Best Match order. */
  find(mode: ListingMode, query: KeywordQuery, categoryId?: string): Listing[] {
    const key = `${mode}|${keywordKey(query)}|${categoryId ?? ''}`;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.indexes[mode].match(query);
      if (categoryId && categoryId !== TOP_LEVEL_CATEGORY.id) {
        hit = KNOWN_CATEGORIES.has(categoryId) ? hit.filter((l) => l.categoryId === categoryId) : [];
      }
      this.cache.set(key, hit);
    }
    return hit;
  }
}
