// Shared Jest setup for every project: SWC compiles TypeScript (with the decorator metadata
// NestJS needs) and the workspace libraries resolve to their sources, as tsconfig paths say.
const path = require('path');

const libs = {
  '^@glossa/anchoring$': path.join(__dirname, 'libs/anchoring/src/index.ts'),
  '^@glossa/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
  '^@glossa/realtime-client$': path.join(__dirname, 'libs/realtime-client/src/index.ts'),
};

/**
 * ESM-only packages: Node 20 requires them natively, Jest's module loader cannot, so SWC turns
 * them into CommonJS for the tests.
 */
const esmOnly = ['@nestjs/typeorm', 'marked', 'approx-string-match'];

module.exports = {
  testEnvironment: 'node',
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
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
