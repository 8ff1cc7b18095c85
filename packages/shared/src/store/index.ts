export * from './event-log.ts';
export * from './keys.ts';
export * from './search-runs.ts';
export * from './search-state.ts';
