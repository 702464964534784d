import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the supergraph's API schema; `graphql()` in src/**/*.ts(x) are the documents.
const config: CodegenConfig = {
  schema: [{ '../schema/supergraph.graphql': { loader: './codegen/api-schema.cjs' } }],
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { LocalDate: 'string', DateTimeISO: 'string', SafeInt: 'number' },
      },
    },
  },
};

export default config;
