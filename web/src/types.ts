/**
 * The shapes the browser reads. Contracts live in packages/shared; these are type-only imports,
 * erased at build, so no server code reaches the bundle.
 */
import type { SearchProgress } from '@kuya/shared';

export type {
  CompsResult,
  ListingVerdict,
  ResultListing,
  SearchProgress,
  SearchRequestInput,
  SearchResult,
} from '@kuya/shared';

/** A failure the page shows: an API error body, or one the client makes up (network). */
export interface Problem {
  code: string;
  message: string;
}

export type ProviderSide = keyof SearchProgress;
