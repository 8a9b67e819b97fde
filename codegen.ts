import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL for the web client, generated from the API's committed schema (apps/api/schema.gql).
 * Operations are written with `graphql(...)` next to the feature that uses them; the output in
 * apps/web/src/gql is committed, so a build never needs the API running.
 *
 * Run: `npx graphql-codegen` (or `npx nx run web:codegen`).
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        skipTypename: false,
      },
    },
  },
};

export default config;
