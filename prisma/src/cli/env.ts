import { isAbsolute, join } from 'node:path';
import { openDatabase } from '../database.ts';
import { prismaDir } from '../paths.ts';

/** The database the environment names: DATABASE_URL (PostgreSQL) or PGlite under DATA_DIR. */
export function databaseFromEnv(options: { migrate?: boolean } = {}) {
  const url = process.env.DATABASE_URL || undefined;
  const base = process.env.INIT_CWD ?? join(prismaDir, '..');
  const dataDir = process.env.DATA_DIR ?? 'data';
  return openDatabase({ url, dataDir: isAbsolute(dataDir) ? dataDir : join(base, dataDir), ...options });
}

export function describeTarget(): string {
  return process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${process.env.DATA_DIR ?? 'data'}`;
}
