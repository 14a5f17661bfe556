import { availableParallelism } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: relative paths in the environment are read from here. */
export const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

function fromRoot(path: string): string {
  return isAbsolute(path) ? path : join(process.env.INIT_CWD ?? repoRoot, path);
}

/**
 * PILAR_WORKERS: how many server processes share the port (see cluster.ts): a number, or
 * `auto` for one per CPU core. Default 1. More than one needs PostgreSQL: the embedded
 * database lives inside one process.
 */
function workersFrom(env: NodeJS.ProcessEnv, databaseUrl: string | undefined): number {
  const raw = env.PILAR_WORKERS?.trim() || '1';
  const workers = raw === 'auto' ? availableParallelism() : Number(raw);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error(`PILAR_WORKERS must be a whole number from 1 to 64, or auto; got ${env.PILAR_WORKERS}`);
  if (workers > 1 && !databaseUrl) {
    throw new Error(`PILAR_WORKERS=${raw} needs PostgreSQL (DATABASE_URL): the embedded database (PGlite) lives inside one process and cannot be shared. Leave PILAR_WORKERS unset, or set DATABASE_URL.`);
  }
  return workers;
}

/** Shorter metrics tokens are refused: the token is all that guards /metrics. */
const MIN_METRICS_TOKEN_LENGTH = 16;

/** METRICS_TOKEN: the bearer token /metrics answers (lib/metrics-access.ts); unset, /metrics is off. */
function metricsTokenFrom(env: NodeJS.ProcessEnv): string | null {
  const token = env.METRICS_TOKEN?.trim() || null;
  if (token && token.length < MIN_METRICS_TOKEN_LENGTH) throw new Error(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long (e.g. \`openssl rand -hex 32\`)`);
  return token;
}

/** Settings from the environment, read once at start-up. */
export function readConfig(env = process.env) {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl,
    workers: workersFrom(env, databaseUrl),
    dataDir: fromRoot(env.DATA_DIR ?? 'data'),
    adminDir: join(repoRoot, 'admin', 'dist'),
    production: env.NODE_ENV === 'production',
    trustProxy: env.TRUST_PROXY === 'true',
    metricsToken: metricsTokenFrom(env),
  };
}
