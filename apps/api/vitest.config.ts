import { defineConfig } from 'vitest/config';

// One file at a time, and one module graph for them all (isolate: false): loading the API's
// modules afresh for each of ~90 files took longer than their tests. Each file still has its own
// database, Redis prefix and ports. A test that measures the process's RSS gets a process of its own.
const ownProcess = ['test/upload-memory.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ownProcess,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own-process', include: ownProcess } },
    ],
  },
});
