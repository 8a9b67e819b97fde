// Integration tests: a real PostgreSQL (TEST_DATABASE_URL / DATABASE_URL, else embedded PGlite),
// real HTTP. One throwaway database per run, migrated once in globalSetup; files run one at a time.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api-int',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
};
