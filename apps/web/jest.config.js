// Unit tests of the web client's pure logic (*.spec.ts, no browser); browser tests live in apps/web-e2e.
module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts?(x)'],
};
