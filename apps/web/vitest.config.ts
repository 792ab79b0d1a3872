import { defineConfig } from 'vitest/config';

// Unit tests of pure helpers. The browser journey has its own config (vitest.e2e.config.ts).
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
