/** Tests that run the built server as real processes (kill -9, SIGTERM); they need `nx build api`. */
/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api-process',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/process/**/*.process-spec.ts'],
  testTimeout: 240_000,
};
