import { defineConfig } from 'vitest/config';

// Browser journeys against the real API serving the built app (run `vite build` first).
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
