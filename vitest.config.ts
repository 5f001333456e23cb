import { defineConfig } from 'vitest/config';

// Three projects, by situation: `unit` is pure (strings in, values out) and fast; `integration`
// starts processes (ingestion workers, Pagefind, the CLIs), so its timeouts allow a busy machine;
// `browser` builds test sites and drives Chromium. (`unit` first, its files sharing two workers'
// modules, docs/architecture.md; then the other two together, as before.)
export default defineConfig({
  test: {
    projects: [
      {
        // (Twenty seconds, not vitest's five: a test that ingests the bundled interview a few times
        // takes a second here and four on a machine busy with other work; no test checks speed.)
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000, isolate: false, maxWorkers: 2, sequence: { groupOrder: 0 } },
      },
      {
        test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000, sequence: { groupOrder: 1 } },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
