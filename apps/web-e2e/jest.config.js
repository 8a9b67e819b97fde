// Browser tests: the BUILT app (dist/apps/api serving dist/apps/web) started once for the run on a
// fresh embedded database, driven by Debian's Chromium through playwright-core.
// Build first: `npx nx run-many -t build -p api web`, or run `npx nx e2e web-e2e`, which builds.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web-e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e.ts'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  // Two files at a time (one per core), each worker with its own app server (global-setup.ts) and
  // each file with its own browser. `-i` runs one file at a time on one app.
  maxWorkers: 2,
  testTimeout: 60_000,
};
