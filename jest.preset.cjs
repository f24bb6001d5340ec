// @ts-check
const { join } = require('node:path');
const { workspaceRoot, workspacePackageSources } = require('./tools/workspace-packages.cjs');
const { esModulePackages } = require('./tools/jest/es-module-packages.cjs');

const escapeForRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `@fluxo/x` → its source, exactly (a deep import such as `@fluxo/x/y` is not ours to map). */
const workspacePackages = Object.fromEntries(
  Object.entries(workspacePackageSources()).map(([name, source]) => [
    `^${escapeForRegExp(name)}$`,
    source,
  ]),
);

/**
 * SWC, not tsc: it transforms a file in about a millisecond. Nest's dependency injection reads
 * the constructor's parameter types, so decorator metadata must be emitted; class fields keep
 * tsc's assignment semantics (useDefineForClassFields: false, as tsconfig.base.json says), or
 * TypeORM's entity defaults would shadow what the decorators declare.
 */
const swcOptions = {
  swcrc: false,
  sourceMaps: 'inline',
  module: { type: 'commonjs' },
  jsc: {
    target: 'es2022',
    keepClassNames: true,
    parser: { syntax: 'typescript', tsx: true, decorators: true },
    transform: {
      legacyDecorator: true,
      decoratorMetadata: true,
      useDefineForClassFields: false,
      react: { runtime: 'automatic' },
    },
  },
};

/** Dependencies, compiled only when their .js files are ES modules (see es-module-packages.cjs). */
const dependencyOptions = {
  swcrc: false,
  module: { type: 'commonjs' },
  jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } },
};

/**
 * CommonJS code that loads modules with `import()`, which Jest's runtime runs only under
 * --experimental-vm-modules: compiled too, so each `import()` becomes a `require`.
 */
const DYNAMIC_IMPORTERS = ['@fastify/cookie', '@electric-sql/pglite'].map(escapeForRegExp);

const compiledDependencies = [
  ...esModulePackages(join(workspaceRoot, 'node_modules')).map(escapeForRegExp),
  ...DYNAMIC_IMPORTERS,
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.[cm]?tsx?$': ['@swc/jest', swcOptions],
    '^.+\\.m?jsx?$': ['@swc/jest', dependencyOptions],
    [`/node_modules/(?:${DYNAMIC_IMPORTERS.join('|')})/.+\\.cjs$`]: [
      '@swc/jest',
      dependencyOptions,
    ],
  },
  // A file under node_modules is left as it is unless its innermost package is listed above.
  transformIgnorePatterns: [
    `/node_modules/(?!(?:${compiledDependencies.join('|')})/)(?!.*/node_modules/)`,
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    ...workspacePackages,
    // Stylesheets are the bundler's business; a component's behaviour does not depend on them.
    '\\.css$': join(workspaceRoot, 'tools/jest/style-stub.cjs'),
  },
  cacheDirectory: join(workspaceRoot, 'tmp/jest-cache'),
  errorOnDeprecated: true,
};
