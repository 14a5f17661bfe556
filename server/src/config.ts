import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: relative paths in the environment are read from here. */
export const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

function fromRoot(path: string): string {
  return isAbsolute(path) ? path : join(process.env.INIT_CWD ?? repoRoot, path);
}

/** Settings from the environment, read once at start-up. */
export function readConfig(env = process.env) {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: fromRoot(env.DATA_DIR ?? 'data'),
    adminDir: join(repoRoot, 'admin', 'dist'),
    production: env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY === 'true',
  };
}
