/**
 * eBay keyword semantics, shared by both providers: every query word must appear in the title as a word
 * (case- and accent-insensitive), `-word` excludes, `(a, b)` means either. Punctuation separates words,
 * so "#US175" is the word "us175" and "9.5" is the words "9" and "5".
 */

/** Lower-cased, accent-free word tokens of a title or query fragment. */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

export interface KeywordQuery {
  /** Every one of these must be present. */
  required: string[];
  /** At least one alternative of each group must be present (each alternative: all of its tokens). */
  anyOf: string[][][];
  /** A title containing all tokens of any of these is excluded. */
  excluded: string[][];
}

/** Parses a keyword string the way eBay's search box reads it. */
export function parseKeywords(q: string): KeywordQuery {
  const required: string[] = [];
  const anyOf: string[][][] = [];
  const excluded: string[][] = [];
  const groups = /\(([^)]*)\)/g;
  const rest = q.replace(groups, (_m, inner: string) => {
    const alternatives = inner
      .split(/[,\s]+/)
      .map((alt) => tokenize(alt))
      .filter((alt) => alt.length > 0);
    if (alternatives.length > 0) anyOf.push(alternatives);
    return ' ';
  });
  for (const word of rest.split(/\s+/)) {
    if (word.length === 0) continue;
    if (word.startsWith('-') && word.length > 1) {
      const tokens = tokenize(word.slice(1));
      if (tokens.length > 0) excluded.push(tokens);
    } else {
      required.push(...tokenize(word));
    }
  }
  return { required: [...new Set(required)], anyOf, excluded };
}

/** A canonical form of the query, for caching: word order and case do not matter on eBay. */
export function keywordKey(query: KeywordQuery): string {
  const req = [...query.required].sort().join(' ');
  const any = query.anyOf
    .map((g) =>
      g
        .map((a) => a.join('+'))
        .sort()
        .join('|'),
    )
    .sort()
    .join(';');
  const exc = query.excluded
    .map((e) => e.join('+'))
    .sort()
    .join(' ');
  return `${req}#${any}#${exc}`;
}

/** True when a title's token set satisfies the query. */
export function matchesTokens(tokens: ReadonlySet<string>, query: KeywordQuery): boolean {
  for (const t of query.required) if (!tokens.has(t)) return false;
  for (const group of query.anyOf) {
    if (!group.some((alt) => alt.every((t) => tokens.has(t)))) return false;
  }
  for (const ex of query.excluded) {
    if (ex.every((t) => tokens.has(t))) return false;
  }
  return true;
}
