import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents for every dashboard operation, checked against the committed schema (the API's
// contract). Run from the repository root: `npm run codegen`; `npm run lint` fails when stale.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['dashboard/src/**/*.{ts,tsx}', '!dashboard/src/**/__tests__/**'],
  generates: {
    'dashboard/src/modules/api/generated/': {
      preset: 'client',
      // Components read nested fragment data directly; the generated types are plain results.
      presetConfig: { fragmentMasking: false },
      config: {
        strictScalars: true,
        scalars: {
          DateTimeISO: 'string',
          JSON: 'unknown',
        },
        useTypeImports: true,
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
