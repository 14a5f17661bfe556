import { defineConfig } from 'vitest/config';
import { adminProjects } from './test/vitest.projects.ts';

// Pure unit tests run once; API tests run on PGlite, and also on PostgreSQL when
// TEST_DATABASE_URL is set (.ci/run sets it).
const apiTests = ['server/src/**/*.api.test.ts'];
const onDatabase = (kind: 'pglite' | 'postgres') => ({
  extends: true,
  test: {
    name: `api-${kind}`,
    include: apiTests,
    // Connection-loss, pool and replica tests need a database server to terminate, restart,
    // exhaust or replicate, and several server processes need one to share; PGlite runs
    // in-process, so they belong to the PostgreSQL project only (run in CI). Hostile inputs and
    // version races run on both.
    exclude:
      kind === 'pglite'
        ? ['server/src/faults/connection-loss.api.test.ts', 'server/src/faults/pool-exhaustion.api.test.ts', 'server/src/replicas/**', 'server/src/process/**', '**/node_modules/**']
        : ['**/node_modules/**'],
    env: { PILAR_TEST_DB: kind },
    globalSetup: ['server/src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  // One graphql instance: Pothos and Yoga load its CommonJS build, so ours must too.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'prisma/src/**/*.test.ts'],
          exclude: [...apiTests, '**/node_modules/**'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      onDatabase('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [onDatabase('postgres')] : []),
      ...adminProjects,
    ],
  },
});
