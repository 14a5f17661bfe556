import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The admin's test projects, with paths from the repository root so they can join the root
 * config's `projects` as they are. `test/vitest.config.ts` runs them alone.
 */
export const adminProjects: TestProjectInlineConfiguration[] = [
  {
    extends: true,
    test: {
      name: 'admin-unit',
      include: ['test/unit/**/*.test.ts'],
      server: { deps: { inline: ['ra-data-graphql'] } },
    },
  },
  {
    extends: true,
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
      testTimeout: 60_000,
      hookTimeout: 120_000,
      // One Chromium at a time on a 2-core machine.
      fileParallelism: false,
    },
  },
];
