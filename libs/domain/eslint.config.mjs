import { builtinModules } from 'node:module';
import baseConfig from '../../eslint.config.mjs';

// libs/domain runs in the browser too: no Node built-ins, with or without the `node:` prefix.
export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    // Specs may read golden fixtures from disk; shipped code may not touch Node.
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: builtinModules.map((name) => ({ name, message: 'libs/domain must not import Node built-ins.' })),
          patterns: [{ group: ['node:*'], message: 'libs/domain must not import Node built-ins.' }],
        },
      ],
    },
  },
];
