import { roster } from '@roster/config/eslint';

// The web app reaches the server only over tRPC (ARCHITECTURE rule 4).
const packages = [
  {
    group: [
      '@roster/db',
      '@roster/db/*',
      '@roster/worker',
      '@roster/worker/*',
      '@roster/emails',
      '@roster/emails/*',
    ],
    message: 'The web app never imports server packages: call the API over tRPC.',
  },
  {
    // Bare `@roster/core` is in `paths` below: a pattern for it would also cover (and so forbid)
    // `@roster/core/browser`, which gitignore-style negation cannot re-allow.
    group: ['@roster/core/*', '!@roster/core/browser'],
    message: 'Import only the browser-safe entry of core: @roster/core/browser.',
  },
  {
    group: ['@roster/api', '@roster/api/*'],
    message: 'Only the AppRouter type: `import type { AppRouter } from "@roster/api"`.',
    allowTypeImports: true,
  },
];
// Nor may app code reach into other packages' source by relative path.
const sources = {
  group: ['**/apps/api/**', '**/api/src/**', '**/apps/worker/**', '**/packages/**'],
  message: 'Do not import other packages by path; only e2e/ may start the API in-process.',
};
const core = {
  name: '@roster/core',
  message: 'Import only the browser-safe entry of core: @roster/core/browser.',
};

const restricted = (patterns) => [
  'error',
  { paths: [core], patterns: patterns.map((p) => ({ allowTypeImports: false, ...p })) },
];

export default [
  ...roster({ react: true, forbid: [...packages, sources] }),
  {
    files: ['**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': restricted([...packages, sources]) },
  },
  // Browser journeys start the real API in-process, so e2e/ alone may import its source.
  { files: ['e2e/**'], rules: { '@typescript-eslint/no-restricted-imports': restricted(packages) } },
];
