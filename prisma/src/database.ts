import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/client/client.ts';
import { applyMigrations } from './migrate.ts';

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
  if (options.url) {
    kind = 'postgres';
    const pg = new PrismaPg({ connectionString: options.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    adapterFactory = pg;
    closeDriver = async () => {};
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

  const appliedMigrations = options.migrate === false ? [] : await applyMigrations(adapterFactory);

  const prisma = new PrismaClient({
    adapter: adapterFactory,
    log: [{ emit: 'event', level: 'query' }],
  });
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
