// Shared ESLint config. `roster({ forbid })` adds the dependency-direction rule of
// ARCHITECTURE.md (rule 4): each package lists the workspace imports it must never make.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * @param {{ forbid?: { group: string[]; message: string; allowTypeImports?: boolean }[];
 *           zones?: { files: string[]; forbid: { group: string[]; message: string }[] }[];
 *           react?: boolean }} options
 */
export function roster({ forbid = [], zones = [], react = false } = {}) {
  const restricted = (patterns) => [
    'error',
    {
      patterns: patterns.map((p) => ({
        group: p.group,
        message: p.message,
        allowTypeImports: p.allowTypeImports ?? false,
      })),
    },
  ];
  return tseslint.config(
    { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/coverage/**'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
      files: ['**/*.{ts,tsx}'],
      rules: {
        '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        'no-restricted-imports': 'off',
        '@typescript-eslint/no-restricted-imports': restricted(forbid),
        'no-restricted-properties': [
          'error',
          {
            object: 'process',
            property: 'env',
            message: 'Read settings only in env.ts (ARCHITECTURE rule 10).',
          },
        ],
      },
    },
    {
      files: [
        '**/env.ts',
        '**/testing.ts',
        '**/*.test.ts',
        '**/test/**',
        '**/e2e/**',
        '**/*.config.ts',
        'scripts/**',
      ],
      rules: { 'no-restricted-properties': 'off' },
    },
    ...zones.map((zone) => ({
      files: zone.files,
      rules: { '@typescript-eslint/no-restricted-imports': restricted([...forbid, ...zone.forbid]) },
    })),
    ...(react
      ? [
          {
            files: ['**/*.tsx', '**/*.ts'],
            plugins: { 'react-hooks': reactHooks },
            rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
          },
        ]
      : []),
  );
}
