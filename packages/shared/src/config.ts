/**
 * The one configuration schema. Every variable named in docs/architecture.md lives here,
 * with its default and a doc comment; `.env.example` mirrors this file.
 */
import { z } from 'zod';

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be an integer 1-65535` })
    .int(`${name} must be an integer 1-65535`)
    .min(1, `${name} must be an integer 1-65535`)
    .max(65535, `${name} must be an integer 1-65535`);

const positiveNumber = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a positive number` })
    .positive(`${name} must be a positive number`);

const positiveInt = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a positive integer` })
    .int(`${name} must be a positive integer`)
    .positive(`${name} must be a positive integer`);

const url = (name: string) => z.url({ error: `${name} must be an http(s) URL` });

const oneOf = <const T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { error: `${name} must be ${values.join('|')}` });

/** Empty strings in the environment mean "unset". */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

export const configSchema = z.object({
  /** HTTP port of the API (and the web app it serves). @defaultValue 3000 */
  PORT: port('PORT').default(3000),
  /** Redis for queues, cache and events. Unset under `npm start`: a private redis-server is started. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'REDIS_URL must be a redis:// or rediss:// URL')
    .default('redis://127.0.0.1:6379'),
  /** SearchAPI.io key for SOLD listings. Unset under `npm start`: demo mode with the simulator. */
  SEARCH_API_KEY: optionalString,
  /** SearchAPI base URL (the simulator's in demo mode). @defaultValue https://www.searchapi.io */
  SEARCHAPI_BASE_URL: url('SEARCHAPI_BASE_URL').default('https://www.searchapi.io'),
  /** eBay application (client) id for the Browse API. */
  EBAY_APP_ID: optionalString,
  /** eBay cert id (client secret). */
  EBAY_CERT_ID: optionalString,
  /** eBay developer id (not needed by client-credentials; kept for completeness). */
  EBAY_DEV_ID: optionalString,
  /** Which eBay environment the keys belong to. @defaultValue production */
  EBAY_ENVIRONMENT: oneOf('EBAY_ENVIRONMENT', ['production', 'sandbox']).default('production'),
  /** eBay API base URL; derived from EBAY_ENVIRONMENT when unset. */
  EBAY_API_BASE_URL: url('EBAY_API_BASE_URL').optional(),
  /** SearchAPI calls per second, across all workers (BullMQ limiter). @defaultValue 5 */
  SEARCHAPI_RATE_PER_SEC: positiveNumber('SEARCHAPI_RATE_PER_SEC').default(5),
  /** SearchAPI credits per month; the quota accountant refuses calls past it. @defaultValue 10000 */
  SEARCHAPI_MONTHLY_QUOTA: positiveInt('SEARCHAPI_MONTHLY_QUOTA').default(10000),
  /** eBay Browse calls per second, across all workers. @defaultValue 5 */
  EBAY_RATE_PER_SEC: positiveNumber('EBAY_RATE_PER_SEC').default(5),
  /** eBay Browse calls per day (eBay's default application limit is 5000). @defaultValue 5000 */
  EBAY_DAILY_QUOTA: positiveInt('EBAY_DAILY_QUOTA').default(5000),
  /** Share of each provider quota that background work (cache-warm) may never spend, 0-0.9. @defaultValue 0.1 */
  QUOTA_RESERVE_FRACTION: z.coerce
    .number({ error: 'QUOTA_RESERVE_FRACTION must be a number 0-0.9' })
    .min(0, 'QUOTA_RESERVE_FRACTION must be a number 0-0.9')
    .max(0.9, 'QUOTA_RESERVE_FRACTION must be a number 0-0.9')
    .default(0.1),
  /** Seconds a raw SOLD page stays cached. @defaultValue 1800 */
  CACHE_TTL_SOLD: positiveInt('CACHE_TTL_SOLD').default(1800),
  /** Seconds a raw ACTIVE page stays cached. @defaultValue 300 */
  CACHE_TTL_ACTIVE: positiveInt('CACHE_TTL_ACTIVE').default(300),
  /** Requests per minute per client IP on the public API. @defaultValue 120 */
  RATE_LIMIT_PER_MINUTE: positiveInt('RATE_LIMIT_PER_MINUTE').default(120),
  /** Concurrent jobs per queue in one worker process; provider queues size from rate x latency when unset. */
  WORKER_CONCURRENCY: positiveInt('WORKER_CONCURRENCY').optional(),
  /**
   * Milliseconds a worker's job lock lasts; a job whose worker died is re-run after at most about twice this.
   * @defaultValue 30000
   */
  JOB_LOCK_MS: z.coerce
    .number({ error: 'JOB_LOCK_MS must be an integer 1000-600000' })
    .int('JOB_LOCK_MS must be an integer 1000-600000')
    .min(1000, 'JOB_LOCK_MS must be an integer 1000-600000')
    .max(600_000, 'JOB_LOCK_MS must be an integer 1000-600000')
    .default(30_000),
  /** API processes the runbook scales to (informational for process managers). @defaultValue 1 */
  WEB_CONCURRENCY: positiveInt('WEB_CONCURRENCY').default(1),
  /** Password for Bull Board at /admin/queues (user "admin"). Unset: the board is disabled. */
  ADMIN_PASSWORD: optionalString,
  /** Sentry DSN; unset disables Sentry. */
  SENTRY_DSN: optionalString,
  /** Sentry environment label. @defaultValue ENVIRONMENT */
  SENTRY_ENVIRONMENT: optionalString,
  /** Sentry trace sampling, 0-1. @defaultValue 0 */
  SENTRY_TRACES_SAMPLE_RATE: z.coerce
    .number({ error: 'SENTRY_TRACES_SAMPLE_RATE must be a number 0-1' })
    .min(0, 'SENTRY_TRACES_SAMPLE_RATE must be a number 0-1')
    .max(1, 'SENTRY_TRACES_SAMPLE_RATE must be a number 0-1')
    .default(0),
  /** pino level. @defaultValue info */
  LOG_LEVEL: oneOf('LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default(
    'info',
  ),
  /** json (default, for machines) or pretty (for people). */
  LOG_FORMAT: oneOf('LOG_FORMAT', ['json', 'pretty']).default('json'),
  /** Deployment name shown in logs, Bull Board and Sentry. @defaultValue development */
  ENVIRONMENT: oneOf('ENVIRONMENT', ['development', 'test', 'staging', 'production']).default('development'),
  /** Cron (UTC) for refreshing popular searches. @defaultValue every 20 minutes */
  CACHE_WARM_CRON: z.string().min(9, 'CACHE_WARM_CRON must be a cron expression').default('*/20 * * * *'),
  /** How many of the most-searched queries cache-warm refreshes. 0 disables warming. @defaultValue 20 */
  CACHE_WARM_TOP_N: z.coerce
    .number({ error: 'CACHE_WARM_TOP_N must be an integer >= 0' })
    .int('CACHE_WARM_TOP_N must be an integer >= 0')
    .min(0, 'CACHE_WARM_TOP_N must be an integer >= 0')
    .default(20),
  /** Seconds the compatibility endpoints (/comps, /active) wait for a result before answering 202. @defaultValue 25 */
  COMPAT_WAIT_SECONDS: positiveNumber('COMPAT_WAIT_SECONDS').default(25),
  /**
   * Seconds between heartbeat comments on an idle SSE stream; keep it under the idle timeout of any
   * proxy in front of the API. @defaultValue 15
   */
  SSE_HEARTBEAT_SECONDS: positiveNumber('SSE_HEARTBEAT_SECONDS').default(15),
});

export type Config = z.infer<typeof configSchema> & {
  /** Resolved eBay base URL (EBAY_API_BASE_URL or the environment's host). */
  ebayBaseUrl: string;
  /** True when the providers are the local simulator (demo mode). */
  demoMode: boolean;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration validation failed: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

const EBAY_HOSTS = { production: 'https://api.ebay.com', sandbox: 'https://api.sandbox.ebay.com' } as const;

/** Parses an environment; throws ConfigError naming every bad variable. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
    });
    throw new ConfigError([...new Set(problems)]);
  }
  const c = parsed.data;
  return {
    ...c,
    ebayBaseUrl: c.EBAY_API_BASE_URL ?? EBAY_HOSTS[c.EBAY_ENVIRONMENT],
    demoMode: env.KUYA_DEMO_MODE === '1',
  };
}

/** For process entry points: a bad environment prints one line and exits 1. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return parseConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
