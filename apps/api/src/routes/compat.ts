/**
 * The runbook's compatibility endpoints: GET /comps?query=&pages= (sold) and GET /active?query=.
 * They start the same search as POST /api/v1/searches, wait for its result up to
 * COMPAT_WAIT_SECONDS, then answer 202 with the job links so the caller can poll.
 */
import { readResult, readState, type SearchRequestInput, searchRequestSchema } from '@kuya/shared';
import { type Request, type RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { ApiDeps } from '../deps.ts';
import type { EventHub } from '../events/hub.ts';
import { parseOr422 } from '../http/validate.ts';
import { presentCached, presentState, searchLinks } from '../search/present.ts';
import { startSearch } from '../search/start-search.ts';

/** The query string of both endpoints; /openapi.json documents this same schema. */
export const compatQuerySchema = z
  .object({
    query: z.string({ error: 'query is required' }),
    pages: z.coerce
      .number({ error: 'pages must be an integer 1-5' })
      .int('pages must be an integer 1-5')
      .min(1, 'pages must be an integer 1-5')
      .max(5, 'pages must be an integer 1-5')
      .optional(),
    raw_only: z.enum(['true', 'false']).optional(),
    base_only: z.enum(['true', 'false']).optional(),
    exclude_autographs: z.enum(['true', 'false']).optional(),
  })
  .strict();

function requestFrom(req: Request, sources: { sold: boolean; active: boolean }) {
  const q = parseOr422(compatQuerySchema, req.query, 'query');
  const input: SearchRequestInput = {
    query: q.query,
    ...(q.pages === undefined ? {} : { pages: q.pages }),
    // Absent means "as the query says"; only an explicit value overrides the engine's reading.
    filters: Object.fromEntries(
      Object.entries({ rawOnly: q.raw_only, baseOnly: q.base_only, excludeAutographs: q.exclude_autographs })
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, v === 'true']),
    ),
    sources,
  };
  return parseOr422(searchRequestSchema, input, 'query');
}

export function compatRoutes(deps: ApiDeps, hub: EventHub): Router {
  const router = Router();
  const waitMs = deps.config.COMPAT_WAIT_SECONDS * 1000;

  const handler =
    (sources: { sold: boolean; active: boolean }): RequestHandler =>
    async (req, res) => {
      const outcome = await startSearch(deps, requestFrom(req, sources));
      if (outcome.kind !== 'queued') {
        res.json(presentCached(outcome.searchId, outcome.cached, outcome.kind === 'stale'));
        return;
      }
      const { searchId } = outcome;
      const finished = await waitForFinish(deps, hub, searchId, waitMs);
      if (!finished) {
        const state = await readState(deps.redis, searchId);
        res
          .status(202)
          .json({ id: searchId, status: state?.status ?? 'queued', links: searchLinks(searchId) });
        return;
      }
      const [state, cached] = await Promise.all([
        readState(deps.redis, searchId),
        readResult(deps.redis, searchId),
      ]);
      res
        .status(state?.status === 'failed' && !cached ? 502 : 200)
        .json(presentState(searchId, state, cached));
    };

  router.get('/comps', handler({ sold: true, active: false }));
  router.get('/active', handler({ sold: false, active: true }));
  return router;
}

/** Resolves true when the search reaches done/failed within `ms`, false on timeout. */
async function waitForFinish(deps: ApiDeps, hub: EventHub, searchId: string, ms: number): Promise<boolean> {
  let unsubscribe = () => {};
  let timer: NodeJS.Timeout | undefined;
  const finished = new Promise<boolean>((resolve) => {
    unsubscribe = hub.subscribe(searchId, (event) => {
      if (event.type === 'result' || event.type === 'error') resolve(true);
    });
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    // Subscribed first, then check: a run that finished in between is not missed.
    const state = await readState(deps.redis, searchId);
    return state?.status === 'done' || state?.status === 'failed' ? true : await finished;
  } finally {
    clearTimeout(timer);
    unsubscribe();
  }
}
