import nx from '@nx/eslint-plugin';

// Modules that must never reach libs/domain: it runs in the browser and in Node, framework-free.
const bannedInDomain = [
  '@angular/*',
  'apollo-angular',
  '@apollo/*',
  'typeorm',
  'type-graphql',
  'graphql',
  'graphql-*',
  'express',
  'pg',
  'pg-*',
  '@electric-sql/*',
  'class-validator',
  'fast-csv',
  'chart.js',
  'ng2-charts',
  'rxjs',
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/node_modules', '.data/**', 'tmp/**', '**/*.generated.ts'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'], bannedExternalImports: bannedInDomain },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain'] },
            // End-to-end tests drive the app through the browser and HTTP only.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:dashboard', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
