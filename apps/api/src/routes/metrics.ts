/**
 * GET /metrics in Prometheus text: HTTP traffic, SSE clients, queue depths and backlog age per queue,
 * and provider quota usage (read from the same Redis counters the workers enforce).
 */
import { PROVIDER_QUOTA_WINDOWS, readQuotaUsage } from '@kuya/shared';
import type { RequestHandler } from 'express';
import { Router } from 'express';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ApiDeps } from '../deps.ts';
import type { EventHub } from '../events/hub.ts';

const JOB_STATES = [
  'waiting',
  'active',
  'delayed',
  'failed',
  'completed',
  'waiting-children',
  'prioritized',
] as const;

export function metrics(deps: ApiDeps, hub: EventHub): { middleware: RequestHandler; routes: Router } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kuya_api_' });

  const requests = new Counter({
    name: 'kuya_http_requests_total',
    help: 'HTTP requests by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'kuya_http_request_duration_seconds',
    help: 'HTTP request duration (SSE streams excluded)',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  new Gauge({
    name: 'kuya_sse_clients',
    // The hub serves both: an SSE stream and a compat request waiting for its result each listen once.
    help: 'Clients listening for search events in this API process: open SSE streams and /comps or /active requests waiting for a result',
    registers: [registry],
    collect() {
      this.set(hub.listenerCount);
    },
  });
  new Gauge({
    name: 'kuya_queue_jobs',
    help: 'Jobs per queue and state',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      for (const queue of Object.values(deps.queues)) {
        const counts = await queue.getJobCounts(...JOB_STATES);
        for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      }
    },
  });
  new Gauge({
    name: 'kuya_queue_oldest_waiting_seconds',
    help: 'Age of the oldest waiting job per queue: grows when no worker consumes',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      for (const queue of Object.values(deps.queues)) {
        const [oldest] = await queue.getJobs(['wait'], -1, -1, true);
        this.set({ queue: queue.name }, oldest ? (Date.now() - oldest.timestamp) / 1000 : 0);
      }
    },
  });
  new Gauge({
    name: 'kuya_provider_quota_used',
    help: 'Provider calls counted in the current quota window (SearchAPI: month, eBay: day)',
    labelNames: ['provider', 'window'] as const,
    registers: [registry],
    async collect() {
      for (const provider of Object.keys(PROVIDER_QUOTA_WINDOWS) as (keyof typeof PROVIDER_QUOTA_WINDOWS)[]) {
        const usage = await readQuotaUsage(deps.redis, provider);
        this.set({ provider, window: usage.window }, usage.used);
      }
    },
  });

  const middleware: RequestHandler = (req, res, next) => {
    const end = duration.startTimer();
    res.on('finish', () => {
      const route = req.route?.path
        ? String(req.route.path)
        : req.path.startsWith('/admin')
          ? '/admin'
          : 'unmatched';
      requests.inc({ method: req.method, route, status: String(res.statusCode) });
      if (!String(res.getHeader('content-type') ?? '').startsWith('text/event-stream'))
        end({ method: req.method, route });
    });
    next();
  };

  const routes = Router();
  routes.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', registry.contentType);
    res.send(await registry.metrics());
  });
  return { middleware, routes };
}
