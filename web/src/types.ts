/**
 * The shapes the browser reads. Contracts live in packages/shared; these are type-only imports,
 * erased at build, so no server code reaches the bundle.
 */
import type { CompsResult, SearchProgress } from '@kuya/shared';

export type { CompsResult, Deal, ListingVerdict, SearchProgress, SearchRequestInput } from '@kuya/shared';

/** The result envelope the worker stores and the API serves (apps/worker/src/search/result.ts). */
export interface SearchResult {
  id: string;
  query: string;
  source: 'live' | 'simulated';
  createdAt: string;
  degraded: boolean;
  warnings: string[];
  providerCalls: { searchapi: number; ebay: number; total: number };
  timings: Record<string, number>;
  comps: CompsResult;
}

/** A failure the page shows: an API error body, or one the client makes up (network). */
export interface Problem {
  code: string;
  message: string;
}

export type ProviderSide = keyof SearchProgress;
