import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The admin's test projects, with paths from the repository root so they can join the root
 * config's `projects` as they are. `test/vitest.config.ts` runs them alone.
 */
export const adminProjects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    logLevel: 'error',
    test: {
      name: 'admin-unit',
      include: ['test/unit/**/*.test.ts'],
      server: { deps: { inline: ['ra-data-graphql'] } },
    },
  },
  {
    extends: true,
    // ra-data-graphql ships source maps without their sources; Vite would warn for each file.
    logLevel: 'error',
    test: {
      name: 'admin-contract',
      include: ['test/contract/**/*.test.ts'],
      // ra-data-graphql imports Apollo's CommonJS build by name; Vite's transform makes that work.
      server: { deps: { inline: ['ra-data-graphql'] } },
      testTimeout: 30_000,
      hookTimeout: 120_000,
    },
  },
  {
    extends: true,
    test: {
      name: 'admin-browser',
      include: ['test/browser/**/*.test.ts'],
      globalSetup: ['test/browser/build-admin.ts'],
      // A whole journey takes about 30 s here; room for a busy machine.
      testTimeout: 120_000,
      hookTimeout: 120_000,
      // One Chromium at a time on a 2-core machine.
      fileParallelism: false,
    },
  },
];
