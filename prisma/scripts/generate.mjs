// Runs `prisma generate` without Prisma's engine download. The CLI only checks that a schema
// engine binary exists before it generates; it never runs it. Pointing the variable at a file
// that exists (this script) satisfies the check on machines that reach only the npm registry.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const result = spawnSync('pnpm', ['exec', 'prisma', 'generate', '--schema', 'schema.prisma'], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
process.exit(result.status ?? 1);
