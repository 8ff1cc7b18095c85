/**
 * The browser app, built into web/dist (`npm run build:web`), served at `/`. Page navigations the
 * API does not own (`/?q=…`, a bookmarked deep link) get index.html; /api, /admin and /docs never do.
 */
import { resolve } from 'node:path';
import { AppError } from '@kuya/shared';
import express, { Router } from 'express';

export const WEB_DIST = resolve(import.meta.dirname, '../../../../web/dist');

const NOT_THE_APP = /^\/(api|admin|docs)(\/|$)/;

/** Data on the page is text only; this keeps a slip from becoming a script. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function webRoutes(dist = WEB_DIST): Router {
  const router = Router();
  const html = (res: express.Response) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  };

  router.use(
    express.static(dist, {
      setHeaders(res, path) {
        // Vite fingerprints everything under assets/; index.html must always be revalidated.
        if (path.includes('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        else if (path.endsWith('.html')) html(res);
      },
    }),
  );

  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (NOT_THE_APP.test(req.path) || req.accepts(['json', 'html']) !== 'html') return next();
    html(res);
    res.sendFile('index.html', { root: dist }, (err) => {
      if (err) next(new AppError('NOT_FOUND', 'The web app is not built: run `npm run build:web`.'));
    });
  });

  return router;
}
