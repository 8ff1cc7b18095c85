/** Credentials the provider simulator accepts out of the box; `npm start` uses them in demo mode. */
export const DEMO_CREDENTIALS = {
  SEARCH_API_KEY: 'demo-searchapi-key',
  EBAY_APP_ID: 'demo-ebay-app-id',
  EBAY_CERT_ID: 'demo-ebay-cert-id',
} as const;
