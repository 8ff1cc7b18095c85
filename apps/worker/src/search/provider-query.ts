/** What a search asks each provider for: the query and provider-side filters, never post-filters. */
import {
  AppError,
  type ErrorBody,
  failedReasonCode,
  failedReasonDetail,
  type ProviderQuery,
  type ProviderSort,
  type SearchRequest,
} from '@kuya/shared';

const SORTS: Record<NonNullable<SearchRequest['filters']['sort']>, ProviderSort> = {
  best_match: 'best_match',
  price_low_to_high: 'price_asc',
  price_high_to_low: 'price_desc',
  newly_listed: 'newly_listed',
};

export function providerQueryFor(request: SearchRequest): ProviderQuery {
  const { sort, buyingFormat, condition, priceMin, priceMax } = request.filters;
  return {
    q: request.query,
    ...(sort ? { sort: SORTS[sort] } : {}),
    ...(buyingFormat ? { buyingFormat } : {}),
    ...(condition ? { condition } : {}),
    ...(priceMin === undefined ? {} : { priceMin }),
    ...(priceMax === undefined ? {} : { priceMax }),
  };
}

/** A page job's failedReason back into the catalogue shape. */
export function errorFromFailedReason(reason: string): ErrorBody {
  const code = failedReasonCode(reason) ?? 'SEARCH_FAILED';
  return new AppError(code, failedReasonDetail(reason)).toBody();
}
