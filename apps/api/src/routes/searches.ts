/**
 * POST /api/v1/searches        start (or join, or answer from cache) a search
 * GET  /api/v1/searches/:id    poll status, progress and the result
 * GET  /api/v1/searches/:id/events   Server-Sent Events (see events/sse.ts)
 */
import { AppError, readResult, readState, SEARCH_ID_PATTERN, searchRequestSchema } from '@kuya/shared';
import { type RequestHandler, Router } from 'express';
import type { ApiDeps } from '../deps.ts';
import type { EventHub } from '../events/hub.ts';
import { streamSearchEvents } from '../events/sse.ts';
import { parseOr422 } from '../http/validate.ts';
import { presentCached, presentState, searchLinks } from '../search/present.ts';
import { startSearch } from '../search/start-search.ts';

export function searchIdParam(id: string | undefined): string {
  if (!id || !SEARCH_ID_PATTERN.test(id)) throw new AppError('SEARCH_NOT_FOUND');
  return id;
}

export function searchRoutes(deps: ApiDeps, hub: EventHub): Router {
  const router = Router();

  router.post('/api/v1/searches', async (req, res) => {
    const request = parseOr422(searchRequestSchema, req.body);
    const outcome = await startSearch(deps, request);
    if (outcome.kind === 'queued') {
      res
        .status(202)
        .location(searchLinks(outcome.searchId).self)
        .json({
          id: outcome.searchId,
          status: 'queued',
          joined: outcome.joined,
          links: searchLinks(outcome.searchId),
        });
      return;
    }
    res.status(200).json(presentCached(outcome.searchId, outcome.cached, outcome.kind === 'stale'));
  });

  router.get('/api/v1/searches/:id', async (req, res) => {
    const searchId = searchIdParam(req.params.id);
    const [state, cached] = await Promise.all([
      readState(deps.redis, searchId),
      readResult(deps.redis, searchId),
    ]);
    if (!state && !cached) throw new AppError('SEARCH_NOT_FOUND');
    res.json(presentState(searchId, state, cached));
  });

  router.get('/api/v1/searches/:id/events', async (req, res) => {
    const searchId = searchIdParam(req.params.id);
    await streamSearchEvents(deps, hub, searchId, req, res);
  });

  // A known path with the wrong method is a 405 that says what is allowed, not a 404.
  const allow =
    (methods: string): RequestHandler =>
    (_req, res, next) => {
      res.setHeader('Allow', methods);
      next(new AppError('METHOD_NOT_ALLOWED', `Use ${methods} here.`));
    };
  router.all('/api/v1/searches', allow('POST'));
  router.all(['/api/v1/searches/:id', '/api/v1/searches/:id/events'], allow('GET'));

  return router;
}
