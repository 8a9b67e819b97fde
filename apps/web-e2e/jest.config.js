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
  // One file at a time, each with its own browser. Global-setup starts one app per worker: with two
  // workers the reading-room drags landed a line off while another file's Chromium kept the cores
  // busy (docs/architecture.md, Tests), so the browser tests keep one worker and run beside the
  // integration passes instead.
  maxWorkers: 1,
  testTimeout: 60_000,
};
