module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'anchoring',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
