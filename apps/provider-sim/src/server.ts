/** Routes every request to its provider handler and records it in the counters. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError } from '@kuya/shared';
import type { SimControl } from './control/control.ts';
import { handleControl } from './control/routes.ts';
import type { Endpoint } from './counters.ts';
import { ebayError } from './ebay/errors.ts';
import type { EbayService } from './ebay/routes.ts';
import type { EbayEnvironment } from './ebay/tokens.ts';
import { type RequestContext, sendJson } from './http.ts';
import type { SearchapiService } from './searchapi/routes.ts';
import type { SimState } from './state.ts';

interface Route {
  endpoint: Endpoint;
  method: 'GET' | 'POST';
  run: (ctx: RequestContext) => Promise<void>;
}

export interface Services {
  sim: SimState;
  searchapi: SearchapiService;
  ebay: EbayService;
  control: SimControl;
}

function ebayRoute(s: Services, path: string, environment: EbayEnvironment): Route | null {
  switch (path.replace(/\/+$/, '')) {
    case '/identity/v1/oauth2/token':
      return { endpoint: 'ebay.token', method: 'POST', run: (ctx) => s.ebay.token(ctx, environment) };
    case '/buy/browse/v1/item_summary/search':
      return { endpoint: 'ebay.search', method: 'GET', run: (ctx) => s.ebay.search(ctx, environment) };
    case '/developer/analytics/v1_beta/rate_limit':
      return { endpoint: 'ebay.rate_limit', method: 'GET', run: (ctx) => s.ebay.rateLimit(ctx, environment) };
    case '/buy/marketplace-insights/v1_beta/item_sales/search':
      return { endpoint: 'ebay.insights', method: 'GET', run: (ctx) => s.ebay.insights(ctx, environment) };
    default:
      return null;
  }
}

function route(s: Services, path: string, host: string): Route | null {
  if (path === '/api/v1/search')
    return { endpoint: 'searchapi.search', method: 'GET', run: (ctx) => s.searchapi.search(ctx) };
  if (path === '/api/v1/me')
    return { endpoint: 'searchapi.me', method: 'GET', run: (ctx) => s.searchapi.me(ctx) };
  const archived = /^\/api\/v1\/searches\/([^/]+)$/.exec(path);
  if (archived?.[1]) {
    const id = decodeURIComponent(archived[1]);
    return { endpoint: 'searchapi.searches', method: 'GET', run: (ctx) => s.searchapi.archived(ctx, id) };
  }
  if (path.startsWith('/sandbox/')) return ebayRoute(s, path.slice('/sandbox'.length), 'sandbox');
  return ebayRoute(s, path, host.startsWith('api.sandbox.ebay.com') ? 'sandbox' : 'production');
}

const EBAY_PREFIXES = ['/identity/', '/buy/', '/sandbox/', '/developer/'];

/** Unknown paths answer in the shape of the provider whose prefix they carry. */
function notFound(ctx: RequestContext, path: string, status = 404): void {
  if (path.startsWith('/api/')) {
    sendJson(ctx.res, status, { error: status === 405 ? 'Method not allowed.' : 'Not found.' });
  } else if (EBAY_PREFIXES.some((p) => path.startsWith(p))) {
    sendJson(ctx.res, status, { errors: [ebayError(2002)] });
  } else {
    sendJson(ctx.res, status, { error: new AppError('NOT_FOUND').toBody() });
  }
}

export function createHandler(s: Services): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const started = Date.now();
    const startedPerf = performance.now();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const host = req.headers.host ?? '127.0.0.1';
    const ctx: RequestContext = { req, res, url, origin: `http://${host}`, key: null, note: {} };
    const path = url.pathname;

    if (path.startsWith('/_sim/')) {
      handleControl(s.control, ctx, path).catch((err: unknown) => {
        sendJson(res, 500, { error: new AppError('INTERNAL', String(err)).toBody() });
      });
      return;
    }
    const r = route(s, path, host);
    if (!r) return notFound(ctx, path);
    if (req.method !== r.method) return notFound(ctx, path, 405);

    let recorded = false;
    const record = (status: number) => {
      if (recorded) return;
      recorded = true;
      s.sim.counters.record({
        t: started,
        endpoint: r.endpoint,
        key: ctx.key,
        status,
        ms: Math.round((performance.now() - startedPerf) * 100) / 100,
        ...ctx.note,
      });
    };
    res.on('finish', () => record(res.statusCode));
    res.on('close', () => record(res.writableFinished ? res.statusCode : 0));
    r.run(ctx).catch(() => {
      if (path.startsWith('/api/')) sendJson(res, 500, { error: 'Internal server error.' });
      else sendJson(res, 500, { errors: [ebayError(12000)] });
    });
  };
}
