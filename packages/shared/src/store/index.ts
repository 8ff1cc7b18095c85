export * from './event-log.ts';
export * from './search-runs.ts';
export * from './search-state.ts';
