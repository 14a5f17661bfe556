import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { MigrationList } from '@prisma/schema-engine-wasm';
import { loadSchemaEngine, queueEngineWork } from './schema-engine.ts';
import { migrationsDir, schemaPath } from './paths.ts';

const filters = { externalTables: [], externalEnums: [] };

/** Reads `prisma/migrations` in the shape the schema engine expects. */
export async function readMigrations(dir = migrationsDir): Promise<MigrationList> {
  const entries = (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const lock = await readFile(join(dir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lock },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      entries.map(async (name) => ({
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(join(dir, name, 'migration.sql'), 'utf8').then(
            (value) => ({ tag: 'ok' as const, value }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

export interface EngineOptions {
  /**
   * Runs a whole migration script. @prisma/adapter-pg splits scripts on every `;`, which breaks
   * function bodies (our audit trigger); PostgreSQL's simple query protocol takes the script
   * whole, so the PostgreSQL path passes its pool's `query` here.
   */
  executeScript?: (script: string) => Promise<void>;
}

function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  options: EngineOptions,
  run: (engine: import('./schema-engine.ts').SchemaEngine) => Promise<T>,
): Promise<T> {
  return queueEngineWork(() => runEngine(adapterFactory, options, run));
}

async function runEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  options: EngineOptions,
  run: (engine: import('./schema-engine.ts').SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  const schema = await readFile(schemaPath, 'utf8');
  const log: string[] = [];
  // The engine does not dispose the connections it opens; we do, so no socket outlives it.
  const opened: SqlDriverAdapter[] = [];
  const track = async (adapter: Promise<SqlDriverAdapter>) => {
    const connection = await adapter;
    opened.push(connection);
    if (options.executeScript) connection.executeScript = options.executeScript;
    return connection;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: () => track(adapterFactory.connect()),
    connectToShadowDb: () => track(adapterFactory.connectToShadowDb()),
  };
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    (line: string) => log.push(line),
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((connection) => connection.dispose()));
  }
}

/**
 * Applies the committed migrations through the WebAssembly schema engine, keeping Prisma's
 * `_prisma_migrations` table so `prisma migrate status` agrees where the CLI is available.
 */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  options: EngineOptions = {},
): Promise<string[]> {
  const migrationsList = await readMigrations();
  return withEngine(adapterFactory, options, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters });
    return out.appliedMigrationNames;
  });
}

/**
 * The SQL that brings a database from the committed migrations to the current schema, or ''
 * when they agree. Uses the adapter's shadow database (PGlite in memory works).
 */
export async function diffMigrationsToSchema(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<string> {
  const migrationsList = await readMigrations();
  const content = await readFile(schemaPath, 'utf8');
  return withEngine(adapterFactory, {}, async (engine) => {
    const result = await engine.diff({
      from: migrationsList.migrationDirectories.length
        ? { tag: 'migrations', ...migrationsList }
        : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content }] },
      script: true,
      exitCode: null,
      filters,
    });
    return result.stdout ?? '';
  });
}
