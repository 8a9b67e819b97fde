// Unit tests (`*.spec.ts`: pure logic, no I/O) of every project, in one run.
module.exports = {
  projects: ['<rootDir>/libs/anchoring/jest.config.js', '<rootDir>/libs/contracts/jest.config.js', '<rootDir>/libs/realtime-client/jest.config.js', '<rootDir>/apps/api/jest.config.js', '<rootDir>/apps/web/jest.config.js'],
};
