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
  /**
   * Read-only copies of the PostgreSQL database (streaming replicas), `postgres://…` each. Work
   * that tolerates a little replication lag may run there (see `reader()`); everything else
   * stays on the primary. Default: DATABASE_REPLICA_URLS, comma-separated.
   */
  replicaUrls?: readonly string[] | undefined;
  /** Connections per pool (primary and each replica). Default: DATABASE_POOL_SIZE or 10. */
  poolSize?: number | undefined;
  /**
   * How long a query waits for a connection, whether the server is slow to accept one or every
   * pooled connection is busy, before it fails. Default: DATABASE_CONNECT_TIMEOUT_MS or 1000.
   */
  connectTimeoutMs?: number | undefined;
  /**
   * How often each replica is probed (`SELECT 1`, ms). A replica that fails a probe, or whose
   * pooled connection breaks, is left out of reader() until a probe succeeds again, so its reads
   * go to the primary meanwhile. Default: DATABASE_REPLICA_PROBE_MS or 1000.
   */
  replicaProbeMs?: number | undefined;
}

export interface Database {
  kind: DatabaseKind;
  /** The primary: every write, and every read that must see the latest writes. */
  prisma: PrismaClient;
  /** One client per read replica (empty without replicas, and always on PGlite). */
  replicas: PrismaClient[];
  /**
   * A client for read-only work that tolerates replication lag: the replicas in turn, or the
   * primary when there are none or none is reachable. Which work that is, is the server's
   * decision (per request).
   */
  reader(): PrismaClient;
  /** Whether each replica is currently used by reader() (see replica health below). */
  replicaHealth(): boolean[];
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /**
   * SQL statements sent since the database was opened (Prisma's query events), on the primary
   * and the replicas. Set `log` (and `params`) to arrays to record each statement's text (and
   * its JSON-encoded parameters, in step), e.g. to EXPLAIN what an operation sends.
   */
  statements: { count: number; log: string[] | null; params?: string[] | null };
  /** The migrations applied while opening. */
  appliedMigrations: string[];
  /** Whether the database answers and every committed migration is applied (for /ready). */
  readiness(): Promise<{ database: boolean; migrations: boolean }>;
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
    const pool = createPool(options.url, options);
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

  // Replicas: a client of their own each. Prisma's read-replicas extension works with Prisma 7
  // (it takes ready-made clients), but it routes every read outside a transaction to a replica,
  // including the session lookup right after a sign-in and the version check before an update,
  // which must see the latest writes. The server instead picks the client per request, so the
  // replicas only ever see requests that can live with lag.
  const replicaUrls = kind === 'postgres' ? (options.replicaUrls ?? replicaUrlsFromEnv()) : [];
  const replicaPools = replicaUrls.map((url) => createPool(url, options));
  const replicas = replicaPools.map((pool) => new PrismaClient({ adapter: new PrismaPg(pool), log: [{ emit: 'event', level: 'query' }] }));
  let nextReplica = 0;
  const replicaUp = replicas.map(() => true);
  const stopProbing = probeReplicas(replicaPools, replicaUp, options.replicaProbeMs ?? Number(process.env.DATABASE_REPLICA_PROBE_MS ?? 1000));

  const statements: Database['statements'] = { count: 0, log: null };
  for (const client of [prisma, ...replicas]) {
    client.$on('query', (event) => {
      statements.count += 1;
      statements.log?.push(event.query);
      statements.params?.push(event.params);
    });
  }
  return {
    kind,
    prisma,
    replicas,
    reader() {
      for (let tried = 0; tried < replicas.length; tried++) {
        nextReplica = (nextReplica + 1) % replicas.length;
        if (replicaUp[nextReplica]) return replicas[nextReplica]!;
      }
      return prisma;
    },
    replicaHealth: () => [...replicaUp],
    adapterFactory,
    statements,
    appliedMigrations,
    async readiness() {
      try {
        await prisma.$queryRawUnsafe('SELECT 1');
        return { database: true, migrations: !(await hasPendingMigrations(prisma)) };
      } catch {
        return { database: false, migrations: false };
      }
    },
    async close() {
      stopProbing();
      await Promise.all([prisma, ...replicas].map((client) => client.$disconnect()));
      await Promise.all([closeDriver(), ...replicaPools.map((pool) => pool.end())]);
    },
  };
}

/**
 * Replica health: every `intervalMs`, `SELECT 1` on each replica (failing after the pool's
 * connect timeout); a broken pooled connection marks its replica down at once. Returns a stop
 * function. A replica found down costs the requests already sent to it a DATABASE_UNAVAILABLE;
 * the ones after go to the primary until the replica answers again.
 */
function probeReplicas(pools: pg.Pool[], up: boolean[], intervalMs: number): () => void {
  if (pools.length === 0) return () => {};
  pools.forEach((pool, i) => {
    pool.on('error', () => {
      up[i] = false;
    });
  });
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    void Promise.all(
      pools.map((pool, i) =>
        pool.query('SELECT 1').then(
          () => (up[i] = true),
          () => (up[i] = false),
        ),
      ),
    ).finally(() => (running = false));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** DATABASE_REPLICA_URLS: comma-separated `postgres://…` URLs of read replicas. */
function replicaUrlsFromEnv(): string[] {
  return (process.env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}

/** Our own pool, so close() can end it (the adapter leaves a pool it was handed open). */
function createPool(url: string, options: DatabaseOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Fail fast when the server is down or every connection is busy, rather than letting
    // requests hang: pg's pool applies this both to connecting and to waiting for a client.
    connectionTimeoutMillis: options.connectTimeoutMs ?? Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 1000),
    idleTimeoutMillis: 30_000,
  });
  // An idle client whose connection dies (server restart, pg_terminate_backend) emits an
  // error on the pool; without a listener that would crash the process.
  pool.on('error', () => {});
  return pool;
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
