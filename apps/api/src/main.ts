/** API process: HTTP on PORT, producer-side queues, graceful shutdown. */
import { createLogger, createRedis, initSentry, loadConfigOrExit, waitForReady } from '@kuya/shared';
import { createApp } from './app.ts';
import { EventHub } from './events/hub.ts';
import { closeQueues, createQueues } from './queues.ts';

const config = loadConfigOrExit();
const logger = createLogger({ name: 'api', level: config.LOG_LEVEL, format: config.LOG_FORMAT });
initSentry(config, 'api');
const redis = createRedis(config.REDIS_URL, 'producer', 'kuya-api');
redis.on('error', (err) => logger.warn({ err: err.message }, 'redis connection error'));
await waitForReady(redis, 15_000);
const queues = createQueues(redis);
const deps = { config, logger, redis, queues };
const hub = new EventHub(redis, logger);
await hub.start();
const app = createApp(deps, hub);

const server = app.listen(config.PORT, () => {
  logger.info(
    { url: `http://localhost:${config.PORT}`, mode: config.demoMode ? 'demo' : 'live' },
    'api listening',
  );
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'api stopping');
  server.close();
  server.closeAllConnections();
  await hub.stop();
  await closeQueues(queues).catch(() => undefined);
  redis.disconnect();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection'));
