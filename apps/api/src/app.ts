/** The Express application: routes in, catalogue errors out. */
import express from 'express';
import type { ApiDeps } from './deps.ts';
import type { EventHub } from './events/hub.ts';
import { errorHandler, notFound } from './http/errors.ts';
import { jsonBody } from './http/json-body.ts';
import { rateLimit } from './http/rate-limit.ts';
import { openApiRoutes } from './openapi.ts';
import { adminRoutes } from './routes/admin.ts';
import { compatRoutes } from './routes/compat.ts';
import { healthRoutes } from './routes/health.ts';
import { metrics } from './routes/metrics.ts';
import { searchRoutes } from './routes/searches.ts';
import { webRoutes } from './routes/web.ts';

export function createApp(deps: ApiDeps, hub: EventHub): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const { middleware: countRequests, routes: metricsRoutes } = metrics(deps, hub);
  app.use(countRequests);
  app.use(healthRoutes(deps));
  app.use(metricsRoutes);
  app.use(adminRoutes(deps));
  app.use(openApiRoutes());
  const limited = rateLimit(deps.redis, deps.config.RATE_LIMIT_PER_MINUTE);
  app.post('/api/v1/searches', limited);
  app.get(['/comps', '/active'], limited);
  app.use(jsonBody);
  app.use(searchRoutes(deps, hub));
  app.use(compatRoutes(deps, hub));
  app.use(webRoutes());
  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
