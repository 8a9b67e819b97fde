module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'realtime-client',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
