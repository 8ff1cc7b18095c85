export * from './config.ts';
export * from './errors.ts';
export * from './listing.ts';
export * from './logger.ts';
export * from './ports.ts';
export * from './queues.ts';
export * from './redis.ts';
export * from './redis-server.ts';
