/** The Express application: routes in, catalogue errors out. */
import express from 'express';
import type { ApiDeps } from './deps.ts';
import { errorHandler, notFound } from './http/errors.ts';
import { jsonBody } from './http/json-body.ts';
import { healthRoutes } from './routes/health.ts';

export function createApp(deps: ApiDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(jsonBody);
  app.use(healthRoutes(deps));
  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
