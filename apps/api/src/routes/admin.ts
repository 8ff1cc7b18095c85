/**
 * Bull Board at /admin/queues, behind HTTP Basic auth (user "admin", ADMIN_PASSWORD).
 * Without ADMIN_PASSWORD the board is not mounted at all. Writes (retry, clean, …) additionally
 * require a same-origin request, so another site cannot drive an operator's browser (CSRF).
 */
import { timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { AppError } from '@kuya/shared';
import { type RequestHandler, Router } from 'express';
import type { ApiDeps } from '../deps.ts';

export const ADMIN_PATH = '/admin/queues';

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

function basicAuth(password: string): RequestHandler {
  return (req, res, next) => {
    const header = req.header('authorization') ?? '';
    const [scheme, encoded] = header.split(' ');
    if (scheme === 'Basic' && encoded) {
      const [user, ...rest] = Buffer.from(encoded, 'base64').toString().split(':');
      if (user === 'admin' && safeEqual(rest.join(':'), password)) return next();
    }
    res.setHeader('WWW-Authenticate', 'Basic realm="Kuya Comps operators", charset="UTF-8"');
    next(new AppError('UNAUTHORIZED', 'Operator login required for the queue dashboard.'));
  };
}

/** The host an Origin or Referer header names; undefined for `null` (sandboxed pages) or garbage. */
function hostOf(origin: string | undefined): string | undefined {
  return origin && URL.canParse(origin) ? new URL(origin).host : undefined;
}

const sameOrigin: RequestHandler = (req, _res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  const host = req.header('host');
  if (host && hostOf(req.header('origin') ?? req.header('referer')) === host) return next();
  next(new AppError('UNAUTHORIZED', 'Dashboard actions must come from the dashboard itself.'));
};

export function adminRoutes({ config, queues }: ApiDeps): Router {
  const router = Router();
  if (!config.ADMIN_PASSWORD) return router;
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(ADMIN_PATH);
  createBullBoard({
    queues: Object.values(queues).map((q) => {
      const adapter = new BullMQAdapter(q);
      // Job data holds queries only (never secrets), but return values are large: show a summary.
      adapter.setFormatter('returnValue', (value) =>
        value && typeof value === 'object' && 'listings' in value
          ? {
              ...(value as object),
              listings: `[${(value as { listings: unknown[] }).listings.length} listings]`,
            }
          : value,
      );
      return adapter;
    }),
    serverAdapter,
    options: {
      uiConfig: {
        boardTitle: 'Kuya Comps queues',
        environment: {
          label: config.ENVIRONMENT,
          color: config.ENVIRONMENT === 'production' ? '#b91c1c' : '#2563eb',
        },
      },
    },
  });
  router.use(ADMIN_PATH, basicAuth(config.ADMIN_PASSWORD), sameOrigin, serverAdapter.getRouter());
  return router;
}
