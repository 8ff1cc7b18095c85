/** Queue "provider-searchapi": SOLD pages from SearchAPI.io, limited to SEARCHAPI_RATE_PER_SEC across workers. */
import { createProviderHttp, SEARCHAPI_TIMEOUT_MS } from '../providers/http.ts';
import { SearchApiClient } from '../providers/searchapi.ts';
import { providerQueueModule } from './provider-page.ts';

export const providerSearchApiQueue = providerQueueModule(
  'searchapi',
  ({ config, logger }) =>
    new SearchApiClient({
      http: createProviderHttp({ requestTimeoutMs: SEARCHAPI_TIMEOUT_MS }),
      baseUrl: config.SEARCHAPI_BASE_URL,
      apiKey: config.SEARCH_API_KEY,
      logger,
    }),
);
