// Shared ESLint config. `roster({ forbid })` adds the dependency-direction rule of
// ARCHITECTURE.md (rule 4): each package lists the workspace imports it must never make. Every
// package also gets `roster/no-import-outside-package` (rule 14): a relative import may not leave it.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve, sep } from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The directory of the nearest package.json above `dir`, cached. */
const packageRoots = new Map();
function packageRootOf(dir) {
  if (!packageRoots.has(dir)) {
    const parent = dirname(dir);
    packageRoots.set(
      dir,
      existsSync(resolve(dir, 'package.json')) || parent === dir ? dir : packageRootOf(parent),
    );
  }
  return packageRoots.get(dir);
}

/**
 * A relative (or absolute) module path that resolves outside the importing file's package, from any
 * depth: `../../apps/api/src/deps.js`, `../../../packages/db/src/testing.js`, `../../worker/test/…`.
 * Other packages are imported by name, through what their package.json exports.
 */
const noImportOutsidePackage = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      outside:
        "'{{source}}' reaches outside this package: import other packages by name, through their package.json exports (ARCHITECTURE rule 14).",
    },
  },
  create(context) {
    const from = dirname(context.filename);
    const root = packageRootOf(from);
    const check = (node) => {
      const source = node?.type === 'Literal' ? node.value : undefined;
      if (typeof source !== 'string' || !(source.startsWith('.') || isAbsolute(source))) return;
      const target = resolve(from, source);
      if (target !== root && !target.startsWith(root + sep))
        context.report({ node, messageId: 'outside', data: { source } });
    };
    const isCall = (callee) =>
      (callee.type === 'Identifier' && callee.name === 'require') ||
      (callee.type === 'MemberExpression' &&
        ((callee.object.type === 'Identifier' && callee.object.name === 'vi') ||
          (callee.object.type === 'MetaProperty' && callee.property.name === 'resolve')));
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.literal ?? node.argument),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) => isCall(node.callee) && check(node.arguments[0]),
    };
  },
};

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
      files: ['**/*.{ts,tsx,js,mjs,cjs}'],
      plugins: { roster: { rules: { 'no-import-outside-package': noImportOutsidePackage } } },
      rules: { 'roster/no-import-outside-package': 'error' },
    },
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
