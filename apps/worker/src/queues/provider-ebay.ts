/**
 * Queue "provider-ebay": ACTIVE pages from eBay Browse, limited to EBAY_RATE_PER_SEC across workers, with
 * the application token shared through Redis.
 */
import { EbayBrowseClient } from '../providers/ebay.ts';
import { EbayTokenProvider } from '../providers/ebay-token.ts';
import { createProviderHttp, EBAY_TIMEOUT_MS } from '../providers/http.ts';
import { providerQueueModule } from './provider-page.ts';

export const providerEbayQueue = providerQueueModule('ebay', ({ config, logger, redis }) => {
  const http = createProviderHttp({ requestTimeoutMs: EBAY_TIMEOUT_MS });
  const credentials =
    config.EBAY_APP_ID && config.EBAY_CERT_ID
      ? { appId: config.EBAY_APP_ID, certId: config.EBAY_CERT_ID }
      : undefined;
  const tokens = new EbayTokenProvider({ http, redis, baseUrl: config.ebayBaseUrl, credentials, logger });
  return new EbayBrowseClient({ http, baseUrl: config.ebayBaseUrl, tokens, logger });
});
