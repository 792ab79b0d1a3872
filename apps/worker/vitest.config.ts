import { defineConfig } from 'vitest/config';

// One file at a time: each test file has its own database, Redis prefix and SMTP server, but a
// worker waiting on Redis is timing-sensitive enough that the files should not compete for the CPU.
// One module graph for them all (isolate: false): loading the modules afresh for each file cost
// more than a third of the suite's time.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    isolate: false,
  },
});
