/**
 * GET /health: Redis answers and the process is up (for load balancers).
 * GET /health/deep: a probe job goes through the search queue and a worker completes it
 * (proves consumption, not just PING).
 */
import { AppError } from '@kuya/shared';
import { Router } from 'express';
import type { ApiDeps } from '../deps.ts';

const PROBE_TIMEOUT_MS = 5000;

export function healthRoutes({ redis, queues, config }: ApiDeps): Router {
  const router = Router();

  router.get('/health', async (_req, res) => {
    const redisUp = await redis.ping().then(
      () => true,
      () => false,
    );
    res.status(redisUp ? 200 : 503).json({
      status: redisUp ? 'healthy' : 'unhealthy',
      redis: redisUp ? 'up' : 'down',
      mode: config.demoMode ? 'demo' : 'live',
    });
  });

  router.get('/health/deep', async (_req, res) => {
    const started = Date.now();
    const job = await queues.search.add('probe', {}, { removeOnComplete: true, removeOnFail: true });
    while (Date.now() - started < PROBE_TIMEOUT_MS) {
      const state = await queues.search.getJobState(job.id!);
      if (state === 'completed' || state === 'unknown') {
        res.json({ status: 'healthy', worker: 'consuming', probeMs: Date.now() - started });
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await job.remove().catch(() => undefined);
    throw new AppError('SEARCH_FAILED', `No worker completed a probe job within ${PROBE_TIMEOUT_MS} ms.`);
  });

  return router;
}
