import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // docs/design.md, Style: every browser step is awaited.
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
];
