import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { apiSchemaPlugin } from './api-schema.ts';

/**
 * `vite` serves the admin with hot reload and passes /graphql to the API (PILAR_API_URL,
 * default http://127.0.0.1:4000); `vite build` writes admin/dist, which the server serves at /.
 */
export default defineConfig({
  plugins: [react(), apiSchemaPlugin()],
  server: {
    proxy: {
      '/graphql': { target: process.env.PILAR_API_URL ?? 'http://127.0.0.1:4000', changeOrigin: true },
    },
  },
  // The manifest tells scripts/size.mjs which chunks the first page loads.
  // Budgeted by scripts/size.mjs (JS of the first page), not per chunk.
  build: { outDir: 'dist', emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 1500 },
});
