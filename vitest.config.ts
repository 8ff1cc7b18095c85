import { defineConfig } from 'vitest/config';

/** Files that measure provider call timing at the simulator: they run last, alone, on a quiet machine. */
const TIMING_SENSITIVE = ['test/integration/provider-queues.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/support/global-setup.ts'],
    // Two cores: two test files at a time; integration tests spawn their own processes.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    teardownTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: TIMING_SENSITIVE,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: { name: 'timing', include: TIMING_SENSITIVE, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
