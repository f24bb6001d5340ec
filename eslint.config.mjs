import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default [
  {
    ignores: ['**/dist', '**/node_modules', '**/data', '**/*.d.ts', '**/vite.config.ts.timestamp*'],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: [
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:engine', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:sdk', onlyDependOnLibsWithTags: ['type:contracts', 'type:engine'] },
            {
              sourceTag: 'type:connector',
              onlyDependOnLibsWithTags: ['type:sdk', 'type:contracts'],
            },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:sandbox', onlyDependOnLibsWithTags: ['type:testing'] },
            {
              // The running app never loads a sandbox: vendor fakes are for its tests only.
              sourceTag: 'type:app-api',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:engine',
                'type:sdk',
                'type:connector',
              ],
            },
            { sourceTag: 'type:app-web', onlyDependOnLibsWithTags: ['type:contracts'] },
            {
              sourceTag: 'type:e2e',
              onlyDependOnLibsWithTags: ['type:contracts', 'type:sandbox', 'type:testing'],
            },
          ],
        },
      ],
      'no-debugger': 'error',
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Connector specs run the real SDK against the vendor sandboxes.
    files: ['libs/connectors/**/*.spec.ts', 'libs/connectors/**/__fixtures__/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: [
            {
              sourceTag: 'type:connector',
              onlyDependOnLibsWithTags: [
                'type:sdk',
                'type:contracts',
                'type:sandbox',
                'type:testing',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // The API's specs and end-to-end tests drive the real app against the vendor sandboxes.
    files: ['apps/api/**/*.spec.ts', 'apps/api/**/*.e2e-spec.ts', 'apps/api/test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: [
            {
              sourceTag: 'type:app-api',
              onlyDependOnLibsWithTags: [
                'type:contracts',
                'type:engine',
                'type:sdk',
                'type:connector',
                'type:sandbox',
                'type:testing',
              ],
            },
          ],
        },
      ],
    },
  },
  {
    // Nest injects by the constructor's emitted parameter types: an `import type` would erase them.
    files: ['apps/api/**/*.ts'],
    languageOptions: {
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
  },
  {
    // CLIs and test tooling may print.
    files: ['**/cli.ts', 'apps/web-e2e/**', 'tools/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
];
