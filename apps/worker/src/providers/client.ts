/** What a provider client gives the page processor, whichever provider it talks to. */
import { type Listing, listingSchema, type Provider, type ProviderQuery } from '@kuya/shared';
import { excerpt } from './http.ts';

export interface ProviderPage {
  listings: Listing[];
  hasMore: boolean;
  totalResults: number | null;
  warnings: string[];
}

export interface FetchPageOptions {
  /** The job's AbortSignal (BullMQ cancellation), passed to got. */
  signal?: AbortSignal;
  /** Runs right before every billable provider call; throws to refuse it (quota accounting). */
  beforeCall?: () => Promise<void>;
}

export interface ProviderFetch {
  page: ProviderPage;
  /** Billable calls made (2 when eBay's token was re-minted and the search retried). */
  calls: number;
}

export interface ProviderClient {
  readonly provider: Provider;
  fetchPage(query: ProviderQuery, page: number, options?: FetchPageOptions): Promise<ProviderFetch>;
}

/** A mapped provider row as a Listing, or the reason it is skipped (a page warning). */
export function validListing(candidate: unknown, itemId: string): Listing | string {
  const parsed = listingSchema.safeParse(candidate);
  return parsed.success
    ? parsed.data
    : `item ${itemId} does not fit the listing schema: ${excerpt(parsed.error.message)}`;
}
