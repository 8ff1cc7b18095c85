/**
 * eBay's error catalogue for the calls we serve (EB-OAS x-response-codes, providers.md B.4).
 * Errors and warnings share one shape: `{errorId, domain, category, message, longMessage?, parameters?}`.
 */

export interface EbayErrorItem {
  errorId: number;
  domain: string;
  category: 'REQUEST' | 'APPLICATION' | 'BUSINESS';
  message: string;
  longMessage?: string;
  parameters?: { name: string; value: string }[];
}

interface Entry {
  status: number;
  domain: string;
  category: EbayErrorItem['category'];
  message: string;
  longMessage?: string;
}

const browse = (status: number, message: string, category: Entry['category'] = 'REQUEST'): Entry => ({
  status,
  domain: 'API_BROWSE',
  category,
  message,
});

export const EBAY_ERRORS = {
  1001: {
    status: 401,
    domain: 'OAuth',
    category: 'REQUEST',
    message: 'Invalid access token',
    longMessage: 'Invalid access token. Check the value of the Authorization HTTP request header.',
  },
  1100: {
    status: 403,
    domain: 'ACCESS',
    category: 'REQUEST',
    message: 'Access denied',
    longMessage: 'Insufficient permissions to fulfill the request.',
  },
  2001: {
    status: 429,
    domain: 'ACCESS',
    category: 'REQUEST',
    message: 'Too many requests.',
    longMessage: 'The request limit has been reached for the resource.',
  },
  2002: { status: 404, domain: 'ACCESS', category: 'REQUEST', message: 'Resource not found' },
  12000: browse(
    500,
    'There was a problem with an eBay internal system or process. Contact eBay developer support for assistance.',
    'APPLICATION',
  ),
  12001: browse(400, "The call must have a valid 'q', 'category_ids', 'epid' or 'gtin' query parameter."),
  12004: browse(400, "The 'offset' value cannot be negative."),
  12005: browse(400, "The 'offset' value must be an integer value."),
  12006: browse(400, "The 'limit' value should be between 1 and 200 (inclusive)."),
  12007: browse(400, "The 'limit' value must be an integer value."),
  12013: browse(
    409,
    'Top level category browsing is not allowed. Please provide keywords or more filters for the applied top level category.',
    'BUSINESS',
  ),
  12029: browse(
    400,
    'The maximum number of listings that can be retrieved is 10,000, so your offset value must be less than 10,000. Please refine your search criteria.',
  ),
  12515: browse(400, "The 'offset' value must be either zero or a multiple of the 'limit' value."),
  // Warnings (returned inside a 200).
  12002: browse(
    200,
    'The filter value is invalid. For the valid values, refer to the API call documentation.',
  ),
  12008: browse(
    200,
    "The 'sort' value is invalid. For the valid values, refer to the API call documentation.",
  ),
  12009: browse(200, "The 'category_ids' value is invalid. This filter was ignored."),
  12012: browse(
    200,
    "A valid 'price' filter and a valid 'priceCurrency' filter is necessary to filter based on price.",
  ),
  12016: browse(
    200,
    "The 'fieldgroups' value is invalid. For the valid values, refer to the API call documentation.",
  ),
} as const satisfies Record<number, Entry>;

export type EbayErrorId = keyof typeof EBAY_ERRORS;

export function ebayError(id: EbayErrorId, parameters?: { name: string; value: string }[]): EbayErrorItem {
  const e: Entry = EBAY_ERRORS[id];
  return {
    errorId: id,
    domain: e.domain,
    category: e.category,
    message: e.message,
    ...(e.longMessage ? { longMessage: e.longMessage } : {}),
    ...(parameters ? { parameters } : {}),
  };
}

export function errorStatus(id: EbayErrorId): number {
  return EBAY_ERRORS[id].status;
}

/** OAuth token endpoint errors use the RFC 6749 shape, not `{errors: […]}`. */
export const OAUTH_ERRORS = {
  invalid_client: { status: 401, description: 'client authentication failed' },
  unsupported_grant_type: {
    status: 400,
    description: 'grant type in request is not supported by the authorization server',
  },
  invalid_scope: {
    status: 400,
    description:
      'The requested scope is invalid, unknown, malformed, or exceeds the scope granted to the client',
  },
  invalid_request: {
    status: 400,
    description: 'request is missing a required parameter or malformed',
  },
} as const;

export type OAuthError = keyof typeof OAUTH_ERRORS;
