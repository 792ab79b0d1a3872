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
// Other packages' source by relative path is forbidden in every package (the shared config's
// roster/no-import-outside-package); starting Roster in process is for the browser journeys alone.
const sources = {
  group: ['@roster/testing', '@roster/testing/*'],
  message: 'Only e2e/ starts Roster in process (through @roster/testing).',
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
  // Browser journeys start the real API and worker in process through @roster/testing.
  { files: ['e2e/**'], rules: { '@typescript-eslint/no-restricted-imports': restricted(packages) } },
];
