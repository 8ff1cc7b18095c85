/**
 * /openapi.json, generated from the same zod schemas that validate requests (packages/shared),
 * and /docs, Swagger UI served from the local swagger-ui-dist package (no CDN).
 */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import {
  errorResponseSchema,
  SEARCH_ID_PATTERN,
  searchProgressSchema,
  searchRequestSchema,
  searchResultSchema,
  searchStatusSchema,
} from '@kuya/shared';
import express, { Router } from 'express';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import { z } from 'zod';
import { compatQuerySchema } from './routes/compat.ts';

const links = z.object({ self: z.string(), events: z.string() });

/** A component schema: zod's own metadata names it, so the shared schemas need no OpenAPI extension. */
const named = <T extends z.ZodType>(id: string, schema: T): T => schema.meta({ id }) as T;

export function buildOpenApi() {
  const registry = new OpenAPIRegistry();
  const SearchRequest = named('SearchRequest', searchRequestSchema);
  const ErrorResponse = named('ErrorResponse', errorResponseSchema);
  const SearchResult = named('SearchResult', searchResultSchema);
  const Progress = named('SearchProgress', searchProgressSchema);
  const SearchView = named(
    'SearchView',
    z.object({
      id: z.string(),
      status: searchStatusSchema,
      progress: Progress.optional(),
      cached: z.boolean().optional(),
      stale: z.boolean().optional(),
      refreshing: z.boolean().optional(),
      ageSeconds: z.number().optional(),
      result: SearchResult.optional(),
      error: errorResponseSchema.shape.error.optional(),
      links,
    }),
  );
  const Accepted = z.object({ id: z.string(), status: searchStatusSchema, joined: z.boolean(), links });
  const json = <T extends z.ZodType>(schema: T, description: string) => ({
    description,
    content: { 'application/json': { schema } },
  });
  const errors = {
    422: json(ErrorResponse, 'The request is not valid (code VALIDATION_FAILED)'),
    429: json(ErrorResponse, 'Rate limited (RATE_LIMITED)'),
    503: json(ErrorResponse, 'Redis unavailable (REDIS_UNAVAILABLE)'),
  };
  const idParam = z.object({ id: z.string().regex(SEARCH_ID_PATTERN) });

  registry.registerPath({
    method: 'post',
    path: '/api/v1/searches',
    summary: 'Start a search (or join the identical one in flight, or answer from cache)',
    request: { body: { content: { 'application/json': { schema: SearchRequest } } } },
    responses: {
      200: json(
        SearchView,
        'Answered from the result cache (`cached: true`; `stale: true` while refreshing)',
      ),
      202: json(Accepted, 'Queued; poll `links.self` or stream `links.events`'),
      400: json(ErrorResponse, 'Body is not JSON (BAD_JSON)'),
      415: json(ErrorResponse, 'Body is not application/json'),
      ...errors,
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/searches/{id}',
    summary: 'Poll a search: status, per-provider progress, the result when done',
    request: { params: idParam },
    responses: { 200: json(SearchView, 'The search'), 404: json(ErrorResponse, 'Unknown or expired id') },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/searches/{id}/events',
    summary:
      'Server-Sent Events: snapshot, progress, partial, result, error. Every event has an id; reconnect with ' +
      `Last-Event-ID to replay. Heartbeat comment every SSE_HEARTBEAT_SECONDS (15 s by default); the stream ends after result or error.`,
    request: { params: idParam },
    responses: {
      200: { description: 'text/event-stream', content: { 'text/event-stream': { schema: z.string() } } },
      404: json(ErrorResponse, 'Unknown or expired id'),
    },
  });
  for (const [path, what] of [
    ['/comps', 'sold'],
    ['/active', 'active'],
  ] as const) {
    registry.registerPath({
      method: 'get',
      path,
      summary: `Compatibility: ${what} listings and FMV; waits up to COMPAT_WAIT_SECONDS, then answers 202 with links`,
      request: { query: compatQuerySchema },
      responses: { 200: json(SearchView, 'Done'), 202: json(Accepted, 'Still running'), ...errors },
    });
  }
  registry.registerPath({
    method: 'get',
    path: '/health',
    summary: 'Liveness and Redis reachability',
    responses: {
      200: json(z.object({ status: z.literal('healthy') }), 'Healthy'),
      503: { description: 'Unhealthy' },
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/health/deep',
    summary: 'Proves a worker consumes: a probe job goes through the search queue',
    responses: {
      200: json(z.object({ status: z.literal('healthy') }), 'A worker completed the probe'),
      502: json(ErrorResponse, 'No worker'),
    },
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Kuya Comps API',
      version: '1.0.0',
      description: 'Sold and active eBay comps, fair market value and deals for sports cards.',
    },
  });
}

const DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kuya Comps API</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script></body></html>`;

export function openApiRoutes(): Router {
  const router = Router();
  const document = buildOpenApi();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(DOCS_HTML);
  });
  router.get('/docs/init.js', (_req, res) => {
    res.type('js').send("window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui' });");
  });
  router.use('/docs/assets', express.static(getAbsoluteFSPath(), { index: false, maxAge: '1d' }));
  return router;
}
