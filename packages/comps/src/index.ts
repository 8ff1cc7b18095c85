/**
 * The comps engine: pure functions from listings to a price a collector can trust.
 * Read titles, understand the query, match, price, and explain every decision.
 */
export { computeComps, gradeLadder } from './comps.ts';
export { matchListing } from './query/match.ts';
export { parseQuery } from './query/parse-query.ts';
export { classifyTitle } from './title/classify.ts';
