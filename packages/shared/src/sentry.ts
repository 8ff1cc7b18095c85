/** Sentry for API and workers: on only when SENTRY_DSN is set; secrets never leave in events. */
import * as Sentry from '@sentry/node';
import type { Config } from './config.ts';
import { redactUrl } from './logger.ts';

export function initSentry(config: Config, service: 'api' | 'worker'): boolean {
  if (!config.SENTRY_DSN) return false;
  Sentry.init({
    dsn: config.SENTRY_DSN,
    environment: config.SENTRY_ENVIRONMENT ?? config.ENVIRONMENT,
    tracesSampleRate: config.SENTRY_TRACES_SAMPLE_RATE,
    serverName: service,
    beforeSend(event) {
      if (event.request?.url) event.request.url = redactUrl(event.request.url);
      if (event.request?.headers) delete event.request.headers.authorization;
      return event;
    },
  });
  Sentry.setTag('service', service);
  return true;
}

export { Sentry };
