import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * TypeScript types of the API, generated from the printed schema the server commits: records,
 * inputs and enums as the server declares them, so the admin never copies a field list by hand.
 * Run `pnpm --filter @pilar/admin codegen` after `pnpm schema:print`; a test checks freshness.
 */
export const codegenConfig: CodegenConfig = {
  schema: '../server/schema.graphql',
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        maybeValue: 'T | null',
        scalars: {
          ID: { input: 'string', output: 'string' },
          Date: { input: 'string', output: 'string' },
          DateTime: { input: 'string', output: 'string' },
        },
        skipTypename: true,
      },
    },
  },
};

export default codegenConfig;
