/**
 * pino, JSON by default and readable with LOG_FORMAT=pretty. Secrets are redacted on every path
 * they are known to travel: keys, eBay credentials, tokens, Authorization headers, api_key params.
 */
import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

const REDACT_PATHS = [
  'SEARCH_API_KEY',
  'EBAY_CERT_ID',
  'EBAY_APP_ID',
  'ADMIN_PASSWORD',
  'SENTRY_DSN',
  '*.SEARCH_API_KEY',
  '*.EBAY_CERT_ID',
  '*.EBAY_APP_ID',
  '*.ADMIN_PASSWORD',
  'apiKey',
  '*.apiKey',
  'api_key',
  '*.api_key',
  'access_token',
  '*.access_token',
  'token',
  '*.token',
  'clientSecret',
  '*.clientSecret',
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'request.headers.authorization',
  '*.headers.authorization',
  'req.headers.cookie',
];

const SECRET_QUERY = /([?&](?:api_key|access_token|token)=)[^&#\s"]*/gi;

/** Scrubs `api_key=…`-style query parameters out of any URL-bearing string. */
export function redactUrl(value: string): string {
  return value.replace(SECRET_QUERY, '$1[Redacted]');
}

export interface LoggerOptions {
  name: string;
  level?: string;
  format?: 'json' | 'pretty';
  /** Where JSON lines go (tests); stdout when omitted. */
  destination?: DestinationStream;
}

export function createLogger({ name, level = 'info', format = 'json', destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    redact: { paths: REDACT_PATHS, censor: '[Redacted]' },
    formatters: {
      log(object) {
        for (const key of ['url', 'href', 'requestUrl'] as const) {
          const value = object[key];
          if (typeof value === 'string') object[key] = redactUrl(value);
        }
        return object;
      },
    },
    ...(format === 'pretty'
      ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l' } } }
      : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
