import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { adminProjects } from './vitest.projects.ts';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // One graphql instance: Pothos and Yoga load its CommonJS build, so ours must too.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: { projects: adminProjects },
});
