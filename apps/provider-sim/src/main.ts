/** Standalone simulator: `npm run start:sim` (port from SIM_PORT, default 4010). */
import { createLogger } from '@kuya/shared';
import { startSimulator } from './index.ts';

const log = createLogger({ name: 'provider-sim', level: process.env.LOG_LEVEL ?? 'info' });

const port = Number(process.env.SIM_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  log.fatal({ SIM_PORT: process.env.SIM_PORT }, 'SIM_PORT must be an integer 0-65535');
  process.exit(1);
}

const seed = process.env.SIM_SEED ? Number(process.env.SIM_SEED) : undefined;
if (seed !== undefined && !Number.isInteger(seed)) {
  log.fatal({ SIM_SEED: process.env.SIM_SEED }, 'SIM_SEED must be an integer');
  process.exit(1);
}

const sim = await startSimulator({
  port,
  ...(process.env.SIM_HOST ? { host: process.env.SIM_HOST } : {}),
  ...(seed !== undefined ? { seed } : {}),
  ...(process.env.SIM_DATA_NOW ? { dataNow: process.env.SIM_DATA_NOW } : {}),
}).catch((err: unknown) => {
  log.fatal({ err }, 'provider simulator failed to start');
  process.exit(1);
});
log.info(
  { url: sim.url, dataNow: sim.control.clock().dataNow },
  `provider simulator listening on ${sim.url}`,
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'provider simulator stopping');
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
