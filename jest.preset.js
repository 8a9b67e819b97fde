// Shared Jest setup for every project: SWC compiles TypeScript (with the decorator metadata
// NestJS needs) and the workspace libraries resolve to their sources, as tsconfig paths say.
const path = require('path');

const libs = {
  '^@glossa/anchoring$': path.join(__dirname, 'libs/anchoring/src/index.ts'),
  '^@glossa/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
};

module.exports = {
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: libs,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: {
            legacyDecorator: true,
            decoratorMetadata: true,
            react: { runtime: 'automatic' },
          },
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
};
