import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/client/client.ts';
import { applyMigrations, readMigrations } from './migrate.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseOptions {
  /** `postgres://…`: use PostgreSQL. Absent: embedded PGlite. */
  url?: string | undefined;
  /** PGlite data folder; absent with no url means an in-memory database (tests). */
  dataDir?: string | undefined;
  /** An already opened PGlite instance (tests load a seeded template this way). */
  pglite?: PGlite | undefined;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
}

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** SQL statements sent since the database was opened (Prisma's query events). */
  statements: { count: number; log: string[] | null };
  /** The migrations applied while opening. */
  appliedMigrations: string[];
  close(): Promise<void>;
}

/**
 * The one place that knows how to reach a database: PostgreSQL through `@prisma/adapter-pg`
 * when a URL is given, otherwise PGlite in-process (persisted under `dataDir`, or in memory).
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  let adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  let closeDriver: () => Promise<void>;
  let kind: DatabaseKind;
  let executeScript: ((script: string) => Promise<void>) | undefined;
  if (options.url) {
    kind = 'postgres';
    // Our own pool, so close() can end it (the adapter leaves a pool it was handed open).
    const pool = new pg.Pool({ connectionString: options.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    adapterFactory = new PrismaPg(pool);
    closeDriver = () => pool.end();
    executeScript = async (script) => {
      await pool.query(script);
    };
  } else {
    kind = 'pglite';
    let pglite: PGlite;
    if (options.pglite) {
      pglite = options.pglite;
    } else if (options.dataDir) {
      const dir = resolve(options.dataDir);
      mkdirSync(dir, { recursive: true });
      pglite = new PGlite(dir);
    } else {
      pglite = new PGlite();
    }
    await pglite.waitReady;
    adapterFactory = new PrismaPGlite(pglite);
    closeDriver = () => pglite.close();
  }

  const prisma = new PrismaClient({
    adapter: adapterFactory,
    log: [{ emit: 'event', level: 'query' }],
  });
  const appliedMigrations =
    options.migrate === false || !(await hasPendingMigrations(prisma)) ? [] : await applyMigrations(adapterFactory, { executeScript });
  const statements: Database['statements'] = { count: 0, log: null };
  prisma.$on('query', (event) => {
    statements.count += 1;
    statements.log?.push(event.query);
  });
  return {
    kind,
    prisma,
    adapterFactory,
    statements,
    appliedMigrations,
    async close() {
      await prisma.$disconnect();
      await closeDriver();
    },
  };
}

/**
 * True unless every committed migration is recorded as finished in `_prisma_migrations`. Lets
 * a warm start skip loading the schema engine (about a second of WebAssembly compilation).
 */
async function hasPendingMigrations(prisma: PrismaClient): Promise<boolean> {
  const committed = (await readMigrations()).migrationDirectories.map((d) => d.path);
  try {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    return committed.some((name) => !applied.has(name));
  } catch {
    return true; // no migrations table yet: a new database
  }
}
